// The test harness's own checks fail when they should: a model that breaks Qt's model contract
// fails the test that watches it, and a clipped label or button, or a widget outside its
// window, is named by the layout check the window and form tests use.

#include "LayoutProblems.h"
#include "ModelContract.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using gpucompare::test::layoutProblems;

namespace {

/// A list whose text alignment is no alignment at all (bits outside Qt's alignment masks).
class ModelWithABadAlignment : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::TextAlignmentRole)
            return 0x7fff0000;
        return role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    }
};

class ModelThatInsertsSilently : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : m_rows; }
    QVariant data(const QModelIndex &, int) const override { return {}; }
    void addRowWithoutTelling()
    {
        ++m_rows;
        // Announces a removal that did not happen, after the row count already changed.
        beginRemoveRows({}, 0, 0);
        endRemoveRows();
    }

private:
    int m_rows = 2;
};

} // namespace

TEST(Harness, AModelThatBreaksTheContractFailsTheTest)
{
    EXPECT_NONFATAL_FAILURE(
        {
            ModelWithABadAlignment model;
            gpucompare::test::ModelContract contract(&model);
        },
        "model contract violated");
}

TEST(Harness, AViolationAfterTheFirstCheckAlsoFails)
{
    EXPECT_NONFATAL_FAILURE(
        {
            ModelThatInsertsSilently model;
            gpucompare::test::ModelContract contract(&model);
            model.addRowWithoutTelling();
        },
        "model contract violated");
}

TEST(Harness, AModelThatKeepsTheContractPasses)
{
    QStringList rows{u"a"_s, u"b"_s};
    class Rows : public QAbstractListModel
    {
    public:
        explicit Rows(QStringList *rows)
            : m_rows(rows)
        {}
        int rowCount(const QModelIndex &parent) const override
        {
            return parent.isValid() ? 0 : int(m_rows->size());
        }
        QVariant data(const QModelIndex &index, int role) const override
        {
            return role == Qt::DisplayRole ? QVariant(m_rows->at(index.row())) : QVariant();
        }
        void append(const QString &row)
        {
            beginInsertRows({}, rowCount({}), rowCount({}));
            m_rows->append(row);
            endInsertRows();
        }
        QStringList *m_rows;
    } model(&rows);
    gpucompare::test::ModelContract contract(&model);
    model.append(u"c"_s);
    EXPECT_EQ(model.rowCount({}), 3);
}

TEST(Harness, TheLayoutCheckNamesAClippedLabelAndButton)
{
    QWidget window;
    window.setFixedSize(120, 80);
    auto *label = new QLabel(u"A label far too long for a window this narrow"_s, &window);
    label->setGeometry(0, 0, 100, 20);
    auto *button = new QPushButton(u"Export the whole chart"_s, &window);
    button->setGeometry(0, 30, 40, 30);
    window.show();
    QApplication::processEvents();
    const QStringList problems = layoutProblems(&window);
    ASSERT_EQ(problems.size(), 2) << problems.join(u"; "_s).toStdString();
    EXPECT_TRUE(problems[0].contains(u"A label far too long"_s));
    EXPECT_TRUE(problems[0].contains(u"of width"_s));
    EXPECT_TRUE(problems[1].contains(u"Export the whole chart"_s));
}

TEST(Harness, TheLayoutCheckNamesAWrappedLabelCutShortAndAWidgetOutsideTheWindow)
{
    QWidget window;
    window.setFixedSize(200, 100);
    auto *wrapped = new QLabel(u"A reason under a field that wraps over several lines and "
                               u"needs far more height than the two pixels it was given"_s,
                               &window);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 0, 120, 2);
    auto *outside = new QLabel(u"Off"_s, &window);
    outside->setGeometry(180, 90, 60, 20);
    window.show();
    QApplication::processEvents();
    const QStringList problems = layoutProblems(&window);
    ASSERT_EQ(problems.size(), 2) << problems.join(u"; "_s).toStdString();
    EXPECT_TRUE(problems[0].contains(u"of height"_s));
    EXPECT_TRUE(problems[1].contains(u"outside the window"_s));
}

TEST(Harness, ALaidOutFormHasNoLayoutProblems)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(u"Price per instance-hour"_s));
    layout->addWidget(new QPushButton(u"Save"_s));
    window.show();
    QApplication::processEvents();
    EXPECT_EQ(layoutProblems(&window).join(u"; "_s).toStdString(), "");
}
