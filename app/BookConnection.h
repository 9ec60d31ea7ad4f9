#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace gpucompare {

class CommitWatcher;
class PriceBook;
class PriceBookEditor;

/// The window's one way in and out of its price book: the open book, the editor every edit
/// goes through, and the watcher of what other windows, programs and team members commit.
/// Opening another book, closing it for File › Restore, handing it to the next window and
/// reconnecting to a team book whose connection was lost all happen here, so that the editor
/// and the watcher never hold a connection that closed.
class BookConnection final : public QObject
{
    Q_OBJECT

public:
    BookConnection(std::unique_ptr<PriceBook> book, QObject *parent);
    ~BookConnection() override;

    /// Null only between close() and switchTo() (File › Restore replaces the file).
    PriceBook *book() const { return m_book.get(); }
    /// Every edit of the price book goes through here (and its undo stack).
    PriceBookEditor *editor() const { return m_editor; }

    /// Puts another price book (File › Open, File › Restore, a reconnection) in place of this
    /// one; switched() follows.
    void switchTo(std::unique_ptr<PriceBook> book);
    /// Closes the connection; switchTo() must follow before anything else reads the book.
    void close();
    /// Gives the price book to the next window (View › Language builds the window again).
    std::unique_ptr<PriceBook> take();

    /// The commits so far are this window's own (its reads, the background update's fetch
    /// records): not "changed by another window or program".
    void markCommitsSeen();
    /// Whether another window or program committed a change to the book since the last look
    /// (SQLite's data_version): then who, as far as the server said ("" for SQLite books).
    /// A team book whose connection was lost is reconnected instead (switched() then follows).
    std::optional<QString> changedElsewhere();

Q_SIGNALS:
    /// The connection is about to close or change hands: whatever writes to the book's file
    /// (the background update) stops first.
    void aboutToRelease();
    /// Another price book is open; the panels read it.
    void switched();
    /// Time to look for others' commits again (every 1.5 s).
    void checkDue();
    /// A word for the status bar (a lost or regained team connection).
    void message(const QString &text, int timeoutMs);

private:
    /// Lets the editor and the watcher go of the connection before it closes.
    void release();
    void reconnectTeamBook();

    std::unique_ptr<PriceBook> m_book;
    PriceBookEditor *m_editor = nullptr;
    CommitWatcher *m_commits = nullptr;
};

} // namespace gpucompare
