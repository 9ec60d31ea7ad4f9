#pragma once

#include "BookRecords.h"
#include "PriceBookData.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace gpucompare {

/// Market-share snapshots with their entries. Throws DatabaseError on failure.
class MarketShareRepository final
{
public:
    explicit MarketShareRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    std::optional<qint64> findId(const MarketShareSnapshot &snapshot) const;
    qint64 insert(const MarketShareSnapshot &snapshot);
    /// Replaces the snapshot's fields and entries; returns whether anything changed.
    bool replace(qint64 id, const MarketShareSnapshot &snapshot);
    /// Every snapshot with its entries, by scope, period and source.
    QList<MarketShareSnapshot> all() const;
    /// The same with the id of each snapshot's row (the forms').
    QList<SnapshotRecord> records() const;
    int count() const;

private:
    void insertEntries(qint64 snapshotId, const QList<MarketShareEntry> &entries);
    std::optional<qint64> providerId(const QString &name) const;

    QSqlDatabase m_db;
};

} // namespace gpucompare
