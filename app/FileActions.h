#pragma once

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
    bool exportTo(const QString &what, const QString &path, QString *error) const;
    bool saveCopy(const QString &path, QString *error) const;
    /// Replaces the open price book's file with a copy, after backing the current one up
    /// beside it; on any failure the current book stays open and unchanged.
    bool restoreFrom(const QString &copyPath, QString *error);

    QAction *bomAction() const { return m_bom; }
    QAction *updateAction() const { return m_update; }

    /// File › Update Prices…: the update dialog, then a reload; the undo history is cleared.
    void updatePrices();
    /// With File › Check for New Prices on Start on, opens the update dialog and checks, at
    /// most once a day; otherwise (the default) nothing goes over the network.
    void checkOnStartIfDue();
    /// "Prices updated 3 h ago", or where the prices come from when no update ran yet.
    QString pricesAgeText() const;

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
    QAction *m_checkOnStart = nullptr;
    bool m_checkNow = false;
};

} // namespace gpucompare
