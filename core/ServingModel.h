#pragma once

#include "CostModel.h"
#include "EstimatedOffer.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace gpucompare {

/// What a deployed model costs to serve: tokens per second and USD per million output tokens
/// on every offer, from the decode step's memory and compute time (issue 20, the model in the
/// README's "Serving cost" section). Qt6::Core only, like the training cost model.

/// How the weights are stored: bytes per parameter 2 (bf16, fp16), 1 (fp8, int8), 0.5 (int4).
enum class WeightPrecision
{
    Bf16,
    Fp16,
    Fp8,
    Int8,
    Int4
};
double bytesPerParameter(WeightPrecision precision);
QString weightPrecisionToken(WeightPrecision precision);
std::optional<WeightPrecision> weightPrecisionFromToken(const QString &token);
QStringList weightPrecisionTokens();

/// Hours in an average month (8,766 hours a year / 12), for monthly traffic and cost.
constexpr double kHoursPerMonth = 730.5;
/// Monthly traffic as the average rate it asks for, and back: what the replicas are sized for
/// and what the serving form shows.
constexpr double averageTokensPerSecond(double tokensPerMonth)
{
    return tokensPerMonth / (kHoursPerMonth * 3600);
}
constexpr double tokensPerMonthAt(double tokensPerSecond)
{
    return tokensPerSecond * 3600 * kHoursPerMonth;
}
/// The share of GPU memory the weights and KV cache may take: the rest is activations, the
/// CUDA context and fragmentation (vLLM's default gpu_memory_utilization is 0.9).
constexpr double kMemoryHeadroom = 0.9;

struct ServeSpec
{
    double parameters = 0;                 ///< per token (a mixture of experts: the active ones)
    std::optional<double> totalParameters; ///< held in memory, when more than `parameters`
    WeightPrecision precision = WeightPrecision::Bf16;
    double kvBytes = 2; ///< per KV element (2: a 16-bit cache)
    int layers = 0;
    int kvHeads = 0;
    int headDim = 0;
    int contextTokens = 4096;         ///< prompt and output, per sequence
    int batch = 16;                   ///< sequences decoded together
    std::optional<int> gpus;          ///< per replica; empty: the fewest of 1, 2, 4, ... that fit
    double bandwidthEfficiency = 0.8; ///< share of the HBM bandwidth a decode step reaches
    double mfu = 0.5;                 ///< share of the dense peak during decode
    std::optional<double> tokensPerMonth;          ///< traffic, for replicas and a monthly cost
    std::optional<double> measuredTokensPerSecond; ///< per replica, replaces the estimate
    /// Whether a replica may span machines (tensor parallel over the network). Without it a
    /// replica fits in one machine: offers whose machine has fewer GPUs are left out.
    bool multiNode = false;
};

/// A per-GPU rate rents GPUs, not machines: for whether a replica fits in one machine it counts
/// as machines of 8, the most a cloud puts in one box.
constexpr int kPerGpuRateMachineGpus = 8;

/// What `replicas` replicas of `gpusPerReplica` GPUs cost an hour on one offer: the replicas'
/// GPUs at the offer's price, plus the idle GPUs of each whole machine that carries fewer
/// replicas than it could (issue 28). A per-GPU rate rents exactly the replicas' GPUs. The one
/// function the Serving tab and the Plan price a replica with.
struct ReplicaCost
{
    int machines = 0;   ///< whole machines rented; 0 on a per-GPU rate
    int gpusRented = 0; ///< GPUs paid for
    int idleGpus = 0;   ///< of those, GPUs no replica uses
    double usdPerHour = 0;
};
ReplicaCost priceReplicas(int gpusPerReplica, int replicas, int gpusPerMachine, bool perGpuRate,
                          double usdPerGpuHour);
/// "4 of the 8 GPUs rented sit idle (one 8-GPU machine carries one replica of 4 GPUs): counted in
/// the price"; empty when none does.
QString idleGpusNote(const ReplicaCost &cost, int gpusPerReplica, int replicas, int gpusPerMachine);

struct ServeField
{
    QString field; ///< the command-line option without dashes ("batch")
    QString message;
};
/// Errors name the option and its range; empty when the spec can be estimated.
QList<ServeField> checkServe(const ServeSpec &spec);

/// Bytes of the weights in memory, and of the KV cache per token of context.
double weightBytes(const ServeSpec &spec);
double kvBytesPerToken(const ServeSpec &spec);

/// One replica of the model on K GPUs of one offer.
struct ServeEstimate : EstimatedOffer
{
    int gpus = 1; ///< K, per replica
    bool fitsInMemory = true;
    double memoryNeededGb = 0;    ///< weights + KV of the batch at full context
    double memoryAvailableGb = 0; ///< K x GPU memory x headroom
    double stepMs = 0;
    bool memoryBound = true;
    double tokensPerSecond = 0;     ///< per replica
    bool measured = false;          ///< tokensPerSecond is the user's measurement
    double usdPerMillionTokens = 0; ///< the hourly cost below over the replicas' tokens
    /// The replicas priced (the traffic's, else one) on whole machines: priceReplicas().
    int machines = 0;
    int gpusRented = 0;
    int idleGpus = 0;
    double usdPerHour = 0;
    std::optional<int> replicas;
    std::optional<int> instances;
    std::optional<double> monthlyCostUsd;
    QStringList notes;
};

} // namespace gpucompare

// Its members (strings, lists, optionals of numbers) move by memcpy: QList then moves
// estimates in bulk instead of one by one, which was most of an estimate over 100,000 offers.
Q_DECLARE_TYPEINFO(gpucompare::ServeEstimate, Q_RELOCATABLE_TYPE);

namespace gpucompare {

struct ServeRun
{
    double weightBytes = 0;
    double kvBytesPerToken = 0;
    /// Stale prices last (unless included), then fitting ones first, each cheapest per token
    /// first.
    QList<ServeEstimate> estimates;
    QStringList notes;         ///< offers left out, and why
    QList<LeftOut> leftOut;    ///< the same, by GPU model and reason
    bool includeStale = false; ///< OfferSelection::includeStale of the run

    /// The cheapest estimate that fits, on a price that may be named cheapest; null if none.
    const ServeEstimate *cheapest() const
    {
        if (estimates.isEmpty())
            return nullptr;
        const ServeEstimate &first = estimates.first();
        return first.fitsInMemory && mayBeCheapest(first.price.standing, includeStale) ? &first
                                                                                       : nullptr;
    }
};

/// Prices serving on every selected offer (rows annotated, as for estimateJob). Offers whose GPU
/// has no memory size or bandwidth in the book are left out and counted in the notes.
ServeRun estimateServing(const ServeSpec &spec, const CostInputs &inputs,
                         const OfferSelection &selection = {});

} // namespace gpucompare
