#include "ShownCurrency.h"

#include <algorithm>

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

QString shownCurrencyAxisPrefix()
{
    const QString &symbol = current().symbol();
    const bool ascii =
        std::all_of(symbol.cbegin(), symbol.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii ? symbol : QString();
}

} // namespace gpucompare
