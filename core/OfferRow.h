#pragma once

#include "Money.h"
#include "PriceStanding.h"
#include "PricingModel.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace gpucompare {

/// Data-quality warnings on an offer's current price. A bit set.
enum DataQualityFlag : unsigned
{
    SpotNotCheaper = 1u << 0,  ///< spot price >= on-demand price of the same instance
    ZeroPrice = 1u << 1,       ///< free is not a price
    Stale = 1u << 2,           ///< last observed or confirmed before the freshness window
    CountMismatch = 1u << 3,   ///< GPU count contradicts the known instance shape
    Outlier = 1u << 4,         ///< per-GPU price above 3x the median for that GPU
    NoSource = 1u << 5,        ///< no source URL
    Undated = 1u << 6,         ///< the source gives no date: its age is unknown, not old
    SourcesDisagree = 1u << 7, ///< another source's price of the offer differs by over 25 %
};

/// Two sources' prices of one offer that differ by more than this are flagged SourcesDisagree.
constexpr double kSourcesDisagreeRatio = 1.25;

/// The newest price of an offer from a source other than its price's own: where sources
/// disagree, the tooltip names both.
struct OtherSourcePrice
{
    Money usdPerInstanceHour;
    QString observedOn;
    QString sourceUrl;
};

/// One offer at its price (the observation priceStanding() ranks first: the newest current
/// one, else an undated one, else the newest stale one): a row of the price table.
struct OfferRow
{
    qint64 offerId = 0;
    QString provider;
    QString gpuModel;
    QString instanceType;
    QString soldVia; ///< the marketplace it is sold through (Offer::soldVia); empty if direct
    int gpusPerInstance = 1;
    QString region;
    PricingModel pricing = PricingModel::OnDemand;
    QString pricingTerm;
    Money usdPerInstanceHour;
    QString observedOn; ///< "YYYY-MM-DD", "YYYY-MM" or empty
    QString sourceUrl;
    QString confirmedOn; ///< the last date an update saw this price again; may be empty
    /// The price as its source published it when not in US dollars (PriceObservation): the
    /// currency ("EUR"; empty for dollars) and the amount in it.
    QString publishedCurrency;
    Money publishedAmount;
    QString notListedSince; ///< set when its catalog no longer lists the offer
    /// The GPU count the price book's instance shapes give this instance type, if any.
    std::optional<int> shapeGpuCount;
    bool perGpuRate = false; ///< a price per GPU-hour, no machine named (Offer::perGpuRate)
    std::optional<int> vcpus;
    std::optional<double> ramGb;
    QString interconnect;
    /// The GPU model's dense 16-bit peak (BF16, or FP16 where it has no BF16), for the price of
    /// work done: USD per dense PFLOP-hour. Empty when the book has no peak for the GPU.
    std::optional<double> denseTflops;
    std::optional<OtherSourcePrice> otherSource;

    // Derived by annotateOffers():
    double usdPerGpuHour = 0;
    /// Against the cheapest offer of the same GPU model that may be named cheapest (current or
    /// undated, or any with stale prices included) among those in scope (markCheapest()).
    double percentAboveCheapest = 0;
    bool cheapestForGpu = false;
    unsigned flags = 0;
    Standing standing = Standing::Undated;
    bool firstHand = false;     ///< isFirstHandSource(sourceUrl)
    std::optional<int> ageDays; ///< days since last seen; empty when undated

    PriceProvenance provenance() const
    {
        return {observedOn, ageDays, standing, firstHand, sourceUrl, flags};
    }

    /// The price of work done: USD per dense PFLOP-hour, the price per GPU-hour over the dense
    /// peak; nullopt when the book has no peak for the GPU. The price table's column and the
    /// compare dialog's row.
    std::optional<double> usdPerDensePflopHour() const
    {
        if (!denseTflops || *denseTflops <= 0)
            return std::nullopt;
        return usdPerGpuHour / (*denseTflops / 1000);
    }

    /// The observation date as a date (the 1st for "YYYY-MM"); invalid when undated.
    QDate observedDate() const;
    /// The last date the price was known to hold: the later of observation and confirmation.
    QDate lastSeenDate() const;
};

/// The GPU models some row rents: what a calculator's GPU picker lists (the catalog holds many
/// more parts than are for rent).
inline QSet<QString> offeredGpuModels(const QList<OfferRow> &rows)
{
    QSet<QString> models;
    for (const OfferRow &r : rows)
        models.insert(r.gpuModel);
    return models;
}

} // namespace gpucompare
