#pragma once

#include <QCoreApplication>
#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace gpucompare {

class BookDialogs;
class ChartFocus;
class FileActions;
class MarketSharePanel;
class PanelLayout;
class PriceBookEditor;
class PricesPanel;
enum class Theme;

/// The window's menu bar and toolbar: lays the commands out and names their shortcuts. What
/// each command does lives in the objects it is given and in the window's own commands.
class MenuBuilder final
{
    // The menus' words were MainWindow's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(gpucompare::MainWindow)

public:
    struct Parts
    {
        QMainWindow *window;
        PriceBookEditor *editor; ///< Edit › Undo and Redo
        FileActions *fileActions;
        QAction *updateAutomatically; ///< the background update's switch
        BookDialogs *dialogs;
        ChartFocus *charts;
        MarketSharePanel *marketShare;
        PricesPanel *prices;
        PanelLayout *layout;
        // What only the window does.
        std::function<void()> reload;
        std::function<void(Theme)> setTheme;
        std::function<void(const QString &)> chooseLanguage;
        std::function<void(int)> setFreshnessWindow;
        std::function<void(const QString &)> setDisplayCurrency;
        std::function<void()> showChanges; ///< View › Changes
    };

    explicit MenuBuilder(Parts parts);

    /// File, Edit, Data, View and Help, and the toolbar.
    void build();

private:
    void addFileMenu();
    void addEditMenu();
    void addDataMenu();
    void addViewMenu();
    void addThemeMenu(QMenu *view);
    void addLanguageMenu(QMenu *view);
    void addFreshnessMenu(QMenu *view);
    void addCurrencyMenu(QMenu *view);
    void addHelpMenu();

    Parts m_parts;
};

} // namespace gpucompare
