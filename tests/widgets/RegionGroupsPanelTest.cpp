// Offers that differ only by region share one row in the price table and the job's results,
// and open to one row per region: driven through the real panels.

#include "CostInputsReader.h"
#include "JobCostPanel.h"
#include "JobEstimateModel.h"
#include "JobForm.h"
#include "OfferFilterProxyModel.h"
#include "OfferRepository.h"
#include "PriceBook.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 28);

OfferRow offer(qint64 id, const QString &instance, const QString &region, qint64 micros)
{
    OfferRow r;
    r.offerId = id;
    r.provider = u"AWS"_s;
    r.gpuModel = u"H100 SXM 80GB"_s;
    r.instanceType = instance;
    r.gpusPerInstance = 8;
    r.region = region;
    r.usdPerInstanceHour = Money::fromMicros(micros);
    r.observedOn = u"2026-11-09"_s;
    r.sourceUrl = u"https://aws.amazon.com/ec2/pricing/on-demand/"_s;
    return r;
}

/// p5 at one price in three regions and a fourth at another; a p4d in one region.
QList<OfferRow> catalogRows()
{
    return {offer(1, u"p5.48xlarge"_s, u"us-east-1"_s, 55'040'000),
            offer(2, u"p5.48xlarge"_s, u"us-west-2"_s, 55'040'000),
            offer(3, u"p5.48xlarge"_s, u"eu-west-1"_s, 55'040'000),
            offer(4, u"p5.48xlarge"_s, u"ap-northeast-1"_s, 63'000'000),
            offer(5, u"p4d.24xlarge"_s, u"us-east-1"_s, 21'960'000)};
}

QString cell(const PricesPanel &panel, int row, int column, int role = Qt::DisplayRole)
{
    return panel.proxy()->index(row, column).data(role).toString();
}

int rowOfOffer(const PricesPanel &panel, qint64 offerId)
{
    for (int row = 0; row < panel.proxy()->rowCount(); ++row) {
        const int source = panel.proxy()->mapToSource(panel.proxy()->index(row, 0)).row();
        if (panel.model()->rowAt(source).offerId == offerId)
            return row;
    }
    return -1;
}

void clickCell(QTableView *table, int row, int column)
{
    const QRect rect = table->visualRect(table->model()->index(row, column));
    ASSERT_TRUE(rect.isValid()) << "cell " << row << "," << column << " is not on screen";
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST(RegionGroups, ThePriceTableShowsOneRowPerMachineAndPriceAndOpensItsRegions)
{
    PricesPanel panel;
    panel.resize(1400, 600);
    QSignalSpy counts(&panel, &PricesPanel::visibleRowsChanged);
    panel.setRows(catalogRows(), kToday);
    using C = PriceTableModel;
    ASSERT_EQ(panel.proxy()->rowCount(), 3);
    EXPECT_EQ(panel.proxy()->matchingOfferCount(), 5);
    ASSERT_FALSE(counts.isEmpty());
    EXPECT_EQ(counts.constLast(), (QVariantList{3, 5, 5}));

    const int group = rowOfOffer(panel, 1);
    ASSERT_GE(group, 0) << "the group's first offer stands for it";
    EXPECT_EQ(cell(panel, group, C::Region), u"3 regions"_s);
    const QString tip = cell(panel, group, C::Region, Qt::ToolTipRole);
    EXPECT_TRUE(tip.contains(u"eu-west-1, us-east-1, us-west-2"_s)) << tip.toStdString();
    EXPECT_EQ(cell(panel, rowOfOffer(panel, 4), C::Region), u"ap-northeast-1"_s);
    EXPECT_EQ(panel.proxy()->offersInRow(group), 3);

    // The region filter and the search still see each member.
    panel.setRegionFilter(u"us-west-2"_s);
    ASSERT_EQ(panel.proxy()->rowCount(), 1);
    EXPECT_EQ(cell(panel, 0, C::Region), u"us-west-2"_s);
    panel.setRegionFilter(QString());
    panel.setTextFilter(u"us-"_s);
    const int matched = rowOfOffer(panel, 1);
    ASSERT_GE(matched, 0);
    EXPECT_EQ(cell(panel, matched, C::Region), u"2 regions"_s) << "us-east-1 and us-west-2";
    EXPECT_EQ(panel.proxy()->matchingOfferCount(), 3);
    panel.setTextFilter(QString());

    // A click on "3 regions" opens the group without touching the calculator's GPU; another
    // click closes it, and the table stays on the group.
    panel.show();
    QApplication::processEvents();
    panel.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/prices-region-groups.png"));
    QSignalSpy chosen(&panel, &PricesPanel::gpuSelected);
    clickCell(panel.table(), rowOfOffer(panel, 1), C::Region);
    EXPECT_EQ(chosen.count(), 0);
    ASSERT_EQ(panel.proxy()->rowCount(), 5);
    for (const qint64 id : {1, 2, 3})
        EXPECT_TRUE(panel.proxy()->isRegionGroupOpen(rowOfOffer(panel, id))) << id;
    EXPECT_EQ(cell(panel, rowOfOffer(panel, 2), C::Region), u"us-west-2"_s);
    EXPECT_EQ(panel.regionsAction()->text(), u"Show the Regions as &One Row"_s);
    clickCell(panel.table(), rowOfOffer(panel, 3), C::Region);
    EXPECT_EQ(panel.proxy()->rowCount(), 3);
    EXPECT_EQ(panel.table()->currentIndex().row(), rowOfOffer(panel, 1));
    EXPECT_EQ(panel.regionsAction()->text(), u"Show &Each Region"_s);
    // The menu action does the same for the current row; a click elsewhere chooses nothing for
    // the calculators (only "Use GPU in Calculators" does).
    panel.regionsAction()->trigger();
    EXPECT_EQ(panel.proxy()->rowCount(), 5);
    clickCell(panel.table(), rowOfOffer(panel, 5), C::Provider);
    EXPECT_EQ(chosen.count(), 0);
    panel.table()->findChild<QAction *>(u"useInCalculator"_s)->trigger();
    EXPECT_EQ(chosen.count(), 1);
    EXPECT_FALSE(panel.regionsAction()->isEnabled()) << "the p4d has one region";

    // An open group stays open when the book is read again.
    panel.setRows(catalogRows(), kToday);
    EXPECT_EQ(panel.proxy()->rowCount(), 5);

    // Grouping off: one row per offer.
    panel.proxy()->setGroupRegions(false);
    EXPECT_EQ(panel.proxy()->rowCount(), 5);
    EXPECT_EQ(cell(panel, rowOfOffer(panel, 1), C::Region), u"us-east-1"_s);
}

TEST(RegionGroups, AnEditThatSplitsOrJoinsAGroupShowsAtOnce)
{
    PricesPanel panel;
    panel.setRows(catalogRows(), kToday);
    ASSERT_EQ(panel.proxy()->rowCount(), 3);
    // us-west-2's price changes: it leaves the group and shows on its own row.
    OfferRow cut = catalogRows().at(1);
    cut.usdPerInstanceHour = Money::fromMicros(50'000'000);
    panel.updateOffers({cut}, {});
    EXPECT_EQ(panel.proxy()->rowCount(), 4);
    EXPECT_EQ(cell(panel, rowOfOffer(panel, 1), PriceTableModel::Region), u"2 regions"_s);
    EXPECT_GE(rowOfOffer(panel, 2), 0);
    // The first member goes: the next one stands for the group.
    panel.updateOffers({}, {1});
    const int row = rowOfOffer(panel, 3);
    ASSERT_GE(row, 0);
    EXPECT_EQ(cell(panel, row, PriceTableModel::Region), u"eu-west-1"_s);
    // ap-northeast-1 comes down to the group's price: it joins.
    OfferRow joins = catalogRows().at(3);
    joins.usdPerInstanceHour = Money::fromMicros(55'040'000);
    panel.updateOffers({joins}, {});
    EXPECT_EQ(panel.proxy()->rowCount(), 3);
    EXPECT_EQ(cell(panel, rowOfOffer(panel, 3), PriceTableModel::Region), u"2 regions"_s);
}

TEST(RegionGroups, TheJobsResultsShareARowPerRegionGroupOnTheBundledBook)
{
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    JobCostPanel panel;
    panel.resize(1400, 700);
    panel.setCostInputs(readCostInputs(opened.book->database(), kToday));
    panel.form()->setGpuModel(QString()); // every GPU model
    panel.recompute();
    JobEstimateModel *model = panel.model();
    ASSERT_GT(model->allEstimates().size(), 100);
    EXPECT_LT(model->rowCount(), model->allEstimates().size())
        << "the catalogs list machines in many regions at one price";
    int grouped = -1;
    int offers = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        offers += model->offersInRow(row);
        if (grouped < 0 && model->offersInRow(row) > 1)
            grouped = row;
    }
    EXPECT_EQ(offers, model->allEstimates().size()) << "every estimate is in a row";
    ASSERT_GE(grouped, 0);
    const int members = model->offersInRow(grouped);
    const QModelIndex region = model->index(grouped, JobEstimateModel::Region);
    EXPECT_EQ(region.data().toString(), u"%1 regions"_s.arg(members));
    EXPECT_TRUE(region.data(Qt::ToolTipRole).toString().contains(u"Click to show each region"_s));

    const int rows = model->rowCount();
    model->toggleRegionGroup(grouped);
    EXPECT_EQ(model->rowCount(), rows + members - 1);
    EXPECT_TRUE(model->isRegionGroupOpen(grouped));
    model->toggleRegionGroup(grouped);
    EXPECT_EQ(model->rowCount(), rows);
    // The results stay cheapest first.
    const auto order = [](const JobEstimate &e) {
        return std::pair(e.price.standing == Standing::Stale, e.totalUsd);
    };
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_LE(order(model->estimates().at(row - 1)), order(model->estimates().at(row)));
}

TEST(RegionGroups, OneMachineThroughMarketplacesIsOneRowAtItsCheapestPrice)
{
    QList<OfferRow> rows = catalogRows();
    rows[4].gpuModel = u"A100 SXM 40GB"_s; // the p4d: another machine
    // AWS's p5 again, resold: dearer through one marketplace, cheaper through another.
    OfferRow viaShadeform = offer(6, u"aws_H100x8"_s, u"us-east-1"_s, 60'000'000);
    viaShadeform.soldVia = u"Shadeform"_s;
    OfferRow viaPrime = offer(7, u"aws__8xH100"_s, u"US"_s, 50'000'000);
    viaPrime.soldVia = u"Prime Intellect"_s;
    rows << viaShadeform << viaPrime;
    PricesPanel panel;
    panel.resize(1400, 600);
    panel.setRows(rows, kToday);
    using C = PriceTableModel;
    // The p5 in three regions and the two resellers are one row; the p5 in Tokyo (a price of
    // its own, as before) and the p4d keep theirs.
    ASSERT_EQ(panel.proxy()->rowCount(), 3);
    const int group = rowOfOffer(panel, 7);
    ASSERT_GE(group, 0) << "the cheapest channel stands for the machine";
    EXPECT_EQ(panel.proxy()->offersInRow(group), 5);
    EXPECT_EQ(cell(panel, group, C::Region), u"5 offers"_s);
    const QString tip = cell(panel, group, C::Region, Qt::ToolTipRole);
    EXPECT_TRUE(tip.contains(u"AWS directly"_s) && tip.contains(u"via Shadeform"_s) &&
                tip.contains(u"via Prime Intellect"_s))
        << tip.toStdString();
    EXPECT_EQ(cell(panel, group, C::Instance), u"aws__8xH100 via Prime Intellect"_s);
    panel.show();
    QApplication::processEvents();
    panel.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/prices-channel-groups.png"));
    // Opened, each channel and region is a row of its own.
    panel.proxy()->toggleRegionGroup(group);
    EXPECT_EQ(panel.proxy()->rowCount(), 7);
    EXPECT_EQ(cell(panel, rowOfOffer(panel, 6), C::Instance), u"aws_H100x8 via Shadeform"_s);
    EXPECT_GE(rowOfOffer(panel, 6), 0);
}
