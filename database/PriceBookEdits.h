#pragma once

#include "BookRecords.h"
#include "Outcome.h"
#include "PriceBookData.h"
#include "PriceBookEdit.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace gpucompare {

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
