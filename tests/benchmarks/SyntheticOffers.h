#pragma once

#include "OfferRow.h"

#include <QList>

namespace gpucompare::bench {

/// A deterministic list of `count` offers shaped like real catalogs (25 providers, 18 GPU
/// models, dozens of regions, three pricing models, 1-8 GPUs per instance): the same count
/// always gives the same rows, so runs compare.
QList<OfferRow> syntheticOffers(int count);

} // namespace gpucompare::bench
