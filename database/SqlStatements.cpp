#include "SqlStatements.h"

#include "SqlDialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

qint64 insertedId(QSqlQuery &insert)
{
    if (!insert.next())
        throw DatabaseError(QCoreApplication::translate(
            "gpucompare::DatabaseError", "the database returned no id for a new row"));
    return insert.value(0).toLongLong();
}

QSqlQuery execPrepared(const QSqlDatabase &db, const QString &sql,
                       std::initializer_list<QVariant> values)
{
    return execPrepared(db, sql, QVariantList(values));
}

QSqlQuery execPrepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const SqlDialect dialect = dialectOf(db);
    if (!query.prepare(sqlFor(dialect, sql)))
        throw DatabaseError(describeSqlError(query.lastError()));
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; our text columns are NOT NULL DEFAULT '', so an
        // empty string must stay an empty string. A missing number is an invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(u""_s));
        // Flags are INTEGER 0/1 in both schemas; PostgreSQL will not take TRUE for one.
        else if (value.typeId() == QMetaType::Bool && dialect == SqlDialect::Postgres)
            query.addBindValue(value.toBool() ? 1 : 0);
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw DatabaseError(describeSqlError(query.lastError()));
    return query;
}

} // namespace gpucompare
