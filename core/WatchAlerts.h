#pragma once

#include "ExchangeRates.h"
#include "Watch.h"

#include <QDate>
#include <QList>
#include <optional>

namespace gpucompare {

/// Where a watch stands at one moment: its cheapest offer and its threshold in US dollars.
struct WatchStanding
{
    Watch watch;
    std::optional<OfferRow> cheapest; ///< cheapestOfferOf(); empty when no offer counts
    /// The threshold per GPU-hour in US dollars at the latest rate; empty when the book has no
    /// rate for the watch's currency (the watch then never fires).
    std::optional<Money> thresholdUsd;

    /// Whether the cheapest offer is below the threshold.
    bool isBelow() const;
};

/// A watch whose cheapest offer crossed below its threshold in an update: it was at or above
/// it, or had no offer, before; it is below after.
struct WatchAlert
{
    Watch watch;
    OfferRow offer;                     ///< the cheapest offer after the update
    std::optional<Money> oldPerGpuHour; ///< the cheapest before, USD; empty when none counted
    Money newPerGpuHour;                ///< the offer's, USD
    Money thresholdUsd;
};

/// Each watch with its cheapest offer among annotated rows, the threshold converted to US
/// dollars with the latest rate on or before `today`.
QList<WatchStanding> standWatches(const QList<Watch> &watches, const QList<OfferRow> &rows,
                                  const ExchangeRates &rates, const QDate &today);

/// The watches that crossed below their threshold between two standings of the same book (a
/// watch already below before raises nothing; one not in `before` was added meanwhile and
/// raises nothing either), in the order of `after`.
QList<WatchAlert> watchAlerts(const QList<WatchStanding> &before,
                              const QList<WatchStanding> &after);

} // namespace gpucompare
