#include "MarketShareRepository.h"

#include "SqlStatements.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace gpucompare {

std::optional<qint64> MarketShareRepository::findId(const MarketShareSnapshot &s) const
{
    QSqlQuery q = execPrepared(
        m_db,
        u"SELECT id FROM market_share_snapshots WHERE period = ? AND scope = ? AND source_name = ?"_s,
        {s.period, s.scope, s.sourceName});
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

qint64 MarketShareRepository::insert(const MarketShareSnapshot &s)
{
    QSqlQuery q = execPrepared(
        m_db,
        u"INSERT INTO market_share_snapshots (period, scope, source_name, source_url, "
        "published_on, notes, estimate) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {s.period, s.scope, s.sourceName, s.sourceUrl, s.publishedOn, s.notes, s.estimate ? 1 : 0});
    const qint64 id = insertedId(q);
    insertEntries(id, s.entries);
    return id;
}

bool MarketShareRepository::replace(qint64 id, const MarketShareSnapshot &s)
{
    const auto snapshots = all();
    for (const MarketShareSnapshot &current : snapshots) {
        if (findId(current) == id && current == s)
            return false;
    }
    execPrepared(m_db,
                 u"UPDATE market_share_snapshots SET source_url = ?, published_on = ?, notes = ?, "
                 "estimate = ? WHERE id = ?"_s,
                 {s.sourceUrl, s.publishedOn, s.notes, s.estimate ? 1 : 0, id});
    execPrepared(m_db, u"DELETE FROM market_share_entries WHERE snapshot_id = ?"_s, {id});
    insertEntries(id, s.entries);
    return true;
}

std::optional<qint64> MarketShareRepository::providerId(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    QSqlQuery q = execPrepared(m_db, u"SELECT id FROM providers WHERE name = ?"_s, {name});
    if (q.next())
        return q.value(0).toLongLong();
    throw DatabaseError(QCoreApplication::translate("gpucompare::MarketShareRepository",
                                                    "no provider is named \"%1\"")
                            .arg(name));
}

void MarketShareRepository::insertEntries(qint64 snapshotId, const QList<MarketShareEntry> &entries)
{
    int position = 0;
    for (const MarketShareEntry &e : entries) {
        execPrepared(
            m_db,
            u"INSERT INTO market_share_entries (snapshot_id, position, label, provider_id, "
            "share_percent, low_percent, high_percent, source_url) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {snapshotId, position++, e.label, nullable(providerId(e.provider)), e.sharePercent,
             nullable(e.lowPercent), nullable(e.highPercent), e.sourceUrl});
    }
}

QList<SnapshotRecord> MarketShareRepository::records() const
{
    QList<SnapshotRecord> records;
    QHash<qint64, qsizetype> indexById;
    QSqlQuery q = execPrepared(
        m_db, u"SELECT id, period, scope, source_name, source_url, published_on, notes, estimate "
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
        indexById.insert(r.id, records.size());
        records.append(r);
    }
    QSqlQuery e = execPrepared(
        m_db, u"SELECT e.snapshot_id, e.label, coalesce(p.name, ''), e.share_percent, "
              "e.low_percent, e.high_percent, e.source_url FROM market_share_entries e "
              "LEFT JOIN providers p ON p.id = e.provider_id ORDER BY e.snapshot_id, e.position"_s);
    while (e.next()) {
        const auto index = indexById.value(e.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        MarketShareEntry entry;
        entry.label = e.value(1).toString();
        entry.provider = e.value(2).toString();
        entry.sharePercent = e.value(3).toDouble();
        if (!e.value(4).isNull())
            entry.lowPercent = e.value(4).toDouble();
        if (!e.value(5).isNull())
            entry.highPercent = e.value(5).toDouble();
        entry.sourceUrl = e.value(6).toString();
        records[index].snapshot.entries.append(entry);
    }
    return records;
}

QList<MarketShareSnapshot> MarketShareRepository::all() const
{
    QList<MarketShareSnapshot> snapshots;
    for (SnapshotRecord &r : records())
        snapshots.append(std::move(r.snapshot));
    return snapshots;
}

int MarketShareRepository::count() const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT count(*) FROM market_share_snapshots"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace gpucompare
