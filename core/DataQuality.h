#pragma once

#include "OfferRow.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpucompare {

constexpr int kStaleAfterDays = 180;
constexpr double kOutlierFactor = 3.0;

/// Fills the derived fields of every row: per-GPU price, % above the cheapest offer of the
/// same GPU model, the cheapest mark, and the data-quality flags. `today` fixes staleness.
/// A region as named without its availability zone: "us-east-1 (use1-az6)" -> "us-east-1".
QString regionWithoutZone(const QString &region);

void annotateOffers(QList<OfferRow> &rows, const QDate &today);

/// The number of GPUs an instance type has where its name says so unambiguously (GCP
/// a3-highgpu-4g = 4, Lambda "8x H100 SXM" = 8). Names that do not say (AWS p5.48xlarge) are
/// the price book's instance shapes (OfferRow::shapeGpuCount, ImportOptions::instanceShapes).
std::optional<int> gpuCountFromName(const QString &instanceType);

/// One short sentence per flag that is set, for a tooltip.
QStringList describeFlags(unsigned flags);
/// A short word per flag, for the table cell ("stale, outlier"); the reasons are in
/// describeFlags().
QString flagWords(unsigned flags);

} // namespace gpucompare
