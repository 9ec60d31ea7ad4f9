#pragma once

#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace gpucompare {

/// Notices commits that other connections made to the price book (another window, another
/// program, the import's worker): SQLite's `PRAGMA data_version` changes only for those. The
/// window asks on a short timer (due()) and when it is activated, then reads the book again.
/// On a team book (PostgreSQL) the server says so itself: every commit notifies the channel
/// gpucompare_changes with the role that made it and the table (the schema's triggers), and a
/// notification from another connection makes due() fire at once.
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
    /// Who changed what since the last look, as far as the server said ("alice: offers,
    /// prices"); empty for SQLite books, which do not know.
    QString changedBy() const { return m_changedBy; }

Q_SIGNALS:
    /// Time to look again (every 1.5 s).
    void due();

private:
    /// The connection's count of others' commits, or nullopt when it cannot be read (busy,
    /// closed): the next look tries again.
    std::optional<qint64> dataVersion() const;

    void listen(bool on);
    void notified(const QString &channel, int source, const QVariant &payload);

    QSqlDatabase m_db;
    bool m_listening = false;
    bool m_notifiedSinceLook = false;
    /// Role -> what it changed, since the last look.
    QMap<QString, QStringList> m_changes;
    QString m_changedBy;
    std::optional<qint64> m_seen;
    QTimer m_timer;
};

} // namespace gpucompare
