#include "MarketShareRows.h"

#include "SqlStatements.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

const QStringList kSnapshotColumns = {u"id"_s,          u"period"_s,     u"scope"_s,
                                      u"source_name"_s, u"source_url"_s, u"published_on"_s,
                                      u"notes"_s,       u"estimate"_s};
const QStringList kEntryColumns = {u"id"_s,          u"snapshot_id"_s,  u"position"_s,
                                   u"label"_s,       u"provider_id"_s,  u"share_percent"_s,
                                   u"low_percent"_s, u"high_percent"_s, u"source_url"_s};

template <typename T> std::optional<T> optionalValue(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

} // namespace

QString MarketShareSnapshotsRow::columns(SqlDialect, const QString &prefix)
{
    return prefixedColumns(kSnapshotColumns, prefix);
}

MarketShareSnapshotsRow MarketShareSnapshotsRow::read(const QSqlQuery &q, int first)
{
    const auto at = [&q, first](int i) {
        return q.value(first + i);
    };
    MarketShareSnapshotsRow row;
    row.id = at(0).toLongLong();
    MarketShareSnapshot &s = row.snapshot;
    s.period = at(1).toString();
    s.scope = at(2).toString();
    s.sourceName = at(3).toString();
    s.sourceUrl = at(4).toString();
    s.publishedOn = at(5).toString();
    s.notes = at(6).toString();
    s.estimate = at(7).toInt() != 0;
    return row;
}

Cells MarketShareSnapshotsRow::cells() const
{
    const MarketShareSnapshot &s = snapshot;
    return zipCells(kSnapshotColumns, {QVariant::fromValue(id), s.period, s.scope, s.sourceName,
                                       s.sourceUrl, s.publishedOn, s.notes, s.estimate ? 1 : 0});
}

QString MarketShareEntriesRow::columns(SqlDialect, const QString &prefix)
{
    return prefixedColumns(kEntryColumns, prefix);
}

MarketShareEntriesRow MarketShareEntriesRow::read(const QSqlQuery &q, int first)
{
    const auto at = [&q, first](int i) {
        return q.value(first + i);
    };
    return {at(0).toLongLong(),
            at(1).toLongLong(),
            at(2).toInt(),
            at(3).toString(),
            optionalValue<qint64>(at(4)),
            at(5).toDouble(),
            optionalValue<double>(at(6)),
            optionalValue<double>(at(7)),
            at(8).toString()};
}

Cells MarketShareEntriesRow::cells() const
{
    return zipCells(kEntryColumns, {QVariant::fromValue(id), QVariant::fromValue(snapshotId),
                                    position, label, nullable(providerId), sharePercent,
                                    nullable(lowPercent), nullable(highPercent), sourceUrl});
}

void MarketShareEntriesRow::resolveIds(const StandInIds &ids)
{
    ids.resolve(id);
    ids.resolve(snapshotId);
    ids.resolve(providerId);
}

} // namespace gpucompare
