// Rendering each chart to a 1600x1200 PNG in memory, through the same factory and renderer
// as the window's export and `gpucompare export-chart`.

#include "ChartFactory.h"
#include "ChartRenderer.h"
#include "CostModel.h"
#include "MarketShareRepository.h"
#include "PriceBook.h"
#include "SyntheticOffers.h"
#include "TrendChart.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QImage>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace gpucompare;

namespace {

const QList<MarketShareSnapshot> &snapshots()
{
    static QTemporaryDir dir;
    static const QList<MarketShareSnapshot> all = [] {
        auto book = std::move(PriceBook::open(dir.filePath(QStringLiteral("book.sqlite"))).book);
        return MarketShareRepository(book->database()).all();
    }();
    return all;
}

void renderToPng(benchmark::State &state, const std::function<QChart *()> &makeChart)
{
    const QSize size(1600, 1200);
    for (auto _ : state) {
        const QImage image =
            ChartRenderer::render(makeChart(), size, ChartRenderer::defaultScale(size), {});
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        image.save(&png, "PNG");
        benchmark::DoNotOptimize(png.data().size());
    }
}

void marketSharePie(benchmark::State &state)
{
    renderToPng(state, [] { return ChartFactory::sharePie(snapshots().last()); });
}

void marketShareTrend(benchmark::State &state)
{
    const QString scope = snapshots().first().scope;
    renderToPng(state, [scope] { return TrendChart::build(snapshots(), scope); });
}

void priceBars(benchmark::State &state)
{
    const QList<OfferRow> rows = bench::syntheticOffers(int(state.range(0)));
    renderToPng(state, [&rows] {
        return ChartFactory::priceBars(rows, QStringLiteral("H100 SXM 80GB"),
                                       PricingModel::OnDemand);
    });
}

void jobCostBars(benchmark::State &state)
{
    CostInputs inputs;
    inputs.rows = bench::syntheticOffers(int(state.range(0)));
    inputs.gpus = bench::syntheticGpuModels();
    JobSpec job;
    job.parameters = 7e9;
    job.tokens = 1e12;
    job.gpus = 64;
    renderToPng(state, [&] { return ChartFactory::jobCostBars(estimateJob(job, inputs), job); });
}

} // namespace

BENCHMARK(marketSharePie)->Unit(benchmark::kMillisecond);
BENCHMARK(marketShareTrend)->Unit(benchmark::kMillisecond);
BENCHMARK(priceBars)->Arg(1'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(jobCostBars)->Arg(1'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
