// The status bar's account of the prices (issue 28, item 6) and the window keeping them
// current by itself (item 7): the consent bar, and the background update against a real local
// HTTP server (support/CatalogServer) — success, nothing new, offline, HTTP 429 — with a timer
// ticking on the GUI thread throughout to show the window is never blocked.

#include "AutoUpdate.h"

#include "CatalogServer.h"
#include "LayoutProblems.h"
#include "MainWindow.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "TestFiles.h"
#include "UpdateConsentBar.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <iostream>

using namespace gpucompare;
using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/../shared/fixtures/catalogs/");

QByteArray fixture(const QString &name)
{
    QFile file(kFixtures + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

/// Only Lambda and Nebius, as the update dialog's check boxes would leave them: the automatic
/// update reads the same choice.
void chooseLambdaAndNebius()
{
    UpdateRequest all;
    all.sources = CatalogSources::allSources(); // the exchange rates too
    QStringList unchecked;
    for (const CatalogSource &c : all.catalogs()) {
        if (c.key() != u"skypilot/lambda" && c.key() != u"skypilot/nebius")
            unchecked << c.key();
    }
    QSettings().setValue(u"update/unchecked"_s, unchecked);
}

/// The longest the GUI thread went without a tick of a 5 ms timer, while `done` was false.
class TickGap
{
public:
    TickGap()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

class AutoUpdateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Never a leftover consent from an earlier case of this process: a window would then
        // go to the public catalogs.
        QSettings().remove(u"update"_s);
        m_path = m_dir.filePath(u"book.sqlite"_s);
        auto opened = PriceBook::open(m_path); // made from the bundled dataset
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().remove(u"update"_s);
    }

    /// The window on the book, its automatic updates pointed at the test server.
    void openWindow(const QString &baseUrl)
    {
        auto opened = PriceBook::open(m_path);
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(opened.book));
        UpdateRequest request;
        request.baseUrl = baseUrl;
        FetchPolicy policy;
        policy.allowPlainHttp = true;
        policy.connectTimeoutMs = 5000;
        policy.backoffMs = 10;
        m_window->autoUpdate()->setSource(request, policy);
        m_window->resize(1280, 720);
        m_window->show();
    }

    QString pricesAge() const { return m_window->findChild<QLabel *>(u"pricesAge"_s)->text(); }
    QSqlDatabase db() const { return m_window->book()->database(); }

    /// Runs one background update to its end; returns its result and the longest the GUI
    /// thread went without a timer tick meanwhile.
    std::pair<BackgroundUpdate::Result, qint64> runUpdate()
    {
        // The window's own first look (3 s after it opened) may have started one already.
        EXPECT_TRUE(
            QTest::qWaitFor([this] { return !m_window->autoUpdate()->isRunning(); }, 30000));
        QSignalSpy done(m_window->autoUpdate(), &AutoUpdate::finished);
        TickGap gap;
        EXPECT_TRUE(m_window->autoUpdate()->startIfDue());
        EXPECT_TRUE(m_window->autoUpdate()->isRunning()) << "start() returns at once";
        EXPECT_TRUE(done.wait(30000));
        const qint64 longest = gap.longestMs();
        return {done.isEmpty() ? BackgroundUpdate::Result()
                               : done.first().first().value<BackgroundUpdate::Result>(),
                longest};
    }

    /// As if the last successful update were two days ago: the next one is due.
    void ageLastUpdate()
    {
        QSqlQuery(db()).exec(u"UPDATE catalog_fetches SET fetched_at = '2020-01-01T00:00:00Z'"_s);
        QSettings().remove(u"update/lastSuccess"_s);
    }

    QTemporaryDir m_dir;
    QString m_path;
    CatalogServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

const QRegularExpression kFreshBook(
    u"^[0-9,]+ undated catalog prices · [0-9,]+ dated, newest 20[0-9-]+ · never updated$"_s);

} // namespace

TEST_F(AutoUpdateTest, StatusBarTellsHowPricesAreDatedAndAnEditChangesNothingOfIt)
{
    openWindow(m_server.baseUrl());
    const QString fresh = pricesAge();
    EXPECT_TRUE(kFreshBook.match(fresh).hasMatch()) << fresh.toStdString();
    // Not "from <today>": the newest dated price is the bundled data's, and so it stays.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    EXPECT_FALSE(fresh.contains(today)) << fresh.toStdString();
    const QString tip = m_window->findChild<QLabel *>(u"pricesAge"_s)->toolTip();
    EXPECT_TRUE(tip.contains(u"Never updated from the public catalogs"_s)) << tip.toStdString();

    // A price typed into the table (the real editing path), then taken back. The status line
    // follows the table in the next turn of the event loop.
    ASSERT_TRUE(m_window->changePrice(1, u"98.32"_s));
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return m_window->findChild<QLabel *>(u"pricesAge"_s)
            ->toolTip()
            .contains(u"The 1 prices entered without a source"_s);
    }));
    EXPECT_EQ(pricesAge(), fresh);
    m_window->editor()->undoStack()->undo();
    QTest::qWait(0);
    EXPECT_EQ(pricesAge(), fresh);
    EXPECT_EQ(m_server.requests().size(), 0) << "no consent, no network";
}

TEST_F(AutoUpdateTest, TheConsentBarAsksOnceAndNotNowMeansNoUpdate)
{
    openWindow(m_server.baseUrl());
    UpdateConsentBar *bar = m_window->autoUpdate()->consentBar();
    QApplication::processEvents();
    ASSERT_TRUE(bar->isVisible()) << "asked on a first start";
    EXPECT_FALSE(m_window->autoUpdate()->enabledAction()->isChecked());
    EXPECT_EQ(layoutProblems(m_window.get()).join(u"\n"_s).toStdString(), "");
    m_window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-update-consent.png"));

    QTest::mouseClick(bar->declineButton(), Qt::LeftButton);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_FALSE(AutoUpdate::isEnabled());
    EXPECT_TRUE(AutoUpdate::wasAsked());
    EXPECT_FALSE(m_window->autoUpdate()->startIfDue());
    QTest::qWait(3500); // past the window's first look at whether an update is due
    EXPECT_EQ(m_server.requests().size(), 0);

    // The next window remembers the answer.
    m_window.reset();
    openWindow(m_server.baseUrl());
    QApplication::processEvents();
    EXPECT_FALSE(m_window->autoUpdate()->consentBar()->isVisible());
}

TEST_F(AutoUpdateTest, UpdateAutomaticallyTurnsTheSettingOnAndUpdatesAtOnce)
{
    chooseLambdaAndNebius();
    m_server.serve("/catalogs/v8/lambda/vms.csv", fixture(u"skypilot-v8/lambda/vms.csv"_s));
    m_server.serve("/catalogs/v8/nebius/vms.csv", fixture(u"skypilot-v8/nebius/vms.csv"_s));
    openWindow(m_server.baseUrl());
    UpdateConsentBar *bar = m_window->autoUpdate()->consentBar();
    QApplication::processEvents();
    ASSERT_TRUE(bar->isVisible());
    QSignalSpy done(m_window->autoUpdate(), &AutoUpdate::finished);
    QTest::mouseClick(bar->acceptButton(), Qt::LeftButton);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(AutoUpdate::isEnabled());
    EXPECT_TRUE(m_window->autoUpdate()->enabledAction()->isChecked());
    EXPECT_TRUE(m_window->autoUpdate()->isRunning());
    ASSERT_TRUE(done.wait(30000));
    EXPECT_TRUE(pricesAge().endsWith(u"updated just now"_s)) << pricesAge().toStdString();

    // The menu's check box turns it off again.
    m_window->autoUpdate()->enabledAction()->trigger();
    EXPECT_FALSE(AutoUpdate::isEnabled());
}

TEST_F(AutoUpdateTest, ABackgroundUpdateReportsItsChangesReloadsTheTableAndNeverBlocks)
{
    // A book without its catalog snapshots, so that the update has offers to add.
    const QString error = runSqlite(m_path, forgetCatalogOffersStatements());
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    chooseLambdaAndNebius();
    QSettings().setValue(u"update/automatic"_s, true);
    m_server.serve("/catalogs/v8/lambda/vms.csv", fixture(u"skypilot-v8/lambda/vms.csv"_s),
                   "\"v1\"");
    m_server.serve("/catalogs/v8/nebius/vms.csv", fixture(u"skypilot-v8/nebius/vms.csv"_s),
                   "\"n1\"");
    openWindow(m_server.baseUrl());
    QApplication::processEvents();
    EXPECT_FALSE(m_window->autoUpdate()->consentBar()->isVisible()) << "consent given";
    const int rowsBefore = m_window->pricesPanel()->model()->rowCount();
    const int offersBefore = scalar(db(), u"SELECT count(*) FROM offers"_s);

    QStringList progress;
    QObject::connect(m_window->autoUpdate()->backgroundUpdate(), &BackgroundUpdate::progress,
                     [&](const QString &text) {
                         progress << text;
                         // The window's own slot ran first: the status bar shows the progress.
                         if (text.contains(u"1 of 2"_s) && progress.size() <= 3) {
                             EXPECT_EQ(m_window->statusBar()->currentMessage(), text);
                             m_window->grab().save(QStringLiteral(
                                 GPUCOMPARE_SCREENSHOT_DIR "/window-auto-update-progress.png"));
                         }
                     });
    const auto [result, longestGap] = runUpdate();
    EXPECT_GT(result.offersAdded, 300);
    EXPECT_EQ(result.failed, 0) << result.failures.join(u"; "_s).toStdString();
    EXPECT_TRUE(progress.contains(u"Updating prices… 1 of 2 catalogs"_s))
        << progress.join(u" | "_s).toStdString();
    EXPECT_TRUE(progress.contains(u"Updating prices… 2 of 2 catalogs"_s));
    const QString message = m_window->statusBar()->currentMessage();
    EXPECT_TRUE(message.startsWith(
        u"Prices updated: 0 changed, %1 new offers"_s.arg(QLocale().toString(result.offersAdded))))
        << message.toStdString();
    EXPECT_GT(scalar(db(), u"SELECT count(*) FROM offers"_s), offersBefore + 300);
    EXPECT_GT(m_window->pricesPanel()->model()->rowCount(), rowsBefore + 300)
        << "the table shows the new offers";
    EXPECT_TRUE(pricesAge().endsWith(u" · updated just now"_s)) << pricesAge().toStdString();
    // The GUI thread ticked all along (the reload after it is the only work it does itself).
    EXPECT_LT(longestGap, 1000) << "the event loop stalled for " << longestGap << " ms";
    std::cout << "[ INFO     ] longest GUI gap during the background update: " << longestGap
              << " ms\n";
    EXPECT_FALSE(m_window->autoUpdate()->startIfDue()) << "not due again for a day";
    QTest::qWait(300); // the table's and the status bar's deferred layout
    EXPECT_EQ(layoutProblems(m_window->statusBar()).join(u"\n"_s).toStdString(), "");
    m_window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-auto-updated.png"));

    // A day later: the catalogs are the same (the server answers 304 to their ETags).
    ageLastUpdate();
    m_window->statusBar()->clearMessage();
    const int observations = scalar(db(), u"SELECT count(*) FROM price_observations"_s);
    const auto [again, gap2] = runUpdate();
    EXPECT_FALSE(again.wroteSomething());
    EXPECT_EQ(again.failed, 0) << again.failures.join(u"; "_s).toStdString();
    const QString quiet = m_window->statusBar()->currentMessage();
    EXPECT_TRUE(quiet.isEmpty() || quiet == u"Prices checked: nothing new"_s)
        << quiet.toStdString();
    EXPECT_EQ(scalar(db(), u"SELECT count(*) FROM price_observations"_s), observations);
    EXPECT_TRUE(pricesAge().endsWith(u" · updated just now"_s)) << pricesAge().toStdString();
}

TEST_F(AutoUpdateTest, OfflineItSaysSoOnceAndTheBookStaysAsItWas)
{
    chooseLambdaAndNebius();
    QSettings().setValue(u"update/automatic"_s, true);
    QString deadBase;
    {
        CatalogServer gone; // its port, no longer listening
        deadBase = gone.baseUrl();
    }
    openWindow(deadBase);
    const int observations = scalar(db(), u"SELECT count(*) FROM price_observations"_s);
    const QString ageBefore = pricesAge();
    const auto [result, gap] = runUpdate();
    EXPECT_TRUE(result.offline) << result.failures.join(u"; "_s).toStdString();
    const QString message = m_window->statusBar()->currentMessage();
    EXPECT_TRUE(
        QRegularExpression(u"^Offline: prices as of 20[0-9-]+$"_s).match(message).hasMatch())
        << message.toStdString();
    EXPECT_EQ(pricesAge(), ageBefore) << "still never updated";
    m_window->grab().save(
        QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-auto-update-offline.png"));
    EXPECT_EQ(scalar(db(), u"SELECT count(*) FROM price_observations"_s), observations);

    // Still offline an hour later: said once is enough.
    m_window->statusBar()->clearMessage();
    const auto [second, gap2] = runUpdate();
    EXPECT_TRUE(second.offline);
    EXPECT_EQ(m_window->statusBar()->currentMessage(), QString());
}

TEST_F(AutoUpdateTest, TooManyRequestsSaysSoAndLeavesTheBookUnchanged)
{
    chooseLambdaAndNebius();
    QSettings().setValue(u"update/automatic"_s, true);
    const auto tooMany = [](const HttpRequest &, int) {
        HttpResponse r;
        r.status = 429;
        r.body = "slow down";
        return r;
    };
    m_server.route("/catalogs/v8/lambda/vms.csv", tooMany);
    m_server.route("/catalogs/v8/nebius/vms.csv", tooMany);
    openWindow(m_server.baseUrl());
    const int offers = scalar(db(), u"SELECT count(*) FROM offers"_s);
    const int observations = scalar(db(), u"SELECT count(*) FROM price_observations"_s);
    const auto [result, gap] = runUpdate();
    EXPECT_TRUE(result.rateLimited);
    EXPECT_FALSE(result.offline);
    const QString message = m_window->statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(u"HTTP 429"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"unchanged"_s)) << message.toStdString();
    m_window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-auto-update-429.png"));
    EXPECT_EQ(scalar(db(), u"SELECT count(*) FROM offers"_s), offers);
    EXPECT_EQ(scalar(db(), u"SELECT count(*) FROM price_observations"_s), observations);
    EXPECT_TRUE(kFreshBook.match(pricesAge()).hasMatch()) << pricesAge().toStdString();
}

TEST_F(AutoUpdateTest, WithoutConsentNothingRuns)
{
    openWindow(m_server.baseUrl());
    EXPECT_FALSE(AutoUpdate::isEnabled());
    EXPECT_FALSE(m_window->autoUpdate()->startIfDue());
    EXPECT_FALSE(m_window->autoUpdate()->isRunning());
    EXPECT_EQ(m_server.requests().size(), 0);
}
