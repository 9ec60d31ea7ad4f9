// The one GPU name matcher, on the bundled GPU catalog: spelling aside, memory and form factor
// tell variants apart, and nothing is guessed.

#include "GpuNameMatcher.h"

#include "PriceBookJson.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

const QList<GpuModel> &bundledModels()
{
    static const QList<GpuModel> models = [] {
        QFile file(QStringLiteral(GPUCOMPARE_SOURCE_DIR "/resources/dataset/pricebook.json"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return PriceBookJson::read(file, u"pricebook.json"_s).data->gpuModels;
    }();
    return models;
}

QString matched(const QString &name, const QList<double> &memory = {},
                const QString &formFactor = {})
{
    return GpuNameMatcher(bundledModels()).match(name, memory, formFactor).model;
}

} // namespace

TEST(GpuNameMatcher, CaseSpacesHyphensAndUnderscoresDoNotMatter)
{
    for (const QString &spelling :
         {u"RTX 6000 Ada"_s, u"RTX6000-Ada"_s, u"rtx_6000_ada"_s, u"RTX6000ADA_PCIE"_s,
          u"RTX-6000-Ada"_s, u"NVIDIA RTX 6000 Ada Generation"_s})
        EXPECT_EQ(matched(spelling), u"RTX 6000 Ada"_s) << spelling.toStdString();
    EXPECT_EQ(matched(u"RTXA6000"_s), u"RTX A6000 48GB"_s);
    EXPECT_EQ(matched(u"rtx a6000"_s), u"RTX A6000 48GB"_s);
    EXPECT_EQ(matched(u"A6000_PCIE_HIGH_PERF"_s), u"RTX A6000 48GB"_s) << "how it is sold aside";
    EXPECT_EQ(matched(u"h100_sxm5"_s), u"H100 SXM 80GB"_s);
    EXPECT_EQ(matched(u"TPU-V5LITEPOD"_s), u"TPU v5e 16GB"_s);
}

TEST(GpuNameMatcher, SuperTiAdaAndNvlStayDistinct)
{
    EXPECT_EQ(matched(u"RTX4070"_s), u"RTX 4070 12GB"_s);
    EXPECT_EQ(matched(u"RTX 4070 Ti"_s), u"RTX 4070 Ti 12GB"_s);
    EXPECT_EQ(matched(u"RTX_4070_Ti_SUPER"_s), u"RTX 4070 Ti SUPER 16GB"_s);
    EXPECT_EQ(matched(u"RTX4080"_s), u"RTX 4080 16GB"_s);
    EXPECT_EQ(matched(u"RTX4080S"_s), u"RTX 4080 SUPER 16GB"_s);
    EXPECT_EQ(matched(u"RTX4000-Ada"_s), u"RTX 4000 Ada 20GB"_s);
    EXPECT_EQ(matched(u"RTX4000"_s), u"Quadro RTX 4000 8GB"_s) << "Turing, not Ada";
    EXPECT_EQ(matched(u"H100_NVL"_s), u"H100 NVL 94GB"_s);
    EXPECT_EQ(matched(u"H100"_s), u"H100 SXM 80GB"_s);
    EXPECT_EQ(matched(u"RTXPRO6000WS"_s), u"RTX PRO 6000 Workstation 96GB"_s);
    EXPECT_EQ(matched(u"RTXPRO6000"_s), u"RTX PRO 6000"_s);
}

TEST(GpuNameMatcher, MemoryAndFormFactorTellVariantsApart)
{
    EXPECT_EQ(matched(u"A100"_s), u"A100 SXM 40GB"_s);
    EXPECT_EQ(matched(u"A100"_s, {80}), u"A100 SXM 80GB"_s);
    EXPECT_EQ(matched(u"A100 (80 GB)"_s), u"A100 SXM 80GB"_s);
    EXPECT_EQ(matched(u"A100_80G_PCIE"_s), u"A100 PCIe 80GB"_s);
    EXPECT_EQ(matched(u"A100-80G-PCIe-NVLink"_s), u"A100 PCIe 80GB"_s);
    EXPECT_EQ(matched(u"A100"_s, {40}, u"gpu_1x_a100_pcie"_s), u"A100 PCIe 40GB"_s);
    EXPECT_EQ(matched(u"H100"_s, {}, u"pcie"_s), u"H100 PCIe 80GB"_s) << "the machine says PCIe";
    EXPECT_EQ(matched(u"V100"_s, {32}), u"V100 32GB"_s);
    EXPECT_EQ(matched(u"GH200"_s, {144}), u"GH200 144GB"_s);
    // A marketplace that writes the machine's memory where the GPU's belongs: the second size
    // (per GPU) decides.
    EXPECT_EQ(matched(u"A100"_s, {320, 40}), u"A100 SXM 40GB"_s);
    EXPECT_EQ(matched(u"A100"_s, {640, 80}), u"A100 SXM 80GB"_s);
    // 141 GB is 144,384 MiB: GiB and GB are the same size here.
    EXPECT_EQ(matched(u"H200"_s, {141}), u"H200 SXM 141GB"_s);
}

TEST(GpuNameMatcher, WhatItCannotPlaceItDoesNotGuess)
{
    const GpuNameMatcher matcher(bundledModels());
    EXPECT_EQ(matcher.match(u"QuantumAccel 9000"_s).outcome, GpuNameMatcher::Outcome::Unknown);
    EXPECT_EQ(matcher.match(u"RTX 9090"_s).outcome, GpuNameMatcher::Outcome::Unknown);
    EXPECT_EQ(matcher.match(u""_s).outcome, GpuNameMatcher::Outcome::Unknown);
    // The L4 is a PCIe card only: an SXM machine of it does not exist.
    EXPECT_EQ(matcher.match(u"L4"_s, {}, u"sxm"_s).outcome,
              GpuNameMatcher::Outcome::FormFactorUnknown);
    // A stated memory no variant has is matched by name and flagged, not dropped.
    const auto odd = matcher.match(u"H100_NVL"_s, {80});
    EXPECT_EQ(odd.model, u"H100 NVL 94GB"_s);
    EXPECT_TRUE(odd.memoryDisagrees);
}

TEST(GpuNameMatcher, NoTwoModelsOfTheCatalogShareANameOnceSpellingIsIgnored)
{
    const QStringList collisions = GpuNameMatcher::collisions(bundledModels());
    EXPECT_TRUE(collisions.isEmpty()) << collisions.join(u"; "_s).toStdString();
    GpuModel a;
    a.name = u"RTX 6000 Ada"_s;
    GpuModel b;
    b.name = u"Other"_s;
    b.aliases = {u"rtx-6000_ada"_s};
    EXPECT_EQ(GpuNameMatcher::collisions({a, b}).size(), 1);
}

TEST(GpuNameMatcher, EveryModelOfABookAnswersToItsOwnNameAndAliases)
{
    const GpuNameMatcher matcher(bundledModels());
    for (const GpuModel &g : bundledModels()) {
        EXPECT_EQ(matcher.resolve(g.name).toStdString(), g.name.toStdString());
        for (const QString &alias : g.aliases)
            EXPECT_EQ(matcher.resolve(alias).toStdString(), g.name.toStdString())
                << alias.toStdString();
    }
}
