#include "JobCostPanel.h"

#include "ChartFactory.h"
#include "EstimateResults.h"
#include "ExportableChartView.h"
#include "JobEstimateModel.h"
#include "JobForm.h"
#include "JobPresets.h"
#include "JobSpecJson.h"
#include "ShownCurrency.h"
#include "TableColumns.h"
#include "Theme.h"
#include "Validation.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

JobCostPanel::JobCostPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new JobEstimateModel(this))
    , m_proxy(new JobEstimateSortModel(this))
    , m_debounce(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobEstimateModel::SortRole);

    m_presets = new QComboBox(this);
    m_presets->setObjectName(u"jobPresets"_s);
    m_presets->setAccessibleName(tr("Published runs"));
    m_presets->addItem(tr("Published run…"));
    for (const JobPreset &preset : jobPresets()) {
        m_presets->addItem(preset.name);
        m_presets->setItemData(m_presets->count() - 1, preset.source, Qt::ToolTipRole);
    }
    m_saved = new QComboBox(this);
    m_saved->setObjectName(u"savedJobs"_s);
    m_saved->setAccessibleName(tr("Saved jobs"));
    m_save = new QToolButton(this);
    m_save->setText(tr("Sa&ve…"));
    m_save->setObjectName(u"saveJob"_s);
    m_save->setToolTip(tr("Save these inputs in the price book under a name."));
    m_rename = new QToolButton(this);
    m_rename->setText(tr("Rena&me…"));
    m_rename->setObjectName(u"renameJob"_s);
    m_delete = new QToolButton(this);
    m_delete->setText(tr("&Delete"));
    m_delete->setObjectName(u"deleteJob"_s);
    for (QComboBox *combo : {m_presets, m_saved}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }

    m_form = new JobForm(this);
    m_results = new EstimateResults(u"job"_s, this);
    m_provider = m_results->providerFilter();
    m_pricing = m_results->pricingFilter();
    m_summary = m_results->summary();
    m_table = m_results->table();
    m_chartView = m_results->chartView();
    m_views = m_results->views();

    m_table->setAccessibleName(tr("Job cost on every offer"));
    m_results->setModel(m_proxy, JobEstimateModel::Total);
    m_table->setColumnHidden(JobEstimateModel::BudgetBuys, true); // shown in budget mode
    // A group of regions opens and closes on a click on its Region cell, or from the menu.
    const auto toggleRegions = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const int row = m_proxy->mapToSource(index).row();
        if (m_model->isInRegionGroup(row))
            m_model->toggleRegionGroup(row);
    };
    connect(m_table, &QTableView::clicked, this, [toggleRegions](const QModelIndex &index) {
        if (index.column() == JobEstimateModel::Region)
            toggleRegions(index);
    });
    auto *regions = new QAction(tr("Show or Group the &Regions"), m_table);
    regions->setObjectName(u"toggleJobRegions"_s);
    regions->setStatusTip(tr("Offers that cost the same in several regions share a row"));
    connect(regions, &QAction::triggered, this,
            [this, toggleRegions] { toggleRegions(m_table->currentIndex()); });
    m_table->addAction(regions);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    using C = JobEstimateModel;
    m_columns = new TableColumns(m_table, u"jobCost"_s,
                                 {C::Provider, C::Gpu, C::Total, C::WallDays, C::UsdPerGpuHour,
                                  C::GpusRented, C::BudgetBuys},
                                 {C::BudgetBuys}, {C::Offer, C::Region}, 5);

    m_chartView->setAccessibleName(tr("Job cost by provider"));
    m_chartView->setSources(
        [this] { return ChartFactory::jobCostBars(m_run, m_job); },
        [this] { return ChartFactory::jobCostFooter(m_run, m_job, QDate::currentDate()); });
    m_chartView->installEventFilter(this);
    connect(m_results, &EstimateResults::chartTabShown, this, [this] {
        if (m_chartStale)
            refreshChart();
    });

    // Layout: presets and saved jobs, the form (scrolls), then the results under a splitter.
    auto *jobsRow = new QGridLayout;
    auto *presetLabel = new QLabel(tr("P&reset:"), this);
    presetLabel->setBuddy(m_presets);
    jobsRow->addWidget(presetLabel, 0, 0);
    jobsRow->addWidget(m_presets, 0, 1, 1, 4);
    auto *savedLabel = new QLabel(tr("Sa&ved:"), this);
    savedLabel->setBuddy(m_saved);
    jobsRow->addWidget(savedLabel, 1, 0);
    jobsRow->addWidget(m_saved, 1, 1);
    jobsRow->addWidget(m_save, 1, 2);
    jobsRow->addWidget(m_rename, 1, 3);
    jobsRow->addWidget(m_delete, 1, 4);
    jobsRow->setColumnStretch(1, 1);
    QSplitter *splitter = EstimateResults::formAbove(m_form, m_results, u"job"_s);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<b>"_s + tr("Job cost") + u"</b>"_s, this);
    title->setObjectName(u"panelTitle"_s); // double-click: this panel alone (PanelLayout)
    layout->addWidget(title);
    layout->addLayout(jobsRow);
    layout->addWidget(splitter, 1);

    // Typing "65.2B" should not estimate five times: wait for a short pause.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &JobCostPanel::recompute);
    connect(m_form, &JobForm::changed, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &EstimateResults::filtersChanged, this, &JobCostPanel::recompute);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(index - 1);
    });
    connect(m_saved, &QComboBox::activated, this, &JobCostPanel::loadSavedJob);
    connect(m_save, &QToolButton::clicked, this, &JobCostPanel::saveJob);
    connect(m_rename, &QToolButton::clicked, this, &JobCostPanel::renameJob);
    connect(m_delete, &QToolButton::clicked, this, &JobCostPanel::deleteJob);
    setSavedJobs({});
}

void JobCostPanel::setCostInputs(CostInputs inputs)
{
    m_inputs = std::move(inputs);
    {
        // Filling the pickers must not schedule a second estimate: one follows below.
        const QSignalBlocker blockForm(m_form);
        m_form->setGpuModels(m_inputs.gpus, offeredGpuModels(m_inputs.rows));
        if (!m_pendingGpu.isEmpty())
            m_form->setGpuModel(std::exchange(m_pendingGpu, QString()));
    }
    m_results->setProviders(m_inputs.rows);
    // Estimate once the panel has painted (see paintEvent): with 100,000 offers the window
    // shows its first frame a fifth of a second sooner, and the results follow at once.
    m_summary->setText(tr("Estimating…"));
    m_debounce->stop(); // a typing pause from before would estimate before the frame
    m_estimatePending = true;
    if (isVisible())
        update();
}

void JobCostPanel::releaseOffers()
{
    m_inputs.rows = {};
}

void JobCostPanel::setSavedJobs(const QList<SavedJob> &jobs)
{
    m_savedJobs = jobs;
    const QString current = m_saved->currentText();
    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    if (jobs.isEmpty())
        m_saved->addItem(tr("No saved jobs"));
    for (const SavedJob &job : jobs)
        m_saved->addItem(job.name);
    m_saved->setEnabled(!jobs.isEmpty());
    const int index = m_saved->findText(current);
    m_saved->setCurrentIndex(std::max(0, index));
    m_rename->setEnabled(m_savingEnabled && !jobs.isEmpty());
    m_delete->setEnabled(m_savingEnabled && !jobs.isEmpty());
}

void JobCostPanel::setSavingEnabled(bool enabled)
{
    m_savingEnabled = enabled;
    m_save->setEnabled(enabled);
    const QString why = tr("The price book is read-only.");
    for (QToolButton *b : {m_save, m_rename, m_delete})
        b->setToolTip(enabled ? QString() : why);
    setSavedJobs(m_savedJobs);
}

void JobCostPanel::setGpuModel(const QString &gpuModel)
{
    m_form->setGpuModel(gpuModel);
}

void JobCostPanel::applyPreset(int index)
{
    const QList<JobPreset> &presets = jobPresets();
    if (index < 0 || index >= presets.size())
        return;
    m_form->applyPreset(presets.at(index));
    m_presets->setCurrentIndex(index + 1);
    recompute();
}

void JobCostPanel::setIncludeStale(bool include)
{
    if (include == m_includeStale)
        return;
    m_includeStale = include;
    recompute();
}

OfferSelection JobCostPanel::selection() const
{
    OfferSelection s;
    s.gpuModel = m_form->gpuModel();
    s.includeStale = m_includeStale;
    m_results->applyFilters(s);
    return s;
}

QString JobCostPanel::summary() const
{
    return m_summary->text();
}

void JobCostPanel::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_estimatePending) {
        // Posted from inside the frame's paint: it runs after the frame is on screen.
        m_estimatePending = false;
        QTimer::singleShot(0, this, &JobCostPanel::recompute);
    }
}

void JobCostPanel::recompute()
{
    m_estimatePending = false;
    m_debounce->stop();
    const JobCheck check = m_form->check();
    if (!check.ok()) {
        m_run = {};
        m_job = m_form->job();
        m_model->setEstimates({});
        m_summary->setText(tr("Fix the inputs marked in red to see the cost."));
        m_results->setNotes({check.errors.first().message}, {});
        m_results->setLeftOut({});
        refreshChart();
        Q_EMIT estimated();
        return;
    }
    m_job = m_form->job();
    m_run = estimateJob(m_job, m_inputs, selection());
    m_model->setEstimates(m_run.estimates);
    m_table->setColumnHidden(JobEstimateModel::BudgetBuys, !m_job.budgetUsd);
    m_summary->setText(estimateSummary(m_run, m_job, shownCurrency()));

    QStringList notes;
    const JobEstimate *cheapest = m_run.cheapest();
    if (cheapest && !cheapest->notes.isEmpty())
        notes << cheapest->notes;
    m_results->setNotes(notes, {});
    m_results->setLeftOut(m_run.leftOut);
    refreshChart();
    m_columns->fitWidths();
    Q_EMIT estimated();
}

int JobCostPanel::barsThatFit() const
{
    // About nine text lines go to the title (three lines when it says how many providers it
    // shows) and the axis; each bar needs one and a half.
    const int line = m_chartView->fontMetrics().height();
    const int available = m_chartView->height() - 9 * line;
    return std::clamp(available * 2 / (3 * line), 3, 15);
}

void JobCostPanel::refreshChart()
{
    if (!m_results->chartShown()) {
        m_chartStale = true; // built when its tab is shown
        return;
    }
    m_chartStale = false;
    m_chartView->replaceChart(ChartFactory::jobCostBars(m_run, m_job, barsThatFit()));
}

bool JobCostPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView && event->type() == QEvent::Resize)
        refreshChart();
    return QWidget::eventFilter(watched, event);
}

void JobCostPanel::loadSavedJob(int index)
{
    if (index < 0 || index >= m_savedJobs.size())
        return;
    const SavedJob &saved = m_savedJobs.at(index);
    const JobFromJson read =
        jobFromJson(QJsonDocument::fromJson(saved.parametersJson.toUtf8()).object());
    if (!read.error.isEmpty()) {
        QMessageBox::warning(
            this, tr("Saved job"),
            tr("The saved job \"%1\" cannot be read: %2.").arg(saved.name, read.error));
        return;
    }
    m_form->setJob(read.job, read.selection.gpuModel);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(read.selection.provider)));
    m_pricing->setCurrentIndex(
        read.selection.pricing.size() == 1
            ? m_pricing->findData(pricingModelToken(read.selection.pricing.first()))
            : 0);
    m_presets->setCurrentIndex(0);
    recompute();
}

void JobCostPanel::saveJob()
{
    const JobCheck check = m_form->check();
    if (!check.ok()) {
        QMessageBox::information(
            this, tr("Save job"),
            tr("Fix the inputs marked in red first: %1").arg(check.errors.first().message));
        return;
    }
    bool ok = false;
    const QString proposed = m_saved->isEnabled() ? m_saved->currentText() : QString();
    const QString name = validation::normalizedName(
        QInputDialog::getText(this, tr("Save job"), tr("Name:"), QLineEdit::Normal, proposed, &ok));
    if (!ok)
        return;
    if (const QString problem = validation::checkName(tr("The name"), name); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Save job"), problem);
        return;
    }
    const bool exists = std::any_of(m_savedJobs.cbegin(), m_savedJobs.cend(),
                                    [&](const SavedJob &j) { return j.name == name; });
    if (exists &&
        QMessageBox::question(this, tr("Save job"),
                              tr("Replace the saved job \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    SavedJob job;
    job.name = name;
    job.parametersJson = QString::fromUtf8(
        QJsonDocument(jobToJson(m_form->job(), selection())).toJson(QJsonDocument::Compact));
    job.createdOn = QDate::currentDate().toString(Qt::ISODate);
    Q_EMIT saveJobRequested(job);
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(name)));
}

void JobCostPanel::renameJob()
{
    const QString from = m_saved->currentText();
    bool ok = false;
    const QString to = validation::normalizedName(QInputDialog::getText(
        this, tr("Rename job"), tr("New name:"), QLineEdit::Normal, from, &ok));
    if (!ok || to == from)
        return;
    if (const QString problem = validation::checkName(tr("The name"), to); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Rename job"), problem);
        return;
    }
    if (m_saved->findText(to) >= 0) {
        QMessageBox::warning(this, tr("Rename job"),
                             tr("A saved job is already called \"%1\".").arg(to));
        return;
    }
    Q_EMIT renameJobRequested(from, to);
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(to)));
}

void JobCostPanel::deleteJob()
{
    const QString name = m_saved->currentText();
    if (QMessageBox::question(this, tr("Delete job"),
                              tr("Delete the saved job \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    Q_EMIT deleteJobRequested(name);
}

} // namespace gpucompare
