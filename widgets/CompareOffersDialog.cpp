#include "CompareOffersDialog.h"

#include "BookWords.h"
#include "FitToScreen.h"
#include "PricingModel.h"
#include "SavedFile.h"
#include "ShownCurrency.h"
#include "SourcePublisher.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString dollars(double usd, int decimals = 2)
{
    return shownCurrency().text(usd, decimals, QLocale());
}

/// A small step line of an offer's dated prices per GPU-hour, oldest left.
QPixmap sparkline(const QList<std::pair<QDate, double>> &points, const QColor &color)
{
    QPixmap pixmap(QSize(140, 36));
    pixmap.fill(Qt::transparent);
    if (points.size() < 2)
        return pixmap;
    double low = points.first().second;
    double high = low;
    for (const auto &[date, price] : points) {
        low = std::min(low, price);
        high = std::max(high, price);
    }
    const qint64 first = points.first().first.toJulianDay();
    const qint64 span = std::max<qint64>(1, points.last().first.toJulianDay() - first);
    const auto at = [&](const QDate &date, double price) {
        const double x = 4 + 132.0 * double(date.toJulianDay() - first) / double(span);
        const double y = high > low ? 4 + 28.0 * (high - price) / (high - low) : 18.0;
        return QPointF(x, y);
    };
    QPainterPath path(at(points.first().first, points.first().second));
    for (qsizetype i = 1; i < points.size(); ++i) {
        path.lineTo(at(points.at(i).first, points.at(i - 1).second)); // a price holds until...
        path.lineTo(at(points.at(i).first, points.at(i).second));     // ...the next one
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 2));
    painter.drawPath(path);
    return pixmap;
}

} // namespace

CompareOffersDialog::CompareOffersDialog(Inputs inputs, QWidget *parent)
    : QDialog(parent)
    , m_inputs(std::move(inputs))
{
    setWindowTitle(tr("Compare Offers"));
    setObjectName(u"compareOffers"_s);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"comparison"_s);
    m_table->setAccessibleName(tr("Offers side by side"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    fill();
    // Wrapped cells are as tall as the columns are narrow: fit the rows whenever the columns
    // change width (the dialog laid out or resized), not only once at construction.
    connect(
        m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { fitRows(); },
        Qt::QueuedConnection);

    auto *legend = new QLabel(tr("★ the best of the compared offers; tinted rows differ between "
                                 "them. Job: %1.")
                                  .arg(m_inputs.jobDescription.toHtmlEscaped()),
                              this);
    legend->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton =
        buttons->addButton(tr("&Export as PNG…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &CompareOffersDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    resize(260 + 220 * int(m_inputs.offers.size()), 760);
    keepFittedToScreen(this); // four offers need 1140 pixels: more than a laptop has
}

void CompareOffersDialog::fill()
{
    const QList<OfferRow> &offers = m_inputs.offers;
    const QLocale locale;
    QHash<QString, const GpuModel *> gpus;
    for (const GpuModel &g : m_inputs.gpuModels)
        gpus.insert(g.name, &g);
    QHash<qint64, const JobEstimate *> estimates;
    for (const JobEstimate &e : m_inputs.run.estimates)
        estimates.insert(e.offerId, &e);

    struct Row
    {
        QString name;
        QStringList cells;
        QList<std::optional<double>> values; ///< numeric rows: lower is better
        QString unit;                        ///< how a difference is shown
        bool higherIsBetter = false;
    };
    QList<Row> rows;
    const auto text = [&](const QString &name, const std::function<QString(const OfferRow &)> &of) {
        Row row{name, {}, {}, {}, false};
        for (const OfferRow &o : offers)
            row.cells << of(o);
        rows.append(row);
    };
    const auto number = [&](const QString &name, const QString &unit, bool higherIsBetter,
                            const std::function<std::optional<double>(const OfferRow &)> &of,
                            const std::function<QString(double)> &format) {
        Row row{name, {}, {}, unit, higherIsBetter};
        for (const OfferRow &o : offers) {
            const auto value = of(o);
            row.values << value;
            row.cells << (value ? format(*value) : tr("—"));
        }
        rows.append(row);
    };
    const auto gpuOf = [&](const OfferRow &o) {
        return gpus.value(o.gpuModel);
    };

    text(tr("Provider"), [](const OfferRow &o) { return o.provider; });
    text(tr("GPU"), [](const OfferRow &o) { return o.gpuModel; });
    number(
        tr("Dense peak (TFLOP/s)"), u"%"_s, true,
        [&](const OfferRow &o) -> std::optional<double> {
            const GpuModel *g = gpuOf(o);
            return g ? g->bf16Tflops : std::nullopt;
        },
        [&](double v) { return locale.toString(v, 'f', 0); });
    number(
        tr("GPU memory (GB)"), u"%"_s, true,
        [&](const OfferRow &o) -> std::optional<double> {
            const GpuModel *g = gpuOf(o);
            return g ? g->memoryGb : std::nullopt;
        },
        [&](double v) { return locale.toString(v, 'f', 0); });
    number(
        tr("Memory bandwidth (GB/s)"), u"%"_s, true,
        [&](const OfferRow &o) -> std::optional<double> {
            const GpuModel *g = gpuOf(o);
            return g ? g->bandwidthGbps : std::nullopt;
        },
        [&](double v) { return locale.toString(v, 'f', 0); });
    text(tr("Machine"), [&](const OfferRow &o) {
        QString shape = o.perGpuRate
                            ? perGpuRateDisplayName()
                            : tr("%1, %2 × GPU").arg(o.instanceType).arg(o.gpusPerInstance);
        if (o.vcpus)
            shape += tr(", %1 vCPUs").arg(*o.vcpus);
        if (o.ramGb)
            shape += tr(", %1 GB RAM").arg(locale.toString(*o.ramGb, 'f', 0));
        return shape;
    });
    text(tr("Region"), [&](const OfferRow &o) {
        return o.region.isEmpty() ? tr("not stated") : shownRegion(o.region);
    });
    text(tr("Pricing"), [](const OfferRow &o) {
        return o.pricingTerm.isEmpty()
                   ? pricingModelDisplayName(o.pricing)
                   : pricingModelDisplayName(o.pricing) + u" ("_s + o.pricingTerm + u')';
    });
    number(
        tr("%1 per GPU-hour").arg(shownCurrency().code()), u"$"_s, false,
        [](const OfferRow &o) -> std::optional<double> { return o.usdPerGpuHour; },
        [](double v) { return dollars(v); });
    number(
        tr("%1 per instance-hour").arg(shownCurrency().code()), u"$"_s, false,
        [](const OfferRow &o) -> std::optional<double> { return o.usdPerInstanceHour.toDollars(); },
        [](double v) { return dollars(v); });
    number(
        tr("%1 per dense PFLOP-hour").arg(shownCurrency().code()), u"$"_s, false,
        [](const OfferRow &o) { return o.usdPerDensePflopHour(); },
        [](double v) { return dollars(v); });
    text(tr("Price history"), [](const OfferRow &) { return QString(); });
    const int historyRow = int(rows.size()) - 1;
    text(tr("Age"), [&](const OfferRow &o) {
        const QDate seen = o.lastSeenDate();
        if (!seen.isValid())
            return tr("undated");
        // No English plural forms are shipped: "(1 day(s))" read as a typo.
        const qint64 days = seen.daysTo(m_inputs.today);
        return (days == 1 ? tr("%1 (1 day)") : tr("%1 (%2 days)").arg(locale.toString(days)))
            .arg(seen.toString(Qt::ISODate));
    });
    text(tr("Source"), [](const OfferRow &o) { return sourcePublisher(o.sourceUrl); });
    number(
        tr("Job: wall-clock days"), u"%"_s, false,
        [&](const OfferRow &o) -> std::optional<double> {
            const JobEstimate *e = estimates.value(o.offerId);
            return e ? std::optional(e->wallDays) : std::nullopt;
        },
        [&](double v) { return locale.toString(v, 'f', 1); });
    number(
        tr("Job: total cost"), u"$"_s, false,
        [&](const OfferRow &o) -> std::optional<double> {
            const JobEstimate *e = estimates.value(o.offerId);
            return e ? std::optional(e->totalUsd) : std::nullopt;
        },
        [](double v) { return dollars(v, 0); });

    m_table->setRowCount(int(rows.size()));
    m_table->setColumnCount(int(offers.size()));
    QStringList headers;
    for (const OfferRow &o : offers)
        headers << u"%1\n%2"_s.arg(o.provider, instanceDisplayName(o.instanceType, o.perGpuRate));
    m_table->setHorizontalHeaderLabels(headers);
    QStringList names;
    for (const Row &row : rows)
        names << row.name;
    m_table->setVerticalHeaderLabels(names);
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(45); // a hint of the selection colour, light and dark themes alike
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        const bool differs = std::any_of(row.cells.cbegin(), row.cells.cend(),
                                         [&](const QString &c) { return c != row.cells.first(); });
        std::optional<double> best; // none where all are the same: nothing to choose
        for (const auto &value : row.values) {
            if (differs && value &&
                (!best || (row.higherIsBetter ? *value > *best : *value < *best)))
                best = value;
        }
        for (int c = 0; c < row.cells.size(); ++c) {
            QString shown = row.cells.at(c);
            auto *item = new QTableWidgetItem;
            const std::optional<double> value = row.values.value(c);
            if (best && value && offers.size() > 1) {
                if (*value == *best) {
                    shown = u"★ "_s + shown;
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                } else if (*best != 0) {
                    // How far from the best: "+38 %" for prices, times and peaks alike.
                    const double percent = 100 * (*value / *best - 1);
                    shown += u"  (%1%2 %)"_s.arg(percent > 0 ? u"+"_s : QString(),
                                                 locale.toString(percent, 'f', 0));
                }
            }
            item->setText(shown);
            item->setTextAlignment(row.values.isEmpty() ? Qt::AlignLeft | Qt::AlignVCenter
                                                        : Qt::AlignRight | Qt::AlignVCenter);
            if (differs && offers.size() > 1)
                item->setBackground(tint);
            m_table->setItem(r, c, item);
        }
    }
    // The sparklines: each offer's dated prices per GPU-hour.
    for (int c = 0; c < offers.size(); ++c) {
        QList<std::pair<QDate, double>> points;
        for (const HistoryObservation &h : m_inputs.history) {
            if (h.offerId == offers.at(c).offerId && h.observed.isValid())
                points.append({h.observed, h.usdPerGpuHour});
        }
        std::sort(points.begin(), points.end());
        if (!points.isEmpty() && m_inputs.today > points.last().first)
            points.append({m_inputs.today, points.last().second}); // the price holds to today
        auto *label = new QLabel;
        if (points.size() >= 2 && points.first().second != points.constLast().second) {
            label->setPixmap(sparkline(points, palette().color(QPalette::Link)));
            label->setToolTip(
                // Two dated prices at least (the line needs them): always the plural.
                tr("%1 dated prices, from %2 to %3")
                    .arg(points.size() - 1)
                    .arg(dollars(points.first().second), dollars(points.constLast().second)));
        } else {
            label->setText(points.isEmpty() ? tr("no dated price") : tr("one price, unchanged"));
        }
        label->setAlignment(Qt::AlignCenter);
        m_table->setCellWidget(historyRow, c, label);
    }
    m_historyRow = historyRow;
    m_table->setCurrentCell(-1, -1); // no focus frame on a cell of a picture
    fitRows();
}

void CompareOffersDialog::fitRows()
{
    m_table->resizeRowsToContents();
    m_table->setRowHeight(m_historyRow, 44); // the sparkline's height
}

Status CompareOffersDialog::exportPng(const QString &path)
{
    fitRows();
    QCoreApplication::processEvents(); // the sparklines move into their resized rows
    // The table as far as it has rows: the empty space below them is not part of the picture.
    const int height = m_table->horizontalHeader()->height() + m_table->verticalHeader()->length() +
                       2 * m_table->frameWidth();
    const QPixmap image =
        m_table->grab(QRect(0, 0, m_table->width(), std::min(height, m_table->height())));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Status::failure(tr("could not encode the image"));
    return saveFile(path, bytes);
}

void CompareOffersDialog::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Comparison as PNG"), u"comparison.png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const Status exported = exportPng(path); !exported) {
        QMessageBox::warning(
            this, tr("Export Comparison"),
            tr("The comparison was not saved to %1: %2").arg(path, exported.error()));
    }
}

} // namespace gpucompare
