#include "SchemaMigrator.h"

#include "BundledResources.h"
#include "GpuCatalog.h"
#include "OfferFolding.h"
#include "PriceBook.h"
#include "SqlStatements.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

QList<Migration> SchemaMigrator::bundledMigrations(SqlDialect dialect)
{
    resources::ensureLoaded();
    QList<Migration> migrations;
    QDir dir(resources::migrationsDirectory());
    if (dialect == SqlDialect::Postgres)
        dir.setPath(dir.filePath(u"postgresql"_s));
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
    bool inFunctionBody = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!inFunctionBody && (trimmed.isEmpty() || trimmed.startsWith(u"--")))
            continue;
        current += line + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            inFunctionBody = !inFunctionBody;
        if (!inFunctionBody && trimmed.endsWith(u';')) {
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
    , m_postgresMigrations(bundledMigrations(SqlDialect::Postgres))
{
    const auto byVersion = [](const Migration &a, const Migration &b) {
        return a.version < b.version;
    };
    std::sort(m_migrations.begin(), m_migrations.end(), byVersion);
    std::sort(m_postgresMigrations.begin(), m_postgresMigrations.end(), byVersion);
}

const QList<Migration> &SchemaMigrator::migrationsFor(SqlDialect dialect) const
{
    return dialect == SqlDialect::Postgres ? m_postgresMigrations : m_migrations;
}

int SchemaMigrator::latestVersion() const
{
    return latestVersion(SqlDialect::Sqlite);
}

int SchemaMigrator::latestVersion(SqlDialect dialect) const
{
    const QList<Migration> &ladder = migrationsFor(dialect);
    return ladder.isEmpty() ? 0 : ladder.last().version;
}

int SchemaMigrator::currentVersion(const QSqlDatabase &db)
{
    if (dialectOf(db) == SqlDialect::Sqlite) {
        QSqlQuery query = execPrepared(db, u"PRAGMA user_version"_s);
        return query.next() ? query.value(0).toInt() : 0;
    }
    QSqlQuery marker = execPrepared(db, u"SELECT to_regclass('gpucompare_schema') IS NOT NULL"_s);
    if (!marker.next() || !marker.value(0).toBool())
        return 0;
    QSqlQuery query = execPrepared(db, u"SELECT max(version) FROM gpucompare_schema"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

void SchemaMigrator::applyPending(const QSqlDatabase &db) const
{
    QSqlDatabase connection = db;
    const SqlDialect dialect = dialectOf(db);
    const int version = currentVersion(db);
    for (const Migration &migration : migrationsFor(dialect)) {
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
        // Version 5 is a change of the data more than of the tables: books from before held a
        // hand-entered offer beside the catalog's listing of the same machine.
        if (migration.version == kOneOfferPerThingSold)
            foldHandEnteredOffers(db);
        // Version 6 gives the models the rest of their datasheet: the catalog fills it in.
        if (migration.version == kGpuCatalog)
            completeFromGpuCatalog(db, bundledGpuCatalog());
        if (dialect == SqlDialect::Postgres) {
            execPrepared(db, u"DELETE FROM gpucompare_schema"_s);
            execPrepared(db,
                         u"INSERT INTO gpucompare_schema (application, version) "
                         "VALUES ('GPU Cloud Compare price book', ?)"_s,
                         {migration.version});
        } else {
            // PRAGMA takes no bound parameters; the values are integers we control.
            QSqlQuery pragma(connection);
            if (!pragma.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
                throw DatabaseError(describeSqlError(pragma.lastError()));
        }
    }
    if (dialect == SqlDialect::Sqlite) {
        QSqlQuery appId(connection);
        if (!appId.exec(u"PRAGMA application_id = %1"_s.arg(PriceBook::kApplicationId)))
            throw DatabaseError(describeSqlError(appId.lastError()));
    }
}

Status SchemaMigrator::migrate(const QSqlDatabase &db) const
{
    QSqlDatabase connection = db;
    try {
        if (currentVersion(db) >= latestVersion(dialectOf(db)))
            return done();
    } catch (const DatabaseError &e) {
        return Status::failure(e.message());
    }
    if (!connection.transaction())
        return Status::failure(describeSqlError(connection.lastError()));
    try {
        applyPending(db);
        if (!connection.commit())
            throw DatabaseError(describeSqlError(connection.lastError()));
    } catch (const DatabaseError &e) {
        connection.rollback();
        return Status::failure(e.message());
    }
    return done();
}

} // namespace gpucompare
