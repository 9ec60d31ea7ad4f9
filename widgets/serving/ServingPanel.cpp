#include "ServingPanel.h"

#include "EstimateResults.h"
#include "ExportableChartView.h"
#include "ServeCharts.h"
#include "ServeEstimateModel.h"
#include "ServeForm.h"
#include "ShownCurrency.h"
#include "TableColumns.h"

#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

ServingPanel::ServingPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ServeEstimateModel(this))
    , m_proxy(new ServeEstimateSortModel(this))
    , m_debounce(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);

    m_form = new ServeForm(this);
    m_results = new EstimateResults(u"serve"_s, this);
    m_table = m_results->table();
    m_chartView = m_results->chartView();
    m_table->setAccessibleName(tr("Serving cost on every offer"));
    m_results->setModel(m_proxy, ServeEstimateModel::UsdPerMillionTokens);
    using C = ServeEstimateModel;
    m_columns =
        new TableColumns(m_table, u"serveCost"_s,
                         {C::Provider, C::Gpu, C::UsdPerMillionTokens, C::UsdPerHour,
                          C::TokensPerSecond, C::Gpus, C::Monthly, C::Replicas, C::UsdPerGpuHour,
                          C::Bound, C::Memory, C::Pricing, C::Offer, C::Region},
                         {C::Monthly, C::Replicas}, {C::Offer, C::Region}, 5);

    m_chartView->setAccessibleName(tr("Serving cost by provider"));
    m_chartView->setSources(
        [this] { return ServeCharts::costBars(m_run, m_spec); },
        [this] { return ServeCharts::costFooter(m_run, m_spec, QDate::currentDate()); });
    m_chartView->installEventFilter(this);
    connect(m_results, &EstimateResults::chartTabShown, this, [this] {
        if (m_chartStale)
            refreshChart();
    });
    QSplitter *splitter = EstimateResults::formAbove(m_form, m_results, u"serve"_s);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<b>"_s + tr("Serving cost") + u"</b>"_s, this);
    title->setObjectName(u"panelTitle"_s);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ServingPanel::recompute);
    connect(m_form, &ServeForm::changed, this, &ServingPanel::scheduleEstimate);
    connect(m_results, &EstimateResults::filtersChanged, this, &ServingPanel::recompute);
    if (auto *import = m_form->findChild<QPushButton *>(u"importVllm"_s))
        connect(import, &QPushButton::clicked, this, &ServingPanel::importVllmResult);
}

void ServingPanel::setCostInputs(const CostInputs &inputs)
{
    m_inputs = inputs;
    {
        const QSignalBlocker blocker(m_form);
        m_form->setGpuModels(m_inputs.gpus, offeredGpuModels(m_inputs.rows));
    }
    m_results->setProviders(m_inputs.rows);
    scheduleEstimate();
}

void ServingPanel::scheduleEstimate()
{
    // Estimated when the user looks: a window that opens on the Training tab (or restores the
    // serving inputs at start-up) does not price serving on 100,000 offers it never shows.
    m_stale = true;
    if (isVisible())
        m_debounce->start();
}

void ServingPanel::ensureEstimated()
{
    if (m_stale)
        recompute();
}

void ServingPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &ServingPanel::ensureEstimated);
}

void ServingPanel::setIncludeStale(bool include)
{
    if (include == m_includeStale)
        return;
    m_includeStale = include;
    m_stale = true; // estimated again when in view (or when the plan asks)
    if (isVisible())
        recompute();
}

OfferSelection ServingPanel::selection() const
{
    OfferSelection s;
    s.gpuModel = m_form->gpuModel();
    s.includeStale = m_includeStale;
    m_results->applyFilters(s);
    return s;
}

QTabWidget *ServingPanel::views() const
{
    return m_results->views();
}

QString ServingPanel::summary() const
{
    return m_results->summary()->text();
}

void ServingPanel::recompute()
{
    m_debounce->stop();
    m_stale = false;
    const QList<ServeField> errors = m_form->check();
    m_spec = m_form->spec();
    if (!errors.isEmpty()) {
        m_run = {};
        m_model->setEstimates({});
        m_results->summary()->setText(tr("Fix the inputs marked in red to see the cost."));
        m_results->setNotes({errors.first().message}, {});
        m_results->setLeftOut({});
        refreshChart();
        Q_EMIT estimated();
        return;
    }
    m_run = estimateServing(m_spec, m_inputs, selection());
    m_model->setEstimates(m_run.estimates);
    const bool traffic = m_spec.tokensPerMonth.has_value();
    m_table->setColumnHidden(ServeEstimateModel::Monthly, !traffic);
    m_table->setColumnHidden(ServeEstimateModel::Replicas, !traffic);

    const QLocale locale;
    const ServeEstimate *cheapest = m_run.cheapest();
    if (cheapest) {
        QString text =
            tr("Cheapest: %1, %2 × %3: %4 per million tokens at %5 tokens/s, %6 an hour")
                .arg(cheapest->provider, locale.toString(cheapest->gpus), cheapest->gpuModel,
                     shownCurrency().text(cheapest->usdPerMillionTokens, 2, locale),
                     locale.toString(cheapest->tokensPerSecond, 'f', 0),
                     shownCurrency().text(cheapest->usdPerHour, 2, locale));
        if (cheapest->monthlyCostUsd) {
            text += tr("; %1 a month on %2 replicas")
                        .arg(shownCurrency().text(*cheapest->monthlyCostUsd, 0, locale))
                        .arg(cheapest->replicas.value_or(1));
        }
        m_results->summary()->setText(text + priceCaveat(cheapest->price) + u"."_s);
    } else if (m_run.estimates.isEmpty() && !m_run.leftOut.isEmpty()) {
        m_results->summary()->setText(
            tr("No offer can serve the model as asked: see the offers left out below."));
    } else if (m_run.estimates.isEmpty()) {
        m_results->summary()->setText(tr("No offer matches."));
    } else if (m_run.estimates.first().fitsInMemory) {
        m_results->summary()->setText(
            tr("Every matching price is stale (older than the freshness window): include "
               "stale prices, or update the book."));
    } else {
        m_results->summary()->setText(
            tr("The model does not fit on any matching offer: use more GPUs per replica, a "
               "smaller batch or context, or lower precision."));
    }

    QStringList notes;
    notes << tr("Weights %1 GB, KV cache %2 kB per token. Assumed: bandwidth efficiency %3, "
                "MFU %4, 90 % of memory usable.")
                 .arg(locale.toString(m_run.weightBytes / 1e9, 'f', 1),
                      locale.toString(m_run.kvBytesPerToken / 1e3, 'f', 1),
                      locale.toString(m_spec.bandwidthEfficiency), locale.toString(m_spec.mfu));
    if (m_spec.measuredTokensPerSecond) {
        notes << tr("Throughput measured: %1 tokens/s per replica on every offer.")
                     .arg(locale.toString(*m_spec.measuredTokensPerSecond, 'f', 0));
    }
    // The cheapest offer's own notes (served at FP16, idle GPUs counted) are what its figures
    // rest on; what was left out is listed under the results.
    if (cheapest)
        notes << cheapest->notes;
    if (m_run.kvBytesPerToken == 0 && !m_run.notes.isEmpty())
        notes << m_run.notes.first(); // "No KV cache counted", added first by the model
    m_results->setNotes(notes, {});
    m_results->setLeftOut(m_run.leftOut);
    std::optional<int> used;
    for (const ServeEstimate &e : std::as_const(m_run.estimates)) {
        if (used && *used != e.gpus) {
            used.reset();
            break;
        }
        used = e.gpus;
    }
    m_form->showUsedGpus(used);
    refreshChart();
    m_columns->fitWidths();
    Q_EMIT estimated();
}

void ServingPanel::importVllmResult()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import vLLM Result"), QString(),
                                                      tr("vLLM benchmark results (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status imported = m_form->importVllmResult(path); !imported) {
        QMessageBox::warning(this, tr("Import vLLM Result"),
                             tr("The file was not used: %1").arg(imported.error()));
        return;
    }
    recompute();
}

int ServingPanel::barsThatFit() const
{
    const int line = m_chartView->fontMetrics().height();
    const int available = m_chartView->height() - 9 * line;
    return std::clamp(available * 2 / (3 * line), 3, 15);
}

void ServingPanel::refreshChart()
{
    if (!m_results->chartShown()) {
        m_chartStale = true;
        return;
    }
    m_chartStale = false;
    m_chartView->replaceChart(ServeCharts::costBars(m_run, m_spec, barsThatFit()));
}

bool ServingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView && event->type() == QEvent::Resize)
        refreshChart();
    return QWidget::eventFilter(watched, event);
}

} // namespace gpucompare
