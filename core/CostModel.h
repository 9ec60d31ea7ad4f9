#pragma once

#include "EstimatedOffer.h"
#include "JobSpec.h"
#include "OfferRow.h"
#include "PriceBookData.h"
#include "PriceDisplay.h"

#include <QHash>
#include <QList>

namespace gpucompare {

/// The MFU the calculator assumes for a GPU when the user gives none, and why
/// (COST-MODEL.md section 3): the GPU's typical MFU from the price book, capped for runs on
/// thousands of GPUs; a middle value, marked unpublished, where the book has none.
struct MfuDefault
{
    double mfu = 0.35;
    QString basis;
    bool published = false; ///< false when no published run backs the figure
};
MfuDefault defaultMfu(const GpuModel *gpu, int gpus);

/// The dense peak of a GPU at a precision in TFLOP/s, or nullopt when the price book has none.
/// `note` explains a substitution (V100 has no BF16: its FP16 peak; no FP8: the BF16 peak).
std::optional<double> densePeakTflops(const GpuModel &gpu, Precision precision, QString *note);

/// Everything a run reads from the price book, loaded once and reused while inputs change.
struct CostInputs
{
    QList<OfferRow> rows; ///< annotated: usdPerGpuHour set
    QList<GpuModel> gpus;
    QHash<QString, double> discounts; ///< provider name -> negotiated discount in percent
    QList<EgressPrice> egressPrices;  ///< for the Plan: moving the weights between providers
};

/// Offers a run could not price, and why: one entry per GPU model and reason, listed under the
/// results (not only in a tooltip) so the user sees what the answer does not cover.
struct LeftOut
{
    QString gpuModel; ///< empty when the reason is not the GPU's (no price)
    int offers = 0;
    QString reason;
};

/// The GPU counts a preset or a "needs at least" proposes: 8, 16, 32, ... 16,384.
constexpr int kFewestGpuStep = 8;
constexpr int kMostGpus = 16'384;

/// The fewest GPUs of 8, 16, 32, ... 16,384 whose memory holds a training run's model state
/// (16 bytes per parameter, sharded over the GPUs), or nullopt when even 16,384 do not.
std::optional<int> fewestTrainingGpus(double parameters, double gpuMemoryGb);

/// Whether the model state of `parameters` fits on `gpus` GPUs of `gpuMemoryGb` each.
bool trainingStateFits(double parameters, int gpus, double gpuMemoryGb);

/// The canonical GPU model name for a name or alias ("H100", "a100-80gb", "RTX_6000-Ada"), or
/// empty when nothing matches: GpuNameMatcher, the one matcher of the application.
QString resolveGpuName(const QList<GpuModel> &gpus, const QString &nameOrAlias);

/// Which offers a run prices. Empty strings and an empty list match everything.
struct OfferSelection
{
    QString gpuModel;
    QString provider;
    QList<PricingModel> pricing;
    std::optional<double> hypotheticalUsdPerGpuHour; ///< one "custom" offer instead of the book
    /// Whether a stale price may be named cheapest: without it, stale prices are estimated but
    /// sorted after all the others, and the cheapest is the first that is not stale.
    bool includeStale = false;

    /// Whether the offer is of the GPU, provider and pricing asked for.
    bool matches(const OfferRow &r) const
    {
        return (gpuModel.isEmpty() || r.gpuModel == gpuModel) &&
               (provider.isEmpty() || r.provider == provider) &&
               (pricing.isEmpty() || pricing.contains(r.pricing));
    }
};

/// A job priced on one offer.
struct JobEstimate : EstimatedOffer
{
    int instances = 0;
    int gpusRented = 0; ///< whole instances: 100 GPUs on 8-GPU instances rents 104
    double mfu = 0;
    double gpuHours = 0; ///< including overhead and, on spot, interruption overhead
    double wallHours = 0;
    double wallDays = 0;
    double gpuCostUsd = 0;
    double storageCostUsd = 0;
    double egressCostUsd = 0;
    double totalUsd = 0;
    double aboveCheapestUsd = 0;
    double aboveCheapestPercent = 0;

    std::optional<double> modelStateGbPerGpu; ///< 16 bytes/parameter, ZeRO-3 sharded
    std::optional<double> gpuMemoryGb;
    bool fitsInMemory = true;

    std::optional<double> budgetGpuHours; ///< budget mode: GPU-hours the budget buys
    std::optional<double> budgetTokens;   ///< budget mode: tokens those hours train (needs N)

    QStringList notes; ///< assumptions made for this offer (scaled hours, assumed MFU, ...)
};

} // namespace gpucompare

// Strings, lists and optionals of numbers move by memcpy: QList moves estimates in bulk and
// swaps them without calling their assignment operators (as for ServeEstimate).
Q_DECLARE_TYPEINFO(gpucompare::JobEstimate, Q_RELOCATABLE_TYPE);

namespace gpucompare {

struct EstimateRun
{
    double flops = 0;
    /// Cheapest first; those the model state does not fit after the ones it fits; stale prices
    /// after all the others unless included.
    QList<JobEstimate> estimates;
    QStringList notes;         ///< offers left out, and why, as sentences
    QList<LeftOut> leftOut;    ///< the same, by GPU model and reason
    bool includeStale = false; ///< OfferSelection::includeStale of the run
    int gpus = 0;              ///< the GPUs the job asked for
    /// When no estimate fits: the fewest GPUs (8, 16, ...) on which the largest GPU among the
    /// estimates would hold the model state; nullopt when even 16,384 would not, or one fits.
    std::optional<int> gpusNeeded;

    /// The cheapest estimate the model fits on, at a price that may be named cheapest; null when
    /// there is none (the headline then says why).
    const JobEstimate *cheapest() const
    {
        if (estimates.isEmpty())
            return nullptr;
        const JobEstimate &first = estimates.first();
        return first.fitsInMemory && mayBeCheapest(first.price.standing, includeStale) ? &first
                                                                                       : nullptr;
    }
    /// Whether any estimate fits in memory, whatever its price's standing.
    bool anyFits() const;
};

/// Prices `job` on every selected offer. `rows` need usdPerGpuHour (annotateOffers); `gpus` give
/// the peaks and memory; `discounts` map provider names to negotiated discount percentages.
/// The job must have passed checkJob(). Work that depends only on the GPU is done once per GPU
/// model, so 100,000 offers cost one pass.
EstimateRun estimateJob(const JobSpec &job, const QList<OfferRow> &rows,
                        const QList<GpuModel> &gpus, const QHash<QString, double> &discounts,
                        const OfferSelection &selection = {});

inline EstimateRun estimateJob(const JobSpec &job, const CostInputs &inputs,
                               const OfferSelection &selection = {})
{
    return estimateJob(job, inputs.rows, inputs.gpus, inputs.discounts, selection);
}

/// "Cheapest: Lambda 8x H100 (On-demand) — $1,234,567, 21.3 days on 2,048 GPUs", or why no
/// offer is named: "No offer fits on 8 GPUs: needs at least 32 …".
QString estimateSummary(const EstimateRun &run, const JobSpec &job,
                        const PriceDisplay &shown = PriceDisplay());

} // namespace gpucompare
