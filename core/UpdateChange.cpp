#include "UpdateChange.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
std::optional<Money> perGpu(const std::optional<Money> &price, int gpus)
{
    return price ? std::optional<Money>(price->dividedBy(std::max(gpus, 1))) : std::nullopt;
}
} // namespace

std::optional<Money> UpdateChange::oldPerGpuHour() const
{
    return perGpu(oldPrice, gpusPerInstance);
}

std::optional<Money> UpdateChange::newPerGpuHour() const
{
    return perGpu(newPrice, gpusPerInstance);
}

double UpdateChange::relativeChange() const
{
    if (!oldPrice || !newPrice || oldPrice->micros() == 0)
        return 0.0;
    return double(newPrice->micros()) / double(oldPrice->micros()) - 1.0;
}

QString updateChangeKindToken(UpdateChange::Kind kind)
{
    switch (kind) {
    case UpdateChange::Kind::New:
        return u"new"_s;
    case UpdateChange::Kind::Drop:
        return u"drop"_s;
    case UpdateChange::Kind::Rise:
        return u"rise"_s;
    case UpdateChange::Kind::Gone:
        return u"gone"_s;
    }
    return {};
}

std::optional<UpdateChange::Kind> updateChangeKindFromToken(const QString &token)
{
    for (const auto kind : {UpdateChange::Kind::New, UpdateChange::Kind::Drop,
                            UpdateChange::Kind::Rise, UpdateChange::Kind::Gone}) {
        if (updateChangeKindToken(kind) == token)
            return kind;
    }
    return std::nullopt;
}

void sortForReading(QList<UpdateChange> &changes)
{
    std::stable_sort(changes.begin(), changes.end(),
                     [](const UpdateChange &a, const UpdateChange &b) {
                         if (a.gpuModel != b.gpuModel)
                             return a.gpuModel < b.gpuModel;
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         const double sizeA = std::abs(a.relativeChange());
                         const double sizeB = std::abs(b.relativeChange());
                         if (sizeA != sizeB)
                             return sizeA > sizeB;
                         if (a.provider != b.provider)
                             return a.provider < b.provider;
                         return a.instanceType < b.instanceType;
                     });
}

} // namespace gpucompare
