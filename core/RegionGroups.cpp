#include "RegionGroups.h"

#include <QHash>

using namespace Qt::StringLiterals;

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
               a.observedOn == b.observedOn && a.soldVia == b.soldVia;
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

/// One machine, whatever the channel and price: provider, GPU, count and pricing.
struct MachineKey
{
    const OfferRow *row;
    bool operator==(const MachineKey &other) const
    {
        const OfferRow &a = *row;
        const OfferRow &b = *other.row;
        return a.gpusPerInstance == b.gpusPerInstance && a.pricing == b.pricing &&
               a.notListedSince.isEmpty() == b.notListedSince.isEmpty() &&
               a.provider == b.provider && a.gpuModel == b.gpuModel &&
               a.pricingTerm == b.pricingTerm;
    }
};

size_t qHash(const MachineKey &key, size_t seed = 0)
{
    const OfferRow &r = *key.row;
    return qHashMulti(seed, r.provider, r.gpuModel, r.gpusPerInstance, int(r.pricing));
}

/// Numbers groups from 0 in order of their first member again, after some were merged.
QList<int> renumbered(const QList<int> &groups)
{
    QHash<int, int> number;
    QList<int> result;
    result.reserve(groups.size());
    for (const int g : groups) {
        auto it = number.constFind(g);
        if (it == number.cend())
            it = number.insert(g, int(number.size()));
        result.append(*it);
    }
    return result;
}

} // namespace

bool sameRegionGroup(const OfferRow &a, const OfferRow &b)
{
    return OfferKey{&a} == OfferKey{&b};
}

bool joinsThroughChannel(const OfferRow &r)
{
    return !r.soldVia.isEmpty() && !r.perGpuRate;
}

bool sameMachine(const OfferRow &a, const OfferRow &b)
{
    return MachineKey{&a} == MachineKey{&b};
}

QList<int> regionGroupsOf(const QList<OfferRow> &rows)
{
    QList<int> groups = groupsOf<OfferKey>(rows);
    // A machine sold through marketplaces joins its owner's own listing of it (the cheapest
    // region group of that listing), or, with no direct listing, the other channels' offers
    // of it. Two machine types of one provider with the same GPUs (GCP's a3-highgpu-8g and
    // a3-megagpu-8g) leave it unclear which one a marketplace resells: then nothing is merged.
    QHash<MachineKey, int> channelGroup; // machine -> the group its channels join, or -1
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (joinsThroughChannel(rows.at(i)))
            channelGroup.insert(MachineKey{&rows.at(i)}, -2); // -2: no direct listing seen yet
    }
    if (channelGroup.isEmpty())
        return groups; // the common case, and every book without marketplaces
    QHash<MachineKey, const OfferRow *> directRow; // machine -> its cheapest direct row
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const OfferRow &r = rows.at(i);
        if (!r.soldVia.isEmpty() || r.perGpuRate)
            continue;
        const auto it = channelGroup.find(MachineKey{&r});
        if (it == channelGroup.end() || *it == -1)
            continue;
        const OfferRow *&best = directRow[MachineKey{&r}];
        if (best && best->instanceType != r.instanceType) {
            *it = -1; // two machine types: ambiguous
            continue;
        }
        if (!best || r.usdPerInstanceHour < best->usdPerInstanceHour) {
            best = &r;
            *it = groups.at(i);
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const OfferRow &r = rows.at(i);
        if (r.soldVia.isEmpty() || r.perGpuRate)
            continue;
        int &target = channelGroup[MachineKey{&r}];
        if (target == -1)
            continue;
        if (target == -2)
            target = groups.at(i); // the first channel of a machine no one lists directly
        groups[i] = target;
    }
    return renumbered(groups);
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

namespace {

template <typename Estimate>
QList<TableLine> tableLines(const QList<Estimate> &estimates, const QList<int> &groups)
{
    QList<int> size;
    QList<bool> oneMachine; // a group of channels names several machines: "N offers"
    QList<qsizetype> first;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const int g = groups.at(i);
        if (g >= size.size()) {
            size.resize(g + 1, 0);
            oneMachine.resize(g + 1, true);
            first.resize(g + 1, i);
        }
        ++size[g];
        oneMachine[g] = oneMachine.at(g) &&
                        estimates.at(first.at(g)).instanceType == estimates.at(i).instanceType;
    }
    QList<TableLine> lines;
    lines.reserve(size.size());
    for (int g = 0; g < size.size(); ++g) {
        const Estimate &e = estimates.at(first.at(g));
        const QString region =
            size.at(g) > 1 ? (oneMachine.at(g) ? u"%1 regions"_s : u"%1 offers"_s).arg(size.at(g))
            : e.region.isEmpty() ? u"-"_s
                                 : e.region;
        lines.append({first.at(g), region});
    }
    return lines;
}

} // namespace

QList<TableLine> tableLinesOf(const QList<JobEstimate> &estimates)
{
    return tableLines(estimates, regionGroupsOf(estimates));
}

QList<TableLine> tableLinesOf(const QList<ServeEstimate> &estimates)
{
    return tableLines(estimates, regionGroupsOf(estimates));
}

} // namespace gpucompare
