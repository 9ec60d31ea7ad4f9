#include "CurrencyOption.h"

#include "CliOutput.h"
#include "Currency.h"
#include "ExchangeRateRepository.h"
#include "Translated.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
// The command line's words: they share its translation context.
QString tr(const char *text)
{
    return translated("gpucompare::CommandLine", text);
}
} // namespace

int readCurrencyOption(const QCommandLineParser &parser, const QSqlDatabase &db,
                       std::optional<PriceDisplay> &shown)
{
    if (!parser.isSet(u"currency"_s))
        return 0;
    const QString code = parser.value(u"currency"_s).trimmed();
    const std::optional<DisplayCurrency> currency = displayCurrency(code);
    if (!currency)
        return usageError(
            tr("--currency \"%1\" is not one of %2").arg(code, displayCurrencyCodes()));
    const Outcome<ExchangeRates> rates = readExchangeRates(db);
    if (!rates)
        return bookError(rates.error());
    shown = PriceDisplay::of(currency->code, rates.value(), QDate::currentDate());
    return 0;
}

} // namespace gpucompare
