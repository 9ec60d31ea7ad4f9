#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

namespace gpucompare {

/// Rows written into one table many at a time, a batch's statement prepared once and reused.
/// A copy of 100,000 offers into PostgreSQL paid a round trip per row and took a minute (issue
/// 32); Qt's QPSQL driver cannot reach COPY … FROM STDIN, so batches of rows are its bulk
/// path: "INSERT INTO t (a, b) SELECT * FROM unnest(?::bigint[], ?::text[])", each column's
/// values bound as one array (QPSQL writes every bound value into the statement's text, and
/// the server parsed 8,000 literals a statement). On SQLite one row a statement. Runs inside
/// the caller's transaction; throws DatabaseError on failure.
class MultiRowInsert final
{
public:
    /// Each row returned by `returning` ("id, name": columns of the inserted rows), in no
    /// particular order: neither database promises the order of the VALUES list.
    using Returned = std::function<void(const QSqlQuery &)>;

    MultiRowInsert(QSqlDatabase db, const QString &table, const QStringList &columns,
                   const QString &returning = {}, Returned onReturned = {});

    /// Adds a row of values in the order of the columns (an empty QString is written as '',
    /// a bool as 0 or 1, an invalid QVariant as NULL); writes the batch when it is full.
    void add(const QVariantList &row);
    /// Writes the rows still waiting.
    void flush();
    qsizetype waiting() const { return m_rows.size() / m_columns.size(); }
    /// How many rows a statement holds: on PostgreSQL a thousand, a round trip each; on
    /// SQLite one, the statement prepared once and reused.
    qsizetype rowsPerStatement() const { return m_rowsPerStatement; }

private:
    QString sqlFor(qsizetype rows) const;
    void write(QSqlQuery &statement, qsizetype rows);
    QSqlQuery prepared(qsizetype rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_returning;
    Returned m_onReturned;
    qsizetype m_rowsPerStatement = 1;
    QVariantList m_rows;      ///< the waiting rows' values, one after another
    QStringList m_arrayTypes; ///< PostgreSQL: each column's array type, "text[]"
    std::optional<QSqlQuery> m_full;
};

} // namespace gpucompare
