#pragma once

#include "PriceBook.h"
#include "SchemaMigrator.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace gpucompare::test {

/// A price book with the schema and nothing else (no bundled data), for import tests.
inline std::unique_ptr<PriceBook> openEmptyBook(const QString &path)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                     QStringLiteral("empty-book-setup"));
        raw.setDatabaseName(path);
        if (!raw.open())
            return nullptr;
        if (!SchemaMigrator().migrate(raw))
            return nullptr;
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("empty-book-setup"));
    return std::move(PriceBook::open(path, PriceBook::Create::Never).book);
}

} // namespace gpucompare::test
