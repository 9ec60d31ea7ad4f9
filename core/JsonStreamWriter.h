#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>
#include <utility>
#include <variant>

class QIODevice;

namespace gpucompare {

/// Writes a large JSON document element by element, in exactly the bytes
/// QJsonDocument::toJson(QJsonDocument::Indented) gives for the same document, without holding
/// the document: `estimate --format json` over 100,000 offers spent most of its time building
/// one QJsonArray of 100,000 objects and serialising it at once.
///
/// Objects are written with their keys in the order given; to match QJsonDocument, give them
/// in sorted order (QJsonObject sorts its keys). Each value is a QJsonValue, written the way
/// Qt writes it, so escapes and number formats stay Qt's.
///
/// Output goes to the device in chunks; ok() turns false after a write that failed, and the
/// writer stops writing.
/// One object's members, to write in QJsonObject's sorted key order without building a
/// QJsonObject: building one per estimate was a third of writing 100,000 of them. Keys must
/// outlive it (string literals): the writer knows a repeated set of keys by their addresses.
///
/// Values are kept as they are given, typed, and written as QJsonValue would write them: an
/// int or qint64 as a JSON integer, a double as Qt writes a double (JsonNumber), a string list
/// as an array of strings. Converting 2.5 million of them to QJsonValue and back was most of
/// the rest.
class JsonMembers final
{
public:
    // Each built in place: moving 2.5 million values into the array showed in profiles.
    void add(QStringView key, const QJsonValue &value) { m_members.emplace_back(key, value); }
    void add(QStringView key, double value) { m_members.emplace_back(key, value); }
    void add(QStringView key, int value) { m_members.emplace_back(key, qint64(value)); }
    void add(QStringView key, qint64 value) { m_members.emplace_back(key, value); }
    void add(QStringView key, bool value) { m_members.emplace_back(key, value); }
    void add(QStringView key, const QString &value) { m_members.emplace_back(key, value); }
    /// An array of strings.
    void add(QStringView key, const QStringList &value) { m_members.emplace_back(key, value); }
    /// JSON null.
    void add(QStringView key, std::nullptr_t) { m_members.emplace_back(key, std::monostate()); }
    /// The same members as a QJsonObject (for callers that need one).
    QJsonObject toObject() const;

    using Value =
        std::variant<std::monostate, bool, qint64, double, QString, QStringList, QJsonValue>;
    /// The QJsonValue that `value` stands for.
    static QJsonValue toJsonValue(const Value &value);

private:
    friend class JsonStreamWriter;
    QVarLengthArray<std::pair<QStringView, Value>, 24> m_members;
};

class JsonStreamWriter final
{
public:
    explicit JsonStreamWriter(QIODevice *device);
    ~JsonStreamWriter();
    JsonStreamWriter(const JsonStreamWriter &) = delete;
    JsonStreamWriter &operator=(const JsonStreamWriter &) = delete;

    /// The document's outer object or array.
    void beginObject();
    void beginArray();
    /// A member of the current object whose value is an object or array to stream.
    void beginObject(QStringView key);
    void beginArray(QStringView key);
    void end();

    /// A member of the current object, or (without key) an element of the current array.
    void write(QStringView key, const QJsonValue &value);
    void write(const QJsonValue &value);
    /// An object element of the current array, its members sorted by key as Qt sorts them.
    void write(JsonMembers &members);

    /// Ends open containers and writes what is buffered; false when a write failed.
    bool finish();
    bool ok() const { return m_ok; }

private:
    void open(char bracket);
    void separate();
    void writeKey(QStringView key);
    void append(const QJsonValue &value);
    static void appendValue(QByteArray &out, const QJsonValue &value, qsizetype depth);
    static void appendMember(QByteArray &out, const JsonMembers::Value &value, qsizetype depth);
    static void appendDouble(QByteArray &out, double value);
    static void appendInteger(QByteArray &out, qint64 value);
    static void appendString(QByteArray &out, QStringView text);
    static void appendStrings(QByteArray &out, const QStringList &strings, qsizetype depth);
    void flushIfLarge();
    void flush();

    QIODevice *m_device;
    QByteArray m_buffer;
    struct Level
    {
        char closing;
        bool empty = true;
    };
    QList<Level> m_levels;
    bool m_ok = true;
    /// The keys of the last JsonMembers written, as given, and their sorted order: a report's
    /// 100,000 objects give the same keys in the same order, and sorting each one's keys again
    /// showed in profiles.
    QVarLengthArray<QStringView, 24> m_lastKeys;
    QVarLengthArray<qsizetype, 24> m_sortedOrder;
    /// For each key in sorted order, the bytes before its value (separator, indent, key).
    QList<QByteArray> m_keyPrefixes;
    qsizetype m_keysDepth = -1; ///< the depth m_keyPrefixes were made for
};

} // namespace gpucompare
