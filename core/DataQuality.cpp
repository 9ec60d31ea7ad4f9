#include "DataQuality.h"

#include "SourcePublisher.h"
#include "Translated.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

QDate OfferRow::observedDate() const
{
    if (observedOn.size() == 7)
        return QDate::fromString(observedOn + u"-01"_s, Qt::ISODate);
    return QDate::fromString(observedOn, Qt::ISODate);
}

QDate OfferRow::lastSeenDate() const
{
    const QDate observed = observedDate();
    const QDate confirmed = QDate::fromString(confirmedOn, Qt::ISODate);
    return confirmed.isValid() && (!observed.isValid() || confirmed > observed) ? confirmed
                                                                                : observed;
}

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::DataQuality", text);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/// Spot and on-demand of one instance meet here: by region without the availability zone, as
/// AWS spot rows name one ("us-east-1 (use1-az6)") where on-demand rows do not.
QString instanceKey(const OfferRow &r)
{
    return r.provider + u'\x1f' + r.gpuModel + u'\x1f' + r.instanceType + u'\x1f' +
           regionWithoutZone(r.region);
}

} // namespace

QString regionWithoutZone(const QString &region)
{
    const qsizetype open = region.indexOf(u" ("_s);
    return open > 0 && region.endsWith(u')') ? region.left(open) : region;
}

std::optional<int> gpuCountFromName(const QString &instanceType)
{
    // The regular expressions below run on every offer of a large price book: try them only
    // where they can match. Shapes whose names do not say (AWS p5.48xlarge) are data: the
    // price book's instance shapes.
    const QString type = instanceType.trimmed();
    // GCP accelerator-optimised shapes end in the GPU count: a3-highgpu-4g, a2-ultragpu-8g.
    if (type.startsWith(u"a2-"_s) || type.startsWith(u"a3-"_s)) {
        static const QRegularExpression gcp(u"^a[23]-(?:high|ultra|mega|edge)gpu-(\\d+)g$"_s);
        if (const auto m = gcp.match(type); m.hasMatch())
            return m.captured(1).toInt();
    }
    // Lambda and others: "8x H100 SXM".
    if (!type.isEmpty() && type.front().isDigit()) {
        static const QRegularExpression times(u"^(\\d+)\\s*x\\s+\\S"_s);
        if (const auto m = times.match(type); m.hasMatch())
            return m.captured(1).toInt();
    }
    return std::nullopt;
}

void markCheapest(QList<OfferRow> &rows, const CheapestScope &scope, bool includeStale)
{
    QHash<QString, double> cheapest;
    for (const OfferRow &r : std::as_const(rows)) {
        // An offer no longer listed is not the cheapest of anything, and neither is a price
        // known to be old unless the user asked for those too.
        if (r.usdPerGpuHour <= 0 || !r.notListedSince.isEmpty() ||
            !mayBeCheapest(r.standing, includeStale) || (scope && !scope(r)))
            continue;
        auto it = cheapest.find(r.gpuModel);
        if (it == cheapest.end() || r.usdPerGpuHour < *it)
            cheapest.insert(r.gpuModel, r.usdPerGpuHour);
    }
    for (OfferRow &r : rows) {
        const double best = cheapest.value(r.gpuModel, 0);
        const bool competes = mayBeCheapest(r.standing, includeStale) && (!scope || scope(r));
        r.cheapestForGpu =
            best > 0 && competes && r.notListedSince.isEmpty() && r.usdPerGpuHour == best;
        r.percentAboveCheapest = best > 0 ? (r.usdPerGpuHour / best - 1) * 100 : 0;
    }
}

void annotateOffers(QList<OfferRow> &rows, const Freshness &freshness, bool includeStale)
{
    QHash<QString, QList<double>> perGpuPrices;
    QHash<QString, double> onDemandByInstance;
    for (OfferRow &r : rows) {
        r.usdPerGpuHour = r.usdPerInstanceHour.toDollars() / std::max(1, r.gpusPerInstance);
        perGpuPrices[r.gpuModel].append(r.usdPerGpuHour);
        if (r.pricing == PricingModel::OnDemand) {
            const QString key = instanceKey(r);
            const auto it = onDemandByInstance.find(key);
            if (it == onDemandByInstance.end() || r.usdPerGpuHour < *it)
                onDemandByInstance.insert(key, r.usdPerGpuHour);
        }
    }
    QHash<QString, double> medians;
    for (auto it = perGpuPrices.cbegin(); it != perGpuPrices.cend(); ++it)
        medians.insert(it.key(), median(it.value()));
    QHash<QString, QDate> dates;

    for (OfferRow &r : rows) {
        r.flags = 0;
        if (r.pricing == PricingModel::Spot) {
            const auto it = onDemandByInstance.constFind(instanceKey(r));
            if (it != onDemandByInstance.constEnd() && r.usdPerGpuHour >= *it)
                r.flags |= SpotNotCheaper;
        }
        if (r.usdPerInstanceHour.micros() == 0)
            r.flags |= ZeroPrice;
        // Prices share a few hundred dates: parse each once.
        const QString dateKey = r.observedOn + u'|' + r.confirmedOn;
        auto date = dates.constFind(dateKey);
        if (date == dates.cend())
            date = dates.insert(dateKey, r.lastSeenDate());
        // An undated price is not known to be old: a catalog snapshot whose commit date is
        // unknown. Saying "stale" of it would claim what nobody knows.
        r.standing = priceStanding(*date, freshness);
        r.ageDays =
            date->isValid() ? std::optional<int>(int(date->daysTo(freshness.today))) : std::nullopt;
        if (r.standing == Standing::Undated)
            r.flags |= Undated;
        else if (r.standing == Standing::Stale)
            r.flags |= Stale;
        r.firstHand = isFirstHandSource(r.sourceUrl);
        const auto known = r.shapeGpuCount ? r.shapeGpuCount : gpuCountFromName(r.instanceType);
        if (known && *known != r.gpusPerInstance)
            r.flags |= CountMismatch;
        const double med = medians.value(r.gpuModel, 0);
        if (med > 0 && r.usdPerGpuHour > kOutlierFactor * med)
            r.flags |= Outlier;
        if (r.sourceUrl.isEmpty())
            r.flags |= NoSource;
        if (r.otherSource) {
            const double mine = double(r.usdPerInstanceHour.micros());
            const double other = double(r.otherSource->usdPerInstanceHour.micros());
            if (std::max(mine, other) > kSourcesDisagreeRatio * std::min(mine, other))
                r.flags |= SourcesDisagree;
        }
    }
    markCheapest(rows, {}, includeStale);
}

QStringList describeFlags(unsigned flags, int maxAgeDays)
{
    QStringList lines;
    if (flags & SpotNotCheaper)
        lines << tr("Spot price is not below the on-demand price of the same instance.");
    if (flags & ZeroPrice)
        lines << tr("The price is zero.");
    if (flags & Stale)
        lines << tr("Stale: last observed or confirmed more than %1 days ago; shown, but never "
                    "named cheapest unless stale prices are included.")
                     .arg(maxAgeDays);
    if (flags & Undated)
        lines << tr("Undated: the source gives no date for this price, so its age is unknown; a "
                    "catalog update that sees it again dates it.");
    if (flags & CountMismatch)
        lines << tr("The GPU count contradicts the known shape of this instance type.");
    if (flags & Outlier)
        lines << tr("Per-GPU price is more than %1× the median for this GPU.").arg(kOutlierFactor);
    if (flags & NoSource)
        lines << tr("No source is recorded for this price.");
    if (flags & SourcesDisagree)
        lines << tr("Sources disagree: another source's price of this offer differs by more "
                    "than 25 %.");
    return lines;
}

QStringList flagTokens(unsigned flags)
{
    const std::pair<unsigned, QString> tokens[] = {{Stale, u"stale"_s},
                                                   {Undated, u"undated"_s},
                                                   {SpotNotCheaper, u"spot-not-cheaper"_s},
                                                   {CountMismatch, u"count-mismatch"_s},
                                                   {Outlier, u"outlier"_s},
                                                   {ZeroPrice, u"zero-price"_s},
                                                   {NoSource, u"no-source"_s},
                                                   {SourcesDisagree, u"sources-disagree"_s}};
    QStringList shown;
    for (const auto &[flag, token] : tokens) {
        if (flags & flag)
            shown << token;
    }
    return shown;
}

QString flagWords(unsigned flags)
{
    const std::pair<unsigned, const char *> words[] = {
        {Stale, QT_TRANSLATE_NOOP("gpucompare::DataQuality", "stale")},
        {Undated, QT_TRANSLATE_NOOP("gpucompare::DataQuality", "undated")},
        {SpotNotCheaper, QT_TRANSLATE_NOOP("gpucompare::DataQuality", "spot ≥ on-demand")},
        {CountMismatch, QT_TRANSLATE_NOOP("gpucompare::DataQuality", "GPU count?")},
        {Outlier, QT_TRANSLATE_NOOP("gpucompare::DataQuality", "outlier")},
        {ZeroPrice, QT_TRANSLATE_NOOP("gpucompare::DataQuality", "zero price")},
        {NoSource, QT_TRANSLATE_NOOP("gpucompare::DataQuality", "no source")},
        {SourcesDisagree, QT_TRANSLATE_NOOP("gpucompare::DataQuality", "sources disagree")}};
    QStringList shown;
    for (const auto &[flag, word] : words) {
        if (flags & flag)
            shown << tr(word);
    }
    return shown.join(u", "_s);
}

} // namespace gpucompare
