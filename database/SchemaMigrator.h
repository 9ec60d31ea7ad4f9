#pragma once

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
/// The ladder follows qBittorrent's updateDB: PRAGMA user_version holds the version; each
/// migration's statements run one exec() each (Qt's SQLite driver rejects several at once);
/// any failure rolls the whole upgrade back, so the file is either the old version intact or
/// the new one complete.
class SchemaMigrator final
{
public:
    /// The migrations compiled into the application (":/migrations/NNNN_name.sql").
    static QList<Migration> bundledMigrations();

    /// Splits a migration script into statements: each ends with ";" at the end of a line.
    /// Comment lines ("-- ...") are dropped.
    static QStringList splitStatements(const QString &script);

    explicit SchemaMigrator(QList<Migration> migrations = bundledMigrations());

    int latestVersion() const;

    /// Applies every migration above the database's user_version and sets application_id.
    /// Returns false with *error on failure, leaving the database as it was.
    bool migrate(const QSqlDatabase &db, QString *error) const;

private:
    QList<Migration> m_migrations;
};

} // namespace gpucompare
