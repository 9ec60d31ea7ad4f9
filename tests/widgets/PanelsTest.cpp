#include "Application.h"
#include "BookWords.h"
#include "ChartFactory.h"
#include "CompareOffersDialog.h"
#include "DataQuality.h"
#include "DataSourcesDialog.h"
#include "ExportableChartView.h"
#include "FirstView.h"
#include "JobCostPanel.h"
#include "JobForm.h"
#include "LayoutProblems.h"
#include "MainWindow.h"
#include "MarketSharePanel.h"
#include "MarketShareRepository.h"
#include "ModelContract.h"
#include "OfferFilterProxyModel.h"
#include "OfferRepository.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "SeedClaims.h"
#include "TableColumns.h"
#include "TestImages.h"
#include "Theme.h"
#include "UnnamedControls.h"
#include "Validation.h"

#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFont>
#include <QFontDatabase>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <gtest/gtest.h>

using namespace gpucompare;
using gpucompare::test::inkRatio;
using gpucompare::test::unnamedControls;
using namespace Qt::StringLiterals;

/// Receives the URLs QDesktopServices would hand to a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

namespace {

/// Share of pixels that differ from the corner colour: a blank export scores ~0.
class Panels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_book = std::move(opened.book);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PriceBook> m_book;
};

} // namespace

TEST(Fonts, OffscreenRenderingHasFonts)
{
    // Without fonts every label renders as boxes, silently (research pitfall 6).
    EXPECT_FALSE(QFontDatabase::families().isEmpty());
}

TEST_F(Panels, PriceTableModelPassesTheModelTester)
{
    PriceTableModel model;
    gpucompare::test::ModelContract contract(&model);
    model.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 11, 28));
    // Every offer, not the first 256-row batch or fewer.
    EXPECT_EQ(model.rowCount(), OfferRepository(m_book->database()).count());
    EXPECT_GT(model.rowCount(), 1000);
}

TEST_F(Panels, TheFilteredPriceTableKeepsTheModelContractWhileFiltersChange)
{
    PriceTableModel model;
    OfferFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    gpucompare::test::ModelContract contract(&proxy);
    model.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 11, 28));
    const int all = proxy.rowCount();
    proxy.setGpu(u"H100 SXM 80GB"_s);
    const int h100 = proxy.rowCount();
    EXPECT_GT(h100, 0);
    EXPECT_LT(h100, all);
    proxy.setText(u"aws"_s);
    EXPECT_LE(proxy.rowCount(), h100);
    proxy.sort(PriceTableModel::UsdPerGpuHour);
    proxy.setGpu(QString());
    proxy.setText(QString());
    EXPECT_EQ(proxy.rowCount(), all);
    model.setRows({}, QDate(2026, 11, 28));
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST_F(Panels, UpdatingAFewOffersInPlaceMatchesReadingTheWholeBookAgain)
{
    PriceTableModel model;
    OfferFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PriceTableModel::UsdPerGpuHour);
    gpucompare::test::ModelContract contract(&proxy);
    const QDate today(2026, 11, 28);
    OfferRepository offers(m_book->database());
    model.setRows(offers.currentRows(), today);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    // The cheapest H100 SXM offer becomes the dearest: every H100 SXM row's distance moves.
    QList<OfferRow> rows = offers.currentRows();
    const auto h100 =
        std::min_element(rows.cbegin(), rows.cend(), [](const auto &a, const auto &b) {
            return a.gpuModel == u"H100 SXM 80GB"_s &&
                   (b.gpuModel != u"H100 SXM 80GB"_s || a.usdPerGpuHour < b.usdPerGpuHour);
        });
    OfferRow dearer = *h100;
    dearer.usdPerInstanceHour = Money::fromMicros(999'000'000);
    OfferRow added = dearer;
    added.offerId = 999'999;
    added.instanceType = u"brand-new"_s;
    added.usdPerInstanceHour = Money::fromMicros(1'000'000);
    const qint64 goneId = rows.constLast().offerId;
    model.updateOffers({dearer, added}, {goneId});
    EXPECT_EQ(resets.count(), 0) << "no reset of every row";
    EXPECT_GT(changes.count(), 0);

    // The same book read whole gives the same rows and annotations.
    QList<OfferRow> expected = rows;
    expected.removeIf([&](const OfferRow &r) { return r.offerId == goneId; });
    for (OfferRow &r : expected) {
        if (r.offerId == dearer.offerId)
            r = dearer;
    }
    expected.append(added);
    gpucompare::annotateOffers(expected, today);
    ASSERT_EQ(model.rowCount(), expected.size());
    QHash<qint64, OfferRow> byId;
    for (const OfferRow &r : model.rows())
        byId.insert(r.offerId, r);
    for (const OfferRow &r : std::as_const(expected)) {
        ASSERT_TRUE(byId.contains(r.offerId)) << r.offerId;
        const OfferRow &got = byId.value(r.offerId);
        EXPECT_EQ(got.usdPerInstanceHour, r.usdPerInstanceHour) << r.offerId;
        EXPECT_DOUBLE_EQ(got.percentAboveCheapest, r.percentAboveCheapest) << r.offerId;
        EXPECT_EQ(got.cheapestForGpu, r.cheapestForGpu) << r.offerId;
        EXPECT_EQ(got.flags, r.flags) << r.offerId;
    }
    // One row per group of regions, as a table filled afresh with the same offers shows them.
    const auto shownOffers = [](const OfferFilterProxyModel &p, const PriceTableModel &m) {
        QSet<qint64> ids;
        for (int row = 0; row < p.rowCount(); ++row)
            ids.insert(m.rowAt(p.mapToSource(p.index(row, 0)).row()).offerId);
        return ids;
    };
    PriceTableModel fresh;
    OfferFilterProxyModel freshProxy;
    freshProxy.setSourceModel(&fresh);
    fresh.setRows(model.rows(), today);
    EXPECT_LT(proxy.rowCount(), model.rowCount());
    EXPECT_EQ(shownOffers(proxy, model), shownOffers(freshProxy, fresh));

    // The sorted view follows: the new cheapest H100 SXM row comes first among H100 SXM rows.
    proxy.setGpu(u"H100 SXM 80GB"_s);
    EXPECT_EQ(model.rowAt(proxy.mapToSource(proxy.index(0, 0)).row()).offerId, 999'999);
    proxy.setText(u"brand-new"_s);
    EXPECT_EQ(proxy.rowCount(), 1) << "the search sees the new row";
}

TEST_F(Panels, MarketSharePickersDefaultToTheLatestPeriodAndSwitchSnapshots)
{
    MarketSharePanel panel;
    panel.setSnapshots(MarketShareRepository(m_book->database()).all());
    EXPECT_TRUE(panel.scope().contains(u"Synergy"_s));
    EXPECT_EQ(panel.period(), u"2025-Q4"_s);
    auto *series = static_cast<QPieSeries *>(panel.pieView()->chart()->series().first());
    EXPECT_EQ(series->count(), 4); // AWS, Microsoft, Google, Others

    panel.selectPeriod(u"2024-Q1"_s);
    ASSERT_NE(panel.currentSnapshot(), nullptr);
    EXPECT_EQ(panel.currentSnapshot()->period, u"2024-Q1"_s);
    series = static_cast<QPieSeries *>(panel.pieView()->chart()->series().first());
    EXPECT_EQ(series->count(), 10); // nine listed providers and Others
    double total = 0;
    for (QPieSlice *slice : series->slices())
        total += slice->value();
    EXPECT_NEAR(total, 100.0, 1e-9);
    // Small slices (2 %) carry their label only in the legend.
    for (QPieSlice *slice : series->slices())
        EXPECT_EQ(slice->isLabelVisible(), slice->value() >= 5.0) << slice->label().toStdString();

    panel.selectScope(u"Cloud infrastructure services, worldwide (Canalys definition)"_s);
    EXPECT_EQ(panel.period(), u"2025-Q1"_s);
    EXPECT_TRUE(panel.currentSnapshot()->sourceName.startsWith(u"Canalys"_s));
}

TEST_F(Panels, ASnapshotAboveAHundredPercentIsSaidPlainly)
{
    MarketShareSnapshot broken{u"2030-Q1"_s, u"Test scope"_s, u"Test"_s, {}, {}, {}, false, {}};
    broken.entries = {{u"A"_s, {}, 70, {}, {}, {}}, {u"B"_s, {}, 45, {}, {}, {}}};
    MarketSharePanel panel;
    panel.setSnapshots({broken});
    EXPECT_FALSE(panel.warningLabel()->isHidden());
    EXPECT_TRUE(panel.warningLabel()->text().contains(u"115"_s));
    EXPECT_TRUE(panel.pieView()->chart()->series().isEmpty()) << "no wrong pie is drawn";
}

TEST_F(Panels, ClickingASliceFiltersThePricesAndClickingAgainClearsIt)
{
    MarketSharePanel shares;
    PricesPanel prices;
    QObject::connect(&shares, &MarketSharePanel::providerFilterRequested, &prices,
                     &PricesPanel::setProviderFilter);
    shares.setSnapshots(MarketShareRepository(m_book->database()).all());
    prices.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 11, 28));
    const int all = prices.proxy()->rowCount();

    auto *series = static_cast<QPieSeries *>(shares.pieView()->chart()->series().first());
    QPieSlice *aws = series->slices().first();
    // In the panel the legend under the pie names the providers whole; slices show percentages.
    ASSERT_TRUE(shares.legendLabel()->text().contains(u"Amazon&nbsp;Web&nbsp;Services"_s))
        << shares.legendLabel()->text().toStdString();
    EXPECT_TRUE(aws->label().endsWith(u" %"_s));
    Q_EMIT aws->clicked();
    EXPECT_EQ(prices.providerFilter(), u"AWS"_s);
    EXPECT_GT(prices.proxy()->rowCount(), 10);
    EXPECT_LT(prices.proxy()->rowCount(), all);
    for (int row = 0; row < prices.proxy()->rowCount(); ++row) {
        EXPECT_EQ(prices.proxy()
                      ->index(row, PriceTableModel::Provider)
                      .data(PriceTableModel::FullTextRole)
                      .toString(),
                  u"AWS"_s);
    }

    series = static_cast<QPieSeries *>(shares.pieView()->chart()->series().first());
    EXPECT_TRUE(series->slices().first()->isExploded());
    Q_EMIT series->slices().first()->clicked();
    EXPECT_TRUE(prices.providerFilter().isEmpty());
    EXPECT_EQ(prices.proxy()->rowCount(), all);
}

TEST_F(Panels, FiltersAndNumericSortingDriveTheTableAndChart)
{
    PricesPanel prices;
    prices.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 11, 28));
    prices.setGpuFilter(u"H100 SXM 80GB"_s);
    prices.setPricingFilter(u"spot"_s);
    const auto *proxy = prices.proxy();
    ASSERT_GT(proxy->rowCount(), 3);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        EXPECT_EQ(proxy->index(row, PriceTableModel::Gpu).data(PriceTableModel::FullTextRole),
                  u"H100 SXM 80GB"_s);
        EXPECT_EQ(proxy->index(row, PriceTableModel::Pricing).data().toString().left(4), u"Spot"_s);
    }
    // Sorted by value: $2.20 before $10.98 although "1" < "2" as text.
    prices.table()->sortByColumn(PriceTableModel::UsdPerGpuHour, Qt::AscendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row) {
        EXPECT_LE(proxy->index(row - 1, 0)
                      .siblingAtColumn(PriceTableModel::UsdPerGpuHour)
                      .data(PriceTableModel::SortRole)
                      .toDouble(),
                  proxy->index(row, 0)
                      .siblingAtColumn(PriceTableModel::UsdPerGpuHour)
                      .data(PriceTableModel::SortRole)
                      .toDouble());
    }
    // The bar chart is built when its tab is shown, for the current filters.
    prices.views()->setCurrentIndex(1);
    EXPECT_TRUE(prices.chartView()->chart()->title().contains(u"H100 SXM 80GB"_s));
    EXPECT_TRUE(prices.chartView()->chart()->title().contains(u"Spot"_s));
    prices.views()->setCurrentIndex(0);

    prices.setPricingFilter({});
    prices.setGpuFilter({});
    prices.setTextFilter(u"p5.48xlarge"_s);
    ASSERT_GT(proxy->rowCount(), 0);
    for (int row = 0; row < proxy->rowCount(); ++row)
        EXPECT_EQ(proxy->index(row, PriceTableModel::Instance).data().toString(), u"p5.48xlarge"_s);
}

TEST_F(Panels, TheCheapestOfferPerGpuIsMarkedAndFlagsExplainThemselves)
{
    PriceTableModel model;
    model.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 11, 28));
    int cheapestH100 = 0;
    bool sawFlagTooltip = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const OfferRow &r = model.rowAt(row);
        if (r.gpuModel == u"H100 SXM 80GB" && r.cheapestForGpu) {
            ++cheapestH100;
            EXPECT_EQ(model.index(row, PriceTableModel::AboveCheapest).data().toString(), u"★"_s);
            EXPECT_TRUE(model.index(row, PriceTableModel::UsdPerGpuHour)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(u"cheapest"_s));
        }
        if (r.flags) {
            sawFlagTooltip = !model.index(row, PriceTableModel::Flags)
                                  .data(Qt::ToolTipRole)
                                  .toString()
                                  .isEmpty();
        }
    }
    EXPECT_GE(cheapestH100, 1);
    EXPECT_TRUE(sawFlagTooltip);
}

TEST_F(Panels, TheStarFollowsThePricingFilterAndAStaleQuoteWinsOnlyWhenIncluded)
{
    // The bug: with the pricing filter on On-demand no row was starred and the cheapest
    // on-demand H100 read "+125 %" (the ★ sat on a hidden spot price); and a 2025 aggregator
    // quote of $1.80, flagged stale, carried the ★.
    PricesPanel prices;
    prices.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 12, 7));
    prices.setGpuFilter(u"H100 SXM 80GB"_s);
    prices.setPricingFilter(u"on-demand"_s);
    // Vast.ai: a current marketplace median beside that stale $1.80 quote (other clouds' current
    // catalog prices are below $1.80 now).
    prices.setProviderFilter(u"Vast.ai"_s);
    const QAbstractItemModel *proxy = prices.proxy();
    const auto starredRows = [&] {
        QList<int> rows;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, PriceTableModel::AboveCheapest).data().toString() == u"★")
                rows << row;
        }
        return rows;
    };
    const auto priceAt = [&](int row) {
        return prices.model()
            ->rowAt(prices.proxy()->mapToSource(proxy->index(row, 0)).row())
            .usdPerGpuHour;
    };
    const QList<int> starred = starredRows();
    ASSERT_FALSE(starred.isEmpty()) << "a visible offer carries the ★";
    const OfferRow &best =
        prices.model()->rowAt(prices.proxy()->mapToSource(proxy->index(starred.first(), 0)).row());
    EXPECT_EQ(best.pricing, PricingModel::OnDemand);
    EXPECT_NE(best.standing, Standing::Stale);
    bool sawCheaperStale = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const OfferRow &r =
            prices.model()->rowAt(prices.proxy()->mapToSource(proxy->index(row, 0)).row());
        if (r.standing == Standing::Stale) {
            sawCheaperStale = sawCheaperStale || r.usdPerGpuHour < best.usdPerGpuHour;
            EXPECT_TRUE(
                proxy->index(row, PriceTableModel::Flags).data().toString().contains(u"stale"_s));
            continue;
        }
        EXPECT_GE(r.usdPerGpuHour, best.usdPerGpuHour) << "no visible trusted price is cheaper";
        EXPECT_TRUE(
            proxy->index(row, PriceTableModel::AboveCheapest).data().toString() == u"★" ||
            proxy->index(row, PriceTableModel::AboveCheapest).data().toString().startsWith(u'+'));
    }
    ASSERT_TRUE(sawCheaperStale) << "the bundled book holds a cheaper stale H100 quote";

    auto *includeStale = prices.findChild<QCheckBox *>(u"includeStale"_s);
    ASSERT_NE(includeStale, nullptr);
    includeStale->setChecked(true);
    const QList<int> withStale = starredRows();
    ASSERT_FALSE(withStale.isEmpty());
    EXPECT_LT(priceAt(withStale.first()), best.usdPerGpuHour) << "by price alone";
    includeStale->setChecked(false);
    EXPECT_DOUBLE_EQ(priceAt(starredRows().first()), best.usdPerGpuHour);
}

TEST_F(Panels, TheSourceSaysWhoPublishedThePriceAndOpensItAndRatesAreNotMachines)
{
    PricesPanel prices;
    prices.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 11, 28));
    prices.resize(1400, 600);
    prices.show();
    const PriceTableModel *model = prices.model();
    int catalogRow = -1;
    int rateRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const OfferRow &r = model->rowAt(row);
        const QString shown = model->index(row, PriceTableModel::Source).data().toString();
        EXPECT_NE(shown, u"github.com"_s) << "the mirror, not the publisher";
        if (catalogRow < 0 && r.sourceUrl.contains(u"skypilot-catalog/blob/"_s))
            catalogRow = row;
        if (rateRow < 0 && r.perGpuRate)
            rateRow = row;
    }
    ASSERT_GE(catalogRow, 0);
    ASSERT_GE(rateRow, 0);
    const QModelIndex source = model->index(catalogRow, PriceTableModel::Source);
    EXPECT_EQ(source.data().toString(), u"SkyPilot catalog"_s);
    EXPECT_TRUE(source.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"https://github.com/skypilot-org/skypilot-catalog/blob/"_s));
    EXPECT_TRUE(source.data(Qt::FontRole).value<QFont>().underline()) << "reads like a link";

    const QModelIndex rate = model->index(rateRow, PriceTableModel::Instance);
    EXPECT_EQ(rate.data().toString(), u"per-GPU rate"_s);
    EXPECT_TRUE(rate.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_EQ(model->index(rateRow, PriceTableModel::Gpus).data().toInt(), 1);

    // A click on the source opens its page: caught here by a URL handler instead of a browser.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    QTableView *table = prices.table();
    const QModelIndex shown = prices.proxy()->mapFromSource(source);
    table->scrollTo(shown);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(shown).center());
    QDesktopServices::unsetUrlHandler(u"https"_s);
    ASSERT_EQ(catcher.urls.size(), 1);
    EXPECT_EQ(catcher.urls.first().toString(), model->rowAt(catalogRow).sourceUrl);
}

TEST_F(Panels, TheDataSourcesDialogSaysWhichSeedClaimsTheBookSupports)
{
    const PriceBookData data = readPriceBook(m_book->database());
    DataSourcesDialog dialog(data);
    const QString html = DataSourcesDialog::claimsHtml(data);
    // Every claim the checks make is in the dialog with its verdict and the figures behind it.
    const QList<ClaimCheck> checks = checkSeedClaims(data);
    ASSERT_GE(checks.size(), 4);
    for (const ClaimCheck &check : checks) {
        EXPECT_TRUE(html.contains(check.claim.toHtmlEscaped())) << check.claim.toStdString();
        EXPECT_TRUE(html.contains(check.evidence.toHtmlEscaped())) << check.evidence.toStdString();
        EXPECT_NE(check.verdict, ClaimVerdict::NoData) << check.claim.toStdString();
    }
    // The bundled prices: hyperscaler H100s are not all inside $4-10 (Azure's $12.29).
    EXPECT_NE(checks.first().verdict, ClaimVerdict::Supported)
        << checks.first().evidence.toStdString();
    dialog.resize(1000, 700);
    dialog.show();
    QApplication::processEvents();
    dialog.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/data-sources.png"));
}

namespace {

/// The logical columns a table shows first, in visual order.
QList<int> leadingColumns(const QTableView *table, int count)
{
    QList<int> columns;
    const QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count() && columns.size() < count; ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns.append(header->logicalIndex(visual));
    }
    return columns;
}

/// Which of `columns` reach past the table's right edge or are narrower than their header.
QStringList clippedColumns(const QTableView *table, const QList<int> &columns)
{
    QStringList clipped;
    const QHeaderView *header = table->horizontalHeader();
    for (int logical : columns) {
        const int right = header->sectionViewportPosition(logical) + header->sectionSize(logical);
        if (right > table->viewport()->width() ||
            header->sectionSize(logical) < header->sectionSizeHint(logical))
            clipped << table->model()->headerData(logical, Qt::Horizontal).toString();
    }
    return clipped;
}

} // namespace

TEST_F(Panels, PricesComeFirstAndTheUsersColumnsSurviveARestart)
{
    const QString path = m_book->path();
    m_book.reset();
    auto open = [&] {
        auto opened = PriceBook::open(path);
        EXPECT_TRUE(opened.book) << opened.error.toStdString();
        auto window = std::make_unique<MainWindow>(std::move(opened.book));
        window->resize(1280, 720);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::processEvents();
        return window;
    };
    {
        auto window = open();
        window->pricesPanel()->columns()->reset();
        window->jobCostPanel()->findChild<QTableView *>(u"jobTable"_s);
        QApplication::processEvents();
        using C = PriceTableModel;
        QTableView *prices = window->pricesPanel()->table();
        // The price's age and flags follow it (issue 30).
        EXPECT_EQ(leadingColumns(prices, 6),
                  QList<int>({C::Provider, C::Gpu, C::UsdPerGpuHour, C::AboveCheapest,
                              C::ObservedOn, C::Flags}));
        EXPECT_EQ(clippedColumns(prices, leadingColumns(prices, 4)), QStringList())
            << "provider, GPU, price and vs ★ are in view at 1280x720";

        auto *results = window->jobCostPanel()->findChild<QTableView *>(u"jobTable"_s);
        ASSERT_NE(results, nullptr);
        EXPECT_EQ(clippedColumns(results, leadingColumns(results, 3)), QStringList())
            << "provider, GPU and total are in view at 1280x720";
        EXPECT_TRUE(prices->isColumnHidden(C::UsdPerPflopHour)) << "hidden by default";

        // The header's menu hides a column; the choice is saved.
        std::unique_ptr<QMenu> menu(window->pricesPanel()->columns()->createMenu(nullptr));
        QAction *region = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toInt() == C::Region && action->isCheckable())
                region = action;
        }
        ASSERT_NE(region, nullptr);
        region->trigger();
        EXPECT_TRUE(prices->isColumnHidden(C::Region));
        window->close();
    }
    {
        auto window = open();
        QTableView *prices = window->pricesPanel()->table();
        EXPECT_TRUE(prices->isColumnHidden(PriceTableModel::Region)) << "after a restart";
        window->pricesPanel()->columns()->reset();
        EXPECT_FALSE(prices->isColumnHidden(PriceTableModel::Region));
        EXPECT_TRUE(prices->isColumnHidden(PriceTableModel::UsdPerPflopHour));
    }
}

TEST_F(Panels, TheFirstViewIsTheMostOfferedTrainingGpuCheapestFirstAndTheChoicePersists)
{
    QSettings().remove(u"MainWindow"_s); // a user who never chose a GPU
    const QString path = m_book->path();
    m_book.reset();
    auto open = [&] {
        auto opened = PriceBook::open(path);
        EXPECT_TRUE(opened.book) << opened.error.toStdString();
        auto window = std::make_unique<MainWindow>(std::move(opened.book));
        window->resize(1280, 720);
        window->show();
        QApplication::processEvents();
        return window;
    };
    {
        auto window = open();
        PricesPanel *prices = window->pricesPanel();
        const QString gpu = prices->gpuFilter();
        EXPECT_EQ(gpu, mostOfferedTrainingGpu(prices->model()->rows()));
        ASSERT_FALSE(gpu.isEmpty());
        // A training part, not the T4G spot at $0.11 that heads "All GPUs".
        const auto firstRow = [&](int row) {
            return prices->model()->rowAt(
                prices->proxy()->mapToSource(prices->proxy()->index(row, 0)).row());
        };
        ASSERT_GT(prices->proxy()->rowCount(), 10);
        EXPECT_GE(firstRow(0).denseTflops.value_or(0), kTrainingPeakTflops);
        for (int row = 0; row < prices->proxy()->rowCount(); ++row)
            ASSERT_EQ(firstRow(row).gpuModel, gpu) << row;
        EXPECT_TRUE(firstRow(0).cheapestForGpu) << "its cheapest offer (★) comes first";
        window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-first-view.png"));

        prices->setGpuFilter(QString()); // the user picks "All GPUs"
        window->close();
    }
    {
        auto window = open();
        EXPECT_EQ(window->pricesPanel()->gpuFilter(), QString()) << "All GPUs, as chosen";
        window->pricesPanel()->setGpuFilter(u"A100 SXM 80GB"_s);
        window->close();
    }
    EXPECT_EQ(open()->pricesPanel()->gpuFilter(), u"A100 SXM 80GB"_s);
    QSettings().remove(u"MainWindow"_s); // the next test starts from the defaults
}

TEST_F(Panels, CtrlCCopiesTheSelectedRowsAsTabSeparatedTextWithAHeader)
{
    PricesPanel prices;
    prices.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 11, 28));
    prices.columns()->reset();
    prices.show();
    prices.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&prices));
    QTableView *table = prices.table();
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << "a header and the two rows";
    const QStringList header = lines.first().split(u'\t');
    EXPECT_EQ(header.mid(0, 3), QStringList({u"Provider"_s, u"GPU"_s, u"$/GPU-h"_s}));
    const QStringList first = lines.at(1).split(u'\t');
    ASSERT_EQ(first.size(), header.size());
    // Whole names, where the cells show short forms.
    EXPECT_EQ(first.at(0), table->model()
                               ->index(0, PriceTableModel::Provider)
                               .data(PriceTableModel::FullTextRole)
                               .toString());
    EXPECT_EQ(first.at(2),
              table->model()->index(0, PriceTableModel::UsdPerGpuHour).data().toString());
    EXPECT_EQ(lines.at(2).split(u'\t').at(1), table->model()
                                                  ->index(2, PriceTableModel::Gpu)
                                                  .data(PriceTableModel::FullTextRole)
                                                  .toString());
}

TEST_F(Panels, OnePanelAtATimeByKeyboardAndTheChoicePersists)
{
    const QString path = m_book->path();
    MainWindow window(std::move(m_book));
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_FALSE(window.marketSharePanel()->isVisible());
    EXPECT_TRUE(window.pricesPanel()->isVisible());
    EXPECT_FALSE(window.jobCostPanel()->isVisible());
    EXPECT_EQ(QSettings().value(u"MainWindow/layout"_s).toInt(), 1);
    QApplication::processEvents();
    window.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-prices-alone.png"));
    // Ctrl+F finds offers even from a layout that hides the prices.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_FALSE(window.pricesPanel()->isVisible());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(window.pricesPanel()->isVisible());
    EXPECT_TRUE(window.pricesPanel()->searchField()->hasFocus());
    // A double-click on a panel's title shows it alone, and again all three.
    auto *title = window.jobCostPanel()->findChild<QLabel *>(u"panelTitle"_s);
    ASSERT_NE(title, nullptr);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QTest::mouseDClick(title, Qt::LeftButton);
    EXPECT_FALSE(window.pricesPanel()->isVisible());
    QTest::mouseDClick(title, Qt::LeftButton);
    EXPECT_TRUE(window.pricesPanel()->isVisible());
    EXPECT_TRUE(window.marketSharePanel()->isVisible());
    EXPECT_EQ(QSettings().value(u"MainWindow/layout"_s).toInt(), -1);
    Q_UNUSED(path);
}

TEST_F(Panels, CompareShowsTheSelectedOffersSideBySideWithTheJobsTotals)
{
    MainWindow window(std::move(m_book));
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.pricesPanel()->table();
    const QAbstractItemModel *model = table->model();
    const auto select = [&](QList<int> rows) {
        table->clearSelection();
        for (int row : rows)
            table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select |
                                                                      QItemSelectionModel::Rows);
    };
    // One offer is not a comparison: the status bar says what to do, no dialog opens.
    select({0});
    window.pricesPanel()->compareAction()->trigger();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"two to four"_s));

    // Three H100 offers: the calculator's job has a cost on each.
    QList<int> h100;
    for (int row = 0; row < model->rowCount() && h100.size() < 3; ++row) {
        if (model->index(row, PriceTableModel::Gpu).data(PriceTableModel::FullTextRole) ==
                u"H100 SXM 80GB"_s &&
            (h100.isEmpty() || model->index(row, PriceTableModel::Provider).data() !=
                                   model->index(h100.last(), PriceTableModel::Provider).data()))
            h100.append(row);
    }
    ASSERT_EQ(h100.size(), 3);
    select(h100);
    const QString firstProvider = model->index(h100.first(), PriceTableModel::Provider)
                                      .data(PriceTableModel::FullTextRole)
                                      .toString();
    bool inspected = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<CompareOffersDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        inspected = true;
        QTableWidget *comparison = dialog->table();
        EXPECT_EQ(comparison->columnCount(), 3);
        EXPECT_TRUE(comparison->horizontalHeaderItem(0)->text().startsWith(firstProvider));
        int costRow = -1;
        for (int r = 0; r < comparison->rowCount(); ++r) {
            if (comparison->verticalHeaderItem(r)->text() == u"Job: total cost")
                costRow = r;
        }
        ASSERT_GE(costRow, 0);
        int best = 0;
        for (int c = 0; c < 3; ++c) {
            const QString cell = comparison->item(costRow, c)->text();
            EXPECT_TRUE(cell.contains(u"$"_s)) << cell.toStdString() << ": the job's total";
            best += cell.startsWith(u"★"_s);
        }
        EXPECT_EQ(best, 1) << "the cheapest total is marked";
        const QString png = m_dir.filePath(u"compare.png"_s);
        const Status exported = dialog->exportPng(png);
        EXPECT_TRUE(exported) << exported.error().toStdString();
        EXPECT_GT(QImage(png).width(), 300);
        QImage(png).save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/compare.png"));
        dialog->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/compare-dialog.png"));
        dialog->reject();
    });
    window.pricesPanel()->compareAction()->trigger();
    EXPECT_TRUE(inspected);
}

TEST_F(Panels, ChartsExportToPngFromTheWindowAtTheChosenSize)
{
    MarketSharePanel shares;
    shares.setSnapshots(MarketShareRepository(m_book->database()).all());
    const QString path = m_dir.filePath(u"pie.png"_s);
    const Status exported = shares.pieView()->exportPng(path, QSize(1600, 1200), 2.0);
    ASSERT_TRUE(exported) << exported.error().toStdString();
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(1600, 1200));
    EXPECT_GT(inkRatio(image), 0.05);

    PricesPanel prices;
    prices.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 11, 28));
    const QString bars = m_dir.filePath(u"bars.png"_s);
    ASSERT_TRUE(prices.chartView()->exportPng(bars, QSize(800, 600), 1.0));
    EXPECT_EQ(QImage(bars).size(), QSize(800, 600));

    // Through the dialog: the text size says what it does for the size chosen, follows the
    // width until set, and the save is confirmed with its path and size.
    QString explained;
    double followedScale = 0;
    const QString viaDialog = m_dir.filePath(u"via-dialog.png"_s);
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        auto spins = dialog->findChildren<QSpinBox *>();
        ASSERT_EQ(spins.size(), 2);
        spins.at(0)->setValue(1200); // width
        spins.at(1)->setValue(900);  // height
        followedScale = dialog->findChild<QDoubleSpinBox *>(u"exportScale"_s)->value();
        explained = dialog->findChild<QLabel *>(u"exportExplanation"_s)->text();
        QTimer::singleShot(0, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(files);
            files->selectFile(viaDialog);
            QMetaObject::invokeMethod(files, "accept");
        });
        dialog->accept();
    });
    QSignalSpy saved(prices.chartView(), &ExportableChartView::exported);
    prices.chartView()->exportWithDialog();
    EXPECT_DOUBLE_EQ(followedScale, 1.5);
    EXPECT_TRUE(explained.contains(u"1,200 × 900 pixels"_s)) << explained.toStdString();
    EXPECT_TRUE(explained.contains(u"laid out on 800 × 600"_s)) << explained.toStdString();
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(saved.first().at(0).toString(), viaDialog);
    EXPECT_EQ(QImage(viaDialog).size(), QSize(1200, 900));

    // A write that cannot succeed leaves the existing file as it was.
    const QString blocked = m_dir.filePath(u"no-such-folder/pie.png"_s);
    const Status refused = shares.pieView()->exportPng(blocked, QSize(400, 300), 1.0);
    EXPECT_FALSE(refused);
    EXPECT_FALSE(refused.error().isEmpty());
    EXPECT_EQ(QImage(path).size(), QSize(1600, 1200));
}

// The window at the default and a large size, on the table and on the chart tabs: nothing
// clipped or outside the window. The renders land in screenshots/ to look at.
TEST_F(Panels, TheMainWindowShowsEveryLabelAndButtonUnclippedAtCommonSizes)
{
    MainWindow window(std::move(m_book));
    QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    // A published run on every GPU model, as a person exploring would start.
    window.jobCostPanel()->applyPreset(0);
    window.jobCostPanel()->setGpuModel(QString());
    window.jobCostPanel()->recompute();
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        window.resize(size);
        window.show();
        QApplication::processEvents();
        const QImage shot = window.grab().toImage();
        EXPECT_EQ(shot.size(), size);
        EXPECT_GT(inkRatio(shot), 0.05);
        EXPECT_EQ(gpucompare::test::layoutProblems(&window).join(u"\n"_s).toStdString(), "")
            << size.width() << "x" << size.height();
        shot.save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-%1x%2.png")
                      .arg(size.width())
                      .arg(size.height()));

        // The chart tabs at the same size, for a person to look at.
        QTabWidget *views = window.pricesPanel()->views();
        QTabWidget *jobViews = window.jobCostPanel()->views();
        views->setCurrentIndex(1);
        jobViews->setCurrentIndex(1);
        QApplication::processEvents();
        EXPECT_EQ(gpucompare::test::layoutProblems(&window).join(u"\n"_s).toStdString(), "")
            << size.width() << "x" << size.height() << " on the chart tabs";
        window.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-%1x%2-chart.png")
                               .arg(size.width())
                               .arg(size.height()));
        views->setCurrentIndex(0);
        jobViews->setCurrentIndex(0);
    }
    // Every offer is in the table under "All GPUs"; a catalog's regions at one price share a row.
    window.pricesPanel()->setGpuFilter(QString());
    EXPECT_EQ(window.pricesPanel()->proxy()->matchingOfferCount(),
              OfferRepository(window.book()->database()).count());
    EXPECT_LT(window.pricesPanel()->proxy()->rowCount(),
              OfferRepository(window.book()->database()).count());
}

TEST_F(Panels, DarkThemeDarkensWindowAndChartsButNotExportedFiles)
{
    MainWindow window(std::move(m_book));
    window.resize(1280, 720);
    window.setTheme(Theme::Light);
    window.show();
    QApplication::processEvents();
    window.setTheme(Theme::Dark); // a live switch, with the window on screen
    EXPECT_TRUE(isDarkPalette(QApplication::palette()));
    // The source link is drawn in the dark palette's link colour: light blue, not dark blue.
    QApplication::processEvents();
    const QImage caption = window.marketSharePanel()->captionLabel()->grab().toImage();
    int lightBlue = 0;
    int darkBlue = 0;
    for (int y = 0; y < caption.height(); ++y) {
        for (int x = 0; x < caption.width(); ++x) {
            const QColor c(caption.pixel(x, y));
            if (c.blue() > c.red() + 60)
                ++(c.lightness() > 128 ? lightBlue : darkBlue);
        }
    }
    EXPECT_GT(lightBlue, 20);
    EXPECT_LT(darkBlue, lightBlue / 4);
    EXPECT_EQ(window.marketSharePanel()->pieView()->chart()->theme(), QChart::ChartThemeDark);
    // A message under a field stays readable on the dark background.
    window.jobCostPanel()->form()->findChild<QLineEdit *>(u"params"_s)->setText(u"seven"_s);
    auto *message = window.jobCostPanel()->form()->findChild<QLabel *>(u"paramsMessage"_s);
    EXPECT_TRUE(message->styleSheet().contains(errorTextColor(QApplication::palette())));
    EXPECT_GT(QColor(errorTextColor(QApplication::palette())).lightness(), 128);
    window.show();
    QApplication::processEvents();
    const QImage shot = window.grab().toImage();
    shot.save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-1280x720-dark.png"));
    // The mean over a grid, not one pixel: a glyph may sit under any single point.
    int lightness = 0;
    int samples = 0;
    for (int y = shot.height() / 20; y < shot.height(); y += shot.height() / 10) {
        for (int x = shot.width() / 40; x < shot.width(); x += shot.width() / 20) {
            lightness += QColor(shot.pixel(x, y)).lightness();
            ++samples;
        }
    }
    EXPECT_LT(lightness / samples, 128) << "the window is dark";
    window.jobCostPanel()->form()->findChild<QLineEdit *>(u"params"_s)->setText(u"7B"_s);

    // A file stays light: it goes into documents and slides.
    const QString path = m_dir.filePath(u"dark-pie.png"_s);
    ASSERT_TRUE(window.marketSharePanel()->pieView()->exportPng(path, QSize(800, 600), 1.0));
    EXPECT_GT(QColor(QImage(path).pixel(5, 5)).lightness(), 200);
    EXPECT_TRUE(ChartFactory::darkTheme()) << "and the window's charts stay dark";

    window.setTheme(Theme::Light);
    EXPECT_FALSE(isDarkPalette(QApplication::palette()));
    EXPECT_NE(window.marketSharePanel()->pieView()->chart()->theme(), QChart::ChartThemeDark);
    window.setTheme(Theme::System);
}

TEST_F(Panels, TheSimplifiedChineseTranslationTranslatesTheMenus)
{
    Application::installTranslations(QLocale(QLocale::Chinese, QLocale::China));
    MainWindow window(std::move(m_book));
    const QList<QAction *> menus = window.menuBar()->actions();
    ASSERT_FALSE(menus.isEmpty());
    EXPECT_EQ(menus.first()->text(), u"文件(&F)"_s);
    EXPECT_EQ(menus.at(1)->text(), u"编辑(&E)"_s);
    // Messages from core free functions and helper classes find their translations too
    // (lupdate files them under the namespace, not the file's class; see Translated.h).
    EXPECT_EQ(validation::checkName(u"Name"_s, QString()), u"Name为必填项"_s);
    EXPECT_EQ(describeFlags(ZeroPrice).value(0), u"价格为零。"_s);
    // The calculator's summary line, and Qt's own buttons (qtbase's translation).
    window.jobCostPanel()->applyPreset(0);
    window.jobCostPanel()->recompute();
    EXPECT_TRUE(window.jobCostPanel()->summary().startsWith(u"最便宜"_s))
        << window.jobCostPanel()->summary().toStdString();
    QDialogButtonBox buttons(QDialogButtonBox::Close);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Close)->text(), u"关闭"_s);
    window.resize(1280, 720);
    window.show();
    QApplication::processEvents();
    window.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-1280x720-zh_CN.png"));
    Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(QCoreApplication::translate("gpucompare::MainWindow", "&File"), u"&File"_s)
        << "switching back to English removes the Chinese translators";
}

TEST_F(Panels, TheBundledBooksOwnWordsReadInChinese)
{
    // Issue 30: in the Chinese window the scope, the market-share note and the region "various"
    // stayed English. Every scope, note and descriptive label of the bundled book has its
    // translation (core/BookWords.cpp lists them for lupdate); the book keeps its English.
    Application::installTranslations(QLocale(QLocale::Chinese, QLocale::China));
    struct BackToEnglish
    {
        ~BackToEnglish()
        {
            Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    } backToEnglish;
    const QList<MarketShareSnapshot> snapshots = MarketShareRepository(m_book->database()).all();
    ASSERT_FALSE(snapshots.isEmpty());
    const std::string missing = "not in core/BookWords.cpp or not translated: ";
    for (const MarketShareSnapshot &s : snapshots) {
        EXPECT_NE(shownScope(s.scope), s.scope) << missing << s.scope.toStdString();
        if (!s.notes.isEmpty()) {
            EXPECT_NE(shownShareNote(s.notes), s.notes) << missing << s.notes.toStdString();
        }
        for (const MarketShareEntry &e : s.entries) {
            if (e.provider.isEmpty()) { // a description; a provider's label is its name
                EXPECT_NE(shownShareLabel(e.label), e.label) << missing << e.label.toStdString();
            }
        }
    }
    // Names and what the user typed show as they are.
    EXPECT_EQ(shownShareLabel(u"Amazon Web Services"_s), u"Amazon Web Services"_s);
    EXPECT_EQ(shownRegion(u"us-east-1"_s), u"us-east-1"_s);
    EXPECT_EQ(shownRegion(u"various"_s), u"多个区域"_s);

    const QString synergy = u"Cloud infrastructure services, worldwide (Synergy definition)"_s;
    MarketSharePanel panel;
    panel.setSnapshots(snapshots);
    panel.selectScope(synergy);
    auto *picker = panel.findChild<QComboBox *>(u"scopePicker"_s);
    ASSERT_TRUE(picker);
    EXPECT_EQ(picker->currentText(), u"全球云基础设施服务（Synergy 口径）"_s);
    EXPECT_EQ(panel.scope(), synergy) << "the picker matches on the book's words";
    const QString caption = panel.captionLabel()->text();
    EXPECT_TRUE(caption.contains(u"季度市场规模"_s)) << caption.toStdString();
    EXPECT_FALSE(caption.contains(u"Quarter market size"_s)) << caption.toStdString();

    PriceTableModel prices;
    prices.setRows(OfferRepository(m_book->database()).currentRows(), QDate(2026, 11, 28));
    int various = 0;
    for (int row = 0; row < prices.rowCount(); ++row) {
        if (prices.rowAt(row).region != u"various"_s)
            continue;
        ++various;
        EXPECT_EQ(prices.index(row, PriceTableModel::Region).data().toString(), u"多个区域"_s);
    }
    EXPECT_GT(various, 0) << "the bundled book's Vast.ai offers name no one region";
}

TEST_F(Panels, ViewLanguageSavesTheChoiceAndAsksForTheWindowInIt)
{
    QSettings().remove(u"language"_s);
    MainWindow window(std::move(m_book));
    auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
    ASSERT_TRUE(menu);
    QStringList names;
    for (QAction *action : menu->actions())
        names.append(action->text());
    EXPECT_EQ(names, (QStringList{u"Follow the &System"_s, u"English"_s, u"简体中文"_s}));
    EXPECT_TRUE(menu->actions().constFirst()->isChecked());

    // What the user was looking at comes along: filters, search, tabs, the window's place.
    window.resize(1300, 640); // as tall as the offscreen platform's screen allows
    window.move(40, 50);
    window.pricesPanel()->setGpuFilter(u"H100 SXM 80GB"_s);
    window.pricesPanel()->setPricingFilter(u"spot"_s);
    window.pricesPanel()->setTextFilter(u"us-east"_s);
    window.pricesPanel()->views()->setCurrentIndex(1);
    window.jobCostPanel()->views()->setCurrentIndex(1);
    window.marketSharePanel()->tabs()->setCurrentIndex(1);
    const int shownBefore = window.pricesPanel()->proxy()->rowCount();

    int requests = 0;
    QObject::connect(&window, &MainWindow::languageChangeRequested, [&] { ++requests; });
    menu->actions().at(2)->trigger();
    EXPECT_EQ(requests, 1);
    EXPECT_EQ(QSettings().value(u"language"_s).toString(), u"zh_CN"_s);
    EXPECT_EQ(Application::windowLocale(), QLocale(QLocale::Chinese, QLocale::China));
    // The next window is built in that language, with the same price book.
    std::unique_ptr<PriceBook> book = window.takeBook();
    ASSERT_TRUE(book);
    Application::installTranslations(Application::windowLocale());
    {
        MainWindow next(std::move(book));
        EXPECT_EQ(next.menuBar()->actions().first()->text(), u"文件(&F)"_s);
        next.restoreViewState(window.viewState());
        EXPECT_EQ(next.pricesPanel()->gpuFilter(), u"H100 SXM 80GB"_s);
        EXPECT_EQ(next.pricesPanel()->pricingFilter(), u"spot"_s);
        EXPECT_EQ(next.pricesPanel()->searchField()->text(), u"us-east"_s);
        EXPECT_EQ(next.pricesPanel()->proxy()->rowCount(), shownBefore);
        EXPECT_EQ(next.pricesPanel()->views()->currentIndex(), 1);
        EXPECT_EQ(next.jobCostPanel()->views()->currentIndex(), 1);
        EXPECT_EQ(next.marketSharePanel()->tabs()->currentIndex(), 1);
        EXPECT_EQ(next.height(), 640);
        EXPECT_EQ(next.pos().y(), window.pos().y()) << "not a title bar lower";
        // As wide and where it was as far as the screen allows (issue 30: restored windows are
        // fitted to the screen, and the offscreen platform's is 800 pixels wide).
        const QRect room = next.screen()->availableGeometry();
        if (room.width() >= 1400) {
            EXPECT_EQ(next.width(), 1300);
            EXPECT_EQ(next.pos().x(), window.pos().x());
        } else {
            EXPECT_TRUE(next.pos().x() >= room.left() && next.pos().x() < window.pos().x())
                << next.pos().x() << ": pushed back onto the screen";
        }
    }
    QSettings().remove(u"language"_s);
    Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_F(Panels, EveryControlHasANameForScreenReaders)
{
    MainWindow window(std::move(m_book));
    window.show();
    QApplication::processEvents();
    EXPECT_EQ(unnamedControls(&window).join(u", "_s), QString());
    for (int tab : {1}) {
        window.pricesPanel()->views()->setCurrentIndex(tab);
        window.jobCostPanel()->views()->setCurrentIndex(tab);
        window.marketSharePanel()->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        EXPECT_EQ(unnamedControls(&window).join(u", "_s), QString()) << "with the chart tabs shown";
    }
}

TEST(AppIcon, TheWindowIconHasSharpSizesUpTo256Pixels)
{
    const QIcon icon = Application::windowIcon();
    ASSERT_FALSE(icon.isNull());
    // At 200 % a 48-pixel place asks for 96 pixels: drawn from the 128 px image, not scaled up.
    EXPECT_GE(icon.actualSize(QSize(256, 256)).width(), 256);
    EXPECT_FALSE(icon.pixmap(QSize(48, 48), 2.0).isNull());
}

#include "PanelsTest.moc"
