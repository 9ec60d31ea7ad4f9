#pragma once

#include "OfferRow.h"
#include "PriceStanding.h"
#include "PricingModel.h"

#include <QString>

namespace gpucompare {

/// The offer an estimate prices, as every answer shows it: which offer, billed how, where,
/// rented in what units, and its price per GPU-hour before and after the provider's negotiated
/// discount. A training estimate (JobEstimate) and a serving estimate (ServeEstimate) are both
/// one, so the tables, charts, exports and the command line read an offer the same way from
/// either.
struct EstimatedOffer
{
    qint64 offerId = 0; ///< 0 for the hypothetical offer
    QString provider;
    QString instanceType; ///< "per-GPU rate" (translated) for a price by the GPU
    QString gpuModel;
    PricingModel pricing = PricingModel::OnDemand;
    QString pricingTerm; ///< "committed use 1y", ...; empty for the plain model
    QString region;
    int gpusPerInstance = 1;
    bool perGpuRate = false; ///< rented by the GPU: rounded to whole GPUs, not to machines
    double listedUsdPerGpuHour = 0;
    double discountPercent = 0;
    double usdPerGpuHour = 0; ///< after the provider discount
    PriceProvenance price;    ///< the offer's price: its date, standing, source and flags

    /// Takes the offer of an annotated row (usdPerGpuHour set) at the provider's negotiated
    /// discount in percent. perGpuRateName is perGpuRateDisplayName(), looked up once per run
    /// rather than once per offer.
    void setOffer(const OfferRow &row, double providerDiscountPercent,
                  const QString &perGpuRateName);
};

} // namespace gpucompare
