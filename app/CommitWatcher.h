#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <optional>

namespace gpucompare {

/// Notices commits that other connections made to the price book (another window, another
/// program, the import's worker): SQLite's `PRAGMA data_version` changes only for those. The
/// window asks on a short timer (due()) and when it is activated, then reads the book again.
class CommitWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit CommitWatcher(QObject *parent = nullptr);

    /// The connection to watch (an invalid one while no book is open); what it sees now counts
    /// as seen.
    void watch(const QSqlDatabase &db);
    /// What the connection sees now counts as seen: the views have just read the book.
    void markSeen();
    /// Whether others committed since the last look; their commits then count as seen.
    bool committedElsewhere();

Q_SIGNALS:
    /// Time to look again (every 1.5 s).
    void due();

private:
    /// The connection's count of others' commits, or nullopt when it cannot be read (busy,
    /// closed): the next look tries again.
    std::optional<qint64> dataVersion() const;

    QSqlDatabase m_db;
    std::optional<qint64> m_seen;
    QTimer m_timer;
};

} // namespace gpucompare
