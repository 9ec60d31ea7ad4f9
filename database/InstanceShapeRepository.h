#pragma once

#include "BookRecords.h"
#include "PriceBookData.h"

#include <QList>
#include <QSqlDatabase>

namespace gpucompare {

/// Instance shapes: what each instance type is made of. Throws DatabaseError on failure.
class InstanceShapeRepository final
{
public:
    explicit InstanceShapeRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Adds the shape, or updates the one with the same provider and instance type (ignoring
    /// case); returns whether anything was added or changed. The provider must exist; a GPU
    /// model the book does not have is an error.
    bool save(const InstanceShape &shape);
    /// Every shape, by provider and instance type.
    QList<InstanceShape> all() const;
    /// The same with the ids of the row, its provider and its GPU model, by provider ignoring
    /// case (the forms').
    QList<InstanceShapeRecord> records() const;

private:
    QList<InstanceShapeRecord> read(const QString &orderBy) const;

    QSqlDatabase m_db;
};

} // namespace gpucompare
