#pragma once

#include "Money.h"
#include "OfferRow.h"
#include "PricingModel.h"

#include <QList>
#include <QString>
#include <optional>

namespace gpucompare {

/// A price the user waits for (issue 34): a GPU model, optionally narrowed to one pricing
/// model, provider and region, and the price per GPU-hour it must fall below. Kept in the price
/// book, so a team book's members share their watches.
struct Watch
{
    qint64 id = 0;                       ///< the row's id; 0 before it is stored
    QString gpuModel;                    ///< GpuModel::name
    std::optional<PricingModel> pricing; ///< empty: any pricing model
    QString provider;                    ///< Provider::name; empty: any provider
    QString region;                      ///< empty: any region
    /// The threshold per GPU-hour, exact, in millionths of `currency` (Money holds the
    /// micro-units whatever the currency); always positive.
    Money below;
    QString currency = QStringLiteral("USD"); ///< ISO 4217, one of displayCurrencies()
    QString createdAt;                        ///< ISO date-time, UTC

    friend bool operator==(const Watch &, const Watch &) = default;
};

/// "H100 SXM 80GB, on-demand, AWS, us-east-1, below 2.5 USD per GPU-hour": a watch in one line,
/// English and C-locale (the command line's words; the window translates its own).
QString watchText(const Watch &watch);

/// Whether an offer is one the watch looks at: its GPU model, and its pricing model, provider
/// and region where the watch names them (provider and region ignoring letter case).
bool watchCovers(const Watch &watch, const OfferRow &row);

/// The price per GPU-hour of an offer, exact: its price per instance-hour over its GPUs.
Money perGpuHour(const OfferRow &row);

/// The watch's cheapest offer among annotated rows (annotateOffers()), by the standing rule
/// every "cheapest" follows (mayBeNamedCheapest(): no stale, free or delisted offer); nullopt
/// when no offer counts.
std::optional<OfferRow> cheapestOfferOf(const Watch &watch, const QList<OfferRow> &rows);

} // namespace gpucompare
