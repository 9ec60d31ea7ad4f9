#include "SeedClaims.h"

#include "DataQuality.h"
#include "Translated.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::SeedClaims", text);
}

struct CurrentOffer
{
    const Offer *offer;
    double usdPerGpuHour;
};

/// Every listed offer at its current price (the last observation).
QList<CurrentOffer> currentOffers(const PriceBookData &book)
{
    QList<CurrentOffer> current;
    for (const Offer &o : book.offers) {
        if (!o.notListedSince.isEmpty() || o.prices.isEmpty())
            continue;
        const double price = o.prices.constLast().usdPerInstanceHour.toDollars();
        if (price > 0)
            current.append({&o, price / std::max(1, o.gpusPerInstance)});
    }
    return current;
}

QString dollars(double value)
{
    return u"$"_s + QLocale().toString(value, 'f', 2);
}

/// The share of offers inside a price band decides a claim about the band.
ClaimCheck bandClaim(const QString &claim, const QList<CurrentOffer> &offers, double low,
                     double high, const QString &which)
{
    ClaimCheck check{claim, ClaimVerdict::NoData, tr("No %1 in the price book.").arg(which)};
    if (offers.isEmpty())
        return check;
    int below = 0;
    int above = 0;
    double cheapest = offers.first().usdPerGpuHour;
    double dearest = cheapest;
    for (const CurrentOffer &c : offers) {
        below += c.usdPerGpuHour < low;
        above += c.usdPerGpuHour > high;
        cheapest = std::min(cheapest, c.usdPerGpuHour);
        dearest = std::max(dearest, c.usdPerGpuHour);
    }
    const qsizetype inside = offers.size() - below - above;
    const double share = double(inside) / double(offers.size());
    check.verdict = share >= 0.8   ? ClaimVerdict::Supported
                    : share >= 0.5 ? ClaimVerdict::Partly
                                   : ClaimVerdict::Contradicted;
    check.evidence = tr("%1 of %2 %3 are inside %4–%5 per GPU-hour; %6 below, %7 above "
                        "(from %8 to %9).")
                         .arg(inside)
                         .arg(offers.size())
                         .arg(which, dollars(low), dollars(high))
                         .arg(below)
                         .arg(above)
                         .arg(dollars(cheapest), dollars(dearest));
    return check;
}

QList<CurrentOffer> select(const QList<CurrentOffer> &offers, const QStringList &providers,
                           const QString &gpuPrefix)
{
    QList<CurrentOffer> selected;
    for (const CurrentOffer &c : offers) {
        if (c.offer->pricing == PricingModel::OnDemand && providers.contains(c.offer->provider) &&
            c.offer->gpuModel.startsWith(gpuPrefix))
            selected.append(c);
    }
    return selected;
}

ClaimCheck spotClaim(const QList<CurrentOffer> &offers)
{
    // The seed: "AWS spot instances can be up to 90 % cheaper". Each spot offer meets the
    // on-demand offer of its instance in its region (without the zone).
    QHash<QString, double> onDemand;
    auto key = [](const Offer &o) -> QString {
        return o.instanceType + u'|' + regionWithoutZone(o.region);
    };
    for (const CurrentOffer &c : offers) {
        if (c.offer->provider == u"AWS" && c.offer->pricing == PricingModel::OnDemand)
            onDemand.insert(key(*c.offer), c.usdPerGpuHour);
    }
    QList<double> discounts;
    for (const CurrentOffer &c : offers) {
        if (c.offer->provider != u"AWS" || c.offer->pricing != PricingModel::Spot)
            continue;
        if (const auto it = onDemand.constFind(key(*c.offer)); it != onDemand.cend() && *it > 0)
            discounts.append(1 - c.usdPerGpuHour / *it);
    }
    ClaimCheck check{tr("AWS spot is up to 90 % cheaper than on-demand."), ClaimVerdict::NoData,
                     tr("No AWS spot offer with an on-demand price of the same instance and "
                        "region.")};
    if (discounts.isEmpty())
        return check;
    std::sort(discounts.begin(), discounts.end());
    const double deepest = discounts.constLast();
    const double median = discounts.at(discounts.size() / 2);
    check.verdict = deepest > 0.905  ? ClaimVerdict::Contradicted
                    : deepest >= 0.6 ? ClaimVerdict::Supported
                                     : ClaimVerdict::Partly;
    const QLocale locale;
    check.evidence =
        tr("Over %1 spot/on-demand pairs the discount is %2 % at most and %3 % at "
           "the median.")
            .arg(discounts.size())
            .arg(locale.toString(deepest * 100, 'f', 0), locale.toString(median * 100, 'f', 0));
    return check;
}

/// The seed snapshot's ranges against the latest measured snapshot of the same providers.
QList<ClaimCheck> shareClaims(const PriceBookData &book)
{
    QList<ClaimCheck> checks;
    const MarketShareSnapshot *measured = nullptr;
    for (const MarketShareSnapshot &s : book.marketShare) {
        if (!s.estimate && s.sourceName.startsWith(u"Synergy"_s) &&
            (!measured || s.period > measured->period))
            measured = &s;
    }
    const QLocale locale;
    for (const MarketShareSnapshot &seed : book.marketShare) {
        if (!seed.estimate)
            continue;
        for (const MarketShareEntry &e : seed.entries) {
            if (e.provider.isEmpty() || !e.lowPercent || !e.highPercent || *e.lowPercent <= 0)
                continue;
            ClaimCheck check{
                tr("%1 holds %2–%3 % of the market.")
                    .arg(e.label, locale.toString(*e.lowPercent), locale.toString(*e.highPercent)),
                ClaimVerdict::NoData, tr("No measured share in the price book.")};
            const auto it = measured
                                ? std::find_if(measured->entries.cbegin(), measured->entries.cend(),
                                               [&](const MarketShareEntry &m) {
                                                   return m.provider == e.provider;
                                               })
                                : QList<MarketShareEntry>::const_iterator();
            if (measured && it != measured->entries.cend()) {
                const double share = it->sharePercent;
                const bool inside = share >= *e.lowPercent && share <= *e.highPercent;
                const bool near = share >= *e.lowPercent - 2 && share <= *e.highPercent + 2;
                check.verdict = inside ? ClaimVerdict::Supported
                                : near ? ClaimVerdict::Partly
                                       : ClaimVerdict::Contradicted;
                check.evidence =
                    tr("%1 %2 measures %3 % (cloud infrastructure services, all "
                       "workloads, not GPU cloud alone).")
                        .arg(measured->sourceName, measured->period, locale.toString(share));
            }
            checks.append(check);
        }
    }
    return checks;
}

} // namespace

QList<ClaimCheck> checkSeedClaims(const PriceBookData &book)
{
    const QList<CurrentOffer> offers = currentOffers(book);
    // The seed note's own numbers (../shared/seed): "H100 per GPU-hour about $4-10" at the
    // three hyperscalers, "A100 $1-3 per GPU-hour" at Lambda and CoreWeave.
    QList<ClaimCheck> checks;
    checks << bandClaim(
        tr("Hyperscalers (AWS, Azure, Google Cloud) charge about $4–10 per H100 "
           "GPU-hour."),
        select(offers, {u"AWS"_s, u"Microsoft Azure"_s, u"Google Cloud"_s}, u"H100"_s), 4, 10,
        tr("on-demand H100 offers of AWS, Azure and Google Cloud"));
    checks << bandClaim(tr("Lambda and CoreWeave rent an A100 for $1–3 per GPU-hour."),
                        select(offers, {u"Lambda"_s, u"CoreWeave"_s}, u"A100"_s), 1, 3,
                        tr("on-demand A100 offers of Lambda and CoreWeave"));
    checks << spotClaim(offers);
    checks << shareClaims(book);
    return checks;
}

QString claimVerdictName(ClaimVerdict verdict)
{
    switch (verdict) {
    case ClaimVerdict::Supported:
        return tr("supported");
    case ClaimVerdict::Partly:
        return tr("partly supported");
    case ClaimVerdict::Contradicted:
        return tr("contradicted");
    case ClaimVerdict::NoData:
        break;
    }
    return tr("no data");
}

} // namespace gpucompare
