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
            {u"notes"_s, m.notes}};
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
            {u"notes"_s, o.notes}};
}

QVariantMap priceRow(qint64 id, qint64 offerId, const PriceObservation &p)
{
    return {{u"id"_s, integer(id)},
            {u"offer_id"_s, integer(offerId)},
            {u"usd_micros_per_instance_hour"_s, integer(p.usdPerInstanceHour.micros())},
            {u"observed_on"_s, p.observedOn},
            {u"source_url"_s, p.sourceUrl},
            {u"note"_s, p.note}};
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

int countWhere(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery q = execPrepared(db, sql, {id});
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

QList<ProviderRecord> providerRecords(const QSqlDatabase &db)
{
    QList<ProviderRecord> records;
    QSqlQuery q = execPrepared(
        db, u"SELECT p.id, p.name, p.kind, p.website, p.notes, coalesce(d.discount_percent, 0) "
            "FROM providers p LEFT JOIN provider_discounts d ON d.provider_id = p.id "
            "ORDER BY p.name COLLATE NOCASE"_s);
    while (q.next()) {
        records.append(
            {q.value(0).toLongLong(),
             Provider{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toDouble()}});
    }
    return records;
}

QList<GpuModelRecord> gpuModelRecords(const QSqlDatabase &db)
{
    QHash<qint64, QStringList> aliases;
    QSqlQuery a = execPrepared(db, u"SELECT gpu_model_id, alias FROM gpu_aliases ORDER BY alias"_s);
    while (a.next())
        aliases[a.value(0).toLongLong()].append(a.value(1).toString());

    const auto optionalDouble = [](const QSqlQuery &q, int i) -> std::optional<double> {
        return q.isNull(i) ? std::nullopt : std::optional<double>(q.value(i).toDouble());
    };
    QList<GpuModelRecord> records;
    QSqlQuery q = execPrepared(
        db, u"SELECT id, name, vendor, memory_gb, bf16_tflops, fp8_tflops, bandwidth_gbps, "
            "has_bf16, source_url, notes FROM gpu_models ORDER BY name COLLATE NOCASE"_s);
    while (q.next()) {
        GpuModelRecord r;
        r.id = q.value(0).toLongLong();
        r.model.name = q.value(1).toString();
        r.model.vendor = q.value(2).toString();
        r.model.memoryGb = optionalDouble(q, 3);
        r.model.bf16Tflops = optionalDouble(q, 4);
        r.model.fp8Tflops = optionalDouble(q, 5);
        r.model.bandwidthGbps = optionalDouble(q, 6);
        r.model.hasBf16 = q.value(7).toInt() != 0;
        r.model.sourceUrl = q.value(8).toString();
        r.model.notes = q.value(9).toString();
        r.model.aliases = aliases.value(r.id);
        records.append(r);
    }
    return records;
}

QString offerIdentity(qint64 providerId, qint64 gpuModelId, const QString &instanceType,
                      const QString &region, const QString &pricingToken,
                      const QString &pricingTerm)
{
    // A separator no validated text may hold (control characters are refused everywhere).
    return QStringList{QString::number(providerId),
                       QString::number(gpuModelId),
                       instanceType,
                       region,
                       pricingToken,
                       pricingTerm}
        .join(QChar(0x1F));
}

QList<OfferSummary> offerSummaries(const QSqlDatabase &db)
{
    QList<OfferSummary> summaries;
    QSqlQuery q = execPrepared(
        db, u"SELECT o.id, p.name, g.name, o.instance_type, o.region, o.pricing_model, "
            "o.pricing_term, o.provider_id, o.gpu_model_id "
            "FROM offers o JOIN providers p ON p.id = o.provider_id "
            "JOIN gpu_models g ON g.id = o.gpu_model_id "
            "ORDER BY p.name COLLATE NOCASE, g.name, o.instance_type, o.region, "
            "o.pricing_model, o.pricing_term"_s);
    while (q.next()) {
        QStringList parts;
        for (int i = 1; i <= 6; ++i) {
            QString part = q.value(i).toString();
            if (i == 5)
                part = pricingModelDisplayName(
                    pricingModelFromToken(part).value_or(PricingModel::OnDemand));
            if (!part.isEmpty())
                parts.append(part);
        }
        summaries.append(
            {q.value(0).toLongLong(), parts.join(u" · "_s),
             offerIdentity(q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString())});
    }
    return summaries;
}

std::optional<OfferRecord> offerRecord(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = execPrepared(
        db,
        u"SELECT o.provider_id, o.gpu_model_id, p.name, g.name, o.instance_type, "
        "o.gpus_per_instance, o.vcpus, o.ram_gb, o.region, o.pricing_model, o.pricing_term, "
        "o.interconnect, o.notes FROM offers o JOIN providers p ON p.id = o.provider_id "
        "JOIN gpu_models g ON g.id = o.gpu_model_id WHERE o.id = ?"_s,
        {id});
    if (!q.next())
        return std::nullopt;
    OfferRecord r;
    r.id = id;
    r.providerId = q.value(0).toLongLong();
    r.gpuModelId = q.value(1).toLongLong();
    Offer &o = r.offer;
    o.provider = q.value(2).toString();
    o.gpuModel = q.value(3).toString();
    o.instanceType = q.value(4).toString();
    o.gpusPerInstance = q.value(5).toInt();
    if (!q.isNull(6))
        o.vcpus = q.value(6).toInt();
    if (!q.isNull(7))
        o.ramGb = q.value(7).toDouble();
    o.region = q.value(8).toString();
    o.pricing = pricingModelFromToken(q.value(9).toString()).value_or(PricingModel::OnDemand);
    o.pricingTerm = q.value(10).toString();
    o.interconnect = q.value(11).toString();
    o.notes = q.value(12).toString();

    // Oldest first with undated figures before dated ones, the order the price table reads
    // the current price in.
    QSqlQuery p =
        execPrepared(db,
                     u"SELECT id, usd_micros_per_instance_hour, observed_on, source_url, note "
                     "FROM price_observations WHERE offer_id = ? ORDER BY observed_on, id"_s,
                     {id});
    while (p.next()) {
        r.prices.append({p.value(0).toLongLong(),
                         {Money::fromMicros(p.value(1).toLongLong()), p.value(2).toString(),
                          p.value(3).toString(), p.value(4).toString()}});
    }
    return r;
}

QList<SnapshotRecord> snapshotRecords(const QSqlDatabase &db)
{
    QHash<qint64, QList<MarketShareEntry>> entries;
    QSqlQuery e = execPrepared(
        db, u"SELECT e.snapshot_id, e.label, coalesce(p.name, ''), e.share_percent, "
            "e.low_percent, e.high_percent, e.source_url FROM market_share_entries e "
            "LEFT JOIN providers p ON p.id = e.provider_id ORDER BY e.snapshot_id, e.position"_s);
    while (e.next()) {
        MarketShareEntry entry;
        entry.label = e.value(1).toString();
        entry.provider = e.value(2).toString();
        entry.sharePercent = e.value(3).toDouble();
        if (!e.isNull(4))
            entry.lowPercent = e.value(4).toDouble();
        if (!e.isNull(5))
            entry.highPercent = e.value(5).toDouble();
        entry.sourceUrl = e.value(6).toString();
        entries[e.value(0).toLongLong()].append(entry);
    }
    QList<SnapshotRecord> records;
    QSqlQuery q = execPrepared(
        db, u"SELECT id, period, scope, source_name, source_url, published_on, notes, estimate "
            "FROM market_share_snapshots ORDER BY scope, period, source_name"_s);
    while (q.next()) {
        SnapshotRecord r;
        r.id = q.value(0).toLongLong();
        MarketShareSnapshot &s = r.snapshot;
        s.period = q.value(1).toString();
        s.scope = q.value(2).toString();
        s.sourceName = q.value(3).toString();
        s.sourceUrl = q.value(4).toString();
        s.publishedOn = q.value(5).toString();
        s.notes = q.value(6).toString();
        s.estimate = q.value(7).toInt() != 0;
        s.entries = entries.value(r.id);
        records.append(r);
    }
    return records;
}

References providerReferences(const QSqlDatabase &db, qint64 providerId)
{
    return {countWhere(db, u"SELECT count(*) FROM offers WHERE provider_id = ?"_s, providerId),
            countWhere(db,
                       u"SELECT count(*) FROM price_observations WHERE offer_id IN "
                       "(SELECT id FROM offers WHERE provider_id = ?)"_s,
                       providerId),
            countWhere(db, u"SELECT count(*) FROM market_share_entries WHERE provider_id = ?"_s,
                       providerId)};
}

References gpuModelReferences(const QSqlDatabase &db, qint64 gpuModelId)
{
    return {countWhere(db, u"SELECT count(*) FROM offers WHERE gpu_model_id = ?"_s, gpuModelId),
            countWhere(db,
                       u"SELECT count(*) FROM price_observations WHERE offer_id IN "
                       "(SELECT id FROM offers WHERE gpu_model_id = ?)"_s,
                       gpuModelId),
            0};
}

PriceBookEdit saveProvider(const QSqlDatabase &db, std::optional<qint64> id, const Provider &p)
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

PriceBookEdit deleteProvider(const QSqlDatabase &db, qint64 id)
{
    const auto provider = existingRow(db, u"providers"_s, id);
    PriceBookEdit edit(tr("Delete provider %1").arg(provider->value(u"name"_s).toString()));
    edit.add({u"providers"_s, integer(id), provider, std::nullopt});
    edit.add({u"provider_discounts"_s, integer(id), readRow(db, u"provider_discounts"_s, id),
              std::nullopt});
    for (const QVariantMap &offer : readRowsWhere(db, u"offers"_s, u"provider_id"_s, id))
        addOfferDeleted(edit, db, offer);
    for (const QVariantMap &entry :
         readRowsWhere(db, u"market_share_entries"_s, u"provider_id"_s, id)) {
        QVariantMap unlinked = entry;
        unlinked.insert(u"provider_id"_s, QVariant());
        edit.add({u"market_share_entries"_s, entry.value(u"id"_s), entry, unlinked});
    }
    return edit;
}

PriceBookEdit saveGpuModel(const QSqlDatabase &db, std::optional<qint64> id, const GpuModel &model)
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

PriceBookEdit deleteGpuModel(const QSqlDatabase &db, qint64 id)
{
    const auto model = existingRow(db, u"gpu_models"_s, id);
    PriceBookEdit edit(tr("Delete GPU model %1").arg(model->value(u"name"_s).toString()));
    edit.add({u"gpu_models"_s, integer(id), model, std::nullopt});
    addDeleted(edit, u"gpu_aliases"_s, readRowsWhere(db, u"gpu_aliases"_s, u"gpu_model_id"_s, id));
    for (const QVariantMap &offer : readRowsWhere(db, u"offers"_s, u"gpu_model_id"_s, id))
        addOfferDeleted(edit, db, offer);
    return edit;
}

PriceBookEdit saveOffer(const QSqlDatabase &db, std::optional<qint64> id, qint64 providerId,
                        qint64 gpuModelId, const Offer &offer,
                        const std::optional<PriceObservation> &firstPrice)
{
    const qint64 rowId = id ? *id : newRowId();
    const auto before = id ? existingRow(db, u"offers"_s, rowId) : std::nullopt;
    PriceBookEdit edit(id ? tr("Change offer %1").arg(before->value(u"instance_type"_s).toString())
                          : tr("Add offer %1").arg(offer.instanceType));
    edit.add({u"offers"_s, integer(rowId), before, offerRow(rowId, providerId, gpuModelId, offer)});
    if (!id && firstPrice) {
        const qint64 priceId = newRowId();
        edit.add({u"price_observations"_s, integer(priceId), std::nullopt,
                  priceRow(priceId, rowId, *firstPrice)});
    }
    return edit;
}

PriceBookEdit deleteOffer(const QSqlDatabase &db, qint64 id)
{
    const auto offer = existingRow(db, u"offers"_s, id);
    PriceBookEdit edit(tr("Delete offer %1").arg(offer->value(u"instance_type"_s).toString()));
    addOfferDeleted(edit, db, *offer);
    return edit;
}

PriceBookEdit addPrice(const QSqlDatabase &db, qint64 offerId, const PriceObservation &price)
{
    existingRow(db, u"offers"_s, offerId);
    PriceBookEdit edit(tr("Change price of %1").arg(offerName(db, offerId)));
    const qint64 priceId = newRowId();
    edit.add({u"price_observations"_s, integer(priceId), std::nullopt,
              priceRow(priceId, offerId, price)});
    return edit;
}

PriceBookEdit removePrice(const QSqlDatabase &db, qint64 observationId)
{
    const auto row = existingRow(db, u"price_observations"_s, observationId);
    PriceBookEdit edit(
        tr("Remove a price of %1").arg(offerName(db, row->value(u"offer_id"_s).toLongLong())));
    edit.add({u"price_observations"_s, integer(observationId), row, std::nullopt});
    return edit;
}

PriceBookEdit saveSnapshot(const QSqlDatabase &db, std::optional<qint64> id,
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

PriceBookEdit deleteSnapshot(const QSqlDatabase &db, qint64 id)
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

} // namespace gpucompare
