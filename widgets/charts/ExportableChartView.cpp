#include "ExportableChartView.h"

#include "ChartFactory.h"
#include "ChartRenderer.h"
#include "FitToScreen.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gpucompare {

ExportableChartView::ExportableChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    // Low enough that a results panel with its chart tab, summary and left-out list fits a
    // 1280x720 screen (a taller minimum made the window grow past the screen's bottom).
    setMinimumSize(280, 160);
}

void ExportableChartView::setSources(ChartSource chart, FooterSource footer)
{
    m_chartSource = std::move(chart);
    m_footerSource = std::move(footer);
}

void ExportableChartView::replaceChart(QChart *chart)
{
    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

Status ExportableChartView::exportPng(const QString &path, QSize pixelSize, qreal scale) const
{
    if (!m_chartSource)
        return Status::failure(tr("There is no chart to export."));
    const ChartFactory::LightCharts light; // files stay light in a dark window
    const QImage image = ChartRenderer::render(m_chartSource(), pixelSize, scale,
                                               m_footerSource ? m_footerSource() : QString());
    return ChartRenderer::savePng(image, path);
}

void ExportableChartView::exportWithDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Chart as PNG"));
    keepFittedToScreen(&dialog);
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    auto *scale = new QDoubleSpinBox(&dialog);
    width->setRange(100, 10000);
    height->setRange(100, 10000);
    width->setValue(ChartRenderer::kDefaultSize.width());
    height->setValue(ChartRenderer::kDefaultSize.height());
    width->setSuffix(tr(" px"));
    height->setSuffix(tr(" px"));
    scale->setObjectName(u"exportScale"_s);
    scale->setRange(1.0, 4.0);
    scale->setSingleStep(0.5);
    scale->setSuffix(tr(" ×"));
    scale->setValue(ChartRenderer::defaultScale(ChartRenderer::kDefaultSize));
    // What the numbers mean, said for the numbers chosen: "scale" alone read as "multiply the
    // pixels", and a 2.00 scale giving a 1600 x 1200 image surprised.
    auto *explanation = new QLabel(&dialog);
    explanation->setObjectName(u"exportExplanation"_s);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    const auto explain = [=] {
        const QLocale locale;
        const double s = scale->value();
        explanation->setText(
            tr("The image is %1 × %2 pixels. Text and lines are drawn %3× as large as on a "
               "plain screen, so the chart is laid out on %4 × %5: raise the text size for "
               "slides, lower it to fit more.")
                .arg(locale.toString(width->value()), locale.toString(height->value()),
                     locale.toString(s, 'g', 3), locale.toString(qRound(width->value() / s)),
                     locale.toString(qRound(height->value() / s))));
    };
    // The text size follows the width (2× for 1600 pixels) until the user sets it.
    bool scaleChosen = false;
    connect(scale, &QDoubleSpinBox::valueChanged, &dialog, [&scaleChosen, explain] {
        scaleChosen = true;
        explain();
    });
    connect(width, &QSpinBox::valueChanged, &dialog, [&, explain] {
        if (!scaleChosen) {
            const QSignalBlocker blocker(scale);
            scale->setValue(ChartRenderer::defaultScale(QSize(width->value(), height->value())));
        }
        explain();
    });
    connect(height, &QSpinBox::valueChanged, &dialog, explain);
    explain();
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Width:"), width);
    form->addRow(tr("&Height:"), height);
    form->addRow(tr("&Text size:"), scale);
    form->addRow(explanation);
    explanation->setMinimumWidth(360);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(u"chart.png"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart as PNG"), suggested,
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    const QSize size(width->value(), height->value());
    if (const Status saved = exportPng(path, size, scale->value()); !saved) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The chart was not saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), saved.error()));
        return;
    }
    Q_EMIT exported(path, size);
}

void ExportableChartView::copyImage()
{
    QGuiApplication::clipboard()->setImage(grab().toImage());
}

void ExportableChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, &ExportableChartView::exportWithDialog);
    menu.addAction(tr("Copy Image"), this, &ExportableChartView::copyImage);
    menu.exec(event->globalPos());
}

} // namespace gpucompare
