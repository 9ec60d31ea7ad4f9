// The serving model against cases computed by hand (the arithmetic is in the comments).

#include "ServingModel.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

GpuModel h100()
{
    GpuModel g;
    g.name = u"H100 SXM 80GB"_s;
    g.memoryGb = 80;
    g.bandwidthGbps = 3350;
    g.bf16Tflops = 989.4;
    g.fp8Tflops = 1978.9;
    return g;
}

OfferRow offer(qint64 id, const QString &provider, double usdPerGpuHour, int gpusPerInstance = 8)
{
    OfferRow r;
    r.offerId = id;
    r.provider = provider;
    r.gpuModel = u"H100 SXM 80GB"_s;
    r.instanceType = u"machine-%1"_s.arg(id);
    r.gpusPerInstance = gpusPerInstance;
    r.usdPerInstanceHour = *Money::fromDollars(usdPerGpuHour * gpusPerInstance);
    r.usdPerGpuHour = usdPerGpuHour;
    r.region = u"us-east-1"_s;
    return r;
}

/// Llama 2 7B's shape (32 layers, 32 KV heads of 128), 7e9 parameters for round numbers.
ServeSpec llama7b()
{
    ServeSpec s;
    s.parameters = 7e9;
    s.layers = 32;
    s.kvHeads = 32;
    s.headDim = 128;
    s.contextTokens = 4096;
    s.batch = 16;
    return s;
}

CostInputs book(QList<OfferRow> rows)
{
    CostInputs inputs;
    inputs.gpus = {h100()};
    inputs.rows = std::move(rows);
    return inputs;
}

} // namespace

TEST(ServingModel, AMemoryBoundDecodeStep)
{
    const ServeSpec spec = llama7b();
    // KV per token: 2 x 32 layers x 32 heads x 128 x 2 bytes = 524,288 bytes.
    EXPECT_DOUBLE_EQ(kvBytesPerToken(spec), 524'288);
    EXPECT_DOUBLE_EQ(weightBytes(spec), 14e9);
    const ServeRun run = estimateServing(spec, book({offer(1, u"Lambda"_s, 2.0)}));
    ASSERT_EQ(run.estimates.size(), 1);
    const ServeEstimate &e = run.estimates.first();
    // Weights 14e9 + KV 524,288 x 4,096 x 16 = 34.36e9: 48.36 GB, one GPU holds 72 GB.
    EXPECT_EQ(e.gpus, 1);
    EXPECT_TRUE(e.fitsInMemory);
    EXPECT_NEAR(e.memoryNeededGb, 48.3597, 1e-3);
    // Memory 48.36e9 / (3,350e9 x 0.8) = 18.045 ms against compute 2 x 7e9 x 16 /
    // (989.4e12 x 0.5) = 0.453 ms: memory-bound, 16 / 18.045 ms = 886.69 tokens/s.
    EXPECT_TRUE(e.memoryBound);
    EXPECT_NEAR(e.stepMs, 18.0447, 1e-3);
    EXPECT_NEAR(e.tokensPerSecond, 886.688, 1e-2);
    // One replica of one GPU on an 8-GPU machine rents the machine: 7 GPUs sit idle and are
    // paid for, $16.00 an hour; $16.00 / (886.69 x 3,600) x 1e6 = $5.0124 per million tokens.
    EXPECT_EQ(e.machines, 1);
    EXPECT_EQ(e.gpusRented, 8);
    EXPECT_EQ(e.idleGpus, 7);
    EXPECT_DOUBLE_EQ(e.usdPerHour, 16.0);
    EXPECT_NEAR(e.usdPerMillionTokens, 5.01242, 1e-4);
    EXPECT_TRUE(e.notes.join(u' ').contains(u"7 of the 8 GPUs rented sit idle"_s))
        << e.notes.join(u' ').toStdString();
    EXPECT_FALSE(e.replicas);
    // On a one-GPU machine nothing is idle: $2.00 an hour, $0.6266 per million tokens.
    const ServeRun single = estimateServing(spec, book({offer(1, u"Lambda"_s, 2.0, 1)}));
    EXPECT_EQ(single.estimates.first().idleGpus, 0);
    EXPECT_NEAR(single.estimates.first().usdPerMillionTokens, 0.62655, 1e-4);
}

TEST(ServingModel, AComputeBoundStepWithGroupedQueryAttention)
{
    ServeSpec spec = llama7b();
    spec.kvHeads = 8;
    spec.contextTokens = 128;
    spec.batch = 256;
    const ServeRun run = estimateServing(spec, book({offer(1, u"Lambda"_s, 2.0)}));
    ASSERT_EQ(run.estimates.size(), 1);
    const ServeEstimate &e = run.estimates.first();
    // Memory (14e9 + 131,072 x 128 x 256) / 2,680e9 = 6.826 ms; compute 2 x 7e9 x 256 /
    // 494.7e12 = 7.245 ms: compute-bound, 256 / 7.245 ms = 35,336 tokens/s.
    EXPECT_FALSE(e.memoryBound);
    EXPECT_NEAR(e.stepMs, 7.2448, 1e-3);
    EXPECT_NEAR(e.tokensPerSecond, 35'335.7, 0.5);
}

TEST(ServingModel, AModelThatDoesNotFitTakesMoreGpusOrSaysSo)
{
    ServeSpec spec = llama7b();
    spec.parameters = 70e9; // 140 GB of bf16 weights
    spec.kvHeads = 8;
    // Auto: the fewest of 1, 2, 4, ... that hold 140e9 + 8.59e9 bytes: 72 GB each -> 4 GPUs.
    ServeRun run = estimateServing(spec, book({offer(1, u"Lambda"_s, 2.0)}));
    ASSERT_EQ(run.estimates.size(), 1);
    EXPECT_EQ(run.estimates.first().gpus, 4);
    EXPECT_TRUE(run.estimates.first().fitsInMemory);
    EXPECT_NEAR(run.estimates.first().memoryAvailableGb, 288, 1e-9);
    // Forced onto one GPU it does not fit, and sorts after an offer where it does.
    spec.gpus = 1;
    run = estimateServing(spec, book({offer(1, u"Lambda"_s, 2.0)}));
    EXPECT_FALSE(run.estimates.first().fitsInMemory);
    EXPECT_NEAR(run.estimates.first().memoryNeededGb, 148.59, 0.01);
}

TEST(ServingModel, Int4WeightsAreHalfABytePerParameterAndComputeAt16Bits)
{
    ServeSpec spec = llama7b();
    spec.parameters = 70e9;
    spec.precision = WeightPrecision::Int4;
    EXPECT_DOUBLE_EQ(weightBytes(spec), 35e9);
    spec.batch = 1;
    spec.contextTokens = 1;
    const ServeRun run = estimateServing(spec, book({offer(1, u"Lambda"_s, 2.0)}));
    ASSERT_EQ(run.estimates.size(), 1);
    // (35e9 + 524,288) / 2,680e9 = 13.06 ms; compute 1.4e11 / 494.7e12 = 0.28 ms.
    EXPECT_NEAR(run.estimates.first().stepMs, 13.0599, 1e-3);
    EXPECT_EQ(run.estimates.first().gpus, 1);
    // A mixture of experts holds all its weights but computes with the active ones.
    ServeSpec mixtral = llama7b();
    mixtral.parameters = 12.9e9;
    mixtral.totalParameters = 46.7e9;
    EXPECT_DOUBLE_EQ(weightBytes(mixtral), 93.4e9);
}

TEST(ServingModel, TrafficNeedsWholeReplicasOnWholeInstancesAndAMeasurementReplacesTheEstimate)
{
    ServeSpec spec = llama7b();
    spec.tokensPerMonth = 1e9; // 1e9 / (730.5 x 3,600) = 380.26 tokens/s
    ServeRun run = estimateServing(spec, book({offer(1, u"Lambda"_s, 2.0, 8)}));
    const ServeEstimate &e = run.estimates.first();
    EXPECT_EQ(e.replicas, 1);
    EXPECT_EQ(e.instances, 1);
    EXPECT_NEAR(*e.monthlyCostUsd, 8 * 2.0 * 730.5, 1e-6) << "a whole 8-GPU machine";

    // Measured 100 tokens/s: four replicas of one GPU, still one machine.
    spec.measuredTokensPerSecond = 100;
    run = estimateServing(spec, book({offer(1, u"Lambda"_s, 2.0, 8)}));
    EXPECT_TRUE(run.estimates.first().measured);
    EXPECT_EQ(run.estimates.first().replicas, 4);
    EXPECT_EQ(run.estimates.first().instances, 1);
    // The machine's 8 GPUs for 4 replicas' 400 tokens/s: half of it idle, counted.
    EXPECT_EQ(run.estimates.first().idleGpus, 4);
    EXPECT_NEAR(run.estimates.first().usdPerMillionTokens, 16.0 / (400 * 3600) * 1e6, 1e-9);
    // 1e10 tokens a month: 3,803 tokens/s, 39 one-GPU replicas, five 8-GPU machines.
    spec.tokensPerMonth = 1e10;
    run = estimateServing(spec, book({offer(1, u"Lambda"_s, 2.0, 8)}));
    EXPECT_EQ(run.estimates.first().replicas, 39);
    EXPECT_EQ(run.estimates.first().instances, 5);
}

TEST(ServingModel, OffersSortCheapestPerTokenAndGpusWithoutBandwidthAreLeftOutAndCounted)
{
    CostInputs inputs = book({offer(1, u"AWS"_s, 3.0), offer(2, u"Lambda"_s, 2.0)});
    GpuModel unknown;
    unknown.name = u"Mystery 24GB"_s;
    unknown.memoryGb = 24;
    inputs.gpus.append(unknown);
    OfferRow mystery = offer(3, u"Somewhere"_s, 0.5);
    mystery.gpuModel = unknown.name;
    inputs.rows.append(mystery);
    const ServeRun run = estimateServing(llama7b(), inputs);
    ASSERT_EQ(run.estimates.size(), 2);
    EXPECT_EQ(run.estimates.at(0).provider, u"Lambda"_s);
    EXPECT_EQ(run.estimates.at(1).provider, u"AWS"_s);
    ASSERT_EQ(run.notes.size(), 1);
    EXPECT_TRUE(run.notes.first().contains(u"no memory bandwidth for Mystery 24GB"_s));

    OfferSelection hypothetical;
    hypothetical.gpuModel = u"H100 SXM 80GB"_s;
    hypothetical.hypotheticalUsdPerGpuHour = 1.0;
    const ServeRun custom = estimateServing(llama7b(), inputs, hypothetical);
    ASSERT_EQ(custom.estimates.size(), 1);
    EXPECT_EQ(custom.estimates.first().provider, u"custom"_s);
}

TEST(ServingModel, InvalidInputsNameTheOptionAndItsRange)
{
    ServeSpec spec = llama7b();
    EXPECT_TRUE(checkServe(spec).isEmpty());
    spec.batch = 0;
    spec.bandwidthEfficiency = 1.5;
    const QList<ServeField> errors = checkServe(spec);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).field, u"batch"_s);
    EXPECT_EQ(errors.at(0).message, u"must be from 1 and at most 100000 (got 0)"_s);
    EXPECT_EQ(errors.at(1).field, u"bandwidth-efficiency"_s);
    EXPECT_EQ(weightPrecisionFromToken(u"INT8"_s), WeightPrecision::Int8);
    EXPECT_FALSE(weightPrecisionFromToken(u"fp4"_s));
}

TEST(ServingModel, ManyOffersComeOutCheapestFirstTiesByOfferEachOnce)
{
    // Offers in a scrambled order with many equal prices: the estimates are placed by swaps
    // along the sort's cycles (InPlaceOrder.h), which must neither lose nor repeat one.
    QList<OfferRow> rows;
    for (int i = 0; i < 997; ++i) {
        const qint64 id = (i * 389) % 997 + 1; // every id 1..997 once, scrambled
        rows << offer(id, u"P%1"_s.arg(id % 7), 1.0 + double((id * 31) % 13) / 4);
    }
    const ServeRun run = estimateServing(llama7b(), book(rows));
    ASSERT_EQ(run.estimates.size(), rows.size());
    QSet<qint64> seen;
    for (qsizetype i = 0; i < run.estimates.size(); ++i) {
        const ServeEstimate &e = run.estimates.at(i);
        seen.insert(e.offerId);
        // Each estimate still belongs to its own offer after the moves.
        EXPECT_EQ(e.instanceType, u"machine-%1"_s.arg(e.offerId));
        if (i == 0)
            continue;
        const ServeEstimate &before = run.estimates.at(i - 1);
        ASSERT_LE(before.usdPerMillionTokens, e.usdPerMillionTokens) << i;
        if (before.usdPerMillionTokens == e.usdPerMillionTokens) {
            EXPECT_LT(before.offerId, e.offerId) << i;
        }
    }
    EXPECT_EQ(seen.size(), rows.size());
}

TEST(ServingModel, AReplicaFitsInOneMachineUnlessSeveralAreAllowed)
{
    // 70B in bf16 needs 140 GB: sixteen 16 GB V100s, never on one-GPU machines tensor-parallel
    // over a network (the Verda 1V100.6V of issue 28) unless the user allows it.
    ServeSpec spec;
    spec.parameters = 70e9;
    CostInputs inputs = book({offer(1, u"Verda"_s, 0.14, 1), offer(2, u"Lambda"_s, 0.9, 8)});
    GpuModel v100;
    v100.name = u"V100 16GB"_s;
    v100.memoryGb = 16;
    v100.bandwidthGbps = 900;
    v100.bf16Tflops = 125;
    v100.hasBf16 = false;
    inputs.gpus.append(v100);
    for (OfferRow &r : inputs.rows)
        r.gpuModel = v100.name;
    ServeRun run = estimateServing(spec, inputs);
    EXPECT_TRUE(run.estimates.isEmpty()) << "16 GPUs per replica: more than either machine has";
    ASSERT_EQ(run.leftOut.size(), 1);
    EXPECT_EQ(run.leftOut.first().gpuModel, v100.name);
    EXPECT_EQ(run.leftOut.first().offers, 2);
    EXPECT_TRUE(run.leftOut.first().reason.contains(u"16 GPUs in one machine"_s));

    spec.multiNode = true;
    run = estimateServing(spec, inputs);
    ASSERT_EQ(run.estimates.size(), 2);
    for (const ServeEstimate &e : run.estimates) {
        EXPECT_EQ(e.gpus, 16);
        EXPECT_EQ(e.idleGpus, 0);
        EXPECT_EQ(e.machines, e.gpusPerInstance == 1 ? 16 : 2);
        // V100 has no BF16: served at FP16, and the note says so.
        EXPECT_TRUE(e.notes.join(u' ').contains(u"served at FP16"_s))
            << e.notes.join(u' ').toStdString();
    }

    // A per-GPU rate counts as machines of 8: 16 GPUs per replica do not fit in one.
    spec.multiNode = false;
    inputs.rows = {offer(3, u"RunPod"_s, 0.2, 1)};
    inputs.rows.first().gpuModel = v100.name;
    inputs.rows.first().perGpuRate = true;
    run = estimateServing(spec, inputs);
    EXPECT_TRUE(run.estimates.isEmpty());
    spec.parameters = 30e9; // 60 GB: eight 16 GB GPUs, within the 8 a rate counts as
    run = estimateServing(spec, inputs);
    ASSERT_EQ(run.estimates.size(), 1);
    EXPECT_EQ(run.estimates.first().gpus, 8);
    EXPECT_EQ(run.estimates.first().idleGpus, 0) << "a rate rents exactly the GPUs";
    EXPECT_NEAR(run.estimates.first().usdPerHour, 8 * 0.2, 1e-12);
}

TEST(ServingModel, TrainingAndServingTakeAnOfferAlike)
{
    OfferRow row = offer(7, u"Lambda"_s, 2.0);
    row.pricing = PricingModel::Reserved;
    row.pricingTerm = u"committed use 1y"_s;
    CostInputs inputs = book({row});
    inputs.discounts.insert(u"Lambda"_s, 10);

    JobSpec job;
    job.parameters = 7e9;
    job.tokens = 1e11;
    job.gpus = 8;
    job.mfu = 0.4;
    const EstimateRun training = estimateJob(job, inputs);
    const ServeRun serving = estimateServing(llama7b(), inputs);
    ASSERT_EQ(training.estimates.size(), 1);
    ASSERT_EQ(serving.estimates.size(), 1);
    const EstimatedOffer &trained = training.estimates.first();
    const EstimatedOffer &served = serving.estimates.first();
    for (const EstimatedOffer *e : {&trained, &served}) {
        EXPECT_EQ(e->offerId, 7);
        EXPECT_EQ(e->instanceType, u"machine-7"_s);
        EXPECT_EQ(e->pricing, PricingModel::Reserved);
        EXPECT_EQ(e->pricingTerm, u"committed use 1y"_s);
        EXPECT_EQ(e->region, u"us-east-1"_s);
        EXPECT_EQ(e->gpusPerInstance, 8);
        EXPECT_DOUBLE_EQ(e->listedUsdPerGpuHour, 2.0);
        EXPECT_DOUBLE_EQ(e->discountPercent, 10);
        EXPECT_DOUBLE_EQ(e->usdPerGpuHour, 1.8) << "the provider's discount taken off";
    }
}
