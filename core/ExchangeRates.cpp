#include "ExchangeRates.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
constexpr qint64 kMillion = 1'000'000;
/// 128 bits (GCC and Clang; __extension__ keeps -Wpedantic quiet): a million-dollar price
/// times a rupiah rate in millionths times 10^6 passes 2^63.
__extension__ typedef __int128 Wide;

/// numerator / denominator rounded half away from zero; both non-negative in every use, but
/// the sign is kept right anyway.
Wide roundedQuotient(Wide numerator, Wide denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    const Wide n = numerator < 0 ? -numerator : numerator;
    const Wide d = denominator < 0 ? -denominator : denominator;
    const Wide q = (n + d / 2) / d;
    return negative ? -q : q;
}

Wide powerOfTen(int exponent)
{
    Wide result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

/// A scaled integer (units times 10^decimals) as a plain decimal with exactly that many
/// decimals: 2158 with 2 -> "21.58".
QString fixedDecimal(Wide scaled, int decimals)
{
    const bool negative = scaled < 0;
    if (negative)
        scaled = -scaled;
    const Wide unit = powerOfTen(decimals);
    const auto whole = static_cast<qint64>(scaled / unit);
    QString text = QString::number(whole);
    if (decimals > 0) {
        const auto fraction = static_cast<qint64>(scaled % unit);
        text += u'.' + QString::number(fraction).rightJustified(decimals, u'0');
    }
    return negative ? u'-' + text : text;
}
} // namespace

CurrencyConversion CurrencyConversion::usDollars()
{
    return CurrencyConversion(u"USD"_s, QDate(), kMillion, kMillion);
}

CurrencyConversion::CurrencyConversion(QString code, QDate rateDay, qint64 currencyPerEuro,
                                       qint64 usdPerEuro)
    : m_code(std::move(code))
    , m_rateDay(rateDay)
    , m_numerator(currencyPerEuro)
    , m_denominator(usdPerEuro)
{}

double CurrencyConversion::rate() const
{
    return double(m_numerator) / double(m_denominator);
}

QString CurrencyConversion::rateText(int decimals) const
{
    return fixedDecimal(roundedQuotient(Wide(m_numerator) * powerOfTen(decimals), m_denominator),
                        decimals);
}

QString CurrencyConversion::format(Money usd, int decimals) const
{
    // micro-dollars x (currency per euro) / (dollars per euro) = micro-units of the currency;
    // scaled to `decimals` and divided once.
    const Wide numerator = Wide(usd.micros()) * m_numerator * powerOfTen(decimals);
    const Wide denominator = Wide(m_denominator) * kMillion;
    return fixedDecimal(roundedQuotient(numerator, denominator), decimals);
}

double CurrencyConversion::convert(Money usd) const
{
    return usd.toDollars() * rate();
}

std::optional<Money> CurrencyConversion::toUsd(qint64 millionths) const
{
    // The other way: amount x (dollars per euro) / (currency per euro), rounded once.
    const Wide micros = roundedQuotient(Wide(millionths) * m_denominator, m_numerator);
    if (micros < 0 || micros > Money::kMaxMicros)
        return std::nullopt;
    return Money::fromMicros(static_cast<qint64>(micros));
}

void ExchangeRates::add(const EuroRateDay &day)
{
    m_days[day.day] = day.perEuroMillionths;
}

QDate ExchangeRates::latestDay() const
{
    return m_days.empty() ? QDate() : m_days.rbegin()->first;
}

namespace {
/// Units of `code` per euro on a day, in millionths: the euro is its own unit.
std::optional<qint64> perEuro(const QMap<QString, qint64> &rates, const QString &code)
{
    if (code == u"EUR"_s)
        return kMillion;
    const auto found = rates.constFind(code);
    return found == rates.cend() ? std::nullopt : std::optional<qint64>(*found);
}
} // namespace

std::optional<CurrencyConversion> ExchangeRates::fromUsd(QStringView code, QDate on) const
{
    const QString wanted = code.toString().toUpper();
    if (wanted == u"USD"_s)
        return CurrencyConversion::usDollars();
    // From the day itself backwards: upper_bound is the first day after it.
    for (auto day = std::make_reverse_iterator(m_days.upper_bound(on)); day != m_days.rend();
         ++day) {
        const auto currency = perEuro(day->second, wanted);
        const auto usd = perEuro(day->second, u"USD"_s);
        if (currency && usd)
            return CurrencyConversion(wanted, day->first, *currency, *usd);
    }
    return std::nullopt;
}

std::optional<Money> ExchangeRates::toUsd(qint64 publishedMillionths, QStringView code,
                                          QDate on) const
{
    const auto conversion = fromUsd(code, on);
    return conversion ? conversion->toUsd(publishedMillionths) : std::nullopt;
}

} // namespace gpucompare
