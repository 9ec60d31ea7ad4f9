// Start-up (issue 32): a table's column fit measures each distinct cell once (MeasuringDelegate)
// and must give the widths Qt's own measurement of every cell gives, whatever makes equal
// texts differ in width (a bold font, an icon, a check box).

#include "MeasuringDelegate.h"
#include "TableColumns.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// A delegate of the view's own choosing.
class OwnDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
};

/// Rows whose texts repeat, with the same text also in bold, beside an icon and with a check
/// box further down: a cache keyed on the text alone would give the narrow width.
void fill(QStandardItemModel &model)
{
    QFont bold = QApplication::font();
    bold.setBold(true);
    bold.setPointSize(bold.pointSize() + 4);
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_ArrowRight);
    for (int row = 0; row < 60; ++row) {
        QList<QStandardItem *> items;
        items << new QStandardItem(u"Lambda Labs"_s) << new QStandardItem(u"H100 SXM"_s)
              << new QStandardItem(u"us-east-%1"_s.arg(row % 3))
              << new QStandardItem(u"$%1.50"_s.arg(row % 5));
        if (row == 41)
            items[0]->setFont(bold);
        if (row == 50)
            items[1]->setIcon(icon);
        if (row == 55) {
            items[2]->setCheckable(true);
            items[2]->setCheckState(Qt::Checked);
        }
        model.appendRow(items);
    }
}

QList<int> widths(const QTableView &view)
{
    QList<int> sizes;
    for (int c = 0; c < view.model()->columnCount(); ++c)
        sizes << view.horizontalHeader()->sectionSize(c);
    return sizes;
}

} // namespace

TEST(MeasuredFit, TheFitGivesTheWidthsOfMeasuringEveryCell)
{
    QStandardItemModel model(0, 4);
    fill(model);

    QTableView plain;
    plain.setModel(&model);
    plain.resize(900, 400);
    plain.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&plain));
    plain.resizeColumnsToContents();

    QTableView fitted;
    fitted.setModel(&model);
    // No column gives way and none is fitted into the view: the widths are the content's.
    auto *columns = new TableColumns(&fitted, u"measuredFitTest"_s, {0, 1, 2, 3}, {}, {}, 0);
    ASSERT_NE(qobject_cast<MeasuringDelegate *>(fitted.itemDelegate()), nullptr)
        << "the default delegate measures equal cells once";
    fitted.resize(900, 400);
    fitted.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&fitted));
    columns->fitWidths();
    QApplication::processEvents();

    EXPECT_EQ(widths(fitted), widths(plain));
    // The bold, the icon and the check box each widened their column beyond its plain text.
    QTableView unstyled;
    QStandardItemModel same(0, 4);
    for (int row = 0; row < 3; ++row) {
        same.appendRow({new QStandardItem(u"Lambda Labs"_s), new QStandardItem(u"H100 SXM"_s),
                        new QStandardItem(u"us-east-%1"_s.arg(row)),
                        new QStandardItem(u"$%1.50"_s.arg(row))});
    }
    unstyled.setModel(&same);
    unstyled.resizeColumnsToContents();
    for (int c = 0; c < 3; ++c)
        EXPECT_GT(widths(fitted).at(c), widths(unstyled).at(c)) << "column " << c;
}

TEST(MeasuredFit, AViewsOwnDelegateIsKept)
{
    QStandardItemModel model(0, 4);
    fill(model);
    QTableView view;
    view.setModel(&model);
    auto *own = new OwnDelegate(&view);
    view.setItemDelegate(own);
    new TableColumns(&view, u"measuredFitOwnTest"_s, {0, 1, 2, 3}, {}, {}, 0);
    EXPECT_EQ(view.itemDelegate(), own);
}

#include "MeasuredFitTest.moc"
