#include "ServeReport.h"

#include "CsvWriter.h"
#include "EstimateReport.h"
#include "JobSpecJson.h"
#include "JsonStreamWriter.h"
#include "RegionGroups.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare::ServeReport {

namespace {

QString boundName(const ServeEstimate &e)
{
    return e.measured ? u"measured"_s : (e.memoryBound ? u"memory"_s : u"compute"_s);
}

QJsonObject specToJson(const ServeSpec &spec, const OfferSelection &selection, const ServeRun &run)
{
    QJsonObject o{{u"params"_s, spec.parameters},
                  {u"precision"_s, weightPrecisionToken(spec.precision)},
                  {u"kv_bytes_per_element"_s, spec.kvBytes},
                  {u"layers"_s, spec.layers},
                  {u"kv_heads"_s, spec.kvHeads},
                  {u"head_dim"_s, spec.headDim},
                  {u"context"_s, spec.contextTokens},
                  {u"batch"_s, spec.batch},
                  {u"bandwidth_efficiency"_s, spec.bandwidthEfficiency},
                  {u"mfu"_s, spec.mfu},
                  {u"memory_headroom"_s, kMemoryHeadroom},
                  {u"hours_per_month"_s, kHoursPerMonth},
                  {u"weight_bytes"_s, run.weightBytes},
                  {u"kv_bytes_per_token"_s, run.kvBytesPerToken}};
    if (spec.totalParameters)
        o[u"total_params"_s] = *spec.totalParameters;
    if (spec.gpus)
        o[u"gpus"_s] = *spec.gpus;
    if (spec.tokensPerMonth)
        o[u"tokens_per_month"_s] = *spec.tokensPerMonth;
    if (spec.measuredTokensPerSecond)
        o[u"measured_tps"_s] = *spec.measuredTokensPerSecond;
    o[u"multi_node"_s] = spec.multiNode;
    if (!selection.gpuModel.isEmpty())
        o[u"gpu"_s] = selection.gpuModel;
    if (!selection.provider.isEmpty())
        o[u"provider"_s] = selection.provider;
    if (!selection.pricing.isEmpty()) {
        QJsonArray pricing;
        for (const PricingModel p : selection.pricing)
            pricing.append(pricingModelToken(p));
        o[u"pricing"_s] = pricing;
    }
    if (selection.hypotheticalUsdPerGpuHour)
        o[u"price"_s] = *selection.hypotheticalUsdPerGpuHour;
    return o;
}

JsonMembers estimateMembers(const ServeEstimate &e)
{
    JsonMembers m;
    addOfferMembers(m, e);
    m.add(u"gpus", e.gpus);
    m.add(u"fits_in_memory", e.fitsInMemory);
    m.add(u"memory_needed_gb", rounded(e.memoryNeededGb, 3));
    m.add(u"memory_available_gb", rounded(e.memoryAvailableGb, 3));
    m.add(u"step_ms", rounded(e.stepMs, 4));
    m.add(u"bound", boundName(e));
    m.add(u"tokens_per_second", rounded(e.tokensPerSecond, 2));
    m.add(u"usd_per_million_tokens", rounded(e.usdPerMillionTokens, 6));
    m.add(u"usd_per_hour", rounded(e.usdPerHour, 4));
    m.add(u"gpus_per_machine", e.perGpuRate ? 0 : e.gpusPerInstance);
    m.add(u"machines", e.machines);
    m.add(u"gpus_rented", e.gpusRented);
    m.add(u"idle_gpus", e.idleGpus);
    m.add(u"notes", e.notes);
    addProvenance(m, e.price);
    if (e.replicas) {
        m.add(u"replicas", *e.replicas);
        m.add(u"instances", *e.instances);
        m.add(u"monthly_cost_usd", rounded(*e.monthlyCostUsd, 2));
    }
    return m;
}

} // namespace

bool writeJson(QIODevice *device, const ServeSpec &spec, const OfferSelection &selection,
               const ServeRun &run, const PriceDisplay *shown)
{
    // Keys in sorted order, as QJsonObject writes them.
    JsonStreamWriter writer(device);
    writer.beginObject();
    if (shown)
        writer.write(u"currency", EstimateReport::currencyJson(*shown));
    writer.beginArray(u"estimates");
    for (const ServeEstimate &e : run.estimates) {
        JsonMembers members = estimateMembers(e);
        if (shown) {
            members.add(u"per_million_tokens",
                        rounded(shown->amount(e.usdPerMillionTokens), shown->decimals(2) + 2));
            members.add(u"per_gpu_hour",
                        rounded(shown->amount(e.usdPerGpuHour), shown->decimals(2) + 2));
        }
        writer.write(members);
    }
    writer.end();
    writer.write(u"left_out", EstimateReport::leftOutJson(run.leftOut));
    writer.write(u"notes", QJsonArray::fromStringList(run.notes));
    writer.write(u"serve", specToJson(spec, selection, run));
    return writer.finish();
}

QByteArray json(const ServeSpec &spec, const OfferSelection &selection, const ServeRun &run)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeJson(&buffer, spec, selection, run);
    return bytes;
}

QByteArray csv(const ServeSpec &spec, const ServeRun &run, const PriceDisplay *shown)
{
    CsvWriter out;
    QStringList header = {u"provider"_s,
                          u"offer"_s,
                          u"gpu"_s,
                          u"pricing"_s,
                          u"region"_s,
                          u"usd_per_gpu_hour"_s,
                          u"gpus"_s,
                          u"fits_in_memory"_s,
                          u"memory_needed_gb"_s,
                          u"step_ms"_s,
                          u"bound"_s,
                          u"tokens_per_second"_s,
                          u"usd_per_million_tokens"_s,
                          u"usd_per_hour"_s,
                          u"idle_gpus"_s};
    if (spec.tokensPerMonth)
        header << u"replicas"_s << u"instances"_s << u"monthly_cost_usd"_s;
    header << EstimateReport::provenanceCsvHeader();
    if (shown)
        header << u"currency"_s << u"per_million_tokens"_s << u"per_gpu_hour"_s;
    out.addRow(header);
    const QLocale c = QLocale::c();
    const QList<int> numbers = {5, 6, 8, 9, 11, 12, 13, 14, 15, 16, 17};
    for (const ServeEstimate &e : run.estimates) {
        QStringList cells = {e.provider,
                             e.instanceType,
                             e.gpuModel,
                             pricingModelToken(e.pricing),
                             e.region,
                             c.toString(e.usdPerGpuHour, 'f', 6),
                             QString::number(e.gpus),
                             e.fitsInMemory ? u"true"_s : u"false"_s,
                             c.toString(e.memoryNeededGb, 'f', 3),
                             c.toString(e.stepMs, 'f', 4),
                             boundName(e),
                             c.toString(e.tokensPerSecond, 'f', 2),
                             c.toString(e.usdPerMillionTokens, 'f', 6),
                             c.toString(e.usdPerHour, 'f', 4),
                             QString::number(e.idleGpus)};
        if (e.replicas) {
            cells << QString::number(*e.replicas) << QString::number(*e.instances)
                  << c.toString(*e.monthlyCostUsd, 'f', 2);
        }
        cells << EstimateReport::provenanceCsvCells(e.price);
        if (shown) {
            const int places = shown->decimals(2) + 2;
            cells << shown->code() << c.toString(shown->amount(e.usdPerMillionTokens), 'f', places)
                  << c.toString(shown->amount(e.usdPerGpuHour), 'f', places);
        }
        out.addRow(cells, numbers);
    }
    return out.bytes();
}

QString table(const ServeSpec &spec, const ServeRun &run)
{
    const QLocale c = QLocale::c();
    QList<QStringList> lines = {{u"Provider"_s, u"Offer"_s, u"GPU"_s, u"Pricing"_s, u"Region"_s,
                                 u"$/GPU-h"_s, u"GPUs"_s, u"Tokens/s"_s, u"$/M tokens"_s,
                                 u"$/hour"_s, u"Bound"_s, u"Memory"_s}};
    if (spec.tokensPerMonth)
        lines.first() << u"Replicas"_s << u"$/month"_s;
    lines.first() << u"Age"_s << u"Flags"_s;
    // Offers that differ only by region are one line, as in the window.
    for (const TableLine &line : tableLinesOf(run.estimates)) {
        const ServeEstimate &e = run.estimates.at(line.estimate);
        const QString &region = line.region;
        lines.append({e.provider, e.instanceType, e.gpuModel, pricingModelToken(e.pricing), region,
                      c.toString(e.usdPerGpuHour, 'f', 2), QString::number(e.gpus),
                      c.toString(e.tokensPerSecond, 'f', 0),
                      c.toString(e.usdPerMillionTokens, 'f', 4), c.toString(e.usdPerHour, 'f', 2),
                      boundName(e), e.fitsInMemory ? u"fits"_s : u"TOO SMALL"_s});
        if (e.replicas)
            lines.last() << QString::number(*e.replicas) << c.toString(*e.monthlyCostUsd, 'f', 0);
        lines.last() << EstimateReport::provenanceTableCells(e.price);
    }
    const qsizetype lastNumber = spec.tokensPerMonth ? 13 : 11;
    QString out = EstimateReport::alignedColumns(std::move(lines), [=](qsizetype column) {
        return (column >= 5 && column <= 9) || (column >= 12 && column <= lastNumber);
    });
    // The assumptions, as the issue asks: every figure the estimate rests on.
    out +=
        u"\nWeights %1 GB (%2, %3 bytes per parameter); KV cache %4 bytes per token; "
        "context %5 tokens, batch %6.\n"_s.arg(
            c.toString(run.weightBytes / 1e9, 'f', 2), weightPrecisionToken(spec.precision),
            c.toString(bytesPerParameter(spec.precision)), c.toString(run.kvBytesPerToken, 'f', 0),
            c.toString(spec.contextTokens), c.toString(spec.batch));
    out += u"Step time: the larger of memory (weights + KV read at %1 of the HBM bandwidth) and "
           "compute (2 x params x batch at MFU %2); fits when weights + KV <= %3 of GPU memory.\n"_s
               .arg(c.toString(spec.bandwidthEfficiency), c.toString(spec.mfu),
                    c.toString(kMemoryHeadroom));
    if (spec.measuredTokensPerSecond)
        out += u"Tokens per second: measured, %1 per replica.\n"_s.arg(
            c.toString(*spec.measuredTokensPerSecond));
    out += spec.multiNode
               ? u"A replica may span machines (--multi-node).\n"_s
               : u"A replica runs in one machine (a per-GPU rate counts as machines of 8); "
                 "$/hour is the whole machines rented, idle GPUs included.\n"_s;

    for (const QString &note : run.notes)
        out += u"Note: "_s + note + u'\n';
    return out;
}

} // namespace gpucompare::ServeReport
