#include "Money.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace gpucompare;
using namespace Qt::StringLiterals;

TEST(Money, ParsesPlainDecimalsExactly)
{
    EXPECT_EQ(Money::parse(u"55.04")->micros(), 55'040'000);
    EXPECT_EQ(Money::parse(u"21.957642")->micros(), 21'957'642);
    EXPECT_EQ(Money::parse(u"0.5")->micros(), 500'000);
    EXPECT_EQ(Money::parse(u"12")->micros(), 12'000'000);
    EXPECT_EQ(Money::parse(u" .25 ")->micros(), 250'000);
}

TEST(Money, RejectsWhatIsNotAPlainAmount)
{
    for (const QString &bad : {u""_s, u"-1"_s, u"1e3"_s, u"1.2.3"_s, u"abc"_s, u"1.1234567"_s,
                               u"12345678"_s, u"NaN"_s, u"."_s}) {
        QString why;
        EXPECT_FALSE(Money::parse(bad, &why)) << bad.toStdString();
        EXPECT_FALSE(why.isEmpty()) << bad.toStdString();
    }
}

TEST(Money, WritesTheShortestExactDecimal)
{
    EXPECT_EQ(Money::fromMicros(55'040'000).toString(), u"55.04"_s);
    EXPECT_EQ(Money::fromMicros(2'000'000).toString(), u"2"_s);
    EXPECT_EQ(Money::fromMicros(21'957'642).toString(), u"21.957642"_s);
    EXPECT_EQ(Money::fromMicros(5).toString(), u"0.000005"_s);
}

TEST(Money, DoublesRoundTripWithoutDrift)
{
    // Every bundled price goes through a JSON double on its way in and out.
    for (const char *text : {"55.04", "17.6289", "113.9328", "0.526", "21.957642", "98.32"}) {
        const Money money = *Money::parse(QString::fromLatin1(text));
        EXPECT_EQ(*Money::fromDollars(money.toDollars()), money) << text;
    }
}

TEST(Money, RefusesNonFiniteNegativeAndAbsurdDoubles)
{
    EXPECT_FALSE(Money::fromDollars(std::numeric_limits<double>::quiet_NaN()));
    EXPECT_FALSE(Money::fromDollars(std::numeric_limits<double>::infinity()));
    EXPECT_FALSE(Money::fromDollars(-0.01));
    EXPECT_FALSE(Money::fromDollars(2e6));
}

TEST(Money, DividesPerGpuWithRounding)
{
    EXPECT_EQ(Money::fromMicros(55'040'000).dividedBy(8).micros(), 6'880'000);
    EXPECT_EQ(Money::fromMicros(10).dividedBy(4).micros(), 3); // 2.5 rounds up
}
