// MainWindow's menus and toolbar: what each command does lives in MainWindow and the panels;
// this file only lays the commands out and names their shortcuts.
#include "EgressPriceEditor.h"
#include "ExportableChartView.h"
#include "FileActions.h"
#include "InstanceShapeEditor.h"
#include "JobCostPanel.h"
#include "MainWindow.h"
#include "MarketSharePanel.h"
#include "PanelLayout.h"
#include "PriceBookEditor.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "Theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace gpucompare {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions = new FileActions(this);
    QAction *exportChart = file->addAction(tr("&Export Chart as PNG…"), this,
                                           guarded([this] { exportCurrentChart(); }));
    exportChart->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_fileActions->addTo(file);
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_fileActions->updateAction());

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // The stack's own actions: their text follows it ("Undo Change price of p5.48xlarge").
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(u"redoAction"_s);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy =
        edit->addAction(tr("&Copy Chart Image"), this, [this] { currentChartView()->copyImage(); });
    copy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QAction *find = edit->addAction(tr("&Find Offers"), this, [this] {
        m_layout->reveal(m_prices);
        m_prices->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_prices->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *dataMenu = menuBar()->addMenu(tr("&Data"));
    dataMenu->addAction(tr("&Providers…"), this, guarded([this] { editProviders(); }));
    dataMenu->addAction(tr("&GPU Models…"), this, guarded([this] { editGpuModels(); }));
    dataMenu->addAction(tr("&Instance Shapes…"), this, guarded([this] {
                            InstanceShapeEditor dialog(m_editor, this);
                            dialog.exec();
                        }));
    dataMenu->addAction(tr("&Egress Prices…"), this, guarded([this] {
                            EgressPriceEditor dialog(m_editor, this);
                            dialog.exec();
                        }));
    dataMenu->addAction(tr("&Offers and Prices…"), this, guarded([this] { editOffers(); }));
    dataMenu->addAction(tr("&Market Share…"), this, guarded([this] { editMarketShare(); }));
    dataMenu->addSeparator();
    QAction *refresh =
        dataMenu->addAction(tr("&Reload Price Book"), this, guarded([this] { reload(); }));
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Market Share &Pie"), this,
                    [this] { m_marketShare->tabs()->setCurrentIndex(0); });
    view->addAction(tr("Market Share &Trend"), this,
                    [this] { m_marketShare->tabs()->setCurrentIndex(1); });
    view->addSeparator();
    m_layout = new PanelLayout(m_splitter, this);
    m_layout->addTo(view);
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("T&heme"));
    auto *themeGroup = new QActionGroup(themes);
    const QList<std::pair<Theme, QString>> choices = {{Theme::System, tr("Follow the &System")},
                                                      {Theme::Light, tr("&Light")},
                                                      {Theme::Dark, tr("&Dark")}};
    const Theme saved = themeFromToken(QSettings().value(u"theme"_s).toString());
    for (const auto &[theme, text] : choices) {
        QAction *action = themes->addAction(text);
        action->setCheckable(true);
        action->setChecked(theme == saved);
        action->setData(themeToken(theme));
        themeGroup->addAction(action);
        const Theme chosen = theme;
        connect(action, &QAction::triggered, this, [this, chosen] { setTheme(chosen); });
    }
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(u"languageMenu"_s);
    auto *languageGroup = new QActionGroup(languages);
    const QString savedLanguage = QSettings().value(u"language"_s).toString();
    // Each language in its own words, so a user who cannot read the current one finds theirs.
    const QList<std::pair<QString, QString>> languageChoices = {
        {QString(), tr("Follow the &System")},
        {u"en"_s, u"English"_s},
        {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto &[token, text] : languageChoices) {
        QAction *action = languages->addAction(text);
        action->setCheckable(true);
        action->setChecked(token == savedLanguage);
        action->setData(token);
        languageGroup->addAction(action);
        const QString chosen = token;
        connect(action, &QAction::triggered, this, [this, chosen] { chooseLanguage(chosen); });
    }
    // Which prices count as current: an offer's price and the ★ depend on it.
    QMenu *freshness = view->addMenu(tr("&Freshness Window"));
    freshness->setObjectName(u"freshnessMenu"_s);
    auto *freshnessGroup = new QActionGroup(freshness);
    for (const int days : {30, 60, 90, 180, 365}) {
        QAction *action =
            freshness->addAction(days == kDefaultMaxAgeDays ? tr("%1 Days (Default)").arg(days)
                                                            : tr("%1 Days").arg(days));
        action->setCheckable(true);
        action->setChecked(days == m_prices->model()->maxAgeDays());
        action->setData(days);
        freshnessGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, days] { setFreshnessWindow(days); });
    }
    view->addSeparator();
    view->addAction(tr("&Clear Price Filters"), this, [this] {
        m_prices->setGpuFilter({});
        m_prices->setProviderFilter({});
        m_prices->setPricingFilter({});
        m_prices->setRegionFilter({});
        m_prices->setTextFilter({});
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Data Sources"), this, guarded([this] { showDataSources(); }));
    help->addAction(tr("&About GPU Cloud Compare"), this, [this] {
        QMessageBox::about(
            this, tr("About GPU Cloud Compare"),
            tr("<b>GPU Cloud Compare %1</b><p>Market share, GPU-hour prices and training-job cost "
               "across GPU clouds, from a price book you own.</p><p>Released under the MIT "
               "licence. The bundled prices and market shares come from public sources; each "
               "figure names its source and date under Help › Data Sources.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

} // namespace gpucompare
