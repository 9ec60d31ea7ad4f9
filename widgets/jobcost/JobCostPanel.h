#pragma once

#include "CostModel.h"
#include "PriceBookData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace gpucompare {

class TableColumns;

class EstimateResults;
class ExportableChartView;
class JobEstimateModel;
class JobForm;

/// Job cost: a training job's GPU-hours, wall-clock time and cost on every matching offer,
/// cheapest first, with a bar chart per provider, presets of published runs and saved jobs.
///
/// The panel does not write to the price book: saving, renaming and deleting jobs are
/// requests the window carries out, then it hands the new list back with setSavedJobs().
class JobCostPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit JobCostPanel(QWidget *parent = nullptr);

    /// The offers, GPU models and discounts to price on; estimates right after the panel next
    /// paints (or at recompute()).
    void setCostInputs(CostInputs inputs);
    /// Lets go of the offer list it shares with the price table, right before the table changes
    /// a few rows in place (a list still shared would be copied whole); setCostInputs() follows.
    void releaseOffers();
    void setSavedJobs(const QList<SavedJob> &jobs);
    /// Disables saving when the price book is read-only.
    void setSavingEnabled(bool enabled);

    void setGpuModel(const QString &gpuModel);
    /// Whether a stale price may be named cheapest (the price table's "Include stale prices").
    void setIncludeStale(bool include);
    /// A GPU to select once setCostInputs() has filled the GPU list (restored settings).
    void setPendingGpuModel(const QString &gpuModel) { m_pendingGpu = gpuModel; }
    void applyPreset(int index);
    /// Estimates now rather than after the typing pause.
    void recompute();

    JobForm *form() const { return m_form; }
    JobEstimateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ExportableChartView *chartView() const { return m_chartView; }
    QTabWidget *views() const { return m_views; }
    QString summary() const;
    /// Draws the chart again (the theme changed).
    void refreshCharts() { refreshChart(); }
    const EstimateRun &run() const { return m_run; }
    /// What the calculator prices: the offers at their current price, GPUs and discounts.
    const CostInputs &costInputs() const { return m_inputs; }

Q_SIGNALS:
    /// New results (or none, when the inputs are invalid).
    void estimated();
    void saveJobRequested(const SavedJob &job);
    void renameJobRequested(const QString &from, const QString &to);
    void deleteJobRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    OfferSelection selection() const;
    bool m_includeStale = false;
    int barsThatFit() const;
    void refreshChart();
    void loadSavedJob(int index);
    void saveJob();
    void renameJob();
    void deleteJob();

    CostInputs m_inputs;
    QList<SavedJob> m_savedJobs;
    EstimateRun m_run;
    JobSpec m_job;

    JobForm *m_form = nullptr;
    QComboBox *m_presets = nullptr;
    QComboBox *m_saved = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_rename = nullptr;
    QToolButton *m_delete = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_pricing = nullptr;
    QLabel *m_summary = nullptr;
    EstimateResults *m_results = nullptr;
    JobEstimateModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ExportableChartView *m_chartView = nullptr;
    QTabWidget *m_views = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_savingEnabled = true;
    QString m_pendingGpu;
    TableColumns *m_columns = nullptr;
    bool m_chartStale = false;
    bool m_estimatePending = false; ///< new inputs: estimate after the next paint
};

} // namespace gpucompare
