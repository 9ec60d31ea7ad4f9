#include "BulkLoadIndexes.h"

#include "SqlDialect.h"
#include "SqlStatements.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// DDL cannot be a prepared statement (PREPARE takes queries only). The texts come from the
/// server's own catalog, never from a user.
void execDdl(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw DatabaseError(describeSqlError(q.lastError()));
}

const QString kBulkTables = u"('offers'::regclass, 'price_observations'::regclass)"_s;

} // namespace

void BulkLoadIndexes::setAside(const QSqlDatabase &db)
{
    if (dialectOf(db) != SqlDialect::Postgres || isSetAside())
        return;
    {
        QSqlQuery empty = execPrepared(db, u"SELECT NOT EXISTS (SELECT 1 FROM offers) AND "
                                           "NOT EXISTS (SELECT 1 FROM price_observations)"_s);
        if (!empty.next() || !empty.value(0).toBool())
            return;
    }
    QStringList drops;
    QStringList indexes;
    QStringList uniques;
    QStringList foreignKeys;
    // The secondary indexes: neither the primary key nor the index of a constraint.
    QSqlQuery index = execPrepared(
        db, u"SELECT quote_ident(c.relname), pg_get_indexdef(i.indexrelid) "
            "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
            "WHERE i.indrelid IN %1 AND NOT i.indisprimary AND NOT EXISTS ("
            "  SELECT 1 FROM pg_catalog.pg_constraint k "
            "  WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid) "
            "ORDER BY c.relname"_s.arg(kBulkTables));
    while (index.next()) {
        drops << u"DROP INDEX %1"_s.arg(index.value(0).toString());
        indexes << index.value(1).toString();
    }
    QSqlQuery constraint = execPrepared(
        db, u"SELECT k.conrelid::regclass::text, quote_ident(k.conname), k.contype, "
            "pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k "
            "WHERE k.conrelid IN %1 AND k.contype IN ('f', 'u') "
            "ORDER BY k.contype, k.conrelid::regclass::text, k.conname"_s.arg(kBulkTables));
    while (constraint.next()) {
        const QString table = constraint.value(0).toString();
        const QString name = constraint.value(1).toString();
        // Foreign keys first (one may lean on a unique constraint dropped after it).
        const QString drop = u"ALTER TABLE %1 DROP CONSTRAINT %2"_s.arg(table, name);
        const QString add = u"ALTER TABLE %1 ADD CONSTRAINT %2 %3"_s.arg(
            table, name, constraint.value(3).toString());
        if (constraint.value(2).toString() == u"f"_s) {
            drops.prepend(drop);
            foreignKeys << add;
        } else {
            drops << drop;
            uniques << add;
        }
    }
    for (const QString &statement : std::as_const(drops))
        execDdl(db, statement);
    m_restore = indexes + uniques + foreignKeys;
}

void BulkLoadIndexes::restore(const QSqlDatabase &db)
{
    for (const QString &statement : std::as_const(m_restore))
        execDdl(db, statement);
    m_restore.clear();
}

} // namespace gpucompare
