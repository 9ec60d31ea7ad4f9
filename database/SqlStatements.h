#pragma once

#include "DatabaseError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <optional>

namespace gpucompare {

// The database layer's one way to run SQL (issue 31: DatabaseError.cpp was also the gateway).

/// A prepared statement with its values bound in order; throws DatabaseError on failure.
/// The only way the repositories talk to SQLite: values never reach the SQL text.
QSqlQuery execPrepared(const QSqlDatabase &db, const QString &sql,
                       std::initializer_list<QVariant> values = {});
/// The same with values known only at run time (an edit's columns).
QSqlQuery execPrepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

/// The id an "INSERT ... RETURNING id" gave back (both dialects: PostgreSQL has no rowid,
/// and QPSQL's lastInsertId() is an OID); throws DatabaseError when there is none.
qint64 insertedId(QSqlQuery &insert);

/// Null for an empty optional, the value otherwise; NaN never reaches a bind.
template <typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace gpucompare
