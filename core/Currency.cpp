#include "Currency.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

const QList<DisplayCurrency> &displayCurrencies()
{
    static const QList<DisplayCurrency> currencies = {
        {u"USD"_s, u"$"_s, 2}, {u"CNY"_s, u"¥"_s, 2}, {u"EUR"_s, u"€"_s, 2},
        {u"GBP"_s, u"£"_s, 2}, {u"JPY"_s, u"¥"_s, 0}, {u"INR"_s, u"₹"_s, 2},
    };
    return currencies;
}

std::optional<DisplayCurrency> displayCurrency(QStringView code)
{
    for (const DisplayCurrency &currency : displayCurrencies()) {
        if (code.compare(currency.code, Qt::CaseInsensitive) == 0)
            return currency;
    }
    return std::nullopt;
}

QString displayCurrencyCodes()
{
    QStringList codes;
    for (const DisplayCurrency &currency : displayCurrencies())
        codes.append(currency.code);
    return codes.join(u", "_s);
}

QString defaultDisplayCurrency(const QLocale &locale)
{
    // The C locale's ISO code is empty and "the locale is unsure" means US dollars, the
    // catalogs' own currency.
    const auto currency = displayCurrency(locale.currencySymbol(QLocale::CurrencyIsoCode));
    return currency ? currency->code : u"USD"_s;
}

} // namespace gpucompare
