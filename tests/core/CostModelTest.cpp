// The cost model against COST-MODEL.md: the test vectors of section 5 (within their tolerance),
// then the rules of section 1 one at a time.

#include "CostModel.h"

#include "CheapestPerProvider.h"
#include "DataQuality.h"
#include "JobPresets.h"
#include "JobSpecJson.h"
#include "PriceHistory.h"

#include <QHash>
#include <QSet>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

GpuModel gpu(const QString &name, std::optional<double> bf16, std::optional<double> fp8,
             double memoryGb, bool hasBf16 = true)
{
    GpuModel g;
    g.name = name;
    g.bf16Tflops = bf16;
    g.fp8Tflops = fp8;
    g.memoryGb = memoryGb;
    g.hasBf16 = hasBf16;
    return g;
}

GpuModel withTypicalMfu(GpuModel g, double mfu, const QString &basis)
{
    g.typicalMfu = mfu;
    g.typicalMfuBasis = basis;
    return g;
}

/// The GPUs as the bundled price book has them (typical MFU included).
QList<GpuModel> catalog()
{
    return {withTypicalMfu(gpu(u"A100 SXM 80GB"_s, 312, std::nullopt, 80), 0.45, u"A100 runs"_s),
            withTypicalMfu(gpu(u"A100 SXM 40GB"_s, 312, std::nullopt, 40), 0.45, u"A100 runs"_s),
            withTypicalMfu(gpu(u"H100 SXM 80GB"_s, 989.4, 1978.9, 80), 0.39, u"H100 runs"_s),
            withTypicalMfu(gpu(u"V100 16GB"_s, 125, std::nullopt, 16, false), 0.213, u"PaLM"_s),
            withTypicalMfu(gpu(u"V100 32GB"_s, 125, std::nullopt, 32, false), 0.213, u"PaLM"_s),
            gpu(u"GH200 96GB"_s, std::nullopt, std::nullopt, 96)};
}

const GpuModel *gpuNamed(const QString &name)
{
    static const QList<GpuModel> gpus = catalog();
    for (const GpuModel &g : gpus) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

OfferRow offer(qint64 id, const QString &provider, const QString &gpuModel, int gpusPerInstance,
               double usdPerInstanceHour, PricingModel pricing = PricingModel::OnDemand)
{
    OfferRow r;
    r.offerId = id;
    r.provider = provider;
    r.gpuModel = gpuModel;
    r.instanceType = u"%1-%2x"_s.arg(provider).arg(gpusPerInstance);
    r.gpusPerInstance = gpusPerInstance;
    r.pricing = pricing;
    r.usdPerInstanceHour = *Money::fromDollars(usdPerInstanceHour);
    r.usdPerGpuHour = usdPerInstanceHour / gpusPerInstance;
    return r;
}

JobSpec tokensJob(double n, double d, int gpus, std::optional<double> mfu)
{
    JobSpec job;
    job.parameters = n;
    job.tokens = d;
    job.gpus = gpus;
    job.mfu = mfu;
    return job;
}

/// One hypothetical offer at `usd` per GPU-hour on `gpuModel`, as `estimate --price` prices it.
EstimateRun hypothetical(const JobSpec &job, const QString &gpuModel, double usd)
{
    OfferSelection selection;
    selection.gpuModel = gpuModel;
    selection.hypotheticalUsdPerGpuHour = usd;
    return estimateJob(job, {}, catalog(), {}, selection);
}

void expectWithin(double actual, double expected, double tolerance)
{
    EXPECT_NEAR(actual, expected, std::abs(expected) * tolerance)
        << "actual " << actual << ", expected " << expected;
}

} // namespace

TEST(CostModel, V1Llama65BReproducesThePaper)
{
    const JobSpec job = tokensJob(65.2e9, 1.4e12, 2048, 0.47646);
    ASSERT_TRUE(checkJob(job).ok());
    const EstimateRun run = hypothetical(job, u"A100 SXM 80GB"_s, 2.00);
    ASSERT_EQ(run.estimates.size(), 1);
    const JobEstimate &e = run.estimates.first();
    expectWithin(run.flops, 5.477e23, 0.01);
    expectWithin(e.gpuHours, 1'023'395, 0.01);
    expectWithin(e.gpuHours, 1'022'362, 0.01); // the paper's own figure
    expectWithin(e.wallDays, 20.8, 0.01);
    expectWithin(e.totalUsd, 2'046'790, 0.01);
    EXPECT_EQ(e.gpusRented, 2048);
    EXPECT_EQ(e.provider, u"custom"_s);
}

TEST(CostModel, V2Mpt7BFromMeasuredGpuHours)
{
    JobSpec job;
    job.work = JobSpec::Work::GpuHours;
    job.gpuHours = 440 * 9.5 * 24;
    job.gpus = 440;
    ASSERT_TRUE(checkJob(job).ok());
    const JobEstimate e = hypothetical(job, u"A100 SXM 40GB"_s, 2.00).estimates.first();
    expectWithin(e.gpuHours, 100'320, 0.01);
    expectWithin(e.totalUsd, 200'640, 0.01);
    expectWithin(e.wallDays, 9.5, 0.01);
}

TEST(CostModel, V3Mpt7BThroughMfu)
{
    const JobSpec job = tokensJob(6.7e9, 1e12, 440, 0.3568);
    const JobEstimate e = hypothetical(job, u"A100 SXM 40GB"_s, 2.00).estimates.first();
    expectWithin(e.gpuHours, 100'310, 0.005);
}

TEST(CostModel, V4Gpt3Flops)
{
    const JobSpec job = tokensJob(174.6e9, 300e9, 1, 0.3);
    expectWithin(trainingFlops(job), 3.143e23, 0.01);
    const double pfDays = trainingFlops(job) / (1e15 * 86'400);
    expectWithin(pfDays, 3'637, 0.01);
    expectWithin(pfDays, 3'640, 0.01); // the paper's own figure
}

TEST(CostModel, V5Llama2_70B)
{
    const JobSpec job = tokensJob(70e9, 2e12, 2048, 0.435);
    const JobEstimate e = hypothetical(job, u"A100 SXM 80GB"_s, 2.00).estimates.first();
    expectWithin(e.gpuHours, 1'719'226, 0.01);
    expectWithin(e.gpuHours, 1'720'320, 0.01); // the model card's figure
}

TEST(CostModel, TheAttentionTermAddsTwelveLHQTPerToken)
{
    JobSpec job = tokensJob(1e9, 1e10, 8, 0.4);
    const double without = trainingFlops(job);
    job.attention = AttentionShape{24, 16, 128, 2048};
    EXPECT_DOUBLE_EQ(trainingFlops(job) - without, 12.0 * 24 * 16 * 128 * 2048 * 1e10);
    job.epochs = 3;
    EXPECT_DOUBLE_EQ(trainingFlops(job), 3 * (6e9 + 12.0 * 24 * 16 * 128 * 2048) * 1e10);
}

TEST(CostModel, GpusAreRentedAsWholeInstances)
{
    const JobSpec job = tokensJob(7e9, 1e11, 100, 0.4);
    const QList<OfferRow> rows = {offer(1, u"Eight"_s, u"A100 SXM 80GB"_s, 8, 16.0),
                                  offer(2, u"Single"_s, u"A100 SXM 80GB"_s, 1, 2.0)};
    const EstimateRun run = estimateJob(job, rows, catalog(), {});
    ASSERT_EQ(run.estimates.size(), 2);
    for (const JobEstimate &e : run.estimates) {
        if (e.provider == u"Eight"_s) {
            EXPECT_EQ(e.instances, 13);
            EXPECT_EQ(e.gpusRented, 104);
            EXPECT_DOUBLE_EQ(e.wallHours, e.gpuHours / 104);
            EXPECT_TRUE(e.notes.join(u' ').contains(u"104 GPUs rented"_s));
        } else {
            EXPECT_EQ(e.gpusRented, 100);
        }
        // Same price per GPU-hour and the same work: the same GPU cost either way.
        EXPECT_NEAR(e.gpuCostUsd, run.estimates.first().gpuCostUsd, 1e-6);
    }
}

TEST(CostModel, DiscountsOverheadsStorageAndEgressAddUp)
{
    JobSpec job = tokensJob(7e9, 1e11, 8, 0.4);
    const double base = hypothetical(job, u"A100 SXM 80GB"_s, 2.0).estimates.first().gpuHours;
    job.overhead = 1.3;
    job.spotInterruptionOverhead = 0.2;
    job.storageTb = 10;
    job.storageMonths = 2;
    job.usdPerTbMonth = 20;
    job.egressTb = 5;
    job.usdPerTbEgress = 90;
    const QList<OfferRow> rows = {
        offer(1, u"OnDemand"_s, u"A100 SXM 80GB"_s, 8, 16.0),
        offer(2, u"Spot"_s, u"A100 SXM 80GB"_s, 8, 16.0, PricingModel::Spot)};
    const EstimateRun run = estimateJob(job, rows, catalog(), {{u"OnDemand"_s, 25.0}});
    ASSERT_EQ(run.estimates.size(), 2);
    const JobEstimate &cheap = run.estimates.at(0);
    const JobEstimate &spot = run.estimates.at(1);
    EXPECT_EQ(cheap.provider, u"OnDemand"_s);
    EXPECT_DOUBLE_EQ(cheap.usdPerGpuHour, 1.5);
    EXPECT_NEAR(cheap.gpuHours, base * 1.3, 1e-6);
    EXPECT_NEAR(spot.gpuHours, base * 1.3 * 1.2, 1e-6);
    EXPECT_DOUBLE_EQ(cheap.storageCostUsd, 400);
    EXPECT_DOUBLE_EQ(cheap.egressCostUsd, 450);
    EXPECT_NEAR(cheap.totalUsd, cheap.gpuHours * 1.5 + 850, 1e-6);
    EXPECT_NEAR(spot.aboveCheapestUsd, spot.totalUsd - cheap.totalUsd, 1e-6);
    EXPECT_NEAR(spot.aboveCheapestPercent, 100 * (spot.totalUsd / cheap.totalUsd - 1), 1e-9);
}

TEST(CostModel, PrecisionPicksThePeakAndSaysWhenItSubstitutes)
{
    JobSpec job = tokensJob(7e9, 1e11, 8, 0.4);
    const double bf16 = hypothetical(job, u"H100 SXM 80GB"_s, 2).estimates.first().gpuHours;
    job.precision = Precision::Fp8;
    const JobEstimate fp8 = hypothetical(job, u"H100 SXM 80GB"_s, 2).estimates.first();
    EXPECT_NEAR(fp8.gpuHours, bf16 * 989.4 / 1978.9, 1e-6);

    const JobEstimate a100 = hypothetical(job, u"A100 SXM 80GB"_s, 2).estimates.first();
    EXPECT_TRUE(a100.notes.join(u' ').contains(u"no FP8"_s)) << a100.notes.join(u'|').toStdString();

    job.precision = Precision::Bf16;
    const JobEstimate v100 = hypothetical(job, u"V100 16GB"_s, 2).estimates.first();
    EXPECT_TRUE(v100.notes.join(u' ').contains(u"no BF16"_s));
    EXPECT_NEAR(v100.gpuHours, trainingFlops(job) / (125e12 * 0.4 * 3600), 1e-6);
}

TEST(CostModel, MeasuredGpuHoursScaleByDensePeakAndSaySo)
{
    JobSpec job;
    job.work = JobSpec::Work::GpuHours;
    job.gpuHours = 100'000;
    job.gpuHoursMeasuredOn = u"A100 SXM 80GB"_s;
    const JobEstimate h100 = hypothetical(job, u"H100 SXM 80GB"_s, 2).estimates.first();
    EXPECT_NEAR(h100.gpuHours, 100'000 * 312 / 989.4, 1e-6);
    EXPECT_TRUE(h100.notes.join(u' ').contains(u"scaled from A100 SXM 80GB"_s));
    const JobEstimate same = hypothetical(job, u"A100 SXM 80GB"_s, 2).estimates.first();
    EXPECT_DOUBLE_EQ(same.gpuHours, 100'000);
}

TEST(CostModel, DefaultMfuIsTheGpusTypicalMfuFromThePriceBookAndIsNamed)
{
    EXPECT_DOUBLE_EQ(defaultMfu(gpuNamed(u"A100 SXM 80GB"_s), 8).mfu, 0.45);
    EXPECT_EQ(defaultMfu(gpuNamed(u"A100 SXM 80GB"_s), 8).basis, u"A100 runs"_s);
    EXPECT_DOUBLE_EQ(defaultMfu(gpuNamed(u"H100 SXM 80GB"_s), 8).mfu, 0.39);
    EXPECT_DOUBLE_EQ(defaultMfu(gpuNamed(u"H100 SXM 80GB"_s), 4096).mfu, 0.35);
    EXPECT_FALSE(defaultMfu(gpuNamed(u"GH200 96GB"_s), 8).published);
    EXPECT_FALSE(defaultMfu(nullptr, 8).published);
    // A user's own figure for a GPU the book had none for is used as published.
    GpuModel mi300x = gpu(u"MI300X 192GB"_s, 1307.4, 2614.9, 192);
    mi300x.typicalMfu = 0.3;
    EXPECT_DOUBLE_EQ(defaultMfu(&mi300x, 8).mfu, 0.3);
    EXPECT_TRUE(defaultMfu(&mi300x, 8).published);
    const JobEstimate e = hypothetical(tokensJob(7e9, 1e11, 8, std::nullopt), u"A100 SXM 80GB"_s, 2)
                              .estimates.first();
    EXPECT_DOUBLE_EQ(e.mfu, 0.45);
    EXPECT_TRUE(e.notes.join(u' ').contains(u"MFU"_s));
}

TEST(CostModel, TheMemoryCheckWarnsWhenModelStateCannotFit)
{
    // 70B parameters hold 1,120 GB of model state: 140 GB per GPU on 8 GPUs, 17.5 GB on 64.
    const JobEstimate eight =
        hypothetical(tokensJob(70e9, 1e12, 8, 0.4), u"A100 SXM 80GB"_s, 2).estimates.first();
    EXPECT_FALSE(eight.fitsInMemory);
    EXPECT_NEAR(*eight.modelStateGbPerGpu, 140, 1e-9);
    const JobEstimate many =
        hypothetical(tokensJob(70e9, 1e12, 64, 0.4), u"A100 SXM 80GB"_s, 2).estimates.first();
    EXPECT_TRUE(many.fitsInMemory);
}

TEST(CostModel, BudgetModeSaysWhatTheMoneyBuys)
{
    JobSpec job = tokensJob(7e9, 1e11, 8, 0.4);
    job.budgetUsd = 10'000;
    job.egressTb = 1;
    job.usdPerTbEgress = 1'000;
    job.overhead = 1.25;
    const JobEstimate e = hypothetical(job, u"A100 SXM 80GB"_s, 2.0).estimates.first();
    EXPECT_DOUBLE_EQ(*e.budgetGpuHours, 4'500);
    // 4,500 GPU-hours minus the overhead, at 312 TFLOP/s and MFU 0.4, over 6 · 7e9 FLOPs/token.
    EXPECT_NEAR(*e.budgetTokens, 4'500 / 1.25 * 3600 * 312e12 * 0.4 / 42e9, 1);
}

TEST(CostModel, OffersAreFilteredSortedAndTheUnpricedLeftOutWithAReason)
{
    const QList<OfferRow> rows = {offer(1, u"A"_s, u"A100 SXM 80GB"_s, 8, 20.0),
                                  offer(2, u"B"_s, u"A100 SXM 80GB"_s, 1, 1.5),
                                  offer(3, u"C"_s, u"H100 SXM 80GB"_s, 8, 24.0),
                                  offer(4, u"D"_s, u"A100 SXM 80GB"_s, 1, 0),
                                  offer(5, u"E"_s, u"GH200 96GB"_s, 1, 3.0),
                                  offer(6, u"F"_s, u"A100 SXM 80GB"_s, 1, 1.0, PricingModel::Spot)};
    const JobSpec job = tokensJob(7e9, 1e11, 8, 0.4);
    const EstimateRun all = estimateJob(job, rows, catalog(), {});
    ASSERT_EQ(all.estimates.size(), 4);
    for (qsizetype i = 1; i < all.estimates.size(); ++i)
        EXPECT_LE(all.estimates.at(i - 1).totalUsd, all.estimates.at(i).totalUsd);
    const QString notes = all.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"1 offer without a price"_s)) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"GH200 96GB"_s)) << notes.toStdString();

    OfferSelection a100OnDemand;
    a100OnDemand.gpuModel = u"A100 SXM 80GB"_s;
    a100OnDemand.pricing = {PricingModel::OnDemand};
    const EstimateRun some = estimateJob(job, rows, catalog(), {}, a100OnDemand);
    ASSERT_EQ(some.estimates.size(), 2);
    EXPECT_EQ(some.estimates.first().provider, u"B"_s);
    EXPECT_TRUE(estimateSummary(some, job).startsWith(u"Cheapest: B"_s));
}

TEST(CostModel, InvalidInputsAreRejectedNamingTheFieldAndRange)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    JobSpec job = tokensJob(7e9, 1e11, 8, 0.4);
    EXPECT_TRUE(checkJob(job).ok());

    for (const double mfu : {0.0, -0.1, 1.5, nan}) {
        job.mfu = mfu;
        const JobCheck check = checkJob(job);
        EXPECT_FALSE(check.firstErrorFor(u"mfu"_s).isEmpty()) << mfu;
    }
    job.mfu = 0.1;
    EXPECT_TRUE(checkJob(job).ok());
    EXPECT_TRUE(checkJob(job).firstWarningFor(u"mfu"_s).contains(u"0.20"_s));
    job.mfu = 0.4;

    job.gpus = 0;
    EXPECT_TRUE(checkJob(job).firstErrorFor(u"gpus"_s).contains(u"1 to"_s));
    job.gpus = 8;
    job.overhead = 0.5;
    EXPECT_FALSE(checkJob(job).firstErrorFor(u"overhead"_s).isEmpty());
    job.overhead = 1;
    job.parameters = nan;
    EXPECT_TRUE(checkJob(job).firstErrorFor(u"params"_s).contains(u"not a number"_s));
    job.parameters = 1e20;
    EXPECT_TRUE(checkJob(job).firstErrorFor(u"params"_s).contains(u"1e+14"_s));
    job.parameters = 7e9;
    job.budgetUsd = -5;
    EXPECT_FALSE(checkJob(job).firstErrorFor(u"budget"_s).isEmpty());
}

TEST(Quantity, ReadsSuffixesAndScientificNotation)
{
    EXPECT_DOUBLE_EQ(*parseQuantity(u"65.2e9"_s), 65.2e9);
    EXPECT_DOUBLE_EQ(*parseQuantity(u"65.2B"_s), 65.2e9);
    EXPECT_DOUBLE_EQ(*parseQuantity(u"7b"_s), 7e9);
    EXPECT_DOUBLE_EQ(*parseQuantity(u"1.4T"_s), 1.4e12);
    EXPECT_DOUBLE_EQ(*parseQuantity(u"500M"_s), 500e6);
    EXPECT_DOUBLE_EQ(*parseQuantity(u"10k"_s), 10e3);
    EXPECT_DOUBLE_EQ(*parseQuantity(u" 1,000 "_s), 1000);
    for (const QString &bad :
         {u""_s, u"B"_s, u"seven"_s, u"nan"_s, u"inf"_s, u"1.4X"_s, u"1e400"_s})
        EXPECT_FALSE(parseQuantity(bad)) << bad.toStdString();
    EXPECT_EQ(formatQuantity(65.2e9), u"65.2B"_s);
    EXPECT_EQ(formatQuantity(1.4e12), u"1.4T"_s);
    EXPECT_EQ(formatQuantity(440), u"440"_s);
}

TEST(Quantity, FollowsThePersonsLocaleAndStillReadsPastedFigures)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_DOUBLE_EQ(*parseQuantity(u"65,2B"_s, german), 65.2e9);
    EXPECT_DOUBLE_EQ(*parseQuantity(u"65.2B"_s, german), 65.2e9); // pasted from a paper
    EXPECT_DOUBLE_EQ(*parseQuantity(u"1,4T"_s, german), 1.4e12);
    EXPECT_EQ(formatQuantity(65.2e9, german), u"65,2B"_s);
    EXPECT_DOUBLE_EQ(*parseQuantity(formatQuantity(184'320, german), german), 184'320);
    EXPECT_FALSE(parseQuantity(u"viel"_s, german));
}

TEST(JobSpecJson, AJobAndItsSelectionRoundTrip)
{
    JobSpec job = tokensJob(65.2e9, 1.4e12, 2048, 0.47646);
    job.epochs = 2;
    job.attention = AttentionShape{80, 64, 128, 2048};
    job.precision = Precision::Fp8;
    job.overhead = 1.2;
    job.storageTb = 50;
    job.usdPerTbMonth = 20;
    job.budgetUsd = 1e6;
    OfferSelection selection;
    selection.gpuModel = u"H100 SXM 80GB"_s;
    selection.provider = u"Lambda"_s;
    selection.pricing = {PricingModel::OnDemand, PricingModel::Spot};
    const JobFromJson back = jobFromJson(jobToJson(job, selection));
    ASSERT_TRUE(back.error.isEmpty()) << back.error.toStdString();
    EXPECT_EQ(back.job, job);
    EXPECT_EQ(back.selection.gpuModel, selection.gpuModel);
    EXPECT_EQ(back.selection.provider, selection.provider);
    EXPECT_EQ(back.selection.pricing, selection.pricing);

    JobSpec hours;
    hours.work = JobSpec::Work::GpuHours;
    hours.gpuHours = 184'320;
    hours.gpuHoursMeasuredOn = u"A100 SXM 80GB"_s;
    const JobFromJson hoursBack = jobFromJson(jobToJson(hours, {}));
    EXPECT_EQ(hoursBack.job.work, JobSpec::Work::GpuHours);
    EXPECT_DOUBLE_EQ(hoursBack.job.gpuHours, 184'320);
    EXPECT_EQ(hoursBack.job.gpuHoursMeasuredOn, u"A100 SXM 80GB"_s);
    EXPECT_FALSE(hoursBack.job.mfu);

    QJsonObject wrong = jobToJson(job, selection);
    wrong[u"gpus"_s] = u"many"_s;
    EXPECT_TRUE(jobFromJson(wrong).error.contains(u"gpus"_s));
}

TEST(JobPresets, PublishedRunsReproduceTheirReportedFigures)
{
    const QList<JobPreset> &presets = jobPresets();
    ASSERT_EQ(presets.size(), 5);
    for (const JobPreset &preset : presets) {
        EXPECT_FALSE(preset.source.isEmpty()) << preset.name.toStdString();
        JobSpec job;
        preset.applyTo(job);
        EXPECT_TRUE(checkJob(job).ok()) << preset.name.toStdString();
        const EstimateRun run = hypothetical(job, preset.gpuModel, 2.0);
        ASSERT_EQ(run.estimates.size(), 1) << preset.name.toStdString();
        const double hours = run.estimates.first().gpuHours;
        if (preset.name.startsWith(u"LLaMA-65B"_s))
            expectWithin(hours, 1'022'362, 0.01);
        if (preset.name.startsWith(u"Llama 2 70B"_s))
            expectWithin(hours, 1'720'320, 1e-9);
        if (preset.name.startsWith(u"MPT-7B"_s))
            expectWithin(run.estimates.first().wallDays, 9.5, 0.01);
    }
}

TEST(CheapestPerProvider, KeepsEachProvidersCheapestOfferOfTheGpuAndPricingCheapestFirst)
{
    const auto row = [](const char *provider, const char *gpu, gpucompare::PricingModel pricing,
                        double perGpu) {
        gpucompare::OfferRow r;
        r.provider = QString::fromLatin1(provider);
        r.gpuModel = QString::fromLatin1(gpu);
        r.pricing = pricing;
        r.usdPerGpuHour = perGpu;
        return r;
    };
    using gpucompare::PricingModel;
    const QList<gpucompare::OfferRow> rows = {
        row("AWS", "H100", PricingModel::OnDemand, 6.88),
        row("AWS", "H100", PricingModel::OnDemand, 3.93),
        row("Lambda", "H100", PricingModel::OnDemand, 2.99),
        row("Lambda", "H100", PricingModel::Spot, 1.10),     // another pricing
        row("Vast.ai", "A100", PricingModel::OnDemand, 0.9), // another GPU
        row("Free", "H100", PricingModel::OnDemand, 0),      // unpriced
    };
    const auto cheapest =
        gpucompare::cheapestOfferPerProvider(rows, u"H100"_s, PricingModel::OnDemand);
    ASSERT_EQ(cheapest.size(), 2);
    EXPECT_EQ(cheapest[0].provider, u"Lambda"_s);
    EXPECT_EQ(cheapest[1].provider, u"AWS"_s);
    EXPECT_DOUBLE_EQ(cheapest[1].usdPerGpuHour, 3.93);

    const auto first = gpucompare::firstOfEachProvider(
        rows, [](const gpucompare::OfferRow &r) { return r.provider; });
    ASSERT_EQ(first.size(), 4);
    EXPECT_DOUBLE_EQ(first[0]->usdPerGpuHour, 6.88) << "the first of AWS in list order";
}

TEST(PriceHistory,
     EachProvidersCheapestKnownPriceStepsAtEveryObservationAndStopsWhereItsKnowledgeEnds)
{
    using gpucompare::cheapestByProviderOverTime;
    using gpucompare::HistoryObservation;
    const auto obs = [](qint64 offer, const char *provider, const char *date, double usd,
                        const char *confirmed = "") {
        HistoryObservation h;
        h.offerId = offer;
        h.provider = QString::fromLatin1(provider);
        h.gpuModel = u"H100 SXM 80GB"_s;
        h.observed = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
        h.confirmed = QDate::fromString(QString::fromLatin1(confirmed), Qt::ISODate);
        h.usdPerGpuHour = usd;
        return h;
    };
    QList<HistoryObservation> all = {
        obs(1, "Lambda", "2026-01-01", 3.0),
        obs(2, "Lambda", "2026-02-01", 2.5),               // a second offer, cheaper
        obs(1, "Lambda", "2026-03-01", 2.0, "2026-04-01"), // the first one drops below it
        obs(3, "AWS", "2026-01-15", 6.9),
        obs(4, "AWS", "", 1.0), // undated: no place on a time axis
    };
    HistoryObservation spot = obs(5, "AWS", "2026-01-15", 1.5);
    spot.pricing = gpucompare::PricingModel::Spot;
    all.append(spot);
    const auto histories =
        cheapestByProviderOverTime(all, u"H100 SXM 80GB"_s, gpucompare::PricingModel::OnDemand);
    ASSERT_EQ(histories.size(), 2);
    EXPECT_EQ(histories[0].provider, u"Lambda"_s) << "cheapest now first";
    // Each price holds on the day it was seen, and up to its confirmation: a line never
    // carries a price to a date nobody saw it on.
    const auto &lambda = histories[0].spans;
    ASSERT_EQ(lambda.size(), 3);
    using Steps = QList<std::pair<QDate, double>>;
    EXPECT_EQ(lambda[0].steps, (Steps{{QDate(2026, 1, 1), 3.0}}));
    EXPECT_EQ(lambda[0].end, QDate(2026, 1, 1));
    EXPECT_EQ(lambda[1].steps, (Steps{{QDate(2026, 2, 1), 2.5}}));
    EXPECT_EQ(lambda[2].steps, (Steps{{QDate(2026, 3, 1), 2.0}}));
    EXPECT_EQ(lambda[2].end, QDate(2026, 4, 1)) << "runs on to the confirmation";
    ASSERT_EQ(histories[1].spans.size(), 1);
    ASSERT_EQ(histories[1].spans[0].steps.size(), 1);
    EXPECT_DOUBLE_EQ(histories[1].latestUsd(), 6.9) << "spot and undated left out";
}

TEST(PriceHistory, AProvidersOldQuoteIsNeverCarriedForwardToAnotherOffersLaterDate)
{
    // The bug: Vast.ai's 2025 quote of $1.80 drawn as a flat line to 2026-10, where another
    // Vast offer was next observed.
    using gpucompare::HistoryObservation;
    const auto obs = [](qint64 offer, QDate observed, double usd, QDate confirmed = {}) {
        HistoryObservation h;
        h.offerId = offer;
        h.provider = u"Vast.ai"_s;
        h.gpuModel = u"H100 SXM 80GB"_s;
        h.observed = observed;
        h.confirmed = confirmed;
        h.usdPerGpuHour = usd;
        return h;
    };
    const QList<HistoryObservation> all = {
        obs(1, QDate(2025, 5, 29), 1.80), obs(2, QDate(2026, 10, 1), 2.40, QDate(2026, 11, 1)),
        obs(3, QDate(2026, 10, 15), 2.10), // a third offer, cheaper on one day
        obs(2, QDate(2026, 10, 20), 2.60), // offer 2's next price ends its first early
    };
    const auto histories = gpucompare::cheapestByProviderOverTime(
        all, u"H100 SXM 80GB"_s, gpucompare::PricingModel::OnDemand);
    ASSERT_EQ(histories.size(), 1);
    const auto &spans = histories[0].spans;
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0].end, QDate(2025, 5, 29)) << "the quote stops where it was seen";
    using Steps = QList<std::pair<QDate, double>>;
    EXPECT_EQ(spans[1].steps, (Steps{{QDate(2026, 10, 1), 2.40},
                                     {QDate(2026, 10, 15), 2.10},
                                     {QDate(2026, 10, 16), 2.40},
                                     {QDate(2026, 10, 20), 2.60}}));
    EXPECT_EQ(spans[1].end, QDate(2026, 10, 20)) << "not to the first price's confirmation";
}

TEST(CostModel, ManyOffersComeOutCheapestFirstTiesInTheirOrderEachOnce)
{
    // Scrambled offers with many equal totals: a stable order, every estimate placed once
    // and still its own offer's (the estimates move by swaps, InPlaceOrder.h).
    QList<OfferRow> rows;
    for (int i = 0; i < 997; ++i) {
        const qint64 id = (i * 389) % 997 + 1;
        OfferRow r = offer(id, u"P%1"_s.arg(id % 7), u"H100 SXM 80GB"_s, 8,
                           8 * (1.0 + double((id * 31) % 13) / 4));
        r.instanceType = u"machine-%1"_s.arg(id);
        rows << r;
    }
    const EstimateRun run = estimateJob(tokensJob(7e9, 1e11, 8, 0.4), rows, catalog(), {});
    ASSERT_EQ(run.estimates.size(), rows.size());
    QHash<qint64, qsizetype> inputPosition;
    for (qsizetype i = 0; i < rows.size(); ++i)
        inputPosition.insert(rows.at(i).offerId, i);
    QSet<qint64> seen;
    for (qsizetype i = 0; i < run.estimates.size(); ++i) {
        const JobEstimate &e = run.estimates.at(i);
        seen.insert(e.offerId);
        EXPECT_EQ(e.instanceType, u"machine-%1"_s.arg(e.offerId));
        if (i == 0)
            continue;
        const JobEstimate &before = run.estimates.at(i - 1);
        ASSERT_LE(before.totalUsd, e.totalUsd) << i;
        if (before.totalUsd == e.totalUsd) {
            EXPECT_LT(inputPosition.value(before.offerId), inputPosition.value(e.offerId)) << i;
        }
    }
    EXPECT_EQ(seen.size(), rows.size());
}

TEST(CostModel, AHeadlineNeverNamesAnOfferTheJobDoesNotFitOn)
{
    // 70B parameters on 8 GPUs: 140 GB of model state per GPU. The 80 GB offers do not fit,
    // however cheap; the headline says how many GPUs would.
    const QList<OfferRow> rows = {offer(1, u"Cheap"_s, u"A100 SXM 80GB"_s, 8, 8.0),
                                  offer(2, u"Dear"_s, u"H100 SXM 80GB"_s, 8, 80.0)};
    JobSpec job = tokensJob(70e9, 2e12, 8, 0.4);
    EstimateRun run = estimateJob(job, rows, catalog(), {});
    ASSERT_EQ(run.estimates.size(), 2);
    EXPECT_EQ(run.cheapest(), nullptr);
    EXPECT_FALSE(run.anyFits());
    ASSERT_TRUE(run.gpusNeeded.has_value());
    EXPECT_EQ(*run.gpusNeeded, 16) << "1,120 GB over 80 GB GPUs: 14, so 16 on the ladder";
    const QString summary = estimateSummary(run, job);
    EXPECT_TRUE(summary.startsWith(u"No offer fits on 8 GPUs: needs at least 16"_s))
        << summary.toStdString();
    EXPECT_FALSE(summary.contains(u"Cheapest"_s));

    // On 16 GPUs both fit and the cheaper is named; an offer that does not fit (a 40 GB part)
    // comes after every one that does, however cheap.
    job.gpus = 16;
    const QList<OfferRow> mixed =
        rows + QList<OfferRow>{offer(3, u"Small"_s, u"A100 SXM 40GB"_s, 8, 1.0)};
    run = estimateJob(job, mixed, catalog(), {});
    ASSERT_EQ(run.estimates.size(), 3);
    ASSERT_NE(run.cheapest(), nullptr);
    EXPECT_EQ(run.cheapest()->provider, u"Cheap"_s);
    EXPECT_EQ(run.estimates.last().provider, u"Small"_s);
    EXPECT_FALSE(run.gpusNeeded.has_value());

    // Beyond 16,384 GPUs of the largest part: the headline says so instead of a count.
    job.parameters = 1e15;
    run = estimateJob(job, rows, catalog(), {});
    EXPECT_FALSE(run.gpusNeeded.has_value());
    EXPECT_TRUE(estimateSummary(run, job).contains(u"more than 16,384"_s))
        << estimateSummary(run, job).toStdString();
}

TEST(CostModel, OffersLeftOutAreListedByGpuWithTheirReason)
{
    const QList<OfferRow> rows = {
        offer(1, u"A"_s, u"GH200 96GB"_s, 1, 3.0), offer(2, u"B"_s, u"GH200 96GB"_s, 1, 3.5),
        offer(3, u"C"_s, u"A100 SXM 80GB"_s, 1, 0), offer(4, u"D"_s, u"A100 SXM 80GB"_s, 8, 16)};
    const EstimateRun run = estimateJob(tokensJob(7e9, 1e11, 8, 0.4), rows, catalog(), {});
    ASSERT_EQ(run.leftOut.size(), 2);
    EXPECT_EQ(run.leftOut.first().gpuModel, u"GH200 96GB"_s);
    EXPECT_EQ(run.leftOut.first().offers, 2);
    EXPECT_TRUE(run.leftOut.first().reason.contains(u"no dense BF16 peak"_s))
        << run.leftOut.first().reason.toStdString();
    EXPECT_TRUE(run.leftOut.last().gpuModel.isEmpty());
    EXPECT_EQ(run.leftOut.last().reason, u"no price"_s);
}

TEST(JobPresets, APresetSetsTheFewestGpusTheJobFitsOn)
{
    // 8, 16, 32, ... up to 16,384: the fewest whose memory holds 16 bytes per parameter.
    EXPECT_EQ(fewestTrainingGpus(7e9, 80), 8);
    EXPECT_EQ(fewestTrainingGpus(70e9, 80), 16);
    EXPECT_EQ(fewestTrainingGpus(174.6e9, 32), 128);
    EXPECT_EQ(fewestTrainingGpus(70e9, 192), 8);
    EXPECT_FALSE(fewestTrainingGpus(1e15, 80).has_value());
    for (const JobPreset &preset : jobPresets()) {
        const GpuModel *on = gpuNamed(preset.gpuModel);
        ASSERT_NE(on, nullptr) << preset.name.toStdString();
        const int gpus = preset.gpusOn(on);
        if (preset.gpus) {
            EXPECT_EQ(gpus, *preset.gpus) << "a published count is kept";
        } else {
            EXPECT_TRUE(trainingStateFits(preset.parameters, gpus, *on->memoryGb))
                << preset.name.toStdString();
            EXPECT_FALSE(gpus > 8 && trainingStateFits(preset.parameters, gpus / 2, *on->memoryGb))
                << preset.name.toStdString() << " on " << gpus << " GPUs: half would fit";
        }
    }
    // Every GPU model chosen: sized on the offered one with the most memory.
    const QList<GpuModel> gpus = catalog();
    EXPECT_EQ(largestMemoryGpu(gpus)->name, u"GH200 96GB"_s);
    EXPECT_EQ(largestMemoryGpu(gpus, {u"V100 16GB"_s, u"A100 SXM 40GB"_s})->name,
              u"A100 SXM 40GB"_s);
}
