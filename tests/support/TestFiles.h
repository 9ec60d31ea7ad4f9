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
