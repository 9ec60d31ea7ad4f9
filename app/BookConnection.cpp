#include "BookConnection.h"

#include "BookService.h"
#include "CommitWatcher.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"

#include <QCoreApplication>

namespace gpucompare {

BookConnection::BookConnection(std::unique_ptr<PriceBook> book, QObject *parent)
    : QObject(parent)
    , m_book(std::move(book))
{
    m_editor = new PriceBookEditor(this);
    m_editor->setDatabase(m_book->database(), m_book->isReadOnly());
    m_commits = new CommitWatcher(this);
    m_commits->watch(m_book->database());
    connect(m_commits, &CommitWatcher::due, this, &BookConnection::checkDue);
}

BookConnection::~BookConnection()
{
    // The editor and the watcher are children and outlive m_book: let go of the connection
    // before it closes.
    m_editor->setDatabase(QSqlDatabase(), true);
    m_commits->watch(QSqlDatabase());
}

void BookConnection::release()
{
    // A background update of the old book is stopped; the new book's turn comes with the next
    // check.
    Q_EMIT aboutToRelease();
    m_editor->setDatabase(QSqlDatabase(), true);
    m_commits->watch(QSqlDatabase());
}

void BookConnection::switchTo(std::unique_ptr<PriceBook> book)
{
    release();
    m_book = std::move(book);
    m_editor->setDatabase(m_book->database(), m_book->isReadOnly());
    m_commits->watch(m_book->database());
    Q_EMIT switched();
}

void BookConnection::close()
{
    release();
    m_book.reset();
}

std::unique_ptr<PriceBook> BookConnection::take()
{
    release();
    return std::move(m_book);
}

void BookConnection::markCommitsSeen()
{
    m_commits->markSeen();
}

std::optional<QString> BookConnection::changedElsewhere()
{
    // One round trip every 1.5 s: a lost connection is noticed before the next save fails.
    if (m_book->isTeamBook() && !book::connectionAlive(m_book->database())) {
        reconnectTeamBook();
        return std::nullopt;
    }
    if (!m_commits->committedElsewhere())
        return std::nullopt;
    return m_commits->changedBy();
}

void BookConnection::reconnectTeamBook()
{
    // The write that was in progress when the connection went failed whole (its transaction
    // never committed); what is left is to get a connection back once the server answers.
    // (The messages were MainWindow's: they keep its translation context.)
    PriceBook::OpenResult reopened = PriceBook::open(m_book->path(), PriceBook::Create::Never);
    if (!reopened.book) {
        Q_EMIT message(
            QCoreApplication::translate("gpucompare::MainWindow",
                                        "The connection to the team price book was lost; trying "
                                        "again every few seconds. (%1)")
                .arg(reopened.error),
            0);
        return;
    }
    switchTo(std::move(reopened.book));
    Q_EMIT message(QCoreApplication::translate(
                       "gpucompare::MainWindow",
                       "Reconnected to %1; the panels show the price book as it is now.")
                       .arg(m_book->shownName()),
                   8000);
}

} // namespace gpucompare
