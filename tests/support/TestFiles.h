#pragma once

#include <QByteArray>
#include <QString>

namespace gpucompare::test {

/// SHA-256 of a file's bytes, to prove a file was left byte-for-byte unchanged.
QByteArray fileHash(const QString &path);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

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
