#pragma once

#include "PriceDisplay.h"

namespace gpucompare {

/// The currency the window shows prices in (View › Currency), for every panel, chart and
/// dialog: like QLocale's default, one choice for the whole window.
///
/// The window sets it, then reloads what it shows; models and charts read it when they paint
/// or build. US dollars until set.
const PriceDisplay &shownCurrency();
void setShownCurrency(PriceDisplay display);

} // namespace gpucompare
