// Start-up (issue 32): a table's columns are fitted when it is in view, not while its panel is
// filled before the window shows, and a resize fits the widths measured before again without
// measuring the rows. The widths must be those a fresh measurement gives.

#include "TableColumns.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

struct Table
{
    QWidget window;
    QTableView *view = new QTableView(&window);
    QStandardItemModel model{0, 4};
    TableColumns *columns = nullptr;

    Table()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(view);
        view->setModel(&model);
        // Column 3 is text that gives way; the first three should fit the view.
        columns = new TableColumns(view, u"deferredFitTest"_s, {0, 1, 2, 3}, {}, {3}, 4);
    }

    void fill(const QString &longest)
    {
        for (int row = 0; row < 40; ++row) {
            QList<QStandardItem *> items;
            items << new QStandardItem(u"provider %1"_s.arg(row))
                  << new QStandardItem(row == 7 ? longest : u"H100"_s)
                  << new QStandardItem(u"$%1.25"_s.arg(row))
                  << new QStandardItem(u"a region with a long name, number %1"_s.arg(row));
            model.appendRow(items);
        }
    }

    /// What the rows need, measured afresh (public in QAbstractItemView, protected in
    /// QTableView).
    int needed(int column) const
    {
        const QAbstractItemView *measured = view;
        return measured->sizeHintForColumn(column);
    }

    QList<int> widths() const
    {
        QList<int> sizes;
        for (int c = 0; c < model.columnCount(); ++c)
            sizes << view->horizontalHeader()->sectionSize(c);
        return sizes;
    }

    void showAt(int width)
    {
        window.resize(width, 300);
        if (!window.isVisible()) {
            window.show();
            EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        }
        QApplication::processEvents();
    }
};

} // namespace

TEST(DeferredFit, ATableFilledWhileHiddenIsFittedWhenShown)
{
    Table t;
    t.fill(u"H100 SXM5 80GB with a very long name"_s);
    t.columns->fitWidths(); // hidden: waits for the show
    t.showAt(1400);
    for (int c = 0; c < 3; ++c) {
        EXPECT_GE(t.view->horizontalHeader()->sectionSize(c), t.needed(c))
            << "column " << c << " shows its whole text";
    }
}

TEST(DeferredFit, AResizeFitsTheWidthsAFreshMeasurementGives)
{
    Table t;
    t.showAt(1400);
    t.fill(u"H100 SXM5 80GB"_s);
    t.columns->fitWidths();
    const QList<int> wide = t.widths();
    t.showAt(420); // the text column gives way
    EXPECT_LT(t.widths().at(3), wide.at(3));
    t.showAt(1400);
    EXPECT_EQ(t.widths(), wide) << "the same widths as measured at this width before";

    // New content is measured again, not taken from before.
    t.model.setItem(3, 1, new QStandardItem(u"a GPU whose name is much longer than the others"_s));
    t.showAt(1390);
    EXPECT_GE(t.view->horizontalHeader()->sectionSize(1), t.needed(1));
    EXPECT_GT(t.widths().at(1), wide.at(1));
}
