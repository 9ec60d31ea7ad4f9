#pragma once

#include "Money.h"
#include "PricingModel.h"
#include "UpdateChange.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpucompare {

/// A cloud or marketplace that rents GPUs, or a firm that appears only in market-share data.
struct Provider
{
    QString name;    ///< unique, as shown to the user ("AWS", "Microsoft Azure")
    QString kind;    ///< "hyperscaler", "neocloud", "marketplace" or "other"
    QString website; ///< may be empty
    QString notes;
    /// The user's negotiated discount on this provider's list prices, in percent (0 = none).
    double discountPercent = 0;

    friend bool operator==(const Provider &, const Provider &) = default;
};

/// A GPU model with the figures the cost model needs. Peaks are dense (no 2:4 sparsity), per GPU.
struct GpuModel
{
    QString name;   ///< unique canonical name ("H100 SXM 80GB")
    QString vendor; ///< "NVIDIA", "AMD"
    std::optional<double> memoryGb;
    std::optional<double> bf16Tflops;    ///< dense BF16 (FP16 where the GPU has no BF16)
    std::optional<double> fp8Tflops;     ///< dense FP8; empty when unsupported or unpublished
    std::optional<double> bandwidthGbps; ///< memory bandwidth, GB/s
    bool hasBf16 = true;                 ///< V100 computes FP16 only
    // The rest of the datasheet, for the GPU catalog; each empty when unknown, not zero.
    std::optional<double> fp32Tflops; ///< FP32 non-tensor
    std::optional<double> tf32Tflops; ///< TF32 tensor, dense
    std::optional<double> fp16Tflops; ///< FP16 tensor, dense
    std::optional<double> int8Tops;   ///< INT8 tensor, dense
    QString formFactor;               ///< "SXM5", "PCIe (dual-slot)", "OAM", ...
    QString memoryType;               ///< "HBM3", "GDDR6", ...
    std::optional<double> tdpWatts;   ///< maximum board or module power
    std::optional<int> launchYear;
    QString sourceUrl;
    QString notes;
    QStringList aliases; ///< names catalogs use for it ("H100", "A100-80GB")
    /// The model FLOPs utilisation training runs reach on this GPU, where a run is published;
    /// the calculator assumes it when the user gives none (COST-MODEL.md section 3).
    std::optional<double> typicalMfu;
    QString typicalMfuBasis; ///< the runs behind typicalMfu, as the user reads it

    friend bool operator==(const GpuModel &, const GpuModel &) = default;
};

/// One sourced price of an offer on one date; an offer's history is its list of these.
struct PriceObservation
{
    Money usdPerInstanceHour;
    QString observedOn; ///< "YYYY-MM-DD", "YYYY-MM", or empty when the source is undated
    QString sourceUrl;  ///< empty only for figures the user entered without a source
    QString note;
    /// The last date ("YYYY-MM-DD") a catalog update saw this same price again; empty when none
    /// did. Age and staleness count from here when it is set.
    QString confirmedOn;
    /// The currency the source published the price in (ISO 4217 "EUR"); empty for US dollars.
    /// usdPerInstanceHour is then the dollar figure at the ECB rate of the observation's day.
    QString publishedCurrency = {};
    /// The published amount, exact millionths of publishedCurrency (Money's arithmetic, not its
    /// currency); zero when publishedCurrency is empty.
    Money publishedAmount = {};

    friend bool operator==(const PriceObservation &, const PriceObservation &) = default;
};

/// Something a provider rents: an instance shape with a billing model in a region.
struct Offer
{
    QString provider; ///< Provider::name
    QString gpuModel; ///< GpuModel::name
    QString instanceType;
    int gpusPerInstance = 1;
    std::optional<int> vcpus;
    std::optional<double> ramGb;
    QString region;
    PricingModel pricing = PricingModel::OnDemand;
    QString pricingTerm; ///< the source's own words for the term ("committed use 1y"); may be empty
    QString interconnect;
    QString notes;
    QList<PriceObservation> prices; ///< oldest first; the last one is the current price
    /// "YYYY-MM-DD" when a catalog update first found this offer missing from its catalog;
    /// empty while it is listed. Such offers are kept, with their history, and hidden by default.
    QString notListedSince;
    /// The catalog a price update found this offer in ("skypilot/lambda", "azure"); empty for
    /// offers entered by hand or imported from a file.
    QString listedBy;
    /// A price per GPU-hour with no machine named: the unit is one GPU, and instanceType is
    /// kPerGpuRateInstance, so a provider has one such offer per GPU, region and pricing.
    bool perGpuRate = false;
    /// The marketplace the offer is sold through ("Shadeform") when the provider is another
    /// cloud (the machine's owner); empty when the provider sells it directly.
    QString soldVia;

    friend bool operator==(const Offer &, const Offer &) = default;
};

/// The instance type under which a per-GPU rate is stored; shown as "per-GPU rate", translated.
inline QString perGpuRateInstance()
{
    return QStringLiteral("per-GPU rate");
}

/// What an instance type is made of, as its provider documents it: the data that tells a
/// catalog's GPU count is wrong, and that maps price lists without GPU columns (Azure's) to GPUs.
struct InstanceShape
{
    QString provider;     ///< Provider::name
    QString instanceType; ///< matched ignoring case ("p5.48xlarge", "Standard_ND96isr_H100_v5")
    QString gpuModel;     ///< GpuModel::name; empty when only the count is known
    int gpuCount = 1;
    QString sourceUrl;
    QString notes;

    friend bool operator==(const InstanceShape &, const InstanceShape &) = default;
};

/// One figure of a market-share snapshot. "Others" is never stored: it is computed.
struct MarketShareEntry
{
    QString label;    ///< as the source names it ("Amazon Web Services")
    QString provider; ///< Provider::name where the label is a provider we know; may be empty
    double sharePercent = 0;
    std::optional<double> lowPercent;
    std::optional<double> highPercent;
    QString sourceUrl; ///< when this figure comes from another page than the snapshot's

    friend bool operator==(const MarketShareEntry &, const MarketShareEntry &) = default;
};

/// Market shares of one period and scope, as one source published them.
struct MarketShareSnapshot
{
    QString period; ///< "2025-Q1", or a year such as "2025"
    QString scope;  ///< what is measured ("Cloud infrastructure services, worldwide")
    QString sourceName;
    QString sourceUrl;
    QString publishedOn; ///< "YYYY-MM-DD" or empty when the source shows no date
    QString notes;
    bool estimate = false; ///< true for figures that are estimates rather than measured shares
    QList<MarketShareEntry> entries;

    friend bool operator==(const MarketShareSnapshot &, const MarketShareSnapshot &) = default;
};

/// A training job the user saved in the calculator; its inputs are kept as a JSON object.
struct SavedJob
{
    QString name;
    QString parametersJson;
    QString createdOn;

    friend bool operator==(const SavedJob &, const SavedJob &) = default;
};

/// A whole price book in memory: what the JSON format reads and writes, and what an import
/// hands to the database in one transaction.
/// One volume tier of a provider's price for data moved out to the internet, as it publishes
/// it: from `fromGb` (this month's gigabytes) up to `toGb` (open-ended when empty), after a
/// monthly free allowance. A provider that publishes free egress has one tier at zero.
struct EgressPrice
{
    QString provider; ///< Provider::name
    double fromGb = 0;
    std::optional<double> toGb;
    Money usdPerGb;
    double freeGbPerMonth = 0;
    QString observedOn; ///< "YYYY-MM-DD", "YYYY-MM" or empty when undated
    QString sourceUrl;
    QString note;

    friend bool operator==(const EgressPrice &, const EgressPrice &) = default;
};

/// One stored exchange rate (exchange_rates): units of `currency` per euro on `day`, in exact
/// millionths, with the address it was read from.
struct StoredExchangeRate
{
    QDate day;
    QString currency;
    qint64 perEuroMillionths = 0;
    QString sourceUrl;

    friend bool operator==(const StoredExchangeRate &, const StoredExchangeRate &) = default;
};

struct PriceBookData
{
    QList<Provider> providers;
    QList<GpuModel> gpuModels;
    QList<Offer> offers;
    QList<InstanceShape> instanceShapes;
    QList<MarketShareSnapshot> marketShare;
    QList<SavedJob> savedJobs;
    QList<EgressPrice> egressPrices;
    /// What a book keeps beside its data, which a copy into or out of a team book carries: every
    /// stored day of exchange rates and what each update changed (an offer by its id in the
    /// book read from). Imports, the JSON format and readPriceBook() leave them empty.
    QList<StoredExchangeRate> exchangeRates;
    QList<UpdateChange> updateChanges;

    friend bool operator==(const PriceBookData &, const PriceBookData &) = default;
};

} // namespace gpucompare
