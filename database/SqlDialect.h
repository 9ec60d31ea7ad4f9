#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gpucompare {

/// The two databases a price book lives in. The repositories write one SQL text for both;
/// the few SQLite spellings PostgreSQL lacks are rewritten on the way to the server.
enum class SqlDialect
{
    Sqlite,
    Postgres
};

SqlDialect dialectOf(const QSqlDatabase &db);

/// How long a write waits for another connection's transaction before it gives up, in either
/// database: SQLite's busy timeout, PostgreSQL's lock_timeout (the same "in use" message).
inline constexpr int kBusyTimeoutMs = 2000;

/// The statement as the dialect needs it. For PostgreSQL, "x COLLATE NOCASE" after ORDER BY
/// (sort ignoring ASCII case, as SQLite's NOCASE does) becomes lower(x COLLATE "C"); before it
/// (a comparison) it names the schema's nondeterministic "nocase" collation. SQLite: unchanged.
QString sqlFor(SqlDialect dialect, const QString &sql);

} // namespace gpucompare
