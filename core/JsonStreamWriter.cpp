#include "JsonStreamWriter.h"

#include "JsonNumber.h"

#include <QCborValue>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace gpucompare {

namespace {

constexpr qsizetype kFlushAt = 1 << 20;
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

/// Appends bytes in place: QByteArray::append(const char *, n) goes through the general
/// insert(), which showed in profiles of 100 MB of output.
void appendBytes(QByteArray &out, const char *bytes, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + size);
    std::memcpy(out.data() + at, bytes, size_t(size));
}

/// Four spaces per level, appended in place (a new QByteArray per line showed in profiles,
/// and so did QByteArray::append(count, ch), which inserts).
void indent(QByteArray &out, qsizetype depth)
{
    static constexpr char kSpaces[] = "                                                ";
    constexpr qsizetype kMost = sizeof(kSpaces) - 1;
    for (qsizetype n = 4 * depth; n > 0; n -= kMost)
        appendBytes(out, kSpaces, std::min(n, kMost));
}

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice *device)
    : m_device(device)
{}

JsonStreamWriter::~JsonStreamWriter()
{
    finish();
}

void JsonStreamWriter::open(char bracket)
{
    m_buffer += bracket;
    m_buffer += '\n';
    m_levels.append(Level{bracket == '{' ? '}' : ']'});
}

void JsonStreamWriter::beginObject()
{
    if (!m_levels.isEmpty())
        separate();
    open('{');
}

void JsonStreamWriter::beginArray()
{
    if (!m_levels.isEmpty())
        separate();
    open('[');
}

void JsonStreamWriter::beginObject(QStringView key)
{
    writeKey(key);
    open('{');
}

void JsonStreamWriter::beginArray(QStringView key)
{
    writeKey(key);
    open('[');
}

void JsonStreamWriter::end()
{
    if (m_levels.isEmpty())
        return;
    const Level level = m_levels.takeLast();
    if (!level.empty)
        m_buffer += '\n';
    // Qt writes an empty container as "[\n" and the closing bracket on the next line.
    indent(m_buffer, m_levels.size());
    m_buffer += level.closing;
    if (m_levels.isEmpty())
        m_buffer += '\n';
    flushIfLarge();
}

void JsonStreamWriter::separate()
{
    Level &level = m_levels.last();
    if (!level.empty)
        m_buffer += ",\n";
    level.empty = false;
    indent(m_buffer, m_levels.size());
}

void JsonStreamWriter::writeKey(QStringView key)
{
    separate();
    appendString(m_buffer, key);
    m_buffer += ": ";
}

void JsonStreamWriter::append(const QJsonValue &value)
{
    appendValue(m_buffer, value, m_levels.size());
    flushIfLarge();
}

void JsonStreamWriter::appendValue(QByteArray &out, const QJsonValue &value, qsizetype depth)
{
    // The layout of Qt's indented writer (qjsonwriter.cpp), checked byte for byte by the
    // unit test against QJsonDocument; written here so a report of 100,000 estimates does not
    // build a document per estimate.
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out += "{\n";
        for (auto it = object.begin(); it != object.end(); ++it) {
            indent(out, depth + 1);
            appendString(out, it.key());
            out += ": ";
            appendValue(out, it.value(), depth + 1);
            out += std::next(it) == object.end() ? "\n" : ",\n";
        }
        indent(out, depth);
        out += '}';
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            indent(out, depth + 1);
            appendValue(out, array.at(i), depth + 1);
            out += i + 1 == array.size() ? "\n" : ",\n";
        }
        indent(out, depth);
        out += ']';
        return;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        // Qt keeps whole numbers given as integers apart from doubles, and writes them apart.
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger())
            appendInteger(out, cbor.toInteger());
        else
            appendDouble(out, value.toDouble());
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    }
}

void JsonStreamWriter::appendDouble(QByteArray &out, double value)
{
    char digits[JsonNumber::kMaxChars];
    appendBytes(out, digits, JsonNumber::writeDouble(digits, value) - digits);
}

void JsonStreamWriter::appendInteger(QByteArray &out, qint64 value)
{
    char digits[JsonNumber::kMaxChars];
    appendBytes(out, digits, JsonNumber::writeInteger(digits, value) - digits);
}

void JsonStreamWriter::appendString(QByteArray &out, QStringView text)
{
    // Plain text (the usual case) copied as it is, in place; anything Qt escapes goes through
    // Qt.
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char *p = out.data() + start;
    *p++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\') {
            out.truncate(start);
            const QByteArray array =
                QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
            out += QByteArrayView(array).sliced(1, array.size() - 2);
            return;
        }
        *p++ = char(u);
    }
    *p = '"';
}

void JsonStreamWriter::appendStrings(QByteArray &out, const QStringList &strings, qsizetype depth)
{
    // As appendValue() writes a QJsonArray of strings.
    out += "[\n";
    for (qsizetype i = 0; i < strings.size(); ++i) {
        indent(out, depth + 1);
        appendString(out, strings.at(i));
        out += i + 1 == strings.size() ? "\n" : ",\n";
    }
    indent(out, depth);
    out += ']';
}

void JsonStreamWriter::appendMember(QByteArray &out, const JsonMembers::Value &value,
                                    qsizetype depth)
{
    struct Visitor
    {
        QByteArray &out;
        qsizetype depth;
        void operator()(std::monostate) const { out += "null"; }
        void operator()(bool b) const { out += b ? "true" : "false"; }
        void operator()(qint64 n) const { appendInteger(out, n); }
        void operator()(double d) const
        {
            // QJsonValue keeps a whole double within +-2^53 as an integer, and Qt writes it so
            // (100000, not 1e+05).
            if (std::trunc(d) == d && std::abs(d) <= kMaxExactInteger)
                appendInteger(out, qint64(d));
            else
                appendDouble(out, d);
        }
        void operator()(const QString &s) const { appendString(out, s); }
        void operator()(const QStringList &list) const { appendStrings(out, list, depth); }
        void operator()(const QJsonValue &v) const { JsonStreamWriter::appendValue(out, v, depth); }
    };
    std::visit(Visitor{out, depth}, value);
}

QJsonValue JsonMembers::toJsonValue(const Value &value)
{
    struct Visitor
    {
        QJsonValue operator()(std::monostate) const { return QJsonValue(); }
        QJsonValue operator()(bool b) const { return b; }
        QJsonValue operator()(qint64 n) const { return n; }
        QJsonValue operator()(double d) const { return d; }
        QJsonValue operator()(const QString &s) const { return s; }
        QJsonValue operator()(const QStringList &list) const
        {
            return QJsonArray::fromStringList(list);
        }
        QJsonValue operator()(const QJsonValue &v) const { return v; }
    };
    return std::visit(Visitor{}, value);
}

QJsonObject JsonMembers::toObject() const
{
    QJsonObject object;
    for (const auto &[key, value] : m_members)
        object.insert(key, toJsonValue(value));
    return object;
}

void JsonStreamWriter::write(JsonMembers &members)
{
    const auto &given = members.m_members;
    // The same literals as last time (their addresses, not only their text): the same order.
    const bool sameKeys = std::equal(given.cbegin(), given.cend(), m_lastKeys.cbegin(),
                                     m_lastKeys.cend(), [](const auto &member, QStringView key) {
                                         return member.first.data() == key.data() &&
                                                member.first.size() == key.size();
                                     });
    // The members' depth: inside the object about to open.
    const qsizetype depth = m_levels.size() + 1;
    if (!sameKeys || depth != m_keysDepth) {
        m_lastKeys.clear();
        m_sortedOrder.clear();
        for (qsizetype i = 0; i < given.size(); ++i) {
            m_lastKeys.append(given.at(i).first);
            m_sortedOrder.append(i);
        }
        // QJsonObject keeps its keys sorted by UTF-16 code unit, as QStringView compares them.
        std::sort(m_sortedOrder.begin(), m_sortedOrder.end(), [&given](qsizetype a, qsizetype b) {
            return given.at(a).first < given.at(b).first;
        });
        // What writeKey() writes before each value, once for the 100,000 objects that follow.
        m_keyPrefixes.clear();
        for (qsizetype k = 0; k < m_sortedOrder.size(); ++k) {
            QByteArray prefix = k > 0 ? QByteArray(",\n") : QByteArray();
            indent(prefix, depth);
            appendString(prefix, given.at(m_sortedOrder.at(k)).first);
            prefix += ": ";
            m_keyPrefixes.append(prefix);
        }
        m_keysDepth = depth;
    }
    beginObject();
    for (qsizetype k = 0; k < m_sortedOrder.size(); ++k) {
        const QByteArray &prefix = m_keyPrefixes.at(k);
        appendBytes(m_buffer, prefix.constData(), prefix.size());
        appendMember(m_buffer, given.at(m_sortedOrder.at(k)).second, depth);
    }
    if (!m_sortedOrder.isEmpty())
        m_levels.last().empty = false;
    end();
}

void JsonStreamWriter::write(QStringView key, const QJsonValue &value)
{
    writeKey(key);
    append(value);
}

void JsonStreamWriter::write(const QJsonValue &value)
{
    separate();
    append(value);
}

void JsonStreamWriter::flushIfLarge()
{
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void JsonStreamWriter::flush()
{
    if (m_ok && !m_buffer.isEmpty())
        m_ok = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.resize(0); // keeps its capacity: the next megabyte needs it again
}

bool JsonStreamWriter::finish()
{
    while (!m_levels.isEmpty())
        end();
    flush();
    return m_ok;
}

} // namespace gpucompare
