#include "CommitWatcher.h"

#include "BookService.h"

#include <QCoreApplication>
#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// How often the window looks (one cheap PRAGMA): a change shows within two seconds.
constexpr int kIntervalMs = 1500;

const QString kChannel = u"gpucompare_changes"_s;

/// A table the server named, as the status line says it.
QString describedTable(const QString &table)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("gpucompare::CommitWatcher", text);
    };
    if (table == u"offers")
        return tr("offers");
    if (table == u"price_observations")
        return tr("prices");
    if (table.startsWith(u"market_share"))
        return tr("market share");
    if (table == u"providers" || table == u"provider_discounts")
        return tr("providers");
    if (table.startsWith(u"gpu_"))
        return tr("GPU models");
    if (table == u"saved_jobs")
        return tr("saved jobs");
    if (table == u"instance_shapes")
        return tr("instance shapes");
    return table;
}

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
    listen(false);
    m_db = db;
    listen(true);
    markSeen();
}

void CommitWatcher::listen(bool on)
{
    if (!on) {
        if (!m_listening)
            return;
        m_listening = false;
        if (QSqlDriver *driver = m_db.driver()) {
            disconnect(driver, &QSqlDriver::notification, this, nullptr);
            // A connection the server dropped cannot UNLISTEN; it is closed and replaced.
            if (m_db.isOpen())
                driver->unsubscribeFromNotification(kChannel);
        }
        return;
    }
    if (m_listening || !m_db.isValid() || !m_db.isOpen() || m_db.driverName() != u"QPSQL")
        return;
    QSqlDriver *driver = m_db.driver();
    m_listening = driver->subscribeToNotification(kChannel);
    if (m_listening) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource source,
                       const QVariant &payload) { notified(channel, int(source), payload); });
    }
}

void CommitWatcher::notified(const QString &channel, int source, const QVariant &payload)
{
    // This window's own commits come back too: its views already show them.
    if (channel != kChannel || source != int(QSqlDriver::OtherSource))
        return;
    const QString text = payload.toString();
    const qsizetype space = text.lastIndexOf(u' ');
    const QString role = text.left(space);
    const QString what = describedTable(text.mid(space + 1));
    if (!m_changes[role].contains(what))
        m_changes[role].append(what);
    m_notifiedSinceLook = true;
    Q_EMIT due();
}

void CommitWatcher::markSeen()
{
    m_seen = dataVersion();
    m_notifiedSinceLook = false;
    m_changes.clear();
}

bool CommitWatcher::committedElsewhere()
{
    if (m_listening) {
        if (!m_notifiedSinceLook)
            return false;
        QStringList parts;
        for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it)
            parts.append(it.key() + u": "_s + it.value().join(u", "_s));
        m_changedBy = parts.join(u"; "_s);
        m_notifiedSinceLook = false;
        m_changes.clear();
        return true;
    }
    const std::optional<qint64> version = dataVersion();
    if (!version || version == m_seen)
        return false;
    const bool first = !m_seen; // nothing seen yet to compare with
    m_seen = version;
    return !first;
}

std::optional<qint64> CommitWatcher::dataVersion() const
{
    return book::dataVersion(m_db);
}

} // namespace gpucompare
