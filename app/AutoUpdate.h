#pragma once

#include "BackgroundUpdate.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QAction;
class QMainWindow;

namespace gpucompare {

class BookConnection;
class UpdateConsentBar;

/// Keeps the window's price book current by itself, with the user's consent: asks once in a
/// bar across the top of the window, remembers the answer in QSettings ("update/automatic",
/// changeable with the File menu's check box), and when the last successful update is older
/// than a day runs a BackgroundUpdate, telling its progress and result in the status bar and
/// reloading the panels after it. Without consent nothing goes over the network.
class AutoUpdate final : public QObject
{
    Q_OBJECT

public:
    /// How old the last successful update may be before the next one is due.
    static constexpr qint64 kDueAfterSeconds = 24 * 3600;

    /// Updates the book of `connection`, stopping whenever it is about to close; `window`
    /// holds the consent bar and shows the progress and the result in its status bar.
    AutoUpdate(BookConnection *connection, QMainWindow *window);
    ~AutoUpdate() override;

    /// Whether the user agreed; false also when never asked.
    static bool isEnabled();
    /// Whether the user answered the question (either way).
    static bool wasAsked();
    /// Records the user's answer, shows it in the menu's check box and hides the bar.
    void setEnabled(bool on);

    /// The File menu's check box "Update Prices Automatically (once a day)".
    QAction *enabledAction() const { return m_action; }
    /// The bar asking for consent; shown only until the user answers.
    UpdateConsentBar *consentBar() const { return m_bar; }
    BackgroundUpdate *backgroundUpdate() const { return m_update; }

    /// Shows the consent bar when the question was never answered and the book is writable.
    void askIfNeeded();
    /// Starts the background update when enabled, the book is writable and its last
    /// successful update is older than kDueAfterSeconds (or never was). Returns whether it
    /// started.
    bool startIfDue();
    bool isRunning() const { return m_update->isRunning(); }
    /// Cancels a running update and waits for it: the price book is about to close.
    void stop();

    /// Where the updates read (tests point it at a local server); the defaults are the public
    /// catalogs, or GPUCOMPARE_UPDATE_BASE_URL, as File › Update Prices… reads.
    void setSource(const UpdateRequest &request, const FetchPolicy &policy);

    /// The time of the last successful update of the book at `bookPath` from the public
    /// catalogs: the book's own record of its catalog fetches, or what this program saw there
    /// before (a later failed fetch of a catalog replaces its record). Invalid when none.
    static QDateTime lastSuccessfulUpdate(const QSqlDatabase &db, const QString &bookPath);

Q_SIGNALS:
    /// The update wrote to the book, or recorded a successful read of the catalogs (the
    /// prices' age): the panels read the book again.
    void bookChanged();
    /// The background update ended and the window shows its result.
    void finished(const gpucompare::BackgroundUpdate::Result &result);

private:
    void showResult(const BackgroundUpdate::Result &result);
    /// The catalogs the update dialog has checked (the same choice applies here).
    QList<CatalogSource> chosenCatalogs() const;

    BookConnection *m_connection;
    QMainWindow *m_window;
    BackgroundUpdate *m_update = nullptr;
    UpdateConsentBar *m_bar = nullptr;
    QAction *m_action = nullptr;
    QTimer m_timer;
    UpdateRequest m_request;
    FetchPolicy m_policy;
    bool m_toldOffline = false; ///< "offline" is said once per window
};

} // namespace gpucompare
