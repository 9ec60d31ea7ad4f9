#pragma once

#include "JobSpec.h"
#include "PriceBookData.h"

#include <QList>
#include <QSet>
#include <optional>

namespace gpucompare {

/// A published training run that fills the calculator's form (COST-MODEL.md section 4).
/// Only published facts are set; what a paper does not state (such as the GPU count of a
/// Llama 2 size) is left as the user had it.
struct JobPreset
{
    QString name;
    QString source; ///< where the figures come from, shown as the preset's tooltip
    JobSpec::Work work = JobSpec::Work::Tokens;
    double parameters = 0;
    double tokens = 0;
    double gpuHours = 0;
    QString gpuModel; ///< the GPU the run used, a canonical name of the bundled price book
    std::optional<int> gpus;
    std::optional<double> mfu;
    Precision precision = Precision::Bf16;
    double overhead = 1.0;

    /// Applies the preset's facts to `job`, keeping the inputs the preset does not state.
    void applyTo(JobSpec &job) const;

    /// The GPUs the preset sets on `gpu`: the published count, else the fewest of 8, 16, 32,
    /// ... 16,384 whose memory holds the model state (16,384 when none does; 8 without a size).
    int gpusOn(const GpuModel *gpu) const;
};

/// The GPU a preset is sized on when every GPU model is chosen: the one with the most memory
/// among `offered` (every model when empty); null when no model has a memory size.
const GpuModel *largestMemoryGpu(const QList<GpuModel> &gpus, const QSet<QString> &offered = {});

/// LLaMA-65B, Llama 2 7B and 70B, MPT-7B and GPT-3 175B.
const QList<JobPreset> &jobPresets();

} // namespace gpucompare
