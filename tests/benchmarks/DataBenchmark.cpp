// The data paths at catalog scale: parsing our offers CSV, importing it into a price book in one
// transaction, and loading the price table (one query, annotation, the model) from a book.

#include "CatalogImport.h"
#include "CostInputsReader.h"
#include "OfferRepository.h"
#include "OwnCsv.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PriceTableModel.h"
#include "SyntheticOffers.h"

#include <QApplication>
#include <QBuffer>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace gpucompare;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

ImportOptions optionsFor(const PriceBookData &data)
{
    ImportOptions o;
    o.gpuModels = data.gpuModels;
    for (const Provider &p : data.providers)
        o.providerNames << p.name;
    return o;
}

/// A fresh price book holding the synthetic providers and GPU models, but no offers yet.
std::unique_ptr<PriceBook> emptyBookFor(const PriceBookData &data, const QString &name)
{
    const QString path = scratch().filePath(name);
    QFile::remove(path);
    auto book = std::move(PriceBook::open(path).book);
    PriceBookData shell = data;
    shell.offers.clear();
    PriceBookImporter(book->database()).importData(shell);
    return book;
}

void parseOffersCsv(benchmark::State &state)
{
    const PriceBookData data = bench::syntheticPriceBook(int(state.range(0)));
    const QByteArray csv = OwnCsv::writeOffers(data.offers);
    const ImportOptions options = optionsFor(data);
    for (auto _ : state) {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        const ImportPlan plan = CatalogImport::read(buffer, QStringLiteral("offers.csv"), options);
        benchmark::DoNotOptimize(plan.data.offers.size());
    }
    state.SetBytesProcessed(state.iterations() * csv.size());
}

void importIntoPriceBook(benchmark::State &state)
{
    const PriceBookData data = bench::syntheticPriceBook(int(state.range(0)));
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto book = emptyBookFor(data, QStringLiteral("import-%1.sqlite").arg(round++));
        state.ResumeTiming();
        const ImportSummary summary = PriceBookImporter(book->database()).importData(data);
        if (!summary.ok())
            state.SkipWithError("import failed");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void loadPriceTable(benchmark::State &state)
{
    const PriceBookData data = bench::syntheticPriceBook(int(state.range(0)));
    auto book = emptyBookFor(data, QStringLiteral("load-%1.sqlite").arg(state.range(0)));
    PriceBookImporter(book->database()).importData(data);
    PriceTableModel model;
    for (auto _ : state)
        model.setRows(OfferRepository(book->database()).currentRows(), QDate(2026, 11, 28));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

} // namespace

BENCHMARK(parseOffersCsv)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(importIntoPriceBook)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);
BENCHMARK(loadPriceTable)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

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
