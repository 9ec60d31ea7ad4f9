#pragma once

#include "ReadError.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace gpucompare {

/// Reads RFC 4180 CSV from a device one record at a time: UTF-8 with or without a BOM, CRLF or
/// LF, quoted fields with doubled quotes and line breaks inside. Memory stays bounded by the
/// longest record (capped), so a 100 MB file streams.
///
/// Errors name the line and column: an unbalanced quote (where it opened), invalid UTF-8, a NUL
/// byte (a binary file), a record longer than kMaxRecordBytes.
class CsvReader final
{
public:
    static constexpr qint64 kMaxRecordBytes = 1024 * 1024;

    CsvReader(QIODevice &device, QString fileName);

    /// The next record into `fields`; false at the end or on an error (see error()).
    bool next(QStringList &fields);
    /// The 1-based line the last record started on.
    int recordLine() const { return m_recordLine; }
    const ReadError &error() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }
    /// Bytes consumed so far, for progress.
    qint64 position() const { return m_position; }

private:
    bool fill();
    bool fail(int line, int column, const QString &message);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    qint64 m_position = 0;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_started = false;
    bool m_atEnd = false;
    ReadError m_error;
};

} // namespace gpucompare
