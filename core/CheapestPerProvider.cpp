#include "CheapestPerProvider.h"

#include <QHash>
#include <algorithm>

namespace gpucompare {

QList<OfferRow> cheapestOfferPerProvider(const QList<OfferRow> &rows, const QString &gpuModel,
                                         PricingModel pricing, bool includeStale)
{
    QHash<QString, qsizetype> at; // provider → its entry in cheapest
    QList<OfferRow> cheapest;
    for (const OfferRow &r : rows) {
        if (r.gpuModel != gpuModel || r.pricing != pricing || !mayBeNamedCheapest(r, includeStale))
            continue;
        const auto it = at.constFind(r.provider);
        if (it == at.cend()) {
            at.insert(r.provider, cheapest.size());
            cheapest.append(r);
        } else if (r.usdPerGpuHour < cheapest.at(*it).usdPerGpuHour) {
            cheapest[*it] = r;
        }
    }
    // Stable: providers at the same price keep the order of the rows.
    std::stable_sort(cheapest.begin(), cheapest.end(), [](const OfferRow &a, const OfferRow &b) {
        return a.usdPerGpuHour < b.usdPerGpuHour;
    });
    return cheapest;
}

} // namespace gpucompare
