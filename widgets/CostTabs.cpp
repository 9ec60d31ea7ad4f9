#include "CostTabs.h"

#include "ExportableChartView.h"
#include "JobCostPanel.h"
#include "JobForm.h"
#include "PlanView.h"
#include "ServeForm.h"
#include "ServingPanel.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

CostTabs::CostTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_jobCost(new JobCostPanel(this))
    , m_serving(new ServingPanel(this))
    , m_plan(new PlanView(this))
{
    setObjectName(u"costTabs"_s);
    setDocumentMode(true);
    addTab(m_jobCost, tr("Training"));
    addTab(m_serving, tr("Serving"));
    addTab(m_plan, tr("Plan"));
    setTabToolTip(0, tr("What training a model costs on every offer"));
    setTabToolTip(1, tr("What serving a model costs per million tokens on every offer"));
    setTabToolTip(2, tr("Train on one offer, serve on another: the total, egress included"));

    connect(m_jobCost, &JobCostPanel::estimated, this,
            [this] { m_plan->setTraining(m_jobCost->run(), m_jobCost->form()->job()); });
    connect(m_serving, &ServingPanel::estimated, this,
            [this] { m_plan->setServing(m_serving->run(), m_serving->spec()); });
    // The plan needs the serving results even when the Serving tab was never opened.
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_plan)
            m_serving->ensureEstimated();
    });
}

void CostTabs::setCostInputs(const CostInputs &inputs)
{
    m_serving->setCostInputs(inputs);
    m_jobCost->setCostInputs(inputs);
    m_plan->setEgressPrices(inputs.egressPrices);
}

void CostTabs::releaseOffers()
{
    m_jobCost->releaseOffers();
    m_serving->releaseOffers();
}

void CostTabs::setGpuModel(const QString &gpuModel)
{
    m_jobCost->setGpuModel(gpuModel);
    m_serving->form()->setGpuModel(gpuModel);
}

void CostTabs::setIncludeStale(bool include)
{
    m_jobCost->setIncludeStale(include);
    m_serving->setIncludeStale(include);
}

void CostTabs::refreshCharts()
{
    m_jobCost->refreshCharts();
    m_serving->refreshCharts();
    m_plan->refreshChart();
}

ExportableChartView *CostTabs::currentChartView() const
{
    if (currentWidget() == m_serving)
        return m_serving->chartView();
    if (currentWidget() == m_plan)
        return m_plan->chartView();
    return m_jobCost->chartView();
}

} // namespace gpucompare
