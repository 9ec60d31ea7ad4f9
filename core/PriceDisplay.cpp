#include "PriceDisplay.h"

#include "Translated.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
QString tr(const char *text)
{
    return translated("gpucompare::PriceDisplay", text);
}

DisplayCurrency usDollars()
{
    return *displayCurrency(u"USD");
}
} // namespace

PriceDisplay::PriceDisplay()
    : m_currency(usDollars())
    , m_conversion(CurrencyConversion::usDollars())
{}

PriceDisplay::PriceDisplay(DisplayCurrency currency, CurrencyConversion conversion)
    : m_currency(std::move(currency))
    , m_conversion(std::move(conversion))
    , m_rate(m_conversion.rate())
{}

PriceDisplay PriceDisplay::of(QStringView code, const ExchangeRates &rates, QDate on)
{
    const auto currency = displayCurrency(code);
    if (!currency || currency->code == u"USD")
        return {};
    const auto conversion = rates.fromUsd(currency->code, on);
    if (!conversion)
        return {};
    return PriceDisplay(*currency, *conversion);
}

int PriceDisplay::decimals(int usdDecimals) const
{
    // As many places past the currency's smallest unit as the dollar figure has past cents.
    return std::max(0, usdDecimals - 2 + m_currency.decimals);
}

QString PriceDisplay::text(double usd, int usdDecimals, const QLocale &locale) const
{
    return m_currency.symbol + locale.toString(amount(usd), 'f', decimals(usdDecimals));
}

QString PriceDisplay::text(Money usd, int usdDecimals, const QLocale &locale) const
{
    const int places = decimals(usdDecimals);
    // The exact conversion gives a plain decimal; a double holds it exactly enough for the
    // locale to print the same digits (well under 15 significant ones), so nothing rounds again.
    const QString exact = m_conversion.format(usd, places);
    return m_currency.symbol + locale.toString(exact.toDouble(), 'f', places);
}

QString PriceDisplay::rateNote(const QLocale &locale) const
{
    if (isUsDollars())
        return {};
    return tr("1 USD = %1 %2 (ECB reference rate of %3)")
        .arg(locale.toString(m_conversion.rateText(4).toDouble(), 'f', 4), m_currency.code,
             m_conversion.rateDay().toString(Qt::ISODate));
}

qint64 PriceDisplay::rateAgeDays(QDate today) const
{
    const QDate day = m_conversion.rateDay();
    return day.isValid() ? day.daysTo(today) : 0;
}

} // namespace gpucompare
