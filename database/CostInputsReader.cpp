#include "CostInputsReader.h"

#include "DataQuality.h"
#include "EgressPriceRepository.h"
#include "EstimateRowReader.h"
#include "GpuModelRepository.h"
#include "ProviderRepository.h"

namespace gpucompare {

CostInputs readCostInputs(const QSqlDatabase &db, const Freshness &freshness)
{
    // Only the columns an estimate reads (estimate and serve-estimate over 100,000 offers).
    QList<OfferRow> rows = readEstimateRows(db, freshness);
    annotateOffers(rows, freshness);
    return readCostInputs(db, std::move(rows));
}

CostInputs readCostInputs(const QSqlDatabase &db, QList<OfferRow> annotatedRows)
{
    CostInputs inputs;
    // An offer its catalog no longer lists cannot be rented: the calculator leaves it out.
    annotatedRows.removeIf([](const OfferRow &r) { return !r.notListedSince.isEmpty(); });
    inputs.rows = std::move(annotatedRows);
    inputs.gpus = GpuModelRepository(db).all();
    inputs.egressPrices = EgressPriceRepository(db).all();
    for (const Provider &p : ProviderRepository(db).all()) {
        if (p.discountPercent != 0)
            inputs.discounts.insert(p.name, p.discountPercent);
    }
    return inputs;
}

} // namespace gpucompare
