#include "RegionGroups.h"

#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

OfferRow p5(const QString &region)
{
    OfferRow r;
    r.provider = u"AWS"_s;
    r.gpuModel = u"H100 SXM 80GB"_s;
    r.instanceType = u"p5.48xlarge"_s;
    r.gpusPerInstance = 8;
    r.region = region;
    r.usdPerInstanceHour = Money::fromMicros(55'040'000);
    r.observedOn = u"2026-11-09"_s;
    return r;
}

} // namespace

TEST(RegionGroups, OffersThatDifferOnlyByRegionShareAGroup)
{
    QList<OfferRow> rows = {p5(u"us-east-1"_s), p5(u"us-west-2"_s), p5(u"eu-west-1"_s)};
    EXPECT_EQ(regionGroupsOf(rows), (QList<int>{0, 0, 0}));

    // Anything else the table shows keeps an offer apart.
    OfferRow dearer = p5(u"ap-northeast-1"_s);
    dearer.usdPerInstanceHour = Money::fromMicros(60'000'000);
    OfferRow spot = p5(u"us-east-2"_s);
    spot.pricing = PricingModel::Spot;
    OfferRow term = p5(u"us-east-2"_s);
    term.pricing = PricingModel::Reserved;
    OfferRow otherTerm = term;
    otherTerm.pricingTerm = u"EC2 Capacity Block"_s;
    OfferRow older = p5(u"sa-east-1"_s);
    older.observedOn = u"2025-06-01"_s;
    OfferRow gone = p5(u"me-south-1"_s);
    gone.notListedSince = u"2026-11-20"_s;
    OfferRow otherMachine = p5(u"us-east-1"_s);
    otherMachine.instanceType = u"p5e.48xlarge"_s;
    OfferRow perGpu = p5(u"us-east-1"_s);
    perGpu.perGpuRate = true;
    OfferRow otherProvider = p5(u"us-east-1"_s);
    otherProvider.provider = u"Lambda"_s;
    rows << dearer << spot << term << otherTerm << older << gone << otherMachine << perGpu
         << otherProvider << p5(QString());
    EXPECT_EQ(regionGroupsOf(rows), (QList<int>{0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0}));
    EXPECT_TRUE(regionGroupsOf(QList<OfferRow>()).isEmpty());
}

TEST(RegionGroups, OneMachineThroughMarketplacesJoinsItsOwnersListingWhateverThePrice)
{
    auto lambda = [](const QString &instance, const QString &region, qint64 micros,
                     const QString &via = {}) {
        OfferRow r;
        r.provider = u"Lambda"_s;
        r.gpuModel = u"RTX A6000 48GB"_s;
        r.instanceType = instance;
        r.gpusPerInstance = 4;
        r.region = region;
        r.usdPerInstanceHour = Money::fromMicros(micros);
        r.soldVia = via;
        return r;
    };
    QList<OfferRow> rows = {
        lambda(u"gpu_4x_a6000"_s, u"us-south-1"_s, 3'200'000),
        lambda(u"gpu_4x_a6000"_s, u"us-west-1"_s, 3'200'000),
        lambda(u"lambdalabs_A6000x4"_s, u"dallas-usa-3"_s, 4'360'000, u"Shadeform"_s),
        lambda(u"lambdalabs__4xA6000"_s, u"US"_s, 2'900'000, u"Prime Intellect"_s),
        lambda(u"gpu_8x_a6000"_s, u"us-south-1"_s, 6'400'000),
    };
    rows.last().gpusPerInstance = 8;
    EXPECT_EQ(regionGroupsOf(rows), (QList<int>{0, 0, 0, 0, 1}));

    // Two machine types of the provider that a reseller's offer could be: left apart.
    OfferRow twin = lambda(u"gpu_4x_a6000_v2"_s, u"us-east-1"_s, 3'000'000);
    rows.append(twin);
    EXPECT_EQ(regionGroupsOf(rows), (QList<int>{0, 0, 1, 2, 3, 4}));

    // Without a direct listing, the channels of one machine are one group.
    const QList<OfferRow> resold = {lambda(u"x_A6000x4"_s, u"r"_s, 4'000'000, u"Shadeform"_s),
                                    lambda(u"y__4xA6000"_s, u"r"_s, 3'000'000, u"Spheron"_s)};
    EXPECT_EQ(regionGroupsOf(resold), (QList<int>{0, 0}));
}

TEST(RegionGroups, EstimatesGroupOnlyWhenTheyCostAndTakeTheSame)
{
    JobEstimate a;
    a.offerId = 1;
    a.provider = u"AWS"_s;
    a.gpuModel = u"H100 SXM 80GB"_s;
    a.instanceType = u"p5.48xlarge"_s;
    a.region = u"us-east-1"_s;
    a.totalUsd = 1'000'000;
    a.wallDays = 12.5;
    JobEstimate b = a;
    b.offerId = 2;
    b.region = u"us-west-2"_s;
    JobEstimate c = a;
    c.offerId = 3;
    c.totalUsd = 1'100'000; // a discount or a price that differs
    JobEstimate d = a;
    d.offerId = 4;
    d.notes = {u"MFU 0.35 assumed"_s};
    EXPECT_EQ(regionGroupsOf(QList<JobEstimate>{a, b, c, d}), (QList<int>{0, 0, 1, 2}));
}

TEST(RegionGroups, DistinctRegionsAreSortedWithoutRepeatsOrBlanks)
{
    EXPECT_EQ(distinctRegions({u"us-west-2"_s, QString(), u"eu-west-1"_s, u"us-west-2"_s}),
              (QStringList{u"eu-west-1"_s, u"us-west-2"_s}));
}
