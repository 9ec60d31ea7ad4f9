#pragma once

#include "SqlDialect.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <utility>

namespace gpucompare {

// Typed rows of the price book's tables, every column of each (ProviderRows.h, GpuModelRows.h,
// OfferRows.h, MarketShareRows.h), and the one store that reads, checks and writes them.
// Edits hold these rows, not their repositories' value types, so that undo gives back every
// column byte for byte (issue 31: one mapping per table).

/// How a table's rows are named.
enum class RowKey
{
    OwnId,    ///< "id": the book gives a new row its id (a stand-in from newRowId() until then)
    ParentId, ///< the parent's id (provider_discounts): a stand-in until the parent is written
    Text      ///< a text (gpu_aliases.alias), never a stand-in
};

/// Where a row type lives. The names reach SQL text, so they are ours, never the user's.
struct RowTable
{
    const char *name;
    const char *keyColumn;
    RowKey key;
};

/// A row as (column, value) pairs: every column the row knows. A column it does not know (a
/// team book's recorded_by of a price not yet written) is left out, neither written, so the
/// server's default applies, nor compared.
using Cells = QList<std::pair<QString, QVariant>>;

/// Pairs names with values, in order (the two lists of a row's mapping).
Cells zipCells(const QStringList &names, const QVariantList &values);
/// "p.id, p.name, ..." for a query that joins the table under `prefix` ("p."; empty: none).
QString prefixedColumns(const QStringList &names, const QString &prefix);

/// A stand-in id (negative, unique in this process) for a row an edit creates: rows of the
/// same edit refer to it, and the edit's first apply replaces it with the id the book gives.
qint64 newRowId();

/// The ids the book gave the rows an edit created, by their stand-ins.
class StandInIds final
{
public:
    static bool isStandIn(qint64 id) { return id < 0; }
    void add(qint64 standIn, qint64 id) { m_ids.insert(standIn, id); }
    /// Replaces a stand-in the book has given an id for by that id.
    void resolve(qint64 &id) const
    {
        if (isStandIn(id))
            id = m_ids.value(id, id);
    }
    void resolve(std::optional<qint64> &id) const
    {
        if (id)
            resolve(*id);
    }

private:
    QHash<qint64, qint64> m_ids;
};

/// The SQL of one table, written from its RowTable and a row's cells; values always bound.
class TableStatements final
{
public:
    TableStatements(QSqlDatabase db, const RowTable &table)
        : m_db(std::move(db))
        , m_table(table)
    {}

    SqlDialect dialect() const { return dialectOf(m_db); }
    /// SELECT columns FROM table WHERE column = value ORDER BY the key.
    QSqlQuery select(const QString &columns, const char *column, const QVariant &value) const;
    /// Whether the row of this key is exactly `recorded` (every cell, NULL as NULL), or absent
    /// when recorded is null.
    bool holds(const QVariant &key, const Cells *recorded) const;
    /// Inserts the cells; with withoutId, all but the key, returning the id the book gives.
    std::optional<qint64> insert(const Cells &cells, bool withoutId) const;
    /// Sets every cell, the key too (an alias whose spelling changed is the same row: NOCASE).
    void update(const QVariant &key, const Cells &cells) const;
    void remove(const QVariant &key) const;

private:
    QSqlDatabase m_db;
    RowTable m_table;
};

/// Reads, checks and writes the rows of Row's table through Row's one mapping: Row::kTable,
/// Row::columns(), Row::read(), Row::cells() and Row::key(). Throws DatabaseError.
template <typename Row> class RowStore final
{
public:
    explicit RowStore(QSqlDatabase db)
        : m_sql(std::move(db), Row::kTable)
    {}

    /// The row of this key, every column; nullopt when there is none.
    std::optional<Row> read(const QVariant &key) const
    {
        const QList<Row> rows = readWhere(Row::kTable.keyColumn, key);
        return rows.isEmpty() ? std::nullopt : std::optional<Row>(rows.constFirst());
    }
    /// Every row whose column (one of its ids) is value, by key.
    QList<Row> readWhere(const char *column, const QVariant &value) const
    {
        QSqlQuery q = m_sql.select(Row::columns(m_sql.dialect(), QString()), column, value);
        QList<Row> rows;
        while (q.next())
            rows.append(Row::read(q, 0));
        return rows;
    }
    /// Whether the row is exactly as recorded, or absent where nothing is recorded.
    bool holds(const QVariant &key, const std::optional<Row> &recorded) const
    {
        if (!recorded)
            return m_sql.holds(key, nullptr);
        const Cells cells = recorded->cells();
        return m_sql.holds(key, &cells);
    }
    /// Inserts the row; one whose own id is a stand-in is inserted without it, and the id the
    /// book gives it is returned.
    std::optional<qint64> insert(const Row &row) const
    {
        const bool newId =
            Row::kTable.key == RowKey::OwnId && StandInIds::isStandIn(row.key().toLongLong());
        return m_sql.insert(row.cells(), newId);
    }
    void update(const QVariant &key, const Row &row) const { m_sql.update(key, row.cells()); }
    void remove(const QVariant &key) const { m_sql.remove(key); }

private:
    TableStatements m_sql;
};

} // namespace gpucompare
