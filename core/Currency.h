#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <optional>

namespace gpucompare {

/// A currency the window and the commands can show prices in (View › Currency, --currency).
///
/// Six, for the readers the product was written for: US dollars (every catalog's own), yuan,
/// euros, pounds, yen and rupees. Prices published in other currencies keep their own code
/// in the book; only these are offered for display.
struct DisplayCurrency
{
    QString code;   ///< ISO 4217: "CNY"
    QString symbol; ///< "¥", shown before the amount
    int decimals;   ///< at display: 2, or 0 for yen
};

/// USD, CNY, EUR, GBP, JPY, INR, in the menu's order.
const QList<DisplayCurrency> &displayCurrencies();
/// The currency with this ISO code (any letter case), or nullopt when it is not one of them.
std::optional<DisplayCurrency> displayCurrency(QStringView code);
/// "USD, CNY, EUR, GBP, JPY, INR": for the message that refuses an unknown code.
QString displayCurrencyCodes();
/// The locale's currency when it is one we show (zh_CN: CNY, de_DE: EUR), else USD.
QString defaultDisplayCurrency(const QLocale &locale);

} // namespace gpucompare
