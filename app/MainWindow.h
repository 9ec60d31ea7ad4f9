#pragma once

#include <QMainWindow>
#include <QVariantMap>
#include <memory>

class QSplitter;

namespace gpucompare {

class AutoUpdate;
class UpdateNotices;
class BookConnection;
class BookDialogs;
class ChartFocus;
class CostTabs;
class FileActions;
enum class Theme;
class JobCostPanel;
class MarketSharePanel;
class OfferRowLoader;
struct BookRead;
class PanelLayout;
class PriceBook;
class PriceBookEditor;
class PricesPanel;
class SavedJobsKeeper;
class ViewStateStore;
class WindowStatus;

/// The main window. It only composes: the panels side by side in a splitter, the book's
/// connection (BookConnection), the menus (MenuBuilder), the status bar (WindowStatus), the
/// dialogs (BookDialogs), the saved jobs (SavedJobsKeeper), and the layout and selections kept
/// in QSettings (ViewStateStore). What it does itself is read the book into the panels.
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
    /// As reload(), but the offers are read and annotated on a worker thread and swapped into
    /// the panels when ready (offersLoaded()): what follows an import or an update, which can
    /// add 100,000 offers. The table keeps the old rows meanwhile.
    void reloadInBackground();
    /// Whether reloadInBackground() is still reading.
    bool isReloading() const;
    /// The open price book, its editor and the watcher of others' commits.
    BookConnection *bookConnection() const { return m_connection; }
    PriceBook *book() const;
    /// Every edit of the price book goes through here (and its undo stack).
    PriceBookEditor *editor() const;
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
    /// View › Currency: prices, totals and charts in `code` (kept in settings) at the latest
    /// rate the book has; the panels are read again.
    void setDisplayCurrency(const QString &code);
    FileActions *fileActions() const { return m_fileActions; }
    /// The background update of the prices and the bar asking for consent to it.
    AutoUpdate *autoUpdate() const { return m_autoUpdate; }
    /// The status bar's link to View › Changes and the watches' alerts after an update.
    UpdateNotices *updateNotices() const { return m_notices; }

    /// A price typed in the price table: a new observation dated today, or a message in the
    /// status bar saying why not. Returns whether it was saved.
    bool changePrice(qint64 offerId, const QString &text);

    /// Reads the book again when another window or program committed a change to it since
    /// the last look (SQLite's data_version), keeping the selection and saying so. Runs on a
    /// short timer and when the window is activated; returns whether it read the book again.
    bool checkForChangesElsewhere();

Q_SIGNALS:
    /// The offers read by reloadInBackground() are shown.
    void offersLoaded();
    /// The user chose another language; the application builds the window again in it.
    void languageChangeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPanels();
    void connectPanels();
    void connectEditor();
    void createMenus();
    /// Another book is open (File › Open, Restore, a reconnection): it shows.
    void showSwitchedBook();
    void updateStatusBar();
    /// The display currency, the market shares and the history's source: the part of a
    /// reload that is not the offers. False when the book could not be read (said so).
    bool reloadAllButOffers();
    /// The saved jobs and the status bar, after the offers.
    void finishReload();
    void showLoadedBook(const std::shared_ptr<BookRead> &read);
    /// Reads only these offers again (after an edit of them), updating the panels in place.
    void reloadOffers(const QList<qint64> &offerIds);
    /// After reloadOffers(): the status bar follows in the next turn of the event loop.
    void followEditSoon();
    void showBookError(const QString &message);
    /// The calculators' inputs over the rows the price table now shows.
    void showCostInputs();
    /// View › Language: "" follows the system, else "en" or "zh_CN".
    void chooseLanguage(const QString &token);
    /// The chosen currency (or the locale's) at the book's latest rate, for every panel.
    void applyDisplayCurrency();

    BookConnection *m_connection = nullptr;
    QSplitter *m_splitter = nullptr;
    MarketSharePanel *m_marketShare = nullptr;
    PricesPanel *m_prices = nullptr;
    CostTabs *m_costs = nullptr;
    JobCostPanel *m_jobCost = nullptr; ///< the Training tab of m_costs
    FileActions *m_fileActions = nullptr;
    AutoUpdate *m_autoUpdate = nullptr;
    UpdateNotices *m_notices = nullptr;
    PanelLayout *m_layout = nullptr;
    ChartFocus *m_charts = nullptr;
    std::unique_ptr<WindowStatus> m_status;
    std::unique_ptr<BookDialogs> m_dialogs;
    std::unique_ptr<SavedJobsKeeper> m_savedJobs;
    std::unique_ptr<ViewStateStore> m_viewState;
    OfferRowLoader *m_rowLoader = nullptr;
    bool m_followEditPending = false;
};

} // namespace gpucompare
