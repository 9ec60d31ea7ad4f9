#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace gpucompare {

/// The first 100 bytes of an SQLite file, read with plain file IO before any connection is
/// opened, so that a file we must not touch (not SQLite, damaged, someone else's, from a newer
/// version) is recognised without SQLite ever writing to it. Layout:
/// https://www.sqlite.org/fileformat.html#the_database_header
struct SqliteFileHeader
{
    enum class Kind
    {
        Empty,
        NotSqlite,
        Truncated,
        Sqlite
    };

    Kind kind = Kind::Empty;
    qint64 fileSize = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0; ///< 0 when the header's count is stale (legacy writers)
    quint32 userVersion = 0;
    quint32 applicationId = 0;

    /// Reads the header of path; nullopt (with *error) when the file cannot be read at all.
    static std::optional<SqliteFileHeader> read(const QString &path, QString *error);
};

} // namespace gpucompare
