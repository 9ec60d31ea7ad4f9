#include "SyntheticOffers.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gpucompare::bench {

QList<GpuModel> syntheticGpuModels()
{
    struct Peak
    {
        QString name;
        std::optional<double> bf16;
        std::optional<double> fp8;
        double memory;
    };
    const QList<Peak> peaks = {{u"H100 SXM 80GB"_s, 989.4, 1978.9, 80},
                               {u"H100 PCIe 80GB"_s, 756, 1513, 80},
                               {u"H200 141GB"_s, 989.4, 1978.9, 141},
                               {u"B200 180GB"_s, 2250, 4500, 180},
                               {u"A100 SXM 80GB"_s, 312, {}, 80},
                               {u"A100 SXM 40GB"_s, 312, {}, 40},
                               {u"A100 PCIe 80GB"_s, 312, {}, 80},
                               {u"L40S 48GB"_s, 362.05, 733, 48},
                               {u"L4 24GB"_s, 121, 242.5, 24},
                               {u"A10G 24GB"_s, {}, {}, 24},
                               {u"A10 24GB"_s, 125, {}, 24},
                               {u"T4 16GB"_s, {}, {}, 16},
                               {u"V100 16GB"_s, 125, {}, 16},
                               {u"V100 32GB"_s, 125, {}, 32},
                               {u"MI300X 192GB"_s, 1307.4, 2614.9, 192},
                               {u"RTX 4090 24GB"_s, {}, {}, 24},
                               {u"RTX A6000 48GB"_s, {}, {}, 48},
                               {u"GH200 96GB"_s, {}, {}, 96}};
    // Memory bandwidth in GB/s, as the vendors' data sheets give it.
    const QHash<QString, double> bandwidths = {
        {u"H100 SXM 80GB"_s, 3350},  {u"H100 PCIe 80GB"_s, 2000}, {u"H200 141GB"_s, 4800},
        {u"B200 180GB"_s, 8000},     {u"A100 SXM 80GB"_s, 2039},  {u"A100 SXM 40GB"_s, 1555},
        {u"A100 PCIe 80GB"_s, 1935}, {u"L40S 48GB"_s, 864},       {u"L4 24GB"_s, 300},
        {u"A10G 24GB"_s, 600},       {u"A10 24GB"_s, 600},        {u"T4 16GB"_s, 320},
        {u"V100 16GB"_s, 900},       {u"V100 32GB"_s, 900},       {u"MI300X 192GB"_s, 5300},
        {u"RTX 4090 24GB"_s, 1008},  {u"RTX A6000 48GB"_s, 768},  {u"GH200 96GB"_s, 4000}};
    QList<GpuModel> gpus;
    for (const Peak &p : peaks) {
        GpuModel g;
        g.name = p.name;
        g.bf16Tflops = p.bf16;
        g.fp8Tflops = p.fp8;
        g.memoryGb = p.memory;
        g.bandwidthGbps = bandwidths.value(p.name); // for the serving estimate
        g.hasBf16 = !p.name.startsWith(u"V100"_s);
        gpus.append(g);
    }
    return gpus;
}

QList<OfferRow> syntheticOffers(int count)
{
    static const QStringList providers = {
        u"AWS"_s,          u"Microsoft Azure"_s, u"Google Cloud"_s, u"Oracle Cloud"_s,
        u"CoreWeave"_s,    u"Lambda"_s,          u"Voltage Park"_s, u"RunPod"_s,
        u"Vast.ai"_s,      u"Crusoe"_s,          u"Nebius"_s,       u"Together AI"_s,
        u"Paperspace"_s,   u"Vultr"_s,           u"DigitalOcean"_s, u"Hyperstack"_s,
        u"Fluidstack"_s,   u"TensorWave"_s,      u"Jarvislabs"_s,   u"Scaleway"_s,
        u"OVHcloud"_s,     u"Genesis Cloud"_s,   u"Fireworks AI"_s, u"IBM Cloud"_s,
        u"Alibaba Cloud"_s};
    struct Gpu
    {
        QString name;
        double basePrice;
    };
    static const QList<Gpu> gpus = {
        {u"H100 SXM 80GB"_s, 2.5},  {u"H100 PCIe 80GB"_s, 2.2}, {u"H200 141GB"_s, 3.5},
        {u"B200 180GB"_s, 5.0},     {u"A100 SXM 80GB"_s, 1.6},  {u"A100 SXM 40GB"_s, 1.3},
        {u"A100 PCIe 80GB"_s, 1.4}, {u"L40S 48GB"_s, 0.9},      {u"L4 24GB"_s, 0.5},
        {u"A10G 24GB"_s, 0.6},      {u"A10 24GB"_s, 0.6},       {u"T4 16GB"_s, 0.3},
        {u"V100 16GB"_s, 0.8},      {u"V100 32GB"_s, 1.0},      {u"MI300X 192GB"_s, 2.8},
        {u"RTX 4090 24GB"_s, 0.4},  {u"RTX A6000 48GB"_s, 0.7}, {u"GH200 96GB"_s, 3.2}};
    static const QStringList regions = {
        u"us-east-1"_s,     u"us-east-2"_s,      u"us-west-2"_s,      u"eu-west-1"_s,
        u"eu-central-1"_s,  u"ap-northeast-1"_s, u"ap-southeast-1"_s, u"us-central1"_s,
        u"europe-west4"_s,  u"asia-east1"_s,     u"eastus"_s,         u"westeurope"_s,
        u"North America"_s, u"Europe"_s,         u"various"_s,        QString()};
    static const int shapes[] = {1, 1, 2, 4, 8, 8};

    QRandomGenerator random(20261128);
    QList<OfferRow> rows;
    rows.reserve(count);
    const QDate first(2025, 1, 1);
    for (int i = 0; i < count; ++i) {
        OfferRow r;
        r.offerId = i + 1;
        r.provider = providers.at(random.bounded(int(providers.size())));
        const Gpu &gpu = gpus.at(random.bounded(int(gpus.size())));
        r.gpuModel = gpu.name;
        r.gpusPerInstance = shapes[random.bounded(6)];
        r.instanceType =
            u"%1-%2x-%3"_s.arg(r.provider.left(3).toLower()).arg(r.gpusPerInstance).arg(i % 977);
        r.region = regions.at(random.bounded(int(regions.size())));
        r.pricing = PricingModel(random.bounded(3));
        const double perGpu = gpu.basePrice * (0.6 + random.generateDouble() * 3.0) *
                              (r.pricing == PricingModel::Spot ? 0.5 : 1.0);
        r.usdPerInstanceHour = *Money::fromDollars(perGpu * r.gpusPerInstance);
        r.usdPerGpuHour = r.usdPerInstanceHour.toDollars() / r.gpusPerInstance;
        r.observedOn = first.addDays(random.bounded(700)).toString(Qt::ISODate);
        r.sourceUrl = u"https://example.com/pricing/%1"_s.arg(i % 53);
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace gpucompare::bench

namespace gpucompare::bench {

PriceBookData syntheticPriceBook(int count)
{
    PriceBookData data;
    data.gpuModels = syntheticGpuModels();
    QSet<QString> providers;
    const QList<OfferRow> rows = syntheticOffers(count);
    data.offers.reserve(rows.size());
    for (const OfferRow &r : rows) {
        if (!providers.contains(r.provider)) {
            providers.insert(r.provider);
            Provider p;
            p.name = r.provider;
            p.kind = QStringLiteral("other");
            data.providers.append(p);
        }
        Offer o;
        o.provider = r.provider;
        o.gpuModel = r.gpuModel;
        // The offer id keeps every (provider, GPU, instance, region, pricing) unique.
        o.instanceType = r.instanceType + QStringLiteral("-%1").arg(r.offerId);
        o.gpusPerInstance = r.gpusPerInstance;
        o.region = r.region;
        o.pricing = r.pricing;
        o.prices = {PriceObservation{r.usdPerInstanceHour, r.observedOn, r.sourceUrl, QString(),
                                     QString()}};
        data.offers.append(std::move(o));
    }
    return data;
}

} // namespace gpucompare::bench
