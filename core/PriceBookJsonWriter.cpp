#include "PriceBookJsonWriter.h"

#include "PriceBookJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void insertIfSet(QJsonObject &o, const QString &key, const std::optional<double> &value)
{
    if (value)
        o.insert(key, *value);
}

} // namespace

QByteArray PriceBookJsonWriter::write(const PriceBookData &data)
{
    QJsonArray providers;
    for (const Provider &p : data.providers) {
        QJsonObject o{{u"name"_s, p.name}, {u"kind"_s, p.kind}};
        insertIfSet(o, u"website"_s, p.website);
        insertIfSet(o, u"notes"_s, p.notes);
        if (p.discountPercent != 0)
            o.insert(u"discount_percent"_s, p.discountPercent);
        providers.append(o);
    }

    QJsonArray gpuModels;
    for (const GpuModel &g : data.gpuModels) {
        QJsonObject o{{u"name"_s, g.name}};
        insertIfSet(o, u"vendor"_s, g.vendor);
        insertIfSet(o, u"memory_gb"_s, g.memoryGb);
        insertIfSet(o, u"bf16_tflops"_s, g.bf16Tflops);
        insertIfSet(o, u"fp8_tflops"_s, g.fp8Tflops);
        insertIfSet(o, u"bandwidth_gbps"_s, g.bandwidthGbps);
        if (!g.hasBf16)
            o.insert(u"has_bf16"_s, false);
        insertIfSet(o, u"fp32_tflops"_s, g.fp32Tflops);
        insertIfSet(o, u"tf32_tflops"_s, g.tf32Tflops);
        insertIfSet(o, u"fp16_tflops"_s, g.fp16Tflops);
        insertIfSet(o, u"int8_tops"_s, g.int8Tops);
        insertIfSet(o, u"form_factor"_s, g.formFactor);
        insertIfSet(o, u"memory_type"_s, g.memoryType);
        insertIfSet(o, u"tdp_w"_s, g.tdpWatts);
        if (g.launchYear)
            o.insert(u"launch_year"_s, *g.launchYear);
        insertIfSet(o, u"source_url"_s, g.sourceUrl);
        insertIfSet(o, u"notes"_s, g.notes);
        insertIfSet(o, u"typical_mfu"_s, g.typicalMfu);
        insertIfSet(o, u"typical_mfu_basis"_s, g.typicalMfuBasis);
        if (!g.aliases.isEmpty())
            o.insert(u"aliases"_s, QJsonArray::fromStringList(g.aliases));
        gpuModels.append(o);
    }

    QJsonArray offers;
    for (const Offer &offer : data.offers) {
        QJsonObject o{{u"provider"_s, offer.provider},
                      {u"gpu_model"_s, offer.gpuModel},
                      {u"gpus_per_instance"_s, offer.gpusPerInstance},
                      {u"pricing"_s, pricingModelToken(offer.pricing)}};
        if (offer.perGpuRate)
            o.insert(u"per_gpu_rate"_s, true);
        else
            o.insert(u"instance_type"_s, offer.instanceType);
        if (offer.vcpus)
            o.insert(u"vcpus"_s, *offer.vcpus);
        insertIfSet(o, u"ram_gb"_s, offer.ramGb);
        insertIfSet(o, u"region"_s, offer.region);
        insertIfSet(o, u"pricing_term"_s, offer.pricingTerm);
        insertIfSet(o, u"interconnect"_s, offer.interconnect);
        insertIfSet(o, u"notes"_s, offer.notes);
        insertIfSet(o, u"not_listed_since"_s, offer.notListedSince);
        insertIfSet(o, u"listed_by"_s, offer.listedBy);
        insertIfSet(o, u"sold_via"_s, offer.soldVia);
        QJsonArray prices;
        for (const PriceObservation &price : offer.prices) {
            // A double holds every micro-dollar amount below kMaxMicros exactly enough that the
            // shortest round-trip form Qt writes is the original decimal.
            QJsonObject p{{u"usd_per_instance_hour"_s, price.usdPerInstanceHour.toDollars()}};
            insertIfSet(p, u"observed_on"_s, price.observedOn);
            insertIfSet(p, u"source_url"_s, price.sourceUrl);
            insertIfSet(p, u"note"_s, price.note);
            insertIfSet(p, u"confirmed_on"_s, price.confirmedOn);
            if (!price.publishedCurrency.isEmpty()) {
                p.insert(u"published_amount"_s, price.publishedAmount.toDollars());
                p.insert(u"published_currency"_s, price.publishedCurrency);
            }
            prices.append(p);
        }
        o.insert(u"prices"_s, prices);
        offers.append(o);
    }

    QJsonArray shapes;
    for (const InstanceShape &shape : data.instanceShapes) {
        QJsonObject o{{u"provider"_s, shape.provider},
                      {u"instance_type"_s, shape.instanceType},
                      {u"gpu_count"_s, shape.gpuCount}};
        insertIfSet(o, u"gpu_model"_s, shape.gpuModel);
        insertIfSet(o, u"source_url"_s, shape.sourceUrl);
        insertIfSet(o, u"notes"_s, shape.notes);
        shapes.append(o);
    }

    QJsonArray egress;
    for (const EgressPrice &e : data.egressPrices) {
        QJsonObject o{{u"provider"_s, e.provider},
                      {u"from_gb"_s, e.fromGb},
                      {u"usd_per_gb"_s, e.usdPerGb.toDollars()}};
        insertIfSet(o, u"to_gb"_s, e.toGb);
        if (e.freeGbPerMonth > 0)
            o.insert(u"free_gb_per_month"_s, e.freeGbPerMonth);
        insertIfSet(o, u"observed_on"_s, e.observedOn);
        insertIfSet(o, u"source_url"_s, e.sourceUrl);
        insertIfSet(o, u"note"_s, e.note);
        egress.append(o);
    }

    QJsonArray snapshots;
    for (const MarketShareSnapshot &s : data.marketShare) {
        QJsonObject o{
            {u"period"_s, s.period}, {u"scope"_s, s.scope}, {u"source_name"_s, s.sourceName}};
        insertIfSet(o, u"source_url"_s, s.sourceUrl);
        insertIfSet(o, u"published_on"_s, s.publishedOn);
        insertIfSet(o, u"notes"_s, s.notes);
        if (s.estimate)
            o.insert(u"estimate"_s, true);
        QJsonArray entries;
        for (const MarketShareEntry &e : s.entries) {
            QJsonObject eo{{u"label"_s, e.label}, {u"share_percent"_s, e.sharePercent}};
            insertIfSet(eo, u"provider"_s, e.provider);
            insertIfSet(eo, u"low_percent"_s, e.lowPercent);
            insertIfSet(eo, u"high_percent"_s, e.highPercent);
            insertIfSet(eo, u"source_url"_s, e.sourceUrl);
            entries.append(eo);
        }
        o.insert(u"entries"_s, entries);
        snapshots.append(o);
    }

    QJsonArray jobs;
    for (const SavedJob &j : data.savedJobs) {
        QJsonObject o{
            {u"name"_s, j.name},
            {u"parameters"_s, QJsonDocument::fromJson(j.parametersJson.toUtf8()).object()}};
        insertIfSet(o, u"created_on"_s, j.createdOn);
        jobs.append(o);
    }

    const QJsonObject root{{u"format"_s, u"gpucompare-pricebook"_s},
                           {u"version"_s, PriceBookJson::kFormatVersion},
                           {u"providers"_s, providers},
                           {u"gpu_models"_s, gpuModels},
                           {u"offers"_s, offers},
                           {u"instance_shapes"_s, shapes},
                           {u"egress_prices"_s, egress},
                           {u"market_share"_s, snapshots},
                           {u"saved_jobs"_s, jobs}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace gpucompare
