#include "WatchAlerts.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace gpucompare {

bool WatchStanding::isBelow() const
{
    return cheapest && thresholdUsd && perGpuHour(*cheapest) < *thresholdUsd;
}

QList<WatchStanding> standWatches(const QList<Watch> &watches, const QList<OfferRow> &rows,
                                  const ExchangeRates &rates, const QDate &today)
{
    QList<WatchStanding> standings;
    standings.reserve(watches.size());
    for (const Watch &w : watches) {
        WatchStanding s{w, cheapestOfferOf(w, rows), std::nullopt};
        if (w.currency == u"USD")
            s.thresholdUsd = w.below;
        else
            s.thresholdUsd = rates.toUsd(w.below.micros(), w.currency, today);
        standings.append(std::move(s));
    }
    return standings;
}

QList<WatchAlert> watchAlerts(const QList<WatchStanding> &before, const QList<WatchStanding> &after)
{
    QHash<qint64, const WatchStanding *> earlier;
    for (const WatchStanding &s : before)
        earlier.insert(s.watch.id, &s);
    QList<WatchAlert> alerts;
    for (const WatchStanding &now : after) {
        const WatchStanding *then = earlier.value(now.watch.id);
        if (!now.isBelow() || !then || then->isBelow())
            continue;
        WatchAlert alert{now.watch, *now.cheapest, std::nullopt, perGpuHour(*now.cheapest),
                         *now.thresholdUsd};
        if (then->cheapest)
            alert.oldPerGpuHour = perGpuHour(*then->cheapest);
        alerts.append(std::move(alert));
    }
    return alerts;
}

} // namespace gpucompare
