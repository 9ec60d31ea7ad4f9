#pragma once

#include "MarketShareMath.h"
#include "PriceBookData.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

class QComboBox;
class QLabel;
class QTabWidget;

namespace gpucompare {

class ExportableChartView;

/// Market share: a pie of one snapshot (scope and period pickers, latest period by default),
/// its source caption, and a trend of every provider's share across the scope's periods.
/// Clicking a provider's slice asks the price table to show that provider; again clears it.
class MarketSharePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MarketSharePanel(QWidget *parent = nullptr);

    void setSnapshots(QList<MarketShareSnapshot> snapshots);
    void selectScope(const QString &scope);
    void selectPeriod(const QString &period);
    QString scope() const;
    QString period() const;
    /// The snapshot on show, or nullptr.
    const MarketShareSnapshot *currentSnapshot() const;
    /// Toggles the provider filter as a click on its slice does.
    void toggleProvider(const QString &provider);

    ExportableChartView *pieView() const { return m_pieView; }
    ExportableChartView *trendView() const { return m_trendView; }
    /// The chart view on the visible tab.
    ExportableChartView *currentChartView() const;
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *legendLabel() const { return m_legend; }
    /// The trend's lines, named under the chart.
    QLabel *trendLegendLabel() const { return m_trendLegend; }
    /// The snapshot's source (a link) and notes under the chart.
    QLabel *captionLabel() const { return m_caption; }
    /// Draws the charts again (the theme changed).
    void refreshCharts();

Q_SIGNALS:
    /// Double-click on the pie: open the snapshot on show in the market-share form.
    void editSnapshotRequested();
    /// A provider's slice was clicked: filter prices by it (empty: clear the filter).
    void providerFilterRequested(const QString &provider);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillPeriods();
    void showSnapshot();
    void refreshTrend();
    /// The pie's legend as wrapping rich text: names whole, with each slice's colour.
    static QString legendHtml(QChart *chart, const SharePie &pie);
    /// The same for the trend's lines.
    static QString trendLegendHtml(QChart *chart);

    QList<MarketShareSnapshot> m_snapshots;
    QString m_selectedProvider;
    QComboBox *m_scope = nullptr;
    QComboBox *m_period = nullptr;
    QTabWidget *m_tabs = nullptr;
    ExportableChartView *m_pieView = nullptr;
    ExportableChartView *m_trendView = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_trendLegend = nullptr;
    bool m_trendStale = false;
};

} // namespace gpucompare
