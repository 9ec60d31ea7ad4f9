// The standing of a price (core/PriceStanding.h) and the rules that ask it: which prices may be
// named cheapest in the table, the charts and both calculators.
#include "PriceStanding.h"

#include "CheapestPerProvider.h"
#include "CostModel.h"
#include "DataQuality.h"
#include "ServingModel.h"
#include "SourcePublisher.h"

#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 12, 7);

OfferRow priced(qint64 id, const QString &provider, double usdPerGpuHour, const QString &observedOn,
                PricingModel pricing = PricingModel::OnDemand)
{
    OfferRow r;
    r.offerId = id;
    r.provider = provider;
    r.gpuModel = u"H100 SXM 80GB"_s;
    r.instanceType = provider + u"-8x"_s;
    r.gpusPerInstance = 8;
    r.pricing = pricing;
    r.usdPerInstanceHour = *Money::fromDollars(usdPerGpuHour * 8);
    r.observedOn = observedOn;
    r.sourceUrl = u"https://example-cloud.com/pricing"_s;
    return r;
}

GpuModel h100()
{
    GpuModel g;
    g.name = u"H100 SXM 80GB"_s;
    g.bf16Tflops = 989.4;
    g.memoryGb = 80;
    g.bandwidthGbps = 3350;
    return g;
}

} // namespace

TEST(PriceStanding, CurrentWithinTheWindowUndatedWithoutADateStaleBeforeIt)
{
    const Freshness window{kToday}; // 90 days by default
    EXPECT_EQ(window.maxAgeDays, 90);
    EXPECT_EQ(priceStanding(kToday, window), Standing::Current);
    EXPECT_EQ(priceStanding(kToday.addDays(-90), window), Standing::Current) << "the window's edge";
    EXPECT_EQ(priceStanding(kToday.addDays(-91), window), Standing::Stale);
    EXPECT_EQ(priceStanding(QDate(), window), Standing::Undated);
    EXPECT_EQ(priceStanding(kToday.addDays(-91), Freshness{kToday, 365}), Standing::Current);
    EXPECT_EQ(priceStanding(kToday.addDays(-31), Freshness{kToday, 30}), Standing::Stale);
    EXPECT_EQ(standingToken(Standing::Current), u"current"_s);
    EXPECT_EQ(standingToken(Standing::Undated), u"undated"_s);
    EXPECT_EQ(standingToken(Standing::Stale), u"stale"_s);
    EXPECT_TRUE(mayBeCheapest(Standing::Undated, false));
    EXPECT_FALSE(mayBeCheapest(Standing::Stale, false));
    EXPECT_TRUE(mayBeCheapest(Standing::Stale, true));
}

TEST(PriceStanding, AProvidersPageAndAnApiCatalogAreFirstHandAggregatorsAndCopiesAreNot)
{
    EXPECT_TRUE(isFirstHandSource(
        u"https://github.com/skypilot-org/skypilot-catalog/blob/abc/catalogs/v8/lambda/vms.csv"_s));
    EXPECT_TRUE(isFirstHandSource(u"https://skypilot-catalog.s3.us-east-1.amazonaws.com/v8"_s));
    EXPECT_TRUE(isFirstHandSource(u"https://prices.azure.com/api/retail/prices"_s));
    EXPECT_TRUE(isFirstHandSource(u"https://aws.amazon.com/ec2/capacityblocks/pricing/"_s));
    EXPECT_TRUE(isFirstHandSource(u"https://www.runpod.io/pricing"_s));
    EXPECT_FALSE(isFirstHandSource(
        u"https://github.com/cloud-gpus/cloud-gpus.github.io/blob/main/src/data.csv"_s));
    EXPECT_FALSE(isFirstHandSource(u"https://github.com/api-evangelist/lambda/blob/x/p.yml"_s));
    EXPECT_FALSE(isFirstHandSource(u"https://huggingface.co/datasets/a/b"_s));
    EXPECT_FALSE(isFirstHandSource(u"https://cloud-gpus.com/"_s));
    EXPECT_FALSE(isFirstHandSource(QString()));
    EXPECT_FALSE(isFirstHandSource(u"prices.csv"_s)) << "a file name vouches for nothing";
}

TEST(PriceStanding, ACheaperStalePriceIsShownButNeverStarredUnlessIncluded)
{
    QList<OfferRow> rows = {priced(1, u"Old"_s, 1.80, u"2025-05-29"_s),
                            priced(2, u"Catalog"_s, 2.50, QString()),
                            priced(3, u"Fresh"_s, 2.90, u"2026-11-30"_s)};
    annotateOffers(rows, Freshness{kToday});
    EXPECT_EQ(rows[0].standing, Standing::Stale);
    EXPECT_TRUE(rows[0].flags & Stale);
    EXPECT_EQ(rows[0].ageDays, QDate(2025, 5, 29).daysTo(kToday));
    EXPECT_EQ(rows[1].standing, Standing::Undated);
    EXPECT_FALSE(rows[1].ageDays.has_value());
    EXPECT_EQ(rows[2].standing, Standing::Current);
    EXPECT_FALSE(rows[0].cheapestForGpu) << "a stale price never wins by default";
    EXPECT_TRUE(rows[1].cheapestForGpu);
    EXPECT_DOUBLE_EQ(rows[2].percentAboveCheapest, (2.90 / 2.50 - 1) * 100);

    annotateOffers(rows, Freshness{kToday}, true);
    EXPECT_TRUE(rows[0].cheapestForGpu) << "with stale prices included, by price alone";
    EXPECT_FALSE(rows[1].cheapestForGpu);

    // A longer window makes the old quote current.
    annotateOffers(rows, Freshness{kToday, 3650});
    EXPECT_EQ(rows[0].standing, Standing::Current);
    EXPECT_TRUE(rows[0].cheapestForGpu);
}

TEST(PriceStanding, TheStarFollowsThePricingFilter)
{
    // The bug: with the pricing filter on on-demand, the ★ sat on a hidden spot price and the
    // cheapest on-demand row read "+125 %".
    QList<OfferRow> rows = {priced(1, u"A"_s, 1.00, u"2026-12-01"_s, PricingModel::Spot),
                            priced(2, u"B"_s, 2.25, u"2026-12-01"_s),
                            priced(3, u"C"_s, 3.00, u"2026-12-01"_s)};
    annotateOffers(rows, Freshness{kToday});
    EXPECT_TRUE(rows[0].cheapestForGpu);
    EXPECT_DOUBLE_EQ(rows[1].percentAboveCheapest, 125);

    markCheapest(
        rows, [](const OfferRow &r) { return r.pricing == PricingModel::OnDemand; }, false);
    EXPECT_FALSE(rows[0].cheapestForGpu) << "outside the filter";
    EXPECT_TRUE(rows[1].cheapestForGpu);
    EXPECT_DOUBLE_EQ(rows[1].percentAboveCheapest, 0);
    EXPECT_NEAR(rows[2].percentAboveCheapest, 100.0 / 3, 1e-9);
}

TEST(PriceStanding, ChartsTakeEachProvidersCheapestTrustedPrice)
{
    QList<OfferRow> rows = {priced(1, u"Vast"_s, 1.80, u"2025-05-29"_s),
                            priced(2, u"Vast"_s, 2.40, QString()),
                            priced(3, u"Lambda"_s, 2.99, u"2026-12-01"_s)};
    annotateOffers(rows, Freshness{kToday});
    const QList<OfferRow> trusted =
        cheapestOfferPerProvider(rows, u"H100 SXM 80GB"_s, PricingModel::OnDemand);
    ASSERT_EQ(trusted.size(), 2);
    EXPECT_EQ(trusted[0].offerId, 2) << "Vast's undated price, not its stale quote";
    const QList<OfferRow> all =
        cheapestOfferPerProvider(rows, u"H100 SXM 80GB"_s, PricingModel::OnDemand, true);
    EXPECT_EQ(all[0].offerId, 1);
}

TEST(PriceStanding, BothCalculatorsListStalePricesLastAndNeverNameThemCheapest)
{
    QList<OfferRow> rows = {priced(1, u"Old"_s, 1.00, u"2024-01-01"_s),
                            priced(2, u"Catalog"_s, 2.00, QString()),
                            priced(3, u"Fresh"_s, 3.00, u"2026-12-01"_s)};
    rows[1].sourceUrl = u"https://cloud-gpus.com/"_s;
    annotateOffers(rows, Freshness{kToday});
    JobSpec job;
    job.parameters = 7e9;
    job.tokens = 1e12;
    job.gpus = 8;
    job.mfu = 0.4;
    EstimateRun run = estimateJob(job, rows, {h100()}, {});
    ASSERT_EQ(run.estimates.size(), 3);
    EXPECT_EQ(run.estimates[0].offerId, 2);
    EXPECT_EQ(run.estimates[1].offerId, 3);
    EXPECT_EQ(run.estimates[2].offerId, 1) << "stale after all the others";
    ASSERT_NE(run.cheapest(), nullptr);
    EXPECT_EQ(run.cheapest()->offerId, 2);
    EXPECT_DOUBLE_EQ(run.estimates[0].aboveCheapestUsd, 0);
    EXPECT_EQ(run.estimates[2].price.standing, Standing::Stale);
    EXPECT_EQ(run.estimates[0].price.sourceUrl, u"https://cloud-gpus.com/"_s);
    EXPECT_FALSE(run.estimates[0].price.firstHand);
    // The headline says what kind of price won.
    const QString headline = estimateSummary(run, job);
    EXPECT_TRUE(headline.contains(u"undated catalog price"_s)) << headline.toStdString();
    EXPECT_TRUE(headline.contains(u"second-hand"_s)) << headline.toStdString();

    OfferSelection withStale;
    withStale.includeStale = true;
    run = estimateJob(job, rows, {h100()}, {}, withStale);
    EXPECT_EQ(run.estimates[0].offerId, 1) << "by price alone";
    ASSERT_NE(run.cheapest(), nullptr);
    EXPECT_EQ(run.cheapest()->offerId, 1);

    // Only stale prices: none is named cheapest, and the headline says why.
    QList<OfferRow> old = {rows[0]};
    run = estimateJob(job, old, {h100()}, {});
    EXPECT_EQ(run.cheapest(), nullptr);
    EXPECT_TRUE(estimateSummary(run, job).contains(u"stale"_s));

    CostInputs inputs;
    inputs.rows = rows;
    inputs.gpus = {h100()};
    ServeSpec spec;
    spec.parameters = 7e9;
    const ServeRun serve = estimateServing(spec, inputs);
    ASSERT_EQ(serve.estimates.size(), 3);
    EXPECT_EQ(serve.estimates.last().offerId, 1);
    ASSERT_NE(serve.cheapest(), nullptr);
    EXPECT_EQ(serve.cheapest()->offerId, 2);
}

TEST(PriceStanding, SourcesThatDisagreeByMoreThanAQuarterAreFlagged)
{
    // Google a3-highgpu-4g in us-central1: a dated 2025 quote of $11.06 per GPU-hour and an
    // undated catalog price of $5.38; nothing said the sources disagree.
    QList<OfferRow> rows = {priced(1, u"Google Cloud"_s, 5.38, QString()),
                            priced(2, u"Lambda"_s, 2.99, u"2026-12-01"_s)};
    rows[0].otherSource =
        OtherSourcePrice{*Money::fromDollars(11.06 * 8), u"2025-03-01"_s, u"https://x.org/a"_s};
    rows[1].otherSource =
        OtherSourcePrice{*Money::fromDollars(3.49 * 8), u"2026-11-01"_s, u"https://y.org/b"_s};
    annotateOffers(rows, Freshness{kToday});
    EXPECT_TRUE(rows[0].flags & SourcesDisagree);
    EXPECT_FALSE(rows[1].flags & SourcesDisagree) << "17 % apart: within a quarter";
    EXPECT_TRUE(flagTokens(rows[0].flags).contains(u"sources-disagree"_s));
    EXPECT_EQ(rows[0].standing, Standing::Undated) << "the undated catalog price is the offer's";
}
