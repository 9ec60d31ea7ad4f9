#include "MultiRowInsert.h"

#include "DatabaseError.h"
#include "SqlDialect.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
constexpr qsizetype kValuesPerStatement = 8000;
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
    , m_rowsPerStatement(dialectOf(m_db) == SqlDialect::Postgres
                             ? std::max<qsizetype>(1, kValuesPerStatement / columns.size())
                             : 1)
{
    m_rows.reserve(m_rowsPerStatement * columns.size());
}

QString MultiRowInsert::sqlFor(qsizetype rows) const
{
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
    QSqlQuery last = prepared(rows); // once per table and import: the remainder
    write(last, rows);
}

void MultiRowInsert::write(QSqlQuery &statement, qsizetype rows)
{
    for (qsizetype i = 0; i < rows * m_columns.size(); ++i)
        statement.bindValue(int(i), m_rows.at(i));
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
