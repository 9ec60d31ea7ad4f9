#pragma once

#include "Outcome.h"

#include <QChartView>
#include <functional>

namespace gpucompare {

/// A chart view with "Export as PNG…" and "Copy image" in its context menu.
///
/// Export does not grab the screen: it asks the panel for a fresh chart (the same factory the
/// command line uses) and renders it at the chosen size, so the file does not depend on the
/// window size. Copy image takes what is on screen.
class ExportableChartView final : public QChartView
{
    Q_OBJECT

public:
    using ChartSource = std::function<QChart *()>;
    using FooterSource = std::function<QString()>;

    explicit ExportableChartView(QWidget *parent = nullptr);

    void setSources(ChartSource chart, FooterSource footer);
    /// Shows chart and deletes the previous one (QChartView::setChart only releases it).
    void replaceChart(QChart *chart);

    /// Renders a fresh chart to path; a failure says why when it cannot be written.
    Status exportPng(const QString &path, QSize pixelSize, qreal scale) const;
    /// Asks for size, scale and file, then exports; reports failure in a message box.
    void exportWithDialog();
    void copyImage();

Q_SIGNALS:
    /// exportWithDialog() saved the chart: the window confirms it.
    void exported(const QString &path, QSize pixelSize);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    ChartSource m_chartSource;
    FooterSource m_footerSource;
};

} // namespace gpucompare
