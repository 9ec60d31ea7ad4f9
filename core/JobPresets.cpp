#include "JobPresets.h"

#include "CostModel.h"
#include "Translated.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::JobPresets", text);
}

} // namespace

void JobPreset::applyTo(JobSpec &job) const
{
    job.work = work;
    job.parameters = parameters;
    if (tokens > 0)
        job.tokens = tokens;
    job.epochs = 1;
    job.attention.reset();
    if (work == JobSpec::Work::GpuHours) {
        job.gpuHours = gpuHours;
        job.gpuHoursMeasuredOn = gpuModel;
    }
    if (gpus)
        job.gpus = *gpus;
    job.mfu = mfu;
    job.precision = precision;
    job.overhead = overhead;
}

int JobPreset::gpusOn(const GpuModel *gpu) const
{
    if (gpus)
        return *gpus;
    if (!gpu || !gpu->memoryGb || *gpu->memoryGb <= 0 || parameters <= 0)
        return kFewestGpuStep;
    return fewestTrainingGpus(parameters, *gpu->memoryGb).value_or(kMostGpus);
}

const GpuModel *largestMemoryGpu(const QList<GpuModel> &gpus, const QSet<QString> &offered)
{
    const GpuModel *largest = nullptr;
    for (const GpuModel &g : gpus) {
        if (!g.memoryGb || (!offered.isEmpty() && !offered.contains(g.name)))
            continue;
        if (!largest || *g.memoryGb > *largest->memoryGb)
            largest = &g;
    }
    return largest;
}

const QList<JobPreset> &jobPresets()
{
    static const QList<JobPreset> presets = [] {
        QList<JobPreset> list;
        JobPreset llama;
        llama.name = tr("LLaMA-65B (2023)");
        llama.source = tr("Touvron et al. 2023, §2.4 and Table 15: 65.2B parameters, 1.4T tokens, "
                          "2,048 A100-80GB at 380 tokens/s/GPU (MFU 0.4765 derived), 1,022,362 "
                          "GPU-hours, about 21 days.");
        llama.parameters = 65.2e9;
        llama.tokens = 1.4e12;
        llama.gpuModel = u"A100 SXM 80GB"_s;
        llama.gpus = 2048;
        llama.mfu = 6 * 65.2e9 * 380 / 312e12;
        list << llama;

        JobPreset llama2_7b;
        llama2_7b.name = tr("Llama 2 7B (2023)");
        llama2_7b.source = tr("Llama 2 model card and paper Table 2: 2.0T tokens, 184,320 "
                              "A100-80GB GPU-hours (all-in, restarts included). GPU count not "
                              "published.");
        llama2_7b.work = JobSpec::Work::GpuHours;
        llama2_7b.parameters = 7e9;
        llama2_7b.tokens = 2e12;
        llama2_7b.gpuHours = 184'320;
        llama2_7b.gpuModel = u"A100 SXM 80GB"_s;
        list << llama2_7b;

        JobPreset llama2_70b = llama2_7b;
        llama2_70b.name = tr("Llama 2 70B (2023)");
        llama2_70b.source = tr("Llama 2 model card and paper Table 2: 2.0T tokens, 1,720,320 "
                               "A100-80GB GPU-hours (all-in, restarts included). GPU count not "
                               "published.");
        llama2_70b.parameters = 70e9;
        llama2_70b.gpuHours = 1'720'320;
        list << llama2_70b;

        JobPreset mpt;
        mpt.name = tr("MPT-7B (2023)");
        mpt.source = tr("databricks.com/blog/mpt-7b: 6.7B parameters, 1T tokens, 440 A100-40GB, "
                        "about 9.5 days, about $200k (MFU 0.3568 derived from the 9.5 days).");
        mpt.parameters = 6.7e9;
        mpt.tokens = 1e12;
        mpt.gpuModel = u"A100 SXM 40GB"_s;
        mpt.gpus = 440;
        mpt.mfu = 0.3568;
        list << mpt;

        JobPreset gpt3;
        gpt3.name = tr("GPT-3 175B (2020)");
        gpt3.source = tr("Brown et al. 2020, Table D.1: 174.6B parameters, 300B tokens, 3.14e23 "
                         "FLOPs; MFU 0.213 on V100 (PaLM, Table 3). GPU count not published.");
        gpt3.parameters = 174.6e9;
        gpt3.tokens = 300e9;
        gpt3.gpuModel = u"V100 32GB"_s;
        gpt3.mfu = 0.213;
        gpt3.precision = Precision::Fp16;
        list << gpt3;
        return list;
    }();
    return presets;
}

} // namespace gpucompare
