// The records the editing forms list and show, read whole from the price book (the edits that
// change them are in PriceBookEdits.cpp).

#include "DatabaseError.h"
#include "EgressPriceRepository.h"
#include "GpuModelRepository.h"
#include "PriceBookEdits.h"
#include "PricingModel.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

int countWhere(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery q = execPrepared(db, sql, {id});
    return q.next() ? q.value(0).toInt() : 0;
}

// The readers as written against the database, throwing DatabaseError (…OrThrow); each public
// one below turns its DatabaseError into an outcome.

QList<ProviderRecord> providerRecordsOrThrow(const QSqlDatabase &db)
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

QList<GpuModelRecord> gpuModelRecordsOrThrow(const QSqlDatabase &db)
{
    QHash<qint64, QStringList> aliases;
    QSqlQuery a = execPrepared(
        db, u"SELECT gpu_model_id, alias FROM gpu_aliases ORDER BY alias COLLATE NOCASE"_s);
    while (a.next())
        aliases[a.value(0).toLongLong()].append(a.value(1).toString());

    QList<GpuModelRecord> records;
    QSqlQuery q =
        execPrepared(db, u"SELECT g.id, %1 FROM gpu_models g ORDER BY g.name COLLATE NOCASE"_s.arg(
                             GpuModelRepository::selectColumns(u"g"_s)));
    while (q.next()) {
        GpuModelRecord r;
        r.id = q.value(0).toLongLong();
        r.model = GpuModelRepository::readModel(q, 1);
        r.model.aliases = aliases.value(r.id);
        records.append(r);
    }
    return records;
}

QList<OfferSummary> offerSummariesOrThrow(const QSqlDatabase &db)
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
        // Two lines: who and what GPU, then the machine, region and pricing. One line cut at
        // the list's edge hid everything after the GPU.
        QStringList first;
        QStringList second;
        for (int i = 1; i <= 6; ++i) {
            QString part = q.value(i).toString();
            if (i == 5)
                part = pricingModelDisplayName(
                    pricingModelFromToken(part).value_or(PricingModel::OnDemand));
            if (!part.isEmpty())
                (i <= 2 ? first : second).append(part);
        }
        summaries.append(
            {q.value(0).toLongLong(), first.join(u" · "_s) + u'\n' + second.join(u" · "_s),
             offerIdentity(q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString())});
    }
    return summaries;
}

std::optional<OfferRecord> offerRecordOrThrow(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = execPrepared(
        db,
        u"SELECT o.provider_id, o.gpu_model_id, p.name, g.name, o.instance_type, "
        "o.gpus_per_instance, o.vcpus, o.ram_gb, o.region, o.pricing_model, o.pricing_term, "
        "o.interconnect, o.notes, o.not_listed_since, o.listed_by, o.per_gpu_rate, o.sold_via "
        "FROM offers o "
        "JOIN providers p ON p.id = o.provider_id "
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
    o.notListedSince = q.value(13).toString();
    o.listedBy = q.value(14).toString();
    o.perGpuRate = q.value(15).toBool();
    o.soldVia = q.value(16).toString();

    // Oldest first with undated figures before dated ones, the order the price table reads
    // the current price in.
    const bool team = dialectOf(db) == SqlDialect::Postgres;
    QSqlQuery p = execPrepared(
        db,
        u"SELECT id, usd_micros_per_instance_hour, observed_on, source_url, note, confirmed_on%1 "
        "FROM price_observations WHERE offer_id = ? ORDER BY observed_on, id"_s.arg(
            team ? u", recorded_by, recorded_at"_s : QString()),
        {id});
    while (p.next()) {
        r.prices.append({p.value(0).toLongLong(),
                         {Money::fromMicros(p.value(1).toLongLong()), p.value(2).toString(),
                          p.value(3).toString(), p.value(4).toString(), p.value(5).toString()},
                         team ? p.value(6).toString() : QString(),
                         team ? p.value(7).toString() : QString()});
    }
    return r;
}

QList<SnapshotRecord> snapshotRecordsOrThrow(const QSqlDatabase &db)
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

References providerReferencesOrThrow(const QSqlDatabase &db, qint64 providerId)
{
    return {countWhere(db, u"SELECT count(*) FROM offers WHERE provider_id = ?"_s, providerId),
            countWhere(db,
                       u"SELECT count(*) FROM price_observations WHERE offer_id IN "
                       "(SELECT id FROM offers WHERE provider_id = ?)"_s,
                       providerId),
            countWhere(db, u"SELECT count(*) FROM market_share_entries WHERE provider_id = ?"_s,
                       providerId)};
}

References gpuModelReferencesOrThrow(const QSqlDatabase &db, qint64 gpuModelId)
{
    return {countWhere(db, u"SELECT count(*) FROM offers WHERE gpu_model_id = ?"_s, gpuModelId),
            countWhere(db,
                       u"SELECT count(*) FROM price_observations WHERE offer_id IN "
                       "(SELECT id FROM offers WHERE gpu_model_id = ?)"_s,
                       gpuModelId),
            0};
}

QList<InstanceShapeRecord> instanceShapeRecordsOrThrow(const QSqlDatabase &db)
{
    QList<InstanceShapeRecord> records;
    QSqlQuery q = execPrepared(
        db, u"SELECT s.id, s.provider_id, s.gpu_model_id, p.name, s.instance_type, "
            "coalesce(g.name, ''), s.gpu_count, s.source_url, s.notes FROM instance_shapes s "
            "JOIN providers p ON p.id = s.provider_id "
            "LEFT JOIN gpu_models g ON g.id = s.gpu_model_id "
            "ORDER BY p.name COLLATE NOCASE, s.instance_type COLLATE NOCASE"_s);
    while (q.next()) {
        InstanceShapeRecord r;
        r.id = q.value(0).toLongLong();
        r.providerId = q.value(1).toLongLong();
        if (!q.isNull(2))
            r.gpuModelId = q.value(2).toLongLong();
        r.shape = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                   q.value(6).toInt(),    q.value(7).toString(), q.value(8).toString()};
        records.append(r);
    }
    return records;
}

QList<std::pair<qint64, EgressPrice>> egressPriceRecordsOrThrow(const QSqlDatabase &db)
{
    return EgressPriceRepository(db).records();
}

} // namespace

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

Outcome<QList<ProviderRecord>> providerRecords(const QSqlDatabase &db)
{
    return attempt([&] { return providerRecordsOrThrow(db); });
}

Outcome<QList<GpuModelRecord>> gpuModelRecords(const QSqlDatabase &db)
{
    return attempt([&] { return gpuModelRecordsOrThrow(db); });
}

Outcome<QList<InstanceShapeRecord>> instanceShapeRecords(const QSqlDatabase &db)
{
    return attempt([&] { return instanceShapeRecordsOrThrow(db); });
}

Outcome<QList<std::pair<qint64, EgressPrice>>> egressPriceRecords(const QSqlDatabase &db)
{
    return attempt([&] { return egressPriceRecordsOrThrow(db); });
}

Outcome<QList<OfferSummary>> offerSummaries(const QSqlDatabase &db)
{
    return attempt([&] { return offerSummariesOrThrow(db); });
}

Outcome<std::optional<OfferRecord>> offerRecord(const QSqlDatabase &db, qint64 id)
{
    return attempt([&] { return offerRecordOrThrow(db, id); });
}

Outcome<QList<SnapshotRecord>> snapshotRecords(const QSqlDatabase &db)
{
    return attempt([&] { return snapshotRecordsOrThrow(db); });
}

Outcome<References> providerReferences(const QSqlDatabase &db, qint64 providerId)
{
    return attempt([&] { return providerReferencesOrThrow(db, providerId); });
}

Outcome<References> gpuModelReferences(const QSqlDatabase &db, qint64 gpuModelId)
{
    return attempt([&] { return gpuModelReferencesOrThrow(db, gpuModelId); });
}

} // namespace gpucompare
