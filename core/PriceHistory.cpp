#include "PriceHistory.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <set>

namespace gpucompare {

namespace {

/// When one observation's price is known to hold: from its date to its last confirmation, and
/// never past the same offer's next observation (the price changed by then).
struct Known
{
    QDate from;
    QDate to;
    double usd = 0;
};

QList<Known> knownPrices(QList<const HistoryObservation *> observations)
{
    // Stable: two observations of one offer on one day keep the order they were recorded in,
    // and the later one is that day's price.
    std::stable_sort(observations.begin(), observations.end(),
                     [](const HistoryObservation *a, const HistoryObservation *b) {
                         return a->offerId != b->offerId ? a->offerId < b->offerId
                                                         : a->observed < b->observed;
                     });
    QList<Known> known;
    for (qsizetype i = 0; i < observations.size(); ++i) {
        const HistoryObservation &o = *observations.at(i);
        QDate to = o.confirmed.isValid() && o.confirmed > o.observed ? o.confirmed : o.observed;
        if (i + 1 < observations.size()) {
            const HistoryObservation &next = *observations.at(i + 1);
            if (next.offerId == o.offerId && next.observed == o.observed)
                continue; // replaced the same day
            if (next.offerId == o.offerId && next.observed <= to)
                to = next.observed.addDays(-1);
        }
        if (o.usdPerGpuHour > 0)
            known.append({o.observed, to, o.usdPerGpuHour});
    }
    return known;
}

/// Sweeps the known prices in date order: the cheapest in effect at each change.
QList<PriceSpan> spansOf(const QList<Known> &known)
{
    QMap<QDate, QList<qsizetype>> starts; // date -> prices known from then
    QMap<QDate, QList<qsizetype>> ends;   // the day after a price is last known -> prices
    for (qsizetype i = 0; i < known.size(); ++i) {
        starts[known.at(i).from].append(i);
        ends[known.at(i).to.addDays(1)].append(i);
    }
    QList<QDate> breaks = starts.keys();
    breaks.append(ends.keys());
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());

    QList<PriceSpan> spans;
    std::multiset<double> inEffect;
    bool open = false;
    for (const QDate &day : std::as_const(breaks)) {
        for (const qsizetype i : ends.value(day))
            inEffect.erase(inEffect.find(known.at(i).usd));
        const bool observed = starts.contains(day);
        for (const qsizetype i : starts.value(day))
            inEffect.insert(known.at(i).usd);
        if (inEffect.empty()) {
            if (open)
                spans.last().end = day.addDays(-1);
            open = false;
            continue;
        }
        const double cheapest = *inEffect.begin();
        if (!open) {
            spans.append({{{day, cheapest}}, day});
            open = true;
        } else if (observed || cheapest != spans.last().steps.last().second) {
            spans.last().steps.append({day, cheapest}); // a point at every observation
        }
    }
    return spans; // the last break ends every price, so no span is left open
}

} // namespace

QList<ProviderHistory> cheapestByProviderOverTime(const QList<HistoryObservation> &observations,
                                                  const QString &gpuModel, PricingModel pricing)
{
    QMap<QString, QList<const HistoryObservation *>> byProvider;
    for (const HistoryObservation &o : observations) {
        if (o.gpuModel == gpuModel && o.pricing == pricing && o.observed.isValid())
            byProvider[o.provider].append(&o);
    }
    QList<ProviderHistory> histories;
    for (auto provider = byProvider.cbegin(); provider != byProvider.cend(); ++provider) {
        ProviderHistory history;
        history.provider = provider.key();
        history.spans = spansOf(knownPrices(provider.value()));
        if (!history.spans.isEmpty())
            histories.append(history);
    }
    // Cheapest now first: by the latest known price, then by when it was last known.
    std::stable_sort(histories.begin(), histories.end(),
                     [](const ProviderHistory &a, const ProviderHistory &b) {
                         return a.latestUsd() < b.latestUsd();
                     });
    return histories;
}

} // namespace gpucompare
