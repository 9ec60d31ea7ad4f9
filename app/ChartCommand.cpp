#include "ChartCommand.h"

#include "BookService.h"
#include "ChartFactory.h"
#include "ChartRenderer.h"
#include "CliOutput.h"
#include "CostEstimates.h"
#include "CurrencyOption.h"
#include "DataQuality.h"
#include "MarketShareMath.h"
#include "PriceBook.h"
#include "ServeCharts.h"
#include "ShownCurrency.h"
#include "TrendChart.h"

#include <QChart>
#include <QDate>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

const QStringList kCharts = {u"market-share"_s, u"market-trend"_s,  u"prices"_s,
                             u"job-cost"_s,     u"price-history"_s, u"serve-cost"_s};

} // namespace

int ChartCommand::run()
{
    if (m_call.arguments.size() != 1) {
        return usageError(tr("export-chart needs one CHART: %1").arg(kCharts.join(u" | ")));
    }
    const QString chartName = m_call.arguments.first();
    if (!kCharts.contains(chartName)) {
        return usageError(
            tr("unknown chart \"%1\"; the charts are: %2").arg(chartName, kCharts.join(u", ")));
    }
    const QString out = m_parser.value(u"out"_s);
    if (out.isEmpty())
        return usageError(tr("export-chart needs --out FILE.png"));
    const QSize size = ChartRenderer::parseSize(m_parser.value(u"size"_s));
    if (!size.isValid()) {
        return usageError(tr("--size \"%1\" is not WIDTHxHEIGHT with each side from 100 to 10000")
                              .arg(m_parser.value(u"size"_s)));
    }

    const auto book = openPriceBook(IfMissing::Refuse);
    if (!book)
        return 1;
    const QSqlDatabase db = book->database();
    std::optional<PriceDisplay> shown;
    if (const int status = readCurrencyOption(m_parser, db, shown); status != 0)
        return status;
    if (shown)
        setShownCurrency(*shown); // the charts read it as the window's do
    Drawing drawing;
    int status = 0;
    if (chartName == u"job-cost")
        status = drawJobCost(db, drawing);
    else if (chartName == u"serve-cost")
        status = drawServeCost(db, drawing);
    else if (chartName == u"prices" || chartName == u"price-history")
        status = drawPrices(db, chartName, drawing);
    else
        status = drawMarketShare(db, chartName, drawing);
    if (status != 0)
        return status;

    const QImage image = ChartRenderer::render(drawing.chart, size,
                                               ChartRenderer::defaultScale(size), drawing.footer);
    if (const Status saved = ChartRenderer::savePng(image, out); !saved) {
        printError(saved.error());
        return 1;
    }
    return 0;
}

int ChartCommand::drawJobCost(const QSqlDatabase &db, Drawing &drawing) const
{
    std::optional<CostEstimates::Job> estimate;
    if (const int status = CostEstimates(m_parser).jobEstimate(db, estimate); status != 0)
        return status;
    drawing.chart = ChartFactory::jobCostBars(estimate->run, estimate->request.job);
    drawing.footer =
        ChartFactory::jobCostFooter(estimate->run, estimate->request.job, QDate::currentDate());
    return 0;
}

int ChartCommand::drawServeCost(const QSqlDatabase &db, Drawing &drawing) const
{
    std::optional<CostEstimates::Serving> estimate;
    if (const int status = CostEstimates(m_parser).servingEstimate(db, estimate); status != 0)
        return status;
    drawing.chart = ServeCharts::costBars(estimate->run, estimate->request.spec);
    drawing.footer =
        ServeCharts::costFooter(estimate->run, estimate->request.spec, QDate::currentDate());
    return 0;
}

int ChartCommand::drawPrices(const QSqlDatabase &db, const QString &chartName,
                             Drawing &drawing) const
{
    const QString gpuText = m_parser.isSet(u"gpu"_s) ? m_parser.value(u"gpu"_s) : u"H100"_s;
    const Outcome<book::GpuLookup> gpu = book::lookUpGpu(db, gpuText);
    if (!gpu)
        return bookError(gpu.error());
    if (!gpu.value().name) {
        return usageError(tr("unknown GPU \"%1\"; the GPU models are: %2")
                              .arg(gpuText, gpu.value().names.join(u", ")));
    }
    const QString gpuName = *gpu.value().name;
    const auto pricing = pricingModelFromToken(
        m_parser.isSet(u"pricing"_s) ? m_parser.value(u"pricing"_s) : u"on-demand"_s);
    if (!pricing) {
        return usageError(tr("unknown pricing \"%1\"; use one of: %2")
                              .arg(m_parser.value(u"pricing"_s), pricingModelTokens().join(u", ")));
    }
    if (chartName == u"price-history") {
        const Outcome<QList<HistoryObservation>> history = book::priceHistory(db);
        if (!history)
            return bookError(history.error());
        drawing.chart = ChartFactory::providerHistory(
            cheapestByProviderOverTime(history.value(), gpuName, *pricing), gpuName, *pricing);
        drawing.footer = tr("Every dated observation in the price book; a line runs from each "
                            "price's observation to its last confirmation by a catalog update and "
                            "stops there. Exported %1.")
                             .arg(QDate::currentDate().toString(Qt::ISODate));
        return 0;
    }
    const Outcome<Freshness> freshness = JobOptions::readFreshness(m_parser, QDate::currentDate());
    if (!freshness)
        return usageError(freshness.error());
    const bool includeStale = m_parser.isSet(u"include-stale"_s);
    Outcome<QList<OfferRow>> read = book::currentOffers(db, freshness.value());
    if (!read)
        return bookError(read.error());
    QList<OfferRow> rows = std::move(read).value();
    annotateOffers(rows, freshness.value(), includeStale);
    drawing.chart = ChartFactory::priceBars(rows, gpuName, *pricing, 20, includeStale);
    drawing.footer = ChartFactory::priceBarsFooter(rows, gpuName, *pricing, freshness.value().today,
                                                   QString(), includeStale);
    return 0;
}

int ChartCommand::drawMarketShare(const QSqlDatabase &db, const QString &chartName,
                                  Drawing &drawing) const
{
    const Outcome<QList<MarketShareSnapshot>> read = book::marketShares(db);
    if (!read)
        return bookError(read.error());
    const QList<MarketShareSnapshot> &snapshots = read.value();
    const QStringList scopes = shareScopes(snapshots);
    if (scopes.isEmpty()) {
        printError(tr("the price book holds no market-share snapshots"));
        return 1;
    }
    QString scope = scopes.first();
    if (m_parser.isSet(u"scope"_s)) {
        scope = matchScope(scopes, m_parser.value(u"scope"_s));
        if (scope.isEmpty()) {
            return usageError(tr("unknown or ambiguous scope \"%1\"; the scopes are: %2")
                                  .arg(m_parser.value(u"scope"_s), scopes.join(u"; ")));
        }
    }
    const QStringList periods = sharePeriods(snapshots, scope);
    if (chartName == u"market-trend") {
        drawing.chart = TrendChart::build(snapshots, scope);
        drawing.footer = tr("Sources: the price book's market-share snapshots for this scope; see "
                            "Help › Data sources.");
        return 0;
    }
    const QString period =
        m_parser.isSet(u"period"_s) ? m_parser.value(u"period"_s) : periods.last();
    const MarketShareSnapshot *snapshot = findSnapshot(snapshots, scope, period);
    if (!snapshot) {
        return usageError(tr("unknown period \"%1\" for scope \"%2\"; the periods are: %3")
                              .arg(period, scope, periods.join(u", ")));
    }
    drawing.chart = ChartFactory::sharePie(*snapshot);
    drawing.footer = ChartFactory::shareCaption(*snapshot);
    return 0;
}

} // namespace gpucompare
