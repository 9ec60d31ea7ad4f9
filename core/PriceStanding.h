#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace gpucompare {

/// How far a price can be trusted to hold today. Decided here and nowhere else: the table's
/// flags and ★, both calculators, the charts and the command line all ask priceStanding().
enum class Standing : quint8
{
    Current, ///< observed or confirmed by an update within the freshness window
    Undated, ///< a catalog price whose date is unknown: not known to be old
    Stale,   ///< dated, and last seen before the freshness window
};

constexpr int kDefaultMaxAgeDays = 90;
constexpr int kMinMaxAgeDays = 1;
constexpr int kMaxMaxAgeDays = 3650;

/// The freshness window: a price last seen within `maxAgeDays` of `today` is current.
struct Freshness
{
    QDate today;
    int maxAgeDays = kDefaultMaxAgeDays;

    /// The oldest date on which a price counts as current.
    QDate oldestCurrentDay() const { return today.addDays(-maxAgeDays); }
};

/// The standing of a price last seen on `lastSeen` (invalid: undated).
Standing priceStanding(const QDate &lastSeen, const Freshness &freshness);

/// Whether a price of this standing may be named "cheapest": current and undated prices may;
/// a stale one only when the user asked for stale prices too.
inline bool mayBeCheapest(Standing standing, bool includeStale)
{
    return includeStale || standing != Standing::Stale;
}

/// Where an estimate's price came from and how far it can be trusted: what every answer that
/// names a price carries (the command line's JSON, CSV and table; the calculators' rows).
struct PriceProvenance
{
    QString observedOn;         ///< as recorded: "YYYY-MM-DD", "YYYY-MM", or empty when undated
    std::optional<int> ageDays; ///< since the price was last seen; empty when undated
    Standing standing = Standing::Undated;
    bool firstHand = false;
    QString sourceUrl;
    unsigned flags = 0; ///< DataQualityFlag bits
};

/// "current", "undated" or "stale": the word in JSON and CSV (never translated).
QString standingToken(Standing standing);

/// What a headline naming this price as cheapest must add, in the user's language: empty for a
/// current first-hand price; " (undated catalog price; update to confirm)", "(second-hand
/// quote)" or "(stale: 400 days old)" otherwise.
QString priceCaveat(const PriceProvenance &price);

} // namespace gpucompare
