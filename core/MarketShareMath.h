#pragma once

#include "PriceBookData.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpucompare {

/// One slice of a market-share pie, ready to draw.
struct ShareSlice
{
    QString label;
    QString provider; ///< empty for "Others" and for labels that are not a provider we know
    double percent = 0;
    std::optional<double> lowPercent;
    std::optional<double> highPercent;
    bool isOthers = false;
};

/// A snapshot turned into slices that sum to exactly 100 %.
struct SharePie
{
    QList<ShareSlice> slices; ///< listed entries by share, largest first, then "Others"
    double listedTotal = 0;   ///< sum of the listed entries
    /// The listed entries add up to more than 100 %: no honest pie can be drawn.
    bool exceedsHundred = false;
};

/// Slices below this share get no label on the pie (they stay in the legend): labels of
/// small neighbouring slices overlap otherwise.
constexpr double kLabelledSliceMinPercent = 5.0;

/// Listed shares sorted largest first, plus "Others" = 100 − their total when that is positive.
/// A total within 0.05 points of 100 counts as 100 (sources round).
SharePie computeSharePie(const MarketShareSnapshot &snapshot, const QString &othersLabel);

/// The scopes present, the one with most periods first (ties by name).
QStringList shareScopes(const QList<MarketShareSnapshot> &snapshots);
/// The periods of one scope, oldest first.
QStringList sharePeriods(const QList<MarketShareSnapshot> &snapshots, const QString &scope);
/// The snapshot of scope and period; nullptr when there is none.
const MarketShareSnapshot *findSnapshot(const QList<MarketShareSnapshot> &snapshots,
                                        const QString &scope, const QString &period);
/// A scope named exactly (ignoring case) or by a part of its name that only it contains
/// ("Canalys"); empty when nothing or more than one matches.
QString matchScope(const QStringList &scopes, const QString &text);

/// One provider's share across the periods of a scope, for the trend chart.
struct ShareSeries
{
    QString label;
    QList<std::optional<double>> percents; ///< one per period; empty where not listed
};
/// Series for every label that appears in the scope, largest latest share first.
QList<ShareSeries> shareTrend(const QList<MarketShareSnapshot> &snapshots, const QString &scope,
                              const QStringList &periods);

} // namespace gpucompare
