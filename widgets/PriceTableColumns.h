#pragma once

#include "OfferRow.h"

namespace gpucompare {

/// The price table's columns: PriceTableModel's, and what its order (PriceTableOrder) and its
/// widest texts (PriceTableWidest) go by.
struct PriceTableColumns
{
    enum Column
    {
        Provider,
        Gpu,
        Instance,
        Gpus,
        Region,
        Pricing,
        UsdPerInstanceHour,
        UsdPerGpuHour,
        AboveCheapest,
        ObservedOn,
        Source,
        Flags,
        Vcpus,
        RamGb,
        Interconnect,
        UsdPerPflopHour, ///< price per GPU-hour / dense peak: the price of work done
        ColumnCount
    };
};

/// OfferRow::usdPerDensePflopHour() as the table sorts and shows it: 0 when the book has no
/// peak (the rule itself is written once, in core/).
inline double usdPerPflopHourOf(const OfferRow &r)
{
    return r.usdPerDensePflopHour().value_or(0);
}

} // namespace gpucompare
