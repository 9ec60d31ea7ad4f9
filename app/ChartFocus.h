#pragma once

#include <QObject>

class QMainWindow;
class QWidget;

namespace gpucompare {

class CostTabs;
class ExportableChartView;
class MarketSharePanel;
class PricesPanel;

/// Which chart File › Export Chart and Edit › Copy Chart Image mean: the chart of the panel
/// that last had focus (market share by default). Every chart's export says in the window's
/// status bar where it went.
class ChartFocus final : public QObject
{
    Q_OBJECT

public:
    ChartFocus(QMainWindow *window, MarketSharePanel *marketShare, PricesPanel *prices,
               CostTabs *costs);

    ExportableChartView *currentChartView() const;

private:
    MarketSharePanel *m_marketShare;
    PricesPanel *m_prices;
    CostTabs *m_costs;
    QWidget *m_lastChartPanel = nullptr;
};

} // namespace gpucompare
