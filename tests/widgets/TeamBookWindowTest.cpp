// The window on a team price book (PostgreSQL, started by the "postgres" fixture): another
// member's commit shows within two seconds with who made it, the selection stays; and the
// dialog that opens one tests the connection and keeps no password.

#include "Backends.h"
#include "MainWindow.h"
#include "PriceBook.h"
#include "PriceBookEdits.h"
#include "PricesPanel.h"
#include "SqlStatements.h"
#include "TeamBookDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

class TeamBookWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::testServerUri())
            GTEST_SKIP() << "no test PostgreSQL server (run the tests through ctest)";
        m_uri = test::newPostgresDatabase();
    }
    QString m_uri;
};

QString selectedRowText(QTableView *table)
{
    const QModelIndex current = table->currentIndex();
    QStringList cells;
    for (int column = 0; column < 3; ++column)
        cells.append(table->model()->index(current.row(), column).data().toString());
    return cells.join(u" | "_s);
}

} // namespace

TEST_F(TeamBookWindow, AnotherMembersCommitShowsWithinTwoSecondsNamingThemAndKeepsTheSelection)
{
    auto opened = PriceBook::open(m_uri);
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    MainWindow window(std::move(opened.book));
    window.resize(1280, 720);
    window.show();
    QCoreApplication::processEvents();
    EXPECT_TRUE(window.windowTitle().contains(u"(team)"_s)) << window.windowTitle().toStdString();

    window.pricesPanel()->setGpuFilter(QString()); // offer 1, changed below, may be any GPU
    auto *table = window.findChild<QTableView *>(u"priceTable"_s);
    ASSERT_TRUE(table);
    table->setCurrentIndex(table->model()->index(5, 0));
    const QString selected = selectedRowText(table);

    // Another member, another connection: a new price for an offer.
    auto other = PriceBook::open(m_uri);
    ASSERT_TRUE(other.book);
    PriceBookEdit edit =
        addPrice(other.book->database(), 1,
                 PriceObservation{Money::fromMicros(1'234'560'000), u"2026-12-01"_s, QString(),
                                  QString(), QString()})
            .value();
    edit.apply(other.book->database(), PriceBookEdit::Direction::Forward);

    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"postgres: prices"_s),
                             2000);
    EXPECT_EQ(selectedRowText(table).toStdString(), selected.toStdString());
    window.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-1280x720-team-book.png"));
    // The new price is in the table.
    bool found = false;
    for (int row = 0; row < table->model()->rowCount() && !found; ++row)
        for (int column = 0; column < table->model()->columnCount() && !found; ++column)
            found = table->model()->index(row, column).data().toString().contains(u"1.23"_s);
    EXPECT_TRUE(found) << "the other member's price is shown";
}

TEST_F(TeamBookWindow, TheDialogTestsTheConnectionAndRemembersNoPassword)
{
    QSettings().remove(u"teamBooks"_s);
    TeamBookDialog dialog(TeamBookDialog::Purpose::Open);
    auto *place = dialog.findChild<QComboBox *>(u"teamBookPlace"_s);
    auto *test = dialog.findChild<QPushButton *>(u"testConnection"_s);
    auto *status = dialog.findChild<QLabel *>(u"connectionStatus"_s);
    ASSERT_TRUE(place && test && status);

    place->setEditText(m_uri);
    test->click();
    EXPECT_TRUE(status->text().contains(u"holds no price book"_s)) << status->text().toStdString();
    ASSERT_TRUE(PriceBook::open(m_uri).book); // filled, as Open does
    test->click();
    EXPECT_TRUE(status->text().contains(u"Connected"_s)) << status->text().toStdString();

    place->setEditText(u"postgresql://nobody:topsecret@/nothing?host=/nonexistent&port=1"_s);
    test->click();
    EXPECT_TRUE(status->text().contains(u"Cannot connect"_s)) << status->text().toStdString();
    EXPECT_FALSE(status->text().contains(u"topsecret"_s));

    dialog.resize(620, dialog.sizeHint().height());
    dialog.show();
    QCoreApplication::processEvents();
    dialog.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/team-book-dialog.png"));

    const QString withPassword = m_uri.replace(u"postgres@"_s, u"postgres:pw123@"_s);
    TeamBookDialog::rememberTeamBook(withPassword);
    const QStringList recent = TeamBookDialog::recentTeamBooks();
    ASSERT_EQ(recent.size(), 1);
    EXPECT_FALSE(recent.first().contains(u"pw123"_s)) << recent.first().toStdString();
    EXPECT_TRUE(recent.first().startsWith(u"postgresql://postgres@"_s));
}

TEST_F(TeamBookWindow, ALostConnectionFailsTheWriteWholeAndTheWindowReconnects)
{
    auto opened = PriceBook::open(m_uri);
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    MainWindow window(std::move(opened.book));
    window.show();
    QCoreApplication::processEvents();
    const QString name = test::databaseOf(m_uri);

    // The server ends the window's session (a restart, a network cut, an administrator).
    test::adminExec(u"postgres"_s, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(name));
    // The edit is read from the book first: that read or the write fails, saying why.
    Outcome<PriceBookEdit> edit =
        addPrice(window.book()->database(), 1,
                 PriceObservation{Money::fromMicros(7'000'000), u"2026-12-02"_s, QString(),
                                  QString(), QString()});
    const Status written = edit ? std::move(edit).value().tryApply(
                                      window.book()->database(), PriceBookEdit::Direction::Forward)
                                : Status::failure(edit.error());
    ASSERT_FALSE(written) << "a write on a lost connection must fail";
    EXPECT_TRUE(written.error().contains(u"connection to the database server was lost"_s))
        << written.error().toStdString();

    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"Reconnected"_s), 5000);
    auto check = PriceBook::open(m_uri);
    ASSERT_TRUE(check.book);
    QSqlQuery q =
        execPrepared(check.book->database(), u"SELECT count(*) FROM price_observations WHERE "
                                             "usd_micros_per_instance_hour = 7000000"_s);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0) << "nothing of the failed write was kept";
    // The new connection writes.
    PriceBookEdit again = addPrice(window.book()->database(), 1,
                                   PriceObservation{Money::fromMicros(7'000'000), u"2026-12-02"_s,
                                                    QString(), QString(), QString()})
                              .value();
    EXPECT_NO_THROW(again.apply(window.book()->database(), PriceBookEdit::Direction::Forward));

    // The new connection listens again: another member's commit still arrives.
    PriceBookEdit elsewhere =
        addPrice(check.book->database(), 2,
                 PriceObservation{Money::fromMicros(8'000'000), u"2026-12-02"_s, QString(),
                                  QString(), QString()})
            .value();
    elsewhere.apply(check.book->database(), PriceBookEdit::Direction::Forward);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"postgres: prices"_s),
                             2000);
}
