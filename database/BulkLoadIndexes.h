#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gpucompare {

/// The foreign keys, unique constraints and secondary indexes of a team book's bulk tables
/// (offers, price_observations) set aside while a new book is filled, and made again before
/// the transaction commits (issue 32: a copy of 100,000 offers into PostgreSQL spent most of
/// its time on the server's per-row foreign-key checks and on five indexes; built once over
/// the loaded rows they cost a sort and a join).
///
/// What is made again is what the database itself says it had (pg_get_constraintdef and
/// pg_get_indexdef, under the same names), so the book ends with exactly the schema its
/// migrations created. It all happens in the caller's transaction: a copy that fails leaves
/// nothing, tables, constraints and indexes alike. The primary keys stay: the rows' ids come
/// from them. Throws DatabaseError.
class BulkLoadIndexes final
{
public:
    /// Reads and drops them, inside a transaction, when db is PostgreSQL and the bulk tables
    /// are empty (a new book); otherwise does nothing (an import into a book that holds
    /// offers checks each row as ever, and SQLite's foreign keys cannot be set aside inside a
    /// transaction).
    void setAside(const QSqlDatabase &db);
    /// Makes again what setAside() dropped, in the same transaction: the indexes, then the
    /// unique constraints, then the foreign keys (each validated over all the rows at once).
    void restore(const QSqlDatabase &db);
    bool isSetAside() const { return !m_restore.isEmpty(); }

private:
    QStringList m_restore; ///< the statements that make them again, in order
};

} // namespace gpucompare
