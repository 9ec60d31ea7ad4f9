// The offer form takes a new price in another currency (issue 33): kept with its published
// amount and currency, stored with its dollar figure at the ECB rate of the day it was
// observed, the rate and its day shown under the field, undone like any price.

#include "MainWindow.h"
#include "OfferEditor.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

void typeInto(QWidget *form, const QString &name, const QString &text)
{
    auto *edit = form->findChild<QLineEdit *>(name);
    ASSERT_TRUE(edit) << name.toStdString();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QString reasonOf(QWidget *form, const QString &name)
{
    auto *label = form->findChild<QLabel *>(name + u"Reason"_s);
    return label && !label->isHidden() ? label->text() : QString();
}

class PriceCurrencyForm : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(opened.book));
        m_db = m_window->book()->database();
        m_form = std::make_unique<OfferEditor>(m_window->editor(), m_window.get());
        ASSERT_TRUE(m_form->selectRecord(1));
    }

    void TearDown() override
    {
        m_form.reset();
        m_db = QSqlDatabase();
        m_window.reset();
    }

    void chooseCurrency(const QString &code)
    {
        auto *currency = m_form->findChild<QComboBox *>(u"priceCurrency"_s);
        ASSERT_TRUE(currency);
        ASSERT_GE(currency->findData(code), 0) << code.toStdString();
        currency->setCurrentIndex(currency->findData(code));
    }

    QString rateText() const
    {
        auto *rate = m_form->findChild<QLabel *>(u"priceRate"_s);
        return rate && !rate->isHidden() ? rate->text() : QString();
    }

    int prices() const
    {
        QSqlQuery q(m_db);
        q.exec(u"SELECT count(*) FROM price_observations WHERE offer_id = 1"_s);
        return q.next() ? q.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_db;
    std::unique_ptr<OfferEditor> m_form;
};

} // namespace

TEST_F(PriceCurrencyForm, APriceTypedInEurosIsKeptWithItsDollarsAtTheDaysRate)
{
    auto *currency = m_form->findChild<QComboBox *>(u"priceCurrency"_s);
    ASSERT_TRUE(currency);
    EXPECT_EQ(currency->currentData().toString(), u"USD"_s) << "dollars unless chosen";
    const int before = prices();
    typeInto(m_form.get(), u"price"_s, u"2.15"_s);
    EXPECT_EQ(rateText(), QString()) << "nothing to convert in dollars";
    chooseCurrency(u"EUR"_s);
    // Sunday 2026-10-11 has no ECB rate: Friday's bundled one, USD 1.1206 per euro.
    typeInto(m_form.get(), u"observedOn"_s, u"2026-10-11"_s);
    typeInto(m_form.get(), u"priceSource"_s, u"https://example.eu/pricing"_s);
    EXPECT_EQ(reasonOf(m_form.get(), u"price"_s), QString());
    const QString shown = rateText();
    EXPECT_TRUE(shown.contains(u"$2.40929"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"1 USD = 0.8924 EUR"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QLocale().toString(QDate(2026, 10, 9), QLocale::ShortFormat)))
        << "the rate's own day, not the price's: " << shown.toStdString();

    m_form->show();
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    m_form->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR) + u"/form-offers-euro.png"_s);

    auto *save = m_form->findChild<QPushButton *>(u"save"_s);
    ASSERT_TRUE(save && save->isEnabled()) << m_form->statusText().toStdString();
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_EQ(prices(), before + 1);
    QSqlQuery q(m_db);
    ASSERT_TRUE(q.exec(u"SELECT usd_micros_per_instance_hour, published_micros, "
                       "published_currency, observed_on, note FROM price_observations "
                       "WHERE offer_id = 1 ORDER BY id DESC LIMIT 1"_s) &&
                q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 2'409'290);
    EXPECT_EQ(q.value(1).toLongLong(), 2'150'000);
    EXPECT_EQ(q.value(2).toString(), u"EUR"_s);
    EXPECT_EQ(q.value(3).toString(), u"2026-10-11"_s);
    EXPECT_EQ(q.value(4).toString(), u"US dollars at the ECB rate of 2026-10-09."_s);

    m_window->editor()->undoStack()->undo();
    EXPECT_EQ(prices(), before) << "undone like any price";
}

TEST_F(PriceCurrencyForm, AEuroPriceOfADayBeforeEveryRateIsRefusedWithTheReason)
{
    const int before = prices();
    typeInto(m_form.get(), u"price"_s, u"2.15"_s);
    chooseCurrency(u"EUR"_s);
    typeInto(m_form.get(), u"observedOn"_s, u"2020-01-01"_s);
    EXPECT_TRUE(reasonOf(m_form.get(), u"price"_s).contains(u"No exchange rate for EUR"_s))
        << reasonOf(m_form.get(), u"price"_s).toStdString();
    EXPECT_FALSE(m_form->findChild<QPushButton *>(u"save"_s)->isEnabled());
    EXPECT_FALSE(m_form->save());
    EXPECT_EQ(prices(), before);
    // Back in dollars the same figure is a price of its own.
    chooseCurrency(u"USD"_s);
    EXPECT_EQ(reasonOf(m_form.get(), u"price"_s), QString());
    EXPECT_EQ(rateText(), QString());
}
