#pragma once

#include "Outcome.h"

#include <QMainWindow>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QSplitter;

namespace gpucompare {

class AutoUpdate;
class CommitWatcher;
class CostTabs;
class ExportableChartView;
class FileActions;
enum class Theme;
class JobCostPanel;
class MarketSharePanel;
class PriceBook;
class PriceBookEditor;
class PanelLayout;
class PricesPanel;

/// The main window. It only composes: the panels side by side in a splitter, menus, the
/// status bar, and the layout and selections kept in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<PriceBook> book, QWidget *parent = nullptr);
    ~MainWindow() override;

    MarketSharePanel *marketSharePanel() const { return m_marketShare; }
    PricesPanel *pricesPanel() const { return m_prices; }
    JobCostPanel *jobCostPanel() const { return m_jobCost; }
    /// Training, Serving and Plan.
    CostTabs *costTabs() const { return m_costs; }

    /// Reads the price book into the panels again.
    void reload();
    /// The commits so far are this window's own (the background update's fetch records):
    /// not "changed by another window or program".
    void markCommitsSeen();
    /// Reads only these offers again (after an edit of them), updating the panels in place.
    void reloadOffers(const QList<qint64> &offerIds);
    PriceBook *book() const { return m_book.get(); }
    /// Shows another price book (File › Open) in place of this one.
    void switchBook(std::unique_ptr<PriceBook> book);
    /// Closes the price book's connection (File › Restore replaces the file); switchBook()
    /// must follow before anything else reads it.
    void closeBook();
    /// Gives the price book to the next window (View › Language builds the window again).
    std::unique_ptr<PriceBook> takeBook();
    /// What the user is looking at (filters, tabs, the window's place) and not kept across
    /// restarts: a language switch carries it into the new window.
    QVariantMap viewState() const;
    void restoreViewState(const QVariantMap &state);
    /// Light, dark or the system's; kept in QSettings and applied to the charts at once.
    void setTheme(Theme theme);
    /// View › Freshness Window: prices last seen within `days` are current (kept in settings);
    /// the offers are read again, since which observation is an offer's price depends on it.
    void setFreshnessWindow(int days);
    FileActions *fileActions() const { return m_fileActions; }
    /// The background update of the prices and the bar asking for consent to it.
    AutoUpdate *autoUpdate() const { return m_autoUpdate; }
    /// Every edit of the price book goes through here (and its undo stack).
    PriceBookEditor *editor() const { return m_editor; }

    // The forms of Data › Edit. Each is modal; what it saves shows in the panels at once.
    void editProviders();
    void editGpuModels();
    /// Opens the offers form, at offerId when given.
    void editOffers(std::optional<qint64> offerId = std::nullopt);
    /// Opens the market-share form at the snapshot the pie shows.
    void editMarketShare();
    /// A price typed in the price table: a new observation dated today, or a message in the
    /// status bar saying why not. Returns whether it was saved.
    bool changePrice(qint64 offerId, const QString &text);

    /// Reads the book again when another window or program committed a change to it since
    /// the last look (SQLite's data_version), keeping the selection and saying so. Runs on a
    /// short timer and when the window is activated; returns whether it read the book again.
    bool checkForChangesElsewhere();

    /// Runs what a menu, a button or a signal asked for: a failure of the price book inside
    /// it becomes a message box, and no exception ever crosses Qt's event loop.
    void runGuarded(const std::function<void()> &action);
    template <typename Action> auto guarded(Action action)
    {
        return [this, action] {
            runGuarded(action);
        };
    }

Q_SIGNALS:
    /// The user chose another language; the application builds the window again in it.
    void languageChangeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The status bar says why the book is read-only and whether opening rolled back an
    /// unfinished change.
    void showOpeningNotes();
    void createMenus();
    void updateStatusBar();
    void restoreSettings();
    void restoreJob();
    void saveSettings() const;
    void exportCurrentChart();
    /// The chart of the panel that last had focus (market share by default).
    ExportableChartView *currentChartView() const;
    /// Runs a write to the price book; on failure says why and leaves the book as it was.
    /// Reloads the saved jobs and, when the write failed, says what failed and why.
    bool writeToBook(const QString &what, const Status &written);
    void reloadSavedJobs();
    void showBookError(const QString &message);
    /// The calculators' inputs over the rows the price table now shows.
    void showCostInputs();
    void showDataSources();
    /// Compare (Ctrl+D): the selected offers side by side with the calculator's job.
    void compareOffers(const QList<qint64> &offerIds);
    /// View › Language: "" follows the system, else "en" or "zh_CN".
    void chooseLanguage(const QString &token);

    void showBookInTitle();
    bool teamConnectionAlive() const;
    void reconnectTeamBook();

    std::unique_ptr<PriceBook> m_book;
    QSplitter *m_splitter = nullptr;
    MarketSharePanel *m_marketShare = nullptr;
    PricesPanel *m_prices = nullptr;
    CostTabs *m_costs = nullptr;
    JobCostPanel *m_jobCost = nullptr; ///< the Training tab of m_costs
    FileActions *m_fileActions = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_visibleLabel = nullptr;
    QLabel *m_pricesAgeLabel = nullptr;
    QWidget *m_lastChartPanel = nullptr;
    CommitWatcher *m_commits = nullptr;
    AutoUpdate *m_autoUpdate = nullptr;
    PriceBookEditor *m_editor = nullptr;
    PanelLayout *m_layout = nullptr;
};

} // namespace gpucompare
