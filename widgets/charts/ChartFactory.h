#pragma once

#include "CostModel.h"
#include "MarketShareMath.h"
#include "OfferRow.h"
#include "PriceBookData.h"
#include "PriceHistory.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QPieSeries;
QT_END_NAMESPACE

namespace gpucompare {

/// Builds the charts of prices, market share and job cost from plain data (the serving charts
/// are ServeCharts', the share trend TrendChart's). The panels and the command line both call
/// these, so a chart exported from either looks the same. Every Qt Charts type stays inside
/// widgets/charts/ so a later port to Qt Graphs replaces only this folder.
class ChartFactory final
{
public:
    /// Charts for a dark window: Qt Charts' dark theme and light labels. Exports to PNG stay
    /// light (see LightCharts), since files end up in documents and slides.
    static void setDarkTheme(bool dark);
    static bool darkTheme();

    /// Builds light charts while it lives, whatever the window's theme.
    class LightCharts final
    {
    public:
        LightCharts()
            : m_wasDark(darkTheme())
        {
            setDarkTheme(false);
        }
        ~LightCharts() { setDarkTheme(m_wasDark); }
        LightCharts(const LightCharts &) = delete;
        LightCharts &operator=(const LightCharts &) = delete;

    private:
        bool m_wasDark;
    };

    /// A pie of one snapshot, "Others" computed; slices below 5 % carry their label only in the
    /// legend. When the snapshot sums above 100 % the chart has no pie and says why in its title.
    /// `inPanel`: the narrow panel's layout (period-only title, percentages on the slices, no
    /// legend: the panel lists names under the chart); otherwise full title, names on slices.
    static QChart *sharePie(const MarketShareSnapshot &snapshot, bool inPanel = false);
    /// USD per GPU-hour of the cheapest offer of each provider for one GPU model and pricing.
    /// At most `maxBars` bars, the cheapest (20 fit a 1600x1200 export; a short panel fewer).
    static QChart *priceBars(const QList<OfferRow> &rows, const QString &gpuModel,
                             PricingModel pricing, int maxBars = 20, bool includeStale = false);
    /// The exported price chart's footer: `choice` (why this GPU and pricing, when the filters
    /// do not say; may be empty), then each bar's source publisher and date.
    static QString priceBarsFooter(const QList<OfferRow> &rows, const QString &gpuModel,
                                   PricingModel pricing, const QDate &today,
                                   const QString &choice = QString(), bool includeStale = false);

    /// An offer's dated prices over time in USD per GPU-hour, for its form; undated prices are
    /// left out (the form lists them). Needs at least one dated price.
    static QChart *priceHistory(const QList<PriceObservation> &prices, int gpusPerInstance);
    /// Each provider's cheapest USD per GPU-hour over time for one GPU and pricing model: step
    /// lines with a point at every observation, the `maxProviders` cheapest named.
    static QChart *providerHistory(const QList<ProviderHistory> &histories, const QString &gpuModel,
                                   PricingModel pricing, int maxProviders = 8);

    /// Total cost of the job on the cheapest offer of each provider, cheapest at the top, at
    /// most maxBars of them (15 fit a 1600x1200 export; a short panel fits fewer).
    static QChart *jobCostBars(const EstimateRun &run, const JobSpec &job, int maxBars = 15);
    /// The line under an exported job-cost chart: the cheapest offer, the date, the formula.
    static QString jobCostFooter(const EstimateRun &run, const JobSpec &job, const QDate &today);
    /// "65.2B params × 1.4T tokens, 2,048 GPUs" or "100,320 GPU-hours, 440 GPUs".
    static QString jobDescription(const JobSpec &job);

    /// The source caption shown under a share chart (HTML with a link).
    static QString shareCaption(const MarketShareSnapshot &snapshot);

    /// "28 %", or "18.5 %" for a derived remainder.
    static QString percentText(double percent);
    /// The text of a slice for legend and label: "AWS 28 %".
    static QString sliceText(const ShareSlice &slice);
    /// The tooltip of a slice: its range where the sources give one.
    static QString sliceToolTip(const ShareSlice &slice);
};

} // namespace gpucompare
