#include "ChartFactory.h"

#include "BookWords.h"
#include "ChartParts.h"
#include "CheapestPerProvider.h"
#include "ShownCurrency.h"
#include "SourcePublisher.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::ChartFactory", text);
}

QString percentText(double percent)
{
    // Whole numbers as published ("28 %"); derived remainders keep one decimal ("18.5 %").
    const bool whole = std::abs(percent - std::round(percent)) < 0.05;
    return QLocale().toString(percent, 'f', whole ? 0 : 1) + u" %"_s;
}

} // namespace

namespace chartparts {

namespace {
bool g_darkTheme = false;
} // namespace

QColor labelColor()
{
    return g_darkTheme ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x40, 0x40, 0x40);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    // The theme first: it resets fonts and colours set before it.
    if (g_darkTheme)
        chart->setTheme(QChart::ChartThemeDark);
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(std::max(11.0, font.pointSizeF() * 1.2));
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    wrapTitleToWidth(chart);
    return chart;
}

void addDollarBars(QChart *chart, const QStringList &categories, const QList<double> &values,
                   int labelPrecision, const QString &suffix, const QString &axisTitle,
                   QColor color)
{
    auto *set = new QBarSet(axisTitle);
    QStringList bottomUp;
    double maxValue = 0;
    // Qt draws the first category at the bottom: reverse, so the cheapest is on top.
    const QLocale locale;
    const QString &symbol = shownCurrency().symbol();
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        bottomUp << (labelPrecision == kCents ? QString(categories.at(i) + u"  "_s + symbol +
                                                        locale.toString(values.at(i), 'f', 2))
                                              : categories.at(i));
        *set << values.at(i);
        maxValue = std::max(maxValue, values.at(i));
    }
    if (color.isValid())
        set->setColor(color);
    set->setLabelColor(labelColor());
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(labelPrecision != kCents);
    series->setLabelsFormat(symbol + u"@value"_s + suffix);
    series->setLabelsPrecision(labelPrecision);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(bottomUp);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, maxValue * 1.3); // room for the label past the longest bar
    axisX->applyNiceNumbers();
    // Cents on an axis of cents ("$0.05"), else whole units: "$0" four times said nothing.
    // (Values come in the shown currency: the callers convert.)
    const double axisMax = axisX->max();
    axisX->setLabelFormat(shownCurrencyAxisPrefix() +
                          (axisMax <= 1   ? u"%.2f"_s
                           : axisMax <= 5 ? u"%.1f"_s
                                          : u"%.0f"_s) +
                          suffix);
    axisX->setTitleText(axisTitle);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
}

QColor seriesColor(qsizetype index)
{
    static const QRgb palette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                   0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    return QColor::fromRgb(palette[index % 10]);
}

DollarUnit dollarUnitFor(double largest)
{
    if (largest >= 1e6)
        return {1e6, tr("M")};
    if (largest >= 1e3)
        return {1e3, tr("k")};
    return {};
}

} // namespace chartparts

using namespace chartparts;

void ChartFactory::setDarkTheme(bool dark)
{
    g_darkTheme = dark;
}

bool ChartFactory::darkTheme()
{
    return g_darkTheme;
}

QString ChartFactory::percentText(double percent)
{
    return gpucompare::percentText(percent);
}

QString ChartFactory::sliceText(const ShareSlice &slice)
{
    return shownShareLabel(slice.label) + u' ' + percentText(slice.percent);
}

QString ChartFactory::sliceToolTip(const ShareSlice &slice)
{
    QString tip = u"<b>"_s + shownShareLabel(slice.label).toHtmlEscaped() + u"</b>: "_s +
                  percentText(slice.percent);
    if (slice.lowPercent || slice.highPercent) {
        tip += u"<br>"_s + tr("Range across sources: %1 – %2")
                               .arg(percentText(slice.lowPercent.value_or(slice.percent)),
                                    percentText(slice.highPercent.value_or(slice.percent)));
    }
    if (slice.isOthers)
        tip += u"<br>"_s + tr("Computed: 100 % minus the listed shares.");
    return tip;
}

QString ChartFactory::shareCaption(const MarketShareSnapshot &s)
{
    const QString source = s.sourceUrl.isEmpty()
                               ? s.sourceName.toHtmlEscaped()
                               : u"<a href=\"%1\">%2</a>"_s.arg(s.sourceUrl.toHtmlEscaped(),
                                                                s.sourceName.toHtmlEscaped());
    QString caption = s.publishedOn.isEmpty()
                          ? tr("Source: %1 (publication date not shown by the source).").arg(source)
                          : tr("Source: %1, published %2.").arg(source, s.publishedOn);
    if (s.estimate)
        caption += u" <b>"_s + tr("Estimates, not measured shares.") + u"</b>"_s;
    return caption;
}

QChart *ChartFactory::sharePie(const MarketShareSnapshot &snapshot, bool inPanel)
{
    const SharePie pie = computeSharePie(snapshot, tr("Others"));
    // In the window the pickers already name the scope; a file needs the whole title.
    const QString title =
        inPanel ? snapshot.period
                : tr("Market share %1<br>%2")
                      .arg(snapshot.period, shownScope(snapshot.scope).toHtmlEscaped());
    QChart *chart = newChart(title);
    if (pie.exceedsHundred) {
        chart->setTitle(title + u"<br>"_s +
                        tr("The listed shares add up to %1: no pie can show that.")
                            .arg(percentText(pie.listedTotal)));
        return chart;
    }
    auto *series = new QPieSeries;
    // 0.7 left a panel's left-hand labels too little room: "37 %" was cut to "37…".
    series->setPieSize(0.6);
    if (inPanel) {
        // A panel is too narrow for "Amazon Web Services 29 %" beside the pie, and Qt's legend
        // elides names at any width it cannot fit: the slices carry their percentage and the
        // panel lists the names under the chart (MarketSharePanel's legend).
        chart->legend()->setVisible(false);
    }
    for (const ShareSlice &s : pie.slices) {
        QPieSlice *slice = series->append(sliceText(s), s.percent);
        slice->setLabelVisible(s.percent >= kLabelledSliceMinPercent);
        slice->setLabelArmLengthFactor(0.12);
        if (inPanel)
            slice->setLabel(percentText(s.percent));
        if (s.isOthers)
            slice->setColor(QColor(0xB0, 0xB0, 0xB0));
    }
    chart->addSeries(series);
    chart->legend()->setShowToolTips(true);
    return chart;
}

QChart *ChartFactory::priceHistory(const QList<PriceObservation> &prices, int gpusPerInstance)
{
    QChart *chart = newChart(tr("%1 per GPU-hour over time").arg(shownCurrency().code()));
    chart->legend()->setVisible(false);
    auto *line = new QLineSeries;
    line->setColor(seriesColor(0));
    line->setPointsVisible(true);
    QList<std::pair<QDateTime, double>> points;
    for (const PriceObservation &p : prices) {
        QDate date = QDate::fromString(p.observedOn, Qt::ISODate);
        if (!date.isValid())
            date = QDate::fromString(p.observedOn + u"-01"_s, Qt::ISODate);
        if (date.isValid())
            points.append(
                {date.startOfDay(Qt::UTC), shownCurrency().amount(p.usdPerInstanceHour.toDollars() /
                                                                  std::max(1, gpusPerInstance))});
    }
    std::sort(points.begin(), points.end());
    double maxPrice = 0;
    for (const auto &[when, usd] : points) {
        line->append(double(when.toMSecsSinceEpoch()), usd);
        maxPrice = std::max(maxPrice, usd);
    }
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(u"yyyy-MM-dd"_s);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(shownCurrencyAxisPrefix() + u"%.2f"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addSeries(line);
    line->attachAxis(axisX);
    line->attachAxis(axisY);
    if (!points.isEmpty()) {
        // A single price still needs a span to draw on: a month either side.
        const QDateTime first = points.constFirst().first;
        const QDateTime last = points.constLast().first;
        axisX->setRange(first == last ? first.addMonths(-1) : first,
                        first == last ? last.addMonths(1) : last);
        axisX->setTickCount(first == last ? 3 : std::min<int>(5, int(points.size()) + 1));
    }
    axisY->setRange(0, maxPrice > 0 ? maxPrice * 1.15 : 1);
    axisY->applyNiceNumbers();
    return chart;
}

QChart *ChartFactory::providerHistory(const QList<ProviderHistory> &histories,
                                      const QString &gpuModel, PricingModel pricing,
                                      int maxProviders)
{
    QChart *chart =
        newChart(tr("Price history: %3 per GPU-hour<br>%1, %2, cheapest offer per "
                    "provider")
                     .arg(gpuModel, pricingModelDisplayName(pricing), shownCurrency().code()));
    if (histories.isEmpty()) {
        chart->legend()->setVisible(false);
        chart->setTitle(chart->title() + u"<br>"_s + tr("No dated prices match."));
        return chart;
    }
    const QList<ProviderHistory> shown = histories.mid(0, maxProviders);
    if (histories.size() > maxProviders) {
        chart->setTitle(tr("Price history: %5 per GPU-hour<br>%1, %2, the %3 cheapest of %4 "
                           "providers")
                            .arg(gpuModel, pricingModelDisplayName(pricing))
                            .arg(maxProviders)
                            .arg(histories.size())
                            .arg(shownCurrency().code()));
    }
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(u"yyyy-MM-dd"_s);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(shownCurrencyAxisPrefix() + u"%.2f"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    QDate first;
    QDate last;
    double maxPrice = 0;
    const auto at = [](const QDate &d) {
        return double(d.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    };
    QList<QAbstractSeries *> unnamed; // a provider's later spans and its points
    for (qsizetype provider = 0; provider < shown.size(); ++provider) {
        const ProviderHistory &h = shown.at(provider);
        const QColor color = seriesColor(provider);
        auto *points = new QScatterSeries;
        points->setColor(color);
        points->setBorderColor(color);
        points->setMarkerSize(7);
        // One line per span: where none of the provider's prices is known, the line stops
        // rather than carry an old price forward.
        for (const PriceSpan &span : h.spans) {
            auto *steps = new QLineSeries;
            steps->setName(h.provider);
            steps->setColor(color);
            const auto priceAt = [&](qsizetype i) {
                return shownCurrency().amount(span.steps.at(i).second);
            };
            for (qsizetype i = 0; i < span.steps.size(); ++i) {
                const QDate &date = span.steps.at(i).first;
                const double price = priceAt(i);
                if (i > 0)
                    steps->append(at(date), priceAt(i - 1)); // flat, then the step
                steps->append(at(date), price);
                points->append(at(date), price);
                maxPrice = std::max(maxPrice, price);
                first = first.isValid() ? std::min(first, date) : date;
            }
            // The line runs on to the last day the price was seen (a confirmation).
            steps->append(at(span.end), priceAt(span.steps.size() - 1));
            last = last.isValid() ? std::max(last, span.end) : span.end;
            chart->addSeries(steps);
            steps->attachAxis(axisX);
            steps->attachAxis(axisY);
            if (&span != &h.spans.first())
                unnamed.append(steps);
        }
        chart->addSeries(points);
        points->attachAxis(axisX);
        points->attachAxis(axisY);
        unnamed.append(points);
    }
    // One legend entry per provider: its first line; the points and later spans belong to it.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (unnamed.contains(marker->series()))
            marker->setVisible(false);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (first == last) {
        first = first.addMonths(-1);
        last = last.addMonths(1);
    }
    // A little room at both ends: a price seen on the first or last day is a point, and a
    // point on the axis's edge is cut in half.
    const qint64 margin = std::max<qint64>(1, first.daysTo(last) / 40);
    axisX->setRange(first.addDays(-margin).startOfDay(Qt::UTC),
                    last.addDays(margin + 1).startOfDay(Qt::UTC));
    axisX->setTickCount(5);
    axisY->setRange(0, maxPrice > 0 ? maxPrice * 1.15 : 1);
    axisY->applyNiceNumbers();
    return chart;
}

QChart *ChartFactory::priceBars(const QList<OfferRow> &rows, const QString &gpuModel,
                                PricingModel pricing, int maxBars, bool includeStale)
{
    QList<OfferRow> cheapest = cheapestOfferPerProvider(rows, gpuModel, pricing, includeStale);
    QChart *chart =
        newChart(tr("%3 per GPU-hour<br>%1, %2<br>cheapest offer per provider")
                     .arg(gpuModel, pricingModelDisplayName(pricing), shownCurrency().code()));
    // As in jobCostBars: a bar shorter than its label elides every label to "…".
    if (cheapest.size() > maxBars) {
        chart->setTitle(tr("%5 per GPU-hour<br>%1, %2<br>%3 cheapest of %4 providers")
                            .arg(gpuModel, pricingModelDisplayName(pricing))
                            .arg(maxBars)
                            .arg(cheapest.size())
                            .arg(shownCurrency().code()));
        cheapest.resize(maxBars);
    }
    chart->legend()->setVisible(false);
    if (cheapest.isEmpty()) {
        chart->setTitle(chart->title() + u"<br>"_s + tr("No offers match."));
        return chart;
    }
    // Horizontal bars: long provider names stay readable.
    QStringList providers;
    QList<double> prices;
    for (const OfferRow &r : cheapest) {
        providers << r.provider;
        prices << shownCurrency().amount(r.usdPerGpuHour);
    }
    addDollarBars(chart, providers, prices, kCents, QString(),
                  tr("%1 per GPU-hour").arg(shownCurrency().code()));
    return chart;
}

QString ChartFactory::priceBarsFooter(const QList<OfferRow> &rows, const QString &gpuModel,
                                      PricingModel pricing, const QDate &today,
                                      const QString &choice, bool includeStale)
{
    QStringList sources;
    for (const OfferRow &r : cheapestOfferPerProvider(rows, gpuModel, pricing, includeStale)) {
        const QString publisher = sourcePublisher(r.sourceUrl);
        const QString date =
            r.lastSeenDate().isValid() ? r.lastSeenDate().toString(Qt::ISODate) : tr("undated");
        sources << (publisher.isEmpty() ? tr("%1: no source, %2").arg(r.provider, date)
                                        : tr("%1: %2, %3").arg(r.provider, publisher, date));
    }
    QString footer = choice.isEmpty() ? QString() : choice + u" "_s;
    footer += tr("Cheapest offer per provider in the price book as of %1.")
                  .arg(today.toString(Qt::ISODate));
    if (!sources.isEmpty())
        footer += u" "_s + tr("Sources: %1.").arg(sources.join(u"; "_s));
    return footer.toHtmlEscaped();
}

QString ChartFactory::jobCostFooter(const EstimateRun &run, const JobSpec &job, const QDate &today)
{
    QString footer = estimateSummary(run, job, shownCurrency()).toHtmlEscaped();
    footer += u"<br>"_s;
    footer += tr("Prices from the price book as of %1. GPU-hours = 6·N·D / (dense peak × MFU) × "
                 "overhead; GPUs rounded up to whole instances.")
                  .arg(today.toString(Qt::ISODate));
    return footer;
}

QString ChartFactory::jobDescription(const JobSpec &job)
{
    const QLocale locale;
    if (job.work == JobSpec::Work::GpuHours) {
        return tr("%1 GPU-hours, %2 GPUs")
            .arg(locale.toString(job.gpuHours, 'f', 0), locale.toString(job.gpus));
    }
    QString tokens = formatQuantity(job.tokens);
    if (job.epochs != 1)
        tokens += tr(" × %1 epochs").arg(locale.toString(job.epochs));
    return tr("%1 params × %2 tokens, %3 GPUs")
        .arg(formatQuantity(job.parameters), tokens, locale.toString(job.gpus));
}

QChart *ChartFactory::jobCostBars(const EstimateRun &run, const JobSpec &job, int maxBars)
{
    // Short lines: Qt elides a title that is too wide as a whole, dropping its later lines.
    QChart *chart =
        newChart(tr("Training cost by provider<br>%1").arg(jobDescription(job).toHtmlEscaped()));
    chart->legend()->setVisible(false);
    // run.estimates is sorted cheapest first, so each provider's first estimate is its cheapest.
    // An offer the model state does not fit is no answer: it has no bar.
    QList<const JobEstimate *> cheapest =
        firstOfEachProvider(run.estimates, [](const JobEstimate &e) {
            return e.fitsInMemory ? e.provider : QString();
        });
    cheapest.removeIf([](const JobEstimate *e) { return !e->fitsInMemory; });
    // When a category is shorter than its label, Qt Charts elides every label to "…"; the
    // dearest providers matter least to someone choosing, so they are left to the table.
    const qsizetype providers = cheapest.size();
    if (providers > maxBars) {
        cheapest.resize(maxBars);
        chart->setTitle(tr("Training cost<br>%1 cheapest of %2 providers<br>%3")
                            .arg(maxBars)
                            .arg(providers)
                            .arg(jobDescription(job).toHtmlEscaped()));
    }
    if (cheapest.isEmpty()) {
        chart->setTitle(chart->title() + u"<br>"_s +
                        (run.estimates.isEmpty()
                             ? tr("No offer matches.")
                             : tr("No offer fits on %1 GPUs.").arg(QLocale().toString(job.gpus))));
        return chart;
    }
    if (cheapest.first()->provider == u"custom"_s)
        chart->setTitle(chart->title() + u" "_s + tr("(hypothetical price)"));
    double maxCost = 0;
    for (const JobEstimate *e : std::as_const(cheapest))
        maxCost = std::max(maxCost, shownCurrency().amount(e->totalUsd));
    const DollarUnit unit = dollarUnitFor(maxCost);
    const bool oneGpu = std::all_of(cheapest.cbegin(), cheapest.cend(), [&](const JobEstimate *e) {
        return e->gpuModel == cheapest.first()->gpuModel;
    });
    QStringList categories;
    QList<double> totals;
    for (const JobEstimate *e : std::as_const(cheapest)) {
        // Across GPU models, the label says which GPU the provider's cheapest offer uses.
        categories << (oneGpu ? e->provider
                              : tr("%1 · %2").arg(e->provider, e->gpuModel.section(u' ', 0, 0)));
        totals << shownCurrency().amount(e->totalUsd) / unit.scale;
    }
    addDollarBars(chart, categories, totals, 3, unit.suffix,
                  unit.suffix.isEmpty() ? shownCurrency().code()
                                        : tr("%1 (%2)").arg(shownCurrency().code(), unit.suffix),
                  QColor(0x4e, 0x79, 0xa7));
    return chart;
}

} // namespace gpucompare
