#include "EstimatedOffer.h"

#include <algorithm>

namespace gpucompare {

void EstimatedOffer::setOffer(const OfferRow &row, double providerDiscountPercent,
                              const QString &perGpuRateName)
{
    offerId = row.offerId;
    provider = row.provider;
    instanceType = row.perGpuRate ? perGpuRateName : row.instanceType;
    gpuModel = row.gpuModel;
    pricing = row.pricing;
    pricingTerm = row.pricingTerm;
    region = row.region;
    gpusPerInstance = std::max(1, row.gpusPerInstance);
    perGpuRate = row.perGpuRate;
    listedUsdPerGpuHour = row.usdPerGpuHour;
    discountPercent = providerDiscountPercent;
    usdPerGpuHour = listedUsdPerGpuHour * (1 - discountPercent / 100);
    price = row.provenance();
}

} // namespace gpucompare
