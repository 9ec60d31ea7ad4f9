#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace gpucompare {

/// A team price book's address: postgresql://[user[:password]@][host][:port]/dbname[?key=value]
/// as libpq reads it (also postgres://). host may be a socket folder, given as ?host=/path.
/// The password, when one is written, is kept only to connect: text() never shows it, and
/// nothing the application stores or prints uses anything but text().
struct TeamBookUri
{
    QString user;
    QString password;
    QString host;
    int port = 0; ///< 0: libpq's default (5432, or PGPORT)
    QString database;
    /// libpq connection options from the query (sslmode, connect_timeout, application_name...).
    QStringList options;

    /// True for a text that names a PostgreSQL database rather than a file.
    static bool isTeamBook(const QString &text);

    /// The URI read, or nullopt with *error naming what is wrong (no database name, a port that
    /// is not a number, an option libpq does not know).
    static std::optional<TeamBookUri> parse(const QString &text, QString *error);

    /// The URI without the password: what messages, settings and recent lists show.
    QString text() const;
};

/// text with a postgresql:// URI's password replaced by "***", for any message that repeats
/// what the user typed (even a URI too broken to parse).
QString withoutPassword(const QString &text);

} // namespace gpucompare
