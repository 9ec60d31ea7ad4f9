// The real window on a real display (Xvfb in the test run): a price typed into the price table
// reaches the file, the table and the calculator.

#include "JobCostPanel.h"
#include "MainWindow.h"
#include "OfferFilterProxyModel.h"
#include "PriceBook.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"

#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// The row of the table (as sorted and filtered) that shows the offer.
QModelIndex indexOfOffer(const PricesPanel *prices, qint64 offerId, int column)
{
    const QAbstractItemModel *view = prices->table()->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        const QModelIndex source = prices->proxy()->mapToSource(view->index(row, 0));
        if (prices->model()->rowAt(source.row()).offerId == offerId)
            return view->index(row, column);
    }
    return {};
}

} // namespace

TEST(EndToEnd, APriceTypedIntoTheShownWindowReachesTheTableAndTheCalculator)
{
    if (QGuiApplication::platformName() != u"xcb"_s) {
        if (qEnvironmentVariableIsSet("GPUCOMPARE_REQUIRE_DISPLAY"))
            FAIL() << "needs an X display; platform is "
                   << QGuiApplication::platformName().toStdString();
        GTEST_SKIP() << "runs under Xvfb (ctest: widget_tests.EndToEnd.UnderXvfb)";
    }
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    MainWindow window(std::move(opened.book));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    PricesPanel *prices = window.pricesPanel();
    QTableView *table = prices->table();
    const qint64 offerId = 1; // AWS p5.48xlarge, 8 × H100 SXM 80GB, on-demand
    QModelIndex price = indexOfOffer(prices, offerId, PriceTableModel::UsdPerInstanceHour);
    ASSERT_TRUE(price.isValid());
    table->scrollTo(price);
    const QPoint cell = table->visualRect(price).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell); // the calculator follows
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QLineEdit *editor = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        editor = table->viewport()->findChild<QLineEdit *>();
        return editor && editor->isVisible();
    }));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"123.45"_s);
    QTest::keyClick(editor, Qt::Key_Return);

    ASSERT_TRUE(QTest::qWaitFor([&] {
        const QModelIndex shown =
            indexOfOffer(prices, offerId, PriceTableModel::UsdPerInstanceHour);
        return shown.isValid() && shown.data().toString() == u"$123.45"_s;
    }));
    EXPECT_EQ(indexOfOffer(prices, offerId, PriceTableModel::UsdPerGpuHour).data().toString(),
              u"$15.43"_s);
    QSqlQuery stored(window.book()->database());
    stored.exec(u"SELECT usd_micros_per_instance_hour FROM price_observations WHERE offer_id = 1 "
                "ORDER BY id DESC LIMIT 1"_s);
    ASSERT_TRUE(stored.next());
    EXPECT_EQ(stored.value(0).toLongLong(), 123'450'000);

    JobCostPanel *calculator = window.jobCostPanel();
    calculator->recompute();
    const auto &estimates = calculator->run().estimates;
    const auto estimate = std::find_if(estimates.cbegin(), estimates.cend(),
                                       [&](const JobEstimate &e) { return e.offerId == offerId; });
    ASSERT_NE(estimate, estimates.cend());
    EXPECT_NEAR(estimate->listedUsdPerGpuHour, 123.45 / 8, 1e-9);
    EXPECT_TRUE(window.isWindowModified());

    QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    window.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-xvfb-after-edit.png"));
}
