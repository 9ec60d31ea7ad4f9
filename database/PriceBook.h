#pragma once

#include "Outcome.h"
#include "PriceBookData.h"
#include "SchemaMigrator.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace gpucompare {

class TeamBookConnection;

/// One open price book: an SQLite file with our application_id, or a team's PostgreSQL
/// database with our gpucompare_schema marker (opened through TeamBookConnection), at the
/// latest schema.
///
/// open() inspects a file before SQLite may write to it: a file that is not SQLite, damaged,
/// someone else's database, or from a newer version is refused or opened read-only and left
/// byte-for-byte as it was. Every connection gets foreign_keys=ON, synchronous=FULL with the
/// rollback journal (one copyable file) and an explicit busy timeout.
class PriceBook final
{
public:
    /// "GPUC": PRAGMA application_id of our files, so file(1) and open() recognise them.
    static constexpr quint32 kApplicationId = 0x47505543;

    enum class Create
    {
        IfMissing,
        Never
    };

    struct OpenResult
    {
        std::unique_ptr<PriceBook> book;
        QString error; ///< set when book is null: names the file and says what is wrong
    };

    /// Opens path: a file, or a postgresql:// URI (TeamBookUri). A missing or zero-byte file,
    /// or a database with no tables, is created and filled from the bundled dataset (through
    /// the same importer a user's import uses, in one transaction) unless create is Never.
    static OpenResult open(const QString &path, Create create = Create::IfMissing,
                           const SchemaMigrator &migrator = SchemaMigrator());

    /// Another connection to a book that is open already (for a worker thread: a connection
    /// belongs to the thread that made it). No inspection or upgrade: those ran on open().
    static OpenResult openConnection(const QString &path, bool readOnly);

    /// Creates a price book at path (missing or a zero-byte file, or a PostgreSQL database with
    /// no tables) holding `data`, in one transaction (a file under a staging name until
    /// complete), as open() does with the bundled dataset: `gpucompare copy` writes this way.
    static OpenResult createFrom(const QString &path, const PriceBookData &data);

    /// The price book used when no --db is given: AppDataLocation/pricebook.sqlite.
    static QString defaultPath();

    ~PriceBook();
    PriceBook(const PriceBook &) = delete;
    PriceBook &operator=(const PriceBook &) = delete;

    QSqlDatabase database() const;
    /// The file, or the URI as given (with its password, if one was written): for opening
    /// further connections, never for showing. shownName() is what messages and titles use.
    const QString &path() const { return m_path; }
    QString shownName() const;
    /// A PostgreSQL price book (shared by a team) rather than a file.
    bool isTeamBook() const;
    int schemaVersion() const { return m_schemaVersion; }

    /// Opened read-only, and why (a newer schema, a read-only file or folder); empty otherwise.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    /// Set when opening rolled back a change that a writer left unfinished (a hot journal
    /// beside the file): says so in a sentence for the status bar or standard error.
    const QString &recoveryNote() const { return m_recoveryNote; }

    /// Writes a consistent copy to target with VACUUM INTO (target must not exist).
    Status backupTo(const QString &target) const;

private:
    PriceBook(QString path, QString connectionName);

    static OpenResult createNew(const QString &path, const SchemaMigrator &migrator);
    static OpenResult createFilled(const QString &path, const SchemaMigrator &migrator,
                                   const std::function<Outcome<PriceBookData>()> &contents);
    static OpenResult connect(const QString &path, bool readOnly);
    /// The book on a team's connection, which it takes over; or why there is none.
    static OpenResult onTeamConnection(const QString &uri, Outcome<TeamBookConnection> opened);
    static Outcome<PriceBookData> bundledContents();
    /// Rolls back a change left unfinished beside path; an error when that cannot be done.
    static QString recoverInterruptedChange(const QString &path, QString *note);

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_recoveryNote;
    int m_schemaVersion = 0;
};

} // namespace gpucompare
