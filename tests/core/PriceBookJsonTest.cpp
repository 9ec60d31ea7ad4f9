#include "PriceBookJson.h"

#include "PriceBookJsonWriter.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

PriceBookData sample()
{
    PriceBookData data;
    data.providers.append({u"Lambda"_s, u"neocloud"_s, u"https://lambda.ai/"_s, {}, 12.5});
    GpuModel h100;
    h100.name = u"H100 SXM 80GB"_s;
    h100.vendor = u"NVIDIA"_s;
    h100.memoryGb = 80;
    h100.bf16Tflops = 989.4;
    h100.aliases = {u"H100"_s};
    data.gpuModels.append(h100);
    Offer offer;
    offer.provider = u"Lambda"_s;
    offer.gpuModel = u"H100 SXM 80GB"_s;
    offer.instanceType = u"8x H100 SXM"_s;
    offer.gpusPerInstance = 8;
    offer.pricing = PricingModel::OnDemand;
    offer.prices.append({*Money::parse(u"31.92"),
                         u"2026-09-20"_s,
                         u"https://example.com/p"_s,
                         {},
                         u"2026-10-01"_s});
    data.offers.append(offer);
    MarketShareSnapshot snapshot{u"2025-Q1"_s, u"Cloud"_s, u"Synergy Research Group"_s, {}, {}, {},
                                 false,        {}};
    snapshot.entries.append({u"Amazon Web Services"_s, {}, 29, 28.5, 31, {}});
    data.marketShare.append(snapshot);
    return data;
}

PriceBookJson::ReadResult readText(const QString &json)
{
    return PriceBookJson::read(json.toUtf8(), u"book.json"_s);
}

} // namespace

TEST(PriceBookJson, WriteThenReadGivesTheSameData)
{
    const PriceBookData data = sample();
    const auto result = PriceBookJson::read(PriceBookJsonWriter::write(data), u"x.json"_s);
    ASSERT_TRUE(result.data) << result.error.toString().toStdString();
    EXPECT_EQ(*result.data, data);
}

TEST(PriceBookJson, WritingIsDeterministicAndPricesKeepTheirDecimals)
{
    const QByteArray first = PriceBookJsonWriter::write(sample());
    const auto again = PriceBookJson::read(first, u"x.json"_s);
    EXPECT_EQ(PriceBookJsonWriter::write(*again.data), first);
    EXPECT_TRUE(first.contains("\"usd_per_instance_hour\": 31.92"));
}

TEST(PriceBookJson, ReadsFromADevice)
{
    QBuffer buffer;
    buffer.setData(PriceBookJsonWriter::write(sample()));
    buffer.open(QIODevice::ReadOnly);
    EXPECT_TRUE(PriceBookJson::read(buffer, u"x.json"_s).data);
}

TEST(PriceBookJson, SyntaxErrorsGiveFileLineAndColumn)
{
    const auto result =
        readText(u"{\n  \"format\": \"gpucompare-pricebook\",\n  \"version\": 1,,\n}"_s);
    ASSERT_FALSE(result.data);
    EXPECT_EQ(result.error.file, u"book.json"_s);
    EXPECT_EQ(result.error.line, 3);
    EXPECT_TRUE(result.error.toString().startsWith(u"book.json, line 3, column"_s))
        << result.error.toString().toStdString();
}

TEST(PriceBookJson, AFileFromANewerVersionIsRefusedWithAReason)
{
    const auto result = readText(u"{\"format\": \"gpucompare-pricebook\", \"version\": 7}"_s);
    ASSERT_FALSE(result.data);
    EXPECT_TRUE(result.error.message.contains(u"newer version"_s));
}

TEST(PriceBookJson, OtherJsonIsNotTakenForAPriceBook)
{
    EXPECT_FALSE(readText(u"[1, 2, 3]"_s).data);
    EXPECT_FALSE(readText(u"{\"offers\": []}"_s).data);
    EXPECT_FALSE(readText(u""_s).data);
}

TEST(PriceBookJson, BadValuesNameTheirLocation)
{
    QString json = QString::fromUtf8(PriceBookJsonWriter::write(sample()));
    json.replace(u"\"gpus_per_instance\": 8"_s, u"\"gpus_per_instance\": 2.5"_s);
    auto result = readText(json);
    ASSERT_FALSE(result.data);
    EXPECT_EQ(result.error.location, u"offers[0].gpus_per_instance"_s);

    json = QString::fromUtf8(PriceBookJsonWriter::write(sample()));
    json.replace(u"31.92"_s, u"-31.92"_s);
    result = readText(json);
    ASSERT_FALSE(result.data);
    EXPECT_EQ(result.error.location, u"offers[0].prices[0].usd_per_instance_hour"_s);
    EXPECT_TRUE(result.error.message.contains(u"negative"_s));

    json = QString::fromUtf8(PriceBookJsonWriter::write(sample()));
    json.replace(u"2026-09-20"_s, u"2026-02-31"_s);
    result = readText(json);
    ASSERT_FALSE(result.data);
    EXPECT_EQ(result.error.location, u"offers[0].prices[0].observed_on"_s);
}

TEST(PriceBookJson, ShareRangesMustBeOrdered)
{
    QString json = QString::fromUtf8(PriceBookJsonWriter::write(sample()));
    json.replace(u"\"low_percent\": 28.5"_s, u"\"low_percent\": 35"_s);
    const auto result = readText(json);
    ASSERT_FALSE(result.data);
    EXPECT_EQ(result.error.location, u"market_share[0].entries[0].low_percent"_s);
}

TEST(PriceBookJson, HugeNumbersFailTheWholeDocumentClearly)
{
    // QJsonDocument rejects 1e400 outright; the message must still point at the place.
    const auto result =
        readText(u"{\"format\": \"gpucompare-pricebook\", \"version\": 1, \"x\": 1e400}"_s);
    ASSERT_FALSE(result.data);
    EXPECT_EQ(result.error.line, 1);
    EXPECT_GT(result.error.column, 1);
}

TEST(PriceBookJson, APublishedPriceWithoutDollarsNeedsARateAndItsCurrency)
{
    const auto document = [](const QByteArray &price) -> QByteArray {
        return QByteArray(R"({"format": "gpucompare-pricebook", "version": 4, "offers": [
            {"provider": "Lambda", "gpu_model": "H100 SXM 80GB", "instance_type": "x",
             "gpus_per_instance": 1, "pricing": "on-demand", "prices": [)") +
               price + "]}]}";
    };
    const QByteArray euroOnly = document(R"({"observed_on": "2026-10-12",
        "published_amount": 2.15, "published_currency": "EUR"})");
    // Without the book's rates (the bundled dataset's reader) it is not a price.
    EXPECT_TRUE(PriceBookJson::read(euroOnly, u"a.json"_s).error.message.contains(u"required"_s));
    ExchangeRates rates;
    rates.add({QDate(2026, 10, 12), {{u"USD"_s, 1'200'000}}});
    const auto read = PriceBookJson::read(euroOnly, u"a.json"_s, &rates);
    ASSERT_TRUE(read.data) << read.error.message.toStdString();
    const PriceObservation &p = read.data->offers.first().prices.first();
    EXPECT_EQ(p.usdPerInstanceHour, Money::fromMicros(2'580'000));
    EXPECT_EQ(p.publishedAmount, Money::fromMicros(2'150'000));
    // Written back, both figures: the file then reads the same with no rates at all.
    PriceBookData data = *read.data;
    const auto again = PriceBookJson::read(PriceBookJsonWriter::write(data), u"b.json"_s);
    ASSERT_TRUE(again.data) << again.error.message.toStdString();
    EXPECT_EQ(again.data->offers, data.offers);
    for (const QByteArray &bad :
         {QByteArray(R"({"usd_per_instance_hour": 1, "published_amount": 2.15})"),
          QByteArray(R"({"usd_per_instance_hour": 1, "published_currency": "EUR"})"),
          QByteArray(R"({"usd_per_instance_hour": 1, "published_amount": 2.15, )"
                     R"("published_currency": "USD"})"),
          QByteArray(R"({"usd_per_instance_hour": 1, "published_amount": 2.15, )"
                     R"("published_currency": "Euro"})")}) {
        EXPECT_FALSE(PriceBookJson::read(document(bad), u"c.json"_s, &rates).data)
            << bad.toStdString();
    }
}
