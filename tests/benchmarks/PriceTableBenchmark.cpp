// How the price table behaves at catalog scale: loading the model, one filter keystroke and
// one sort, at 1,000, 10,000 and 100,000 offers. Run by hand or by the benchmark script; these
// are measurements, not pass/fail tests.

#include "OfferFilterProxyModel.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "SyntheticOffers.h"

#include <QApplication>
#include <QDate>
#include <QTableView>
#include <benchmark/benchmark.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 28);

void loadModel(benchmark::State &state)
{
    const QList<OfferRow> rows = bench::syntheticOffers(int(state.range(0)));
    PriceTableModel model;
    for (auto _ : state)
        model.setRows(rows, kToday); // includes the data-quality annotation of every row
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// One keystroke in the search field of the real panel, as a person types "us-ea" after
/// "us-e": the proxy refilters and keeps its sort.
void filterKeystroke(benchmark::State &state)
{
    PricesPanel panel;
    panel.setRows(bench::syntheticOffers(int(state.range(0))), kToday);
    bool longer = false;
    for (auto _ : state) {
        panel.setTextFilter(longer ? u"us-ea"_s : u"us-e"_s);
        longer = !longer;
    }
    state.counters["visible"] = panel.proxy()->rowCount();
}

/// Choosing a GPU model in the panel's picker: the table refilters and the bar chart redraws.
void gpuPick(benchmark::State &state)
{
    PricesPanel panel;
    panel.setRows(bench::syntheticOffers(int(state.range(0))), kToday);
    bool h100 = false;
    for (auto _ : state) {
        panel.setGpuFilter(h100 ? u"H100 SXM 80GB"_s : u"A100 SXM 80GB"_s);
        h100 = !h100;
    }
}

/// A click on the USD per GPU-hour header while the table is sorted by another column: a
/// full sort by value, including the model's ranking of every row by price (the table keeps
/// that ranking, so the next click, reversing the order, costs less; that one is below).
void sortByGpuHourPrice(benchmark::State &state)
{
    PricesPanel panel;
    panel.setRows(bench::syntheticOffers(int(state.range(0))), kToday);
    bool ascending = false;
    for (auto _ : state) {
        state.PauseTiming();
        panel.table()->sortByColumn(PriceTableModel::Provider, Qt::AscendingOrder);
        state.ResumeTiming();
        panel.table()->sortByColumn(PriceTableModel::UsdPerGpuHour,
                                    ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        ascending = !ascending;
    }
}

/// A second click on the same header: the order reversed.
void reverseSort(benchmark::State &state)
{
    PricesPanel panel;
    panel.setRows(bench::syntheticOffers(int(state.range(0))), kToday);
    bool ascending = false;
    for (auto _ : state) {
        panel.table()->sortByColumn(PriceTableModel::UsdPerGpuHour,
                                    ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        ascending = !ascending;
    }
}

/// Typing a region name letter by letter, then deleting it again: each keystroke refilters
/// 100,000 offers (narrowing as it grows, a full search as it shrinks).
void typeAndDelete(benchmark::State &state)
{
    PricesPanel panel;
    panel.setRows(bench::syntheticOffers(int(state.range(0))), kToday);
    const QString word = u"us-east-1"_s;
    int length = 0;
    int step = 1;
    for (auto _ : state) {
        length += step;
        if (length == word.size() || length == 0)
            step = -step;
        panel.setTextFilter(word.left(length));
    }
}

} // namespace

BENCHMARK(loadModel)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(filterKeystroke)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(gpuPick)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(sortByGpuHourPrice)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(reverseSort)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(typeAndDelete)->Arg(100'000)->Unit(benchmark::kMillisecond);

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
