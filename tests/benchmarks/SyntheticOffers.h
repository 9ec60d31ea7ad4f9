#pragma once

#include "OfferRow.h"
#include "PriceBookData.h"

#include <QList>

namespace gpucompare::bench {

/// A deterministic list of `count` offers shaped like real catalogs (25 providers, 18 GPU
/// models, dozens of regions, three pricing models, 1-8 GPUs per instance): the same count
/// always gives the same rows, so runs compare.
QList<OfferRow> syntheticOffers(int count);

/// The GPU models syntheticOffers() uses, with dense peaks where COST-MODEL.md gives them
/// (and none for the others, which the cost model must then leave out).
QList<GpuModel> syntheticGpuModels();

/// syntheticOffers() as price-book data to import: providers, the GPU models (with peaks) and
/// offers with one dated, sourced price each. Offer keys are unique.
PriceBookData syntheticPriceBook(int count);

} // namespace gpucompare::bench
