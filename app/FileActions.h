#pragma once

#include "Outcome.h"
#include "PriceUpdate.h"
#include "WatchAlerts.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace gpucompare {

class BookConnection;
class PricesPanel;

/// The File menu's import, export and copy actions, so MainWindow only composes them. They
/// reach the book through its connection (opening another one, restoring a copy), the rows on
/// show through the prices panel, and the window only as the dialogs' parent and status bar.
///
/// Exports go through QSaveFile (a failed write leaves any existing file intact); imports go
/// through ImportDialog's preview and one transaction; a copy is VACUUM INTO a new file.
class FileActions final : public QObject
{
    Q_OBJECT

public:
    FileActions(BookConnection *connection, PricesPanel *prices, QMainWindow *window);

    /// Adds the actions to `file`, before its Quit action; `updateAutomatically` (the
    /// background update's switch) beside File › Update Prices….
    void addTo(QMenu *file, QAction *updateAutomatically);

    void importFile(const QString &path);
    /// Writes `what` ("offers", "visible-offers", "market-share", "all") to path.
    Status exportTo(const QString &what, const QString &path) const;
    Status saveCopy(const QString &path) const;
    /// Replaces the open price book's file with a copy, after backing the current one up
    /// beside it; on any failure the current book stays open and unchanged.
    Status restoreFrom(const QString &copyPath);

    QAction *bomAction() const { return m_bom; }
    QAction *updateAction() const { return m_update; }

    /// File › Update Prices…: the update dialog, then a reload; the undo history is cleared.
    void updatePrices();
    /// "1,530 undated catalog prices · 276 dated, newest 2026-11-09 · updated 2 h ago": how the
    /// book's published prices are dated and when the public catalogs were last read. A price
    /// the user typed in changes none of it. The tooltip says what it counts and where the
    /// figures come from: one read of the book for both. Empty when the book cannot be read.
    struct PricesAge
    {
        QString text;
        QString toolTip;
    };
    PricesAge pricesAge() const;
    /// The same, with the dating read already (on a worker thread).
    PricesAge pricesAge(const PriceDating &dating) const;

Q_SIGNALS:
    /// An import or an update wrote to the book past the editor: the panels read it again.
    void bookChanged();
    /// File › Update Prices… wrote to the book: the watches it took below their threshold.
    void pricesUpdated(const QList<gpucompare::WatchAlert> &alerts);

private:
    void chooseAndImport();
    void chooseAndExport(const QString &what);
    void chooseAndSaveCopy();
    void chooseAndOpen();
    void chooseAndOpenTeamBook();
    void chooseAndCopyTo();
    void chooseAndRestore();
    QString askForPath(const QString &title, const QString &suggestedName, const QString &filter);

    BookConnection *m_connection;
    PricesPanel *m_prices;
    QMainWindow *m_window;
    QAction *m_bom = nullptr;
    QAction *m_update = nullptr;
};

} // namespace gpucompare
