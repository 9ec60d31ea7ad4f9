#include "PriceBookEdits.h"

#include "DatabaseError.h"
#include "ProviderRepository.h"
#include "Translated.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::PriceBookEdits", text);
}

/// Integers as SQLite returns them (qlonglong), so an unchanged row compares equal.
QVariant integer(qint64 value)
{
    return QVariant::fromValue(value);
}

template <typename T> QVariant nullableNumber(const std::optional<T> &value)
{
    if (!value)
        return QVariant();
    if constexpr (std::is_integral_v<T>)
        return integer(*value);
    else
        return QVariant::fromValue(double(*value));
}

std::optional<QVariantMap> existingRow(const QSqlDatabase &db, const QString &table, qint64 id)
{
    std::optional<QVariantMap> row = readRow(db, table, id);
    if (!row)
        throw DatabaseError(tr("the record is no longer in the price book (changed by another "
                               "window?); reload and try again"));
    return row;
}

/// Adds every row as deleted.
void addDeleted(PriceBookEdit &edit, const QString &table, const QList<QVariantMap> &rows)
{
    const QString key = PriceBookEdit::keyColumn(table);
    for (const QVariantMap &row : rows)
        edit.add({table, row.value(key), row, std::nullopt});
}

/// An offer's rows and its prices, as deleted.
void addOfferDeleted(PriceBookEdit &edit, const QSqlDatabase &db, const QVariantMap &offer)
{
    edit.add({u"offers"_s, offer.value(u"id"_s), offer, std::nullopt});
    addDeleted(edit, u"price_observations"_s,
               readRowsWhere(db, u"price_observations"_s, u"offer_id"_s, offer.value(u"id"_s)));
}

QVariantMap providerRow(qint64 id, const Provider &p)
{
    return {{u"id"_s, integer(id)},
            {u"name"_s, p.name},
            {u"kind"_s, p.kind},
            {u"website"_s, p.website},
            {u"notes"_s, p.notes}};
}

QVariantMap gpuModelRow(qint64 id, const GpuModel &m)
{
    return {{u"id"_s, integer(id)},
            {u"name"_s, m.name},
            {u"vendor"_s, m.vendor},
            {u"memory_gb"_s, nullableNumber(m.memoryGb)},
            {u"bf16_tflops"_s, nullableNumber(m.bf16Tflops)},
            {u"fp8_tflops"_s, nullableNumber(m.fp8Tflops)},
            {u"bandwidth_gbps"_s, nullableNumber(m.bandwidthGbps)},
            {u"has_bf16"_s, integer(m.hasBf16 ? 1 : 0)},
            {u"source_url"_s, m.sourceUrl},
            {u"notes"_s, m.notes},
            {u"typical_mfu"_s, nullableNumber(m.typicalMfu)},
            {u"typical_mfu_basis"_s, m.typicalMfuBasis},
            {u"fp32_tflops"_s, nullableNumber(m.fp32Tflops)},
            {u"tf32_tflops"_s, nullableNumber(m.tf32Tflops)},
            {u"fp16_tflops"_s, nullableNumber(m.fp16Tflops)},
            {u"int8_tops"_s, nullableNumber(m.int8Tops)},
            {u"form_factor"_s, m.formFactor},
            {u"memory_type"_s, m.memoryType},
            {u"tdp_w"_s, nullableNumber(m.tdpWatts)},
            {u"launch_year"_s, nullableNumber(m.launchYear)}};
}

QVariantMap offerRow(qint64 id, qint64 providerId, qint64 gpuModelId, const Offer &o)
{
    return {{u"id"_s, integer(id)},
            {u"provider_id"_s, integer(providerId)},
            {u"gpu_model_id"_s, integer(gpuModelId)},
            {u"instance_type"_s, o.instanceType},
            {u"gpus_per_instance"_s, integer(o.gpusPerInstance)},
            {u"vcpus"_s, nullableNumber(o.vcpus)},
            {u"ram_gb"_s, nullableNumber(o.ramGb)},
            {u"region"_s, o.region},
            {u"pricing_model"_s, pricingModelToken(o.pricing)},
            {u"pricing_term"_s, o.pricingTerm},
            {u"interconnect"_s, o.interconnect},
            {u"notes"_s, o.notes},
            {u"not_listed_since"_s, o.notListedSince},
            {u"listed_by"_s, o.listedBy},
            {u"per_gpu_rate"_s, integer(o.perGpuRate ? 1 : 0)},
            {u"sold_via"_s, o.soldVia}};
}

QVariantMap priceRow(qint64 id, qint64 offerId, const PriceObservation &p)
{
    return {{u"id"_s, integer(id)},
            {u"offer_id"_s, integer(offerId)},
            {u"usd_micros_per_instance_hour"_s, integer(p.usdPerInstanceHour.micros())},
            {u"observed_on"_s, p.observedOn},
            {u"source_url"_s, p.sourceUrl},
            {u"note"_s, p.note},
            {u"confirmed_on"_s, p.confirmedOn}};
}

QVariantMap shapeRow(qint64 id, qint64 providerId, std::optional<qint64> gpuModelId,
                     const InstanceShape &shape)
{
    return {{u"id"_s, integer(id)},
            {u"provider_id"_s, integer(providerId)},
            {u"instance_type"_s, shape.instanceType},
            {u"gpu_model_id"_s, gpuModelId ? integer(*gpuModelId) : QVariant()},
            {u"gpu_count"_s, integer(shape.gpuCount)},
            {u"source_url"_s, shape.sourceUrl},
            {u"notes"_s, shape.notes}};
}

QVariantMap egressRow(qint64 id, qint64 providerId, const EgressPrice &e)
{
    return {{u"id"_s, integer(id)},
            {u"provider_id"_s, integer(providerId)},
            {u"from_gb"_s, e.fromGb},
            {u"to_gb"_s, e.toGb ? QVariant(*e.toGb) : QVariant()},
            {u"usd_micros_per_gb"_s, integer(e.usdPerGb.micros())},
            {u"free_gb_per_month"_s, e.freeGbPerMonth},
            {u"observed_on"_s, e.observedOn},
            {u"source_url"_s, e.sourceUrl},
            {u"note"_s, e.note}};
}

QVariantMap snapshotRow(qint64 id, const MarketShareSnapshot &s)
{
    return {{u"id"_s, integer(id)},         {u"period"_s, s.period},
            {u"scope"_s, s.scope},          {u"source_name"_s, s.sourceName},
            {u"source_url"_s, s.sourceUrl}, {u"published_on"_s, s.publishedOn},
            {u"notes"_s, s.notes},          {u"estimate"_s, integer(s.estimate ? 1 : 0)}};
}

QString offerName(const QSqlDatabase &db, qint64 offerId)
{
    const auto row = readRow(db, u"offers"_s, offerId);
    return row ? row->value(u"instance_type"_s).toString() : QString();
}

// The functions of the header as written against the repositories, throwing DatabaseError
// (…OrThrow); each public one below turns its DatabaseError into an outcome. (Not a named
// namespace: lupdate would file the tr() calls under it.)

PriceBookEdit saveProviderOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                  const Provider &p)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = id ? existingRow(db, u"providers"_s, rowId) : std::nullopt;
    PriceBookEdit edit(id ? tr("Change provider %1").arg(before->value(u"name"_s).toString())
                          : tr("Add provider %1").arg(p.name));
    edit.add({u"providers"_s, integer(rowId), before, providerRow(rowId, p)});
    std::optional<QVariantMap> discount;
    if (p.discountPercent > 0)
        discount = QVariantMap{{u"provider_id"_s, integer(rowId)},
                               {u"discount_percent"_s, p.discountPercent}};
    edit.add({u"provider_discounts"_s, integer(rowId), readRow(db, u"provider_discounts"_s, rowId),
              discount});
    return edit;
}

PriceBookEdit deleteProviderOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto provider = existingRow(db, u"providers"_s, id);
    PriceBookEdit edit(tr("Delete provider %1").arg(provider->value(u"name"_s).toString()));
    edit.add({u"providers"_s, integer(id), provider, std::nullopt});
    edit.add({u"provider_discounts"_s, integer(id), readRow(db, u"provider_discounts"_s, id),
              std::nullopt});
    for (const QVariantMap &offer : readRowsWhere(db, u"offers"_s, u"provider_id"_s, id))
        addOfferDeleted(edit, db, offer);
    addDeleted(edit, u"instance_shapes"_s,
               readRowsWhere(db, u"instance_shapes"_s, u"provider_id"_s, id));
    addDeleted(edit, u"egress_prices"_s,
               readRowsWhere(db, u"egress_prices"_s, u"provider_id"_s, id));
    for (const QVariantMap &entry :
         readRowsWhere(db, u"market_share_entries"_s, u"provider_id"_s, id)) {
        QVariantMap unlinked = entry;
        unlinked.insert(u"provider_id"_s, QVariant());
        edit.add({u"market_share_entries"_s, entry.value(u"id"_s), entry, unlinked});
    }
    return edit;
}

PriceBookEdit saveGpuModelOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                  const GpuModel &model)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = id ? existingRow(db, u"gpu_models"_s, rowId) : std::nullopt;
    PriceBookEdit edit(id ? tr("Change GPU model %1").arg(before->value(u"name"_s).toString())
                          : tr("Add GPU model %1").arg(model.name));
    edit.add({u"gpu_models"_s, integer(rowId), before, gpuModelRow(rowId, model)});

    // Aliases are keyed case-insensitively, as the column's NOCASE collation compares them.
    QHash<QString, QVariantMap> current;
    for (const QVariantMap &row : readRowsWhere(db, u"gpu_aliases"_s, u"gpu_model_id"_s, rowId))
        current.insert(row.value(u"alias"_s).toString().toCaseFolded(), row);
    QSet<QString> wanted;
    for (const QString &alias : model.aliases) {
        const QString folded = alias.toCaseFolded();
        if (wanted.contains(folded))
            continue;
        wanted.insert(folded);
        const auto owner = readRow(db, u"gpu_aliases"_s, alias);
        if (owner && owner->value(u"gpu_model_id"_s).toLongLong() != rowId) {
            throw DatabaseError(tr("the alias \"%1\" already names another GPU model").arg(alias));
        }
        const QVariantMap row{{u"alias"_s, alias}, {u"gpu_model_id"_s, integer(rowId)}};
        const QVariantMap old = current.take(folded);
        if (old.isEmpty())
            edit.add({u"gpu_aliases"_s, alias, std::nullopt, row});
        else if (old.value(u"alias"_s) != alias) // only the spelling changed: the same row
            edit.add({u"gpu_aliases"_s, alias, old, row});
    }
    for (const QVariantMap &gone : std::as_const(current))
        edit.add({u"gpu_aliases"_s, gone.value(u"alias"_s), gone, std::nullopt});
    return edit;
}

PriceBookEdit deleteGpuModelOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto model = existingRow(db, u"gpu_models"_s, id);
    PriceBookEdit edit(tr("Delete GPU model %1").arg(model->value(u"name"_s).toString()));
    edit.add({u"gpu_models"_s, integer(id), model, std::nullopt});
    addDeleted(edit, u"gpu_aliases"_s, readRowsWhere(db, u"gpu_aliases"_s, u"gpu_model_id"_s, id));
    for (const QVariantMap &offer : readRowsWhere(db, u"offers"_s, u"gpu_model_id"_s, id))
        addOfferDeleted(edit, db, offer);
    // Shapes keep their GPU count without the model; undo links them again.
    for (const QVariantMap &shape :
         readRowsWhere(db, u"instance_shapes"_s, u"gpu_model_id"_s, id)) {
        QVariantMap unlinked = shape;
        unlinked.insert(u"gpu_model_id"_s, QVariant());
        edit.add({u"instance_shapes"_s, shape.value(u"id"_s), shape, unlinked});
    }
    return edit;
}

PriceBookEdit saveOfferOrThrow(const QSqlDatabase &db, std::optional<qint64> id, qint64 providerId,
                               qint64 gpuModelId, const Offer &offer,
                               const std::optional<PriceObservation> &firstPrice)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = id ? existingRow(db, u"offers"_s, rowId) : std::nullopt;
    PriceBookEdit edit(id ? tr("Change offer %1").arg(before->value(u"instance_type"_s).toString())
                          : tr("Add offer %1").arg(offer.instanceType));
    QVariantMap after = offerRow(rowId, providerId, gpuModelId, offer);
    if (before) {
        // Whether a catalog lists the offer is the update's to say, not the form's.
        for (const QString &column : {u"not_listed_since"_s, u"listed_by"_s})
            after.insert(column, before->value(column));
    }
    edit.add({u"offers"_s, integer(rowId), before, after});
    if (!id && firstPrice) {
        const qint64 priceId = newRowId();
        edit.add({u"price_observations"_s, integer(priceId), std::nullopt,
                  priceRow(priceId, rowId, *firstPrice)});
    }
    return edit;
}

PriceBookEdit deleteOfferOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto offer = existingRow(db, u"offers"_s, id);
    PriceBookEdit edit(tr("Delete offer %1").arg(offer->value(u"instance_type"_s).toString()));
    addOfferDeleted(edit, db, *offer);
    return edit;
}

PriceBookEdit addPriceOrThrow(const QSqlDatabase &db, qint64 offerId, const PriceObservation &price)
{
    existingRow(db, u"offers"_s, offerId);
    PriceBookEdit edit(tr("Change price of %1").arg(offerName(db, offerId)));
    const qint64 priceId = newRowId();
    edit.add({u"price_observations"_s, integer(priceId), std::nullopt,
              priceRow(priceId, offerId, price)});
    return edit;
}

PriceBookEdit removePriceOrThrow(const QSqlDatabase &db, qint64 observationId)
{
    const auto row = existingRow(db, u"price_observations"_s, observationId);
    PriceBookEdit edit(
        tr("Remove a price of %1").arg(offerName(db, row->value(u"offer_id"_s).toLongLong())));
    edit.add({u"price_observations"_s, integer(observationId), row, std::nullopt});
    return edit;
}

PriceBookEdit saveSnapshotOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                  const MarketShareSnapshot &snapshot)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = id ? existingRow(db, u"market_share_snapshots"_s, rowId) : std::nullopt;
    const QString title = snapshot.scope + u", "_s + snapshot.period;
    PriceBookEdit edit(id ? tr("Change market share %1").arg(title)
                          : tr("Add market share %1").arg(title));
    edit.add({u"market_share_snapshots"_s, integer(rowId), before, snapshotRow(rowId, snapshot)});

    // An entry keeps its row while its label stays, so relabelling or reordering entries never
    // meets the UNIQUE (snapshot, label) constraint halfway through the upserts.
    QHash<QString, QVariantMap> current;
    for (const QVariantMap &row :
         readRowsWhere(db, u"market_share_entries"_s, u"snapshot_id"_s, rowId))
        current.insert(row.value(u"label"_s).toString(), row);
    int position = 0;
    for (const MarketShareEntry &e : snapshot.entries) {
        std::optional<qint64> providerId;
        if (!e.provider.isEmpty()) {
            providerId = ProviderRepository(db).idByName(e.provider);
            if (!providerId)
                throw DatabaseError(tr("no provider is named \"%1\"").arg(e.provider));
        }
        const auto old = current.take(e.label);
        const qint64 entryId = old.isEmpty() ? newRowId() : old.value(u"id"_s).toLongLong();
        const QVariantMap row{{u"id"_s, integer(entryId)},
                              {u"snapshot_id"_s, integer(rowId)},
                              {u"position"_s, integer(position++)},
                              {u"label"_s, e.label},
                              {u"provider_id"_s, nullableNumber(providerId)},
                              {u"share_percent"_s, e.sharePercent},
                              {u"low_percent"_s, nullableNumber(e.lowPercent)},
                              {u"high_percent"_s, nullableNumber(e.highPercent)},
                              {u"source_url"_s, e.sourceUrl}};
        edit.add({u"market_share_entries"_s, integer(entryId),
                  old.isEmpty() ? std::nullopt : std::optional<QVariantMap>(old), row});
    }
    for (const QVariantMap &gone : std::as_const(current))
        edit.add({u"market_share_entries"_s, gone.value(u"id"_s), gone, std::nullopt});
    return edit;
}

PriceBookEdit deleteSnapshotOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto snapshot = existingRow(db, u"market_share_snapshots"_s, id);
    PriceBookEdit edit(
        tr("Delete market share %1, %2")
            .arg(snapshot->value(u"scope"_s).toString(), snapshot->value(u"period"_s).toString()));
    edit.add({u"market_share_snapshots"_s, integer(id), snapshot, std::nullopt});
    addDeleted(edit, u"market_share_entries"_s,
               readRowsWhere(db, u"market_share_entries"_s, u"snapshot_id"_s, id));
    return edit;
}

PriceBookEdit saveInstanceShapeOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                       qint64 providerId, std::optional<qint64> gpuModelId,
                                       const InstanceShape &shape)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = id ? existingRow(db, u"instance_shapes"_s, rowId) : std::nullopt;
    PriceBookEdit edit(
        id ? tr("Change the shape of %1").arg(before->value(u"instance_type"_s).toString())
           : tr("Add the shape of %1").arg(shape.instanceType));
    edit.add({u"instance_shapes"_s, integer(rowId), before,
              shapeRow(rowId, providerId, gpuModelId, shape)});
    return edit;
}

PriceBookEdit deleteInstanceShapeOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto shape = existingRow(db, u"instance_shapes"_s, id);
    PriceBookEdit edit(
        tr("Delete the shape of %1").arg(shape->value(u"instance_type"_s).toString()));
    edit.add({u"instance_shapes"_s, integer(id), shape, std::nullopt});
    return edit;
}

PriceBookEdit saveEgressPriceOrThrow(const QSqlDatabase &db, std::optional<qint64> id,
                                     qint64 providerId, const EgressPrice &price)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = id ? existingRow(db, u"egress_prices"_s, rowId) : std::nullopt;
    PriceBookEdit edit(id ? tr("Change %1's egress price").arg(price.provider)
                          : tr("Add %1's egress price").arg(price.provider));
    edit.add({u"egress_prices"_s, integer(rowId), before, egressRow(rowId, providerId, price)});
    return edit;
}

PriceBookEdit deleteEgressPriceOrThrow(const QSqlDatabase &db, qint64 id)
{
    const auto row = existingRow(db, u"egress_prices"_s, id);
    PriceBookEdit edit(tr("Delete an egress price"));
    edit.add({u"egress_prices"_s, integer(id), row, std::nullopt});
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
