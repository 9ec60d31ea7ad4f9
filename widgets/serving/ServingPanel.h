#pragma once

#include "ServingModel.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace gpucompare {

class EstimateResults;
class ExportableChartView;
class ServeEstimateModel;
class ServeForm;
class TableColumns;

/// Serving cost: tokens per second and USD per million output tokens of a model on every
/// matching offer, cheapest first, with a bar chart per provider (issue 20). Reads the same
/// offers as the training calculator and writes nothing.
class ServingPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ServingPanel(QWidget *parent = nullptr);

    /// The offers to price on; estimated once the panel is shown (or ensureEstimated()).
    void setCostInputs(const CostInputs &inputs);
    void releaseOffers() { m_inputs.rows = {}; }
    /// Estimates now if the inputs changed since the last estimate (the plan needs results).
    void ensureEstimated();
    /// Estimates now rather than after the typing pause.
    void recompute();
    /// Whether a stale price may be named cheapest (the price table's "Include stale prices").
    void setIncludeStale(bool include);
    /// Asks for a vLLM result file and reads it into the form (File dialog; errors in a box).
    void importVllmResult();

    ServeForm *form() const { return m_form; }
    ServeEstimateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ExportableChartView *chartView() const { return m_chartView; }
    QTabWidget *views() const;
    QString summary() const;
    const ServeRun &run() const { return m_run; }
    const ServeSpec &spec() const { return m_spec; }
    void refreshCharts() { refreshChart(); }

Q_SIGNALS:
    /// New results (or none, when the inputs are invalid).
    void estimated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    OfferSelection selection() const;
    bool m_includeStale = false;
    /// New inputs: estimate after the typing pause if the panel is in view, else when shown.
    void scheduleEstimate();
    void refreshChart();
    int barsThatFit() const;

    CostInputs m_inputs;
    ServeRun m_run;
    ServeSpec m_spec;
    ServeForm *m_form = nullptr;
    EstimateResults *m_results = nullptr;
    ServeEstimateModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    TableColumns *m_columns = nullptr;
    ExportableChartView *m_chartView = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_chartStale = false;
    bool m_stale = true; ///< inputs changed since the last estimate
};

} // namespace gpucompare
