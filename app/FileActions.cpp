#include "FileActions.h"

#include "AutoUpdate.h"
#include "BookConnection.h"
#include "BookCopy.h"
#include "BookDocuments.h"
#include "BookService.h"
#include "ImportDialog.h"
#include "OfferFilterProxyModel.h"
#include "OwnCsv.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"
#include "PriceTableModel.h"
#include "PriceUpdate.h"
#include "PricesPanel.h"
#include "RunGuarded.h"
#include "SavedFile.h"
#include "TeamBookDialog.h"
#include "TeamBookUri.h"
#include "UpdatePricesDialog.h"
#include "UpdateRun.h"
#include "WatchRepository.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <filesystem>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// The table's visible rows as offers with their current price, for "export what I see".
QList<Offer> visibleOffers(const PricesPanel *prices)
{
    QList<Offer> offers;
    const OfferFilterProxyModel *proxy = prices->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const OfferRow &r = prices->model()->rowAt(proxy->mapToSource(proxy->index(row, 0)).row());
        Offer o;
        o.provider = r.provider;
        o.gpuModel = r.gpuModel;
        o.instanceType = r.instanceType;
        o.gpusPerInstance = r.gpusPerInstance;
        o.perGpuRate = r.perGpuRate;
        o.region = r.region;
        o.pricing = r.pricing;
        o.pricingTerm = r.pricingTerm;
        o.prices = {PriceObservation{r.usdPerInstanceHour, r.observedOn, r.sourceUrl, QString(),
                                     QString(), r.publishedCurrency, r.publishedAmount}};
        offers.append(o);
    }
    return offers;
}

} // namespace

FileActions::FileActions(BookConnection *connection, PricesPanel *prices, QMainWindow *window)
    : QObject(window)
    , m_connection(connection)
    , m_prices(prices)
    , m_window(window)
{}

void FileActions::addTo(QMenu *file, QAction *updateAutomatically)
{
    QAction *before = file->actions().isEmpty() ? nullptr : file->actions().first();
    auto add = [&](const QString &text, auto slot, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, file);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this,
                [this, slot] { runGuarded(m_window, [this, slot] { (this->*slot)(); }); });
        file->insertAction(before, action);
        return action;
    };
    add(tr("&Open Price Book…"), &FileActions::chooseAndOpen, QKeySequence::Open);
    add(tr("Open &Team Price Book…"), &FileActions::chooseAndOpenTeamBook)
        ->setObjectName(u"openTeamBookAction"_s);
    add(tr("Save a &Copy of the Price Book…"), &FileActions::chooseAndSaveCopy);
    add(tr("Copy Price Book &To…"), &FileActions::chooseAndCopyTo)
        ->setObjectName(u"copyBookToAction"_s);
    add(tr("&Restore from a Copy…"), &FileActions::chooseAndRestore);
    file->insertSeparator(before);
    add(tr("&Import…"), &FileActions::chooseAndImport, Qt::CTRL | Qt::Key_I);
    m_update = add(tr("&Update Prices…"), &FileActions::updatePrices, Qt::CTRL | Qt::Key_U);
    m_update->setObjectName(u"updatePricesAction"_s);
    m_update->setToolTip(tr("Current prices from public catalogs (SkyPilot, Azure)"));
    // The background update's switch, beside the update it runs by itself.
    file->insertAction(before, updateAutomatically);
    auto *exportMenu = new QMenu(tr("E&xport"), file);
    exportMenu->setObjectName(u"exportMenu"_s);
    const QList<std::pair<QString, QString>> exports = {
        {tr("&Offers as CSV…"), u"offers"_s},
        {tr("&Visible Offers as CSV…"), u"visible-offers"_s},
        {tr("&Market Share as CSV…"), u"market-share"_s},
        {tr("Whole Price Book as &JSON…"), u"all"_s},
    };
    for (const auto &[text, what] : exports) {
        const QString kind = what;
        exportMenu->addAction(text, this, [this, kind] {
            runGuarded(m_window, [this, kind] { chooseAndExport(kind); });
        });
    }
    exportMenu->addSeparator();
    m_bom = exportMenu->addAction(tr("Start CSV Files with a &Byte-Order Mark"));
    m_bom->setCheckable(true);
    m_bom->setToolTip(tr("Some spreadsheet programs need it to read UTF-8."));
    m_bom->setChecked(QSettings().value(u"export/bom"_s, false).toBool());
    connect(m_bom, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(u"export/bom"_s, on); });
    file->insertMenu(before, exportMenu);
    file->insertSeparator(before);
}

QString FileActions::askForPath(const QString &title, const QString &suggestedName,
                                const QString &filter)
{
    QSettings settings;
    const QString folder = settings.value(u"export/folder"_s, QDir::homePath()).toString();
    const QString path =
        QFileDialog::getSaveFileName(m_window, title, QDir(folder).filePath(suggestedName), filter);
    if (!path.isEmpty())
        settings.setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    return path;
}

Status FileActions::exportTo(const QString &what, const QString &path) const
{
    const bool bom = m_bom && m_bom->isChecked();
    // The rows on show are the window's own; the rest is the command line's export too.
    const Outcome<QByteArray> bytes =
        what == u"visible-offers"
            ? Outcome<QByteArray>(OwnCsv::writeOffers(visibleOffers(m_prices), bom))
            : bookDocument(m_connection->book()->database(),
                           bookContentFromToken(what).value_or(BookContent::WholeBook), bom);
    return bytes ? saveFile(path, bytes.value()) : Status::failure(bytes.error());
}

void FileActions::chooseAndExport(const QString &what)
{
    const bool json = what == u"all";
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QString name = json ? u"pricebook-%1.json"_s.arg(date) : u"%1-%2.csv"_s.arg(what, date);
    const QString path =
        askForPath(tr("Export"), name, json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status exported = exportTo(what, path); !exported) {
        QMessageBox::warning(m_window, tr("Export"), exported.error());
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                       5000);
}

Status FileActions::saveCopy(const QString &path) const
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Status::failure(tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path)));
    return m_connection->book()->backupTo(path);
}

void FileActions::chooseAndSaveCopy()
{
    const QString path =
        askForPath(tr("Save a Copy of the Price Book"),
                   u"pricebook-%1.sqlite"_s.arg(QDate::currentDate().toString(Qt::ISODate)),
                   tr("Price books (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() ==
        QFileInfo(m_connection->book()->path()).absoluteFilePath()) {
        QMessageBox::warning(m_window, tr("Save a Copy"),
                             tr("Choose another file than the open price book."));
        return;
    }
    if (const Status saved = saveCopy(path); !saved) {
        QMessageBox::warning(m_window, tr("Save a Copy"), saved.error());
        return;
    }
    m_window->statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)),
                                       5000);
}

void FileActions::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Price Book"), QFileInfo(m_connection->book()->path()).absolutePath(),
        tr("Price books (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    PriceBook::OpenResult opened = PriceBook::open(path, PriceBook::Create::Never);
    if (!opened.book) {
        QMessageBox::warning(m_window, tr("Open Price Book"), opened.error);
        return;
    }
    m_connection->switchTo(std::move(opened.book));
}

void FileActions::chooseAndOpenTeamBook()
{
    TeamBookDialog dialog(TeamBookDialog::Purpose::Open, m_window);
    PriceBook::OpenResult opened;
    // After an error the dialog opens again with what was typed: a typo is fixed, not retyped.
    while (!opened.book) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        opened = PriceBook::open(dialog.place());
        QApplication::restoreOverrideCursor();
        if (!opened.book)
            QMessageBox::warning(m_window, tr("Open Team Price Book"), opened.error);
    }
    TeamBookDialog::rememberTeamBook(dialog.place());
    m_connection->switchTo(std::move(opened.book));
}

void FileActions::chooseAndCopyTo()
{
    TeamBookDialog dialog(TeamBookDialog::Purpose::CopyTo, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString target = dialog.place();
    const bool team = TeamBookUri::isTeamBook(target);
    const QString shownTarget = team ? withoutPassword(target) : QDir::toNativeSeparators(target);
    if (!team && QFileInfo(target).size() > 0) {
        QMessageBox::warning(m_window, tr("Copy Price Book To"),
                             tr("%1 exists and is not empty: a copy goes only into a new or "
                                "empty file, so that nothing there is overwritten.")
                                 .arg(shownTarget));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PriceBook::OpenResult copied = copyBook(m_connection->book()->database(), target);
    QApplication::restoreOverrideCursor();
    if (!copied.book) {
        QMessageBox::warning(m_window, tr("Copy Price Book To"), copied.error);
        return;
    }
    if (team)
        TeamBookDialog::rememberTeamBook(target);
    m_window->statusBar()->showMessage(tr("Copied the price book to %1").arg(shownTarget), 8000);
}

Status FileActions::restoreFrom(const QString &copyPath)
{
    if (m_connection->book()->isTeamBook()) {
        return Status::failure(
            tr("A team price book is shared: restoring a copy over it would undo every "
               "member's changes. Restore it on the server (pg_restore), or open the copy "
               "with File › Open Price Book."));
    }
    // The copy must open as a price book before anything is touched.
    {
        PriceBook::OpenResult copy = PriceBook::open(copyPath, PriceBook::Create::Never);
        if (!copy.book)
            return Status::failure(copy.error);
        if (copy.book->isReadOnly() &&
            copy.book->schemaVersion() > m_connection->book()->schemaVersion()) {
            return Status::failure(tr("The copy comes from a newer version of GPU Cloud Compare."));
        }
    }
    const QString path = m_connection->book()->path();
    if (QFileInfo(copyPath).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return Status::failure(tr("That is the open price book itself."));
    const QString backup = path + u".before-restore-%1.sqlite"_s.arg(
                                      QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    if (Status backedUp = m_connection->book()->backupTo(backup); !backedUp)
        return backedUp;
    // Copy beside the target, then swap it in with a rename: never a half-written price book.
    const QString staging = path + u".restoring"_s;
    QFile::remove(staging);
    if (!QFile::copy(copyPath, staging)) {
        return Status::failure(
            tr("Cannot copy %1 next to the price book.").arg(QDir::toNativeSeparators(copyPath)));
    }
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner);
    m_connection->close();
    std::error_code failure;
    std::filesystem::rename(staging.toStdString(), path.toStdString(), failure);
    PriceBook::OpenResult reopened = PriceBook::open(path, PriceBook::Create::Never);
    if (failure || !reopened.book) {
        const QString error = failure ? QString::fromStdString(failure.message()) : reopened.error;
        QFile::remove(staging);
        // Put the previous book back in front of the user, whatever happened.
        reopened = PriceBook::open(path, PriceBook::Create::Never);
        if (!reopened.book)
            reopened = PriceBook::open(backup, PriceBook::Create::Never);
        if (reopened.book)
            m_connection->switchTo(std::move(reopened.book));
        return Status::failure(error);
    }
    m_connection->switchTo(std::move(reopened.book));
    return done();
}

void FileActions::chooseAndRestore()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Restore from a Copy"), QFileInfo(m_connection->book()->path()).absolutePath(),
        tr("Price books (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QMessageBox::question(m_window, tr("Restore from a Copy"),
                              tr("Replace the open price book with %1? The current one is kept "
                                 "as a backup beside it.")
                                  .arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes)
        return;
    const bool hadEdits = m_connection->editor()->undoStack()->count() > 0;
    if (const Status restored = restoreFrom(path); !restored) {
        QMessageBox::warning(m_window, tr("Restore from a Copy"), restored.error());
        return;
    }
    QString message = tr("Restored the price book from %1.").arg(QDir::toNativeSeparators(path));
    if (hadEdits)
        message += u' ' + tr("Edits made before the restore can no longer be undone.");
    m_window->statusBar()->showMessage(message, 8000);
}

void FileActions::chooseAndImport()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import"), settings.value(u"import/folder"_s, QDir::homePath()).toString(),
        tr("Price catalogs (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"import/folder"_s, QFileInfo(path).absolutePath());
    importFile(path);
}

void FileActions::updatePrices()
{
    PriceBook *book = m_connection->book();
    if (book->isReadOnly()) {
        QMessageBox::warning(m_window, tr("Update Prices"),
                             tr("The price book is read-only: %1").arg(book->readOnlyReason()));
        return;
    }
    // The window reads the public catalogs; GPUCOMPARE_UPDATE_BASE_URL points it at a mirror
    // (or a test server) as --base-url does on the command line.
    UpdateRequest request;
    FetchPolicy policy = FetchPolicy::fromEnvironment();
    request.baseUrl = qEnvironmentVariable("GPUCOMPARE_UPDATE_BASE_URL");
    policy.allowPlainHttp = !request.baseUrl.isEmpty();
    // Where the watches stand before: the dialog previews and applies on a connection of its
    // own, and what its update took below a threshold is the difference.
    const Outcome<QList<WatchStanding>> watchesBefore =
        watchStandings(book->database(), QDate::currentDate());
    UpdatePricesDialog dialog(book->path(), request, policy, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool forgotEdits = m_connection->editor()->clearHistory();
    Q_EMIT bookChanged();
    const UpdateTotals totals = UpdateTotals::of(dialog.reports());
    QStringList failed;
    for (const SourceReport &r : dialog.reports()) {
        if (r.failed())
            failed << r.catalog.key();
    }
    QString message = tr("Prices updated: %1 new offers, %2 price changes, %3 no longer listed.")
                          .arg(totals.offersAdded)
                          .arg(totals.pricesChanged)
                          .arg(totals.vanished);
    if (!failed.isEmpty())
        message += u' ' + tr("Not updated: %1.").arg(failed.join(u", "_s));
    if (forgotEdits)
        message += u' ' + tr("Edits made before the update can no longer be undone.");
    m_window->statusBar()->showMessage(message, 12000);
    if (totals.wroteSomething()) {
        Q_EMIT pricesUpdated(
            alertsSince(m_connection->book()->database(), watchesBefore, QDate::currentDate()));
    }
}

FileActions::PricesAge FileActions::pricesAge() const
{
    const Outcome<PriceDating> read = book::priceDating(m_connection->book()->database());
    return read ? pricesAge(read.value()) : PricesAge{};
}

FileActions::PricesAge FileActions::pricesAge(const PriceDating &dating) const
{
    const PriceBook *book = m_connection->book();
    const QDateTime last = AutoUpdate::lastSuccessfulUpdate(book->database(), book->path());
    const QLocale locale;

    QStringList parts;
    if (dating.undated > 0)
        parts << tr("%1 undated catalog prices").arg(locale.toString(dating.undated));
    if (dating.dated > 0)
        parts << tr("%1 dated, newest %2").arg(locale.toString(dating.dated), dating.newest);
    if (parts.isEmpty())
        parts << tr("No catalog prices yet");
    if (!last.isValid()) {
        parts << tr("never updated");
    } else {
        const qint64 minutes =
            std::max<qint64>(0, last.secsTo(QDateTime::currentDateTimeUtc())) / 60;
        if (minutes < 1)
            parts << tr("updated just now");
        else if (minutes < 60)
            parts << tr("updated %1 min ago").arg(minutes);
        else if (minutes < 48 * 60)
            parts << tr("updated %1 h ago").arg(minutes / 60);
        else
            parts << tr("updated %1 days ago").arg(minutes / (24 * 60));
    }

    QString tip = tr("Offers by how their published prices are dated: %1 come from catalog "
                     "snapshots whose date is not known, %2 have a date (the newest %3).")
                      .arg(locale.toString(dating.undated), locale.toString(dating.dated),
                           dating.newest.isEmpty() ? tr("none") : dating.newest);
    if (dating.handEntered > 0) {
        tip += u' ' + tr("The %1 prices entered without a source (your own figures) are not "
                         "counted.")
                          .arg(locale.toString(dating.handEntered));
    }
    tip += u"\n"_s + (last.isValid()
                          ? tr("Last successful update from the public catalogs: %1.")
                                .arg(locale.toString(last.toLocalTime(), QLocale::ShortFormat))
                          : tr("Never updated from the public catalogs."));
    tip += u' ' + tr("File › Update Prices… reads them now.");
    return {parts.join(u" · "_s), tip};
}

void FileActions::importFile(const QString &path)
{
    PriceBook *book = m_connection->book();
    if (book->isReadOnly()) {
        QMessageBox::warning(m_window, tr("Import"),
                             tr("The price book is read-only: %1").arg(book->readOnlyReason()));
        return;
    }
    const Outcome<ImportOptions> options = importOptionsFor(book->database(), QDate::currentDate());
    if (!options) {
        QMessageBox::warning(m_window, tr("Import"), options.error());
        return;
    }
    ImportDialog dialog(path, options.value(), ImportDialog::runnerForBook(book->path(), false),
                        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool forgotEdits = m_connection->editor()->clearHistory();
    Q_EMIT bookChanged();
    const ImportSummary &s = dialog.summary();
    QString message = tr("Imported %1: %2 offers added, %3 updated.")
                          .arg(QFileInfo(path).fileName())
                          .arg(s.offersAdded)
                          .arg(s.offersUpdated);
    if (forgotEdits)
        message += u' ' + tr("Edits made before the import can no longer be undone.");
    m_window->statusBar()->showMessage(message, 8000);
}

} // namespace gpucompare
