#include "MarketShareMath.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace gpucompare {

SharePie computeSharePie(const MarketShareSnapshot &snapshot, const QString &othersLabel)
{
    SharePie pie;
    for (const MarketShareEntry &e : snapshot.entries) {
        pie.slices.append(
            {e.label, e.provider, e.sharePercent, e.lowPercent, e.highPercent, false});
        pie.listedTotal += e.sharePercent;
    }
    std::stable_sort(
        pie.slices.begin(), pie.slices.end(),
        [](const ShareSlice &a, const ShareSlice &b) { return a.percent > b.percent; });
    constexpr double kRoundingTolerance = 0.05;
    if (pie.listedTotal > 100 + kRoundingTolerance) {
        pie.exceedsHundred = true;
        return pie;
    }
    const double others = 100 - pie.listedTotal;
    if (others > kRoundingTolerance)
        pie.slices.append({othersLabel, {}, others, std::nullopt, std::nullopt, true});
    return pie;
}

QStringList shareScopes(const QList<MarketShareSnapshot> &snapshots)
{
    QMap<QString, int> counts;
    for (const MarketShareSnapshot &s : snapshots)
        ++counts[s.scope];
    QStringList scopes = counts.keys();
    std::stable_sort(scopes.begin(), scopes.end(), [&](const QString &a, const QString &b) {
        return counts.value(a) > counts.value(b);
    });
    return scopes;
}

QStringList sharePeriods(const QList<MarketShareSnapshot> &snapshots, const QString &scope)
{
    QStringList periods;
    for (const MarketShareSnapshot &s : snapshots) {
        if (s.scope == scope && !periods.contains(s.period))
            periods.append(s.period);
    }
    periods.sort();
    return periods;
}

const MarketShareSnapshot *findSnapshot(const QList<MarketShareSnapshot> &snapshots,
                                        const QString &scope, const QString &period)
{
    for (const MarketShareSnapshot &s : snapshots) {
        if (s.scope == scope && s.period == period)
            return &s;
    }
    return nullptr;
}

QString matchScope(const QStringList &scopes, const QString &text)
{
    for (const QString &scope : scopes) {
        if (scope.compare(text, Qt::CaseInsensitive) == 0)
            return scope;
    }
    QString found;
    for (const QString &scope : scopes) {
        if (scope.contains(text, Qt::CaseInsensitive)) {
            if (!found.isEmpty())
                return {};
            found = scope;
        }
    }
    return found;
}

QList<ShareSeries> shareTrend(const QList<MarketShareSnapshot> &snapshots, const QString &scope,
                              const QStringList &periods)
{
    QList<ShareSeries> series;
    QHash<QString, qsizetype> indexByLabel;
    for (qsizetype p = 0; p < periods.size(); ++p) {
        const MarketShareSnapshot *snapshot = findSnapshot(snapshots, scope, periods.at(p));
        if (!snapshot)
            continue;
        for (const MarketShareEntry &e : snapshot->entries) {
            auto it = indexByLabel.find(e.label);
            if (it == indexByLabel.end()) {
                it = indexByLabel.insert(e.label, series.size());
                series.append({e.label, QList<std::optional<double>>(periods.size())});
            }
            series[*it].percents[p] = e.sharePercent;
        }
    }
    auto latest = [](const ShareSeries &s) {
        for (auto it = s.percents.crbegin(); it != s.percents.crend(); ++it) {
            if (*it)
                return **it;
        }
        return 0.0;
    };
    std::stable_sort(series.begin(), series.end(), [&](const ShareSeries &a, const ShareSeries &b) {
        return latest(a) > latest(b);
    });
    return series;
}

} // namespace gpucompare
