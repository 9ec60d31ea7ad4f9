#pragma once

#include "Outcome.h"
#include "WatchAlerts.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace gpucompare {

/// The watch list (watches): the one mapping of its rows. Throws DatabaseError.
class WatchRepository final
{
public:
    explicit WatchRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Stores a watch of a GPU model the book holds (by its exact name); its id, or nullopt
    /// when the book has no such GPU model. An empty createdAt is stamped now (UTC).
    std::optional<qint64> add(const Watch &watch);
    /// Every watch, oldest first.
    QList<Watch> list() const;
    /// The watch of this id; nullopt when there is none.
    std::optional<Watch> read(qint64 id) const;
    /// Removes a watch; false when there was none of this id.
    bool remove(qint64 id);

private:
    QList<Watch> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

// What the front ends ask, as outcomes (the DatabaseError stops here).

Outcome<std::optional<qint64>> addWatch(const QSqlDatabase &db, const Watch &watch);
Outcome<QList<Watch>> readWatches(const QSqlDatabase &db);
/// Whether a watch of this id was there to remove.
Outcome<bool> removeWatch(const QSqlDatabase &db, qint64 id);

/// A copy of a book into or out of a team book carries its watch list: every watch of `from`
/// (none in a book of an older schema opened read-only) added to `to`, in one transaction.
Status copyWatches(const QSqlDatabase &from, const QSqlDatabase &to);

/// Each watch of the book with its cheapest offer now (prices' standing as of `today`): what an
/// update compares before and after. Reads no offer when the book has no watch.
Outcome<QList<WatchStanding>> watchStandings(const QSqlDatabase &db, const QDate &today);

/// The alerts of an update: the watches that crossed below their threshold between `before`
/// (read with watchStandings() before the update) and the book now. None when either cannot
/// be read (an alert is a convenience; the update itself stands).
QList<WatchAlert> alertsSince(const QSqlDatabase &db, const Outcome<QList<WatchStanding>> &before,
                              const QDate &today);

} // namespace gpucompare
