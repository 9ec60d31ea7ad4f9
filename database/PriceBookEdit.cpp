#include "PriceBookEdit.h"

#include "DatabaseError.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// Table and column names reach SQL text, so only our own tables are accepted; values are
/// always bound.
const QMap<QString, QString> &keyColumns()
{
    static const QMap<QString, QString> keys = {
        {u"providers"_s, u"id"_s},
        {u"provider_discounts"_s, u"provider_id"_s},
        {u"gpu_models"_s, u"id"_s},
        {u"gpu_aliases"_s, u"alias"_s},
        {u"offers"_s, u"id"_s},
        {u"price_observations"_s, u"id"_s},
        {u"market_share_snapshots"_s, u"id"_s},
        {u"market_share_entries"_s, u"id"_s},
    };
    return keys;
}

/// What to select for a row: tables keyed by text also keep their hidden rowid, so a row that an
/// undo re-inserts comes back in its old place and the file reads back in the same order.
QString selectedColumns(const QString &table)
{
    return table == u"gpu_aliases"_s ? u"rowid AS rowid, *"_s : u"*"_s;
}

QVariantMap rowFrom(const QSqlQuery &q)
{
    const QSqlRecord record = q.record();
    QVariantMap row;
    for (int i = 0; i < record.count(); ++i) {
        // Qt's SQLite driver returns NULL as a null QString; keep it an invalid QVariant so it
        // is written back as NULL and not as ''.
        row.insert(record.fieldName(i), q.isNull(i) ? QVariant() : q.value(i));
    }
    return row;
}

void deleteRow(const QSqlDatabase &db, const RowChange &change)
{
    const QString sql =
        u"DELETE FROM %1 WHERE %2 = ?"_s.arg(change.table, PriceBookEdit::keyColumn(change.table));
    execPrepared(db, sql, {change.key});
}

void writeRow(const QSqlDatabase &db, const RowChange &change, const QVariantMap &row)
{
    const QString key = PriceBookEdit::keyColumn(change.table);
    QStringList columns;
    QStringList placeholders;
    QStringList updates;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns.append(it.key());
        placeholders.append(u"?"_s);
        values.append(it.value());
        // The key too: an alias whose spelling changed conflicts with its old spelling (NOCASE).
        updates.append(u"%1 = excluded.%1"_s.arg(it.key()));
    }
    // An upsert, not INSERT OR REPLACE: replacing deletes the row first, and the delete would
    // cascade to its children (an offer's prices).
    QString sql = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO "_s.arg(
        change.table, columns.join(u", "_s), placeholders.join(u", "_s), key);
    sql += u"UPDATE SET "_s + updates.join(u", "_s);
    execPrepared(db, sql, values);
}

} // namespace

QString PriceBookEdit::keyColumn(const QString &table)
{
    const QString key = keyColumns().value(table);
    if (key.isEmpty())
        throw DatabaseError(u"internal error: no edits to table %1"_s.arg(table));
    return key;
}

bool PriceBookEdit::isEmpty() const
{
    return std::all_of(m_changes.cbegin(), m_changes.cend(),
                       [](const RowChange &c) { return c.before == c.after; });
}

void PriceBookEdit::add(RowChange change)
{
    keyColumn(change.table); // refuse unknown tables when the edit is built, not when applied
    if (change.before != change.after)
        m_changes.append(std::move(change));
}

void PriceBookEdit::append(const PriceBookEdit &other)
{
    for (const RowChange &change : other.m_changes)
        add(change);
}

void PriceBookEdit::apply(const QSqlDatabase &db, Direction direction) const
{
    QSqlDatabase connection = db;
    if (!connection.transaction())
        throw DatabaseError(describeSqlError(connection.lastError()));
    const auto target = [direction](const RowChange &c) -> const std::optional<QVariantMap> & {
        return direction == Direction::Forward ? c.after : c.before;
    };
    try {
        // Children go first when rows disappear, parents first when rows (re)appear.
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
            if (!target(*it))
                deleteRow(db, *it);
        }
        for (const RowChange &change : m_changes) {
            if (const auto &row = target(change))
                writeRow(db, change, *row);
        }
        if (!connection.commit())
            throw DatabaseError(describeSqlError(connection.lastError()));
    } catch (const DatabaseError &) {
        connection.rollback();
        throw;
    }
}

std::optional<QVariantMap> readRow(const QSqlDatabase &db, const QString &table,
                                   const QVariant &key)
{
    const QString sql = u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(selectedColumns(table), table,
                                                                PriceBookEdit::keyColumn(table));
    QSqlQuery q = execPrepared(db, sql, {key});
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

QList<QVariantMap> readRowsWhere(const QSqlDatabase &db, const QString &table,
                                 const QString &column, const QVariant &value)
{
    // column is one of ours (a foreign key); checked against the table's own columns.
    const QStringList allowed = {u"offer_id"_s, u"provider_id"_s, u"gpu_model_id"_s,
                                 u"snapshot_id"_s, u"id"_s};
    if (!allowed.contains(column))
        throw DatabaseError(u"internal error: no lookups by %1"_s.arg(column));
    const QString sql = u"SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4"_s.arg(
        selectedColumns(table), table, column, PriceBookEdit::keyColumn(table));
    QSqlQuery q = execPrepared(db, sql, {value});
    QList<QVariantMap> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

qint64 nextId(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q = execPrepared(
        db,
        u"SELECT coalesce(max(%1), 0) + 1 FROM %2"_s.arg(PriceBookEdit::keyColumn(table), table),
        {});
    q.next();
    return q.value(0).toLongLong();
}

} // namespace gpucompare
