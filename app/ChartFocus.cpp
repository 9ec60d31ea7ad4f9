#include "ChartFocus.h"

#include "CostTabs.h"
#include "ExportableChartView.h"
#include "MarketSharePanel.h"
#include "PricesPanel.h"

#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QStatusBar>

namespace gpucompare {

ChartFocus::ChartFocus(QMainWindow *window, MarketSharePanel *marketShare, PricesPanel *prices,
                       CostTabs *costs)
    : QObject(window)
    , m_marketShare(marketShare)
    , m_prices(prices)
    , m_costs(costs)
{
    for (ExportableChartView *view : window->findChildren<ExportableChartView *>()) {
        connect(view, &ExportableChartView::exported, this,
                [window](const QString &path, QSize size) {
                    // The window's words: the message was MainWindow's, and keeps its
                    // translations.
                    window->statusBar()->showMessage(
                        QCoreApplication::translate("gpucompare::MainWindow",
                                                    "Saved the chart, %1 × %2 pixels, to %3")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(QDir::toNativeSeparators(path)),
                        15000);
                });
    }
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (w == m_marketShare || w == m_prices || w == m_costs) {
                m_lastChartPanel = w;
                return;
            }
        }
    });
}

ExportableChartView *ChartFocus::currentChartView() const
{
    if (m_lastChartPanel == m_prices) {
        ExportableChartView *visible = m_prices->visibleChartView();
        return visible ? visible : m_prices->chartView();
    }
    if (m_lastChartPanel == m_costs)
        return m_costs->currentChartView();
    return m_marketShare->currentChartView();
}

} // namespace gpucompare
