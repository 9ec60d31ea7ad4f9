#pragma once

#include "Outcome.h"
#include "PriceBookData.h"
#include "PriceBookEdit.h"

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

// Edits, each named for Edit › Undo and read from the book as it is now, not applied (the
// record gone, an alias taken or a provider unknown: the outcome says why). An id of nullopt
// adds a new record.

Outcome<PriceBookEdit> saveProvider(const QSqlDatabase &db, std::optional<qint64> id,
                                    const Provider &p);
/// Deletes the provider with its offers and their prices; market-share entries keep their
/// label and lose the link (as ON DELETE SET NULL would), and undo restores all of it.
Outcome<PriceBookEdit> deleteProvider(const QSqlDatabase &db, qint64 id);

/// Adds (no id) or changes an instance shape.
Outcome<PriceBookEdit> saveInstanceShape(const QSqlDatabase &db, std::optional<qint64> id,
                                         qint64 providerId, std::optional<qint64> gpuModelId,
                                         const InstanceShape &shape);
Outcome<PriceBookEdit> deleteInstanceShape(const QSqlDatabase &db, qint64 id);
/// One egress price tier, added (no id) or changed; the provider by id.
Outcome<PriceBookEdit> saveEgressPrice(const QSqlDatabase &db, std::optional<qint64> id,
                                       qint64 providerId, const EgressPrice &price);
Outcome<PriceBookEdit> deleteEgressPrice(const QSqlDatabase &db, qint64 id);
/// Saves the model's fields and makes its aliases exactly model.aliases.
Outcome<PriceBookEdit> saveGpuModel(const QSqlDatabase &db, std::optional<qint64> id,
                                    const GpuModel &model);
Outcome<PriceBookEdit> deleteGpuModel(const QSqlDatabase &db, qint64 id);
/// Saves an offer's own fields (provider and GPU by id; offer.prices ignored). A new offer
/// gets firstPrice as its first observation.
Outcome<PriceBookEdit> saveOffer(const QSqlDatabase &db, std::optional<qint64> id,
                                 qint64 providerId, qint64 gpuModelId, const Offer &offer,
                                 const std::optional<PriceObservation> &firstPrice = std::nullopt);
Outcome<PriceBookEdit> deleteOffer(const QSqlDatabase &db, qint64 id);
/// A new observation, which becomes the offer's current price when it is the latest.
Outcome<PriceBookEdit> addPrice(const QSqlDatabase &db, qint64 offerId,
                                const PriceObservation &price);
Outcome<PriceBookEdit> removePrice(const QSqlDatabase &db, qint64 observationId);
/// Saves a snapshot's fields and replaces its entries.
Outcome<PriceBookEdit> saveSnapshot(const QSqlDatabase &db, std::optional<qint64> id,
                                    const MarketShareSnapshot &snapshot);
Outcome<PriceBookEdit> deleteSnapshot(const QSqlDatabase &db, qint64 id);

} // namespace gpucompare
