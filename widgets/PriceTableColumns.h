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

/// Price per GPU-hour over the dense peak in PFLOP/s; 0 when the book has no peak.
inline double usdPerPflopHourOf(const OfferRow &r)
{
    return r.denseTflops && *r.denseTflops > 0 ? r.usdPerGpuHour / (*r.denseTflops / 1000) : 0;
}

} // namespace gpucompare
