#pragma once

#include "MarketShareMath.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace gpucompare {

/// The market-share trend (issue 30): each provider's share across the periods of a scope, on
/// a time axis whose labels stay whole at any width.
class TrendChart final
{
    // Translated as ChartFactory's when it was part of it: the catalogues keep that context.
    Q_DECLARE_TR_FUNCTIONS(gpucompare::ChartFactory)

public:
    /// Each label's share across the periods of snapshot.scope. The time axis labels as many
    /// periods as fit its width ("23 Q1"). `inPanel`: no scope in the title (the panel's picker
    /// names it) and no legend (the panel lists the lines under the chart, where names wrap
    /// instead of being elided).
    static QChart *build(const QList<MarketShareSnapshot> &snapshots, const QString &scope,
                         bool inPanel = false);
};

} // namespace gpucompare
