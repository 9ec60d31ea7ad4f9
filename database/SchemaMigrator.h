#pragma once

#include "Outcome.h"
#include "SqlDialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gpucompare {

/// One step of the schema: the statements that take a price book from version - 1 to version.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

/// Brings a price book's schema up to date, one version at a time, in one transaction.
///
/// The ladder follows qBittorrent's updateDB: PRAGMA user_version holds the version (on
/// PostgreSQL, the table gpucompare_schema); each migration's statements run one exec() each
/// (Qt's SQLite driver rejects several at once); any failure rolls the whole upgrade back, so
/// the book is either the old version intact or the new one complete. Each dialect has its own
/// ladder (":/migrations", ":/migrations/postgresql"); the version numbers mean the same schema.
class SchemaMigrator final
{
public:
    /// The version after whose statements the migrator folds hand-entered offers into their
    /// catalog listings (foldHandEnteredOffers()).
    static constexpr int kOneOfferPerThingSold = 5;
    /// The version after whose statements the migrator completes the book's GPU models from
    /// the bundled GPU catalog (completeFromGpuCatalog()).
    static constexpr int kGpuCatalog = 6;

    /// The migrations compiled into the application (":/migrations/NNNN_name.sql").
    static QList<Migration> bundledMigrations(SqlDialect dialect = SqlDialect::Sqlite);

    /// Splits a migration script into statements: each ends with ";" at the end of a line,
    /// outside a $$-quoted function body. Comment lines ("-- ...") are dropped.
    static QStringList splitStatements(const QString &script);

    /// SQLite books take `migrations`; PostgreSQL books always the bundled PostgreSQL ladder.
    explicit SchemaMigrator(QList<Migration> migrations = bundledMigrations());

    /// The newest schema of SQLite books (the migrations given).
    int latestVersion() const;
    int latestVersion(SqlDialect dialect) const;

    /// The schema version of db: PRAGMA user_version, or gpucompare_schema's (0 when missing).
    static int currentVersion(const QSqlDatabase &db);

    /// Applies every migration above the database's version and records it (application_id
    /// on SQLite, the gpucompare_schema row on PostgreSQL), in one transaction. A failure says
    /// why and leaves the database as it was.
    Status migrate(const QSqlDatabase &db) const;

    /// The same inside a transaction the caller owns (creating a team book: the schema and the
    /// bundled data commit together); throws DatabaseError.
    void applyPending(const QSqlDatabase &db) const;

private:
    const QList<Migration> &migrationsFor(SqlDialect dialect) const;

    QList<Migration> m_migrations;
    QList<Migration> m_postgresMigrations;
};

} // namespace gpucompare
