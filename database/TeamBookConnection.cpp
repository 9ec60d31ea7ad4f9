#include "TeamBookConnection.h"

#include "BulkLoadIndexes.h"
#include "PriceBookImporter.h"
#include "SqlStatements.h"
#include "TeamBookUri.h"
#include "Translated.h"

#include <QAtomicInt>
#include <QSqlQuery>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// libpq's lines ("Connection refused", "\tIs the server running…?") as sentences: each line
/// trimmed and ended with a full stop, so they do not run together when joined.
QString asSentences(const QString &text)
{
    QStringList sentences;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        QString sentence = line.simplified();
        if (sentence.isEmpty())
            continue;
        if (!sentence.endsWith(u'.') && !sentence.endsWith(u'?') && !sentence.endsWith(u'!'))
            sentence += u'.';
        sentences << sentence;
    }
    return sentences.join(u' ');
}

/// The free functions' tr(): lupdate files their texts under the namespace, where translated()
/// looks after PriceBook's context (the class's own tr() looks in that context alone).
QString tr(const char *text)
{
    return translated("gpucompare::PriceBook", text);
}

QString nextTeamConnectionName()
{
    static QAtomicInt counter;
    return u"gpucompare-teambook-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

int tablesIn(const QSqlDatabase &db)
{
    QSqlQuery q = execPrepared(db, u"SELECT count(*) FROM pg_catalog.pg_tables "
                                   "WHERE schemaname = current_schema()"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

/// The first write the role may not make, as "INSERT privilege on the table offers"; empty
/// when it may make them all.
QString missingWritePrivilege(const QSqlDatabase &db)
{
    QSqlQuery q =
        execPrepared(db, u"SELECT p.privilege, c.relname FROM pg_catalog.pg_class c "
                         "CROSS JOIN (VALUES ('INSERT'), ('UPDATE'), ('DELETE')) AS p(privilege) "
                         "WHERE c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace "
                         "                        WHERE nspname = current_schema()) "
                         "AND c.relkind = 'r' AND c.relname <> 'gpucompare_schema' "
                         "AND NOT has_table_privilege(c.oid, p.privilege) "
                         "ORDER BY c.relname, p.privilege LIMIT 1"_s);
    if (!q.next())
        return {};
    return tr("%1 privilege on the table %2").arg(q.value(0).toString(), q.value(1).toString());
}

/// A session setting: SET cannot be a prepared statement (PREPARE takes queries only).
void setSession(const QSqlDatabase &db, const QString &setting)
{
    QSqlQuery q(db);
    if (!q.exec(u"SET "_s + setting))
        throw DatabaseError(describeSqlError(q.lastError()));
}

QString currentRole(const QSqlDatabase &db)
{
    QSqlQuery q = execPrepared(db, u"SELECT current_user"_s);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TeamBookConnection::TeamBookConnection(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

TeamBookConnection::TeamBookConnection(TeamBookConnection &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_schemaVersion(other.m_schemaVersion)
    , m_readOnlyReason(std::move(other.m_readOnlyReason))
{}

TeamBookConnection::~TeamBookConnection()
{
    close();
}

void TeamBookConnection::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(std::exchange(m_connectionName, QString()));
}

QSqlDatabase TeamBookConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString TeamBookConnection::release()
{
    return std::exchange(m_connectionName, QString());
}

Outcome<TeamBookConnection> TeamBookConnection::connect(const QString &uriText, bool readOnly)
{
    using Failed = Outcome<TeamBookConnection>;
    QString error;
    const std::optional<TeamBookUri> uri = TeamBookUri::parse(uriText, &error);
    if (!uri)
        return Failed::failure(tr("Cannot open the team price book: %1").arg(error));
    const QString shownUri = uri->text();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return Failed::failure(
            tr("Cannot open %1: Qt's PostgreSQL driver is not installed. Install "
               "the package libqt6sql6-psql (sudo apt install libqt6sql6-psql) "
               "and try again.")
                .arg(shownUri));
    }
    TeamBookConnection connection(nextTeamConnectionName());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection.m_connectionName);
        db.setHostName(uri->host);
        if (uri->port != 0)
            db.setPort(uri->port);
        db.setDatabaseName(uri->database);
        db.setUserName(uri->user);
        // libpq takes a missing password from PGPASSWORD or ~/.pgpass by itself.
        db.setPassword(uri->password);
        QStringList options = uri->options;
        const auto has = [&options](const QString &key) {
            return std::any_of(options.cbegin(), options.cend(),
                               [&key](const QString &o) { return o.startsWith(key + u'='); });
        };
        // An unreachable server answers in seconds, not libpq's default of never.
        if (!has(u"connect_timeout"_s))
            options.append(u"connect_timeout=10"_s);
        if (!has(u"application_name"_s))
            options.append(u"application_name=gpucompare"_s);
        db.setConnectOptions(options.join(u';'));
        if (!db.open()) {
            return Failed::failure(
                tr("Cannot connect to %1: %2")
                    .arg(shownUri, asSentences(describeSqlError(db.lastError()))));
        }
        try {
            // A write that waits for another member's transaction gives up as SQLite's busy
            // timeout does, with the same "in use" message.
            setSession(db, u"lock_timeout = %1"_s.arg(kBusyTimeoutMs));
            if (readOnly)
                setSession(db, u"default_transaction_read_only = on"_s);
        } catch (const DatabaseError &e) {
            return Failed::failure(tr("Cannot open %1: %2").arg(shownUri, e.message()));
        }
    }
    return connection;
}

Outcome<TeamBookConnection> TeamBookConnection::open(const QString &uriText,
                                                     const SchemaMigrator &migrator,
                                                     const Contents &ifEmpty)
{
    using Failed = Outcome<TeamBookConnection>;
    Outcome<TeamBookConnection> connected = connect(uriText, false);
    if (!connected)
        return connected;
    TeamBookConnection connection = std::move(connected).value();
    const QString shownUri = withoutPassword(uriText);
    const int latest = migrator.latestVersion(SqlDialect::Postgres);
    QString readOnlyReason;
    int version = 0;
    bool needsCreating = false;
    {
        const QSqlDatabase db = connection.database();
        try {
            version = SchemaMigrator::currentVersion(db);
            if (version == 0) {
                if (const int tables = tablesIn(db); tables > 0) {
                    return Failed::failure(
                        tr("%1 is not a GPU Cloud Compare price book: the database "
                           "holds other tables (%2) and no price-book marker "
                           "(gpucompare_schema). It was left unchanged.")
                            .arg(shownUri)
                            .arg(tables));
                }
                if (!ifEmpty) {
                    return Failed::failure(
                        tr("%1 holds no price book (the database is empty).").arg(shownUri));
                }
                needsCreating = true;
            }
            if (version > latest) {
                readOnlyReason =
                    tr("%1 was written by a newer version of GPU Cloud Compare (schema "
                       "%2; this version knows up to %3). It is open read-only; update "
                       "the application to edit it.")
                        .arg(shownUri)
                        .arg(version)
                        .arg(latest);
            } else if (const QString missing = missingWritePrivilege(db); !missing.isEmpty()) {
                readOnlyReason = tr("%1 is open read-only: the role %2 may only read it (it has no "
                                    "%3). Ask the price book's owner for write access.")
                                     .arg(shownUri, currentRole(db), missing);
            }
            if (!readOnlyReason.isEmpty() && version < latest) {
                return Failed::failure(
                    tr("%1 needs an upgrade to schema %2, but it cannot be written: %3")
                        .arg(shownUri)
                        .arg(latest)
                        .arg(readOnlyReason));
            }
            if (!needsCreating && !readOnlyReason.isEmpty())
                setSession(db, u"default_transaction_read_only = on"_s);
        } catch (const DatabaseError &e) {
            return Failed::failure(tr("Cannot read %1: %2").arg(shownUri, e.message()));
        }
    }
    if (needsCreating) {
        connection.close(); // before the creating connection opens
        return create(uriText, migrator, ifEmpty);
    }
    connection.m_readOnlyReason = readOnlyReason;
    connection.m_schemaVersion = version;
    if (readOnlyReason.isEmpty() && version < latest) {
        if (const Status migrated = migrator.migrate(connection.database()); !migrated) {
            return Failed::failure(tr("Cannot upgrade %1: %2. The database was left unchanged.")
                                       .arg(shownUri, migrated.error()));
        }
        connection.m_schemaVersion = latest;
    }
    return connection;
}

Outcome<TeamBookConnection> TeamBookConnection::create(const QString &uriText,
                                                       const SchemaMigrator &migrator,
                                                       const Contents &contents)
{
    using Failed = Outcome<TeamBookConnection>;
    const QString shownUri = withoutPassword(uriText);
    QString error;
    {
        Outcome<TeamBookConnection> staged = connect(uriText, false);
        if (!staged)
            return staged;
        const QSqlDatabase db = staged.value().database();
        try {
            if (const int tables = tablesIn(db); tables > 0) {
                return Failed::failure(tr("Cannot create a price book in %1: the database is not "
                                          "empty (it holds %2 tables). It was left unchanged.")
                                           .arg(shownUri)
                                           .arg(tables));
            }
        } catch (const DatabaseError &e) {
            return Failed::failure(tr("Cannot read %1: %2").arg(shownUri, e.message()));
        }
        const Outcome<PriceBookData> data = contents();
        if (!data.ok())
            return Failed::failure(tr("Cannot create %1: %2").arg(shownUri, data.error()));
        // The schema and the data commit together: a failure or a lost connection halfway
        // leaves the database empty, as it was. The new tables are filled without their
        // foreign keys and secondary indexes, which are made again before the commit.
        PriceBookImporter importer(db);
        BulkLoadIndexes bulk;
        importer.setFirstInTransaction([&] {
            migrator.applyPending(db);
            bulk.setAside(db);
        });
        importer.setLastInTransaction([&] { bulk.restore(db); });
        const ImportSummary summary = importer.importData(data.value());
        error = summary.error;
    }
    if (!error.isEmpty()) {
        // Another member's window may have created the book at the same moment: use theirs.
        const Outcome<TeamBookConnection> other = connect(uriText, false);
        bool createdElsewhere = false;
        if (other) {
            try {
                createdElsewhere = SchemaMigrator::currentVersion(other.value().database()) > 0;
            } catch (const DatabaseError &) {
            }
        }
        if (!createdElsewhere) {
            return Failed::failure(tr("Cannot create a price book in %1: %2. The database was "
                                      "left empty.")
                                       .arg(shownUri, error));
        }
    }
    return open(uriText, migrator);
}

} // namespace gpucompare
