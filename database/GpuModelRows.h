#pragma once

#include "PriceBookData.h"
#include "RowStore.h"

#include <QSqlQuery>
#include <optional>

namespace gpucompare {

// The rows of gpu_models and gpu_aliases, every column: each type's columns(), read() and
// cells() are its table's one mapping (RowStore.h), for GpuModelRepository and the edits.

/// A row of gpu_models.
struct GpuModelsRow
{
    static constexpr RowTable kTable{"gpu_models", "id", RowKey::OwnId};

    qint64 id = 0;
    GpuModel model; ///< its own columns; model.aliases are rows of gpu_aliases and stay empty

    /// "id, name, ..." (each after `prefix`), read back by read() from column `first` on.
    static QString columns(SqlDialect dialect, const QString &prefix);
    static GpuModelsRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return QVariant::fromValue(id); }
    void resolveIds(const StandInIds &ids) { ids.resolve(id); }
    friend bool operator==(const GpuModelsRow &, const GpuModelsRow &) = default;

    /// The model's columns after id, in the order of modelValues(): what the repository's
    /// inserts and updates write.
    static const QStringList &modelColumns();
    static QVariantList modelValues(const GpuModel &model);
};

/// A row of gpu_aliases, keyed by the alias (ignoring case).
struct GpuAliasesRow
{
    static constexpr RowTable kTable{"gpu_aliases", "alias", RowKey::Text};

    QString alias;
    qint64 gpuModelId = 0;
    /// SQLite's hidden rowid, read so that an alias an undo inserts again comes back in its old
    /// place and the file reads back in the same order; empty for a new alias and in a team
    /// book (PostgreSQL has no rowid, and its readers sort aliases by name).
    std::optional<qint64> rowid;

    static QString columns(SqlDialect dialect, const QString &prefix);
    static GpuAliasesRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return alias; }
    void resolveIds(const StandInIds &ids) { ids.resolve(gpuModelId); }
    friend bool operator==(const GpuAliasesRow &, const GpuAliasesRow &) = default;
};

} // namespace gpucompare
