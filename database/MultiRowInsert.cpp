#include "MultiRowInsert.h"

#include "DatabaseError.h"
#include "SqlDialect.h"
#include "SqlStatements.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// Rows a PostgreSQL statement takes: one array per column, so no limit of parameters; a
/// thousand keeps a later batch in reach of the tests' books of 1,500 offers.
constexpr qsizetype kPostgresRowsPerStatement = 1000;

/// A value as an element of a PostgreSQL array literal: NULL, a number as it reads back
/// exactly, or text in double quotes with its quotes and backslashes escaped.
void appendElement(QString &array, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        array += u"NULL"_s;
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        array += QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Long:
        array += QString::number(value.toLongLong());
        return;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::ULong:
        array += QString::number(value.toULongLong());
        return;
    default:
        break;
    }
    const QString text = value.toString();
    array += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            array += u'\\';
        array += c;
    }
    array += u'"';
}

} // namespace

MultiRowInsert::MultiRowInsert(QSqlDatabase db, const QString &table, const QStringList &columns,
                               const QString &returning, Returned onReturned)
    : m_db(std::move(db))
    , m_table(table)
    , m_columns(columns)
    , m_returning(returning)
    , m_onReturned(std::move(onReturned))
    // SQLite runs in this process: a one-row statement prepared once is its fastest insert, and
    // preparing a statement of hundreds of rows cost more than the rows (a fifth of an import).
    , m_rowsPerStatement(dialectOf(m_db) == SqlDialect::Postgres ? kPostgresRowsPerStatement : 1)
{
    m_rows.reserve(m_rowsPerStatement * columns.size());
    if (dialectOf(m_db) != SqlDialect::Postgres)
        return;
    // Each column's type, for the cast of its array ("bigint[]", "text[]").
    QSqlQuery q = execPrepared(m_db,
                               u"SELECT attname, format_type(atttypid, atttypmod) "
                               "FROM pg_catalog.pg_attribute WHERE attrelid = ?::regclass "
                               "AND attnum > 0 AND NOT attisdropped"_s,
                               {table});
    QHash<QString, QString> types;
    while (q.next())
        types.insert(q.value(0).toString(), q.value(1).toString());
    for (const QString &column : columns) {
        if (!types.contains(column))
            throw DatabaseError(QCoreApplication::translate("gpucompare::DatabaseError",
                                                            "the table %1 has no column %2")
                                    .arg(table, column));
        m_arrayTypes << types.value(column) + u"[]"_s;
    }
}

QString MultiRowInsert::sqlFor(qsizetype rows) const
{
    if (!m_arrayTypes.isEmpty()) {
        // PostgreSQL: each column's values in one array, the rows unnested from them. Qt's
        // QPSQL sends every bound value as a literal in the statement's text (EXECUTE … ('a',
        // 1, …)); the server parsed 8,000 of them a statement, where an array is one.
        QStringList arrays;
        for (const QString &type : m_arrayTypes)
            arrays << u"?::"_s + type;
        QString sql = u"INSERT INTO %1 (%2) SELECT * FROM unnest(%3)"_s.arg(
            m_table, m_columns.join(u", "_s), arrays.join(u", "_s));
        if (!m_returning.isEmpty())
            sql += u" RETURNING "_s + m_returning;
        return sql;
    }
    QString marks = u"(?"_s + u", ?"_s.repeated(m_columns.size() - 1) + u')';
    QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u", "_s));
    sql.reserve(sql.size() + rows * (marks.size() + 2) + m_returning.size() + 12);
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            sql += u", "_s;
        sql += marks;
    }
    if (!m_returning.isEmpty())
        sql += u" RETURNING "_s + m_returning;
    return sql;
}

QSqlQuery MultiRowInsert::prepared(qsizetype rows) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(gpucompare::sqlFor(dialectOf(m_db), sqlFor(rows))))
        throw DatabaseError(describeSqlError(q.lastError()));
    return q;
}

void MultiRowInsert::add(const QVariantList &row)
{
    for (const QVariant &value : row) {
        // Our text columns are NOT NULL DEFAULT '': a null QString (SQL NULL when bound) is
        // written as an empty one. Flags are INTEGER 0/1 in both schemas.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_rows.append(QString(u""_s));
        else if (value.typeId() == QMetaType::Bool)
            m_rows.append(value.toBool() ? 1 : 0);
        else
            m_rows.append(value);
    }
    if (waiting() < m_rowsPerStatement)
        return;
    if (!m_full)
        m_full.emplace(prepared(m_rowsPerStatement));
    write(*m_full, m_rowsPerStatement);
}

void MultiRowInsert::flush()
{
    const qsizetype rows = waiting();
    if (rows == 0)
        return;
    if (rows == m_rowsPerStatement && m_full) {
        write(*m_full, rows);
        return;
    }
    if (!m_arrayTypes.isEmpty()) { // one statement whatever the number of rows
        if (!m_full)
            m_full.emplace(prepared(rows));
        write(*m_full, rows);
        return;
    }
    QSqlQuery last = prepared(rows); // once per table and import: the remainder
    write(last, rows);
}

void MultiRowInsert::write(QSqlQuery &statement, qsizetype rows)
{
    const qsizetype columns = m_columns.size();
    if (!m_arrayTypes.isEmpty()) {
        for (qsizetype column = 0; column < columns; ++column) {
            QString array;
            array.reserve(rows * 12);
            array += u'{';
            for (qsizetype row = 0; row < rows; ++row) {
                if (row > 0)
                    array += u',';
                appendElement(array, m_rows.at(row * columns + column));
            }
            array += u'}';
            statement.bindValue(int(column), array);
        }
    } else {
        for (qsizetype i = 0; i < rows * columns; ++i)
            statement.bindValue(int(i), m_rows.at(i));
    }
    if (!statement.exec())
        throw DatabaseError(describeSqlError(statement.lastError()));
    if (m_onReturned) {
        while (statement.next())
            m_onReturned(statement);
    }
    statement.finish();
    m_rows.clear();
}

} // namespace gpucompare
