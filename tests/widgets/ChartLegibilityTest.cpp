// Issue 30: the market-share charts in the window at 1280×720 and 1920×1080, in English and
// Chinese: whole time-axis labels, titles that wrap rather than cut, and a pie whose labels
// and legend never break or cut inside an item.

#include "Application.h"
#include "ExportableChartView.h"
#include "MainWindow.h"
#include "MarketSharePanel.h"
#include "PriceBook.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// The texts the chart shows: title, axis labels, legend, slice labels.
QList<QGraphicsTextItem *> shownTexts(QChart *chart)
{
    QList<QGraphicsTextItem *> texts;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && chart->isAncestorOf(text) &&
            !text->toPlainText().isEmpty())
            texts << text;
    }
    return texts;
}

/// No text elided, and each shown text inside the view.
void expectNothingCut(QChartView *view, const std::string &where)
{
    QChart *chart = view->chart();
    const QRectF inView = view->mapToScene(view->viewport()->rect()).boundingRect();
    for (QGraphicsTextItem *text : shownTexts(chart)) {
        const QString plain = text->toPlainText();
        EXPECT_FALSE(plain.contains(u"..."_s) || plain.contains(u'…'))
            << where << ": \"" << plain.toStdString() << "\" is cut";
        const QRectF box = text->sceneBoundingRect();
        EXPECT_TRUE(inView.adjusted(-1, -1, 1, 1).contains(box))
            << where << ": \"" << plain.toStdString() << "\" lies outside the view";
    }
}

/// Every label of the time axis drawn whole: its width fits the room each label has (the plot
/// area's width divided by the labels shown), and Qt drew it without eliding or hiding it.
void expectTimeAxisLegible(QChart *chart, const std::string &where)
{
    auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_NE(axis, nullptr) << where;
    const QStringList labels = axis->categoriesLabels();
    ASSERT_GE(labels.size(), 2) << where;
    const qreal room = chart->plotArea().width() / labels.size();
    const QFontMetricsF metrics(axis->labelsFont());
    QStringList drawn;
    for (QGraphicsTextItem *text : shownTexts(chart))
        drawn << text->toPlainText();
    for (const QString &label : labels) {
        EXPECT_LE(metrics.horizontalAdvance(label), room)
            << where << ": \"" << label.toStdString() << "\" in " << room << " px";
        EXPECT_FALSE(label.contains(u'…')) << where;
        EXPECT_TRUE(drawn.contains(label))
            << where << ": \"" << label.toStdString()
            << "\" not drawn; drawn: " << drawn.join(u" | "_s).toStdString();
    }
}

/// The legend's lines break only between items: inside one, spaces are non-breaking.
void expectLegendBreaksBetweenItems(QLabel *legend, const std::string &where)
{
    QTextDocument document;
    document.setDefaultFont(legend->font());
    document.setDocumentMargin(0);
    document.setHtml(legend->text());
    document.setTextWidth(legend->contentsRect().width());
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        QTextLayout *layout = block.layout();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int start = layout->lineAt(i).textStart();
            EXPECT_EQ(text.at(start - 1), u' ') << where << ": a line starts inside \""
                                                << text.mid(start - 8, 16).toStdString() << "\"";
        }
    }
}

void checkShareCharts(const std::string &language, const QString &tag)
{
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book);
    MainWindow window(std::move(opened.book));
    MarketSharePanel *shares = window.marketSharePanel();
    QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        window.resize(size);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const std::string where =
            language + " " + std::to_string(size.width()) + "x" + std::to_string(size.height());
        const QString file = u"%1x%2%3"_s.arg(size.width()).arg(size.height()).arg(tag);

        shares->tabs()->setCurrentIndex(0);
        QApplication::processEvents();
        expectNothingCut(shares->pieView(), where + " pie");
        expectLegendBreaksBetweenItems(shares->legendLabel(), where + " pie legend");
        shares->grab().save(
            QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/share-pie-%1.png").arg(file));

        shares->tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        QApplication::processEvents(); // the axis thins its labels once laid out
        expectTimeAxisLegible(shares->trendView()->chart(), where + " trend");
        expectNothingCut(shares->trendView(), where + " trend");
        shares->grab().save(
            QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/share-trend-%1.png").arg(file));
    }
}

} // namespace

TEST(ChartLegibility, TheShareChartsShowWholeLabelsAndTitlesAtCommonSizes)
{
    checkShareCharts("English", QString());
}

// An exported file lays the chart out once, without an event loop: its axis is thinned and its
// title wrapped all the same (ChartRenderer lays it out until it holds still). For a person
// to look at: screenshots/share-trend-export-*.png.
TEST(ChartLegibility, AnExportedTrendIsThinnedAndWrappedToo)
{
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book);
    MainWindow window(std::move(opened.book));
    QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    for (const QSize size : {QSize(500, 400), QSize(1600, 1200)}) {
        const QString path = QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/share-trend-export-%1.png")
                                 .arg(size.width());
        const Status exported = window.marketSharePanel()->trendView()->exportPng(path, size, 1.0);
        ASSERT_TRUE(exported) << exported.error().toStdString();
        EXPECT_EQ(QImage(path).size(), size);
    }
}

TEST(ChartLegibility, TheShareChartsShowWholeLabelsAndTitlesInChinese)
{
    Application::installTranslations(QLocale(QLocale::Chinese, QLocale::China));
    checkShareCharts("Chinese", u"-zh_CN"_s);
    Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}
