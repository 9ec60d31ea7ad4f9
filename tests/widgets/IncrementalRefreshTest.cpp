// A saved price updates its rows in place (issue 32): the region groups, the order and the
// table then show what reading the rows afresh shows, numbers and places included.

#include "DataQuality.h"
#include "OfferFilterProxyModel.h"
#include "OfferRowLookup.h"
#include "PriceTableModel.h"
#include "PriceTableOrder.h"
#include "RegionGroupIndex.h"
#include "RegionGroups.h"

#include <QSignalSpy>
#include <algorithm>
#include <gtest/gtest.h>
#include <numeric>
#include <random>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 28);

/// Offers of two providers and three GPUs in five regions at a few prices, so that many share
/// a region group; with `channels`, a marketplace also resells some of provider A's machines.
QList<OfferRow> catalog(bool channels)
{
    std::mt19937 random(32);
    const QStringList providers = {u"A"_s, u"B"_s};
    const QStringList gpus = {u"H100 SXM 80GB"_s, u"A100 80GB"_s, u"L4 24GB"_s};
    QList<OfferRow> rows;
    for (qint64 id = 1; id <= 400; ++id) {
        OfferRow r;
        r.offerId = id;
        r.provider = providers.at(random() % 2);
        r.gpuModel = gpus.at(random() % 3);
        r.gpusPerInstance = (random() % 2) ? 8 : 1;
        r.instanceType = r.gpuModel.left(4) + u'-' + QString::number(r.gpusPerInstance);
        r.region = u"region-"_s + QString::number(random() % 5);
        r.usdPerInstanceHour = Money::fromMicros(qint64(1 + random() % 4) * 1'000'000);
        r.observedOn = u"2026-11-09"_s;
        r.sourceUrl = u"https://example.com/prices"_s;
        if (channels && r.provider == u"A" && id % 7 == 0)
            r.soldVia = u"Shadeform"_s;
        rows.append(r);
    }
    return rows;
}

/// A price (and now and then a region) of a few random rows changed.
QList<int> changeSome(QList<OfferRow> &rows, std::mt19937 &random)
{
    QList<int> changed;
    const int count = 1 + int(random() % 3);
    for (int k = 0; k < count; ++k) {
        const int row = int(random() % rows.size());
        rows[row].usdPerInstanceHour = Money::fromMicros(qint64(1 + random() % 5) * 1'000'000);
        if (random() % 4 == 0)
            rows[row].region = u"region-"_s + QString::number(random() % 5);
        changed.append(row);
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

QList<int> membersOf(const QList<int> &groups, int group)
{
    QList<int> rows;
    for (int row = 0; row < groups.size(); ++row) {
        if (groups.at(row) == group)
            rows.append(row);
    }
    return rows;
}

/// The rows in the order `order` sorts them by `column`.
QList<int> sortedBy(const PriceTableOrder &order, qsizetype rows, int column)
{
    QList<int> sorted(rows);
    std::iota(sorted.begin(), sorted.end(), 0);
    std::sort(sorted.begin(), sorted.end(),
              [&](int l, int r) { return order.lessThan(l, r, column); });
    return sorted;
}

/// The offers the table shows, in its order.
QList<qint64> shownOffers(const OfferFilterProxyModel &proxy, const PriceTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(model.rowAt(proxy.mapToSource(proxy.index(row, 0)).row()).offerId);
    return ids;
}

} // namespace

TEST(IncrementalRefresh, RegroupingAFewRowsInPlaceGivesTheGroupsOfRegroupingAll)
{
    for (const bool channels : {false, true}) {
        QList<OfferRow> rows = catalog(channels);
        const RegionGroupIndex index(rows);
        RegionGroupIndex &groups = const_cast<RegionGroupIndex &>(index);
        ASSERT_EQ(groups.groups(), regionGroupsOf(rows));
        ASSERT_LT(groups.count(), rows.size()) << "the catalog must have groups of several rows";
        std::mt19937 random(channels ? 7 : 8);
        for (int edit = 0; edit < 60; ++edit) {
            QList<OfferRow> before = rows;
            const QList<int> changed = changeSome(rows, random);
            QList<OfferRow> formerly;
            for (const int row : changed)
                formerly.append(before.at(row));
            groups.rowsReplaced(changed, formerly);
            const QList<int> expected = regionGroupsOf(rows);
            ASSERT_EQ(groups.groups(), expected) << "edit " << edit << ", channels " << channels;
            const int count =
                expected.isEmpty() ? 0 : *std::max_element(expected.cbegin(), expected.cend()) + 1;
            ASSERT_EQ(groups.count(), count);
            for (int g = 0; g < count; ++g)
                ASSERT_EQ(groups.rowsOf(g), membersOf(expected, g)) << "group " << g;
        }
    }
}

TEST(IncrementalRefresh, PlacingAFewRowsAgainGivesTheOrderOfSortingAll)
{
    QList<OfferRow> rows = catalog(true);
    annotateOffers(rows, Freshness{kToday});
    const auto text = [&rows](int row, int column) -> QVariant {
        return column == PriceTableModel::Region ? rows.at(row).region.toLower() : QString();
    };
    for (const int column :
         {int(PriceTableModel::UsdPerGpuHour), int(PriceTableModel::UsdPerInstanceHour),
          int(PriceTableModel::Provider), int(PriceTableModel::Region)}) {
        PriceTableOrder order(rows, text);
        sortedBy(order, rows.size(), column); // the ranks kept from here on
        std::mt19937 random(column);
        for (int edit = 0; edit < 20; ++edit) {
            const QList<int> changed = changeSome(rows, random);
            for (const int row : changed) {
                rows[row].usdPerGpuHour =
                    rows.at(row).usdPerInstanceHour.toDollars() / rows.at(row).gpusPerInstance;
            }
            order.rowsChanged(changed);
            const PriceTableOrder fresh(rows, text);
            ASSERT_EQ(sortedBy(order, rows.size(), column), sortedBy(fresh, rows.size(), column))
                << "column " << column << ", edit " << edit;
        }
    }
}

TEST(IncrementalRefresh, FindsTheRowsOfOffersInOrderOrNot)
{
    QList<OfferRow> rows = catalog(false);
    EXPECT_EQ(rowsOfOffers(rows, {1, 200, 400, 999}),
              (QHash<qint64, int>{{1, 0}, {200, 199}, {400, 399}}));
    std::swap(rows[0], rows[300]);
    EXPECT_EQ(rowsOfOffers(rows, {1, 301, 55}), (QHash<qint64, int>{{1, 300}, {301, 0}, {55, 54}}));
}

TEST(IncrementalRefresh, SavedPricesShowAsATableFilledAfreshShowsThem)
{
    // Sorted by price per GPU-hour with regions grouped and a search typed, as a user has it.
    const QList<OfferRow> start = catalog(true);
    PriceTableModel model;
    OfferFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PriceTableModel::UsdPerGpuHour);
    model.setRows(start, kToday);
    proxy.setText(u"h100"_s);
    ASSERT_GT(proxy.rowCount(), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy groupsChanged(&model, &PriceTableModel::regionGroupsChanged);

    std::mt19937 random(5);
    QList<OfferRow> rows = start;
    for (int edit = 0; edit < 25; ++edit) {
        const QList<int> changed = changeSome(rows, random);
        QList<OfferRow> saved;
        for (const int row : changed)
            saved.append(rows.at(row));
        model.updateOffers(saved, {});

        PriceTableModel fresh;
        OfferFilterProxyModel freshProxy;
        freshProxy.setSourceModel(&fresh);
        freshProxy.sort(PriceTableModel::UsdPerGpuHour);
        fresh.setRows(rows, kToday);
        freshProxy.setText(u"h100"_s);
        ASSERT_EQ(shownOffers(proxy, model), shownOffers(freshProxy, fresh)) << "edit " << edit;
        ASSERT_EQ(model.rowCount(), fresh.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            const OfferRow &got = model.rowAt(row);
            const OfferRow &want = fresh.rowAt(row);
            ASSERT_EQ(got.offerId, want.offerId);
            ASSERT_EQ(got.usdPerInstanceHour, want.usdPerInstanceHour);
            ASSERT_DOUBLE_EQ(got.percentAboveCheapest, want.percentAboveCheapest);
            ASSERT_EQ(got.cheapestForGpu, want.cheapestForGpu);
            ASSERT_EQ(got.flags, want.flags);
            ASSERT_EQ(model.regionGroup(row), fresh.regionGroup(row)) << "row " << row;
        }
    }
    EXPECT_EQ(resets.count(), 0) << "no edit resets the table";
    EXPECT_GT(groupsChanged.count(), 0) << "some edits moved an offer between groups";
}
