#pragma once

#include "BookRecords.h"
#include "PriceBookData.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace gpucompare {

/// GPU models and the aliases catalogs use for them. Throws DatabaseError on failure.
class GpuModelRepository final
{
public:
    explicit GpuModelRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    std::optional<qint64> idByName(const QString &name) const;
    /// A model by its exact name, or else by an alias (case-insensitive).
    std::optional<qint64> resolve(const QString &nameOrAlias) const;
    qint64 insert(const GpuModel &model);
    /// Updates fields and adds missing aliases; returns whether anything changed.
    bool update(qint64 id, const GpuModel &model);
    /// Adds one alias unless the model already has it; returns whether it was added.
    bool addAlias(qint64 id, const QString &alias);
    /// Every model with its aliases, by name.
    QList<GpuModel> all() const;
    /// Every model with its aliases and the id of its row, by name ignoring case (the forms').
    QList<GpuModelRecord> records() const;
    /// What refers to the model, for the question before deleting it.
    References references(qint64 id) const;
    int count() const;

private:
    /// Every model with its id and aliases, in the order `orderBy` gives.
    QList<GpuModelRecord> read(const QString &orderBy) const;
    void addAliases(qint64 id, const QStringList &aliases);

    QSqlDatabase m_db;
};

} // namespace gpucompare
