// Issue 30's fit check: in every row in view, the cells a person reads (provider, GPU, price,
// vs ★, pricing, age and flags in the price table; provider, GPU, total, days and $/GPU-h in
// the training results; provider, GPU, $ per million tokens, tokens/s and memory in serving)
// show their whole text, measured with the cell's own font. At 1280×720 and 1920×1080, in
// English and 简体中文; the ctest entry TableFitAt200Percent runs it again at 200 %.

#include "Application.h"
#include "CostTabs.h"
#include "JobCostPanel.h"
#include "JobEstimateModel.h"
#include "JobPresets.h"
#include "MainWindow.h"
#include "PriceBook.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ServeEstimateModel.h"
#include "ServingPanel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// "row 3, GPU: 'H100 SXM' needs 74 px, has 60" for each cell in view whose text is cut.
QStringList cutCells(const QTableView *table, const QList<int> &columns)
{
    QStringList cut;
    const QAbstractItemModel *model = table->model();
    const QHeaderView *header = table->horizontalHeader();
    // QStyledItemDelegate leaves a focus-frame margin and a pixel on each side of the text.
    const int margins =
        2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    const int first = std::max(0, table->rowAt(0));
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    for (int row = first; row <= last && row < model->rowCount(); ++row) {
        for (const int column : columns) {
            if (table->isColumnHidden(column))
                continue;
            const QModelIndex index = model->index(row, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            QFont font = table->font();
            if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                font = f.value<QFont>();
            const int needed = QFontMetrics(font).horizontalAdvance(text) + margins;
            const int has = header->sectionSize(column);
            if (needed > has) {
                cut << u"row %1, %2: '%3' needs %4 px, has %5"_s.arg(row)
                           .arg(model->headerData(column, Qt::Horizontal).toString(), text)
                           .arg(needed)
                           .arg(has);
            }
        }
    }
    return cut;
}

std::string joined(const QStringList &lines)
{
    return lines.join(u"\n"_s).toStdString();
}

void checkEveryTable(const QSize &size, const QString &language)
{
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    MainWindow window(std::move(opened.book));
    window.resize(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    const QString where = u"%1x%2 %3"_s.arg(size.width()).arg(size.height()).arg(language);

    using P = PriceTableModel;
    QTableView *prices = window.pricesPanel()->table();
    EXPECT_GT(prices->model()->rowCount(), 20);
    EXPECT_EQ(joined(cutCells(prices, {P::Provider, P::Gpu, P::UsdPerGpuHour, P::AboveCheapest,
                                       P::Pricing, P::ObservedOn, P::Flags})),
              "")
        << where.toStdString() << ": the price table";
    // Sorted the other way, the dearest prices and the oldest ages come into view.
    prices->sortByColumn(P::UsdPerGpuHour, Qt::DescendingOrder);
    QApplication::processEvents();
    EXPECT_EQ(joined(cutCells(prices, {P::UsdPerGpuHour, P::AboveCheapest, P::ObservedOn})), "")
        << where.toStdString() << ": the dearest prices";

    JobCostPanel *training = window.jobCostPanel();
    training->applyPreset(0); // LLaMA-65B: totals in the millions
    training->recompute();
    QApplication::processEvents();
    using J = JobEstimateModel;
    QTableView *results = training->table();
    EXPECT_GT(results->model()->rowCount(), 20);
    EXPECT_EQ(
        joined(cutCells(results, {J::Provider, J::Gpu, J::Total, J::WallDays, J::UsdPerGpuHour})),
        "")
        << where.toStdString() << ": the training results";
    results->sortByColumn(J::Total, Qt::DescendingOrder);
    QApplication::processEvents();
    EXPECT_EQ(joined(cutCells(results, {J::Total, J::WallDays, J::UsdPerGpuHour})), "")
        << where.toStdString() << ": the dearest training totals";

    CostTabs *costs = window.costTabs();
    costs->setCurrentWidget(costs->serving());
    QApplication::processEvents();
    costs->serving()->recompute();
    QApplication::processEvents();
    using S = ServeEstimateModel;
    QTableView *serving = costs->serving()->table();
    EXPECT_GT(serving->model()->rowCount(), 20);
    EXPECT_EQ(joined(cutCells(serving, {S::Provider, S::Gpu, S::UsdPerMillionTokens,
                                        S::TokensPerSecond, S::Memory})),
              "")
        << where.toStdString() << ": the serving results";
    window.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR) + u"/table-fit-"_s +
                       u"%1x%2-%3.png"_s.arg(size.width()).arg(size.height()).arg(language));
}

} // namespace

TEST(TableFit, EveryCellAPersonReadsShowsItsWholeTextInEnglish)
{
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
        checkEveryTable(size, u"en"_s);
}

TEST(TableFit, EveryCellAPersonReadsShowsItsWholeTextInChinese)
{
    Application::installTranslations(QLocale(QLocale::Chinese, QLocale::China));
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
        checkEveryTable(size, u"zh_CN"_s);
    Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}
