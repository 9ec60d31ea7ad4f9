#include "SqliteFileHeader.h"

#include <QFile>
#include <QtEndian>

namespace gpucompare {

std::optional<SqliteFileHeader> SqliteFileHeader::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    SqliteFileHeader header;
    header.fileSize = file.size();
    const QByteArray bytes = file.read(100);
    file.close();

    if (header.fileSize == 0) {
        header.kind = Kind::Empty;
        return header;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!bytes.startsWith(magic)) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    if (bytes.size() < 100) {
        header.kind = Kind::Truncated;
        return header;
    }
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const quint16 rawPageSize = qFromBigEndian<quint16>(data + 16);
    header.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    const quint32 changeCounter = qFromBigEndian<quint32>(data + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(data + 28);
    const quint32 versionValidFor = qFromBigEndian<quint32>(data + 92);
    header.pageCount = changeCounter == versionValidFor ? pageCount : 0;
    header.userVersion = qFromBigEndian<quint32>(data + 60);
    header.applicationId = qFromBigEndian<quint32>(data + 68);

    const bool pageSizeValid = header.pageSize >= 512 && header.pageSize <= 65536 &&
                               (header.pageSize & (header.pageSize - 1)) == 0;
    if (!pageSizeValid || header.fileSize % header.pageSize != 0 ||
        (header.pageCount != 0 && qint64(header.pageCount) * header.pageSize > header.fileSize)) {
        header.kind = Kind::Truncated;
        return header;
    }
    header.kind = Kind::Sqlite;
    return header;
}

} // namespace gpucompare
