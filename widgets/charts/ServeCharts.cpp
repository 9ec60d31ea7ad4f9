#include "ServeCharts.h"

#include "ChartParts.h"
#include "CheapestPerProvider.h"
#include "ShownCurrency.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace gpucompare {

using namespace chartparts;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::ChartFactory", text);
}

/// "$13", "$9.7k", "$508k", "$1.23M" (in the shown currency): three significant digits,
/// short enough for a legend.
QString compactDollars(double usd)
{
    const QLocale locale;
    const QString &symbol = shownCurrency().symbol();
    usd = shownCurrency().amount(usd);
    const auto digits = [&](double v) {
        return v >= 100 ? 0 : v >= 10 ? 1 : 2;
    };
    if (usd >= 1e6)
        return symbol + locale.toString(usd / 1e6, 'f', digits(usd / 1e6)) + tr("M");
    if (usd >= 1e3)
        return symbol + locale.toString(usd / 1e3, 'f', digits(usd / 1e3)) + tr("k");
    return symbol + locale.toString(usd, 'f', 0);
}

} // namespace

QString ServeCharts::description(const ServeSpec &spec)
{
    const QLocale locale;
    QString params = formatQuantity(spec.parameters);
    if (spec.totalParameters)
        params = tr("%1 of %2").arg(params, formatQuantity(*spec.totalParameters));
    // Two short lines: a narrow panel elides a long title line.
    return tr("%1 params, %2, batch %3\n%4-token context")
        .arg(params, weightPrecisionToken(spec.precision), locale.toString(spec.batch),
             locale.toString(spec.contextTokens));
}

QChart *ServeCharts::costBars(const ServeRun &run, const ServeSpec &spec, int maxBars)
{
    const QString model = description(spec).toHtmlEscaped().replace(u"\n"_s, u"<br>"_s);
    QChart *chart = newChart(tr("Serving cost<br>%1").arg(model));
    chart->legend()->setVisible(false);
    // Fitting estimates come first, each cheapest per token first: a provider's first fitting
    // estimate is its cheapest.
    QList<const ServeEstimate *> cheapest =
        firstOfEachProvider(run.estimates, [](const ServeEstimate &e) {
            return e.fitsInMemory ? e.provider : QString();
        });
    cheapest.removeIf([](const ServeEstimate *e) { return !e->fitsInMemory; });
    const qsizetype providers = cheapest.size();
    if (providers > maxBars) {
        cheapest.resize(maxBars);
        chart->setTitle(
            tr("%1 cheapest of %2 providers<br>%3").arg(maxBars).arg(providers).arg(model));
    }
    if (cheapest.isEmpty()) {
        chart->setTitle(chart->title() + u"<br>"_s +
                        (run.estimates.isEmpty() ? tr("No offer matches.")
                                                 : tr("The model fits on no offer.")));
        return chart;
    }
    if (cheapest.first()->provider == u"custom"_s)
        chart->setTitle(chart->title() + u" "_s + tr("(hypothetical price)"));
    const bool oneGpu =
        std::all_of(cheapest.cbegin(), cheapest.cend(), [&](const ServeEstimate *e) {
            return e->gpuModel == cheapest.first()->gpuModel;
        });
    QStringList categories;
    QList<double> usd;
    for (const ServeEstimate *e : std::as_const(cheapest)) {
        categories << (oneGpu ? e->provider
                              : tr("%1 · %2").arg(e->provider, e->gpuModel.section(u' ', 0, 0)));
        usd << shownCurrency().amount(e->usdPerMillionTokens);
    }
    addDollarBars(chart, categories, usd, kCents, QString(),
                  (cheapest.first()->measured ? tr("%1 per million tokens (measured)")
                                              : tr("%1 per million tokens"))
                      .arg(shownCurrency().code()),
                  QColor(0x59, 0xa1, 0x4f));
    return chart;
}

QString ServeCharts::costFooter(const ServeRun &run, const ServeSpec &spec, const QDate &today)
{
    const QLocale locale;
    QString footer;
    const auto cheapest = std::find_if(run.estimates.cbegin(), run.estimates.cend(),
                                       [](const ServeEstimate &e) { return e.fitsInMemory; });
    if (cheapest != run.estimates.cend()) {
        footer = tr("Cheapest: %1, %2 × %3, %4 per million tokens at %5 tokens/s, %6 an hour.")
                     .arg(cheapest->provider, locale.toString(cheapest->gpus), cheapest->gpuModel,
                          shownCurrency().text(cheapest->usdPerMillionTokens, 2, locale),
                          locale.toString(cheapest->tokensPerSecond, 'f', 0),
                          shownCurrency().text(cheapest->usdPerHour, 2, locale))
                     .toHtmlEscaped() +
                 u"<br>"_s;
    }
    if (spec.measuredTokensPerSecond) {
        footer += tr("Prices from the price book as of %1. Throughput measured: %2 tokens/s per "
                     "replica.")
                      .arg(today.toString(Qt::ISODate),
                           locale.toString(*spec.measuredTokensPerSecond, 'f', 0));
    } else {
        footer += tr("Prices from the price book as of %1. Decode step = max(weights + KV read "
                     "÷ (bandwidth × %2), 2·N·batch ÷ (dense peak × MFU %3)); USD per million "
                     "tokens = USD an hour of the whole machines rented, idle GPUs included, ÷ "
                     "(tokens/s × 3,600) × 10⁶.")
                      .arg(today.toString(Qt::ISODate), locale.toString(spec.bandwidthEfficiency),
                           locale.toString(spec.mfu));
    }
    if (run.kvBytesPerToken == 0)
        footer += u" "_s + tr("No KV cache counted: the model's shape was not given.");
    footer += u" "_s + (spec.multiNode ? tr("A replica may span machines.")
                                       : tr("A replica runs in one machine."));
    return footer;
}

QChart *ServeCharts::planBars(const QList<PlanPart> &parts, const QStringList &titleLines)
{
    QStringList escaped;
    for (const QString &line : titleLines)
        escaped << line.toHtmlEscaped();
    QChart *chart = newChart(escaped.join(u"<br>"_s));
    double totalUsd = 0;
    for (const PlanPart &p : parts)
        totalUsd += p.usd;
    const double total = shownCurrency().amount(totalUsd);
    if (parts.isEmpty() || total <= 0) {
        chart->setTitle(chart->title() + u"<br>"_s + tr("Nothing to plan yet."));
        chart->legend()->setVisible(false);
        return chart;
    }
    const DollarUnit unit = dollarUnitFor(total);
    const QLocale locale;
    auto *series = new QHorizontalStackedBarSeries;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // The amount in the legend: a thin slice such as the egress has no room for a label.
        auto *set =
            new QBarSet(tr("%1 %2").arg(parts.at(i).label, compactDollars(parts.at(i).usd)));
        set->setColor(seriesColor(i));
        *set << shownCurrency().amount(parts.at(i).usd) / unit.scale;
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(tr("Total %1").arg(compactDollars(totalUsd)));
    auto *axisX = new QValueAxis;
    axisX->setRange(0, total / unit.scale * 1.05);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(shownCurrencyAxisPrefix() + u"%.0f"_s + unit.suffix);
    axisX->setTitleText(unit.suffix.isEmpty()
                            ? shownCurrency().code()
                            : tr("%1 (%2)").arg(shownCurrency().code(), unit.suffix));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace gpucompare
