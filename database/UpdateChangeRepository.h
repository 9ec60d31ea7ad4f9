#pragma once

#include "Outcome.h"
#include "UpdateChange.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace gpucompare {

/// What updates changed, offer by offer (update_changes). Throws DatabaseError.
class UpdateChangeRepository final
{
public:
    explicit UpdateChangeRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Keeps the changes one catalog's update made (inside that update's transaction).
    void record(const QList<UpdateChange> &changes);
    /// Changes read from another book (a copy): each offer, which has another id here, is
    /// found again by its names, and left unnamed when none or several have them.
    void recordCopied(QList<UpdateChange> changes);
    /// Every change recorded, in the order they were (a copy of the book).
    QList<UpdateChange> all() const;
    /// Every change of the updates on or after `since`, in reading order (sortForReading()).
    QList<UpdateChange> since(const QDate &since) const;
    /// The changes of one update (UpdateChange::updateStartedAt), in reading order.
    QList<UpdateChange> ofUpdate(const QString &startedAt) const;
    /// An offer as a change of `kind`, its names read from the book and its latest price as the
    /// old one (an offer no longer listed); nullopt when there is no such offer.
    std::optional<UpdateChange> offerAsChange(qint64 offerId, UpdateChange::Kind kind) const;
    /// The last update that changed anything (its start); empty when none has.
    QString lastUpdate() const;

private:
    QList<UpdateChange> read(const QString &condition, const QVariant &value,
                             bool readingOrder = true) const;

    QSqlDatabase m_db;
};

/// What the last update changed (its day's changes), or since `since` when it is valid; empty
/// when nothing was recorded. The error names why the book could not be read.
Outcome<QList<UpdateChange>> readUpdateChanges(const QSqlDatabase &db, const QDate &since);

} // namespace gpucompare
