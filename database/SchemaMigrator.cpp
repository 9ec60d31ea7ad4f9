#include "SchemaMigrator.h"

#include "BundledResources.h"
#include "DatabaseError.h"
#include "PriceBook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

QList<Migration> SchemaMigrator::bundledMigrations()
{
    resources::ensureLoaded();
    QList<Migration> migrations;
    const QDir dir(resources::migrationsDirectory());
    static const QRegularExpression fileName(u"^(\\d{4})_(.+)\\.sql$"_s);
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = fileName.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2),
                           splitStatements(QString::fromUtf8(f.readAll()))});
    }
    return migrations;
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

SchemaMigrator::SchemaMigrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

bool SchemaMigrator::migrate(const QSqlDatabase &db, QString *error) const
{
    QSqlDatabase connection = db;
    int version = 0;
    try {
        QSqlQuery query = execPrepared(db, u"PRAGMA user_version"_s);
        version = query.next() ? query.value(0).toInt() : 0;
    } catch (const DatabaseError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (version >= latestVersion())
        return true;

    if (!connection.transaction()) {
        if (error)
            *error = describeSqlError(connection.lastError());
        return false;
    }
    try {
        for (const Migration &migration : m_migrations) {
            if (migration.version <= version)
                continue;
            for (const QString &statement : migration.statements) {
                QSqlQuery query(connection);
                if (!query.exec(statement)) {
                    throw DatabaseError(
                        QCoreApplication::translate("gpucompare::SchemaMigrator",
                                                    "schema migration %1 (%2) failed: %3")
                            .arg(migration.version)
                            .arg(migration.name, describeSqlError(query.lastError())));
                }
            }
            // PRAGMA takes no bound parameters; the values are integers we control.
            QSqlQuery pragma(connection);
            if (!pragma.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
                throw DatabaseError(describeSqlError(pragma.lastError()));
        }
        QSqlQuery appId(connection);
        if (!appId.exec(u"PRAGMA application_id = %1"_s.arg(PriceBook::kApplicationId)))
            throw DatabaseError(describeSqlError(appId.lastError()));
        if (!connection.commit())
            throw DatabaseError(describeSqlError(connection.lastError()));
    } catch (const DatabaseError &e) {
        connection.rollback();
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

} // namespace gpucompare
