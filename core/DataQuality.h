#pragma once

#include "OfferRow.h"
#include "PriceStanding.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace gpucompare {

constexpr double kOutlierFactor = 3.0;

/// A region as named without its availability zone: "us-east-1 (use1-az6)" -> "us-east-1".
QString regionWithoutZone(const QString &region);

/// Fills the derived fields of every row: per-GPU price, standing (priceStanding() in the
/// freshness window), first-hand source, the data-quality flags, and the cheapest mark and
/// % above the cheapest over every listed offer (markCheapest() without a scope).
void annotateOffers(QList<OfferRow> &rows, const Freshness &freshness, bool includeStale = false);
inline void annotateOffers(QList<OfferRow> &rows, const QDate &today)
{
    annotateOffers(rows, Freshness{today});
}

/// Which rows compete for "cheapest": the offers the user sees (the filters), or all.
using CheapestScope = std::function<bool(const OfferRow &)>;

/// Marks the cheapest offer of each GPU model and every offer's % above it, among the listed
/// offers in `scope` whose standing may be cheapest (mayBeCheapest()). Rows outside the scope
/// are measured against the cheapest of their GPU in it too; with none, they show no distance.
void markCheapest(QList<OfferRow> &rows, const CheapestScope &scope, bool includeStale);

/// The number of GPUs an instance type has where its name says so unambiguously (GCP
/// a3-highgpu-4g = 4, Lambda "8x H100 SXM" = 8). Names that do not say (AWS p5.48xlarge) are
/// the price book's instance shapes (OfferRow::shapeGpuCount, ImportOptions::instanceShapes).
std::optional<int> gpuCountFromName(const QString &instanceType);

/// One short sentence per flag that is set, for a tooltip; `maxAgeDays` is the freshness window.
QStringList describeFlags(unsigned flags, int maxAgeDays = kDefaultMaxAgeDays);
/// A token per flag for files and scripts, never translated: "stale", "undated",
/// "spot-not-cheaper", "count-mismatch", "outlier", "zero-price", "no-source".
QStringList flagTokens(unsigned flags);
/// A short word per flag, for the table cell ("stale, outlier"); the reasons are in
/// describeFlags().
QString flagWords(unsigned flags);

} // namespace gpucompare
