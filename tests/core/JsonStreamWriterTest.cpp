#include "JsonStreamWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// Streams `root` (an object of arrays, objects and scalars) member by member, arrays element
/// by element, as a long report would.
QByteArray streamed(const QJsonObject &root)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    JsonStreamWriter writer(&buffer);
    writer.beginObject();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it->isArray()) {
            writer.beginArray(it.key());
            for (const QJsonValue &element : it->toArray())
                writer.write(element);
            writer.end();
        } else {
            writer.write(it.key(), *it);
        }
    }
    EXPECT_TRUE(writer.finish());
    return bytes;
}

} // namespace

TEST(JsonStreamWriter, WritesTheBytesOfOneIndentedQJsonDocument)
{
    const QJsonObject root{
        {u"estimates"_s,
         QJsonArray{QJsonObject{{u"provider"_s, u"AWS \"quoted\"\\ \n tab\t ctrl\x01 é ★"_s},
                                {u"cost_usd"_s, 254571.25},
                                {u"gpus"_s, 2048},
                                {u"tiny"_s, 1e-7},
                                {u"huge"_s, 1e21},
                                {u"fits"_s, true},
                                {u"none"_s, QJsonValue()},
                                {u"notes"_s, QJsonArray{}},
                                {u"nested"_s, QJsonObject{{u"a"_s, QJsonArray{1, 2.5, u"x"_s}}}}},
                    QJsonObject{}, u"plain string"_s, 42}},
        {u"empty"_s, QJsonArray{}},
        {u"job"_s, QJsonObject{{u"flops"_s, 5.46e23}, {u"gpu"_s, u"H100 SXM 80GB"_s}}},
        {u"notes"_s, QJsonArray{u"one"_s, u"two"_s}},
        {u"scalar"_s, -0.5},
        {u"key with \"quote\""_s, u"v"_s}};
    const QByteArray expected = QJsonDocument(root).toJson(QJsonDocument::Indented);
    EXPECT_EQ(streamed(root).toStdString(), expected.toStdString());
    EXPECT_EQ(streamed({}).toStdString(),
              QJsonDocument(QJsonObject{}).toJson(QJsonDocument::Indented).toStdString());
}

TEST(JsonStreamWriter, AFailedWriteIsReported)
{
    QBuffer closed; // never opened: every write fails
    JsonStreamWriter writer(&closed);
    writer.beginObject();
    writer.write(u"a", 1);
    EXPECT_FALSE(writer.finish());
}

namespace {

/// One report element as estimateMembers() gives it: literal keys, unsorted, some optional.
JsonMembers element(bool withState, double cost)
{
    JsonMembers members;
    members.add(u"provider", u"Lambda"_s);
    members.add(u"cost_usd", cost);
    if (withState) {
        members.add(u"model_state_gb_per_gpu", 1.75);
        members.add(u"fits_in_memory", true);
    }
    members.add(u"age_days", QJsonValue());
    members.add(u"flags", QJsonArray{u"undated"_s});
    return members;
}

} // namespace

TEST(JsonStreamWriter, ObjectsOfChangingKeysKeepQtsKeyOrder)
{
    // The writer reuses the last object's key order while the keys repeat: a run of equal
    // objects, then one with more keys, then the first kind again.
    QJsonArray expected;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    JsonStreamWriter writer(&buffer);
    writer.beginArray();
    for (const bool withState : {false, false, true, true, false, true}) {
        JsonMembers members = element(withState, expected.size() + 0.5);
        expected.append(members.toObject());
        writer.write(members);
    }
    writer.end();
    ASSERT_TRUE(writer.finish());
    EXPECT_EQ(bytes.toStdString(),
              QJsonDocument(expected).toJson(QJsonDocument::Indented).toStdString());
}
