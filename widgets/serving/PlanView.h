#pragma once

#include "CostModel.h"
#include "ServeCharts.h"
#include "ServePlan.h"
#include "ServingModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace gpucompare {

class ExportableChartView;

/// Train here, serve there: the training job of the Training tab on one offer, the model of
/// the Serving tab on another for some months, and moving the weights between the two, as one
/// total and a stacked bar (issue 20). Each side is the cheapest offer unless the user picks a
/// provider.
class PlanView final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(QWidget *parent = nullptr);

    void setTraining(const EstimateRun &run, const JobSpec &job);
    void setServing(const ServeRun &run, const ServeSpec &spec);

    /// "" for the cheapest, else a provider whose cheapest offer to use.
    void setTrainingProvider(const QString &provider);
    void setServingProvider(const QString &provider);
    void setMonths(int months);
    /// The training provider's egress price in USD per GB; nullopt: not priced.
    void setEgressUsdPerGb(std::optional<double> usdPerGb);
    /// The price book's egress tiers (Data › Egress Prices), used unless a price is typed.
    void setEgressPrices(const QList<EgressPrice> &prices);

    PlanCost cost() const { return m_cost; }
    /// Draws the chart again (the theme changed).
    void refreshChart();
    QString totalText() const;
    ExportableChartView *chartView() const { return m_chartView; }
    QList<ServeCharts::PlanPart> parts() const;

private:
    void fillPicker(QComboBox *picker, const QStringList &providers,
                    const QStringList &descriptions);
    static QString trainingPricingText(const JobEstimate &e);
    static QString servingPricingText(const ServeEstimate &e);
    static QString pricingText(PricingModel pricing, const QString &term);
    const JobEstimate *trainingEstimate() const;
    const ServeEstimate *servingEstimate() const;
    void update();
    QStringList chartTitle() const;

    EstimateRun m_training;
    JobSpec m_job;
    ServeRun m_serving;
    ServeSpec m_serveSpec;
    PlanCost m_cost;

    QComboBox *m_trainingPicker = nullptr;
    QComboBox *m_servingPicker = nullptr;
    QSpinBox *m_months = nullptr;
    QList<EgressPrice> m_egressPrices;
    QCheckBox *m_egressPriced = nullptr;
    QDoubleSpinBox *m_egress = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_breakdown = nullptr;
    ExportableChartView *m_chartView = nullptr;
};

} // namespace gpucompare
