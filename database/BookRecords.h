#pragma once

#include "Outcome.h"
#include "PriceBookData.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace gpucompare {

// Records as the forms edit them: a value type with the id of its row. Each read and each edit
// is an outcome (issue 31): a DatabaseError stops in database/, and the forms show its message.

struct ProviderRecord
{
    qint64 id = 0;
    Provider provider;
};

struct GpuModelRecord
{
    qint64 id = 0;
    GpuModel model; ///< with its aliases
};

struct PriceRecord
{
    qint64 id = 0;
    PriceObservation price;
    /// On a team book, the role that recorded the price and when ("2026-12-02 15:30 UTC");
    /// empty in a file.
    QString recordedBy;
    QString recordedAt;
};

struct OfferRecord
{
    qint64 id = 0;
    qint64 providerId = 0;
    qint64 gpuModelId = 0;
    Offer offer;               ///< provider and GPU model by name; prices left empty
    QList<PriceRecord> prices; ///< oldest first, as the current price is the last one
};

/// One line of the offers list: enough to find an offer among 100,000 without reading them all.
struct OfferSummary
{
    qint64 id = 0;
    QString text;     ///< "AWS · H100 SXM 80GB · p5.48xlarge · us-east-1 · on-demand"
    QString identity; ///< offerIdentity() of the row: what no two offers may share
};

/// What makes an offer unique in the book (the offers table's UNIQUE constraint), as one
/// string: the forms check a typed offer against the list they hold, with no query per key.
QString offerIdentity(qint64 providerId, qint64 gpuModelId, const QString &instanceType,
                      const QString &region, const QString &pricingToken,
                      const QString &pricingTerm);

struct InstanceShapeRecord
{
    qint64 id = 0;
    qint64 providerId = 0;
    std::optional<qint64> gpuModelId; ///< empty: only the GPU count is known
    InstanceShape shape;              ///< provider and GPU model by name
};

struct SnapshotRecord
{
    qint64 id = 0;
    MarketShareSnapshot snapshot; ///< entries in their stored order
};

/// What refers to a provider or GPU model, for the question before deleting it.
struct References
{
    int offers = 0;
    int prices = 0;
    int marketShareEntries = 0;
};

// The records whole, each read by the repository of its table (its one mapping of columns to
// fields, issue 31); the DatabaseError of a failed read stops here and becomes the outcome.

Outcome<QList<ProviderRecord>> providerRecords(const QSqlDatabase &db);
Outcome<QList<GpuModelRecord>> gpuModelRecords(const QSqlDatabase &db);
Outcome<QList<InstanceShapeRecord>> instanceShapeRecords(const QSqlDatabase &db);
/// Every egress price tier with the id of its row, by provider and volume.
Outcome<QList<std::pair<qint64, EgressPrice>>> egressPriceRecords(const QSqlDatabase &db);
Outcome<QList<OfferSummary>> offerSummaries(const QSqlDatabase &db);
/// The offer with its prices; an empty optional when the book has no offer of this id.
Outcome<std::optional<OfferRecord>> offerRecord(const QSqlDatabase &db, qint64 id);
Outcome<QList<SnapshotRecord>> snapshotRecords(const QSqlDatabase &db);
Outcome<References> providerReferences(const QSqlDatabase &db, qint64 providerId);
Outcome<References> gpuModelReferences(const QSqlDatabase &db, qint64 gpuModelId);

} // namespace gpucompare
