#pragma once

#include <QCoreApplication>
#include <QList>
#include <optional>

class QMainWindow;

namespace gpucompare {

class BookConnection;
class JobCostPanel;
class MarketSharePanel;
class PricesPanel;

/// The modal dialogs the window opens on its price book: the forms of Data › Edit (what
/// they save shows in the panels at once, through the editor), Help › Data Sources and the
/// side-by-side comparison of offers.
class BookDialogs final
{
    // The dialogs' messages were MainWindow's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(gpucompare::MainWindow)

public:
    struct Parts
    {
        QMainWindow *window; ///< the dialogs' parent; its status bar
        BookConnection *connection;
        MarketSharePanel *marketShare;
        PricesPanel *prices;
        JobCostPanel *jobCost;
    };

    explicit BookDialogs(const Parts &parts);

    void editProviders();
    void editGpuModels();
    void editInstanceShapes();
    void editEgressPrices();
    /// Opens the offers form, at offerId when given.
    void editOffers(std::optional<qint64> offerId = std::nullopt);
    /// Opens the market-share form at the snapshot the pie shows.
    void editMarketShare();
    void showDataSources();
    /// Compare (Ctrl+D): the selected offers side by side with the calculator's job.
    void compareOffers(const QList<qint64> &offerIds);

private:
    void showBookError(const QString &message);

    Parts m_parts;
};

} // namespace gpucompare
