// The serving presets, the vLLM result reader and the train-then-serve plan, against figures
// worked out by hand.

#include "ServePlan.h"

#include "ServePresets.h"
#include "VllmBenchmark.h"

#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

TEST(ServePresets, EveryPresetHasAFullShapeAndASource)
{
    ASSERT_EQ(servePresets().size(), 7);
    for (const ServePreset &p : servePresets()) {
        SCOPED_TRACE(p.name.toStdString());
        EXPECT_GT(p.parameters, 1e9);
        EXPECT_GT(p.layers, 0);
        EXPECT_GT(p.kvHeads, 0);
        EXPECT_EQ(p.headDim, 128);
        EXPECT_GE(p.maxContext, 4096);
        EXPECT_GT(p.source.size(), 40);
        ServeSpec spec;
        p.applyTo(spec);
        EXPECT_TRUE(checkServe(spec).isEmpty());
    }
}

TEST(ServePresets, Llama2_70BHasGroupedQueryAttentionAndItsContextCutsLongerOnes)
{
    const ServePreset &p = servePresets().at(2);
    ASSERT_EQ(p.name, u"Llama 2 70B"_s);
    ServeSpec spec;
    spec.contextTokens = 32768;
    spec.batch = 7;
    p.applyTo(spec);
    EXPECT_EQ(spec.parameters, 70e9);
    EXPECT_FALSE(spec.totalParameters);
    EXPECT_EQ(spec.layers, 80);
    EXPECT_EQ(spec.kvHeads, 8);
    EXPECT_EQ(spec.contextTokens, 4096); // its released context
    EXPECT_EQ(spec.batch, 7);            // kept
    // 2 × 80 × 8 × 128 × 2 bytes = 327,680 bytes of KV cache per token.
    EXPECT_DOUBLE_EQ(kvBytesPerToken(spec), 327680);
}

TEST(ServePresets, MixtralHoldsAllExpertsButComputesWithTwo)
{
    const ServePreset &p = servePresets().last();
    ASSERT_EQ(p.name, u"Mixtral 8x7B"_s);
    ServeSpec spec;
    spec.totalParameters = 1; // replaced
    p.applyTo(spec);
    EXPECT_EQ(spec.parameters, 12.9e9);
    ASSERT_TRUE(spec.totalParameters);
    EXPECT_EQ(*spec.totalParameters, 46.7e9);
    EXPECT_DOUBLE_EQ(weightBytes(spec), 93.4e9); // 46.7B × 2 bytes
    EXPECT_EQ(spec.contextTokens, 4096);         // under its 32k: kept
    servePresets().front().applyTo(spec);
    EXPECT_FALSE(spec.totalParameters); // a dense preset after it clears the total
}

TEST(VllmBenchmark, ReadsThroughputModelAndRunFromASavedResult)
{
    const QByteArray json = R"({"date": "20250610-101500", "backend": "vllm",
        "model_id": "meta-llama/Llama-2-70b-hf", "num_prompts": 1000,
        "request_rate": "inf", "max_concurrency": 64, "duration": 812.4,
        "completed": 1000, "total_input_tokens": 215196, "total_output_tokens": 198343,
        "request_throughput": 1.23, "output_throughput": 1234.5,
        "total_token_throughput": 2499.9, "mean_tpot_ms": 41.2,
        "input_lens": [1, 2], "errors": ["", ""]})";
    const auto read = VllmBenchmarkReader::read(json, u"run.json"_s);
    ASSERT_TRUE(read.benchmark) << read.error.toString().toStdString();
    EXPECT_DOUBLE_EQ(read.benchmark->outputTokensPerSecond, 1234.5);
    EXPECT_EQ(read.benchmark->modelId, u"meta-llama/Llama-2-70b-hf"_s);
    EXPECT_EQ(read.benchmark->completed, 1000);
    EXPECT_EQ(read.benchmark->maxConcurrency, 64);
    EXPECT_EQ(read.benchmark->description(),
              u"1,235 tokens/s, meta-llama/Llama-2-70b-hf, 1,000 requests over 812 s, at most "
              "64 at once (vLLM, 20250610-101500)"_s);
}

TEST(VllmBenchmark, NullConcurrencyAndMissingOptionalFieldsAreFine)
{
    const auto read = VllmBenchmarkReader::read(
        R"({"output_throughput": 50, "max_concurrency": null})", u"a.json"_s);
    ASSERT_TRUE(read.benchmark);
    EXPECT_FALSE(read.benchmark->maxConcurrency);
    EXPECT_EQ(read.benchmark->description(), u"50 tokens/s (vLLM)"_s);
}

TEST(VllmBenchmark, WrongFilesSayWhatIsWrongAndWhere)
{
    auto error = [](const QByteArray &bytes) {
        const auto read = VllmBenchmarkReader::read(bytes, u"r.json"_s);
        EXPECT_FALSE(read.benchmark);
        return read.error.toString();
    };
    EXPECT_EQ(error(""), u"r.json: is empty"_s);
    EXPECT_TRUE(error("{\n \"output_throughput\": 1,,\n}").startsWith(u"r.json, line 2, column"_s));
    EXPECT_TRUE(error(R"({"format": "gpucompare-pricebook"})").contains(u"output_throughput"_s));
    EXPECT_TRUE(error("[1, 2]").contains(u"not a vLLM serving benchmark result"_s));
    EXPECT_TRUE(error(R"({"output_throughput": 0})").contains(u"above 0"_s));
    EXPECT_TRUE(error(R"({"output_throughput": "fast"})").contains(u"output_throughput"_s));
    // Truncated mid-file, as a copy cut short would be.
    EXPECT_TRUE(
        error(R"({"output_throughput": 12.5, "model_id": "x)").contains(u"not valid JSON"_s));
}

TEST(ServePlan, OneReplicaAroundTheClockRentsWholeMachines)
{
    // 4 GPUs on 8-GPU machines rent one machine: 8 × $2 = $16 an hour, 4 GPUs idle.
    const ReplicaCost machine = priceReplicas(4, 1, 8, false, 2);
    EXPECT_EQ(machine.machines, 1);
    EXPECT_EQ(machine.gpusRented, 8);
    EXPECT_EQ(machine.idleGpus, 4);
    EXPECT_DOUBLE_EQ(machine.usdPerHour, 16);
    // A per-GPU rate rents the 4 GPUs: $8 an hour.
    const ReplicaCost rate = priceReplicas(4, 1, 8, true, 2);
    EXPECT_EQ(rate.machines, 0);
    EXPECT_EQ(rate.idleGpus, 0);
    EXPECT_DOUBLE_EQ(rate.usdPerHour, 8);
    // Two replicas fill the machine: nothing idle.
    EXPECT_EQ(priceReplicas(4, 2, 8, false, 2).idleGpus, 0);
    // Five replicas of 3 GPUs: two per 8-GPU machine, three machines, 9 GPUs idle.
    const ReplicaCost five = priceReplicas(3, 5, 8, false, 1);
    EXPECT_EQ(five.machines, 3);
    EXPECT_EQ(five.idleGpus, 9);
    // Across machines (--multi-node): 16 GPUs on 8-GPU machines take two each.
    EXPECT_EQ(priceReplicas(16, 3, 8, false, 1).machines, 6);
    EXPECT_TRUE(idleGpusNote(rate, 4, 1, 8).isEmpty());
    EXPECT_EQ(idleGpusNote(machine, 4, 1, 8),
              u"4 of the 8 GPUs rented sit idle (one 8-GPU machine carries one replica of 4 "
              "GPUs): counted in the price"_s);
    EXPECT_EQ(idleGpusNote(five, 3, 5, 8),
              u"9 of the 24 GPUs rented sit idle (3 machines of 8 GPUs carry 5 replicas of 3 "
              "GPUs): counted in the price"_s);

    // The Plan's month is the estimate's hour: the Serving tab and the Plan agree.
    ServeEstimate e;
    e.usdPerHour = machine.usdPerHour;
    EXPECT_DOUBLE_EQ(monthlyServingUsd(e), 16 * 730.5);
}

TEST(ServePlan, TrainingPlusMonthsOfServingPlusMovingTheWeightsOnce)
{
    PlanInputs in;
    in.trainingUsd = 100000;
    in.trainingProvider = u"Lambda"_s;
    in.servingMonthlyUsd = 11688;
    in.servingProvider = u"AWS"_s;
    in.months = 6;
    in.weightBytes = 140e9; // 70B in bf16
    PlanCost unpriced = planCost(in);
    EXPECT_DOUBLE_EQ(unpriced.servingUsd, 70128);
    EXPECT_FALSE(unpriced.egressPriced);
    EXPECT_EQ(unpriced.egressUsd, 0);
    EXPECT_TRUE(unpriced.egressNote.contains(u"140.0 GB"_s));
    EXPECT_TRUE(unpriced.egressNote.contains(u"Lambda"_s));

    in.egressUsdPerGb = 0.09; // 140 GB × $0.09 = $12.60
    const PlanCost priced = planCost(in);
    EXPECT_TRUE(priced.egressPriced);
    EXPECT_NEAR(priced.egressUsd, 12.6, 1e-9);
    EXPECT_NEAR(priced.totalUsd(), 100000 + 70128 + 12.6, 1e-6);

    in.servingProvider = u"lambda"_s; // same provider: nothing moves out
    const PlanCost same = planCost(in);
    EXPECT_TRUE(same.egressPriced);
    EXPECT_EQ(same.egressUsd, 0);
    EXPECT_TRUE(same.egressNote.contains(u"one provider"_s));
}

TEST(ServePlan, EgressIsPricedTierByTierAfterTheFreeAllowanceAndNeverPastTheLastTier)
{
    auto tier = [](double from, std::optional<double> to, double usd, double free) {
        EgressPrice e;
        e.provider = u"Cloud"_s;
        e.fromGb = from;
        e.toGb = to;
        e.usdPerGb = *Money::fromDollars(usd);
        e.freeGbPerMonth = free;
        e.sourceUrl = u"https://example.com/egress"_s;
        e.observedOn = u"2026-11-01"_s;
        return e;
    };
    const QList<EgressPrice> tiers = {tier(10240, 51200, 0.085, 100), tier(0, 10240, 0.09, 100),
                                      tier(51200, std::nullopt, 0.07, 100)};
    EgressQuote q = egressCost(tiers, u"cloud"_s, 140);
    EXPECT_TRUE(q.priced);
    EXPECT_NEAR(q.usd, 40 * 0.09, 1e-9);
    EXPECT_TRUE(q.how.contains(u"example.com"_s) && q.how.contains(u"2026-11-01"_s))
        << q.how.toStdString();
    q = egressCost(tiers, u"Cloud"_s, 20'000);
    EXPECT_NEAR(q.usd, (10240 - 100) * 0.09 + (20'000 - 10240) * 0.085, 1e-6);
    EXPECT_NEAR(egressCost(tiers, u"Cloud"_s, 50).usd, 0, 1e-12) << "within the free allowance";
    EXPECT_TRUE(egressCost(tiers, u"Cloud"_s, 50).priced);

    // A last tier with an end: what lies beyond is not priced, not guessed.
    const QList<EgressPrice> capped = {tier(0, 10240, 0, 10240)};
    EXPECT_TRUE(egressCost(capped, u"Cloud"_s, 5000).priced);
    EXPECT_FALSE(egressCost(capped, u"Cloud"_s, 20'000).priced);
    EXPECT_FALSE(egressCost(tiers, u"Elsewhere"_s, 140).priced);

    PlanInputs in;
    in.trainingProvider = u"Cloud"_s;
    in.servingProvider = u"Other"_s;
    in.weightBytes = 140e9;
    in.egressPrices = tiers;
    EXPECT_NEAR(planCost(in).egressUsd, 3.6, 1e-9);
    in.egressUsdPerGb = 0.01; // a negotiated price wins
    EXPECT_NEAR(planCost(in).egressUsd, 1.4, 1e-9);
}
