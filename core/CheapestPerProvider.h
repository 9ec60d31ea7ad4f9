#pragma once

#include "OfferRow.h"
#include "PricingModel.h"

#include <QList>
#include <QSet>
#include <QString>

namespace gpucompare {

// "Which provider is cheapest" is a rule of the product, not of a chart: the price chart, the
// job-cost chart and the command line's charts all ask it here.

/// Whether an offer may be named cheapest at all (the standing rule of every "cheapest": the
/// charts, the calculators, the watches): priced above zero, still listed, and not stale unless
/// `includeStale` (mayBeCheapest()).
inline bool mayBeNamedCheapest(const OfferRow &row, bool includeStale)
{
    return row.usdPerGpuHour > 0 && row.notListedSince.isEmpty() &&
           mayBeCheapest(row.standing, includeStale);
}

/// The cheapest offer of each provider for one GPU model and pricing model (by USD per
/// GPU-hour), cheapest first. Free or unpriced offers, offers no longer listed and, unless
/// `includeStale`, stale prices are left out (mayBeCheapest()).
QList<OfferRow> cheapestOfferPerProvider(const QList<OfferRow> &rows, const QString &gpuModel,
                                         PricingModel pricing, bool includeStale = false);

/// The first item of each provider in a list already sorted cheapest first (estimates), in
/// that order. `providerOf` gives an item's provider.
template <typename Item, typename ProviderOf>
QList<const Item *> firstOfEachProvider(const QList<Item> &sorted, ProviderOf providerOf)
{
    QList<const Item *> first;
    QSet<QString> seen;
    for (const Item &item : sorted) {
        const QString provider = providerOf(item);
        if (!seen.contains(provider)) {
            seen.insert(provider);
            first.append(&item);
        }
    }
    return first;
}

} // namespace gpucompare
