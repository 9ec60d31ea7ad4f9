// The GPU the price table opens on (issue 30, part 5).

#include "FirstView.h"

#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

QList<OfferRow> offers(const QString &gpu, int count, std::optional<double> tflops)
{
    QList<OfferRow> rows;
    for (int i = 0; i < count; ++i) {
        OfferRow row;
        row.gpuModel = gpu;
        row.denseTflops = tflops;
        rows.append(row);
    }
    return rows;
}

} // namespace

TEST(FirstView, OpensOnTheTrainingGpuWithTheMostOffersNotTheMostOfferedCard)
{
    QList<OfferRow> rows = offers(u"T4 16GB"_s, 40, 65) + offers(u"RTX 4090 24GB"_s, 30, 165) +
                           offers(u"V100 16GB"_s, 25, 125) + offers(u"A100 SXM 80GB"_s, 12, 312) +
                           offers(u"H100 SXM 80GB"_s, 15, 989);
    EXPECT_EQ(mostOfferedTrainingGpu(rows), u"H100 SXM 80GB"_s);
    rows += offers(u"A100 SXM 80GB"_s, 4, 312);
    EXPECT_EQ(mostOfferedTrainingGpu(rows), u"A100 SXM 80GB"_s);
}

TEST(FirstView, CountsOnlyOffersStillListedAndBreaksTiesByName)
{
    QList<OfferRow> rows = offers(u"H200 141GB"_s, 3, 989) + offers(u"H100 SXM 80GB"_s, 3, 989);
    EXPECT_EQ(mostOfferedTrainingGpu(rows), u"H100 SXM 80GB"_s);
    QList<OfferRow> gone = offers(u"B200 180GB"_s, 9, 2250);
    for (OfferRow &row : gone)
        row.notListedSince = u"2026-11-01"_s;
    EXPECT_EQ(mostOfferedTrainingGpu(rows + gone), u"H100 SXM 80GB"_s);
}

TEST(FirstView, WithoutATrainingPartTheMostOfferedGpuAndNothingForAnEmptyBook)
{
    EXPECT_EQ(mostOfferedTrainingGpu(offers(u"T4 16GB"_s, 2, 65) + offers(u"L4 24GB"_s, 3, {})),
              u"L4 24GB"_s);
    EXPECT_EQ(mostOfferedTrainingGpu({}), QString());
}
