// View › Changes and the watches' alerts in the window (issue 34): two background updates
// served by the local test server; after each the status bar links to what changed, the
// Changes view lists it by GPU, and a watch whose cheapest offer crossed below its threshold
// is announced once (one already below raises nothing new).

#include "AutoUpdate.h"
#include "CatalogServer.h"
#include "MainWindow.h"
#include "PriceBook.h"
#include "TestFiles.h"
#include "UpdateNotices.h"
#include "WatchRepository.h"
#include "changes/ChangesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,"
                           "Price,Region,GpuInfo,SpotPrice\n";

/// Lambda's catalog with two H100 machines in a region no bundled offer is in.
QByteArray lambdaRows(const QByteArray &onePrice, const QByteArray &eightPrice)
{
    return kHeader + "gpu_1x_h100_sxm5,H100,1,26,225," + onePrice + ",test-east-9,,\n" +
           "gpu_8x_h100_sxm5,H100,8,208,1800," + eightPrice + ",test-east-9,,\n";
}

class ChangesView : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(u"update"_s);
        m_path = m_dir.filePath(u"book.sqlite"_s);
        {
            auto opened = PriceBook::open(m_path);
            ASSERT_TRUE(opened.book) << opened.error.toStdString();
        }
        ASSERT_EQ(runSqlite(m_path, forgetCatalogOffersStatements()), QString());
        // Only Lambda, as the update dialog's check boxes would leave it.
        QStringList unchecked;
        for (const CatalogSource &c : UpdateRequest().catalogs()) {
            if (c.key() != u"skypilot/lambda")
                unchecked << c.key();
        }
        QSettings().setValue(u"update/unchecked"_s, unchecked);
        QSettings().setValue(u"update/automatic"_s, true);
        QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().remove(u"update"_s);
    }

    void openWindow()
    {
        auto opened = PriceBook::open(m_path);
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(opened.book));
        UpdateRequest request;
        request.baseUrl = m_server.baseUrl();
        FetchPolicy policy;
        policy.allowPlainHttp = true;
        policy.backoffMs = 10;
        m_window->autoUpdate()->setSource(request, policy);
        m_window->resize(1280, 720);
        m_window->show();
    }

    /// One background update of the window to its end, after the server lists `rows`.
    void updateWith(const QByteArray &rows)
    {
        m_server.serve("/catalogs/v8/lambda/vms.csv", rows);
        ASSERT_TRUE(
            QTest::qWaitFor([this] { return !m_window->autoUpdate()->isRunning(); }, 30000));
        // Due again: as if the last update were long ago.
        QSqlQuery(m_window->book()->database())
            .exec(u"UPDATE catalog_fetches SET fetched_at = '2020-01-01T00:00:00Z', etag = '', "
                  "last_modified = ''"_s);
        QSettings().remove(u"update/lastSuccess"_s);
        QSignalSpy done(m_window->autoUpdate(), &AutoUpdate::finished);
        ASSERT_TRUE(m_window->autoUpdate()->startIfDue());
        ASSERT_TRUE(done.wait(30000));
        QApplication::processEvents();
    }

    QTemporaryDir m_dir;
    QString m_path;
    CatalogServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(ChangesView, TwoUpdatesShowByGpuAndAWatchCrossingIsAnnouncedOnce)
{
    {
        auto opened = PriceBook::open(m_path);
        ASSERT_TRUE(opened.book);
        Watch watch;
        watch.gpuModel = u"H100 SXM 80GB"_s;
        watch.region = u"test-east-9"_s;
        watch.below = Money::fromMicros(3'100'000);
        const auto added = addWatch(opened.book->database(), watch);
        ASSERT_TRUE(added && added.value()) << added.error().toStdString();
    }
    openWindow();
    UpdateNotices *notices = m_window->updateNotices();
    QLabel *link = notices->changesLink();
    EXPECT_FALSE(link->isVisible()) << "no update yet";

    // View › Changes before any update: the empty state, not an empty grid.
    auto *action = m_window->findChild<QAction *>(u"changesAction"_s);
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *dialog = m_window->findChild<ChangesDialog *>(u"changesDialog"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isShowingEmptyState());
    dialog->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/changes-empty.png"));
    dialog->close();
    QApplication::processEvents();

    // First update: two new offers; the cheapest per GPU-hour is 3.20, not below 3.10.
    updateWith(lambdaRows("3.29", "25.60"));
    EXPECT_TRUE(link->isVisible());
    EXPECT_TRUE(link->text().contains(u"2 prices changed — show"_s)) << link->text().toStdString();
    EXPECT_TRUE(notices->lastAlertMessage().isEmpty());
    EXPECT_FALSE(m_window->statusBar()->currentMessage().contains(u"Watch:"_s));

    // Second: the 1-GPU machine drops to 2.89, below the watch: announced.
    updateWith(lambdaRows("2.89", "25.60"));
    const QString alert = m_window->statusBar()->currentMessage();
    EXPECT_TRUE(alert.startsWith(u"Watch: H100 SXM 80GB now $2.89/GPU-h at Lambda "
                                 "(gpu_1x_h100_sxm5, test-east-9), below your 3.1 USD"_s))
        << alert.toStdString();
    EXPECT_TRUE((link->text().contains(u"1 price changed — show"_s) ||
                 link->text().contains(u"1 prices changed — show"_s)))
        << link->text().toStdString();
    m_window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-watch-alert.png"));

    // The link opens the Changes view on the last update: one drop, under its GPU.
    Q_EMIT link->linkActivated(u"#changes"_s);
    dialog = m_window->findChild<ChangesDialog *>(u"changesDialog"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(link->isVisible()) << "seen";
    ASSERT_FALSE(dialog->isShowingEmptyState());
    QTreeWidget *tree = dialog->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *gpu = tree->topLevelItem(0);
    EXPECT_TRUE(gpu->text(0).startsWith(u"H100 SXM 80GB"_s)) << gpu->text(0).toStdString();
    ASSERT_EQ(gpu->childCount(), 1);
    const QTreeWidgetItem *drop = gpu->child(0);
    EXPECT_EQ(drop->text(0), u"Price drop"_s);
    EXPECT_EQ(drop->text(1), u"Lambda"_s);
    EXPECT_EQ(drop->text(2), u"gpu_1x_h100_sxm5"_s);
    EXPECT_EQ(drop->text(4), u"test-east-9"_s);
    EXPECT_EQ(drop->text(5), u"$3.29"_s);
    EXPECT_EQ(drop->text(6), u"$2.89"_s);
    EXPECT_EQ(drop->text(7), u"$3.29"_s);
    EXPECT_EQ(drop->text(8), u"$2.89"_s);
    EXPECT_TRUE(dialog->summary()->text().contains(u"1 price drops"_s))
        << dialog->summary()->text().toStdString();

    // Since today: both updates, the new offers before the drop, by GPU.
    dialog->showSince(QDate::currentDate());
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    ASSERT_EQ(tree->topLevelItem(0)->childCount(), 3);
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(0), u"New offer"_s);
    EXPECT_EQ(tree->topLevelItem(0)->child(2)->text(0), u"Price drop"_s);
    dialog->resize(1100, 360);
    dialog->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/changes-since.png"));
    dialog->close();

    // Third: a further drop; the watch was below already, so nothing new is announced.
    m_window->statusBar()->clearMessage();
    updateWith(lambdaRows("2.79", "25.60"));
    EXPECT_FALSE(m_window->statusBar()->currentMessage().contains(u"Watch:"_s))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(link->isVisible());
}
