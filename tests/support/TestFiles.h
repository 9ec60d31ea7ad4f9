#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gpucompare::test {

/// SHA-256 of a file's bytes, to prove a file was left byte-for-byte unchanged.
QByteArray fileHash(const QString &path);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

/// Writes our offers CSV with `rows` H100 offers of AWS, one price each (instance types
/// "NAME-i.48xlarge" in 17 regions), for drills and benchmarks that need a large import.
/// Returns whether the whole file was written.
bool writeOffersCatalog(const QString &path, int rows, const QString &name);

/// SQL statements that take a GPU model out of a price book with its offers and aliases, as a
/// book from before that model was bundled: for tests of names a book does not know ("T4g").
/// Single statements, for QSqlQuery::exec one at a time or the sqlite3 shell.
QStringList forgetGpuModelStatements(const QString &gpuModel);

/// SQL statements that take out every offer a catalog listed (the bundled catalog snapshots):
/// a book as it was before catalogs were bundled, for tests of what an update adds.
QStringList forgetCatalogOffersStatements();
/// SQL that takes a book of schema 6 back to what schema 5 had (no GPU datasheet columns, no
/// marketplace channel, no egress prices); the caller sets user_version.
QStringList undoSchema6Statements();
/// SQL that takes a book of the latest schema back to schema 6's tables (no exchange rates, no
/// record of what updates changed); run before
/// undoSchema6Statements() for older books.
QStringList undoSchema7And8Statements();
/// SQL that takes a book of schema 9 back to schema 8 (no published amount or currency on
/// prices); run before undoSchema7And8Statements() for older books.
QStringList undoSchema9Statements();
/// What schema 10 added (the watch list); run before undoSchema9Statements() for older books.
QStringList undoSchema10Statements();

/// Runs statements on a book with the sqlite3 shell; returns its error output, empty when all
/// of them ran.
QString runSqlite(const QString &book, const QStringList &statements);

/// Whether this process can ignore file permissions (root): permission-based tests must then
/// drop privileges another way.
bool ignoresFilePermissions();

} // namespace gpucompare::test

namespace gpucompare::test {

/// Leaves the change a writer was making unfinished, as a crash does: the sqlite3 shell, with
/// a page cache of five pages so that changed pages spill into the file before any commit,
/// runs `statements` inside a transaction and is killed (SIGKILL) before it commits. Returns
/// an empty string when the book was left with a hot journal and changed pages, else why not.
QString leaveUnfinishedChange(const QString &book, const QByteArray &statements);

} // namespace gpucompare::test
