// View › Currency (issue 33): every price, total and chart of the window in the chosen currency
// at the book's latest rate, the rate and its day in the tooltips, and the day in the status bar
// when the rate is more than ten days old.

#include "CostTabs.h"
#include "JobCostPanel.h"
#include "MainWindow.h"
#include "PriceBook.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ShownCurrency.h"

#include <QAction>
#include <QDate>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

class CurrencyView : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(u"currency"_s);
        QSettings().setValue(u"update/automatic"_s, false);
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s)); // the bundled book
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(opened.book));
        m_window->resize(1280, 720);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override
    {
        m_window.reset();
        setShownCurrency(PriceDisplay());
        QSettings().remove(u"currency"_s);
        QSettings().remove(u"update"_s);
    }

    void choose(const QString &code)
    {
        auto *menu = m_window->findChild<QMenu *>(u"currencyMenu"_s);
        ASSERT_NE(menu, nullptr);
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == code) {
                action->trigger();
                QApplication::processEvents();
                return;
            }
        }
        FAIL() << "no View › Currency entry for " << code.toStdString();
    }

    /// The cheapest row's cell of a price-table column, as shown.
    QVariant firstRow(int column, int role = Qt::DisplayRole) const
    {
        return m_window->pricesPanel()->table()->model()->index(0, column).data(role);
    }

    QString header(int column) const
    {
        return m_window->pricesPanel()
            ->table()
            ->model()
            ->headerData(column, Qt::Horizontal)
            .toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(CurrencyView, EveryPriceFollowsTheChosenCurrencyAtTheBundledRateAndSaysWhichDay)
{
    // The C locale of the tests: US dollars, as published, and no rate to name.
    const QString dollars = firstRow(PriceTableModel::UsdPerGpuHour).toString();
    ASSERT_TRUE(dollars.startsWith(u'$')) << dollars.toStdString();
    const double usd =
        firstRow(PriceTableModel::UsdPerGpuHour, PriceTableModel::SortRole).toDouble();
    auto *rateLabel = m_window->statusBar()->findChild<QLabel *>(u"currencyRate"_s);
    ASSERT_NE(rateLabel, nullptr);
    EXPECT_FALSE(rateLabel->isVisible());

    choose(u"EUR"_s);
    EXPECT_EQ(QSettings().value(u"currency"_s).toString(), u"EUR"_s);
    // The bundled ECB day (9 October 2026) has 1.1206 dollars to the euro.
    const QString euros = firstRow(PriceTableModel::UsdPerGpuHour).toString();
    EXPECT_EQ(euros, u"€"_s + QLocale().toString(usd / 1.1206, 'f', 2));
    EXPECT_EQ(header(PriceTableModel::UsdPerGpuHour), u"€/GPU-h"_s);
    EXPECT_EQ(header(PriceTableModel::UsdPerInstanceHour), u"€/instance-h"_s);
    const QString tip = firstRow(PriceTableModel::UsdPerGpuHour, Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(u"ECB reference rate of 2026-10-09"_s)) << tip.toStdString();
    // The training calculator's headline total is in euros too.
    EXPECT_TRUE(m_window->jobCostPanel()->summary().contains(u'€'))
        << m_window->jobCostPanel()->summary().toStdString();
    // The bundled rate is more than ten days old by now: its day is in the status bar.
    if (QDate(2026, 10, 9).daysTo(QDate::currentDate()) > 10) {
        EXPECT_TRUE(rateLabel->isVisible());
        EXPECT_TRUE(rateLabel->text().contains(u"2026-10-09"_s)) << rateLabel->text().toStdString();
    }

    // Back to dollars: the same text as before, and no rate.
    choose(u"USD"_s);
    EXPECT_EQ(firstRow(PriceTableModel::UsdPerGpuHour).toString(), dollars);
    EXPECT_EQ(header(PriceTableModel::UsdPerGpuHour), u"$/GPU-h"_s);
    EXPECT_FALSE(rateLabel->isVisible());
}

TEST_F(CurrencyView, TheChoiceIsKeptForTheNextWindow)
{
    choose(u"JPY"_s);
    m_window.reset();
    auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book);
    m_window = std::make_unique<MainWindow>(std::move(opened.book));
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    const QString yen = firstRow(PriceTableModel::UsdPerGpuHour).toString();
    EXPECT_TRUE(yen.startsWith(u"¥"_s)) << yen.toStdString();
    EXPECT_FALSE(yen.contains(u'.')) << "yen have no decimals: " << yen.toStdString();
}

} // namespace
