#include "Validation.h"

#include "DataQuality.h"
#include "SeedClaims.h"
#include "SourcePublisher.h"
#include "UserNumber.h"

#include <gtest/gtest.h>
#include <limits>

using namespace gpucompare::validation;
using namespace Qt::StringLiterals;

TEST(Validation, NamesAreTrimmedNonEmptyAndCapped)
{
    EXPECT_TRUE(checkName(u"Name"_s, u"  AWS "_s).isEmpty());
    EXPECT_EQ(normalizedName(u"  AWS "_s), u"AWS"_s);
    EXPECT_FALSE(checkName(u"Name"_s, u"   "_s).isEmpty());
    EXPECT_FALSE(checkName(u"Name"_s, QString(201, u'x')).isEmpty());
    EXPECT_TRUE(checkName(u"Name"_s, QString(200, u'x')).isEmpty());
}

TEST(Validation, NameMessagesNameTheField)
{
    EXPECT_TRUE(checkName(u"Instance type"_s, QString()).contains(u"Instance type"_s));
}

TEST(Validation, ControlAndBidiOverrideCharactersAreRefused)
{
    EXPECT_FALSE(checkName(u"Name"_s, u"evil\u202Egnp.exe"_s).isEmpty()); // RLO
    EXPECT_FALSE(checkName(u"Name"_s, u"a\u2066b"_s).isEmpty());          // LRI
    EXPECT_FALSE(checkName(u"Name"_s, u"tab\there"_s).isEmpty());
    EXPECT_FALSE(checkName(u"Name"_s, u"bell\u0007"_s).isEmpty());
    EXPECT_TRUE(checkText(u"Notes"_s, u"two\nlines"_s).isEmpty());
}

TEST(Validation, QuotesSemicolonsEmojiAndRightToLeftTextAreFine)
{
    EXPECT_TRUE(checkName(u"Name"_s, u"O'Brien \"GPU\"; DROP TABLE offers;--"_s).isEmpty());
    EXPECT_TRUE(checkName(u"Name"_s, u"GPU 🚀 云"_s).isEmpty());
    EXPECT_TRUE(checkName(u"Name"_s, u"ענן GPU"_s).isEmpty());
}

TEST(Validation, PricesMustBeFiniteNonNegativeAndBounded)
{
    EXPECT_TRUE(checkPrice(u"Price"_s, 0).isEmpty());
    EXPECT_TRUE(checkPrice(u"Price"_s, 98.32).isEmpty());
    EXPECT_FALSE(checkPrice(u"Price"_s, -1).isEmpty());
    EXPECT_FALSE(checkPrice(u"Price"_s, std::numeric_limits<double>::quiet_NaN()).isEmpty());
    EXPECT_FALSE(checkPrice(u"Price"_s, std::numeric_limits<double>::infinity()).isEmpty());
    EXPECT_FALSE(checkPrice(u"Price"_s, 1e6).isEmpty());
}

TEST(Validation, GpuCountsAreWholeAndAtLeastOne)
{
    EXPECT_TRUE(checkGpuCount(u"GPUs"_s, 8).isEmpty());
    EXPECT_FALSE(checkGpuCount(u"GPUs"_s, 0).isEmpty());
    EXPECT_FALSE(checkGpuCount(u"GPUs"_s, 2.5).isEmpty());
    EXPECT_FALSE(checkGpuCount(u"GPUs"_s, -8).isEmpty());
    EXPECT_FALSE(checkGpuCount(u"GPUs"_s, 5000).isEmpty());
}

TEST(Validation, DatesMustBeRealCalendarDates)
{
    EXPECT_TRUE(checkDate(u"Date"_s, u"2025-02-28"_s).isEmpty());
    EXPECT_TRUE(checkDate(u"Date"_s, u"2024-12"_s).isEmpty());
    EXPECT_TRUE(checkDate(u"Date"_s, QString()).isEmpty());
    EXPECT_FALSE(checkDate(u"Date"_s, u"2025-02-30"_s).isEmpty());
    EXPECT_FALSE(checkDate(u"Date"_s, u"2025-13"_s).isEmpty());
    EXPECT_FALSE(checkDate(u"Date"_s, u"28/02/2025"_s).isEmpty());
    EXPECT_FALSE(checkDate(u"Date"_s, u"2024-12"_s, false).isEmpty());
}

TEST(Validation, UrlsMustBeAbsoluteWebAddresses)
{
    EXPECT_TRUE(checkUrl(u"Source"_s, u"https://aws.amazon.com/ec2/pricing/"_s).isEmpty());
    EXPECT_FALSE(checkUrl(u"Source"_s, u"aws.amazon.com"_s).isEmpty());
    EXPECT_FALSE(checkUrl(u"Source"_s, u"javascript:alert(1)"_s).isEmpty());
    EXPECT_FALSE(checkUrl(u"Source"_s, u"https://exa mple.com"_s).isEmpty());
}

TEST(Validation, PercentagesStayWithinZeroToHundred)
{
    EXPECT_TRUE(checkPercent(u"Share"_s, 37.5).isEmpty());
    EXPECT_FALSE(checkPercent(u"Share"_s, 100.5).isEmpty());
    EXPECT_FALSE(checkPercent(u"Share"_s, -1).isEmpty());
}

TEST(UserNumber, FollowsTheLocaleAndAcceptsPastedPrices)
{
    using gpucompare::parseUserNumber;
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(parseUserNumber(u"2,99"_s, german), 2.99);
    EXPECT_EQ(parseUserNumber(u"2.99"_s, german), 2.99); // a pasted web price
    EXPECT_EQ(parseUserNumber(u"1.234,5"_s, german), 1234.5);
    EXPECT_EQ(parseUserNumber(u"$2.99"_s, english), 2.99);
    EXPECT_EQ(parseUserNumber(u" US$ 98.32 "_s, english), 98.32);
    EXPECT_EQ(parseUserNumber(u"2.99 USD"_s, english), 2.99);
    EXPECT_EQ(parseUserNumber(u"15 %"_s, english), 15.0);
    EXPECT_EQ(parseUserNumber(u"1e3"_s, english), 1000.0);
    for (const QString &bad : {u""_s, u"  "_s, u"nan"_s, u"inf"_s, u"-inf"_s, u"12abc"_s, u"$"_s,
                               u"2,99"_s, u"1..2"_s, u"1e999"_s}) {
        EXPECT_FALSE(parseUserNumber(bad, english)) << bad.toStdString();
    }
    EXPECT_EQ(gpucompare::formatUserNumber(1234.5, german), u"1234,5"_s);
}

TEST(UserNumber, ACurrencyMarkMeansADecimalPointInEveryLocale)
{
    using gpucompare::parseUserNumber;
    const QLocale german(QLocale::German, QLocale::Germany);
    // Pasted from a price page: never read as 3672 in a comma-decimal locale.
    EXPECT_EQ(parseUserNumber(u"$3.672"_s, german), 3.672);
    EXPECT_EQ(parseUserNumber(u"US$ 3.672"_s, german), 3.672);
    EXPECT_EQ(parseUserNumber(u"3.672 USD"_s, german), 3.672);
    EXPECT_EQ(parseUserNumber(u"$1,234.50"_s, german), 1234.5);
}

TEST(UserNumber, AnAmbiguousSeparatorIsNotGuessedAndSaysWhatItWasReadAs)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const gpucompare::UserNumber thousand = gpucompare::readUserNumber(u"1.000"_s, german);
    EXPECT_FALSE(thousand.value);
    EXPECT_EQ(thousand.problem.toStdString(),
              "\"1.000\" is ambiguous: read as 1\u2009000 — write 1000 or 1,0 to be sure");
    EXPECT_TRUE(thousand.ambiguous);
    const gpucompare::UserNumber one = gpucompare::readUserNumber(u"1,000"_s, german);
    EXPECT_FALSE(one.value);
    EXPECT_TRUE(one.ambiguous);
    EXPECT_FALSE(gpucompare::readUserNumber(u"abc"_s, german).ambiguous);
    EXPECT_EQ(one.problem.toStdString(),
              "\"1,000\" is ambiguous: read as 1,0 — write 1,0 or 1000 to be sure");
    // Unambiguous spellings are read, and a point-decimal locale keeps its reading.
    EXPECT_EQ(gpucompare::parseUserNumber(u"1000"_s, german), 1000.0);
    EXPECT_EQ(gpucompare::parseUserNumber(u"1,0"_s, german), 1.0);
    EXPECT_EQ(gpucompare::parseUserNumber(u"1,5"_s, german), 1.5);
    EXPECT_EQ(gpucompare::parseUserNumber(u"1,000"_s, QLocale::c()), 1000.0);
}

TEST(UserNumber, MoneyIsReadExactlyWithoutADouble)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QString why;
    EXPECT_EQ(gpucompare::parseUserMoney(u"98,32"_s, &why, german)->micros(), 98'320'000);
    EXPECT_EQ(gpucompare::parseUserMoney(u"$2.457512"_s, &why, german)->micros(), 2'457'512);
    // 0.1 + 0.2 style drift cannot happen: every digit is kept.
    EXPECT_EQ(gpucompare::parseUserMoney(u"0.300001"_s, &why, QLocale::c())->micros(), 300'001);
    EXPECT_FALSE(gpucompare::parseUserMoney(u"2.4575123"_s, &why, QLocale::c()));
    EXPECT_TRUE(why.contains(u"more than six decimals"_s)) << why.toStdString();
    EXPECT_FALSE(gpucompare::parseUserMoney(u"1.000"_s, &why, german));
    EXPECT_TRUE(why.contains(u"ambiguous"_s)) << why.toStdString();
}

using gpucompare::annotateOffers;
using gpucompare::CountMismatch;
using gpucompare::Money;
using gpucompare::OfferRow;
using gpucompare::Stale;

TEST(DataQuality, ACountMismatchComesFromTheShapeOrTheNameAndStalenessFromTheLastConfirmation)
{
    const QDate today(2026, 12, 1);
    OfferRow p5;
    p5.provider = u"AWS"_s;
    p5.gpuModel = u"H100 SXM 80GB"_s;
    p5.instanceType = u"p5.48xlarge"_s;
    p5.gpusPerInstance = 4;
    p5.usdPerInstanceHour = Money::fromMicros(55'040'000);
    p5.observedOn = u"2025-01-10"_s;
    p5.sourceUrl = u"https://example.com"_s;
    OfferRow gcp = p5;
    gcp.instanceType = u"a3-highgpu-8g"_s; // the name says 8
    QList<OfferRow> rows = {p5, gcp};
    annotateOffers(rows, today);
    EXPECT_FALSE(rows[0].flags & CountMismatch) << "no shape known: no claim";
    EXPECT_TRUE(rows[1].flags & CountMismatch);
    EXPECT_TRUE(rows[0].flags & Stale);

    rows = {p5};
    rows[0].shapeGpuCount = 8; // the price book's shape
    rows[0].confirmedOn = u"2026-11-30"_s;
    annotateOffers(rows, today);
    EXPECT_TRUE(rows[0].flags & CountMismatch);
    EXPECT_FALSE(rows[0].flags & Stale) << "confirmed yesterday, though first seen in 2025";
    EXPECT_EQ(rows[0].lastSeenDate(), QDate(2026, 11, 30));
}

TEST(DataQuality, SpotMeetsOnDemandInTheRegionWithoutItsZone)
{
    EXPECT_EQ(gpucompare::regionWithoutZone(u"us-east-1 (use1-az6)"_s), u"us-east-1"_s);
    EXPECT_EQ(gpucompare::regionWithoutZone(u"us-east-1"_s), u"us-east-1"_s);
    EXPECT_EQ(gpucompare::regionWithoutZone(u"(not stated)"_s), u"(not stated)"_s);

    OfferRow onDemand;
    onDemand.provider = u"AWS"_s;
    onDemand.gpuModel = u"A100 SXM 40GB"_s;
    onDemand.instanceType = u"p4d.24xlarge"_s;
    onDemand.gpusPerInstance = 8;
    onDemand.region = u"us-east-1"_s;
    onDemand.usdPerInstanceHour = Money::fromMicros(21'957'642);
    onDemand.observedOn = u"2026-11-09"_s;
    OfferRow spot = onDemand;
    spot.pricing = gpucompare::PricingModel::Spot;
    spot.region = u"us-east-1 (use1-az6)"_s;
    spot.usdPerInstanceHour = Money::fromMicros(25'000'000); // above on-demand: suspicious
    OfferRow elsewhere = spot;
    elsewhere.region = u"eu-west-2 (euw2-az1)"_s; // no on-demand there to compare with
    QList<OfferRow> rows = {onDemand, spot, elsewhere};
    annotateOffers(rows, QDate(2026, 12, 1));
    EXPECT_TRUE(rows[1].flags & gpucompare::SpotNotCheaper);
    EXPECT_FALSE(rows[2].flags & gpucompare::SpotNotCheaper);
}

TEST(SourcePublisher, NamesWhoPublishedThePriceNotTheMirror)
{
    using gpucompare::sourcePublisher;
    EXPECT_EQ(sourcePublisher(u"https://github.com/skypilot-org/skypilot-catalog/blob/0f40/"
                              "catalogs/v8/lambda/vms.csv"_s),
              u"SkyPilot catalog"_s);
    EXPECT_EQ(sourcePublisher(u"https://raw.githubusercontent.com/skypilot-org/skypilot-catalog/"
                              "master/catalogs/v8/aws/vms.csv"_s),
              u"SkyPilot catalog"_s);
    EXPECT_EQ(sourcePublisher(
                  u"https://github.com/cloud-gpus/cloud-gpus.github.io/blob/b0b0/cloud_gpu.json"_s),
              u"cloud-gpus.com (aggregator)"_s);
    EXPECT_EQ(sourcePublisher(u"https://www.hyperstack.cloud/gpu-pricing"_s),
              u"hyperstack.cloud"_s);
    EXPECT_EQ(sourcePublisher(u"https://github.com/someone/notes/issues/1"_s),
              u"someone/notes on GitHub"_s);
    EXPECT_EQ(sourcePublisher(u"https://huggingface.co/datasets/tanod/cloud-gpu-list-prices"_s),
              u"tanod/cloud-gpu-list-prices (Hugging Face dataset)"_s);
    EXPECT_EQ(sourcePublisher(QString()), QString());
}

namespace {

gpucompare::Offer offerAt(const QString &provider, const QString &gpu, const QString &instance,
                          int gpus, const QString &region, gpucompare::PricingModel pricing,
                          qint64 micros)
{
    gpucompare::Offer o;
    o.provider = provider;
    o.gpuModel = gpu;
    o.instanceType = instance;
    o.gpusPerInstance = gpus;
    o.region = region;
    o.pricing = pricing;
    o.prices = {{Money::fromMicros(micros), u"2026-11-09"_s, u"https://example.com"_s, {}, {}}};
    return o;
}

} // namespace

TEST(SeedClaims, EachClaimIsDecidedByTheBooksOwnFigures)
{
    using gpucompare::ClaimVerdict;
    using gpucompare::PricingModel;
    gpucompare::PriceBookData book;
    book.offers = {
        offerAt(u"AWS"_s, u"H100 SXM 80GB"_s, u"p5.48xlarge"_s, 8, u"us-east-1"_s,
                PricingModel::OnDemand, 55'040'000), // $6.88: inside $4-10
        offerAt(u"Microsoft Azure"_s, u"H100 SXM 80GB"_s, u"ND96isr"_s, 8, u"eastus"_s,
                PricingModel::OnDemand, 98'320'000), // $12.29: above
        offerAt(u"Google Cloud"_s, u"H100 SXM 80GB"_s, u"a3-highgpu-8g"_s, 8, u"us-central1"_s,
                PricingModel::OnDemand, 88'000'000), // $11: above
        offerAt(u"AWS"_s, u"H100 SXM 80GB"_s, u"p5.48xlarge"_s, 8, u"us-east-1 (use1-az6)"_s,
                PricingModel::Spot, 17'628'900), // 68 % below on-demand, zone or not
        offerAt(u"Lambda"_s, u"A100 SXM 40GB"_s, u"gpu_1x_a100"_s, 1, u"us-west-1"_s,
                PricingModel::OnDemand, 1'290'000),
        offerAt(u"CoreWeave"_s, u"A100 SXM 80GB"_s, u"A100 node"_s, 8, u"US"_s,
                PricingModel::OnDemand, 21'600'000),
    };
    gpucompare::Offer gone = book.offers.first();
    gone.instanceType = u"p4.gone"_s;
    gone.prices.first().usdPerInstanceHour = Money::fromMicros(8'000'000); // $1: would be below
    gone.notListedSince = u"2026-11-30"_s;
    book.offers.append(gone);
    gpucompare::MarketShareSnapshot seed;
    seed.period = u"2025"_s;
    seed.estimate = true;
    seed.entries = {{u"Amazon Web Services"_s, u"AWS"_s, 30, 29.0, 31.0, {}},
                    {u"Google Cloud"_s, u"Google Cloud"_s, 11, 10.0, 12.0, {}}};
    gpucompare::MarketShareSnapshot measured;
    measured.period = u"2025-Q4"_s;
    measured.sourceName = u"Synergy Research Group"_s;
    measured.entries = {{u"Amazon Web Services"_s, u"AWS"_s, 28, {}, {}, {}},
                        {u"Google Cloud"_s, u"Google Cloud"_s, 15, {}, {}, {}}};
    book.marketShare = {measured, seed};

    const QList<gpucompare::ClaimCheck> checks = gpucompare::checkSeedClaims(book);
    ASSERT_EQ(checks.size(), 5);
    EXPECT_EQ(checks[0].verdict, ClaimVerdict::Contradicted) << "1 of 3 inside $4-10";
    EXPECT_TRUE(checks[0].evidence.contains(u"1 of 3"_s)) << checks[0].evidence.toStdString();
    EXPECT_TRUE(checks[0].evidence.contains(u"2 above"_s)) << "the delisted offer is left out";
    EXPECT_EQ(checks[1].verdict, ClaimVerdict::Supported);
    EXPECT_EQ(checks[2].verdict, ClaimVerdict::Supported);
    EXPECT_TRUE(checks[2].evidence.contains(u"68 %"_s)) << checks[2].evidence.toStdString();
    EXPECT_EQ(checks[3].verdict, ClaimVerdict::Partly) << "28 % against 29-31 %";
    EXPECT_EQ(checks[4].verdict, ClaimVerdict::Contradicted) << "15 % against 10-12 %";
    EXPECT_TRUE(checks[4].evidence.contains(u"2025-Q4"_s));

    EXPECT_EQ(gpucompare::checkSeedClaims({}).first().verdict, ClaimVerdict::NoData);
}

TEST(DataQuality, AnUndatedPriceIsUndatedNotStale)
{
    OfferRow row;
    row.provider = u"Lambda"_s;
    row.gpuModel = u"H100 SXM 80GB"_s;
    row.instanceType = u"gpu_8x_h100_sxm5"_s;
    row.gpusPerInstance = 8;
    row.usdPerInstanceHour = Money::fromMicros(23'920'000);
    row.sourceUrl = u"https://github.com/skypilot-org/skypilot-catalog/blob/0f40/x.csv"_s;
    QList<OfferRow> rows = {row};
    annotateOffers(rows, QDate(2026, 12, 1));
    EXPECT_TRUE(rows[0].flags & gpucompare::Undated);
    EXPECT_FALSE(rows[0].flags & Stale) << "its age is unknown, not old";
    EXPECT_TRUE(gpucompare::describeFlags(rows[0].flags).join(u' ').contains(u"no date"_s));

    rows[0].confirmedOn = u"2026-11-30"_s; // an update saw the same price yesterday
    annotateOffers(rows, QDate(2026, 12, 1));
    EXPECT_FALSE(rows[0].flags & gpucompare::Undated);
    EXPECT_FALSE(rows[0].flags & Stale);
}
