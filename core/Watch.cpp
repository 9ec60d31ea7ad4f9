#include "Watch.h"

#include "CheapestPerProvider.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

QString watchText(const Watch &watch)
{
    QStringList parts{watch.gpuModel};
    if (watch.pricing)
        parts << pricingModelToken(*watch.pricing);
    if (!watch.provider.isEmpty())
        parts << watch.provider;
    if (!watch.region.isEmpty())
        parts << watch.region;
    parts << u"below %1 %2 per GPU-hour"_s.arg(watch.below.toString(), watch.currency);
    return parts.join(u", "_s);
}

bool watchCovers(const Watch &watch, const OfferRow &row)
{
    return row.gpuModel == watch.gpuModel && (!watch.pricing || row.pricing == *watch.pricing) &&
           (watch.provider.isEmpty() ||
            row.provider.compare(watch.provider, Qt::CaseInsensitive) == 0) &&
           (watch.region.isEmpty() || row.region.compare(watch.region, Qt::CaseInsensitive) == 0);
}

Money perGpuHour(const OfferRow &row)
{
    return row.usdPerInstanceHour.dividedBy(std::max(1, row.gpusPerInstance));
}

std::optional<OfferRow> cheapestOfferOf(const Watch &watch, const QList<OfferRow> &rows)
{
    std::optional<OfferRow> cheapest;
    for (const OfferRow &r : rows) {
        if (!watchCovers(watch, r) || !mayBeNamedCheapest(r, false))
            continue;
        if (!cheapest || perGpuHour(r) < perGpuHour(*cheapest))
            cheapest = r;
    }
    return cheapest;
}

} // namespace gpucompare
