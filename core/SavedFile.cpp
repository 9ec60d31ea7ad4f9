#include "SavedFile.h"

#include "Translated.h"

#include <QDir>
#include <QSaveFile>

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::SavedFile", text);
}

} // namespace

Status saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(
            tr("cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return done();
}

} // namespace gpucompare
