#include "UpdateNotices.h"

#include "BookConnection.h"
#include "PriceBook.h"
#include "ShownCurrency.h"
#include "UpdateChangeRepository.h"
#include "changes/ChangesDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
/// An alert stays longer than an update's summary: it is what the user waited for.
constexpr int kAlertShownMs = 30'000;
} // namespace

UpdateNotices::UpdateNotices(BookConnection *connection, QMainWindow *window)
    : QObject(window)
    , m_connection(connection)
    , m_window(window)
{
    m_link = new QLabel(window);
    m_link->setObjectName(u"changesLink"_s);
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_link->setVisible(false);
    connect(m_link, &QLabel::linkActivated, this, [this] { showChanges(); });
    // Permanent, at the left of the permanent widgets: a message (the update's summary)
    // would hide a normal one.
    window->statusBar()->insertPermanentWidget(0, m_link);
}

ChangesDialog *UpdateNotices::showChanges()
{
    if (!m_changes) {
        m_changes = new ChangesDialog(
            [connection = m_connection](const QDate &since) {
                const PriceBook *book = connection->book();
                if (!book)
                    return Outcome<QList<UpdateChange>>(QList<UpdateChange>());
                return readUpdateChanges(book->database(), since);
            },
            m_window);
        m_changes->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_changes->refresh();
    }
    m_changes->show();
    m_changes->raise();
    m_changes->activateWindow();
    m_link->setVisible(false); // seen
    return m_changes;
}

void UpdateNotices::announce(const QList<WatchAlert> &alerts)
{
    const PriceBook *book = m_connection->book();
    if (!book)
        return;
    const Outcome<QList<UpdateChange>> changes = readUpdateChanges(book->database(), QDate());
    const qsizetype count = changes ? changes.value().size() : 0;
    if (count > 0) {
        m_link->setText(u"<a href='#changes'>%1</a>"_s.arg(
            tr("%n prices changed — show", nullptr, int(count)).toHtmlEscaped()));
        m_link->setToolTip(tr("View › Changes: what the last update changed"));
        m_link->setVisible(true);
    }
    if (m_changes)
        m_changes->refresh();
    if (alerts.isEmpty())
        return;
    m_lastAlert = alertMessage(alerts);
    m_window->statusBar()->showMessage(m_lastAlert, kAlertShownMs);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray)
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
        m_tray->showMessage(tr("Price below your watch"), m_lastAlert, QSystemTrayIcon::Information,
                            kAlertShownMs);
    }
}

QString UpdateNotices::alertMessage(const QList<WatchAlert> &alerts) const
{
    const QLocale locale;
    QStringList parts;
    for (const WatchAlert &a : alerts) {
        parts << tr("%1 now %2/GPU-h at %3 (%4, %5), below your %6 %7")
                     .arg(a.watch.gpuModel, shownCurrency().text(a.newPerGpuHour, 2, locale),
                          a.offer.provider, a.offer.instanceType,
                          a.offer.region.isEmpty() ? u"–"_s : a.offer.region,
                          locale.toString(a.watch.below.toDollars()), a.watch.currency);
    }
    return tr("Watch: %1").arg(parts.join(u"; "_s));
}

} // namespace gpucompare
