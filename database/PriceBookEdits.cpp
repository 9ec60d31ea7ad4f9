#include "PriceBookEdits.h"

#include "DatabaseError.h"
#include "ProviderRepository.h"
#include "Translated.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::PriceBookEdits", text);
}

/// The row of this id, or the error that it is gone.
template <typename Row> Row existingRow(const QSqlDatabase &db, qint64 id)
{
    std::optional<Row> row = RowStore<Row>(db).read(QVariant::fromValue(id));
    if (!row)
        throw DatabaseError(tr("the record is no longer in the price book (changed by another "
                               "window?); reload and try again"));
    return *row;
}

/// The row as it is before a change of the record (id), or none for a new record.
template <typename Row>
std::optional<Row> rowBefore(const QSqlDatabase &db, std::optional<qint64> id)
{
    return id ? std::optional<Row>(existingRow<Row>(db, *id)) : std::nullopt;
}

/// Every row of Row's table whose column (an id) is value.
template <typename Row>
QList<Row> rowsWhere(const QSqlDatabase &db, const char *column, qint64 value)
{
    return RowStore<Row>(db).readWhere(column, QVariant::fromValue(value));
}

/// Adds every row as deleted.
template <typename Row> void addDeleted(PriceBookEdit &edit, const QList<Row> &rows)
{
    for (const Row &row : rows)
        edit.add<Row>(row, std::nullopt);
}

/// An offer's row and its prices, as deleted.
void addOfferDeleted(PriceBookEdit &edit, const QSqlDatabase &db, const OffersRow &offer)
{
    edit.add<OffersRow>(offer, std::nullopt);
    addDeleted(edit, rowsWhere<PriceObservationsRow>(db, "offer_id", offer.id));
}

QString offerName(const QSqlDatabase &db, qint64 offerId)
{
    const auto row = RowStore<OffersRow>(db).read(QVariant::fromValue(offerId));
    return row ? row->offer.instanceType : QString();
}

// The functions of the header as written against the repositories, throwing DatabaseError
// (…OrThrow); each public one below turns its DatabaseError into an outcome. (Not a named
// namespace: lupdate would file the tr() calls under it.)

PriceBookEdit saveProviderOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                  const Provider &p)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = rowBefore<ProvidersRow>(db, id);
    PriceBookEdit edit(id ? tr("Change provider %1").arg(before->name)
                          : tr("Add provider %1").arg(p.name));
    edit.add<ProvidersRow>(before, ProvidersRow{rowId, p.name, p.kind, p.website, p.notes});
    std::optional<ProviderDiscountsRow> discount;
    if (p.discountPercent > 0)
        discount = ProviderDiscountsRow{rowId, p.discountPercent};
    edit.add(RowStore<ProviderDiscountsRow>(db).read(QVariant::fromValue(rowId)), discount);
    return edit;
}

PriceBookEdit deleteProviderOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto provider = existingRow<ProvidersRow>(db, id);
    PriceBookEdit edit(tr("Delete provider %1").arg(provider.name));
    edit.add<ProvidersRow>(provider, std::nullopt);
    edit.add<ProviderDiscountsRow>(RowStore<ProviderDiscountsRow>(db).read(QVariant::fromValue(id)),
                                   std::nullopt);
    for (const OffersRow &offer : rowsWhere<OffersRow>(db, "provider_id", id))
        addOfferDeleted(edit, db, offer);
    addDeleted(edit, rowsWhere<InstanceShapesRow>(db, "provider_id", id));
    addDeleted(edit, rowsWhere<EgressPricesRow>(db, "provider_id", id));
    // Entries keep their label and lose the link, as ON DELETE SET NULL would.
    for (const MarketShareEntriesRow &entry :
         rowsWhere<MarketShareEntriesRow>(db, "provider_id", id)) {
        MarketShareEntriesRow unlinked = entry;
        unlinked.providerId.reset();
        edit.add<MarketShareEntriesRow>(entry, unlinked);
    }
    return edit;
}

PriceBookEdit saveGpuModelOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                  const GpuModel &model)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = rowBefore<GpuModelsRow>(db, id);
    PriceBookEdit edit(id ? tr("Change GPU model %1").arg(before->model.name)
                          : tr("Add GPU model %1").arg(model.name));
    GpuModelsRow after{rowId, model};
    after.model.aliases.clear(); // rows of gpu_aliases, below
    edit.add<GpuModelsRow>(before, after);

    // Aliases are keyed case-insensitively, as the column's NOCASE collation compares them.
    const RowStore<GpuAliasesRow> aliases(db);
    QHash<QString, GpuAliasesRow> current;
    for (const GpuAliasesRow &row : rowsWhere<GpuAliasesRow>(db, "gpu_model_id", rowId))
        current.insert(row.alias.toCaseFolded(), row);
    QSet<QString> wanted;
    for (const QString &alias : model.aliases) {
        const QString folded = alias.toCaseFolded();
        if (wanted.contains(folded))
            continue;
        wanted.insert(folded);
        const auto owner = aliases.read(alias);
        if (owner && owner->gpuModelId != rowId)
            throw DatabaseError(tr("the alias \"%1\" already names another GPU model").arg(alias));
        const GpuAliasesRow row{alias, rowId, std::nullopt};
        const auto old = current.constFind(folded);
        if (old == current.cend())
            edit.add<GpuAliasesRow>(std::nullopt, row);
        else if (old->alias != alias) // only the spelling changed: the same row
            edit.add<GpuAliasesRow>(*old, row);
        current.remove(folded);
    }
    for (const GpuAliasesRow &gone : std::as_const(current))
        edit.add<GpuAliasesRow>(gone, std::nullopt);
    return edit;
}

PriceBookEdit deleteGpuModelOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto model = existingRow<GpuModelsRow>(db, id);
    PriceBookEdit edit(tr("Delete GPU model %1").arg(model.model.name));
    edit.add<GpuModelsRow>(model, std::nullopt);
    addDeleted(edit, rowsWhere<GpuAliasesRow>(db, "gpu_model_id", id));
    for (const OffersRow &offer : rowsWhere<OffersRow>(db, "gpu_model_id", id))
        addOfferDeleted(edit, db, offer);
    // Shapes keep their GPU count without the model; undo links them again.
    for (const InstanceShapesRow &shape : rowsWhere<InstanceShapesRow>(db, "gpu_model_id", id)) {
        InstanceShapesRow unlinked = shape;
        unlinked.gpuModelId.reset();
        edit.add<InstanceShapesRow>(shape, unlinked);
    }
    return edit;
}

PriceBookEdit saveOfferOrThrow(const QSqlDatabase &db, std::optional<qint64> id, qint64 providerId,
                               qint64 gpuModelId, const Offer &offer,
                               const std::optional<PriceObservation> &firstPrice)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = rowBefore<OffersRow>(db, id);
    PriceBookEdit edit(id ? tr("Change offer %1").arg(before->offer.instanceType)
                          : tr("Add offer %1").arg(offer.instanceType));
    OffersRow after{rowId, providerId, gpuModelId, offer};
    after.offer.provider.clear(); // names, not columns: the ids above
    after.offer.gpuModel.clear();
    after.offer.prices.clear();
    if (before) {
        // Whether a catalog lists the offer is the update's to say, not the form's.
        after.offer.notListedSince = before->offer.notListedSince;
        after.offer.listedBy = before->offer.listedBy;
    }
    edit.add<OffersRow>(before, after);
    if (!id && firstPrice) {
        edit.add<PriceObservationsRow>(
            std::nullopt, PriceObservationsRow{newRowId(), rowId, *firstPrice, {}, {}});
    }
    return edit;
}

PriceBookEdit deleteOfferOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto offer = existingRow<OffersRow>(db, id);
    PriceBookEdit edit(tr("Delete offer %1").arg(offer.offer.instanceType));
    addOfferDeleted(edit, db, offer);
    return edit;
}

PriceBookEdit addPriceOrThrow(const QSqlDatabase &db, qint64 offerId, const PriceObservation &price)
{
    const auto offer = existingRow<OffersRow>(db, offerId);
    PriceBookEdit edit(tr("Change price of %1").arg(offer.offer.instanceType));
    edit.add<PriceObservationsRow>(std::nullopt,
                                   PriceObservationsRow{newRowId(), offerId, price, {}, {}});
    return edit;
}

PriceBookEdit removePriceOrThrow(const QSqlDatabase &db, qint64 observationId)
{
    const auto row = existingRow<PriceObservationsRow>(db, observationId);
    PriceBookEdit edit(tr("Remove a price of %1").arg(offerName(db, row.offerId)));
    edit.add<PriceObservationsRow>(row, std::nullopt);
    return edit;
}

PriceBookEdit saveSnapshotOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                  const MarketShareSnapshot &snapshot)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = rowBefore<MarketShareSnapshotsRow>(db, id);
    const QString title = snapshot.scope + u", "_s + snapshot.period;
    PriceBookEdit edit(id ? tr("Change market share %1").arg(title)
                          : tr("Add market share %1").arg(title));
    MarketShareSnapshotsRow after{rowId, snapshot};
    after.snapshot.entries.clear(); // rows of their own, below
    edit.add<MarketShareSnapshotsRow>(before, after);

    // An entry keeps its row while its label stays, so relabelling or reordering entries never
    // meets the UNIQUE (snapshot, label) constraint halfway through the upserts.
    QHash<QString, MarketShareEntriesRow> current;
    for (const MarketShareEntriesRow &row :
         rowsWhere<MarketShareEntriesRow>(db, "snapshot_id", rowId))
        current.insert(row.label, row);
    int position = 0;
    for (const MarketShareEntry &e : snapshot.entries) {
        std::optional<qint64> providerId;
        if (!e.provider.isEmpty()) {
            providerId = ProviderRepository(db).idByName(e.provider);
            if (!providerId)
                throw DatabaseError(tr("no provider is named \"%1\"").arg(e.provider));
        }
        const std::optional<MarketShareEntriesRow> old =
            current.contains(e.label) ? std::optional(current.take(e.label)) : std::nullopt;
        const MarketShareEntriesRow row{old ? old->id : newRowId(),
                                        rowId,
                                        position++,
                                        e.label,
                                        providerId,
                                        e.sharePercent,
                                        e.lowPercent,
                                        e.highPercent,
                                        e.sourceUrl};
        edit.add<MarketShareEntriesRow>(old, row);
    }
    for (const MarketShareEntriesRow &gone : std::as_const(current))
        edit.add<MarketShareEntriesRow>(gone, std::nullopt);
    return edit;
}

PriceBookEdit deleteSnapshotOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto snapshot = existingRow<MarketShareSnapshotsRow>(db, id);
    PriceBookEdit edit(
        tr("Delete market share %1, %2").arg(snapshot.snapshot.scope, snapshot.snapshot.period));
    edit.add<MarketShareSnapshotsRow>(snapshot, std::nullopt);
    addDeleted(edit, rowsWhere<MarketShareEntriesRow>(db, "snapshot_id", id));
    return edit;
}

PriceBookEdit saveInstanceShapeOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                       qint64 providerId, std::optional<qint64> gpuModelId,
                                       const InstanceShape &shape)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = rowBefore<InstanceShapesRow>(db, id);
    PriceBookEdit edit(id ? tr("Change the shape of %1").arg(before->instanceType)
                          : tr("Add the shape of %1").arg(shape.instanceType));
    edit.add<InstanceShapesRow>(before,
                                InstanceShapesRow{rowId, providerId, shape.instanceType, gpuModelId,
                                                  shape.gpuCount, shape.sourceUrl, shape.notes});
    return edit;
}

PriceBookEdit deleteInstanceShapeOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto shape = existingRow<InstanceShapesRow>(db, id);
    PriceBookEdit edit(tr("Delete the shape of %1").arg(shape.instanceType));
    edit.add<InstanceShapesRow>(shape, std::nullopt);
    return edit;
}

PriceBookEdit saveEgressPriceOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                     qint64 providerId, const EgressPrice &price)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = rowBefore<EgressPricesRow>(db, id);
    PriceBookEdit edit(id ? tr("Change %1's egress price").arg(price.provider)
                          : tr("Add %1's egress price").arg(price.provider));
    EgressPricesRow after{rowId, providerId, price};
    after.price.provider.clear(); // a name, not a column: providerId
    edit.add<EgressPricesRow>(before, after);
    return edit;
}

PriceBookEdit deleteEgressPriceOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto row = existingRow<EgressPricesRow>(db, id);
    PriceBookEdit edit(tr("Delete an egress price"));
    edit.add<EgressPricesRow>(row, std::nullopt);
    return edit;
}

} // namespace

Outcome<PriceBookEdit> saveProvider(const QSqlDatabase &db, std::optional<qint64> id,
                                    const Provider &p)
{
    return attempt([&] { return saveProviderOrThrow(db, id, p); });
}

Outcome<PriceBookEdit> deleteProvider(const QSqlDatabase &db, qint64 id)
{
    return attempt([&] { return deleteProviderOrThrow(db, id); });
}

Outcome<PriceBookEdit> saveGpuModel(const QSqlDatabase &db, std::optional<qint64> id,
                                    const GpuModel &model)
{
    return attempt([&] { return saveGpuModelOrThrow(db, id, model); });
}

Outcome<PriceBookEdit> deleteGpuModel(const QSqlDatabase &db, qint64 id)
{
    return attempt([&] { return deleteGpuModelOrThrow(db, id); });
}

Outcome<PriceBookEdit> saveOffer(const QSqlDatabase &db, std::optional<qint64> id,
                                 qint64 providerId, qint64 gpuModelId, const Offer &offer,
                                 const std::optional<PriceObservation> &firstPrice)
{
    return attempt(
        [&] { return saveOfferOrThrow(db, id, providerId, gpuModelId, offer, firstPrice); });
}

Outcome<PriceBookEdit> deleteOffer(const QSqlDatabase &db, qint64 id)
{
    return attempt([&] { return deleteOfferOrThrow(db, id); });
}

Outcome<PriceBookEdit> addPrice(const QSqlDatabase &db, qint64 offerId,
                                const PriceObservation &price)
{
    return attempt([&] { return addPriceOrThrow(db, offerId, price); });
}

Outcome<PriceBookEdit> removePrice(const QSqlDatabase &db, qint64 observationId)
{
    return attempt([&] { return removePriceOrThrow(db, observationId); });
}

Outcome<PriceBookEdit> saveSnapshot(const QSqlDatabase &db, std::optional<qint64> id,
                                    const MarketShareSnapshot &snapshot)
{
    return attempt([&] { return saveSnapshotOrThrow(db, id, snapshot); });
}

Outcome<PriceBookEdit> deleteSnapshot(const QSqlDatabase &db, qint64 id)
{
    return attempt([&] { return deleteSnapshotOrThrow(db, id); });
}

Outcome<PriceBookEdit> saveInstanceShape(const QSqlDatabase &db, std::optional<qint64> id,
                                         qint64 providerId, std::optional<qint64> gpuModelId,
                                         const InstanceShape &shape)
{
    return attempt([&] { return saveInstanceShapeOrThrow(db, id, providerId, gpuModelId, shape); });
}

Outcome<PriceBookEdit> deleteInstanceShape(const QSqlDatabase &db, qint64 id)
{
    return attempt([&] { return deleteInstanceShapeOrThrow(db, id); });
}

Outcome<PriceBookEdit> saveEgressPrice(const QSqlDatabase &db, std::optional<qint64> id,
                                       qint64 providerId, const EgressPrice &price)
{
    return attempt([&] { return saveEgressPriceOrThrow(db, id, providerId, price); });
}

Outcome<PriceBookEdit> deleteEgressPrice(const QSqlDatabase &db, qint64 id)
{
    return attempt([&] { return deleteEgressPriceOrThrow(db, id); });
}

} // namespace gpucompare
