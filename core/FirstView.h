#pragma once

#include "OfferRow.h"

#include <QList>
#include <QString>

namespace gpucompare {

/// The dense 16-bit peak from which a GPU counts as a training part for the first view: the
/// A100 (312 TFLOPS BF16) and every data-centre GPU after it; the T4, the RTX cards and the
/// V100 fall below it.
constexpr double kTrainingPeakTflops = 300;

/// The GPU the price table opens on when the user has never chosen one (issue 30): the training
/// part with the most offers still listed, so the first screen compares what people rent to
/// train instead of the cheapest inference card of all. Ties go to the name that sorts first;
/// with no training part the most-offered GPU of all; empty for an empty book.
QString mostOfferedTrainingGpu(const QList<OfferRow> &rows);

} // namespace gpucompare
