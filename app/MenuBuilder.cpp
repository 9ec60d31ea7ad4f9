#include "MenuBuilder.h"

#include "BookDialogs.h"
#include "ChartFocus.h"
#include "Currency.h"
#include "ExportableChartView.h"
#include "FileActions.h"
#include "MarketSharePanel.h"
#include "PanelLayout.h"
#include "PriceBookEditor.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "RunGuarded.h"
#include "Theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace gpucompare {

MenuBuilder::MenuBuilder(Parts parts)
    : m_parts(std::move(parts))
{}

void MenuBuilder::build()
{
    addFileMenu();
    addEditMenu();
    addDataMenu();
    addViewMenu();
    addHelpMenu();
}

void MenuBuilder::addFileMenu()
{
    QMainWindow *window = m_parts.window;
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    ChartFocus *charts = m_parts.charts;
    QAction *exportChart = file->addAction(
        tr("&Export Chart as PNG…"), window,
        guarded(window, [charts] { charts->currentChartView()->exportWithDialog(); }));
    exportChart->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_parts.fileActions->addTo(file, m_parts.updateAutomatically);
    QToolBar *tools = window->addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_parts.fileActions->updateAction());
}

void MenuBuilder::addEditMenu()
{
    QMainWindow *window = m_parts.window;
    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    // The stack's own actions: their text follows it ("Undo Change price of p5.48xlarge").
    QAction *undo = m_parts.editor->undoStack()->createUndoAction(window, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    QAction *redo = m_parts.editor->undoStack()->createRedoAction(window, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(u"redoAction"_s);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    ChartFocus *charts = m_parts.charts;
    QAction *copy = edit->addAction(tr("&Copy Chart Image"), window,
                                    [charts] { charts->currentChartView()->copyImage(); });
    copy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QAction *find = edit->addAction(tr("&Find Offers"), window,
                                    [layout = m_parts.layout, prices = m_parts.prices] {
                                        layout->reveal(prices);
                                        prices->searchField()->setFocus(Qt::ShortcutFocusReason);
                                        prices->searchField()->selectAll();
                                    });
    find->setShortcut(QKeySequence::Find);
}

void MenuBuilder::addDataMenu()
{
    QMainWindow *window = m_parts.window;
    BookDialogs *dialogs = m_parts.dialogs;
    QMenu *data = window->menuBar()->addMenu(tr("&Data"));
    data->addAction(tr("&Providers…"), window,
                    guarded(window, [dialogs] { dialogs->editProviders(); }));
    data->addAction(tr("&GPU Models…"), window,
                    guarded(window, [dialogs] { dialogs->editGpuModels(); }));
    data->addAction(tr("&Instance Shapes…"), window,
                    guarded(window, [dialogs] { dialogs->editInstanceShapes(); }));
    data->addAction(tr("&Egress Prices…"), window,
                    guarded(window, [dialogs] { dialogs->editEgressPrices(); }));
    data->addAction(tr("&Offers and Prices…"), window,
                    guarded(window, [dialogs] { dialogs->editOffers(); }));
    data->addAction(tr("&Market Share…"), window,
                    guarded(window, [dialogs] { dialogs->editMarketShare(); }));
    data->addSeparator();
    QAction *refresh = data->addAction(tr("&Reload Price Book"), window,
                                       guarded(window, [reload = m_parts.reload] { reload(); }));
    refresh->setShortcut(QKeySequence::Refresh);
}

void MenuBuilder::addViewMenu()
{
    QMainWindow *window = m_parts.window;
    MarketSharePanel *marketShare = m_parts.marketShare;
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Market Share &Pie"), window,
                    [marketShare] { marketShare->tabs()->setCurrentIndex(0); });
    view->addAction(tr("Market Share &Trend"), window,
                    [marketShare] { marketShare->tabs()->setCurrentIndex(1); });
    QAction *changes = view->addAction(tr("&Changes…"), window,
                                       guarded(window, [show = m_parts.showChanges] { show(); }));
    changes->setObjectName(u"changesAction"_s);
    changes->setToolTip(tr("What the last update changed, or every update since a day"));
    view->addSeparator();
    m_parts.layout->addTo(view);
    view->addSeparator();
    addThemeMenu(view);
    addLanguageMenu(view);
    addFreshnessMenu(view);
    addCurrencyMenu(view);
    view->addSeparator();
    view->addAction(tr("&Clear Price Filters"), window, [prices = m_parts.prices] {
        prices->setGpuFilter({});
        prices->setProviderFilter({});
        prices->setPricingFilter({});
        prices->setRegionFilter({});
        prices->setTextFilter({});
    });
}

void MenuBuilder::addThemeMenu(QMenu *view)
{
    QMenu *themes = view->addMenu(tr("T&heme"));
    auto *group = new QActionGroup(themes);
    const QList<std::pair<Theme, QString>> choices = {{Theme::System, tr("Follow the &System")},
                                                      {Theme::Light, tr("&Light")},
                                                      {Theme::Dark, tr("&Dark")}};
    const Theme saved = themeFromToken(QSettings().value(u"theme"_s).toString());
    for (const auto &[theme, text] : choices) {
        QAction *action = themes->addAction(text);
        action->setCheckable(true);
        action->setChecked(theme == saved);
        action->setData(themeToken(theme));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, m_parts.window,
                         [setTheme = m_parts.setTheme, chosen = theme] { setTheme(chosen); });
    }
}

void MenuBuilder::addLanguageMenu(QMenu *view)
{
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(languages);
    const QString saved = QSettings().value(u"language"_s).toString();
    // Each language in its own words, so a user who cannot read the current one finds theirs.
    const QList<std::pair<QString, QString>> choices = {{QString(), tr("Follow the &System")},
                                                        {u"en"_s, u"English"_s},
                                                        {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto &[token, text] : choices) {
        QAction *action = languages->addAction(text);
        action->setCheckable(true);
        action->setChecked(token == saved);
        action->setData(token);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, m_parts.window,
                         [choose = m_parts.chooseLanguage, chosen = token] { choose(chosen); });
    }
}

void MenuBuilder::addFreshnessMenu(QMenu *view)
{
    // Which prices count as current: an offer's price and the ★ depend on it.
    QMenu *freshness = view->addMenu(tr("&Freshness Window"));
    freshness->setObjectName(u"freshnessMenu"_s);
    auto *group = new QActionGroup(freshness);
    for (const int days : {30, 60, 90, 180, 365}) {
        QAction *action =
            freshness->addAction(days == kDefaultMaxAgeDays ? tr("%1 Days (Default)").arg(days)
                                                            : tr("%1 Days").arg(days));
        action->setCheckable(true);
        action->setChecked(days == m_parts.prices->model()->maxAgeDays());
        action->setData(days);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, m_parts.window,
                         [setWindow = m_parts.setFreshnessWindow, days] { setWindow(days); });
    }
}

void MenuBuilder::addCurrencyMenu(QMenu *view)
{
    // Display only: the book keeps US dollars (and each price's published currency).
    QMenu *currencies = view->addMenu(tr("C&urrency"));
    currencies->setObjectName(u"currencyMenu"_s);
    auto *group = new QActionGroup(currencies);
    const QString saved =
        QSettings().value(u"currency"_s, defaultDisplayCurrency(QLocale())).toString();
    const QList<std::pair<QString, QString>> choices = {
        {u"USD"_s, tr("&US Dollars (USD)")},   {u"CNY"_s, tr("Chinese &Yuan (CNY)")},
        {u"EUR"_s, tr("&Euros (EUR)")},        {u"GBP"_s, tr("British &Pounds (GBP)")},
        {u"JPY"_s, tr("&Japanese Yen (JPY)")}, {u"INR"_s, tr("&Indian Rupees (INR)")}};
    for (const auto &[code, text] : choices) {
        QAction *action = currencies->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, m_parts.window,
                         [choose = m_parts.setDisplayCurrency, chosen = code] { choose(chosen); });
    }
}

void MenuBuilder::addHelpMenu()
{
    QMainWindow *window = m_parts.window;
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Data Sources"), window,
                    guarded(window, [dialogs = m_parts.dialogs] { dialogs->showDataSources(); }));
    help->addAction(tr("&About GPU Cloud Compare"), window, [window] {
        QMessageBox::about(
            window, tr("About GPU Cloud Compare"),
            tr("<b>GPU Cloud Compare %1</b><p>Market share, GPU-hour prices and training-job cost "
               "across GPU clouds, from a price book you own.</p><p>Released under the MIT "
               "licence. The bundled prices and market shares come from public sources; each "
               "figure names its source and date under Help › Data Sources.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

} // namespace gpucompare
