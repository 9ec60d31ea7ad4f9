#include "CsvReader.h"

#include "Translated.h"

#include <QByteArrayView>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::CsvReader", text);
}

constexpr qint64 kChunk = 64 * 1024;

/// Decodes one field strictly: nullopt when the bytes are not valid UTF-8. (A QStringDecoder
/// per field cost more than the rest of the parse: validate, then convert.)
std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    if (!QByteArrayView(bytes).isValidUtf8())
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

} // namespace

CsvReader::CsvReader(QIODevice &device, QString fileName)
    : m_device(device)
{
    m_error.file = std::move(fileName);
    m_error.message.clear();
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_at > 0) {
        m_buffer.remove(0, m_at);
        m_at = 0;
    }
    const QByteArray chunk = m_device.read(kChunk);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer += chunk;
    return true;
}

bool CsvReader::fail(int line, int column, const QString &message)
{
    m_error.line = line;
    m_error.column = column;
    m_error.message = message;
    return false;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (hasError())
        return false;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() < 3 && fill()) {
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_at = 3;
            m_position = 3;
        }
    }
    if (m_at >= m_buffer.size() && !fill())
        return false; // clean end of file

    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    int quoteLine = 0;
    int quoteColumn = 0;
    int column = 1; // 1-based column (in bytes) of the next byte on the current line
    int fieldColumn = 1;
    qint64 recordBytes = 0;

    auto finishField = [&]() -> bool {
        const std::optional<QString> text = decodeUtf8(field);
        if (!text)
            return fail(m_line, fieldColumn,
                        tr("invalid UTF-8 in this field; save the file as "
                           "UTF-8"));
        fields << *text;
        field.clear();
        wasQuoted = false;
        fieldColumn = column;
        return true;
    };

    while (true) {
        if (m_at >= m_buffer.size() && !fill()) {
            // End of input: a record without a final line break is still a record.
            if (quoted) {
                return fail(quoteLine, quoteColumn,
                            tr("a quoted field opened here is never closed (unbalanced quote)"));
            }
            return finishField();
        }
        const char c = m_buffer.at(m_at++);
        ++m_position;
        if (++recordBytes > kMaxRecordBytes) {
            return fail(m_recordLine, 0,
                        tr("a record longer than %1 MB: this is not a price catalog")
                            .arg(kMaxRecordBytes / (1024 * 1024)));
        }
        if (c == '\0')
            return fail(m_line, column, tr("a NUL byte: this is a binary file, not CSV"));
        if (quoted) {
            if (c == '"') {
                if (m_at >= m_buffer.size())
                    fill();
                if (m_at < m_buffer.size() && m_buffer.at(m_at) == '"') {
                    field += '"';
                    ++m_at;
                    ++m_position;
                    column += 2;
                    continue;
                }
                quoted = false;
                ++column;
                continue;
            }
            field += c;
            if (c == '\n') {
                ++m_line;
                column = 1;
                continue;
            }
            ++column;
            // The rest of a quoted run at once: a SkyPilot GpuInfo cell is 200 bytes.
            qsizetype end = m_at;
            while (end < m_buffer.size()) {
                const char d = m_buffer.at(end);
                if (d == '"' || d == '\n' || d == '\0')
                    break;
                ++end;
            }
            const qsizetype run = end - m_at;
            field.append(m_buffer.constData() + m_at, run);
            column += int(run);
            m_position += run;
            recordBytes += run;
            m_at = end;
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted) {
                return fail(m_line, column,
                            tr("a quote inside an unquoted field; quote the whole field and "
                               "double the quote (\"\")"));
            }
            quoted = true;
            wasQuoted = true;
            quoteLine = m_line;
            quoteColumn = column;
            ++column;
            continue;
        }
        if (c == ',') {
            ++column;
            if (!finishField())
                return false;
            continue;
        }
        if (c == '\r') {
            // CRLF or a lone CR both end the record.
            if (m_at >= m_buffer.size())
                fill();
            if (m_at < m_buffer.size() && m_buffer.at(m_at) == '\n') {
                ++m_at;
                ++m_position;
            }
            const bool ok = finishField();
            ++m_line;
            return ok;
        }
        if (c == '\n') {
            const bool ok = finishField();
            ++m_line;
            return ok;
        }
        if (wasQuoted) {
            return fail(m_line, column,
                        tr("text after a closing quote; expected a comma or the "
                           "end of the line"));
        }
        // Copy the rest of a plain run at once: most bytes of a catalog are here.
        qsizetype end = m_at;
        while (end < m_buffer.size()) {
            const char d = m_buffer.at(end);
            if (d == ',' || d == '"' || d == '\r' || d == '\n' || d == '\0')
                break;
            ++end;
        }
        field += c;
        field.append(m_buffer.constData() + m_at, end - m_at);
        const qsizetype run = end - m_at;
        column += 1 + int(run);
        m_position += run;
        recordBytes += run;
        m_at = end;
    }
}

} // namespace gpucompare
