#pragma once

#include "Outcome.h"
#include "PriceBookData.h"
#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace gpucompare {

/// One connection to a team's price book on PostgreSQL (a postgresql:// URI, TeamBookUri), and
/// how it is made: connected with our session settings, the database inspected (ours, empty,
/// another application's, from a newer version, writable by this role or not), an empty one
/// filled and an older one upgraded.
///
/// PriceBook opens a URI through this class and takes its connection over (release()), so
/// everything above the connection (repositories, importer, edits) runs unchanged on a file or
/// on a team's database.
class TeamBookConnection final
{
    // Its messages keep the context they had as PriceBook's, where the catalogues hold them.
    Q_DECLARE_TR_FUNCTIONS(gpucompare::PriceBook)

public:
    /// What a new price book is filled with: the bundled dataset, or the data of a copy.
    using Contents = std::function<Outcome<PriceBookData>()>;

    /// Connects to uri and inspects nothing: another connection to a book open already.
    static Outcome<TeamBookConnection> connect(const QString &uri, bool readOnly);

    /// Connects to the price book at uri: an older schema is upgraded, a newer one (or a role
    /// that may only read) opens read-only with the reason. A database with no tables gets a
    /// price book holding what ifEmpty gives; without ifEmpty it is refused.
    static Outcome<TeamBookConnection> open(const QString &uri, const SchemaMigrator &migrator,
                                            const Contents &ifEmpty = {});

    /// Creates a price book holding `contents` in the empty database at uri (the schema and the
    /// data in one transaction), then opens it.
    static Outcome<TeamBookConnection> create(const QString &uri, const SchemaMigrator &migrator,
                                              const Contents &contents);

    TeamBookConnection(TeamBookConnection &&other) noexcept;
    TeamBookConnection &operator=(TeamBookConnection &&) = delete;
    TeamBookConnection(const TeamBookConnection &) = delete;
    TeamBookConnection &operator=(const TeamBookConnection &) = delete;
    /// Closes and removes the connection, unless it was released.
    ~TeamBookConnection();

    QSqlDatabase database() const;
    int schemaVersion() const { return m_schemaVersion; }
    /// Why the book is open read-only (a newer schema, a role that may only read); empty when
    /// it may be written.
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    /// The connection's name, handed to the caller: it is then the caller's to remove
    /// (QSqlDatabase::removeDatabase), and this object leaves it open.
    QString release();

private:
    explicit TeamBookConnection(QString connectionName);
    void close();

    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_readOnlyReason;
};

} // namespace gpucompare
