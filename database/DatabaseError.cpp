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

} // namespace gpucompare
