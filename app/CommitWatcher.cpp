#include "CommitWatcher.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// How often the window looks (one cheap PRAGMA): a change shows within two seconds.
constexpr int kIntervalMs = 1500;

} // namespace

CommitWatcher::CommitWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CommitWatcher::due);
    m_timer.start();
}

void CommitWatcher::watch(const QSqlDatabase &db)
{
    m_db = db;
    markSeen();
}

void CommitWatcher::markSeen()
{
    m_seen = dataVersion();
}

bool CommitWatcher::committedElsewhere()
{
    const std::optional<qint64> version = dataVersion();
    if (!version || version == m_seen)
        return false;
    const bool first = !m_seen; // nothing seen yet to compare with
    m_seen = version;
    return !first;
}

std::optional<qint64> CommitWatcher::dataVersion() const
{
    if (!m_db.isValid() || !m_db.isOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace gpucompare
