#include "CostModel.h"

#include "GpuNameMatcher.h"
#include "HugePages.h"
#include "InPlaceOrder.h"
#include "Translated.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::CostModel", text);
}

/// "1 offer" / "3 offers": English source strings have no plural forms of their own.
QString offerCount(int count)
{
    return count == 1 ? tr("1 offer") : tr("%1 offers").arg(count);
}

constexpr double kBytesPerParameter = 16; // mixed-precision AdamW: 2 + 2 + 12 (ZeRO "16Ψ")
constexpr double kHoursPerDay = 24;

/// What is the same for every offer of one GPU model: the GPU-hours before overhead.
struct GpuWork
{
    bool usable = false;
    QString whyNot;
    double peakTflops = 0;
    double mfu = 0;
    double baseGpuHours = 0;
    std::optional<double> memoryGb;
    QStringList notes;
    /// The notes of an offer of so many GPUs per instance: the same list for every such offer,
    /// shared, rather than one built per offer.
    QHash<int, QStringList> notesByInstanceGpus;
};

const GpuModel *findGpu(const QList<GpuModel> &gpus, const QString &name)
{
    for (const GpuModel &g : gpus) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

GpuWork workOn(const JobSpec &job, const QString &gpuName, const QList<GpuModel> &gpus)
{
    GpuWork work;
    const GpuModel *gpu = findGpu(gpus, gpuName);
    if (gpu)
        work.memoryGb = gpu->memoryGb;
    QString peakNote;
    const std::optional<double> peak =
        gpu ? densePeakTflops(*gpu, job.precision, &peakNote) : std::nullopt;
    if (peak) {
        work.peakTflops = *peak;
        if (!peakNote.isEmpty())
            work.notes << peakNote;
    }

    if (job.mfu) {
        work.mfu = *job.mfu;
    } else {
        const MfuDefault d = defaultMfu(gpu, job.gpus);
        work.mfu = d.mfu;
        work.notes << tr("MFU %1 assumed: %2").arg(QLocale().toString(d.mfu, 'f', 2), d.basis);
    }

    if (job.work == JobSpec::Work::Tokens) {
        if (!peak) {
            work.whyNot = tr("the price book has no dense %1 peak for %2")
                              .arg(precisionDisplayName(job.precision), gpuName);
            return work;
        }
        work.baseGpuHours = trainingFlops(job) / (work.peakTflops * 1e12 * work.mfu * 3600);
    } else if (job.gpuHoursMeasuredOn.isEmpty() || job.gpuHoursMeasuredOn == gpuName) {
        work.baseGpuHours = job.gpuHours;
    } else {
        const GpuModel *measured = findGpu(gpus, job.gpuHoursMeasuredOn);
        QString ignored;
        const std::optional<double> measuredPeak =
            measured ? densePeakTflops(*measured, job.precision, &ignored) : std::nullopt;
        if (!peak || !measuredPeak) {
            work.whyNot = tr("GPU-hours measured on %1 cannot be scaled to %2 without both "
                             "dense peaks")
                              .arg(job.gpuHoursMeasuredOn, gpuName);
            return work;
        }
        // Equal MFU on both GPUs: the hours scale with the inverse of the peak.
        work.baseGpuHours = job.gpuHours * *measuredPeak / work.peakTflops;
        work.notes << tr("GPU-hours scaled from %1 by dense peak (%2 / %3 TFLOP/s)")
                          .arg(job.gpuHoursMeasuredOn, QLocale().toString(*measuredPeak),
                               QLocale().toString(work.peakTflops));
    }
    work.usable = true;
    return work;
}

} // namespace

bool trainingStateFits(double parameters, int gpus, double gpuMemoryGb)
{
    return gpus > 0 && parameters * kBytesPerParameter / gpus / 1e9 <= gpuMemoryGb;
}

std::optional<int> fewestTrainingGpus(double parameters, double gpuMemoryGb)
{
    for (int gpus = kFewestGpuStep; gpus <= kMostGpus; gpus *= 2) {
        if (trainingStateFits(parameters, gpus, gpuMemoryGb))
            return gpus;
    }
    return std::nullopt;
}

bool EstimateRun::anyFits() const
{
    return std::any_of(estimates.cbegin(), estimates.cend(),
                       [](const JobEstimate &e) { return e.fitsInMemory; });
}

QString resolveGpuName(const QList<GpuModel> &gpus, const QString &nameOrAlias)
{
    return GpuNameMatcher(gpus).resolve(nameOrAlias);
}

MfuDefault defaultMfu(const GpuModel *gpu, int gpus)
{
    MfuDefault d;
    if (gpu && gpu->typicalMfu) {
        d = {*gpu->typicalMfu, gpu->typicalMfuBasis, true};
        if (d.basis.isEmpty())
            d.basis = tr("the price book's typical MFU for %1").arg(gpu->name);
    } else {
        d = {0.35, tr("no published MFU for this GPU; a middle value, not a measurement"), false};
    }
    if (gpus >= 1000 && d.mfu > 0.35) {
        d.mfu = 0.35;
        d.basis = tr("runs on thousands of GPUs reach 0.30-0.40 (PaLM, Llama 3)");
    }
    return d;
}

std::optional<double> densePeakTflops(const GpuModel &gpu, Precision precision, QString *note)
{
    const bool hasPositive16 = gpu.bf16Tflops && *gpu.bf16Tflops > 0;
    switch (precision) {
    case Precision::Fp16:
        return hasPositive16 ? gpu.bf16Tflops : std::nullopt;
    case Precision::Bf16:
        if (hasPositive16 && !gpu.hasBf16 && note)
            *note = tr("%1 has no BF16: its FP16 peak is used").arg(gpu.name);
        return hasPositive16 ? gpu.bf16Tflops : std::nullopt;
    case Precision::Fp8:
        if (gpu.fp8Tflops && *gpu.fp8Tflops > 0)
            return gpu.fp8Tflops;
        if (hasPositive16 && note)
            *note = tr("%1 has no FP8: its 16-bit peak is used").arg(gpu.name);
        return hasPositive16 ? gpu.bf16Tflops : std::nullopt;
    }
    return std::nullopt;
}

EstimateRun estimateJob(const JobSpec &job, const QList<OfferRow> &rows,
                        const QList<GpuModel> &gpus, const QHash<QString, double> &discounts,
                        const OfferSelection &selection)
{
    EstimateRun run;
    run.flops = trainingFlops(job);
    run.gpus = job.gpus;
    const double storageCost = job.storageTb * job.storageMonths * job.usdPerTbMonth;
    const double egressCost = job.egressTb * job.usdPerTbEgress;

    QHash<QString, GpuWork> workByGpu;
    QHash<QString, int> leftOutByGpu;
    int unpriced = 0;

    // Prices the estimate in place: an estimate is large, and building one to move into the
    // list showed in profiles of 100,000 offers.
    auto price = [&](JobEstimate &e, GpuWork &work) {
        e.mfu = work.mfu;
        e.instances = int((qint64(job.gpus) + e.gpusPerInstance - 1) / e.gpusPerInstance);
        e.gpusRented = e.instances * e.gpusPerInstance;
        auto notes = work.notesByInstanceGpus.constFind(e.gpusPerInstance);
        if (notes == work.notesByInstanceGpus.cend()) {
            QStringList made = work.notes;
            if (e.gpusRented != job.gpus) {
                made << tr("%1 GPUs rented as %2 whole instances of %3")
                            .arg(e.gpusRented)
                            .arg(e.instances)
                            .arg(e.gpusPerInstance);
            }
            notes = work.notesByInstanceGpus.insert(e.gpusPerInstance, made);
        }
        e.notes = *notes;
        const double spotFactor =
            e.pricing == PricingModel::Spot ? 1 + job.spotInterruptionOverhead : 1;
        // Every rented GPU works, so the work is the same and the wall clock shrinks.
        e.gpuHours = work.baseGpuHours * job.overhead * spotFactor;
        e.wallHours = e.gpuHours / e.gpusRented;
        e.wallDays = e.wallHours / kHoursPerDay;
        e.gpuCostUsd = e.gpuHours * e.usdPerGpuHour;
        e.storageCostUsd = storageCost;
        e.egressCostUsd = egressCost;
        e.totalUsd = e.gpuCostUsd + storageCost + egressCost;

        e.gpuMemoryGb = work.memoryGb;
        if (job.parameters > 0) {
            e.modelStateGbPerGpu = job.parameters * kBytesPerParameter / e.gpusRented / 1e9;
            e.fitsInMemory =
                !work.memoryGb || trainingStateFits(job.parameters, e.gpusRented, *work.memoryGb);
        }
        if (job.budgetUsd) {
            const double forGpus = std::max(0.0, *job.budgetUsd - storageCost - egressCost);
            e.budgetGpuHours = e.usdPerGpuHour > 0 ? forGpus / e.usdPerGpuHour : 0;
            if (job.parameters > 0 && work.peakTflops > 0) {
                const double usefulHours = *e.budgetGpuHours / (job.overhead * spotFactor);
                e.budgetTokens =
                    usefulHours * 3600 * work.peakTflops * 1e12 * work.mfu / flopsPerToken(job);
            }
        }
    };

    auto workFor = [&](const QString &gpuName) -> GpuWork & {
        auto it = workByGpu.find(gpuName);
        if (it == workByGpu.end())
            it = workByGpu.insert(gpuName, workOn(job, gpuName, gpus));
        return *it;
    };

    if (selection.hypotheticalUsdPerGpuHour) {
        GpuWork &work = workFor(selection.gpuModel);
        if (!work.usable) {
            run.notes << work.whyNot;
            return run;
        }
        JobEstimate &e = run.estimates.emplaceBack();
        e.provider = u"custom"_s;
        e.instanceType = tr("hypothetical offer");
        e.gpuModel = selection.gpuModel;
        e.listedUsdPerGpuHour = *selection.hypotheticalUsdPerGpuHour;
        e.usdPerGpuHour = e.listedUsdPerGpuHour;
        price(e, work);
        return run;
    }

    run.estimates.reserve(rows.size());
    adviseHugePages(run.estimates);
    // One translation lookup per run, not one per offer rented by the GPU.
    const QString perGpuRateName = perGpuRateDisplayName();
    for (const OfferRow &r : rows) {
        if (!selection.matches(r))
            continue;
        if (r.usdPerGpuHour <= 0) {
            ++unpriced;
            continue;
        }
        GpuWork &work = workFor(r.gpuModel);
        if (!work.usable) {
            ++leftOutByGpu[r.gpuModel];
            continue;
        }
        JobEstimate &e = run.estimates.emplaceBack();
        e.setOffer(r, discounts.value(r.provider, 0), perGpuRateName);
        price(e, work);
    }

    // Sort positions, then place each estimate once: estimates are large, and moving them
    // around inside the sort took longer than pricing 100,000 offers.
    // The totals side by side: comparing through the estimates missed the cache every time.
    // Stale prices, unless included, come after all the others, and within each part the
    // offers the model state does not fit come after those it fits: each part by cost.
    run.includeStale = selection.includeStale;
    std::vector<std::tuple<bool, bool, double>> totals;
    totals.reserve(size_t(run.estimates.size()));
    for (const JobEstimate &e : std::as_const(run.estimates)) {
        totals.emplace_back(!mayBeCheapest(e.price.standing, run.includeStale), !e.fitsInMemory,
                            e.totalUsd);
    }
    std::vector<qsizetype> order(totals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return totals[size_t(a)] < totals[size_t(b)];
    });
    applyOrderInPlace(run.estimates, order);
    if (const JobEstimate *best = run.cheapest()) {
        const double cheapest = best->totalUsd;
        for (JobEstimate &e : run.estimates) {
            e.aboveCheapestUsd = e.totalUsd - cheapest;
            e.aboveCheapestPercent = cheapest > 0 ? 100 * (e.totalUsd / cheapest - 1) : 0;
        }
    }
    if (!run.estimates.isEmpty() && job.parameters > 0 && !run.anyFits()) {
        double largestGb = 0;
        for (const JobEstimate &e : std::as_const(run.estimates))
            largestGb = std::max(largestGb, e.gpuMemoryGb.value_or(0));
        run.gpusNeeded = fewestTrainingGpus(job.parameters, largestGb);
    }
    if (unpriced > 0) {
        const QString reason = tr("no price");
        run.leftOut.append({QString(), unpriced, reason});
        run.notes << tr("%1 without a price left out").arg(offerCount(unpriced));
    }
    for (auto it = leftOutByGpu.cbegin(); it != leftOutByGpu.cend(); ++it) {
        const QString &reason = workByGpu.value(it.key()).whyNot;
        run.leftOut.append({it.key(), it.value(), reason});
        run.notes << tr("%1 of %2 left out: %3").arg(offerCount(it.value()), it.key(), reason);
    }
    std::sort(run.leftOut.begin(), run.leftOut.end(), [](const LeftOut &a, const LeftOut &b) {
        return a.offers != b.offers ? a.offers > b.offers : a.gpuModel < b.gpuModel;
    });
    run.notes.sort();
    return run;
}

QString estimateSummary(const EstimateRun &run, const JobSpec &job, const PriceDisplay &shown)
{
    const JobEstimate *e = run.cheapest();
    const QLocale locale;
    if (!e && !run.estimates.isEmpty() && !run.anyFits()) {
        // Naming the cheapest of offers the job does not fit on would mislead: say what would.
        const QString gpus = locale.toString(run.gpus);
        if (run.gpusNeeded) {
            return tr("No offer fits on %1 GPUs: needs at least %2 (the model state, 16 bytes "
                      "per parameter, exceeds the GPUs' memory).")
                .arg(gpus, locale.toString(*run.gpusNeeded));
        }
        return tr("No offer fits on %1 GPUs: the model state (16 bytes per parameter) needs "
                  "more than %2 of the largest GPU.")
            .arg(gpus, locale.toString(kMostGpus));
    }
    if (!e && !run.estimates.isEmpty()) {
        return tr("Every matching price that fits is stale (older than the freshness window): "
                  "include stale prices, or update the book.");
    }
    if (!e)
        return tr("No offer matches: widen the GPU, provider or pricing filter.");
    // A per-GPU rate names no machine: the provider is the offer.
    const QString offer = e->instanceType.isEmpty() || e->perGpuRate
                              ? e->provider
                              : tr("%1 %2").arg(e->provider, e->instanceType);
    QString text = tr("Cheapest: %1 (%2, %3) — %4, %5 days on %6 GPUs")
                       .arg(offer, e->gpuModel.isEmpty() ? tr("any GPU") : e->gpuModel,
                            pricingModelDisplayName(e->pricing), shown.text(e->totalUsd, 0, locale),
                            locale.toString(e->wallDays, 'f', 1), locale.toString(e->gpusRented));
    if (job.budgetUsd && e->budgetTokens) {
        text += tr("; the budget buys %1 tokens there").arg(formatQuantity(*e->budgetTokens));
    }
    return text + priceCaveat(e->price);
}

} // namespace gpucompare
