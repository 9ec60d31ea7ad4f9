#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <unistd.h>

namespace gpucompare::test {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

bool ignoresFilePermissions()
{
    return ::geteuid() == 0;
}

} // namespace gpucompare::test
