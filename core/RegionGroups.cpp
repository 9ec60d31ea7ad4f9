#include "RegionGroups.h"

#include <QHash>

namespace gpucompare {

namespace {

// Keys hold a pointer into the caller's list, not copies: hashing 100,000 offers must not
// allocate 100,000 strings (the grouping runs on every load of the price table).

struct OfferKey
{
    const OfferRow *row;
    bool operator==(const OfferKey &other) const
    {
        const OfferRow &a = *row;
        const OfferRow &b = *other.row;
        return a.usdPerInstanceHour.micros() == b.usdPerInstanceHour.micros() &&
               a.gpusPerInstance == b.gpusPerInstance && a.perGpuRate == b.perGpuRate &&
               a.pricing == b.pricing && a.notListedSince.isEmpty() == b.notListedSince.isEmpty() &&
               a.provider == b.provider && a.gpuModel == b.gpuModel &&
               a.instanceType == b.instanceType && a.pricingTerm == b.pricingTerm &&
               a.observedOn == b.observedOn;
    }
};

size_t qHash(const OfferKey &key, size_t seed = 0)
{
    const OfferRow &r = *key.row;
    return qHashMulti(seed, r.provider, r.gpuModel, r.instanceType, r.usdPerInstanceHour.micros(),
                      r.gpusPerInstance, int(r.pricing));
}

struct EstimateKey
{
    const JobEstimate *estimate;
    bool operator==(const EstimateKey &other) const
    {
        const JobEstimate &a = *estimate;
        const JobEstimate &b = *other.estimate;
        return a.totalUsd == b.totalUsd && a.wallDays == b.wallDays &&
               a.usdPerGpuHour == b.usdPerGpuHour && a.gpusRented == b.gpusRented &&
               a.gpusPerInstance == b.gpusPerInstance && a.perGpuRate == b.perGpuRate &&
               a.pricing == b.pricing && a.fitsInMemory == b.fitsInMemory &&
               a.provider == b.provider && a.gpuModel == b.gpuModel &&
               a.instanceType == b.instanceType && a.pricingTerm == b.pricingTerm &&
               a.notes == b.notes;
    }
};

size_t qHash(const EstimateKey &key, size_t seed = 0)
{
    const JobEstimate &e = *key.estimate;
    return qHashMulti(seed, e.provider, e.gpuModel, e.instanceType, e.totalUsd, int(e.pricing));
}

struct ServeKey
{
    const ServeEstimate *estimate;
    bool operator==(const ServeKey &other) const
    {
        const ServeEstimate &a = *estimate;
        const ServeEstimate &b = *other.estimate;
        return a.usdPerMillionTokens == b.usdPerMillionTokens &&
               a.tokensPerSecond == b.tokensPerSecond && a.usdPerGpuHour == b.usdPerGpuHour &&
               a.gpus == b.gpus && a.gpusPerInstance == b.gpusPerInstance &&
               a.perGpuRate == b.perGpuRate && a.pricing == b.pricing &&
               a.fitsInMemory == b.fitsInMemory && a.replicas == b.replicas &&
               a.monthlyCostUsd == b.monthlyCostUsd && a.provider == b.provider &&
               a.gpuModel == b.gpuModel && a.instanceType == b.instanceType && a.notes == b.notes;
    }
};

size_t qHash(const ServeKey &key, size_t seed = 0)
{
    const ServeEstimate &e = *key.estimate;
    return qHashMulti(seed, e.provider, e.gpuModel, e.instanceType, e.usdPerMillionTokens,
                      int(e.pricing));
}

template <typename Key, typename Item> QList<int> groupsOf(const QList<Item> &items)
{
    QHash<Key, int> groupOf;
    groupOf.reserve(items.size());
    QList<int> groups;
    groups.reserve(items.size());
    for (const Item &item : items) {
        auto it = groupOf.constFind(Key{&item});
        if (it == groupOf.cend())
            it = groupOf.insert(Key{&item}, int(groupOf.size()));
        groups.append(it.value());
    }
    return groups;
}

} // namespace

QList<int> regionGroupsOf(const QList<OfferRow> &rows)
{
    return groupsOf<OfferKey>(rows);
}

QList<int> regionGroupsOf(const QList<JobEstimate> &estimates)
{
    return groupsOf<EstimateKey>(estimates);
}

QList<int> regionGroupsOf(const QList<ServeEstimate> &estimates)
{
    return groupsOf<ServeKey>(estimates);
}

QStringList distinctRegions(QStringList regions)
{
    regions.removeAll(QString());
    regions.sort(Qt::CaseInsensitive);
    regions.removeDuplicates();
    return regions;
}

} // namespace gpucompare
