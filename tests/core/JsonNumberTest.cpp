#include "JsonNumber.h"

#include "JsonStreamWriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>
#include <cstring>
#include <gtest/gtest.h>
#include <limits>
#include <random>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

std::string fast(double value)
{
    char digits[JsonNumber::kMaxChars];
    return std::string(digits, JsonNumber::writeDouble(digits, value));
}

/// What Qt's JSON writer writes for a double (qjsonwriter.cpp).
std::string qt(double value)
{
    return std::isfinite(value)
               ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest).toStdString()
               : std::string("null");
}

} // namespace

TEST(JsonNumber, EdgesAreWrittenAsQtWritesThem)
{
    const double edges[] = {0.0,
                            -0.0,
                            1.0,
                            -1.0,
                            0.1,
                            0.5,
                            0.001,  // decimal and exponent form equally long: decimal
                            0.0001, // exponent form shorter
                            0.000123,
                            1e-5,
                            1.234e-5,
                            10000,  // a tie again
                            100000, // "1e+05"
                            123456,
                            1e15,
                            1.5e16,
                            123456789012345680.0,
                            1e21,
                            1e100,
                            1e-300,
                            5e-324, // the smallest subnormal
                            std::numeric_limits<double>::min(),
                            std::numeric_limits<double>::max(),
                            -std::numeric_limits<double>::max(),
                            0.1 + 0.2,
                            2.675, // rounds to 2.67 or 2.68 depending on the binary value
                            254571.25,
                            5.46e23,
                            std::nan(""),
                            std::numeric_limits<double>::infinity(),
                            -std::numeric_limits<double>::infinity()};
    for (const double value : edges)
        EXPECT_EQ(fast(value), qt(value)) << "value " << value;
}

TEST(JsonNumber, EveryPowerOfTenAndItsNeighboursAsQt)
{
    for (int exponent = -325; exponent <= 308; ++exponent) {
        for (int mantissa = 1; mantissa <= 19; mantissa += 3) {
            const double value = mantissa * std::pow(10.0, exponent);
            for (const double v : {value, -value, std::nextafter(value, 0.0),
                                   std::nextafter(value, std::numeric_limits<double>::max())}) {
                ASSERT_EQ(fast(v), qt(v)) << "value " << v;
            }
        }
    }
}

TEST(JsonNumber, RoundedReportNumbersAndRandomBitsAsQt)
{
    std::mt19937_64 random(20261207);
    std::uniform_real_distribution<double> prices(0, 1e7);
    for (int i = 0; i < 100'000; ++i) {
        // As reports round them: cents, GPU-hours, days, per-token prices.
        const double value = prices(random);
        for (const int decimals : {0, 2, 3, 4, 6}) {
            const double scale = std::pow(10.0, decimals);
            const double shown = std::round(value * scale) / scale;
            ASSERT_EQ(fast(shown), qt(shown)) << "value " << shown;
            ASSERT_EQ(fast(shown / 1e6), qt(shown / 1e6)) << "value " << shown / 1e6;
        }
        const quint64 bits = random();
        double any;
        std::memcpy(&any, &bits, sizeof any);
        ASSERT_EQ(fast(any), qt(any)) << "bits " << bits;
    }
}

TEST(JsonNumber, IntegersAsQt)
{
    for (const qint64 value :
         {qint64(0), qint64(-1), qint64(42), qint64(100000), std::numeric_limits<qint64>::max(),
          std::numeric_limits<qint64>::min()}) {
        char digits[JsonNumber::kMaxChars];
        EXPECT_EQ(std::string(digits, JsonNumber::writeInteger(digits, value)),
                  QByteArray::number(value).toStdString());
    }
}

TEST(JsonNumber, TypedMembersWriteTheBytesOfTheirQJsonDocument)
{
    // Each kind of member the reports give, as JsonMembers keeps it, against the QJsonValue
    // it stands for: integers stay integers (100000, not 1e+05), doubles are Qt's.
    JsonMembers members;
    members.add(u"int", 100000);
    members.add(u"long", qint64(1) << 60);
    members.add(u"double", 100000.0); // whole: an integer, as QJsonValue keeps it
    members.add(u"whole_but_huge", 1e17);
    members.add(u"two_to_53", 9007199254740992.0);
    members.add(u"half", 2.5);
    members.add(u"negative_zero", -0.0);
    members.add(u"tiny", 1.25e-7);
    members.add(u"nan", std::nan(""));
    members.add(u"yes", true);
    members.add(u"none", nullptr);
    members.add(u"text", u"H100 SXM 80GB"_s);
    members.add(u"escaped", u"tab\t \"quote\" é"_s);
    members.add(u"list", QStringList{u"stale"_s, u"outlier"_s});
    members.add(u"empty_list", QStringList());
    members.add(u"json", QJsonValue(QJsonArray{1, 2.5}));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    JsonStreamWriter writer(&buffer);
    writer.beginArray();
    writer.write(members);
    writer.end();
    ASSERT_TRUE(writer.finish());
    EXPECT_EQ(bytes.toStdString(), QJsonDocument(QJsonArray{members.toObject()})
                                       .toJson(QJsonDocument::Indented)
                                       .toStdString());
    EXPECT_NE(bytes.indexOf("\"int\": 100000,"), -1);
    EXPECT_NE(bytes.indexOf("\"double\": 100000,"), -1);
    EXPECT_NE(bytes.indexOf("\"whole_but_huge\": 1e+17,"), -1);
}
