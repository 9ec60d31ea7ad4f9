#include "ServingModel.h"

#include "HugePages.h"
#include "InPlaceOrder.h"
#include "Translated.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QPair>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::ServingModel", text);
}

/// The largest replica tried when no --gpus is given: eight 8-GPU machines.
constexpr int kMaxAutoGpus = 64;

/// The peak a decode step computes at: 8-bit weights run on the FP8 units where the GPU has
/// them; 4-bit weights are widened to 16 bits before the matrix multiply (weight-only
/// quantisation, as in AWQ and GPTQ kernels).
Precision computePrecision(WeightPrecision precision)
{
    switch (precision) {
    case WeightPrecision::Fp16:
        return Precision::Fp16;
    case WeightPrecision::Fp8:
    case WeightPrecision::Int8:
        return Precision::Fp8;
    case WeightPrecision::Bf16:
    case WeightPrecision::Int4:
        break;
    }
    return Precision::Bf16;
}

} // namespace

double bytesPerParameter(WeightPrecision precision)
{
    switch (precision) {
    case WeightPrecision::Bf16:
    case WeightPrecision::Fp16:
        return 2;
    case WeightPrecision::Fp8:
    case WeightPrecision::Int8:
        return 1;
    case WeightPrecision::Int4:
        return 0.5;
    }
    return 2;
}

QStringList weightPrecisionTokens()
{
    return {u"bf16"_s, u"fp16"_s, u"fp8"_s, u"int8"_s, u"int4"_s};
}

QString weightPrecisionToken(WeightPrecision precision)
{
    return weightPrecisionTokens().at(int(precision));
}

std::optional<WeightPrecision> weightPrecisionFromToken(const QString &token)
{
    const qsizetype at = weightPrecisionTokens().indexOf(token.trimmed().toLower());
    if (at < 0)
        return std::nullopt;
    return WeightPrecision(at);
}

QList<ServeField> checkServe(const ServeSpec &s)
{
    QList<ServeField> errors;
    const QLocale c = QLocale::c();
    const auto range = [&](const QString &field, double value, double low, double high,
                           bool lowIncluded) {
        const bool ok =
            std::isfinite(value) && (lowIncluded ? value >= low : value > low) && value <= high;
        if (!ok) {
            errors.append({field, tr("must be %1 %2 and at most %3 (got %4)")
                                      .arg(lowIncluded ? tr("from") : tr("above"), c.toString(low),
                                           c.toString(high), c.toString(value))});
        }
    };
    range(u"params"_s, s.parameters, 0, 1e14, false);
    if (s.totalParameters)
        range(u"total-params"_s, *s.totalParameters, s.parameters, 1e14, true);
    range(u"kv-precision"_s, s.kvBytes, 0, 4, false);
    // No shape at all: the KV cache is left out (and the run says so); a partial one is a slip.
    if (s.layers != 0 || s.kvHeads != 0 || s.headDim != 0) {
        range(u"layers"_s, s.layers, 1, 10'000, true);
        range(u"kv-heads"_s, s.kvHeads, 1, 10'000, true);
        range(u"head-dim"_s, s.headDim, 1, 100'000, true);
    }
    range(u"context"_s, s.contextTokens, 1, 100'000'000, true);
    range(u"batch"_s, s.batch, 1, 100'000, true);
    if (s.gpus)
        range(u"gpus"_s, *s.gpus, 1, 100'000, true);
    range(u"bandwidth-efficiency"_s, s.bandwidthEfficiency, 0, 1, false);
    range(u"mfu"_s, s.mfu, 0, 1, false);
    if (s.tokensPerMonth)
        range(u"tokens-per-month"_s, *s.tokensPerMonth, 0, 1e18, false);
    if (s.measuredTokensPerSecond)
        range(u"measured-tps"_s, *s.measuredTokensPerSecond, 0, 1e9, false);
    return errors;
}

ReplicaCost priceReplicas(int gpusPerReplica, int replicas, int gpusPerMachine, bool perGpuRate,
                          double usdPerGpuHour)
{
    ReplicaCost cost;
    const int k = std::max(1, gpusPerReplica);
    const int r = std::max(1, replicas);
    if (perGpuRate) {
        cost.gpusRented = k * r;
    } else {
        const int m = std::max(1, gpusPerMachine);
        if (k <= m) {
            // Replicas share a machine while it has room; the last one may carry fewer.
            const int perMachine = m / k;
            cost.machines = (r + perMachine - 1) / perMachine;
        } else {
            cost.machines = r * ((k + m - 1) / m); // each replica on machines of its own
        }
        cost.gpusRented = cost.machines * m;
    }
    cost.idleGpus = cost.gpusRented - k * r;
    cost.usdPerHour = cost.gpusRented * usdPerGpuHour;
    return cost;
}

QString idleGpusNote(const ReplicaCost &cost, int gpusPerReplica, int replicas, int gpusPerMachine)
{
    if (cost.idleGpus <= 0)
        return {};
    const QLocale l;
    const QString carried =
        replicas == 1 ? tr("one replica of %1 GPUs").arg(gpusPerReplica)
                      : tr("%1 replicas of %2 GPUs").arg(l.toString(replicas)).arg(gpusPerReplica);
    const QString machines = cost.machines == 1
                                 ? tr("one %1-GPU machine carries %2").arg(gpusPerMachine)
                                 : tr("%1 machines of %2 GPUs carry %3")
                                       .arg(l.toString(cost.machines))
                                       .arg(gpusPerMachine);
    return tr("%1 of the %2 GPUs rented sit idle (%3): counted in the price")
        .arg(l.toString(cost.idleGpus), l.toString(cost.gpusRented), machines.arg(carried));
}

double weightBytes(const ServeSpec &spec)
{
    return spec.totalParameters.value_or(spec.parameters) * bytesPerParameter(spec.precision);
}

double kvBytesPerToken(const ServeSpec &spec)
{
    // A key and a value per layer, KV head and head dimension.
    return 2.0 * spec.layers * spec.kvHeads * spec.headDim * spec.kvBytes;
}

ServeRun estimateServing(const ServeSpec &spec, const CostInputs &inputs,
                         const OfferSelection &selection)
{
    ServeRun run;
    run.weightBytes = weightBytes(spec);
    run.kvBytesPerToken = kvBytesPerToken(spec);
    // Bytes a sequence's KV cache holds at full context, and a step reads: the weights once,
    // every sequence's cache once (the context taken at its full length: an upper bound).
    const double kvBatchBytes = run.kvBytesPerToken * spec.contextTokens * spec.batch;
    const double memoryNeeded = run.weightBytes + kvBatchBytes;

    if (run.kvBytesPerToken == 0) {
        run.notes << tr("No KV cache counted: give the model's layers, KV heads and head "
                        "dimension to include it.");
    }
    QHash<QString, const GpuModel *> gpuByName;
    for (const GpuModel &g : inputs.gpus)
        gpuByName.insert(g.name, &g);

    struct PerGpu
    {
        bool usable = false;
        QString why;
        int gpus = 1;
        bool fits = true;
        double memoryAvailableGb = 0;
        double stepSeconds = 0;
        bool memoryBound = true;
        QStringList notes;
        /// An offer's notes by its machine's GPUs (0 for a per-GPU rate): the same list for
        /// every such offer, shared, rather than sentences built per offer.
        QHash<int, QStringList> notesByMachine;
    };
    QHash<QString, PerGpu> perGpu;
    const auto workOn = [&](const QString &name) -> PerGpu & {
        if (const auto it = perGpu.find(name); it != perGpu.end())
            return *it;
        PerGpu w;
        const GpuModel *g = gpuByName.value(name);
        if (!g || !g->memoryGb || *g->memoryGb <= 0) {
            w.why = tr("no memory size for %1 in the price book").arg(name);
        } else if (!g->bandwidthGbps || *g->bandwidthGbps <= 0) {
            w.why = tr("no memory bandwidth for %1 in the price book").arg(name);
        } else {
            w.usable = true;
            const double perGpuBytes = *g->memoryGb * 1e9 * kMemoryHeadroom;
            if (spec.gpus) {
                w.gpus = *spec.gpus;
            } else {
                w.gpus = 1;
                while (w.gpus < kMaxAutoGpus && w.gpus * perGpuBytes < memoryNeeded)
                    w.gpus *= 2;
            }
            w.memoryAvailableGb = w.gpus * perGpuBytes / 1e9;
            w.fits = memoryNeeded <= w.gpus * perGpuBytes;
            const double memorySeconds =
                memoryNeeded / (w.gpus * *g->bandwidthGbps * 1e9 * spec.bandwidthEfficiency);
            QString peakNote;
            Precision precision = computePrecision(spec.precision);
            if (spec.precision == WeightPrecision::Bf16 && !g->hasBf16) {
                // V100 and T4: the weights are served as FP16, the same two bytes each.
                precision = Precision::Fp16;
                w.notes << tr("%1 has no BF16: served at FP16 (the same 2 bytes per parameter)")
                               .arg(name);
            }
            const std::optional<double> peak = densePeakTflops(*g, precision, &peakNote);
            double computeSeconds = 0;
            if (peak && *peak > 0) {
                computeSeconds =
                    2 * spec.parameters * spec.batch / (w.gpus * *peak * 1e12 * spec.mfu);
                if (!peakNote.isEmpty())
                    w.notes << peakNote;
            } else {
                w.notes << tr("no dense peak for %1: the step time is its memory time").arg(name);
            }
            w.memoryBound = memorySeconds >= computeSeconds;
            w.stepSeconds = std::max(memorySeconds, computeSeconds);
        }
        return *perGpu.insert(name, w);
    };

    // A replica in one machine unless several are allowed (issue 28: 16 one-GPU machines
    // tensor-parallel over a network are no way to serve).
    const auto spansMachines = [&](int gpus, int machineGpus) {
        return !spec.multiNode && gpus > machineGpus;
    };
    const auto spanReason = [&](int gpus) {
        return tr("a replica needs %1 GPUs in one machine, and these machines have fewer (let a "
                  "replica span several machines to include them)")
            .arg(gpus);
    };
    // Fills the estimate in place: an estimate is large, and building one to move into the
    // list showed in profiles of 100,000 offers.
    const auto estimateOn = [&](ServeEstimate &e, PerGpu &w) {
        e.gpus = w.gpus;
        e.fitsInMemory = w.fits;
        e.memoryNeededGb = memoryNeeded / 1e9;
        e.memoryAvailableGb = w.memoryAvailableGb;
        e.stepMs = w.stepSeconds * 1000;
        e.memoryBound = w.memoryBound;
        if (spec.measuredTokensPerSecond) {
            e.tokensPerSecond = *spec.measuredTokensPerSecond;
            e.measured = true;
        } else {
            e.tokensPerSecond = spec.batch / w.stepSeconds;
        }
        int replicas = 1;
        if (spec.tokensPerMonth) {
            const double neededPerSecond = averageTokensPerSecond(*spec.tokensPerMonth);
            replicas = std::max(1, int(std::ceil(neededPerSecond / e.tokensPerSecond - 1e-9)));
            e.replicas = replicas;
        }
        const ReplicaCost cost =
            priceReplicas(e.gpus, replicas, e.gpusPerInstance, e.perGpuRate, e.usdPerGpuHour);
        e.machines = cost.machines;
        e.gpusRented = cost.gpusRented;
        e.idleGpus = cost.idleGpus;
        e.usdPerHour = cost.usdPerHour;
        // The notes depend on the machine's GPUs alone: the replicas and the GPUs per replica
        // are the GPU model's, and the price does not enter them.
        const int machineKey = e.perGpuRate ? 0 : e.gpusPerInstance;
        auto notes = w.notesByMachine.constFind(machineKey);
        if (notes == w.notesByMachine.cend()) {
            QStringList made = w.notes;
            if (const QString idle = idleGpusNote(cost, e.gpus, replicas, e.gpusPerInstance);
                !idle.isEmpty())
                made << idle;
            if (!e.perGpuRate && e.gpus > e.gpusPerInstance) {
                made << tr("each replica spans %1 machines: tensor parallel over the network")
                            .arg((e.gpus + e.gpusPerInstance - 1) / e.gpusPerInstance);
            }
            notes = w.notesByMachine.insert(machineKey, made);
        }
        e.notes = *notes;
        e.usdPerMillionTokens = e.usdPerHour / (replicas * e.tokensPerSecond * 3600) * 1e6;
        if (spec.tokensPerMonth) {
            e.instances = e.perGpuRate ? cost.gpusRented : cost.machines;
            e.monthlyCostUsd = e.usdPerHour * kHoursPerMonth;
        }
    };

    if (selection.hypotheticalUsdPerGpuHour) {
        PerGpu &w = workOn(selection.gpuModel);
        if (!w.usable) {
            run.notes << w.why;
            return run;
        }
        if (spansMachines(w.gpus, kPerGpuRateMachineGpus)) {
            const QString why = spanReason(w.gpus);
            run.leftOut.append({selection.gpuModel, 1, why});
            run.notes << tr("1 offer left out: %1").arg(why);
            return run;
        }
        ServeEstimate &e = run.estimates.emplaceBack();
        e.provider = u"custom"_s;
        e.instanceType = tr("hypothetical offer");
        e.gpuModel = selection.gpuModel;
        e.listedUsdPerGpuHour = *selection.hypotheticalUsdPerGpuHour;
        e.usdPerGpuHour = e.listedUsdPerGpuHour;
        e.perGpuRate = true;
        estimateOn(e, w);
        return run;
    }

    QHash<QPair<QString, QString>, int> leftOut; // (GPU, reason) -> offers
    run.estimates.reserve(inputs.rows.size());
    adviseHugePages(run.estimates);
    // One translation lookup per run, not one per offer rented by the GPU.
    const QString perGpuRateName = perGpuRateDisplayName();
    // The inputs hold only offers still listed (readCostInputs).
    for (const OfferRow &r : inputs.rows) {
        if (!selection.matches(r) || r.usdPerGpuHour <= 0)
            continue;
        PerGpu &w = workOn(r.gpuModel);
        if (!w.usable) {
            ++leftOut[{r.gpuModel, w.why}];
            continue;
        }
        const int machineGpus =
            r.perGpuRate ? kPerGpuRateMachineGpus : std::max(1, r.gpusPerInstance);
        if (spansMachines(w.gpus, machineGpus)) {
            ++leftOut[{r.gpuModel, spanReason(w.gpus)}];
            continue;
        }
        ServeEstimate &e = run.estimates.emplaceBack();
        e.setOffer(r, inputs.discounts.value(r.provider, 0), perGpuRateName);
        estimateOn(e, w);
    }
    // One sentence per reason for the notes (the GPU is in the reason), one line per GPU and
    // reason for the list under the results.
    QMap<QString, int> byReason;
    for (auto it = leftOut.cbegin(); it != leftOut.cend(); ++it) {
        run.leftOut.append({it.key().first, it.value(), it.key().second});
        byReason[it.key().second] += it.value();
    }
    std::sort(run.leftOut.begin(), run.leftOut.end(), [](const LeftOut &a, const LeftOut &b) {
        return a.offers != b.offers
                   ? a.offers > b.offers
                   : std::tie(a.gpuModel, a.reason) < std::tie(b.gpuModel, b.reason);
    });
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        run.notes << tr("%1 offers left out: %2").arg(it.value()).arg(it.key());

    // Sort small keys (fitting first, cheapest per token, then by offer), then place each
    // estimate once.
    // Stale prices (unless included) after all the others.
    struct Key
    {
        bool trusted;
        bool fits;
        double usd;
        qint64 offerId;
    };
    run.includeStale = selection.includeStale;
    std::vector<Key> keys;
    keys.reserve(size_t(run.estimates.size()));
    for (const ServeEstimate &e : std::as_const(run.estimates)) {
        keys.push_back({mayBeCheapest(e.price.standing, run.includeStale), e.fitsInMemory,
                        e.usdPerMillionTokens, e.offerId});
    }
    std::vector<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype ia, qsizetype ib) {
        const Key &a = keys[size_t(ia)];
        const Key &b = keys[size_t(ib)];
        if (a.trusted != b.trusted)
            return a.trusted;
        if (a.fits != b.fits)
            return a.fits;
        if (a.usd != b.usd)
            return a.usd < b.usd;
        return a.offerId < b.offerId;
    });
    applyOrderInPlace(run.estimates, order);
    return run;
}

} // namespace gpucompare
