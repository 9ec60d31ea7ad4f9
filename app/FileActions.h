#pragma once

#include "Outcome.h"

#include <QObject>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace gpucompare {

class MainWindow;
class PriceBook;

/// The File menu's import, export and copy actions, so MainWindow only composes them.
///
/// Exports go through QSaveFile (a failed write leaves any existing file intact); imports go
/// through ImportDialog's preview and one transaction; a copy is VACUUM INTO a new file.
class FileActions final : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(MainWindow *window);

    /// Adds the actions to `file`, before its Quit action.
    void addTo(QMenu *file);

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

private:
    void chooseAndImport();
    void chooseAndExport(const QString &what);
    void chooseAndSaveCopy();
    void chooseAndOpen();
    void chooseAndOpenTeamBook();
    void chooseAndCopyTo();
    void chooseAndRestore();
    QString askForPath(const QString &title, const QString &suggestedName, const QString &filter);

    MainWindow *m_window;
    QAction *m_bom = nullptr;
    QAction *m_update = nullptr;
};

} // namespace gpucompare
