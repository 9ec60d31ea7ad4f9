#pragma once

#include "EcbReferenceRates.h"
#include "Money.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <map>
#include <optional>

namespace gpucompare {

/// US dollars in another currency at one day's rate, kept exact: the rate is the ratio of two
/// euro reference rates (units of the currency per euro over US dollars per euro), and an
/// amount is rounded once, when it is shown.
class CurrencyConversion final
{
public:
    /// US dollars shown as US dollars: rate 1, no day.
    static CurrencyConversion usDollars();
    /// From the two euro rates of one day, in millionths (CNY 7.8340 over USD 1.0856).
    CurrencyConversion(QString code, QDate rateDay, qint64 currencyPerEuro, qint64 usdPerEuro);

    const QString &code() const { return m_code; }
    /// The ECB working day the rate is from; invalid for US dollars.
    QDate rateDay() const { return m_rateDay; }
    bool isIdentity() const { return m_numerator == m_denominator; }

    /// Units of the currency per US dollar (7.216286...): for JSON, tooltips and sorting.
    double rate() const;
    /// That rate rounded once to `decimals` ("7.2163"), C locale.
    QString rateText(int decimals) const;
    /// The amount in this currency, rounded once, half away from zero, to `decimals`: a plain
    /// C-locale decimal ("21.58"). The only rounding a converted figure goes through.
    QString format(Money usd, int decimals) const;
    /// The same amount as a double, for charts and sorting; never printed.
    double convert(Money usd) const;
    /// An amount in this currency, in millionths, to US dollars at this rate, rounded once to a
    /// micro-dollar; nullopt when that is not a price Money holds.
    std::optional<Money> toUsd(qint64 millionths) const;

private:
    QString m_code;
    QDate m_rateDay;
    qint64 m_numerator = 1;   ///< units of the currency per euro, millionths
    qint64 m_denominator = 1; ///< US dollars per euro, millionths
};

/// Every day of euro reference rates the book has seen, and the conversions they give.
///
/// A conversion uses the latest day on or before the day it is for that has both the
/// currency's rate and the US dollar's (the ECB publishes on working days only), and says which
/// day that was.
class ExchangeRates final
{
public:
    /// Adds a day; a day already held is replaced by the newer reading of it.
    void add(const EuroRateDay &day);
    bool isEmpty() const { return m_days.empty(); }
    /// The latest day held; invalid when none.
    QDate latestDay() const;

    /// US dollars to `code` (any display or ECB code, or EUR) as of `on`; nullopt when no day
    /// on or before it has the rates.
    std::optional<CurrencyConversion> fromUsd(QStringView code, QDate on) const;
    /// An amount published in `code`, in millionths of that currency, to US dollars at the
    /// rate of `on` (the day it was published), rounded once to a micro-dollar; nullopt
    /// without a rate, or when the result is not a price Money holds.
    std::optional<Money> toUsd(qint64 publishedMillionths, QStringView code, QDate on) const;

private:
    std::map<QDate, QMap<QString, qint64>> m_days;
};

} // namespace gpucompare
