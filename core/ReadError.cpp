#include "ReadError.h"

#include <QCoreApplication>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace gpucompare {

QString ReadError::toString() const
{
    QString where = file;
    if (line > 0) {
        const QString lineText =
            column > 0 ? QCoreApplication::translate("gpucompare::ReadError", "line %1, column %2")
                             .arg(line)
                             .arg(column)
                       : QCoreApplication::translate("gpucompare::ReadError", "line %1").arg(line);
        where = where.isEmpty() ? lineText : where + u", "_s + lineText;
    }
    QString text = where.isEmpty() ? QString() : where + u": "_s;
    if (!location.isEmpty())
        text += location + u": "_s;
    return text + message;
}

std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((bytes.at(i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

QJsonDocument parseJsonFile(const QByteArray &bytes, const QString &fileName, ReadError *error)
{
    if (bytes.trimmed().isEmpty()) {
        *error = {
            fileName, 0, 0, {}, QCoreApplication::translate("gpucompare::ReadError", "is empty")};
        return {};
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        *error = {fileName,
                  line,
                  column,
                  {},
                  QCoreApplication::translate("gpucompare::ReadError", "not valid JSON (%1)")
                      .arg(parseError.errorString())};
        return {};
    }
    return document;
}

} // namespace gpucompare
