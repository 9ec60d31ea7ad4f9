// After an import the window reads its offers on a worker thread and swaps them into the table
// (issue 32): the new offers show with the same ★ and distances a full read gives, the user's
// sort, selection and current offer stay, and a price saved meanwhile is not lost.

#include "BookService.h"
#include "DataQuality.h"
#include "GpuModelRepository.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "OfferFilterProxyModel.h"
#include "PriceBook.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "TestFiles.h"

#include <QHash>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

class BackgroundReload : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(opened.book));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    /// Imports `rows` H100 offers through the import dialog, as File › Import does.
    void importOffers(int rows)
    {
        const QString catalog = m_dir.filePath(u"offers.csv"_s);
        ASSERT_TRUE(test::writeOffersCatalog(catalog, rows, u"bulk"_s));
        ImportOptions options;
        options.observedOn = QDate::currentDate();
        options.gpuModels = GpuModelRepository(m_window->book()->database()).all();
        ImportDialog dialog(catalog, options,
                            ImportDialog::runnerForBook(m_window->book()->path(), false));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isPreviewing(); }, 60'000));
        ASSERT_TRUE(dialog.runImport()) << dialog.summary().error.toStdString();
        ASSERT_EQ(dialog.summary().offersAdded, rows);
    }

    /// The offers as a fresh read of the book annotates them, by id.
    QHash<qint64, OfferRow> freshRows() const
    {
        const PriceTableModel *model = m_window->pricesPanel()->model();
        const Freshness freshness{model->today(), model->maxAgeDays()};
        Outcome<QList<OfferRow>> rows =
            book::currentOffers(m_window->book()->database(), freshness);
        EXPECT_TRUE(rows);
        QList<OfferRow> list = rows ? std::move(rows).value() : QList<OfferRow>();
        annotateOffers(list, freshness, model->includesStale());
        QHash<qint64, OfferRow> byId;
        for (const OfferRow &r : std::as_const(list))
            byId.insert(r.offerId, r);
        return byId;
    }

    QSet<qint64> selectedOffers() const
    {
        const QList<qint64> ids = m_window->pricesPanel()->selectedOfferIds();
        return QSet<qint64>(ids.cbegin(), ids.cend());
    }

    qint64 offerAt(int proxyRow) const
    {
        const PricesPanel *prices = m_window->pricesPanel();
        return prices->model()
            ->rowAt(prices->proxy()->mapToSource(prices->proxy()->index(proxyRow, 0)).row())
            .offerId;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(BackgroundReload, AnImportShowsItsOffersAnnotatedAndKeepsTheSortAndSelection)
{
    PricesPanel *prices = m_window->pricesPanel();
    QTableView *table = prices->table();
    // The user's place: sorted by price per GPU-hour, dearest first, two offers selected.
    table->sortByColumn(PriceTableModel::UsdPerGpuHour, Qt::DescendingOrder);
    ASSERT_GT(prices->proxy()->rowCount(), 10);
    const qint64 first = offerAt(3);
    const qint64 second = offerAt(7);
    table->setCurrentIndex(prices->proxy()->index(7, PriceTableModel::Provider));
    table->selectionModel()->select(prices->proxy()->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_EQ(selectedOffers(), QSet<qint64>({first, second}));
    const int before = prices->model()->rowCount();

    importOffers(600);
    QSignalSpy loaded(m_window.get(), &MainWindow::offersLoaded);
    m_window->reloadInBackground();
    EXPECT_TRUE(m_window->isReloading());
    EXPECT_EQ(prices->model()->rowCount(), before) << "the old rows show until the new are ready";
    ASSERT_TRUE(loaded.wait(60'000));
    EXPECT_FALSE(m_window->isReloading());

    // Every offer, the new ones too, with what a full read and annotation gives it.
    ASSERT_EQ(prices->model()->rowCount(), before + 600);
    const QHash<qint64, OfferRow> fresh = freshRows();
    int cheapest = 0;
    for (const OfferRow &shown : prices->model()->rows()) {
        ASSERT_TRUE(fresh.contains(shown.offerId));
        const OfferRow &expected = fresh.value(shown.offerId);
        EXPECT_EQ(shown.usdPerInstanceHour.micros(), expected.usdPerInstanceHour.micros());
        EXPECT_DOUBLE_EQ(shown.usdPerGpuHour, expected.usdPerGpuHour);
        EXPECT_EQ(shown.cheapestForGpu, expected.cheapestForGpu) << shown.offerId;
        EXPECT_DOUBLE_EQ(shown.percentAboveCheapest, expected.percentAboveCheapest);
        EXPECT_EQ(shown.flags, expected.flags) << shown.offerId;
        cheapest += shown.cheapestForGpu;
    }
    EXPECT_GT(cheapest, 0);

    // Still sorted dearest first, with the same offers selected and the same one current.
    EXPECT_EQ(prices->proxy()->sortColumn(), int(PriceTableModel::UsdPerGpuHour));
    EXPECT_EQ(prices->proxy()->sortOrder(), Qt::DescendingOrder);
    for (int row = 1; row < prices->proxy()->rowCount(); ++row) {
        const auto price = [&](int r) {
            return prices->proxy()
                ->index(r, PriceTableModel::UsdPerGpuHour)
                .data(PriceTableModel::SortRole)
                .toDouble();
        };
        ASSERT_GE(price(row - 1), price(row)) << "at row " << row;
    }
    EXPECT_EQ(selectedOffers(), QSet<qint64>({first, second}));
    EXPECT_EQ(offerAt(table->currentIndex().row()), second);
    EXPECT_EQ(table->currentIndex().column(), int(PriceTableModel::Provider));
    EXPECT_FALSE(m_window->checkForChangesElsewhere()) << "its own read is not news";
}

TEST_F(BackgroundReload, APriceSavedWhileTheOffersAreReadIsShown)
{
    importOffers(300);
    m_window->reloadInBackground();
    // Saved before the worker's rows arrive: its read may predate the save.
    const qint64 offer = m_window->pricesPanel()->model()->rowAt(0).offerId;
    ASSERT_TRUE(m_window->changePrice(offer, u"0.01"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->isReloading(); }, 60'000));
    const PriceTableModel *model = m_window->pricesPanel()->model();
    bool found = false;
    for (const OfferRow &r : model->rows()) {
        if (r.offerId != offer)
            continue;
        found = true;
        EXPECT_EQ(r.usdPerInstanceHour.micros(), 10'000);
        EXPECT_TRUE(r.cheapestForGpu) << "a cent an hour is the cheapest of its GPU";
    }
    EXPECT_TRUE(found);
}

TEST_F(BackgroundReload, ASavedPriceUpdatesItsRowAndTheCheapestMarkOfItsGpu)
{
    const PriceTableModel *model = m_window->pricesPanel()->model();
    // The row of an offer whose GPU has a cheapest other than it.
    int row = 0;
    while (row < model->rowCount() && model->rowAt(row).cheapestForGpu)
        ++row;
    ASSERT_LT(row, model->rowCount());
    const OfferRow target = model->rowAt(row);
    const int rows = model->rowCount();
    ASSERT_TRUE(m_window->changePrice(target.offerId, u"0.01"_s));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->rowAt(row).usdPerInstanceHour.micros() == 10'000; }, 5'000));
    EXPECT_EQ(model->rowCount(), rows) << "updated in place, not read again";
    EXPECT_TRUE(model->rowAt(row).cheapestForGpu);
    int marked = 0;
    for (const OfferRow &r : model->rows())
        marked += r.gpuModel == target.gpuModel && r.cheapestForGpu;
    EXPECT_EQ(marked, 1) << "one ★ per GPU";
    const QModelIndex shown = m_window->pricesPanel()->proxy()->mapFromSource(
        model->index(row, PriceTableModel::UsdPerInstanceHour));
    EXPECT_TRUE(shown.data().toString().contains(u"0.01"_s))
        << shown.data().toString().toStdString();
}

} // namespace
