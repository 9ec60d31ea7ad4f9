#include "CostInputsReader.h"

#include "DataQuality.h"
#include "GpuModelRepository.h"
#include "OfferRepository.h"
#include "ProviderRepository.h"

namespace gpucompare {

CostInputs readCostInputs(const QSqlDatabase &db, const QDate &today)
{
    CostInputs inputs;
    inputs.rows = OfferRepository(db).currentRows();
    annotateOffers(inputs.rows, today);
    inputs.gpus = GpuModelRepository(db).all();
    for (const Provider &p : ProviderRepository(db).all()) {
        if (p.discountPercent != 0)
            inputs.discounts.insert(p.name, p.discountPercent);
    }
    return inputs;
}

} // namespace gpucompare
