// Estimating one training job over every offer of generated price books: the calculator runs
// this on each input change, `gpucompare estimate` once. Target (issue 4/8): well under a
// second, and 100 ms, at 100,000 offers.

#include "CostModel.h"
#include "EstimateReport.h"
#include "ServeReport.h"
#include "ServingModel.h"
#include "SyntheticOffers.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

using namespace gpucompare;

namespace {

JobSpec llama65b()
{
    JobSpec job;
    job.parameters = 65.2e9;
    job.tokens = 1.4e12;
    job.gpus = 2048;
    job.storageTb = 10;
    job.usdPerTbMonth = 20;
    return job;
}

void estimateEveryOffer(benchmark::State &state)
{
    CostInputs inputs;
    inputs.rows = bench::syntheticOffers(int(state.range(0)));
    inputs.gpus = bench::syntheticGpuModels();
    inputs.discounts.insert(QStringLiteral("AWS"), 15);
    const JobSpec job = llama65b();
    qsizetype estimates = 0;
    for (auto _ : state) {
        const EstimateRun run = estimateJob(job, inputs);
        estimates = run.estimates.size();
        benchmark::DoNotOptimize(run.estimates.data());
    }
    state.counters["estimates"] = double(estimates);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// The same plus writing `estimate --format json` for all of it.
void estimateAndWriteJson(benchmark::State &state)
{
    CostInputs inputs;
    inputs.rows = bench::syntheticOffers(int(state.range(0)));
    inputs.gpus = bench::syntheticGpuModels();
    const JobSpec job = llama65b();
    for (auto _ : state) {
        const EstimateRun run = estimateJob(job, inputs);
        benchmark::DoNotOptimize(EstimateReport::json(job, {}, run));
    }
}

/// One serving estimate (Llama 2 70B's shape, with traffic) over every offer; target (issue 20):
/// under 100 ms at 100,000 offers.
void serveEveryOffer(benchmark::State &state)
{
    CostInputs inputs;
    inputs.rows = bench::syntheticOffers(int(state.range(0)));
    inputs.gpus = bench::syntheticGpuModels();
    ServeSpec spec;
    spec.parameters = 70e9;
    spec.layers = 80;
    spec.kvHeads = 8;
    spec.headDim = 128;
    spec.tokensPerMonth = 1e10;
    qsizetype estimates = 0;
    for (auto _ : state) {
        const ServeRun run = estimateServing(spec, inputs);
        estimates = run.estimates.size();
        benchmark::DoNotOptimize(run.estimates.data());
    }
    state.counters["estimates"] = double(estimates);
}

/// The same plus writing `serve-estimate --format json` for all of it.
void serveAndWriteJson(benchmark::State &state)
{
    CostInputs inputs;
    inputs.rows = bench::syntheticOffers(int(state.range(0)));
    inputs.gpus = bench::syntheticGpuModels();
    ServeSpec spec;
    spec.parameters = 70e9;
    for (auto _ : state) {
        const ServeRun run = estimateServing(spec, inputs);
        benchmark::DoNotOptimize(ServeReport::json(spec, {}, run));
    }
}

} // namespace

BENCHMARK(serveEveryOffer)->Arg(1'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(serveAndWriteJson)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(estimateEveryOffer)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(estimateAndWriteJson)->Arg(1'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
