#pragma once

#include "WatchAlerts.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QMainWindow;
class QSystemTrayIcon;

namespace gpucompare {

class BookConnection;
class ChangesDialog;

/// What the window tells after an update, whichever ran it (File › Update Prices… or the
/// background update): a link in the status bar to what changed ("12 prices changed — show",
/// opening View › Changes), and the watches that crossed below their threshold, in the status
/// bar and as a desktop notification where the desktop has a system tray.
class UpdateNotices final : public QObject
{
    Q_OBJECT

public:
    UpdateNotices(BookConnection *connection, QMainWindow *window);

    /// View › Changes: opens the changes view (one, not modal), or raises it.
    ChangesDialog *showChanges();
    /// After an update wrote to the book: the link to its changes, and its alerts.
    void announce(const QList<WatchAlert> &alerts);

    /// The status bar's link; hidden until an update changed something.
    QLabel *changesLink() const { return m_link; }
    /// The last alerts' message as the status bar showed it (tests); empty when none.
    const QString &lastAlertMessage() const { return m_lastAlert; }

private:
    QString alertMessage(const QList<WatchAlert> &alerts) const;

    BookConnection *m_connection;
    QMainWindow *m_window;
    QLabel *m_link = nullptr;
    QPointer<ChangesDialog> m_changes;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastAlert;
};

} // namespace gpucompare
