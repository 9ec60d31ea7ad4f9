#include "CatalogBuilder.h"

#include "CostModel.h"
#include "DataQuality.h"
#include "Translated.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::CatalogBuilder", text);
}

/// A price per instance-hour above this is a typo or a placeholder (TPU rows use 700.0 per
/// chip-hour; the dearest real GPU instance is about $150/h).
constexpr double kAbsurdUsdPerHour = 5'000;

QString offerKey(const Offer &o)
{
    return QStringList{
        o.provider,   o.gpuModel, o.instanceType, o.region, pricingModelToken(o.pricing),
        o.pricingTerm}
        .join(u'\x1f');
}

} // namespace

QString canonicalProviderName(const QString &name)
{
    static const QHash<QString, QString> known = {
        {u"aws"_s, u"AWS"_s},
        {u"amazon"_s, u"AWS"_s},
        {u"amazon web services"_s, u"AWS"_s},
        {u"gcp"_s, u"Google Cloud"_s},
        {u"google"_s, u"Google Cloud"_s},
        {u"google cloud platform"_s, u"Google Cloud"_s},
        {u"azure"_s, u"Microsoft Azure"_s},
        {u"microsoft"_s, u"Microsoft Azure"_s},
        {u"oci"_s, u"Oracle Cloud"_s},
        {u"oracle"_s, u"Oracle Cloud"_s},
        {u"lambda"_s, u"Lambda"_s},
        {u"lambda labs"_s, u"Lambda"_s},
        {u"lambdalabs"_s, u"Lambda"_s},
        {u"runpod"_s, u"RunPod"_s},
        {u"coreweave"_s, u"CoreWeave"_s},
        {u"datacrunch"_s, u"Verda (DataCrunch)"_s},
        {u"vast"_s, u"Vast.ai"_s},
        {u"vast.ai"_s, u"Vast.ai"_s},
        {u"paperspace"_s, u"Paperspace"_s},
        {u"fluidstack"_s, u"FluidStack"_s},
        {u"nebius"_s, u"Nebius"_s},
        {u"verda"_s, u"Verda (DataCrunch)"_s},
        {u"hyperstack"_s, u"Hyperstack"_s},
        {u"cudo"_s, u"Cudo Compute"_s},
        {u"shadeform"_s, u"Shadeform"_s},
        {u"seeweb"_s, u"Seeweb"_s},
        {u"mithril"_s, u"Mithril"_s},
        {u"yotta"_s, u"Yotta"_s},
        {u"lium"_s, u"Lium"_s},
        {u"hyperbolic"_s, u"Hyperbolic"_s},
        {u"primeintellect"_s, u"Prime Intellect"_s},
        {u"spheron"_s, u"Spheron"_s},
        {u"jarvislabs"_s, u"JarvisLabs"_s},
        {u"daytona"_s, u"Daytona"_s},
    };
    const QString trimmed = validation::normalizedName(name);
    return known.value(trimmed.toLower(), trimmed);
}

CatalogBuilder::CatalogBuilder(ImportPlan &plan, const ImportOptions &options)
    : m_plan(plan)
    , m_options(options)
    , m_matcher(options.gpuModels)
{
    for (const QString &name : options.providerNames)
        m_providerNames.insert(name.toLower(), name);
    for (const InstanceShape &shape : options.instanceShapes)
        m_shapes.insert((shape.provider + u'|' + shape.instanceType).toLower(), &shape);
}

const GpuNameMatcher &CatalogBuilder::catalog()
{
    if (!m_catalog)
        m_catalog.emplace(m_options.gpuCatalog ? m_options.gpuCatalog() : QList<GpuModel>());
    return *m_catalog;
}

const InstanceShape *CatalogBuilder::shapeOf(const QString &provider,
                                             const QString &instanceType) const
{
    return m_shapes.value((provider + u'|' + instanceType.trimmed()).toLower(), nullptr);
}

std::optional<int> CatalogBuilder::knownGpuCount(const QString &provider,
                                                 const QString &instanceType) const
{
    if (const InstanceShape *shape = shapeOf(provider, instanceType))
        return shape->gpuCount;
    return gpuCountFromName(instanceType);
}

void CatalogBuilder::checkGpuCount(int line, Offer &offer)
{
    const auto known = knownGpuCount(offer.provider, offer.instanceType);
    if (!known || *known == offer.gpusPerInstance)
        return;
    // The price is the instance's: with the documented count its price per GPU-hour is right,
    // where the catalog's count would understate it (Azure's ND96isr_H100_v5 listed with 12).
    flag(line, tr("%1 lists %2 GPUs; the instance has %3, which is used")
                   .arg(offer.instanceType)
                   .arg(offer.gpusPerInstance)
                   .arg(*known));
    const QString note = tr("The catalog lists %1 GPUs; the instance has %2 (the provider's "
                            "documented shape, or its name).")
                             .arg(offer.gpusPerInstance)
                             .arg(*known);
    offer.notes = offer.notes.isEmpty() ? note : offer.notes + u' ' + note;
    offer.gpusPerInstance = *known;
}

QString CatalogBuilder::gpuFor(const QString &acceleratorName, const QList<double> &memoryGb,
                               int line, const QString &formFactorHint)
{
    const QString raw = acceleratorName.trimmed();
    if (const auto it = m_options.gpuMappings.constFind(raw); it != m_options.gpuMappings.cend())
        return *it;
    const QString cacheKey = raw + u'|' + formFactorHint + u'|' +
                             (memoryGb.isEmpty() ? QString() : QString::number(memoryGb.first()));
    if (const auto it = m_matched.constFind(cacheKey); it != m_matched.cend()) {
        if (it->memoryDisagrees)
            flagMemory(line, raw, it->model, memoryGb);
        return it->model;
    }
    GpuNameMatcher::Match match = m_matcher.match(raw, memoryGb, formFactorHint);
    if (match.outcome == GpuNameMatcher::Outcome::Unknown)
        match = gpuFromCatalog(raw, memoryGb, formFactorHint);
    switch (match.outcome) {
    case GpuNameMatcher::Outcome::Matched:
        m_matched.insert(cacheKey, match);
        if (match.memoryDisagrees)
            flagMemory(line, raw, match.model, memoryGb);
        return match.model;
    case GpuNameMatcher::Outcome::FormFactorUnknown:
        ++m_plan.ambiguousRows;
        m_plan.reject({line,
                       tr("the machine is %1, but no %1 model of \"%2\" is in the price book; the "
                          "row is left out rather than filed under another form factor")
                           .arg(match.formFactor, raw),
                       false});
        return {};
    case GpuNameMatcher::Outcome::Ambiguous:
        ++m_plan.ambiguousRows;
        m_plan.reject({line,
                       tr("\"%1\" fits several GPU models of the price book equally well; map it "
                          "to one")
                           .arg(raw),
                       false});
        return {};
    case GpuNameMatcher::Outcome::Unknown:
        break;
    }
    if (m_options.addUnknownGpus && validation::checkName(QString(), raw).isEmpty())
        return addUnknownGpu(raw, memoryGb.isEmpty() ? std::nullopt
                                                     : std::optional<double>(memoryGb.first()));
    ++m_plan.unmappedGpus[raw];
    m_plan.reject(
        {line, tr("no GPU model or alias is called \"%1\"; map it to a GPU model").arg(raw), true});
    return {};
}

GpuNameMatcher::Match CatalogBuilder::gpuFromCatalog(const QString &raw,
                                                     const QList<double> &memoryGb,
                                                     const QString &formFactorHint)
{
    GpuNameMatcher::Match match = catalog().match(raw, memoryGb, formFactorHint);
    if (match.outcome != GpuNameMatcher::Outcome::Matched)
        return match;
    // A part the book lacks but the GPU catalog knows: the book takes the catalog's model,
    // with its figures and sources, once per plan.
    for (const GpuModel &g : std::as_const(m_plan.data.gpuModels)) {
        if (g.name == match.model)
            return match;
    }
    GpuModel part = *catalog().model(match.model);
    part.aliases.removeIf([&](const QString &alias) {
        return m_matcher.match(alias).outcome != GpuNameMatcher::Outcome::Unknown;
    });
    m_plan.data.gpuModels.append(part);
    m_plan.newGpuModels.append(part.name);
    return match;
}

void CatalogBuilder::flagMemory(int line, const QString &raw, const QString &model,
                                const QList<double> &memoryGb)
{
    const GpuModel *gpu = m_matcher.model(model);
    if (!gpu)
        gpu = catalog().model(model);
    flag(line, tr("\"%1\" is filed as %2, but the %3 GB of memory the catalog states per GPU "
                  "is not that model's %4 GB")
                   .arg(raw, model, QString::number(memoryGb.value(0), 'f', 0),
                        gpu && gpu->memoryGb ? QString::number(*gpu->memoryGb) : u"?"_s));
}

QString CatalogBuilder::addUnknownGpu(const QString &acceleratorName,
                                      std::optional<double> memoryGb)
{
    const QString name = validation::normalizedName(acceleratorName);
    const QString key = GpuNameMatcher::key(name);
    for (const GpuModel &g : std::as_const(m_plan.data.gpuModels)) {
        if (GpuNameMatcher::key(g.name) == key)
            return g.name;
    }
    GpuModel gpu;
    gpu.name = name;
    if (memoryGb && *memoryGb >= 1)
        gpu.memoryGb = std::round(*memoryGb);
    gpu.notes = tr("Added by a price update: the catalog lists it, but neither the price book nor "
                   "the GPU catalog knows the part, so no published peak is in the book yet and "
                   "the calculators cannot price it.");
    m_plan.data.gpuModels.append(gpu);
    m_plan.newGpuModels.append(name);
    return name;
}

namespace {
/// The form factor an instance type's name states ("gpu_1x_h100_pcie" -> "pcie"); empty if none.
QString formFactorIn(const QString &instanceType)
{
    const QString lower = instanceType.toLower();
    static const QRegularExpression word(u"(?:^|[^a-z])(pcie|sxm\\d?|nvl)(?:[^a-z]|$)"_s);
    const auto m = word.match(lower);
    return m.hasMatch() ? GpuNameMatcher::formFactorToken(m.captured(1)) : QString();
}
} // namespace

QString CatalogBuilder::gpuForInstance(const QString &acceleratorName,
                                       const QList<double> &memoryGb, const QString &instanceType,
                                       int line, const QString &provider)
{
    if (const InstanceShape *shape = shapeOf(provider, instanceType);
        shape && !shape->gpuModel.isEmpty() && !m_options.gpuMappings.contains(acceleratorName)) {
        const QString documented = m_matcher.resolve(shape->gpuModel);
        if (!documented.isEmpty())
            return documented;
    }
    // Vast.ai's instance types keep the GPU's full name where SkyPilot's AcceleratorName cuts
    // it short: "2x-RTX_4070S_Ti-32-65536" is an RTX 4070 Ti SUPER, listed as "RTX4070";
    // "1x-H100_NVL-32-65536" an H100 NVL, listed as "H100".
    static const QRegularExpression vast(u"^[0-9]+x-(.+)-[0-9]+-[0-9]+$"_s);
    if (const auto m = vast.match(instanceType);
        m.hasMatch() && !m_options.gpuMappings.contains(acceleratorName.trimmed())) {
        const QString name = m.captured(1);
        GpuNameMatcher::Match full = m_matcher.match(name, memoryGb);
        if (full.outcome == GpuNameMatcher::Outcome::Unknown) {
            full = catalog().match(name, memoryGb);
            if (full.outcome == GpuNameMatcher::Outcome::Matched && !full.memoryDisagrees)
                full = gpuFromCatalog(name, memoryGb, {});
        }
        if (full.outcome == GpuNameMatcher::Outcome::Matched && !full.memoryDisagrees)
            return full.model;
    }
    // The accelerator name may hide what the machine says ("H100" on gpu_1x_h100_pcie): then
    // only a model of that form factor will do.
    return gpuFor(acceleratorName, memoryGb, line, formFactorIn(instanceType));
}

QString CatalogBuilder::providerFor(const QString &name)
{
    const QString canonical = canonicalProviderName(name);
    if (const auto it = m_providerNames.constFind(canonical.toLower());
        it != m_providerNames.cend())
        return *it;
    Provider p;
    p.name = canonical;
    p.kind = u"other"_s;
    p.notes = tr("Added by an import.");
    m_plan.data.providers.append(p);
    m_providerNames.insert(canonical.toLower(), canonical);
    return canonical;
}

std::optional<Money> CatalogBuilder::price(const QString &text, const QString &column, Need need,
                                           QString *why)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (need == Need::Required)
            *why = tr("%1 is empty").arg(column);
        return std::nullopt;
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        *why = tr("%1 \"%2\" is not a number").arg(column, t);
        return std::nullopt;
    }
    if (value < 0) {
        *why = tr("%1 %2 is negative").arg(column, t);
        return std::nullopt;
    }
    if (value == 0) {
        *why = tr("%1 is zero (a placeholder in the catalog, not a price)").arg(column);
        return std::nullopt;
    }
    if (value > kAbsurdUsdPerHour) {
        *why = tr("%1 %2 USD per hour is not a real price").arg(column, t);
        return std::nullopt;
    }
    const std::optional<Money> money = Money::fromDollars(value);
    if (!money)
        *why = tr("%1 \"%2\" is out of range").arg(column, t);
    return money;
}

void CatalogBuilder::addOffer(Offer offer)
{
    const QString key = offerKey(offer);
    if (const auto it = m_offerIndex.constFind(key); it != m_offerIndex.cend()) {
        Offer &existing = m_offers[*it];
        ++m_foldedRows[*it];
        ++m_plan.rowsMerged;
        if (offer.prices.first().usdPerInstanceHour < existing.prices.first().usdPerInstanceHour)
            existing.prices.first() = offer.prices.first();
        return;
    }
    m_offerIndex.insert(key, m_offers.size());
    m_offers.append(std::move(offer));
    m_foldedRows.append(1);
}

void CatalogBuilder::addOnDemandAndSpot(int line, Offer offer, const std::optional<Money> &onDemand,
                                        const std::optional<Money> &spot, const QString &why,
                                        const PriceObservation &observation)
{
    const QString where = offer.region.isEmpty()
                              ? offer.instanceType
                              : tr("%1 in %2").arg(offer.instanceType, offer.region);
    PriceObservation price = observation;
    if (onDemand) {
        Offer o = offer;
        o.pricing = PricingModel::OnDemand;
        price.usdPerInstanceHour = *onDemand;
        o.prices = {price};
        addOffer(std::move(o));
    } else {
        reject(line, tr("%1, on-demand: %2").arg(offer.instanceType, why));
    }
    if (!spot)
        return;
    // Catalogs fill SpotPrice with the on-demand price (or zero) where no spot capacity is
    // sold: a placeholder, not a spot offer at no discount.
    if (spot->micros() == 0 || (onDemand && *spot == *onDemand)) {
        ++m_plan.spotPlaceholders;
        return;
    }
    if (onDemand && *spot > *onDemand) {
        flag(line, tr("%1: spot price %2 is not below on-demand %3")
                       .arg(where, spot->toString(), onDemand->toString()));
    }
    offer.pricing = PricingModel::Spot;
    price.usdPerInstanceHour = *spot;
    offer.prices = {price};
    addOffer(std::move(offer));
}

void CatalogBuilder::reject(int line, const QString &reason)
{
    m_plan.reject({line, reason});
}

void CatalogBuilder::flag(int line, const QString &reason)
{
    m_plan.flag({line, reason});
}

void CatalogBuilder::finish()
{
    for (qsizetype i = 0; i < m_offers.size(); ++i) {
        Offer &o = m_offers[i];
        if (m_foldedRows.at(i) > 1) {
            const QString note =
                tr("Lowest of %1 rows in the file (zones or duplicates).").arg(m_foldedRows.at(i));
            o.prices.first().note =
                o.prices.first().note.isEmpty() ? note : o.prices.first().note + u' ' + note;
        }
    }
    m_plan.data.offers += std::move(m_offers);
    m_offers.clear();
    m_offerIndex.clear();
}

} // namespace gpucompare
