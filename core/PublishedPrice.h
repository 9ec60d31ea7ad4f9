#pragma once

#include "ExchangeRates.h"
#include "PriceBookData.h"

#include <QDate>
#include <QString>

namespace gpucompare {

// A price published in another currency than US dollars (issue 33): the book keeps the published
// amount and currency, and its US-dollar figure at the ECB rate of the price's day.

/// Whether `code` may be a published currency: three capital letters (ISO 4217's shape; any,
/// not only the six shown, since providers publish in SEK or CHF too) and not "USD", which is
/// written as no published currency. The problem, naming `field`, or empty.
QString checkPublishedCurrency(const QString &field, const QString &code);

/// The day a price's conversion uses: its observation day ("YYYY-MM" counts as the 1st), or
/// for an undated price the latest day of rates held.
QDate conversionDay(const QString &observedOn, const ExchangeRates &rates);

/// What converting a published amount gave: the US-dollar figure and the ECB day its rate is
/// from (the latest on or before the price's day).
struct PublishedInUsd
{
    Money usd;
    QDate rateDay;
};

/// `amount` in `currency` on the price's day, in US dollars; nullopt when no day of rates on or
/// before it has the currency.
std::optional<PublishedInUsd> publishedToUsd(Money amount, const QString &currency,
                                             const QString &observedOn, const ExchangeRates &rates);

/// The sentence a converted price's note gets when its rate is from another day than the
/// price's own (a weekend, a holiday, an undated price): "US dollars at the ECB rate of
/// 2026-10-09." File data, so English whatever the language.
QString rateDayNote(const QDate &rateDay);

/// Gives a price read with a published amount and no US-dollar figure its figure at the ECB
/// rate of its day, adding rateDayNote() to its note when the rate is from another day. The
/// problem (no rate on or before the day) or empty.
QString fillUsdFromPublished(PriceObservation &p, const ExchangeRates &rates);

} // namespace gpucompare
