#include "MainWindow.h"

#include "AutoUpdate.h"
#include "BookService.h"
#include "ChartFactory.h"
#include "CommitWatcher.h"
#include "CompareOffersDialog.h"
#include "CostTabs.h"
#include "DataSourcesDialog.h"
#include "ExportableChartView.h"
#include "FileActions.h"
#include "GpuModelEditor.h"
#include "JobCostPanel.h"
#include "JobForm.h"
#include "MarketSharePanel.h"
#include "OfferEditor.h"
#include "PanelLayout.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"
#include "PriceBookEdits.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ProviderEditor.h"
#include "SnapshotEditor.h"
#include "Theme.h"
#include "UpdateConsentBar.h"
#include "UserNumber.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

MainWindow::MainWindow(std::unique_ptr<PriceBook> book, QWidget *parent)
    : QMainWindow(parent)
    , m_book(std::move(book))
{
    showBookInTitle();
    // The theme before any widget exists: changing the style later repolishes every widget.
    // "System" changes nothing but tells the charts whether the desktop is dark.
    const Theme theme = themeFromToken(QSettings().value(u"theme"_s).toString());
    if (theme == Theme::System)
        ChartFactory::setDarkTheme(isDarkPalette(QApplication::palette()));
    else
        applyTheme(theme);
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
    m_autoUpdate = new AutoUpdate(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_autoUpdate->consentBar());
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_pathLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_visibleLabel = new QLabel(this);
    m_pricesAgeLabel = new QLabel(this);
    m_pricesAgeLabel->setObjectName(u"pricesAge"_s);
    // The prices' age is no permanent widget: a message (an update's progress, its result)
    // takes its place while shown, and so has the room of both at 1280 px.
    statusBar()->addWidget(m_pathLabel);
    statusBar()->addWidget(m_pricesAgeLabel, 1);
    statusBar()->addPermanentWidget(m_visibleLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_marketShare, &MarketSharePanel::providerFilterRequested, m_prices,
            &PricesPanel::setProviderFilter);
    connect(m_prices, &PricesPanel::gpuSelected, m_costs, &CostTabs::setGpuModel);
    connect(m_prices, &PricesPanel::includeStaleChanged, m_costs, &CostTabs::setIncludeStale);
    connect(m_jobCost, &JobCostPanel::saveJobRequested, this, [this](const SavedJob &job) {
        writeToBook(tr("Saving the job \"%1\"").arg(job.name),
                    book::saveJob(m_book->database(), job));
    });
    connect(m_jobCost, &JobCostPanel::renameJobRequested, this,
            [this](const QString &from, const QString &to) {
                writeToBook(tr("Renaming the job \"%1\"").arg(from),
                            book::renameJob(m_book->database(), from, to));
            });
    connect(m_jobCost, &JobCostPanel::deleteJobRequested, this, [this](const QString &name) {
        writeToBook(tr("Deleting the job \"%1\"").arg(name),
                    book::deleteJob(m_book->database(), name));
    });
    connect(
        m_prices, &PricesPanel::visibleRowsChanged, this, [this](int rows, int offers, int total) {
            const QLocale locale;
            m_visibleLabel->setText(rows == offers
                                        ? tr("Showing %1 of %2 offers")
                                              .arg(locale.toString(offers), locale.toString(total))
                                        : tr("%1 of %2 offers, %3 rows")
                                              .arg(locale.toString(offers), locale.toString(total),
                                                   locale.toString(rows)));
            m_visibleLabel->setToolTip(
                rows == offers
                    ? QString()
                    : tr("Offers that differ only by region share a row (\"17 regions\"); "
                         "click its Region cell to show each region."));
        });
    // Every chart's export says where it went.
    for (ExportableChartView *view : findChildren<ExportableChartView *>()) {
        connect(view, &ExportableChartView::exported, this,
                [this](const QString &path, QSize size) {
                    statusBar()->showMessage(tr("Saved the chart, %1 × %2 pixels, to %3")
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

    m_editor = new PriceBookEditor(this);
    m_editor->setDatabase(m_book->database(), m_book->isReadOnly());
    m_commits = new CommitWatcher(this);
    m_commits->watch(m_book->database());
    connect(m_editor, &PriceBookEditor::changed, this,
            [this](bool offersOnly, const QList<qint64> &offerIds) {
                if (offersOnly)
                    reloadOffers(offerIds);
                else
                    reload();
            });
    // Queued: the refusal arrives from inside QUndoStack::undo()/redo(), and a message box's
    // event loop there would run the stack's step back before the stack's own step finished.
    connect(
        m_editor, &PriceBookEditor::failed, this,
        [this](const QString &message) {
            QMessageBox::warning(this, QApplication::applicationDisplayName(), message);
        },
        Qt::QueuedConnection);
    // The title's modified marker: edits since the book was opened that Undo can take back.
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_prices, &PricesPanel::priceEditRequested, this, &MainWindow::changePrice);
    connect(m_prices, &PricesPanel::compareRequested, this,
            [this](const QList<qint64> &ids) { runGuarded([&] { compareOffers(ids); }); });
    connect(m_prices, &PricesPanel::offerEditRequested, this,
            [this](qint64 offerId) { runGuarded([&] { editOffers(offerId); }); });
    connect(m_marketShare, &MarketSharePanel::editSnapshotRequested, this,
            guarded([this] { editMarketShare(); }));

    createMenus();
    resize(1280, 720);
    m_splitter->setSizes({360, 500, 420}); // the price table has the most columns to show
    restoreJob(); // before reload(): the calculator then estimates once, with the saved job
    reload();
    restoreSettings();
    showOpeningNotes();
    m_autoUpdate->askIfNeeded();

    connect(m_commits, &CommitWatcher::due, this, &MainWindow::checkForChangesElsewhere);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkForChangesElsewhere();
    QMainWindow::changeEvent(event);
}

void MainWindow::showOpeningNotes()
{
    // A rolled-back change is said once, before (and beside) why the book is read-only.
    QStringList notes;
    if (!m_book->recoveryNote().isEmpty())
        notes.append(m_book->recoveryNote());
    if (m_book->isReadOnly())
        notes.append(m_book->readOnlyReason());
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(u' '));
}

MainWindow::~MainWindow()
{
    m_autoUpdate->stop(); // its worker writes to the book's file
    // The editor and the watcher are children and outlive m_book: let go of the connection
    // before it closes.
    m_editor->setDatabase(QSqlDatabase(), true);
    m_commits->watch(QSqlDatabase());
}

void MainWindow::reload()
{
    const QSqlDatabase db = m_book->database();
    m_jobCost->setSavingEnabled(!m_book->isReadOnly());
    m_prices->setHistorySource([this] {
        // Unreadable: the chart then says no prices match.
        Outcome<QList<HistoryObservation>> history = book::priceHistory(m_book->database());
        return history ? std::move(history).value() : QList<HistoryObservation>();
    });
    [&] {
        const Outcome<QList<MarketShareSnapshot>> shares = book::marketShares(db);
        if (!shares)
            return showBookError(shares.error());
        m_marketShare->setSnapshots(shares.value());
        // One read of the offers for both panels: at 100,000 offers it is the slow part.
        // The price table annotates them (per-GPU price, flags); the calculator shares its list.
        const Freshness freshness{QDate::currentDate(), m_prices->model()->maxAgeDays()};
        Outcome<QList<OfferRow>> rows = book::currentOffers(db, freshness);
        if (!rows)
            return showBookError(rows.error());
        m_prices->setRows(std::move(rows).value(), freshness.today);
        showCostInputs();
    }();
    reloadSavedJobs();
    updateStatusBar();
    // What the panels now show includes every commit so far, this process's worker's too.
    m_commits->markSeen();
}

void MainWindow::reloadOffers(const QList<qint64> &offerIds)
{
    const QSqlDatabase db = m_book->database();
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
    } else {
        showBookError(current.error());
    }
    updateStatusBar();
    m_commits->markSeen();
}

void MainWindow::setFreshnessWindow(int days)
{
    QSettings().setValue(u"prices/maxAgeDays"_s, days);
    m_prices->model()->setMaxAgeDays(days);
    reload();
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
    if (m_editor->undoStack()->canUndo()) {
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

void MainWindow::editProviders()
{
    ProviderEditor dialog(m_editor, this);
    dialog.exec();
}

void MainWindow::editGpuModels()
{
    GpuModelEditor dialog(m_editor, this);
    dialog.exec();
}

void MainWindow::editOffers(std::optional<qint64> offerId)
{
    OfferEditor dialog(m_editor, this);
    if (offerId)
        dialog.selectRecord(*offerId);
    dialog.exec();
}

void MainWindow::editMarketShare()
{
    SnapshotEditor dialog(m_editor, this);
    if (const MarketShareSnapshot *shown = m_marketShare->currentSnapshot()) {
        // A book that cannot be read: the dialog says why itself.
        const Outcome<QList<SnapshotRecord>> records = snapshotRecords(m_book->database());
        for (const SnapshotRecord &r : records ? records.value() : QList<SnapshotRecord>()) {
            if (r.snapshot.scope == shown->scope && r.snapshot.period == shown->period &&
                r.snapshot.sourceName == shown->sourceName)
                dialog.selectRecord(r.id);
        }
    }
    dialog.exec();
}

bool MainWindow::changePrice(qint64 offerId, const QString &text)
{
    // Read, checked and written below the widgets (EditService); the result comes up once.
    if (const Outcome<PriceBookEdit> saved = m_editor->changePrice(offerId, text); !saved) {
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
    Outcome<CostInputs> inputs = book::costInputs(m_book->database(), m_prices->model()->rows());
    if (inputs)
        m_costs->setCostInputs(std::move(inputs).value());
    else
        showBookError(inputs.error());
}

void MainWindow::reloadSavedJobs()
{
    const Outcome<QList<SavedJob>> jobs = book::savedJobs(m_book->database());
    if (jobs)
        m_jobCost->setSavedJobs(jobs.value());
    else
        QMessageBox::warning(this, tr("Saved jobs"), jobs.error());
}

bool MainWindow::writeToBook(const QString &what, const Status &written)
{
    reloadSavedJobs();
    if (written)
        return true;
    QMessageBox::warning(
        this, QApplication::applicationDisplayName(),
        tr("%1 failed; the price book is as it was.\n\n%2").arg(what, written.error()));
    return false;
}

void MainWindow::runGuarded(const std::function<void()> &action)
{
    // The last net under a menu command: what reads the book goes through book:: outcomes,
    // and an exception that still gets here (a form's read of a record) is said, not fatal.
    try {
        action();
    } catch (const std::exception &e) {
        QMessageBox::warning(this, QApplication::applicationDisplayName(),
                             tr("Something went wrong: %1").arg(QString::fromUtf8(e.what())));
    }
}

ExportableChartView *MainWindow::currentChartView() const
{
    if (m_lastChartPanel == m_prices) {
        ExportableChartView *visible = m_prices->visibleChartView();
        return visible ? visible : m_prices->chartView();
    }
    if (m_lastChartPanel == m_costs)
        return m_costs->currentChartView();
    return m_marketShare->currentChartView();
}

void MainWindow::exportCurrentChart()
{
    currentChartView()->exportWithDialog();
}

void MainWindow::compareOffers(const QList<qint64> &offerIds)
{
    if (offerIds.size() < 2 || offerIds.size() > CompareOffersDialog::kMaxOffers) {
        statusBar()->showMessage(tr("Select two to four offers to compare (Ctrl+click or "
                                    "Shift+click rows), then Ctrl+D."),
                                 8000);
        return;
    }
    CompareOffersDialog::Inputs inputs;
    for (const qint64 id : offerIds) {
        for (const OfferRow &row : m_prices->model()->rows()) {
            if (row.offerId == id)
                inputs.offers.append(row);
        }
    }
    const Outcome<QList<GpuModel>> gpus = book::gpuModels(m_book->database());
    const Outcome<QList<HistoryObservation>> history =
        book::priceHistory(m_book->database(), offerIds);
    if (!gpus || !history)
        return showBookError(gpus ? history.error() : gpus.error());
    inputs.gpuModels = gpus.value();
    inputs.history = history.value();
    // The calculator's job on exactly these offers, whatever GPU or provider it is filtered to.
    const JobSpec job = m_jobCost->form()->job();
    if (checkJob(job).ok()) {
        const CostInputs &costs = m_jobCost->costInputs();
        inputs.run = estimateJob(job, inputs.offers, costs.gpus, costs.discounts);
    }
    inputs.jobDescription = ChartFactory::jobDescription(job);
    inputs.today = m_prices->model()->today();
    CompareOffersDialog dialog(std::move(inputs), this);
    dialog.exec();
}

void MainWindow::showDataSources()
{
    const Outcome<PriceBookData> contents = book::contents(m_book->database());
    if (!contents)
        return showBookError(contents.error());
    DataSourcesDialog dialog(contents.value(), this);
    dialog.exec();
}

void MainWindow::updateStatusBar()
{
    // The file's name only: its folder is in the title and the tooltip, and the status bar
    // needs the room for the prices' age.
    const QString path = m_book->shownName();
    QString shown = m_book->isTeamBook() ? path : QFileInfo(path).fileName();
    if (m_book->isReadOnly())
        shown += tr(" (read-only)");
    m_pathLabel->setText(shown);
    m_pathLabel->setToolTip(m_book->isReadOnly() ? m_book->readOnlyReason()
                                                 : QDir::toNativeSeparators(path));
    // Short enough for the status bar at 1280 px beside the path and the prices' age; the
    // market-share count goes to the tooltip. Unreadable: the counts read zero.
    const QLocale locale;
    const Outcome<book::Counts> read = book::counts(m_book->database());
    const book::Counts counts = read ? read.value() : book::Counts{};
    m_countsLabel->setText(tr("%1 offers · %2 providers · %3 GPU models")
                               .arg(locale.toString(counts.offers),
                                    locale.toString(counts.providers),
                                    locale.toString(counts.gpuModels)));
    m_countsLabel->setToolTip(tr("The price book holds %1 market-share snapshots.")
                                  .arg(locale.toString(counts.snapshots)));
    const FileActions::PricesAge age = m_fileActions->pricesAge();
    m_pricesAgeLabel->setText(age.text);
    m_pricesAgeLabel->setToolTip(age.toolTip);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace gpucompare
