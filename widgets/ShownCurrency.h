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
/// The symbol for a Qt Charts axis's label format: "$", or nothing for ¥, € and ₹, which Qt
/// Charts mangles (it passes the format through Latin-1 into printf); the axis title names
/// the currency.
QString shownCurrencyAxisPrefix();

} // namespace gpucompare
