#include "TrendChart.h"

#include "BookWords.h"
#include "ChartParts.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QRegularExpression>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

using namespace chartparts;

namespace {

/// Qt Charts pads each axis label by this on both sides (ChartAxisElement::labelPadding).
constexpr qreal kQtLabelPadding = 4;

/// "2023-Q1" as "23 Q1": twelve quarters in full do not fit a panel's width.
QString shortPeriod(const QString &period)
{
    static const QRegularExpression part(u"^(\\d{4})-([QH]\\d)$"_s);
    const QRegularExpressionMatch m = part.match(period);
    if (!m.hasMatch())
        return period;
    return QCoreApplication::translate("gpucompare::ChartFactory", "%1 %2",
                                       "A period on the trend's time axis: %1 the year's last "
                                       "two digits, %2 the quarter (Q1) or half (H1)")
        .arg(m.captured(1).right(2), m.captured(2));
}

/// Labels every `step`th period. Qt Charts gives a category axis's label the axis width
/// divided by the number of labels plus one, and elides what is wider (to "..." when the
/// labels are many): fewer labels get more room each.
void labelEvery(QCategoryAxis *axis, const QStringList &labels, int step)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    // Half a step of room at each end, so that the first and last labels, centred on their
    // points, are not pushed off the axis (Qt hides a label that sticks out).
    const qreal half = std::max(0.5, step / 2.0);
    axis->setStartValue(-half);
    for (qsizetype i = 0; i < labels.size(); i += step)
        axis->append(labels.at(i), double(i));
    axis->setRange(-half, double(labels.size() - 1) + half);
}

/// The smallest of 1, 2, 4, 8 … periods between labels at which every label fits its room.
int labelStep(const QStringList &labels, const QFont &font, qreal axisWidth)
{
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // A space's width of air between neighbours: labels that touch read as one.
    const qreal needed = widest + metrics.horizontalAdvance(u' ') + 2 * kQtLabelPadding;
    const auto count = int(labels.size());
    int step = 1;
    while (step < count && axisWidth / ((count + step - 1) / step + 1) < needed)
        step *= 2;
    return step;
}

} // namespace

QChart *TrendChart::build(const QList<MarketShareSnapshot> &snapshots, const QString &scope,
                          bool inPanel)
{
    const QStringList periods = sharePeriods(snapshots, scope);
    // In the window the scope picker names the scope, as for the pie: three lines of a Chinese
    // title did not fit a 1280x720 panel. A file needs the whole title.
    QChart *chart = newChart(inPanel ? tr("Market share over time")
                                     : tr("Market share over time") + u"<br>"_s +
                                           shownScope(scope).toHtmlEscaped());
    chart->legend()->setAlignment(Qt::AlignRight);
    // A legend beside the lines took half of a panel's width and still elided the names.
    chart->legend()->setVisible(!inPanel);
    QStringList labels;
    for (const QString &period : periods)
        labels << shortPeriod(period);
    auto *axisX = new QCategoryAxis;
    axisX->setObjectName(u"timeAxis"_s);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setProperty("step", 1);
    // The width is known only once the chart is laid out, and changes with the window.
    QObject::connect(chart, &QChart::plotAreaChanged, axisX, [axisX, labels](const QRectF &plot) {
        const int step = labelStep(labels, axisX->labelsFont(), plot.width());
        if (step != axisX->property("step").toInt()) {
            axisX->setProperty("step", step);
            labelEvery(axisX, labels, step);
        }
    });
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%.0f %%"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    double maxShare = 10;
    const QList<ShareSeries> trend = gpucompare::shareTrend(snapshots, scope, periods);
    for (const ShareSeries &s : trend) {
        auto *line = new QLineSeries;
        line->setName(shownShareLabel(s.label));
        line->setColor(seriesColor(chart->series().size()));
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < s.percents.size(); ++i) {
            if (s.percents.at(i)) {
                line->append(double(i), *s.percents.at(i));
                maxShare = std::max(maxShare, *s.percents.at(i));
            }
        }
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    axisY->setRange(0, std::ceil(maxShare / 5) * 5 + 5);
    axisY->applyNiceNumbers();
    labelEvery(axisX, labels, 1); // after the series: attaching one resets the axis's range
    return chart;
}

} // namespace gpucompare
