#include "MainWindow.h"

#include "AutoUpdate.h"
#include "BookConnection.h"
#include "BookDialogs.h"
#include "BookService.h"
#include "ChartFactory.h"
#include "ChartFocus.h"
#include "CostTabs.h"
#include "Currency.h"
#include "ExchangeRateRepository.h"
#include "FileActions.h"
#include "JobCostPanel.h"
#include "MarketSharePanel.h"
#include "MenuBuilder.h"
#include "OfferRowLoader.h"
#include "PanelLayout.h"
#include "PhaseTrace.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"
#include "PriceBookEdits.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "RunGuarded.h"
#include "SavedJobsKeeper.h"
#include "ShownCurrency.h"
#include "Theme.h"
#include "UpdateConsentBar.h"
#include "UpdateNotices.h"
#include "UserNumber.h"
#include "ViewStateStore.h"
#include "WindowStatus.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

MainWindow::MainWindow(std::unique_ptr<PriceBook> book, QWidget *parent)
    : QMainWindow(parent)
    // The first child: the book closes before any other child goes.
    , m_connection(new BookConnection(std::move(book), this))
{
    // The theme before any widget exists: changing the style later repolishes every widget.
    // "System" changes nothing but tells the charts whether the desktop is dark.
    const Theme theme = themeFromToken(QSettings().value(u"theme"_s).toString());
    if (theme == Theme::System)
        ChartFactory::setDarkTheme(isDarkPalette(QApplication::palette()));
    else
        applyTheme(theme);
    tracePhase("theme");
    createPanels();
    tracePhase("panels");
    m_rowLoader = new OfferRowLoader(this);
    connect(m_rowLoader, &OfferRowLoader::loaded, this,
            [this](const std::shared_ptr<BookRead> &read) {
                runGuarded(this, [&] { showLoadedBook(read); });
            });
    m_status = std::make_unique<WindowStatus>(this);
    m_status->showTitle(*m_connection->book());
    m_charts = new ChartFocus(this, m_marketShare, m_prices, m_costs);
    m_dialogs = std::make_unique<BookDialogs>(
        BookDialogs::Parts{this, m_connection, m_marketShare, m_prices, m_jobCost});
    m_savedJobs = std::make_unique<SavedJobsKeeper>(this, m_connection, m_jobCost);
    connectPanels();
    connectEditor();
    createMenus();
    tracePhase("menus");
    m_viewState = std::make_unique<ViewStateStore>(
        ViewStateStore::Parts{this, m_splitter, m_layout, m_marketShare, m_prices, m_costs});

    resize(1280, 720);
    m_splitter->setSizes({360, 500, 420}); // the price table has the most columns to show
    // Before reload(): the calculator then estimates once, with the saved job.
    m_viewState->restoreJob();
    tracePhase("job-restored");
    reload();
    tracePhase("reloaded");
    m_viewState->restoreSettings();
    tracePhase("settings-restored");
    m_status->showOpeningNotes(*m_connection->book());
    m_autoUpdate->askIfNeeded();

    connect(m_connection, &BookConnection::checkDue, this, &MainWindow::checkForChangesElsewhere);
}

MainWindow::~MainWindow()
{
    m_autoUpdate->stop(); // its worker writes to the book's file
}

void MainWindow::createPanels()
{
    m_marketShare = new MarketSharePanel(this);
    m_prices = new PricesPanel(this);
    m_prices->model()->setMaxAgeDays(
        std::clamp(QSettings().value(u"prices/maxAgeDays"_s, kDefaultMaxAgeDays).toInt(),
                   kMinMaxAgeDays, kMaxMaxAgeDays));
    m_costs = new CostTabs(this);
    m_jobCost = m_costs->jobCost();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_marketShare);
    m_splitter->addWidget(m_prices);
    m_splitter->addWidget(m_costs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setChildrenCollapsible(false);
    // The consent bar for automatic updates sits above the panels, across the whole window.
    m_autoUpdate = new AutoUpdate(m_connection, this);
    connect(m_autoUpdate, &AutoUpdate::bookChanged, this, guarded(this, [this] { reload(); }));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_autoUpdate->consentBar());
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::connectPanels()
{
    connect(m_marketShare, &MarketSharePanel::providerFilterRequested, m_prices,
            &PricesPanel::setProviderFilter);
    connect(m_prices, &PricesPanel::gpuSelected, m_costs, &CostTabs::setGpuModel);
    connect(m_prices, &PricesPanel::includeStaleChanged, m_costs, &CostTabs::setIncludeStale);
    connect(m_prices, &PricesPanel::visibleRowsChanged, this,
            [this](int rows, int offers, int total) {
                m_status->showVisibleRows(rows, offers, total);
            });
    connect(m_prices, &PricesPanel::priceEditRequested, this, &MainWindow::changePrice);
    connect(m_prices, &PricesPanel::compareRequested, this, [this](const QList<qint64> &ids) {
        runGuarded(this, [&] { m_dialogs->compareOffers(ids); });
    });
    connect(m_prices, &PricesPanel::offerEditRequested, this,
            [this](qint64 offerId) { runGuarded(this, [&] { m_dialogs->editOffers(offerId); }); });
    connect(m_marketShare, &MarketSharePanel::editSnapshotRequested, this,
            guarded(this, [this] { m_dialogs->editMarketShare(); }));
}

void MainWindow::connectEditor()
{
    PriceBookEditor *editor = m_connection->editor();
    connect(editor, &PriceBookEditor::changed, this,
            [this](bool offersOnly, const QList<qint64> &offerIds) {
                if (offersOnly)
                    reloadOffers(offerIds);
                else
                    reload();
            });
    // Queued: the refusal arrives from inside QUndoStack::undo()/redo(), and a message box's
    // event loop there would run the stack's step back before the stack's own step finished.
    connect(
        editor, &PriceBookEditor::failed, this,
        [this](const QString &message) {
            QMessageBox::warning(this, QApplication::applicationDisplayName(), message);
        },
        Qt::QueuedConnection);
    // The title's modified marker: edits since the book was opened that Undo can take back.
    connect(editor->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_connection, &BookConnection::switched, this, &MainWindow::showSwitchedBook);
    connect(m_connection, &BookConnection::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::createMenus()
{
    m_fileActions = new FileActions(m_connection, m_prices, this);
    // An import or an update may add 100,000 offers: read off the GUI thread.
    connect(m_fileActions, &FileActions::bookChanged, this, &MainWindow::reloadInBackground);
    // After an update, whichever ran it: the link to its changes and the watches' alerts.
    m_notices = new UpdateNotices(m_connection, this);
    connect(m_fileActions, &FileActions::pricesUpdated, m_notices, &UpdateNotices::announce);
    connect(m_autoUpdate, &AutoUpdate::finished, m_notices,
            [this](const BackgroundUpdate::Result &result) {
                if (result.wroteSomething())
                    m_notices->announce(result.alerts);
            });
    m_layout = new PanelLayout(m_splitter, this);
    MenuBuilder({.window = this,
                 .editor = m_connection->editor(),
                 .fileActions = m_fileActions,
                 .updateAutomatically = m_autoUpdate->enabledAction(),
                 .dialogs = m_dialogs.get(),
                 .charts = m_charts,
                 .marketShare = m_marketShare,
                 .prices = m_prices,
                 .layout = m_layout,
                 .reload = [this] { reload(); },
                 .setTheme = [this](Theme theme) { setTheme(theme); },
                 .chooseLanguage = [this](const QString &token) { chooseLanguage(token); },
                 .setFreshnessWindow = [this](int days) { setFreshnessWindow(days); },
                 .setDisplayCurrency = [this](const QString &code) { setDisplayCurrency(code); },
                 .showChanges =
                     [this] {
                         m_notices->showChanges();
                     }})
        .build();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkForChangesElsewhere();
    QMainWindow::changeEvent(event);
}

PriceBook *MainWindow::book() const
{
    return m_connection->book();
}

PriceBookEditor *MainWindow::editor() const
{
    return m_connection->editor();
}

std::unique_ptr<PriceBook> MainWindow::takeBook()
{
    return m_connection->take();
}

QVariantMap MainWindow::viewState() const
{
    return m_viewState->viewState();
}

void MainWindow::restoreViewState(const QVariantMap &state)
{
    m_viewState->restoreViewState(state);
}

bool MainWindow::checkForChangesElsewhere()
{
    // Not while a dialog works on the book (an import writes through a connection of its own
    // and reloads when it is done), nor while the book waits for File › Restore, nor while the
    // background update writes: the window reloads once, when it is done.
    if (QApplication::activeModalWidget() || !book() || m_autoUpdate->isRunning())
        return false;
    const std::optional<QString> who = m_connection->changedElsewhere();
    if (!who)
        return false;
    reload();
    if (who->isEmpty()) {
        statusBar()->showMessage(tr("The price book was changed by another window or program; "
                                    "the panels show the change."),
                                 8000);
    } else {
        statusBar()->showMessage(tr("Changed by %1 (team price book).").arg(*who), 8000);
    }
    return true;
}

void MainWindow::showSwitchedBook()
{
    m_status->showTitle(*book());
    reload();
    if (!m_status->showOpeningNotes(*book()))
        statusBar()->showMessage(tr("Opened %1").arg(book()->shownName()), 5000);
}

bool MainWindow::reloadAllButOffers()
{
    m_jobCost->setSavingEnabled(!book()->isReadOnly());
    // Before the panels read their rows: an update may have brought a newer rate.
    applyDisplayCurrency();
    m_prices->setHistorySource([this] {
        // Unreadable: the chart then says no prices match.
        Outcome<QList<HistoryObservation>> history = book::priceHistory(book()->database());
        return history ? std::move(history).value() : QList<HistoryObservation>();
    });
    const Outcome<QList<MarketShareSnapshot>> shares = book::marketShares(book()->database());
    if (!shares) {
        showBookError(shares.error());
        return false;
    }
    m_marketShare->setSnapshots(shares.value());
    tracePhase("reload: shares");
    return true;
}

void MainWindow::reload()
{
    m_rowLoader->discard(); // what is read here is newer
    [&] {
        if (!reloadAllButOffers())
            return;
        // One read of the offers for both panels: at 100,000 offers it is the slow part.
        // The price table annotates them (per-GPU price, flags); the calculator shares its list.
        const Freshness freshness{QDate::currentDate(), m_prices->model()->maxAgeDays()};
        Outcome<QList<OfferRow>> rows = book::currentOffers(book()->database(), freshness);
        if (!rows)
            return showBookError(rows.error());
        tracePhase("reload: offers read");
        m_prices->setRows(std::move(rows).value(), freshness.today);
        tracePhase("reload: table rows");
        showCostInputs();
        tracePhase("reload: cost inputs");
    }();
    finishReload();
    updateStatusBar();
}

void MainWindow::finishReload()
{
    m_savedJobs->reload();
    // What the panels now show includes every commit so far, this process's worker's too.
    m_connection->markCommitsSeen();
}

void MainWindow::reloadInBackground()
{
    if (!reloadAllButOffers()) {
        finishReload();
        updateStatusBar();
        return;
    }
    // Marked now: the worker's read begins after this and sees every commit so far.
    m_connection->markCommitsSeen();
    m_rowLoader->start(book()->path(), book()->isReadOnly(),
                       m_prices->tableAnnotation(QDate::currentDate()));
}

bool MainWindow::isReloading() const
{
    return m_rowLoader->isLoading();
}

void MainWindow::showLoadedBook(const std::shared_ptr<BookRead> &read)
{
    if (!book())
        return; // closed for File › Restore: the reload after it shows the book
    if (!read->error.isEmpty())
        return showBookError(read->error);
    // Annotated under the table's settings of then: the calculators' inputs hold those rows.
    const bool asAnnotated =
        read->offers.annotation.revision == m_prices->model()->annotation(QDate()).revision;
    m_prices->setPreparedRows(std::move(read->offers), true);
    tracePhase("reload: prepared rows shown");
    if (read->costInputs && asAnnotated)
        m_costs->setCostInputs(std::move(*read->costInputs));
    else
        showCostInputs();
    m_savedJobs->reload();
    m_status->showBook(
        *book(), read->dating ? m_fileActions->pricesAge(*read->dating) : FileActions::PricesAge{},
        read->counts);
    tracePhase("reload: loaded book shown");
    Q_EMIT offersLoaded();
}

void MainWindow::reloadOffers(const QList<qint64> &offerIds)
{
    const QSqlDatabase db = book()->database();
    // A few rows read and replaced in place: saving one price in a book of 100,000 offers
    // must not read, annotate and sort every offer again.
    const Outcome<QList<OfferRow>> current = book::currentOffers(
        db, offerIds, Freshness{m_prices->model()->today(), m_prices->model()->maxAgeDays()});
    if (current) {
        QList<qint64> gone = offerIds;
        for (const OfferRow &row : current.value())
            gone.removeAll(row.offerId);
        m_costs->releaseOffers();
        m_prices->updateOffers(current.value(), gone);
        showCostInputs();
        if (m_rowLoader->isLoading())
            reloadInBackground(); // its read may have begun before this edit
    } else {
        showBookError(current.error());
    }
    followEditSoon();
    m_connection->markCommitsSeen();
}

void MainWindow::followEditSoon()
{
    // The status line's counts and the prices' age read every price: tens of milliseconds at
    // 100,000 offers, so they follow the table in the next turn of the event loop, once for
    // edits made together.
    if (m_followEditPending)
        return;
    m_followEditPending = true;
    QTimer::singleShot(0, this, [this] {
        m_followEditPending = false;
        if (!book())
            return; // closed for File › Restore: the reload after it shows the book
        updateStatusBar();
    });
}

void MainWindow::setFreshnessWindow(int days)
{
    QSettings().setValue(u"prices/maxAgeDays"_s, days);
    m_prices->model()->setMaxAgeDays(days);
    reload();
}

void MainWindow::setDisplayCurrency(const QString &code)
{
    QSettings().setValue(u"currency"_s, code);
    reload();
    const QString rate = shownCurrency().rateNote(QLocale());
    statusBar()->showMessage(rate.isEmpty() ? tr("Prices in US dollars, as published.")
                                            : tr("Prices in %1 at %2.").arg(code, rate),
                             8000);
}

void MainWindow::applyDisplayCurrency()
{
    const QString code =
        QSettings().value(u"currency"_s, defaultDisplayCurrency(QLocale())).toString();
    const QDate today = QDate::currentDate();
    Outcome<ExchangeRates> rates = readExchangeRates(book()->database());
    ExchangeRates bundled;
    bundled.add(bundledEuroRates()); // an unreadable table still leaves the bundled day
    setShownCurrency(PriceDisplay::of(code, rates ? rates.value() : bundled, today));
    m_status->showCurrency(shownCurrency(), today);
}

void MainWindow::setTheme(Theme theme)
{
    applyTheme(theme);
    QSettings().setValue(u"theme"_s, themeToken(theme));
    m_marketShare->refreshCharts();
    m_prices->refreshCharts();
    m_costs->refreshCharts();
}

void MainWindow::chooseLanguage(const QString &token)
{
    if (QSettings().value(u"language"_s).toString() == token)
        return;
    if (editor()->undoStack()->canUndo()) {
        const auto answer = QMessageBox::question(
            this, QApplication::applicationDisplayName(),
            tr("The window opens again in the new language, and Edit › Undo forgets this "
               "session's edits (they stay saved). Switch now?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    QSettings().setValue(u"language"_s, token);
    Q_EMIT languageChangeRequested();
}

bool MainWindow::changePrice(qint64 offerId, const QString &text)
{
    // Read, checked and written below the widgets (EditService); the result comes up once.
    if (const Outcome<PriceBookEdit> saved = editor()->changePrice(offerId, text); !saved) {
        statusBar()->showMessage(tr("Price not changed: %1").arg(saved.error()), 10000);
        return false;
    }
    statusBar()->showMessage(tr("Price saved. Edit › Undo takes it back."), 5000);
    return true;
}

void MainWindow::showBookError(const QString &message)
{
    QMessageBox::warning(this, tr("Price book"), message);
}

void MainWindow::showCostInputs()
{
    Outcome<CostInputs> inputs = book::costInputs(book()->database(), m_prices->model()->rows());
    if (inputs)
        m_costs->setCostInputs(std::move(inputs).value());
    else
        showBookError(inputs.error());
}

void MainWindow::updateStatusBar()
{
    m_status->showBook(*book(), m_fileActions->pricesAge());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_viewState->saveSettings();
    event->accept();
}

} // namespace gpucompare
