#pragma once

#include "CostModel.h"

#include <QTabWidget>

namespace gpucompare {

class ExportableChartView;
class JobCostPanel;
class PlanView;
class ServingPanel;

/// The window's third panel: what a model costs to train (Training), to serve (Serving), and
/// both with the weights moved between providers (Plan). The tabs share the offers the window
/// reads; the plan follows the other two tabs' results.
class CostTabs final : public QTabWidget
{
    Q_OBJECT

public:
    explicit CostTabs(QWidget *parent = nullptr);

    JobCostPanel *jobCost() const { return m_jobCost; }
    ServingPanel *serving() const { return m_serving; }
    PlanView *plan() const { return m_plan; }

    void setCostInputs(const CostInputs &inputs);
    /// Lets go of the shared offer list before the price table changes rows in place.
    void releaseOffers();
    /// The GPU picked in the price table, for both calculators.
    void setGpuModel(const QString &gpuModel);
    /// Whether stale prices may be named cheapest, in both calculators and the plan.
    void setIncludeStale(bool include);
    void refreshCharts();
    /// The chart of the tab in view.
    ExportableChartView *currentChartView() const;

private:
    JobCostPanel *m_jobCost = nullptr;
    ServingPanel *m_serving = nullptr;
    PlanView *m_plan = nullptr;
};

} // namespace gpucompare
