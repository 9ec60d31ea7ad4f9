#include "ServePlan.h"

#include "Translated.h"

#include <QLocale>
#include <QUrl>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::ServePlan", text);
}

} // namespace

double monthlyServingUsd(const ServeEstimate &e)
{
    // The estimate's hourly cost comes from priceReplicas(), as the Serving tab shows it.
    return e.usdPerHour * kHoursPerMonth;
}

EgressQuote egressCost(const QList<EgressPrice> &prices, const QString &provider, double gigabytes)
{
    QList<EgressPrice> tiers;
    for (const EgressPrice &p : prices) {
        if (p.provider.compare(provider, Qt::CaseInsensitive) == 0)
            tiers.append(p);
    }
    EgressQuote quote;
    if (tiers.isEmpty()) {
        quote.how = tr("the price book holds no egress price for %1").arg(provider);
        return quote;
    }
    std::sort(tiers.begin(), tiers.end(),
              [](const EgressPrice &a, const EgressPrice &b) { return a.fromGb < b.fromGb; });
    const QLocale locale;
    double free = 0;
    for (const EgressPrice &t : std::as_const(tiers))
        free = std::max(free, t.freeGbPerMonth);
    QStringList parts;
    if (free > 0)
        parts << tr("%1 GB a month free").arg(locale.toString(free));
    double covered = std::min(free, gigabytes); // the gigabytes accounted for so far
    for (const EgressPrice &t : std::as_const(tiers)) {
        const double start = std::max(t.fromGb, covered);
        const double end = std::min(t.toGb.value_or(gigabytes), gigabytes);
        if (start > covered + 1e-9 && covered < gigabytes)
            break; // a gap between tiers: not priced
        if (end <= start)
            continue;
        const double usd = (end - start) * t.usdPerGb.toDollars();
        quote.usd += usd;
        parts
            << tr("%1 GB at $%2").arg(locale.toString(end - start, 'f', 1), t.usdPerGb.toString());
        covered = end;
    }
    if (covered + 1e-9 < gigabytes) {
        quote.how = tr("the price book holds %1's egress prices only up to %2 GB a month")
                        .arg(provider, locale.toString(covered, 'f', 0));
        quote.usd = 0;
        return quote;
    }
    quote.priced = true;
    const EgressPrice &first = tiers.first();
    const QString source = first.sourceUrl.isEmpty()
                               ? tr("no source recorded")
                               : QUrl(first.sourceUrl).host().remove(u"www."_s);
    const QString when = first.observedOn.isEmpty() ? tr("undated") : first.observedOn;
    quote.how = tr("%1 (%2, %3)").arg(parts.join(u"; "_s), source, when);
    return quote;
}

PlanCost planCost(const PlanInputs &in)
{
    PlanCost cost;
    cost.trainingUsd = in.trainingUsd;
    cost.servingUsd = in.servingMonthlyUsd * in.months;
    const QLocale locale;
    const double gigabytes = in.weightBytes / 1e9;
    if (!in.trainingProvider.isEmpty() &&
        in.trainingProvider.compare(in.servingProvider, Qt::CaseInsensitive) == 0) {
        cost.egressPriced = true;
        cost.egressNote = tr("Trained and served at %1: the weights stay with one provider.")
                              .arg(in.trainingProvider);
    } else if (!in.egressUsdPerGb) {
        const EgressQuote quote = egressCost(in.egressPrices, in.trainingProvider, gigabytes);
        if (quote.priced) {
            cost.egressPriced = true;
            cost.egressUsd = quote.usd;
            cost.egressNote =
                tr("Moving %1 GB of weights out of %2, once: %3.")
                    .arg(locale.toString(gigabytes, 'f', 1), in.trainingProvider, quote.how);
        } else {
            cost.egressNote =
                tr("Moving %1 GB of weights out of %2 is not priced: %3, so type "
                   "%2's price per GB.")
                    .arg(locale.toString(gigabytes, 'f', 1), in.trainingProvider, quote.how);
        }
    } else {
        cost.egressPriced = true;
        cost.egressUsd = gigabytes * *in.egressUsdPerGb;
        cost.egressNote =
            tr("%1 GB of weights × $%2 per GB out of %3, once.")
                .arg(locale.toString(gigabytes, 'f', 1),
                     locale.toString(*in.egressUsdPerGb, 'f', 3), in.trainingProvider);
    }
    return cost;
}

} // namespace gpucompare
