#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <utility>

namespace gpucompare {

/// Why a file could not be read, and where: the file, a 1-based line and column when known,
/// and a location inside the document (a JSON path such as "offers[3].prices[0]").
struct ReadError
{
    QString file;
    int line = 0;
    int column = 0;
    QString location;
    QString message;

    bool isEmpty() const { return message.isEmpty(); }

    /// "prices.json, line 4, column 12: offers[3].gpus_per_instance: must be a whole number"
    QString toString() const;
};

/// 1-based line and column of a byte offset into UTF-8 text (a JSON parse error's offset).
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset);

/// A JSON file's document; an empty file or one that does not parse sets *error (the file,
/// and for a parse error its line and column) and gives an empty document.
QJsonDocument parseJsonFile(const QByteArray &bytes, const QString &fileName, ReadError *error);

} // namespace gpucompare
