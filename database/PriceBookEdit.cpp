#include "PriceBookEdit.h"

#include "SqlDialect.h"
#include "SqlStatements.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlRecord>
#include <atomic>

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
        {u"instance_shapes"_s, u"id"_s},
        {u"egress_prices"_s, u"id"_s},
    };
    return keys;
}

/// What to select for a row: tables keyed by text also keep their hidden rowid, so a row that an
/// undo re-inserts comes back in its old place and the file reads back in the same order.
/// PostgreSQL has no rowid, and its readers sort aliases by name.
QString selectedColumns(const QSqlDatabase &db, const QString &table)
{
    return table == u"gpu_aliases"_s && dialectOf(db) == SqlDialect::Sqlite ? u"rowid AS rowid, *"_s
                                                                            : u"*"_s;
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

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::PriceBookEdit", text);
}

/// Columns that hold a row id of ours: where a stand-in id of a new row is replaced by the id
/// SQLite gave it.
bool holdsRowId(const QString &column)
{
    static const QStringList columns = {u"id"_s, u"provider_id"_s, u"gpu_model_id"_s, u"offer_id"_s,
                                        u"snapshot_id"_s};
    return columns.contains(column);
}

bool isStandIn(const QVariant &value)
{
    return value.isValid() && !value.isNull() && value.toLongLong() < 0;
}

/// The row a person would recognise, for a message: "offer p5.48xlarge".
QString describeRow(const RowChange &change)
{
    const QVariantMap row = change.before ? *change.before : change.after.value_or(QVariantMap());
    const auto value = [&row](const char *column) {
        return row.value(QString::fromLatin1(column)).toString();
    };
    if (change.table == u"providers")
        return tr("provider %1").arg(value("name"));
    if (change.table == u"provider_discounts")
        return tr("a provider's discount");
    if (change.table == u"gpu_models")
        return tr("GPU model %1").arg(value("name"));
    if (change.table == u"gpu_aliases")
        return tr("GPU alias %1").arg(value("alias"));
    if (change.table == u"offers")
        return tr("offer %1").arg(value("instance_type"));
    if (change.table == u"price_observations")
        return tr("the price observed on %1").arg(value("observed_on"));
    if (change.table == u"instance_shapes")
        return tr("the shape of %1").arg(value("instance_type"));
    if (change.table == u"egress_prices")
        return tr("an egress price from %1 GB").arg(value("from_gb"));
    if (change.table == u"market_share_snapshots")
        return tr("market share %1, %2").arg(value("scope"), value("period"));
    return tr("market-share entry %1").arg(value("label"));
}

/// Whether the row is exactly as the edit left it: every recorded column (NULL as NULL), or
/// absent when the edit left no row.
bool isAsRecorded(const QSqlDatabase &db, const RowChange &change,
                  const std::optional<QVariantMap> &recorded)
{
    const QString key = PriceBookEdit::keyColumn(change.table);
    QString sql = u"SELECT count(*) FROM %1 WHERE %2 = ?"_s.arg(change.table, key);
    QVariantList values{change.key};
    if (recorded) {
        for (auto it = recorded->cbegin(); it != recorded->cend(); ++it) {
            sql += u" AND %1 IS NOT DISTINCT FROM ?"_s.arg(it.key()); // NULL-safe, both dialects
            values.append(it.value());
        }
    }
    QSqlQuery q = execPrepared(db, sql, values);
    const bool found = q.next() && q.value(0).toInt() > 0;
    return recorded ? found : !found;
}

void deleteRow(const QSqlDatabase &db, const RowChange &change)
{
    const QString sql =
        u"DELETE FROM %1 WHERE %2 = ?"_s.arg(change.table, PriceBookEdit::keyColumn(change.table));
    execPrepared(db, sql, {change.key});
}

void updateRow(const QSqlDatabase &db, const RowChange &change, const QVariantMap &row)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        // The key too: an alias whose spelling changed is the same row (NOCASE).
        assignments.append(u"%1 = ?"_s.arg(it.key()));
        values.append(it.value());
    }
    values.append(change.key);
    execPrepared(db,
                 u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(change.table, assignments.join(u", "_s),
                                                        PriceBookEdit::keyColumn(change.table)),
                 values);
}

/// Inserts the row; a row of a table keyed by id whose id is a stand-in gets its id from
/// SQLite, which is returned.
std::optional<qint64> insertRow(const QSqlDatabase &db, const RowChange &change,
                                const QVariantMap &row)
{
    const QString key = PriceBookEdit::keyColumn(change.table);
    const bool newId = key == u"id" && isStandIn(change.key);
    QStringList columns;
    QStringList placeholders;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (newId && it.key() == key)
            continue;
        columns.append(it.key());
        placeholders.append(u"?"_s);
        values.append(it.value());
    }
    QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(change.table, columns.join(u", "_s),
                                                           placeholders.join(u", "_s));
    if (!newId) {
        execPrepared(db, sql, values);
        return std::nullopt;
    }
    QSqlQuery q = execPrepared(db, sql + u" RETURNING id"_s, values);
    if (!q.next())
        throw DatabaseError(tr("the database gave no id to the new row of %1").arg(change.table));
    return q.value(0).toLongLong();
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

Status PriceBookEdit::tryApply(const QSqlDatabase &db, Direction direction)
{
    return attemptWrite([&] { apply(db, direction); });
}

void PriceBookEdit::apply(const QSqlDatabase &db, Direction direction)
{
    QSqlDatabase connection = db;
    if (!connection.transaction())
        throw DatabaseError(describeSqlError(connection.lastError()));
    const bool forward = direction == Direction::Forward;
    const auto target = [forward](const RowChange &c) -> const std::optional<QVariantMap> & {
        return forward ? c.after : c.before;
    };
    const auto source = [forward](const RowChange &c) -> const std::optional<QVariantMap> & {
        return forward ? c.before : c.after;
    };
    QList<RowChange> resolved = m_changes;
    try {
        // Every row must still be as this edit left it (or absent where it left none) before
        // anything is written: another window, an import or another program may have changed
        // or reused it since, and their change must never be overwritten.
        for (const RowChange &change : std::as_const(resolved)) {
            if (isStandIn(change.key))
                continue; // a row first created now: SQLite gives it a new id
            if (!isAsRecorded(db, change, source(change))) {
                throw DatabaseError(tr("%1 was changed by another writer since (an import, "
                                       "another window or another program); nothing was "
                                       "written.")
                                        .arg(describeRow(change)));
            }
        }
        // Children go first when rows disappear, parents first when rows (re)appear.
        for (auto it = resolved.crbegin(); it != resolved.crend(); ++it) {
            if (!target(*it) && source(*it))
                deleteRow(db, *it);
        }
        QHash<qint64, qint64> newIds; // stand-in → the id SQLite gave
        const auto substitute = [&newIds](RowChange &change) {
            if (isStandIn(change.key) && newIds.contains(change.key.toLongLong()))
                change.key = QVariant::fromValue(newIds.value(change.key.toLongLong()));
            for (std::optional<QVariantMap> *side : {&change.before, &change.after}) {
                if (!*side)
                    continue;
                for (auto it = (*side)->begin(); it != (*side)->end(); ++it) {
                    if (holdsRowId(it.key()) && isStandIn(it.value()) &&
                        newIds.contains(it.value().toLongLong()))
                        it.value() = QVariant::fromValue(newIds.value(it.value().toLongLong()));
                }
            }
        };
        for (RowChange &change : resolved) {
            substitute(change);
            const auto &row = target(change);
            if (!row)
                continue;
            if (!source(change)) {
                const qint64 standIn = change.key.toLongLong();
                if (const auto id = insertRow(db, change, *row)) {
                    newIds.insert(standIn, *id);
                    substitute(change);
                }
            } else {
                updateRow(db, change, *row);
            }
        }
        if (!connection.commit())
            throw DatabaseError(describeSqlError(connection.lastError()));
    } catch (const DatabaseError &) {
        connection.rollback();
        throw;
    }
    // From now on the edit names the rows it created by their real ids.
    m_changes = std::move(resolved);
}

std::optional<QVariantMap> readRow(const QSqlDatabase &db, const QString &table,
                                   const QVariant &key)
{
    const QString sql = u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(selectedColumns(db, table), table,
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
        selectedColumns(db, table), table, column, PriceBookEdit::keyColumn(table));
    QSqlQuery q = execPrepared(db, sql, {value});
    QList<QVariantMap> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

qint64 newRowId()
{
    static std::atomic<qint64> next{-1};
    return next.fetch_sub(1);
}

} // namespace gpucompare
