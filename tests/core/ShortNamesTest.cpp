// Short forms of provider and GPU names for narrow table cells (issue 30).

#include "ShortNames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

TEST(ShortNames, ProvidersDropWhatTheCellDoesNotNeed)
{
    EXPECT_EQ(shortProviderName(u"Verda (DataCrunch)"_s), u"Verda"_s);
    EXPECT_EQ(shortProviderName(u"Microsoft Azure"_s), u"Azure"_s);
    EXPECT_EQ(shortProviderName(u"Oracle Cloud"_s), u"Oracle"_s);
    EXPECT_EQ(shortProviderName(u"AWS"_s), u"AWS"_s);
    EXPECT_EQ(shortProviderName(u"Voltage Park"_s), u"Voltage Park"_s);
}

TEST(ShortNames, AGpuGetsTheShortestFormNoOtherGpuShares)
{
    const ShortGpuNames names({u"H100 SXM 80GB"_s, u"H100 PCIe 80GB"_s, u"H100 NVL 94GB"_s,
                               u"A100 SXM 80GB"_s, u"A100 SXM 40GB"_s, u"A100 PCIe 80GB"_s,
                               u"L4 24GB"_s, u"A10G 24GB"_s, u"RTX 6000 Ada 48GB"_s,
                               u"RTX A6000 48GB"_s, u"RTX 5090 32GB"_s, u"MI300X 192GB"_s});
    EXPECT_EQ(names.shortName(u"H100 SXM 80GB"_s), u"H100 SXM"_s);
    EXPECT_EQ(names.shortName(u"H100 NVL 94GB"_s), u"H100 94G"_s);
    EXPECT_EQ(names.shortName(u"A100 SXM 80GB"_s), u"A100 SXM 80G"_s);
    EXPECT_EQ(names.shortName(u"L4 24GB"_s), u"L4"_s);
    EXPECT_EQ(names.shortName(u"MI300X 192GB"_s), u"MI300X"_s);
    // "RTX" alone names no GPU: the model number stays.
    EXPECT_EQ(names.shortName(u"RTX 5090 32GB"_s), u"RTX 5090"_s);
    EXPECT_EQ(names.shortName(u"RTX 6000 Ada 48GB"_s), u"RTX 6000"_s);
    EXPECT_EQ(names.shortName(u"not in the set"_s), u"not in the set"_s);
}

TEST(ShortNames, EveryBundledGpuKeepsAShortFormOfItsOwn)
{
    QFile file(QStringLiteral(GPUCOMPARE_SOURCE_DIR "/resources/dataset/pricebook.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList all;
    for (const QJsonValue &g :
         QJsonDocument::fromJson(file.readAll()).object().value(u"gpu_models"_s).toArray())
        all << g.toObject().value(u"name"_s).toString();
    ASSERT_GT(all.size(), 80);
    const ShortGpuNames names(all);
    QSet<QString> seen;
    for (const QString &name : std::as_const(all)) {
        const QString shortName = names.shortName(name);
        EXPECT_FALSE(seen.contains(shortName.toLower())) << shortName.toStdString();
        seen.insert(shortName.toLower());
        EXPECT_LE(shortName.size(), name.size());
        // The short form is the name's own words (or their memory as "80G"), in order.
        EXPECT_TRUE(name.startsWith(shortName.section(u' ', 0, 0))) << name.toStdString();
    }
}
