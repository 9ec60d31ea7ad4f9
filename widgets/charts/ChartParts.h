#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
class QFont;
QT_END_NAMESPACE

/// What every chart is built from: its title, theme and bars. Private to widgets/charts/
/// (ChartFactory.cpp, ServeCharts.cpp and TrendChart.cpp).
namespace gpucompare::chartparts {

/// A chart with the window's theme, a bold title and no animation.
QChart *newChart(const QString &title);
/// The title's lines (separated by <br>) broken further where they are wider than `width`.
QString wrapTitle(const QString &html, const QFont &font, qreal width);
/// Wraps the chart's title to its width whenever the chart is resized (newChart does this).
void wrapTitleToWidth(QChart *chart);
/// The colour of labels drawn on the plot (light in the dark theme).
QColor labelColor();
/// Ten distinguishable colours (Tableau 10), so no two lines of a trend share one.
QColor seriesColor(qsizetype index);

constexpr int kCents = -1;

/// Dollars in the unit that keeps labels short: "$2.05M" rather than "$2046790".
struct DollarUnit
{
    double scale = 1;
    QString suffix; ///< "M", "k" or empty
};
DollarUnit dollarUnitFor(double largest);

/// Dollar amounts as horizontal bars, first item at the top, each labelled past its end (a
/// $1.85 bar is too short to hold its own label). `values` are in the unit `suffix` names.
/// A `labelPrecision` of kCents puts each price with two decimals beside its category instead
/// ("Lambda  $1.80"): a bar label has significant digits only, "$1.8" beside "$6.155".
void addDollarBars(QChart *chart, const QStringList &categories, const QList<double> &values,
                   int labelPrecision, const QString &suffix, const QString &axisTitle,
                   QColor color = {});

} // namespace gpucompare::chartparts
