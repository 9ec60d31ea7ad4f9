#pragma once

#include "PriceBookData.h"

#include <QList>
#include <QSqlDatabase>

namespace gpucompare {

/// Training jobs saved from the calculator. Throws DatabaseError on failure.
class SavedJobRepository final
{
public:
    explicit SavedJobRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Inserts the job, or replaces the one with the same name; returns true when it was new.
    bool save(const SavedJob &job);
    bool rename(const QString &from, const QString &to);
    bool remove(const QString &name);
    QList<SavedJob> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace gpucompare
