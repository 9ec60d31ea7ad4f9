// MainWindow and its price book: switching and closing books, the title, and noticing what
// other windows, programs and team members committed (reconnecting to a team book whose
// connection was lost). The rest of the window is MainWindow.cpp.
#include "AutoUpdate.h"
#include "BookService.h"
#include "CommitWatcher.h"
#include "MainWindow.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"

#include <QApplication>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace gpucompare {

bool MainWindow::checkForChangesElsewhere()
{
    // Not while a dialog works on the book (an import writes through a connection of its own
    // and reloads when it is done), nor while the book waits for File › Restore.
    if (QApplication::activeModalWidget() || !m_book)
        return false;
    // Nor while the background update writes: the window reloads once, when it is done.
    if (m_autoUpdate->isRunning())
        return false;
    if (m_book->isTeamBook() && !teamConnectionAlive()) {
        reconnectTeamBook();
        return false;
    }
    if (!m_commits->committedElsewhere())
        return false;
    reload();
    const QString who = m_commits->changedBy();
    if (who.isEmpty()) {
        statusBar()->showMessage(tr("The price book was changed by another window or program; "
                                    "the panels show the change."),
                                 8000);
    } else {
        statusBar()->showMessage(tr("Changed by %1 (team price book).").arg(who), 8000);
    }
    return true;
}

void MainWindow::markCommitsSeen()
{
    m_commits->markSeen();
}

bool MainWindow::teamConnectionAlive() const
{
    // One round trip every 1.5 s: a lost connection is noticed before the next save fails.
    return book::connectionAlive(m_book->database());
}

void MainWindow::reconnectTeamBook()
{
    // The write that was in progress when the connection went failed whole (its transaction
    // never committed); what is left is to get a connection back once the server answers.
    PriceBook::OpenResult reopened = PriceBook::open(m_book->path(), PriceBook::Create::Never);
    if (!reopened.book) {
        statusBar()->showMessage(tr("The connection to the team price book was lost; trying "
                                    "again every few seconds. (%1)")
                                     .arg(reopened.error));
        return;
    }
    switchBook(std::move(reopened.book));
    statusBar()->showMessage(tr("Reconnected to %1; the panels show the price book as it is now.")
                                 .arg(m_book->shownName()),
                             8000);
}

void MainWindow::switchBook(std::unique_ptr<PriceBook> book)
{
    // Let go of the old connection before it closes: the watcher listens on it. A background
    // update of the old book is stopped; the new book's turn comes with the next check.
    m_autoUpdate->stop();
    m_editor->setDatabase(QSqlDatabase(), true);
    m_commits->watch(QSqlDatabase());
    m_book = std::move(book);
    showBookInTitle();
    m_editor->setDatabase(m_book->database(), m_book->isReadOnly());
    m_commits->watch(m_book->database());
    reload();
    if (m_book->isReadOnly() || !m_book->recoveryNote().isEmpty())
        showOpeningNotes();
    else
        statusBar()->showMessage(tr("Opened %1").arg(m_book->shownName()), 5000);
}

void MainWindow::showBookInTitle()
{
    if (m_book->isTeamBook()) {
        // A URI is no file path: the title names the database and where it lives.
        setWindowFilePath(QString());
        setWindowTitle(
            tr("%1 (team) — %2").arg(m_book->shownName(), QApplication::applicationDisplayName()));
    } else {
        setWindowTitle(QString());
        setWindowFilePath(m_book->path());
    }
}

void MainWindow::closeBook()
{
    m_autoUpdate->stop();
    m_editor->setDatabase(QSqlDatabase(), true);
    m_commits->watch(QSqlDatabase());
    m_book.reset();
}

std::unique_ptr<PriceBook> MainWindow::takeBook()
{
    m_autoUpdate->stop();
    m_editor->setDatabase(QSqlDatabase(), true);
    m_commits->watch(QSqlDatabase());
    return std::move(m_book);
}

} // namespace gpucompare
