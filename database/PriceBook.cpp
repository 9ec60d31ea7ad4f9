#include "PriceBook.h"

#include "BundledResources.h"
#include "PriceBookImporter.h"
#include "PriceBookJson.h"
#include "SqlStatements.h"
#include "SqliteFileHeader.h"
#include "TeamBookConnection.h"
#include "TeamBookUri.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::PriceBook", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"gpucompare-pricebook-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

/// access(2) rather than QFileInfo::isWritable: both answer for the real user, and the folder
/// matters too, because SQLite writes its rollback journal beside the file.
bool canWrite(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

/// A rollback journal beside the file that SQLite would treat as hot: it exists, is not empty
/// and does not start with a zero byte (a zeroed header marks a finished transaction). Only a
/// writer that stopped between its first write and its commit leaves one.
bool hasInterruptedChange(const QString &journalPath)
{
    QFile journal(journalPath);
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray first = journal.read(1);
    return !first.isEmpty() && first.at(0) != '\0';
}

int queryInt(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = execPrepared(db, sql);
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

PriceBook::PriceBook(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

PriceBook::~PriceBook()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PriceBook::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString PriceBook::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"pricebook.sqlite"_s);
}

QString PriceBook::shownName() const
{
    return isTeamBook() ? withoutPassword(m_path) : shown(m_path);
}

bool PriceBook::isTeamBook() const
{
    return TeamBookUri::isTeamBook(m_path);
}

PriceBook::OpenResult PriceBook::connect(const QString &path, bool readOnly)
{
    if (TeamBookUri::isTeamBook(path))
        return onTeamConnection(path, TeamBookConnection::connect(path, readOnly));
    const QString name = nextConnectionName();
    std::unique_ptr<PriceBook> book(new PriceBook(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (!db.isValid())
            return {nullptr,
                    tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).")};
        db.setDatabaseName(path);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs);
        if (readOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(options);
        if (!db.open()) {
            return {
                nullptr,
                tr("Cannot open \"%1\": %2").arg(shown(path), describeSqlError(db.lastError()))};
        }
        try {
            // Per-connection settings, outside any transaction (foreign_keys is a no-op inside
            // one).
            execPrepared(db, u"PRAGMA foreign_keys = ON"_s);
            // Reads through the page cache cost a pread per page: with 100,000 offers the price
            // table's query spent more time in system calls than in SQLite. Mapping the file
            // lets reads share the OS cache; writes still go through the journal.
            execPrepared(db, u"PRAGMA mmap_size = 268435456"_s);
            execPrepared(db, u"PRAGMA cache_size = -32768"_s);
            if (!readOnly) {
                execPrepared(db, u"PRAGMA synchronous = FULL"_s);
                execPrepared(db, u"PRAGMA journal_mode = DELETE"_s);
            }
        } catch (const DatabaseError &e) {
            return {nullptr, tr("Cannot open \"%1\": %2").arg(shown(path), e.message())};
        }
    }
    return {std::move(book), {}};
}

PriceBook::OpenResult PriceBook::onTeamConnection(const QString &uri,
                                                  Outcome<TeamBookConnection> opened)
{
    if (!opened)
        return {nullptr, opened.error()};
    TeamBookConnection connection = std::move(opened).value();
    std::unique_ptr<PriceBook> book(new PriceBook(uri, connection.release()));
    book->m_readOnlyReason = connection.readOnlyReason();
    book->m_schemaVersion = connection.schemaVersion();
    return {std::move(book), {}};
}

PriceBook::OpenResult PriceBook::openConnection(const QString &path, bool readOnly)
{
    return connect(path, readOnly);
}

PriceBook::OpenResult PriceBook::open(const QString &path, Create create,
                                      const SchemaMigrator &migrator)
{
    if (TeamBookUri::isTeamBook(path)) {
        TeamBookConnection::Contents ifEmpty;
        if (create == Create::IfMissing)
            ifEmpty = &PriceBook::bundledContents;
        return onTeamConnection(path, TeamBookConnection::open(path, migrator, ifEmpty));
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        if (create == Create::Never)
            return {nullptr, tr("\"%1\" does not exist.").arg(shown(path))};
        return createNew(path, migrator);
    }
    if (info.isDir())
        return {nullptr, tr("\"%1\" is a folder, not a price book file.").arg(shown(path))};

    QString readError;
    auto header = SqliteFileHeader::read(path, &readError);
    if (!header)
        return {nullptr, tr("Cannot read \"%1\": %2").arg(shown(path), readError)};

    switch (header->kind) {
    case SqliteFileHeader::Kind::Empty:
        if (create == Create::Never)
            return {nullptr, tr("\"%1\" is empty.").arg(shown(path))};
        return createNew(path, migrator);
    case SqliteFileHeader::Kind::NotSqlite:
        return {nullptr, tr("\"%1\" is not a GPU Cloud Compare price book: it is not an SQLite "
                            "database. It was left unchanged.")
                             .arg(shown(path))};
    case SqliteFileHeader::Kind::Truncated:
        return {nullptr, tr("\"%1\" is damaged: the file is shorter than its SQLite header says "
                            "(truncated). It was left unchanged; restore it from a backup.")
                             .arg(shown(path))};
    case SqliteFileHeader::Kind::Sqlite:
        break;
    }

    const bool ours = header->applicationId == kApplicationId;
    if (header->applicationId != 0 && !ours) {
        return {nullptr, tr("\"%1\" is an SQLite database of another application, not a GPU "
                            "Cloud Compare price book. It was left unchanged.")
                             .arg(shown(path))};
    }

    // A hot journal must be rolled back before anything reads the file, and a read-only
    // connection cannot do that (SQLITE_READONLY_ROLLBACK): recover first, then inspect.
    QString recoveryNote;
    if (const QString error = recoverInterruptedChange(path, &recoveryNote); !error.isEmpty())
        return {nullptr, error};
    if (!recoveryNote.isEmpty()) {
        // The unfinished change may have written page 1 (an upgrade's schema version).
        header = SqliteFileHeader::read(path, &readError);
        if (!header || header->kind != SqliteFileHeader::Kind::Sqlite)
            return {nullptr, tr("Cannot read \"%1\" after rolling back an unfinished change: %2")
                                 .arg(shown(path), readError)};
    }

    // Look before touching: a read-only connection cannot change the file.
    {
        OpenResult inspection = connect(path, true);
        if (!inspection.book)
            return inspection;
        try {
            const QSqlDatabase db = inspection.book->database();
            QSqlQuery check = execPrepared(db, u"PRAGMA quick_check"_s);
            const QString verdict = check.next() ? check.value(0).toString() : QString();
            if (verdict != u"ok") {
                return {nullptr, tr("\"%1\" is damaged (SQLite reports: %2). It was left "
                                    "unchanged; restore it from a backup.")
                                     .arg(shown(path), verdict)};
            }
            if (!ours && queryInt(db, u"SELECT count(*) FROM sqlite_schema"_s) > 0) {
                return {nullptr, tr("\"%1\" is an SQLite database of another application, not "
                                    "a GPU Cloud Compare price book. It was left unchanged.")
                                     .arg(shown(path))};
            }
        } catch (const DatabaseError &e) {
            return {nullptr, tr("\"%1\" is damaged or not a price book (%2). It was left "
                                "unchanged.")
                                 .arg(shown(path), e.message())};
        }
    }

    QString readOnlyReason;
    const int version = int(header->userVersion);
    if (version > migrator.latestVersion()) {
        readOnlyReason = tr("\"%1\" was written by a newer version of GPU Cloud Compare (schema "
                            "%2; this version knows up to %3). It is open read-only; update the "
                            "application to edit it.")
                             .arg(shown(path))
                             .arg(version)
                             .arg(migrator.latestVersion());
    } else if (!canWrite(path)) {
        readOnlyReason = tr("\"%1\" is a read-only file. It is open read-only.").arg(shown(path));
    } else if (!canWrite(info.absolutePath())) {
        readOnlyReason = tr("\"%1\" is in a read-only folder, where SQLite cannot write its "
                            "journal. It is open read-only.")
                             .arg(shown(path));
    }
    if (!readOnlyReason.isEmpty() && version < migrator.latestVersion()) {
        return {nullptr, tr("\"%1\" needs an upgrade to schema %2, but it cannot be written: %3")
                             .arg(shown(path))
                             .arg(migrator.latestVersion())
                             .arg(readOnlyReason)};
    }

    OpenResult result = connect(path, !readOnlyReason.isEmpty());
    if (!result.book)
        return result;
    result.book->m_readOnlyReason = readOnlyReason;
    result.book->m_recoveryNote = recoveryNote;
    result.book->m_schemaVersion = version;
    if (!readOnlyReason.isEmpty())
        return result;

    if (version < migrator.latestVersion()) {
        const QSqlDatabase db = result.book->database();
        int tables = 0;
        try {
            tables = queryInt(db, u"SELECT count(*) FROM sqlite_schema"_s);
        } catch (const DatabaseError &e) {
            return {nullptr, tr("Cannot read \"%1\": %2").arg(shown(path), e.message())};
        }
        if (tables > 0) {
            const QString backup = u"%1.schema-%2-backup-%3.sqlite"_s.arg(
                path, QString::number(version),
                QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
            if (const Status backedUp = result.book->backupTo(backup); !backedUp) {
                return {nullptr, tr("Not upgrading \"%1\": the backup before the upgrade failed "
                                    "(%2). The file was left unchanged.")
                                     .arg(shown(path), backedUp.error())};
            }
        }
        if (const Status migrated = migrator.migrate(db); !migrated) {
            return {nullptr, tr("Cannot upgrade \"%1\": %2. The file was left unchanged.")
                                 .arg(shown(path), migrated.error())};
        }
        result.book->m_schemaVersion = migrator.latestVersion();
    }
    return result;
}

QString PriceBook::recoverInterruptedChange(const QString &path, QString *note)
{
    const QString journal = path + u"-journal"_s;
    if (!hasInterruptedChange(journal))
        return {};
    if (!canWrite(path) || !canWrite(QFileInfo(path).absolutePath())) {
        return tr("\"%1\" holds a change that a program left unfinished when it stopped "
                  "(\"%2\"), and it must be rolled back before the price book can be read, but "
                  "the file or its folder is read-only. Make the folder writable, or copy both "
                  "files together into a writable folder and open the copy. Both were left "
                  "unchanged.")
            .arg(shown(path), shown(journal));
    }
    {
        // SQLite rolls a hot journal back on the first read through a read-write connection.
        OpenResult recovering = connect(path, false);
        if (!recovering.book)
            return recovering.error;
        try {
            queryInt(recovering.book->database(), u"SELECT count(*) FROM sqlite_schema"_s);
        } catch (const DatabaseError &e) {
            return tr("\"%1\" holds a change that a program left unfinished, and rolling it "
                      "back failed: %2")
                .arg(shown(path), e.message());
        }
    }
    // Another process that was still writing (not a crash) keeps its journal: nothing to say.
    if (!hasInterruptedChange(journal)) {
        *note = tr("\"%1\" held a change that a program left unfinished when it stopped; it "
                   "was rolled back, and the price book is as it was before that change.")
                    .arg(shown(path));
    }
    return {};
}

Outcome<PriceBookData> PriceBook::bundledContents()
{
    resources::ensureLoaded();
    QFile bundled(resources::bundledDatasetPath());
    if (!bundled.open(QIODevice::ReadOnly))
        return Outcome<PriceBookData>::failure(
            tr("the bundled dataset is missing from this build."));
    auto parsed = PriceBookJson::read(bundled, u"bundled dataset"_s);
    if (!parsed.data)
        return Outcome<PriceBookData>::failure(parsed.error.toString());
    return Outcome<PriceBookData>(std::move(*parsed.data));
}

PriceBook::OpenResult PriceBook::createNew(const QString &path, const SchemaMigrator &migrator)
{
    return createFilled(path, migrator, &PriceBook::bundledContents);
}

PriceBook::OpenResult PriceBook::createFrom(const QString &path, const PriceBookData &data)
{
    if (TeamBookUri::isTeamBook(path)) {
        return onTeamConnection(path, TeamBookConnection::create(path, SchemaMigrator(), [&data] {
                                    return Outcome<PriceBookData>(data);
                                }));
    }
    if (QFileInfo(path).size() > 0) {
        return {nullptr,
                tr("Cannot create \"%1\": the file exists and is not empty.").arg(shown(path))};
    }
    return createFilled(path, SchemaMigrator(), [&data] { return Outcome<PriceBookData>(data); });
}

PriceBook::OpenResult
PriceBook::createFilled(const QString &path, const SchemaMigrator &migrator,
                        const std::function<Outcome<PriceBookData>()> &contents)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        return {nullptr, tr("Cannot create \"%1\": the folder \"%2\" does not exist and cannot be "
                            "created.")
                             .arg(shown(path), shown(dir.absolutePath()))};
    }
    if (!canWrite(dir.absolutePath())) {
        return {nullptr, tr("Cannot create \"%1\": the folder \"%2\" is read-only.")
                             .arg(shown(path), shown(dir.absolutePath()))};
    }

    // Build the new price book beside its final name and rename it into place, so a failure
    // or a crash never leaves a half-filled file under the name the user chose.
    const QString staging = u"%1.creating-%2"_s.arg(info.absoluteFilePath()).arg(::getpid());
    QFile::remove(staging);
    QString error;
    {
        OpenResult staged = connect(staging, false);
        if (!staged.book) {
            QFile::remove(staging);
            return {nullptr, tr("Cannot create \"%1\": %2").arg(shown(path), staged.error)};
        }
        const QSqlDatabase db = staged.book->database();
        if (const Status migrated = migrator.migrate(db); !migrated) {
            error = tr("Cannot create \"%1\": %2").arg(shown(path), migrated.error());
        } else {
            const Outcome<PriceBookData> data = contents();
            if (!data.ok()) {
                error = tr("Cannot create \"%1\": %2").arg(shown(path), data.error());
            } else {
                const ImportSummary summary = PriceBookImporter(db).importData(data.value());
                if (!summary.error.isEmpty())
                    error = tr("Cannot create \"%1\": %2").arg(shown(path), summary.error);
            }
        }
    }
    if (error.isEmpty() &&
        std::rename(QFile::encodeName(staging).constData(),
                    QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        error = tr("Cannot create \"%1\": %2")
                    .arg(shown(path), QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (!error.isEmpty()) {
        QFile::remove(staging);
        QFile::remove(staging + u"-journal"_s);
        return {nullptr, error};
    }
    return open(path, Create::Never, migrator);
}

Status PriceBook::backupTo(const QString &target) const
{
    if (isTeamBook()) {
        // No VACUUM INTO on a server: the whole book, read in one go, into a new file.
        if (QFileInfo::exists(target))
            return Status::failure(tr("\"%1\" already exists").arg(shown(target)));
        try {
            const OpenResult copy = createFrom(target, readPriceBook(database()));
            return copy.book ? done() : Status::failure(copy.error);
        } catch (const DatabaseError &e) {
            return Status::failure(e.message());
        }
    }
    if (QFileInfo::exists(target))
        return Status::failure(tr("\"%1\" already exists").arg(shown(target)));
    // Written under a temporary name and renamed when complete: a crash or a full disk
    // halfway leaves a ".partial" file, never a damaged file under the backup's own name.
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    try {
        // VACUUM INTO writes a consistent, compacted copy through SQLite itself: never copy
        // the file with QFile while a connection is open (sqlite.org/howtocorrupt.html).
        execPrepared(database(), u"VACUUM INTO ?"_s, {partial});
    } catch (const DatabaseError &e) {
        QFile::remove(partial);
        return Status::failure(e.message());
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Status::failure(tr("cannot rename the finished copy to \"%1\"").arg(shown(target)));
    }
    return done();
}

} // namespace gpucompare
