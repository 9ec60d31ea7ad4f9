#include "DatabaseError.h"

#include "SqlDialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// PostgreSQL's SQLSTATE codes (five characters) in a sentence; empty for the ones whose own
/// text says it best (a CHECK or UNIQUE violation names its constraint).
QString describeSqlState(const QString &state, const QString &serverText)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("gpucompare::DatabaseError", text);
    };
    if (state == u"42501")
        return tr("the server refused the change: your role may not make it (%1)").arg(serverText);
    if (state == u"25006")
        return tr("the price book is read-only");
    if (state == u"55P03" || state == u"40001" || state == u"40P01")
        return tr("the price book is in use by another member's change; try again in a moment");
    if (state == u"57014")
        return tr("the server cancelled the statement: it ran longer than the server's "
                  "statement_timeout allows");
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return tr("the connection to the database server was lost (%1)").arg(serverText);
    if (state == u"53100")
        return tr("the server's disk is full");
    return {};
}

} // namespace

QString describeSqlError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.size() == 5) { // SQLite's codes are numbers below 10000
        const QString text = describeSqlState(code, error.databaseText().simplified());
        if (!text.isEmpty())
            return text;
    }
    // libpq reports a connection that went away without an SQLSTATE.
    const QString database = error.databaseText();
    if (database.contains(u"server closed the connection"_s) ||
        database.contains(u"no connection to the server"_s) ||
        database.contains(u"terminating connection"_s)) {
        return describeSqlState(u"08006"_s, database.section(u'\n', 0, 0).simplified());
    }
    // SQLite primary result codes: 5 BUSY, 6 LOCKED, 8 READONLY, 13 FULL, 11 CORRUPT, 26 NOTADB.
    const int primary = code.toInt() & 0xFF;
    switch (primary) {
    case 5:
    case 6:
        return QCoreApplication::translate(
            "gpucompare::DatabaseError",
            "the price book is in use by another window; try again when it has finished saving");
    case 8:
        return QCoreApplication::translate("gpucompare::DatabaseError",
                                           "the price book is read-only");
    case 13:
        return QCoreApplication::translate("gpucompare::DatabaseError", "the disk is full");
    case 11:
    case 26:
        return QCoreApplication::translate("gpucompare::DatabaseError",
                                           "the price book file is damaged");
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty()
               ? QCoreApplication::translate("gpucompare::DatabaseError", "unknown error")
               : text;
}

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
