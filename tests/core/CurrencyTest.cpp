// Currencies: the ECB's reference-rate XML, cross rates from two euro rates, one rounding at
// display (issue 33). Expected figures are computed by hand with exact fractions.

#include "Currency.h"

#include "EcbReferenceRates.h"
#include "ExchangeRates.h"
#include "PriceDisplay.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

// Test figures in the ECB's layout (single quotes, tabs), not a day's published rates.
const QByteArray kDaily = R"(<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
	<gesmes:subject>Reference rates</gesmes:subject>
	<gesmes:Sender>
		<gesmes:name>European Central Bank</gesmes:name>
	</gesmes:Sender>
	<Cube>
		<Cube time='2026-12-04'>
			<Cube currency='USD' rate='1.0856'/>
			<Cube currency='JPY' rate='161.24'/>
			<Cube currency='GBP' rate='0.85451'/>
			<Cube currency='INR' rate='90.5940'/>
			<Cube currency='CNY' rate='7.8340'/>
		</Cube>
	</Cube>
</gesmes:Envelope>
)";

ExchangeRates ratesOf(const QByteArray &xml)
{
    const auto days = readEcbReferenceRates(xml, u"eurofxref-daily.xml"_s);
    EXPECT_TRUE(days.ok()) << days.error().toStdString();
    ExchangeRates rates;
    if (days.ok()) {
        for (const EuroRateDay &day : days.value())
            rates.add(day);
    }
    return rates;
}

Money usd(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

} // namespace

TEST(Currencies, TheSixDisplayCurrenciesAndTheLocalesDefault)
{
    EXPECT_EQ(displayCurrencyCodes(), u"USD, CNY, EUR, GBP, JPY, INR"_s);
    ASSERT_TRUE(displayCurrency(u"cny"));
    EXPECT_EQ(displayCurrency(u"CNY")->symbol, u"¥"_s);
    EXPECT_EQ(displayCurrency(u"JPY")->decimals, 0);
    EXPECT_FALSE(displayCurrency(u"CHF"));
    EXPECT_FALSE(displayCurrency(u""));
    EXPECT_EQ(defaultDisplayCurrency(QLocale(QLocale::Chinese, QLocale::China)), u"CNY"_s);
    EXPECT_EQ(defaultDisplayCurrency(QLocale(QLocale::German, QLocale::Germany)), u"EUR"_s);
    EXPECT_EQ(defaultDisplayCurrency(QLocale(QLocale::English, QLocale::UnitedStates)), u"USD"_s);
    EXPECT_EQ(defaultDisplayCurrency(QLocale(QLocale::German, QLocale::Switzerland)), u"USD"_s)
        << "a currency we do not show falls back to US dollars";
    EXPECT_EQ(defaultDisplayCurrency(QLocale::c()), u"USD"_s);
}

TEST(Currencies, TheEcbDailyFileIsReadExactly)
{
    const auto days = readEcbReferenceRates(kDaily, u"eurofxref-daily.xml"_s);
    ASSERT_TRUE(days.ok()) << days.error().toStdString();
    ASSERT_EQ(days.value().size(), 1);
    const EuroRateDay &day = days.value().first();
    EXPECT_EQ(day.day, QDate(2026, 12, 4));
    EXPECT_EQ(day.perEuroMillionths.value(u"USD"_s), 1'085'600);
    EXPECT_EQ(day.perEuroMillionths.value(u"GBP"_s), 854'510);
    EXPECT_EQ(day.perEuroMillionths.value(u"JPY"_s), 161'240'000);
    EXPECT_EQ(day.perEuroMillionths.size(), 5);
}

TEST(Currencies, ABrokenRatesFileIsRefusedNamingTheLine)
{
    struct Case
    {
        QByteArray xml;
        const char *says;
    };
    const Case cases[] = {
        {"<html><body>Not found</body></html>", "no day of euro reference rates"},
        {"<Envelope><Cube><Cube time='2026-12-04'><Cube currency='USD' rate='1.08", "line 1"},
        {"<Envelope><Cube><Cube time='4 Dec'>", "is not a date"},
        {"<Envelope><Cube>\n<Cube currency='USD' rate='1.0856'/>", "before any day's date"},
        {"<Envelope><Cube><Cube time='2026-12-04'>\n\n<Cube currency='USD' rate='-1'/>",
         "line 3: the rate \"-1\" for USD is not a positive decimal number"},
        {"<Envelope><Cube><Cube time='2026-12-04'><Cube currency='USD' rate='0'/>",
         "not a positive decimal"},
        {"<Envelope><Cube><Cube time='2026-12-04'><Cube currency='usd' rate='1.1'/>",
         "not a currency code"},
        {"", "rates.xml is empty"},
        {"<Envelope><Cube><Cube time='2026-12-04'></Cube></Cube></Envelope> trailing", "line 1"},
    };
    for (const Case &c : cases) {
        const auto read = readEcbReferenceRates(c.xml, u"rates.xml"_s);
        ASSERT_FALSE(read.ok()) << c.xml.constData();
        EXPECT_TRUE(read.error().startsWith(u"rates.xml"_s)) << read.error().toStdString();
        EXPECT_TRUE(read.error().contains(QString::fromUtf8(c.says)))
            << read.error().toStdString() << " should say " << c.says;
    }
}

TEST(Currencies, ACrossRateComesFromTheTwoEuroRates)
{
    const ExchangeRates rates = ratesOf(kDaily);
    const auto cny = rates.fromUsd(u"CNY", QDate(2026, 12, 4));
    ASSERT_TRUE(cny);
    EXPECT_EQ(cny->rateDay(), QDate(2026, 12, 4));
    // 7.8340 / 1.0856 = 19585/2714 = 7.21628592...
    EXPECT_EQ(cny->rateText(4), u"7.2163"_s);
    EXPECT_NEAR(cny->rate(), 7.216285924834193, 1e-12);
    // $2.99 x 19585/2714 = 21.57669...
    EXPECT_EQ(cny->format(usd("2.99"), 2), u"21.58"_s);
    // Yen without decimals: $98.32 x 161.24 / 1.0856 = 14,603.09...
    EXPECT_EQ(rates.fromUsd(u"JPY", QDate(2026, 12, 4))->format(usd("98.32"), 0), u"14603"_s);
    // Euros: $2.99 / 1.0856 = 2.7542...; pounds: $2.99 x 0.85451 / 1.0856 = 2.3535...
    EXPECT_EQ(rates.fromUsd(u"EUR", QDate(2026, 12, 4))->format(usd("2.99"), 2), u"2.75"_s);
    EXPECT_EQ(rates.fromUsd(u"gbp", QDate(2026, 12, 4))->format(usd("2.99"), 2), u"2.35"_s);
    EXPECT_EQ(rates.fromUsd(u"EUR", QDate(2026, 12, 4))->format(Money(), 2), u"0.00"_s);
}

TEST(Currencies, AConvertedAmountIsRoundedOnceAtDisplay)
{
    const auto cny = ratesOf(kDaily).fromUsd(u"CNY", QDate(2026, 12, 4));
    ASSERT_TRUE(cny);
    // $0.039494 is 0.28499999... yuan: rounded once it is 0.28; rounded to a micro-yuan first
    // (0.285000) and then to two decimals it would be 0.29.
    EXPECT_EQ(cny->format(usd("0.039494"), 2), u"0.28"_s);
    EXPECT_EQ(cny->format(usd("0.039494"), 6), u"0.285000"_s);
    // The largest price Money holds passes 2^63 on the way and still comes out exact.
    EXPECT_EQ(cny->format(Money::fromMicros(Money::kMaxMicros), 2), u"7216285.92"_s);
}

TEST(Currencies, AConversionUsesTheLatestDayOnOrBeforeItsOwnAndSaysWhich)
{
    ExchangeRates rates = ratesOf(kDaily);
    // A Friday's rates serve the weekend; a later day replaces them from its own date on.
    EXPECT_EQ(rates.fromUsd(u"CNY", QDate(2026, 12, 6))->rateDay(), QDate(2026, 12, 4));
    EuroRateDay monday{QDate(2026, 12, 7), {{u"USD"_s, 1'100'000}, {u"CNY"_s, 7'700'000}}};
    rates.add(monday);
    EXPECT_EQ(rates.latestDay(), QDate(2026, 12, 7));
    EXPECT_EQ(rates.fromUsd(u"CNY", QDate(2026, 12, 7))->rateText(2), u"7.00"_s);
    EXPECT_EQ(rates.fromUsd(u"CNY", QDate(2026, 12, 5))->rateDay(), QDate(2026, 12, 4));
    // Monday lists no yen: a yen conversion that day takes Friday's, and says so.
    EXPECT_EQ(rates.fromUsd(u"JPY", QDate(2026, 12, 7))->rateDay(), QDate(2026, 12, 4));
    EXPECT_FALSE(rates.fromUsd(u"CNY", QDate(2026, 12, 3))) << "no rate before the first day";
    EXPECT_FALSE(rates.fromUsd(u"CHF", QDate(2026, 12, 7)));
    const auto dollars = rates.fromUsd(u"USD", QDate(2026, 12, 3));
    ASSERT_TRUE(dollars) << "US dollars need no rate";
    EXPECT_TRUE(dollars->isIdentity());
    EXPECT_FALSE(dollars->rateDay().isValid());
    EXPECT_EQ(dollars->format(usd("2.99"), 2), u"2.99"_s);
}

TEST(Currencies, APricePublishedInEurosBecomesUsDollarsAtItsDaysRate)
{
    const ExchangeRates rates = ratesOf(kDaily);
    // EUR 1.50 x 1.0856 = USD 1.6284 exactly.
    EXPECT_EQ(rates.toUsd(1'500'000, u"EUR", QDate(2026, 12, 4)), usd("1.6284"));
    // GBP 2.00 x 1.0856 / 0.85451 = 2.5408713... USD, rounded once to the micro-dollar.
    EXPECT_EQ(rates.toUsd(2'000'000, u"GBP", QDate(2026, 12, 4)), usd("2.540871"));
    EXPECT_EQ(rates.toUsd(2'000'000, u"USD", QDate(2026, 12, 4)), usd("2"));
    EXPECT_FALSE(rates.toUsd(1'500'000, u"EUR", QDate(2026, 11, 30))) << "no rate that day";
}

TEST(Currencies, TheBundledRatesAreTheEcbsDayWithEveryDisplayCurrency)
{
    QFile file(QStringLiteral(GPUCOMPARE_SOURCE_DIR "/resources/rates/eurofxref-2026-10-09.xml"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const ExchangeRates rates = ratesOf(file.readAll());
    EXPECT_EQ(rates.latestDay(), QDate(2026, 10, 9));
    for (const DisplayCurrency &currency : displayCurrencies()) {
        const auto conversion = rates.fromUsd(currency.code, QDate(2026, 12, 7));
        ASSERT_TRUE(conversion) << currency.code.toStdString();
        EXPECT_TRUE(currency.code == u"USD"_s || conversion->rateDay() == QDate(2026, 10, 9));
    }
    // CNY 7.4992 over USD 1.1206: 6.6921...
    EXPECT_EQ(rates.fromUsd(u"CNY", QDate(2026, 12, 7))->rateText(4), u"6.6921"_s);
}

TEST(Currencies, PricesAreShownInTheDisplayCurrencyWithItsSymbolAndTheRatesDay)
{
    ExchangeRates rates;
    // 1.10 dollars and 7.70 yuan to the euro: 7 yuan to the dollar exactly.
    rates.add(EuroRateDay{QDate(2026, 12, 4),
                          {{u"USD"_s, 1'100'000}, {u"CNY"_s, 7'700'000}, {u"JPY"_s, 165'000'000}}});
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const PriceDisplay dollars;
    EXPECT_TRUE(dollars.isUsDollars());
    EXPECT_EQ(dollars.text(2.5, 2, english), u"$2.50"_s);
    EXPECT_EQ(dollars.rateNote(english), QString());

    const PriceDisplay yuan = PriceDisplay::of(u"cny", rates, QDate(2026, 12, 7));
    EXPECT_EQ(yuan.code(), u"CNY"_s);
    EXPECT_EQ(yuan.text(2.5, 2, english), u"¥17.50"_s);
    EXPECT_EQ(yuan.text(Money::fromMicros(1'234'567'891), 2, english), u"¥8,641.98"_s)
        << "1,234.567891 dollars x 7 = 8,641.975237 yuan, rounded once";
    EXPECT_DOUBLE_EQ(yuan.amount(3.0), 21.0);
    EXPECT_EQ(yuan.rateNote(english), u"1 USD = 7.0000 CNY (ECB reference rate of 2026-12-04)"_s);
    EXPECT_EQ(yuan.rateAgeDays(QDate(2026, 12, 7)), 3);

    // Yen have no decimals: a price per GPU-hour is whole yen.
    const PriceDisplay yen = PriceDisplay::of(u"JPY", rates, QDate(2026, 12, 7));
    EXPECT_EQ(yen.text(2.5, 2, english), u"¥375"_s);
    EXPECT_EQ(yen.decimals(2), 0);
    EXPECT_EQ(yen.decimals(4), 2) << "a dollar price in hundredths of cents is yen in hundredths";
    EXPECT_EQ(dollars.decimals(4), 4);

    // No rate on or before the day, or a code that is not a display currency: dollars.
    EXPECT_TRUE(PriceDisplay::of(u"CNY", rates, QDate(2026, 12, 1)).isUsDollars());
    EXPECT_TRUE(PriceDisplay::of(u"CHF", rates, QDate(2026, 12, 7)).isUsDollars());
}
