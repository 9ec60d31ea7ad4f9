#include "DatabaseError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

QString describeSqlError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
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

QSqlQuery execPrepared(const QSqlDatabase &db, const QString &sql,
                       std::initializer_list<QVariant> values)
{
    return execPrepared(db, sql, QVariantList(values));
}

QSqlQuery execPrepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DatabaseError(describeSqlError(query.lastError()));
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; our text columns are NOT NULL DEFAULT '', so an
        // empty string must stay an empty string. A missing number is an invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw DatabaseError(describeSqlError(query.lastError()));
    return query;
}

} // namespace gpucompare
