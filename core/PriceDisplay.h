#pragma once

#include "Currency.h"
#include "ExchangeRates.h"
#include "Money.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace gpucompare {

/// How figures the book keeps in US dollars are shown: in one display currency at one day's
/// rate (View › Currency, --currency).
///
/// Every amount is converted at the moment it is shown and rounded once there; nothing
/// converted is stored or fed back into a calculation. US dollars are the identity: the same
/// text as before the currency could be chosen.
class PriceDisplay final
{
public:
    /// US dollars, as every catalog publishes.
    PriceDisplay();
    PriceDisplay(DisplayCurrency currency, CurrencyConversion conversion);

    /// `code` (a display currency) at the latest rate on or before `on`; US dollars when the
    /// rates have no day for it (the caller says so: see hasRate()).
    static PriceDisplay of(QStringView code, const ExchangeRates &rates, QDate on);

    const DisplayCurrency &currency() const { return m_currency; }
    const CurrencyConversion &conversion() const { return m_conversion; }
    bool isUsDollars() const { return m_conversion.isIdentity() && m_currency.code == u"USD"; }

    /// The amount in the display currency, unrounded: for charts, axes and sorting.
    double amount(double usd) const { return usd * m_rate; }
    /// Decimals a figure shown with `usdDecimals` in dollars gets here: two fewer in yen, which
    /// have no cents ($2.95 is ¥443; $0.8015 is ¥120.23).
    int decimals(int usdDecimals) const;
    /// "$21.58", "¥155.72", "¥2,336": the symbol and the amount in `locale`'s digits, rounded
    /// once to decimals(usdDecimals).
    QString text(double usd, int usdDecimals, const QLocale &locale) const;
    /// The same for an exact amount: converted with integers and rounded once.
    QString text(Money usd, int usdDecimals, const QLocale &locale) const;
    /// "$", "¥", "€": for prefixes of spin boxes and axis formats.
    const QString &symbol() const { return m_currency.symbol; }
    /// "USD", "CNY": for column titles ("CNY per GPU-hour").
    const QString &code() const { return m_currency.code; }
    /// "1 USD = 7.2163 CNY (ECB reference rate of 2026-10-09)", in `locale`; empty for dollars.
    QString rateNote(const QLocale &locale) const;
    /// Days from the rate's day to `today`; 0 for US dollars.
    qint64 rateAgeDays(QDate today) const;

private:
    DisplayCurrency m_currency;
    CurrencyConversion m_conversion;
    double m_rate = 1.0;
};

} // namespace gpucompare
