// PriceBook on PostgreSQL: opening, inspecting and creating a team's price book. The file
// side is PriceBook.cpp; both hand back the same PriceBook, and everything above the
// connection (repositories, importer, edits) runs unchanged on either.
#include "DatabaseError.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "TeamBookUri.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlQuery>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::PriceBook", text);
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

PriceBook::OpenResult PriceBook::connectTeamBook(const QString &uriText, bool readOnly)
{
    QString error;
    const std::optional<TeamBookUri> uri = TeamBookUri::parse(uriText, &error);
    if (!uri)
        return {nullptr, tr("Cannot open the team price book: %1").arg(error)};
    const QString shownUri = uri->text();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return {nullptr, tr("Cannot open %1: Qt's PostgreSQL driver is not installed. Install "
                            "the package libqt6sql6-psql (sudo apt install libqt6sql6-psql) "
                            "and try again.")
                             .arg(shownUri)};
    }
    const QString name = nextTeamConnectionName();
    std::unique_ptr<PriceBook> book(new PriceBook(uriText, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
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
            return {nullptr, tr("Cannot connect to %1: %2")
                                 .arg(shownUri, asSentences(describeSqlError(db.lastError())))};
        }
        try {
            // A write that waits for another member's transaction gives up as SQLite's busy
            // timeout does, with the same "in use" message.
            setSession(db, u"lock_timeout = %1"_s.arg(kBusyTimeoutMs));
            if (readOnly)
                setSession(db, u"default_transaction_read_only = on"_s);
        } catch (const DatabaseError &e) {
            return {nullptr, tr("Cannot open %1: %2").arg(shownUri, e.message())};
        }
    }
    return {std::move(book), {}};
}

PriceBook::OpenResult PriceBook::openTeamBook(const QString &uriText, Create create,
                                              const SchemaMigrator &migrator)
{
    OpenResult result = connectTeamBook(uriText, false);
    if (!result.book)
        return result;
    const QString shownUri = withoutPassword(uriText);
    const int latest = migrator.latestVersion(SqlDialect::Postgres);
    QString readOnlyReason;
    int version = 0;
    bool needsCreating = false;
    {
        const QSqlDatabase db = result.book->database();
        try {
            version = SchemaMigrator::currentVersion(db);
            if (version == 0) {
                if (const int tables = tablesIn(db); tables > 0) {
                    return {nullptr, tr("%1 is not a GPU Cloud Compare price book: the database "
                                        "holds other tables (%2) and no price-book marker "
                                        "(gpucompare_schema). It was left unchanged.")
                                         .arg(shownUri)
                                         .arg(tables)};
                }
                if (create == Create::Never)
                    return {nullptr,
                            tr("%1 holds no price book (the database is empty).").arg(shownUri)};
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
                return {nullptr,
                        tr("%1 needs an upgrade to schema %2, but it cannot be written: %3")
                            .arg(shownUri)
                            .arg(latest)
                            .arg(readOnlyReason)};
            }
            if (!needsCreating && !readOnlyReason.isEmpty())
                setSession(db, u"default_transaction_read_only = on"_s);
        } catch (const DatabaseError &e) {
            return {nullptr, tr("Cannot read %1: %2").arg(shownUri, e.message())};
        }
    }
    if (needsCreating) {
        result.book.reset(); // its connection closes before the creating one opens
        return createTeamBook(uriText, migrator, &PriceBook::bundledContents);
    }
    const QSqlDatabase db = result.book->database();
    result.book->m_readOnlyReason = readOnlyReason;
    result.book->m_schemaVersion = version;
    if (readOnlyReason.isEmpty() && version < latest) {
        if (const Status migrated = migrator.migrate(db); !migrated) {
            return {nullptr, tr("Cannot upgrade %1: %2. The database was left unchanged.")
                                 .arg(shownUri, migrated.error())};
        }
        result.book->m_schemaVersion = latest;
    }
    return result;
}

PriceBook::OpenResult
PriceBook::createTeamBook(const QString &uriText, const SchemaMigrator &migrator,
                          const std::function<Outcome<PriceBookData>()> &contents)
{
    const QString shownUri = withoutPassword(uriText);
    QString error;
    {
        OpenResult staged = connectTeamBook(uriText, false);
        if (!staged.book)
            return staged;
        const QSqlDatabase db = staged.book->database();
        try {
            if (const int tables = tablesIn(db); tables > 0) {
                return {nullptr, tr("Cannot create a price book in %1: the database is not "
                                    "empty (it holds %2 tables). It was left unchanged.")
                                     .arg(shownUri)
                                     .arg(tables)};
            }
        } catch (const DatabaseError &e) {
            return {nullptr, tr("Cannot read %1: %2").arg(shownUri, e.message())};
        }
        const Outcome<PriceBookData> data = contents();
        if (!data.ok())
            return {nullptr, tr("Cannot create %1: %2").arg(shownUri, data.error())};
        // The schema and the data commit together: a failure or a lost connection halfway
        // leaves the database empty, as it was.
        PriceBookImporter importer(db);
        importer.setFirstInTransaction([&] { migrator.applyPending(db); });
        const ImportSummary summary = importer.importData(data.value());
        error = summary.error;
    }
    if (!error.isEmpty()) {
        // Another member's window may have created the book at the same moment: use theirs.
        OpenResult other = connectTeamBook(uriText, false);
        bool createdElsewhere = false;
        if (other.book) {
            try {
                createdElsewhere = SchemaMigrator::currentVersion(other.book->database()) > 0;
            } catch (const DatabaseError &) {
            }
        }
        if (!createdElsewhere) {
            return {nullptr, tr("Cannot create a price book in %1: %2. The database was left "
                                "empty.")
                                 .arg(shownUri, error)};
        }
    }
    return openTeamBook(uriText, Create::Never, migrator);
}

} // namespace gpucompare
