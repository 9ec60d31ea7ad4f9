#include "ShownCurrency.h"

namespace gpucompare {

namespace {
PriceDisplay &current()
{
    // Only the GUI thread shows prices: workers compute in US dollars.
    static PriceDisplay display;
    return display;
}
} // namespace

const PriceDisplay &shownCurrency()
{
    return current();
}

void setShownCurrency(PriceDisplay display)
{
    current() = std::move(display);
}

} // namespace gpucompare
