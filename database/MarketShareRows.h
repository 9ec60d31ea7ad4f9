#pragma once

#include "PriceBookData.h"
#include "RowStore.h"

#include <QSqlQuery>
#include <optional>

namespace gpucompare {

// The rows of market_share_snapshots and market_share_entries, every column: each type's
// columns(), read() and cells() are its table's one mapping (RowStore.h), for
// MarketShareRepository and the edits.

/// A row of market_share_snapshots.
struct MarketShareSnapshotsRow
{
    static constexpr RowTable kTable{"market_share_snapshots", "id", RowKey::OwnId};

    qint64 id = 0;
    MarketShareSnapshot snapshot; ///< its own columns; the entries are rows of their own

    /// "id, period, ..." (each after `prefix`), read back by read() from column `first` on.
    static QString columns(SqlDialect dialect, const QString &prefix);
    static MarketShareSnapshotsRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return QVariant::fromValue(id); }
    void resolveIds(const StandInIds &ids) { ids.resolve(id); }
    friend bool operator==(const MarketShareSnapshotsRow &,
                           const MarketShareSnapshotsRow &) = default;
};

/// A row of market_share_entries.
struct MarketShareEntriesRow
{
    static constexpr RowTable kTable{"market_share_entries", "id", RowKey::OwnId};

    qint64 id = 0;
    qint64 snapshotId = 0;
    int position = 0;
    QString label;
    std::optional<qint64> providerId; ///< empty: the label names no provider of the book
    double sharePercent = 0;
    std::optional<double> lowPercent;
    std::optional<double> highPercent;
    QString sourceUrl;

    static QString columns(SqlDialect dialect, const QString &prefix);
    static MarketShareEntriesRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return QVariant::fromValue(id); }
    void resolveIds(const StandInIds &ids);
    friend bool operator==(const MarketShareEntriesRow &, const MarketShareEntriesRow &) = default;
};

} // namespace gpucompare
