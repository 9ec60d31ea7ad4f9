#pragma once

#include "Money.h"
#include "PricingModel.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace gpucompare {

/// One offer an update added, repriced or no longer found in its catalog: a line of View ›
/// Changes and of `gpucompare changes`.
struct UpdateChange
{
    enum class Kind
    {
        New,  ///< listed for the first time
        Drop, ///< cheaper than before
        Rise, ///< dearer than before
        Gone  ///< no longer listed by its catalog
    };

    QDate updatedOn;
    QString updateStartedAt; ///< which update (ISO date-time, UTC): one per run of catalogs
    QString source;          ///< the catalog: "skypilot/aws"
    Kind kind = Kind::New;
    std::optional<qint64> offerId;
    QString provider;
    QString gpuModel;
    QString instanceType;
    PricingModel pricing = PricingModel::OnDemand;
    QString region;
    int gpusPerInstance = 1;
    std::optional<Money> oldPrice; ///< per instance-hour; none for a new offer
    std::optional<Money> newPrice; ///< per instance-hour; none for one gone

    /// The same prices per GPU-hour.
    std::optional<Money> oldPerGpuHour() const;
    std::optional<Money> newPerGpuHour() const;
    /// The change as a share of the old price (-0.25 for a quarter cheaper); 0 without both.
    double relativeChange() const;

    friend bool operator==(const UpdateChange &, const UpdateChange &) = default;
};

/// "new", "drop", "rise", "gone" (the JSON's and the book's token), and back.
QString updateChangeKindToken(UpdateChange::Kind kind);
std::optional<UpdateChange::Kind> updateChangeKindFromToken(const QString &token);

/// The order the user reads changes in: by GPU, then new offers, drops (largest first), rises
/// (largest first) and offers gone, then provider and instance.
void sortForReading(QList<UpdateChange> &changes);

} // namespace gpucompare
