#include "JobSpecJson.h"

#include "DataQuality.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject jobToJson(const JobSpec &job, const OfferSelection &selection)
{
    QJsonObject o;
    const bool tokens = job.work == JobSpec::Work::Tokens;
    o[u"work"_s] = tokens ? u"tokens"_s : u"gpu-hours"_s;
    if (tokens || job.parameters > 0)
        o[u"params"_s] = job.parameters;
    if (tokens) {
        o[u"tokens"_s] = job.tokens;
        o[u"epochs"_s] = job.epochs;
        if (job.attention) {
            o[u"attention"_s] = QJsonObject{{u"layers"_s, job.attention->layers},
                                            {u"heads"_s, job.attention->heads},
                                            {u"head_dim"_s, job.attention->headDim},
                                            {u"seq_len"_s, job.attention->sequenceLength}};
        }
    } else {
        o[u"gpu_hours"_s] = job.gpuHours;
        if (!job.gpuHoursMeasuredOn.isEmpty())
            o[u"measured_on"_s] = job.gpuHoursMeasuredOn;
    }
    o[u"precision"_s] = precisionToken(job.precision);
    o[u"mfu"_s] = job.mfu ? QJsonValue(*job.mfu) : QJsonValue(QJsonValue::Null);
    o[u"overhead"_s] = job.overhead;
    o[u"spot_overhead"_s] = job.spotInterruptionOverhead;
    o[u"gpus"_s] = job.gpus;
    o[u"storage_tb"_s] = job.storageTb;
    o[u"storage_months"_s] = job.storageMonths;
    o[u"storage_usd_per_tb_month"_s] = job.usdPerTbMonth;
    o[u"egress_tb"_s] = job.egressTb;
    o[u"egress_usd_per_tb"_s] = job.usdPerTbEgress;
    if (job.budgetUsd)
        o[u"budget_usd"_s] = *job.budgetUsd;

    o[u"gpu"_s] = selection.gpuModel.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(selection.gpuModel);
    if (!selection.provider.isEmpty())
        o[u"provider"_s] = selection.provider;
    QJsonArray pricing;
    for (PricingModel p : selection.pricing)
        pricing.append(pricingModelToken(p));
    o[u"pricing"_s] = pricing;
    if (selection.hypotheticalUsdPerGpuHour)
        o[u"price"_s] = *selection.hypotheticalUsdPerGpuHour;
    return o;
}

JobFromJson jobFromJson(const QJsonObject &o)
{
    JobFromJson result;
    JobSpec &job = result.job;
    auto number = [&](const QString &key, double &target) {
        if (!o.contains(key) || !result.error.isEmpty())
            return;
        if (!o.value(key).isDouble())
            result.error = u"\"%1\" must be a number"_s.arg(key);
        else
            target = o.value(key).toDouble();
    };
    auto text = [&](const QString &key, QString &target) {
        if (!o.contains(key) || o.value(key).isNull() || !result.error.isEmpty())
            return;
        if (!o.value(key).isString())
            result.error = u"\"%1\" must be a string"_s.arg(key);
        else
            target = o.value(key).toString();
    };

    QString work = u"tokens"_s;
    text(u"work"_s, work);
    if (work != u"tokens" && work != u"gpu-hours")
        result.error = u"\"work\" must be \"tokens\" or \"gpu-hours\""_s;
    job.work = work == u"tokens" ? JobSpec::Work::Tokens : JobSpec::Work::GpuHours;
    number(u"params"_s, job.parameters);
    number(u"tokens"_s, job.tokens);
    number(u"epochs"_s, job.epochs);
    number(u"gpu_hours"_s, job.gpuHours);
    text(u"measured_on"_s, job.gpuHoursMeasuredOn);
    if (o.contains(u"attention"_s)) {
        const QJsonObject a = o.value(u"attention"_s).toObject();
        job.attention =
            AttentionShape{a.value(u"layers"_s).toInt(), a.value(u"heads"_s).toInt(),
                           a.value(u"head_dim"_s).toInt(), a.value(u"seq_len"_s).toInt()};
    }
    QString precision = u"bf16"_s;
    text(u"precision"_s, precision);
    if (const auto p = precisionFromToken(precision))
        job.precision = *p;
    else if (result.error.isEmpty())
        result.error = u"\"precision\" must be one of %1"_s.arg(precisionTokens().join(u", "));
    if (o.value(u"mfu"_s).isDouble())
        job.mfu = o.value(u"mfu"_s).toDouble();
    number(u"overhead"_s, job.overhead);
    number(u"spot_overhead"_s, job.spotInterruptionOverhead);
    double gpus = job.gpus;
    number(u"gpus"_s, gpus);
    job.gpus = int(gpus);
    number(u"storage_tb"_s, job.storageTb);
    number(u"storage_months"_s, job.storageMonths);
    number(u"storage_usd_per_tb_month"_s, job.usdPerTbMonth);
    number(u"egress_tb"_s, job.egressTb);
    number(u"egress_usd_per_tb"_s, job.usdPerTbEgress);
    if (o.value(u"budget_usd"_s).isDouble())
        job.budgetUsd = o.value(u"budget_usd"_s).toDouble();

    text(u"gpu"_s, result.selection.gpuModel);
    text(u"provider"_s, result.selection.provider);
    for (const QJsonValue &v : o.value(u"pricing"_s).toArray()) {
        if (const auto p = pricingModelFromToken(v.toString()))
            result.selection.pricing.append(*p);
    }
    if (o.value(u"price"_s).isDouble())
        result.selection.hypotheticalUsdPerGpuHour = o.value(u"price"_s).toDouble();
    return result;
}

JsonMembers estimateMembers(const JobEstimate &e)
{
    JsonMembers o;
    addOfferMembers(o, e);
    o.add(u"discount_percent", e.discountPercent);
    o.add(u"gpus_rented", e.gpusRented);
    o.add(u"instances", e.instances);
    o.add(u"mfu", e.mfu);
    o.add(u"gpu_hours", rounded(e.gpuHours, 2));
    o.add(u"wall_hours", rounded(e.wallHours, 2));
    o.add(u"wall_days", rounded(e.wallDays, 3));
    o.add(u"gpu_cost_usd", rounded(e.gpuCostUsd, 2));
    o.add(u"storage_cost_usd", rounded(e.storageCostUsd, 2));
    o.add(u"egress_cost_usd", rounded(e.egressCostUsd, 2));
    o.add(u"cost_usd", rounded(e.totalUsd, 2));
    o.add(u"above_cheapest_usd", rounded(e.aboveCheapestUsd, 2));
    if (e.modelStateGbPerGpu) {
        o.add(u"model_state_gb_per_gpu", rounded(*e.modelStateGbPerGpu, 3));
        o.add(u"fits_in_memory", e.fitsInMemory);
    }
    if (e.budgetGpuHours)
        o.add(u"budget_gpu_hours", rounded(*e.budgetGpuHours, 2));
    if (e.budgetTokens)
        o.add(u"budget_tokens", std::round(*e.budgetTokens));
    o.add(u"notes", e.notes);
    addProvenance(o, e.price);
    return o;
}

void addOfferMembers(JsonMembers &members, const EstimatedOffer &offer)
{
    members.add(u"provider", offer.provider);
    members.add(u"offer", offer.instanceType);
    members.add(u"gpu", offer.gpuModel);
    members.add(u"pricing", pricingModelToken(offer.pricing));
    members.add(u"region", offer.region);
    members.add(u"usd_per_gpu_hour", rounded(offer.usdPerGpuHour, 6));
}

void addProvenance(JsonMembers &members, const PriceProvenance &price)
{
    if (price.observedOn.isEmpty())
        members.add(u"undated", true);
    else
        members.add(u"observed_on", price.observedOn);
    if (price.ageDays)
        members.add(u"age_days", *price.ageDays);
    else
        members.add(u"age_days", nullptr);
    members.add(u"standing", standingToken(price.standing));
    members.add(u"first_hand", price.firstHand);
    members.add(u"source_url", price.sourceUrl);
    members.add(u"flags", flagTokens(price.flags));
}

QJsonObject estimateToJson(const JobEstimate &e)
{
    return estimateMembers(e).toObject();
}

} // namespace gpucompare
