#include "PriceBookJson.h"

#include "PublishedPrice.h"
#include "Translated.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::PriceBookJson", text);
}

/// Thrown inside the reader only, caught in read(): it keeps each field check to one line.
struct FieldError
{
    QString location;
    QString message;
};

/// Typed access to one JSON object, with its path for error messages.
class ObjectReader
{
public:
    /// The context lupdate files this class's tr() calls under.
    static QString tr(const char *text) { return translated("gpucompare::ObjectReader", text); }

    ObjectReader(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    {}

    QString name(const QString &key) const
    {
        const QString value = string(key, true);
        if (const QString problem = validation::checkName(key, value); !problem.isEmpty())
            fail(key, problem);
        return validation::normalizedName(value);
    }

    QString text(const QString &key) const
    {
        const QString value = string(key, false);
        if (const QString problem = validation::checkText(key, value); !problem.isEmpty())
            fail(key, problem);
        return value;
    }

    QString url(const QString &key) const
    {
        const QString value = string(key, false);
        if (const QString problem = validation::checkUrl(key, value); !problem.isEmpty())
            fail(key, problem);
        return value;
    }

    QString date(const QString &key) const
    {
        const QString value = string(key, false);
        if (const QString problem = validation::checkDate(key, value); !problem.isEmpty())
            fail(key, problem);
        return value;
    }

    std::optional<double> optionalNumber(const QString &key, double min, double max) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble())
            fail(key, tr("must be a number"));
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < min || number > max)
            fail(key, tr("must be between %1 and %2").arg(min).arg(max));
        return number;
    }

    double number(const QString &key, double min, double max) const
    {
        const auto value = optionalNumber(key, min, max);
        if (!value)
            fail(key, tr("is required"));
        return *value;
    }

    std::optional<int> optionalInteger(const QString &key, int min, int max) const
    {
        const auto value = optionalNumber(key, min, max);
        if (value && *value != std::floor(*value))
            fail(key, tr("must be a whole number"));
        return value ? std::optional<int>(int(*value)) : std::nullopt;
    }

    bool boolean(const QString &key, bool defaultValue) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return defaultValue;
        if (!value.isBool())
            fail(key, tr("must be true or false"));
        return value.toBool();
    }

    Money money(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString()) {
            QString why;
            const auto parsed = Money::parse(value.toString(), &why);
            if (!parsed)
                fail(key, why);
            return *parsed;
        }
        if (!value.isDouble())
            fail(key, tr("must be a price in USD such as 2.49"));
        const double dollars = value.toDouble();
        if (const QString problem = validation::checkPrice(key, dollars); !problem.isEmpty())
            fail(key, problem);
        return *Money::fromDollars(dollars);
    }

    bool has(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        return !value.isUndefined() && !value.isNull();
    }

    QJsonArray array(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(key, tr("must be a list"));
        return value.toArray();
    }

    QJsonObject object(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            fail(key, tr("must be an object"));
        return value.toObject();
    }

    QString childPath(const QString &key, qsizetype index) const
    {
        return m_path + u'.' + key + u'[' + QString::number(index) + u']';
    }

    [[noreturn]] void fail(const QString &key, const QString &message) const
    {
        throw FieldError{m_path.isEmpty() ? key : m_path + u'.' + key, message};
    }

private:
    QString string(const QString &key, bool required) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, tr("is required"));
            return {};
        }
        if (!value.isString())
            fail(key, tr("must be text"));
        return value.toString();
    }

    QJsonObject m_object;
    QString m_path;
};

ObjectReader elementReader(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        throw FieldError{path, tr("must be an object")};
    return ObjectReader(value.toObject(), path);
}

template <typename Parse> void readList(const ObjectReader &parent, const QString &key, Parse parse)
{
    const QJsonArray items = parent.array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = parent.childPath(key, i);
        parse(elementReader(items.at(i), path.startsWith(u'.') ? path.mid(1) : path));
    }
}

constexpr double kMaxTflops = 1e6;

Provider readProvider(const ObjectReader &r)
{
    Provider p;
    p.name = r.name(u"name"_s);
    p.kind = r.text(u"kind"_s);
    if (p.kind.isEmpty())
        p.kind = u"other"_s;
    static const QStringList kinds = {u"hyperscaler"_s, u"neocloud"_s, u"marketplace"_s,
                                      u"other"_s};
    if (!kinds.contains(p.kind))
        r.fail(u"kind"_s, tr("must be one of %1").arg(kinds.join(u", ")));
    p.website = r.url(u"website"_s);
    p.notes = r.text(u"notes"_s);
    p.discountPercent = r.optionalNumber(u"discount_percent"_s, 0, 100).value_or(0);
    return p;
}

GpuModel readGpuModel(const ObjectReader &r)
{
    GpuModel g;
    g.name = r.name(u"name"_s);
    g.vendor = r.text(u"vendor"_s);
    g.memoryGb = r.optionalNumber(u"memory_gb"_s, 1, 100'000);
    g.bf16Tflops = r.optionalNumber(u"bf16_tflops"_s, 0.001, kMaxTflops);
    g.fp8Tflops = r.optionalNumber(u"fp8_tflops"_s, 0.001, kMaxTflops);
    g.bandwidthGbps = r.optionalNumber(u"bandwidth_gbps"_s, 1, 1e6);
    g.hasBf16 = r.boolean(u"has_bf16"_s, true);
    g.fp32Tflops = r.optionalNumber(u"fp32_tflops"_s, 0.001, kMaxTflops);
    g.tf32Tflops = r.optionalNumber(u"tf32_tflops"_s, 0.001, kMaxTflops);
    g.fp16Tflops = r.optionalNumber(u"fp16_tflops"_s, 0.001, kMaxTflops);
    g.int8Tops = r.optionalNumber(u"int8_tops"_s, 0.001, kMaxTflops);
    g.formFactor = r.text(u"form_factor"_s);
    g.memoryType = r.text(u"memory_type"_s);
    g.tdpWatts = r.optionalNumber(u"tdp_w"_s, 1, 100'000);
    g.launchYear = r.optionalInteger(u"launch_year"_s, 1990, 2100);
    g.sourceUrl = r.url(u"source_url"_s);
    g.notes = r.text(u"notes"_s);
    g.typicalMfu = r.optionalNumber(u"typical_mfu"_s, 0.01, 1);
    g.typicalMfuBasis = r.text(u"typical_mfu_basis"_s);
    const QJsonArray aliases = r.array(u"aliases"_s);
    for (qsizetype i = 0; i < aliases.size(); ++i) {
        const QString alias = aliases.at(i).toString();
        if (const QString problem = validation::checkName(u"alias"_s, alias); !problem.isEmpty())
            r.fail(u"aliases[%1]"_s.arg(i), problem);
        g.aliases.append(validation::normalizedName(alias));
    }
    return g;
}

PriceObservation readPrice(const ObjectReader &r, const ExchangeRates *rates)
{
    PriceObservation p;
    p.publishedCurrency = r.text(u"published_currency"_s);
    const bool published = !p.publishedCurrency.isEmpty();
    if (published) {
        if (const QString problem =
                checkPublishedCurrency(u"published_currency"_s, p.publishedCurrency);
            !problem.isEmpty())
            r.fail(u"published_currency"_s, problem);
        p.publishedAmount = r.money(u"published_amount"_s);
    } else if (r.has(u"published_amount"_s)) {
        r.fail(u"published_amount"_s, tr("needs its published_currency"));
    }
    const bool toConvert = published && !r.has(u"usd_per_instance_hour"_s);
    if (!toConvert)
        p.usdPerInstanceHour = r.money(u"usd_per_instance_hour"_s);
    p.observedOn = r.date(u"observed_on"_s);
    p.sourceUrl = r.url(u"source_url"_s);
    p.note = r.text(u"note"_s);
    p.confirmedOn = r.date(u"confirmed_on"_s);
    if (toConvert) {
        if (!rates)
            r.fail(u"usd_per_instance_hour"_s, tr("is required"));
        if (const QString problem = fillUsdFromPublished(p, *rates); !problem.isEmpty())
            r.fail(u"usd_per_instance_hour"_s, problem);
    }
    return p;
}

Offer readOffer(const ObjectReader &r, const ExchangeRates *rates)
{
    Offer o;
    o.provider = r.name(u"provider"_s);
    o.gpuModel = r.name(u"gpu_model"_s);
    o.perGpuRate = r.boolean(u"per_gpu_rate"_s, false);
    const auto gpus = r.optionalInteger(u"gpus_per_instance"_s, 1, validation::kMaxGpusPerInstance);
    if (o.perGpuRate) {
        // A price per GPU-hour names no machine: its unit is one GPU.
        if (gpus && *gpus != 1)
            r.fail(u"gpus_per_instance"_s, tr("must be 1 for a per-GPU rate"));
        const QString named = r.text(u"instance_type"_s);
        if (!named.isEmpty() && named != perGpuRateInstance())
            r.fail(u"instance_type"_s, tr("must be left out for a per-GPU rate"));
        o.instanceType = perGpuRateInstance();
        o.gpusPerInstance = 1;
    } else {
        o.instanceType = r.name(u"instance_type"_s);
        if (!gpus)
            r.fail(u"gpus_per_instance"_s, tr("is required"));
        o.gpusPerInstance = *gpus;
    }
    o.vcpus = r.optionalInteger(u"vcpus"_s, 1, 100'000);
    o.ramGb = r.optionalNumber(u"ram_gb"_s, 0.001, 1e7);
    o.region = r.text(u"region"_s);
    const QString pricing = r.name(u"pricing"_s);
    const auto model = pricingModelFromToken(pricing);
    if (!model)
        r.fail(u"pricing"_s, tr("must be one of %1").arg(pricingModelTokens().join(u", ")));
    o.pricing = *model;
    o.pricingTerm = r.text(u"pricing_term"_s);
    o.interconnect = r.text(u"interconnect"_s);
    o.notes = r.text(u"notes"_s);
    o.notListedSince = r.date(u"not_listed_since"_s);
    o.listedBy = r.text(u"listed_by"_s);
    o.soldVia = r.text(u"sold_via"_s);
    readList(r, u"prices"_s,
             [&](const ObjectReader &price) { o.prices.append(readPrice(price, rates)); });
    if (o.prices.isEmpty())
        r.fail(u"prices"_s, tr("needs at least one price"));
    return o;
}

InstanceShape readInstanceShape(const ObjectReader &r)
{
    InstanceShape shape;
    shape.provider = r.name(u"provider"_s);
    shape.instanceType = r.name(u"instance_type"_s);
    shape.gpuModel = r.text(u"gpu_model"_s);
    const auto count = r.optionalInteger(u"gpu_count"_s, 1, validation::kMaxGpusPerInstance);
    if (!count)
        r.fail(u"gpu_count"_s, tr("is required"));
    shape.gpuCount = *count;
    shape.sourceUrl = r.url(u"source_url"_s);
    shape.notes = r.text(u"notes"_s);
    return shape;
}

EgressPrice readEgressPrice(const ObjectReader &r)
{
    EgressPrice e;
    e.provider = r.name(u"provider"_s);
    e.fromGb = r.optionalNumber(u"from_gb"_s, 0, 1e9).value_or(0);
    e.toGb = r.optionalNumber(u"to_gb"_s, 0, 1e9);
    if (e.toGb && *e.toGb <= e.fromGb)
        r.fail(u"to_gb"_s, tr("must be above from_gb"));
    const auto price = r.optionalNumber(u"usd_per_gb"_s, 0, 1000);
    if (!price)
        r.fail(u"usd_per_gb"_s, tr("is required"));
    e.usdPerGb = Money::fromDollars(price.value_or(0)).value_or(Money());
    e.freeGbPerMonth = r.optionalNumber(u"free_gb_per_month"_s, 0, 1e9).value_or(0);
    e.observedOn = r.date(u"observed_on"_s);
    e.sourceUrl = r.url(u"source_url"_s);
    e.note = r.text(u"note"_s);
    return e;
}

MarketShareEntry readEntry(const ObjectReader &r)
{
    MarketShareEntry e;
    e.label = r.name(u"label"_s);
    e.provider = r.text(u"provider"_s);
    e.sharePercent = r.number(u"share_percent"_s, 0, 100);
    e.lowPercent = r.optionalNumber(u"low_percent"_s, 0, 100);
    e.highPercent = r.optionalNumber(u"high_percent"_s, 0, 100);
    if (e.lowPercent && e.highPercent && *e.lowPercent > *e.highPercent)
        r.fail(u"low_percent"_s, tr("is above high_percent"));
    e.sourceUrl = r.url(u"source_url"_s);
    return e;
}

MarketShareSnapshot readSnapshot(const ObjectReader &r)
{
    MarketShareSnapshot s;
    s.period = r.name(u"period"_s);
    s.scope = r.name(u"scope"_s);
    s.sourceName = r.name(u"source_name"_s);
    s.sourceUrl = r.url(u"source_url"_s);
    s.publishedOn = r.date(u"published_on"_s);
    s.notes = r.text(u"notes"_s);
    s.estimate = r.boolean(u"estimate"_s, false);
    readList(r, u"entries"_s, [&](const ObjectReader &e) { s.entries.append(readEntry(e)); });
    return s;
}

SavedJob readSavedJob(const ObjectReader &r)
{
    SavedJob j;
    j.name = r.name(u"name"_s);
    j.parametersJson =
        QString::fromUtf8(QJsonDocument(r.object(u"parameters"_s)).toJson(QJsonDocument::Compact));
    j.createdOn = r.date(u"created_on"_s);
    return j;
}

} // namespace

namespace PriceBookJson {

ReadResult read(QIODevice &device, const QString &fileName, const ExchangeRates *rates)
{
    if (device.size() > kMaxFileBytes) {
        return {std::nullopt, ReadError{fileName,
                                        0,
                                        0,
                                        {},
                                        tr("is larger than %1 MB; a price book file is far smaller")
                                            .arg(kMaxFileBytes / (1024 * 1024))}};
    }
    return read(device.readAll(), fileName, rates);
}

ReadResult read(const QByteArray &bytes, const QString &fileName, const ExchangeRates *rates)
{
    ReadResult result;
    const QJsonDocument document = parseJsonFile(bytes, fileName, &result.error);
    if (!result.error.isEmpty())
        return result;
    if (!document.isObject()) {
        result.error = {fileName, 0, 0, {}, tr("is JSON but not a GPU Cloud Compare price book")};
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != u"gpucompare-pricebook") {
        result.error = {fileName,
                        0,
                        0,
                        {},
                        tr("is JSON but not a GPU Cloud Compare price book "
                           "(its \"format\" is not \"gpucompare-pricebook\")")};
        return result;
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1 ||
        version.toDouble() != std::floor(version.toDouble())) {
        result.error = {fileName, 0, 0, u"version"_s, tr("must be a whole number from 1")};
        return result;
    }
    if (version.toDouble() > kFormatVersion) {
        result.error = {fileName,
                        0,
                        0,
                        {},
                        tr("was written by a newer version of GPU Cloud Compare (format version "
                           "%1; this version reads up to %2). Update the application to read it.")
                            .arg(version.toInt())
                            .arg(kFormatVersion)};
        return result;
    }

    PriceBookData data;
    try {
        const ObjectReader r(root, QString());
        readList(r, u"providers"_s,
                 [&](const ObjectReader &o) { data.providers.append(readProvider(o)); });
        readList(r, u"gpu_models"_s,
                 [&](const ObjectReader &o) { data.gpuModels.append(readGpuModel(o)); });
        readList(r, u"offers"_s,
                 [&](const ObjectReader &o) { data.offers.append(readOffer(o, rates)); });
        readList(r, u"instance_shapes"_s,
                 [&](const ObjectReader &o) { data.instanceShapes.append(readInstanceShape(o)); });
        readList(r, u"egress_prices"_s,
                 [&](const ObjectReader &o) { data.egressPrices.append(readEgressPrice(o)); });
        readList(r, u"market_share"_s,
                 [&](const ObjectReader &o) { data.marketShare.append(readSnapshot(o)); });
        readList(r, u"saved_jobs"_s,
                 [&](const ObjectReader &o) { data.savedJobs.append(readSavedJob(o)); });
    } catch (const FieldError &e) {
        result.error = {fileName, 0, 0, e.location, e.message};
        return result;
    }
    result.data = std::move(data);
    return result;
}

} // namespace PriceBookJson

} // namespace gpucompare
