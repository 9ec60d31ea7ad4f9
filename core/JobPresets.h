#pragma once

#include "JobSpec.h"

#include <QList>
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
};

/// LLaMA-65B, Llama 2 7B and 70B, MPT-7B and GPT-3 175B.
const QList<JobPreset> &jobPresets();

} // namespace gpucompare
