#pragma once

#include <QVariantMap>

class QSplitter;
class QWidget;

namespace gpucompare {

class CostTabs;
class MarketSharePanel;
class PanelLayout;
class PricesPanel;

/// What the window keeps of the user's view: in QSettings (group "MainWindow") across
/// restarts — the window's geometry, the splitter and layout, the market share's scope, period
/// and tab, the chosen GPU and pricing, the calculator's job and the cost tab — and, as a view
/// state, across a language switch (filters, tabs, the window's place).
class ViewStateStore final
{
public:
    struct Parts
    {
        QWidget *window;
        QSplitter *splitter;
        PanelLayout *layout;
        MarketSharePanel *marketShare;
        PricesPanel *prices;
        CostTabs *costs;
    };

    explicit ViewStateStore(const Parts &parts);

    /// What the user is looking at and not kept across restarts.
    QVariantMap viewState() const;
    void restoreViewState(const QVariantMap &state);

    /// The layout and selections kept in QSettings; after the book's first read, since the
    /// GPU chosen by default is the one most offered.
    void restoreSettings();
    /// The calculator's job and the serving form, before the book's first read: the
    /// calculator then estimates once, with the saved job.
    void restoreJob();
    void saveSettings() const;

private:
    Parts m_parts;
};

} // namespace gpucompare
