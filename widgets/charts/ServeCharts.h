#pragma once

#include "ServingModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace gpucompare {

/// The serving charts (issue 20): USD per million tokens per provider, and the plan's
/// training + serving + egress bar. Built from plain data like ChartFactory's, for the panels
/// and the command line alike.
class ServeCharts final
{
    // Translated as ChartFactory's when they were part of it: the catalogues keep that context.
    Q_DECLARE_TR_FUNCTIONS(gpucompare::ChartFactory)

public:
    /// USD per million output tokens on the cheapest offer of each provider the model fits on,
    /// cheapest at the top, at most maxBars of them.
    static QChart *costBars(const ServeRun &run, const ServeSpec &spec, int maxBars = 15);
    /// The line under an exported serving chart: the cheapest offer, the date, the formula.
    static QString costFooter(const ServeRun &run, const ServeSpec &spec, const QDate &today);
    /// "70B params, bf16, batch 16\n4,096-token context".
    static QString description(const ServeSpec &spec);

    /// One part of a plan's cost: "Training at Lambda", "Serving at AWS, 12 months".
    struct PlanPart
    {
        QString label;
        double usd = 0;
    };
    /// The plan's parts as one stacked bar, each part's amount in the legend; the title's
    /// lines stay short so that a narrow panel does not elide them.
    static QChart *planBars(const QList<PlanPart> &parts, const QStringList &titleLines);
};

} // namespace gpucompare
