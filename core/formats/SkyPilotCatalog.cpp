#include "SkyPilotCatalog.h"

#include "CatalogBuilder.h"
#include "CsvTable.h"
#include "DataQuality.h"
#include "Translated.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace gpucompare::SkyPilotCatalog {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::SkyPilotCatalog", text);
}

/// An AWS Local Zone or Wavelength Zone is a place of its own, with prices of its own: the
/// Atlanta Local Zone ("use1-atl2-az1") of us-east-1 is the region "us-east-1-atl-2". Its
/// region and a note naming the zone, or nothing for a region's standard zones ("use1-az4")
/// and other clouds' zone names ("us-central1-a").
std::optional<std::pair<QString, QString>> edgeZone(const QString &region, const QString &zone)
{
    if (!zone.contains(u'-') || zone.count(u'-') < 2)
        return std::nullopt; // the common case, decided without a regular expression
    static const QRegularExpression local(u"^[a-z]+[0-9]+-([a-z]+)([0-9]+)-az[0-9]+$"_s);
    static const QRegularExpression wavelength(u"^[a-z]+[0-9]+-wl([0-9]+)-([a-z]+)-wlz[0-9]+$"_s);
    if (const auto m = local.match(zone); m.hasMatch()) {
        return std::pair(u"%1-%2-%3"_s.arg(region, m.captured(1), m.captured(2)),
                         tr("Local Zone %1 of %2.").arg(zone, region));
    }
    if (const auto m = wavelength.match(zone); m.hasMatch()) {
        return std::pair(u"%1-wl%2-%3"_s.arg(region, m.captured(1), m.captured(2)),
                         tr("Wavelength Zone %1 of %2.").arg(zone, region));
    }
    return std::nullopt;
}

/// One accelerator row of a GCP file: the GPUs alone, waiting for their host VM.
struct GpuOnlyRow
{
    int line = 0;
    QString accelerator;
    QString gpuModel;
    int count = 0;
    QString region;
    QString zone;
    std::optional<Money> price;
    std::optional<Money> spot;
};

/// The GCP host VM family that carries `count` of an accelerator (GCP machine-type docs).
QString gcpHostFor(const QString &accelerator, int count)
{
    static const QHash<QString, QString> families = {
        {u"A100"_s, u"a2-highgpu-%1g"_s},  {u"A100-80GB"_s, u"a2-ultragpu-%1g"_s},
        {u"H100"_s, u"a3-highgpu-%1g"_s},  {u"H100-MEGA"_s, u"a3-megagpu-%1g"_s},
        {u"H200"_s, u"a3-ultragpu-%1g"_s}, {u"B200"_s, u"a4-highgpu-%1g"_s},
    };
    if (accelerator == u"A100" && count == 16)
        return u"a2-megagpu-16g"_s;
    const QString family = families.value(accelerator);
    return family.isEmpty() ? QString() : family.arg(count);
}

bool isGcpGpuHost(const QString &instance)
{
    return instance.startsWith(u"a2-"_s) || instance.startsWith(u"a3-"_s) ||
           instance.startsWith(u"a4-"_s);
}

/// "{'Gpus': [{'Name': 'A100', 'Count': 8, 'MemoryInfo': {'SizeInMiB': 81920}}], ...}": a
/// Python dict literal in most files, JSON in some. The per-GPU memory sizes it may mean, most
/// likely first: RunPod and Shadeform write GB where they say MiB ("SizeInMiB: 80"), and Prime
/// Intellect writes the whole machine's memory there (655,360 for eight 80 GB GPUs).
QList<double> gpuMemoryGb(const QString &gpuInfo)
{
    static const QRegularExpression size(u"[\"']SizeInMiB[\"']:\\s*([0-9.]+)"_s);
    static const QRegularExpression count(u"[\"']Count[\"']:\\s*([0-9.]+)"_s);
    const auto m = size.match(gpuInfo);
    if (!m.hasMatch())
        return {};
    const double mib = m.captured(1).toDouble();
    const double gb = mib < 1024 ? mib : mib / 1024;
    if (!(gb > 0))
        return {};
    QList<double> sizes{gb};
    if (const auto c = count.match(gpuInfo); c.hasMatch() && c.captured(1).toDouble() > 1)
        sizes << gb / c.captured(1).toDouble();
    return sizes;
}

/// The cloud that owns a machine a marketplace's catalog lists, by the marketplace's own id for
/// it: Shadeform prefixes the instance type ("lambdalabs_A6000x4"), Prime Intellect too
/// ("datacrunch__8xH100..."), Spheron names it in a Provider column ("data-crunch"). Empty for
/// the marketplace's own machines and for ids no public cloud answers to ("dc_roan").
QString upstreamCloud(const QString &id)
{
    static const QHash<QString, QString> clouds = {
        {u"lambdalabs"_s, u"Lambda"_s},
        {u"crusoe"_s, u"Crusoe"_s},
        {u"crusoecloud"_s, u"Crusoe"_s},
        {u"scaleway"_s, u"Scaleway"_s},
        {u"massedcompute"_s, u"Massed Compute"_s},
        {u"massed-compute"_s, u"Massed Compute"_s},
        {u"denvr"_s, u"Denvr Dataworks"_s},
        {u"paperspace"_s, u"Paperspace"_s},
        {u"hyperstack"_s, u"Hyperstack"_s},
        {u"excesssupply"_s, u"Excess Supply"_s},
        {u"vultr"_s, u"Vultr"_s},
        {u"datacrunch"_s, u"Verda (DataCrunch)"_s},
        {u"data-crunch"_s, u"Verda (DataCrunch)"_s},
        {u"oblivus"_s, u"Oblivus"_s},
        {u"latitude"_s, u"Latitude.sh"_s},
        {u"nebius"_s, u"Nebius"_s},
        {u"sesterce"_s, u"Sesterce"_s},
    };
    return clouds.value(id.trimmed().toLower());
}

/// The marketplace's id of the cloud behind a row, or empty when the file is no marketplace's.
QString upstreamId(const QString &marketplace, const QString &instance, const QString &providerCell)
{
    if (marketplace == u"Shadeform")
        return instance.section(u'_', 0, 0);
    if (marketplace == u"Prime Intellect" && instance.contains(u"__"_s))
        return instance.section(u"__"_s, 0, 0);
    if (marketplace == u"Spheron")
        return providerCell;
    return {};
}

} // namespace

bool matchesHeader(const QStringList &header)
{
    return CsvTable::hasColumns(
        header, {u"InstanceType"_s, u"AcceleratorName"_s, u"AcceleratorCount"_s, u"Price"_s});
}

QString guessProvider(const QString &fileName, const QStringList &instanceTypes)
{
    const QString path = QFileInfo(fileName).filePath().toLower();
    static const QList<std::pair<QString, QString>> byPath = {
        {u"aws"_s, u"AWS"_s},
        {u"gcp"_s, u"Google Cloud"_s},
        {u"azure"_s, u"Microsoft Azure"_s},
        {u"lambda"_s, u"Lambda"_s},
        {u"runpod"_s, u"RunPod"_s},
        {u"oci"_s, u"Oracle Cloud"_s},
        {u"nebius"_s, u"Nebius"_s},
        {u"fluidstack"_s, u"FluidStack"_s},
        {u"paperspace"_s, u"Paperspace"_s},
        {u"cudo"_s, u"Cudo Compute"_s},
    };
    for (const auto &[token, provider] : byPath) {
        static const QRegularExpression separators(u"[^a-z0-9]+"_s);
        if (path.split(separators).contains(token))
            return provider;
    }
    for (const QString &type : instanceTypes) {
        if (type.startsWith(u"Standard_"_s))
            return u"Microsoft Azure"_s;
        if (type.startsWith(u"gpu_"_s))
            return u"Lambda"_s;
        static const QRegularExpression aws(u"^[a-z][a-z0-9-]*\\.[0-9]*x?(large|metal)"_s);
        if (aws.match(type).hasMatch())
            return u"AWS"_s;
        static const QRegularExpression gcp(
            u"^[a-z][0-9]+[a-z]?-(standard|highgpu|ultragpu|megagpu|highmem)"_s);
        if (gcp.match(type).hasMatch())
            return u"Google Cloud"_s;
    }
    return {};
}

void read(CsvReader &csv, const QStringList &header, const QString &fileName,
          const ImportOptions &options, ImportPlan &plan)
{
    const int instanceCol = CsvTable::column(header, u"InstanceType"_s);
    const int acceleratorCol = CsvTable::column(header, u"AcceleratorName"_s);
    const int countCol = CsvTable::column(header, u"AcceleratorCount"_s);
    const int vcpuCol = CsvTable::column(header, u"vCPUs"_s);
    const int memoryCol = CsvTable::column(header, u"MemoryGiB"_s);
    const int priceCol = CsvTable::column(header, u"Price"_s);
    const int spotCol = CsvTable::column(header, u"SpotPrice"_s);
    const int regionCol = CsvTable::column(header, u"Region"_s);
    const int zoneCol = CsvTable::column(header, u"AvailabilityZone"_s);
    const int gpuInfoCol = CsvTable::column(header, u"GpuInfo"_s);
    const int upstreamCol =
        CsvTable::column(header, u"Provider"_s); // Spheron: the cloud behind each machine
    if (regionCol < 0) {
        plan.error.line = 1;
        plan.error.message = tr("a SkyPilot catalog needs a Region column");
        return;
    }

    struct Row
    {
        int line;
        QStringList cells;
    };
    CatalogBuilder builder(plan, options);
    QString provider; // decided from the first rows when the file does not say
    const QString observedOn = options.observedOn.toString(Qt::ISODate);
    QString note = tr("From the SkyPilot catalog file %1.").arg(QFileInfo(fileName).fileName());
    if (!options.sourceNote.isEmpty())
        note += u' ' + options.sourceNote;
    QHash<QString, Money> hostPrices;      // zone|instance -> on-demand
    QHash<QString, Money> hostSpotPrices;  // zone|instance -> spot
    QHash<QString, QStringList> hostShape; // zone|instance -> vCPUs, RAM
    QList<GpuOnlyRow> gpuOnly;
    QHash<QString, QList<double>> memoryByGpuInfo;

    auto cell = [](const Row &row, int index) {
        return index >= 0 ? row.cells.at(index).trimmed() : QString();
    };

    const PriceObservation observation{Money(), observedOn, options.sourceUrl, note, QString()};
    // Each price names the zone it was listed in: where a region's zones differ, the offer
    // keeps the lowest, and its note says which zone that is.
    auto addPriced = [&](const Row &row, Offer offer, const std::optional<Money> &onDemand,
                         const std::optional<Money> &spot, const QString &why,
                         const QString &zone) {
        if (zone.isEmpty()) {
            builder.addOnDemandAndSpot(row.line, std::move(offer), onDemand, spot, why,
                                       observation);
            return;
        }
        PriceObservation zoned = observation;
        zoned.note = tr("Zone %1.").arg(zone) + u' ' + observation.note;
        builder.addOnDemandAndSpot(row.line, std::move(offer), onDemand, spot, why, zoned);
    };

    auto processRow = [&](const Row &row) {
        const QString instance = cell(row, instanceCol);
        const QString accelerator = cell(row, acceleratorCol);
        const QString zone = cell(row, zoneCol);
        if (accelerator.isEmpty() && !isGcpGpuHost(instance)) {
            ++plan.rowsWithoutGpu; // most of a catalog: skip it before parsing anything
            return;
        }
        QString why;
        const auto onDemand = CatalogBuilder::price(cell(row, priceCol), u"Price"_s,
                                                    CatalogBuilder::Need::Required, &why);
        QString spotWhy;
        const auto spot = CatalogBuilder::price(cell(row, spotCol), u"SpotPrice"_s,
                                                CatalogBuilder::Need::Optional, &spotWhy);
        if (accelerator.isEmpty()) {
            // A GCP host VM: kept to add to the accelerator rows of the same zone.
            ++plan.rowsWithoutGpu;
            if (onDemand) {
                const QString key = zone + u'|' + instance;
                hostPrices.insert(key, *onDemand);
                if (spot)
                    hostSpotPrices.insert(key, *spot);
                hostShape.insert(key, {cell(row, vcpuCol), cell(row, memoryCol)});
            }
            return;
        }
        const QString countText = cell(row, countCol);
        bool countOk = false;
        const double count = countText.toDouble(&countOk);
        if (!countOk || count < 1 || count != std::floor(count) || count > 1024) {
            builder.reject(row.line, tr("AcceleratorCount \"%1\" is not a whole number of GPUs "
                                        "(fractional GPUs are not offers we compare)")
                                         .arg(countText));
            return;
        }
        // The same few GpuInfo strings repeat thousands of times: match each once.
        const QString gpuInfo = cell(row, gpuInfoCol);
        auto memory = memoryByGpuInfo.constFind(gpuInfo);
        if (memory == memoryByGpuInfo.cend())
            memory = memoryByGpuInfo.insert(gpuInfo, gpuMemoryGb(gpuInfo));
        const QString gpuModel =
            builder.gpuForInstance(accelerator, *memory, instance, row.line, provider);
        if (gpuModel.isEmpty())
            return;
        if (!spot && cell(row, spotCol).toDouble() == 0 && !cell(row, spotCol).isEmpty()) {
            ++plan.spotPlaceholders; // zero: the catalog's placeholder, no spot offer
        } else if (!spotWhy.isEmpty()) {
            builder.flag(row.line, tr("%1: %2; the spot price is left out").arg(instance, spotWhy));
        }

        if (instance.isEmpty()) {
            gpuOnly.append({row.line, accelerator, gpuModel, int(count), cell(row, regionCol), zone,
                            onDemand, spot});
            return;
        }
        Offer offer;
        offer.provider = provider;
        offer.gpuModel = gpuModel;
        offer.instanceType = instance;
        offer.gpusPerInstance = int(count);
        // A marketplace's offer belongs to the cloud that owns the machine; the marketplace
        // is the channel it is sold through.
        if (const QString id = upstreamId(provider, instance, cell(row, upstreamCol));
            !id.isEmpty()) {
            if (const QString owner = upstreamCloud(id); !owner.isEmpty()) {
                offer.provider = builder.providerFor(owner);
                offer.soldVia = provider;
            } else {
                offer.notes = tr("%1 does not name the cloud behind this machine (its id: %2).")
                                  .arg(provider, id);
            }
        }
        bool ok = false;
        if (const double v = cell(row, vcpuCol).toDouble(&ok); ok && v > 0)
            offer.vcpus = int(v);
        if (const double v = cell(row, memoryCol).toDouble(&ok); ok && v > 0)
            offer.ramGb = v;
        offer.region = cell(row, regionCol);
        if (const auto edge = edgeZone(offer.region, zone)) {
            offer.region = edge->first;
            offer.notes = edge->second;
        }
        if (!offer.soldVia.isEmpty())
            offer.notes = tr("Sold through %1 (its instance type %2).")
                              .arg(offer.soldVia, offer.instanceType);
        if (offer.region.isEmpty()) {
            const QString noRegion = tr("The catalog states no region for this machine.");
            offer.notes = offer.notes.isEmpty() ? noRegion : offer.notes + u' ' + noRegion;
        }
        builder.checkGpuCount(row.line, offer);
        addPriced(row, std::move(offer), onDemand, spot, why, zone);
    };

    // Rows stream through; only the first few wait until the instance types tell the cloud.
    QList<Row> pending;
    QStringList sampleTypes;
    auto decideProvider = [&]() -> bool {
        QString name = options.provider;
        if (name.isEmpty())
            name = guessProvider(fileName, sampleTypes);
        if (name.isEmpty()) {
            plan.error.message = tr("this SkyPilot catalog does not say which cloud it is for; "
                                    "name it (--provider, or the Cloud field)");
            return false;
        }
        provider = builder.providerFor(name);
        for (const Row &row : std::as_const(pending))
            processRow(row);
        pending.clear();
        return true;
    };
    // A provider that cannot be decided sets plan.error, which stops the reading.
    CsvTable::forEachRecord(csv, header, plan, [&](int line, const QStringList &cells) {
        if (provider.isEmpty()) {
            if (!cells.at(instanceCol).isEmpty())
                sampleTypes << cells.at(instanceCol);
            pending.append({line, cells});
            if (!options.provider.isEmpty() || sampleTypes.size() >= 64)
                decideProvider();
        } else {
            processRow({line, cells});
        }
    });
    if (!plan.error.isEmpty() || (provider.isEmpty() && !decideProvider()))
        return;

    // GCP: add each accelerator row to its host VM in the same zone.
    for (const GpuOnlyRow &g : std::as_const(gpuOnly)) {
        const QString host = gcpHostFor(g.accelerator, g.count);
        const QString key = g.zone + u'|' + host;
        Offer offer;
        offer.provider = provider;
        offer.gpuModel = g.gpuModel;
        offer.gpusPerInstance = g.count;
        offer.region = g.region;
        Row row{g.line, {}};
        if (!host.isEmpty() && hostPrices.contains(key)) {
            offer.instanceType = host;
            const QStringList shape = hostShape.value(key);
            if (const int v = int(shape.value(0).toDouble()); v > 0)
                offer.vcpus = v;
            if (const double v = shape.value(1).toDouble(); v > 0)
                offer.ramGb = v;
            const auto total = [](const std::optional<Money> &a, const std::optional<Money> &b) {
                return a && b ? std::optional(Money::fromMicros(a->micros() + b->micros()))
                              : std::nullopt;
            };
            const std::optional<Money> hostSpot = hostSpotPrices.contains(key)
                                                      ? std::optional(hostSpotPrices.value(key))
                                                      : std::nullopt;
            addPriced(row, std::move(offer), total(g.price, hostPrices.value(key)),
                      total(g.spot, hostSpot), tr("the accelerator row has no on-demand price"),
                      g.zone);
        } else {
            offer.instanceType = tr("%1× %2 (GPUs only)").arg(g.count).arg(g.accelerator);
            offer.notes = tr("The file has no host VM for these GPUs in %1: the price covers the "
                             "GPUs alone.")
                              .arg(g.zone);
            addPriced(row, std::move(offer), g.price, g.spot,
                      tr("the accelerator row has no on-demand price"), g.zone);
        }
    }
    builder.finish();
}

} // namespace gpucompare::SkyPilotCatalog
