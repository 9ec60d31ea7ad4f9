#include "PriceHistory.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace gpucompare {

QList<ProviderHistory> cheapestByProviderOverTime(const QList<HistoryObservation> &observations,
                                                  const QString &gpuModel, PricingModel pricing)
{
    // provider -> date -> the observations of that day
    QMap<QString, QMap<QDate, QList<const HistoryObservation *>>> byProvider;
    QHash<QString, QDate> lastSeen;
    for (const HistoryObservation &o : observations) {
        if (o.gpuModel != gpuModel || o.pricing != pricing || !o.observed.isValid())
            continue;
        byProvider[o.provider][o.observed].append(&o);
        const QDate seen =
            o.confirmed.isValid() && o.confirmed > o.observed ? o.confirmed : o.observed;
        lastSeen[o.provider] = std::max(lastSeen.value(o.provider), seen);
    }
    QList<ProviderHistory> histories;
    for (auto provider = byProvider.cbegin(); provider != byProvider.cend(); ++provider) {
        ProviderHistory history;
        history.provider = provider.key();
        history.lastSeen = lastSeen.value(provider.key());
        QHash<qint64, double> inEffect; // offer -> its price on the current date
        for (auto day = provider->cbegin(); day != provider->cend(); ++day) {
            for (const HistoryObservation *o : day.value())
                inEffect.insert(o->offerId, o->usdPerGpuHour);
            double cheapest = -1;
            for (const double price : std::as_const(inEffect)) {
                if (price > 0 && (cheapest < 0 || price < cheapest))
                    cheapest = price;
            }
            if (cheapest < 0)
                continue;
            history.steps.append({day.key(), cheapest}); // a point at every observation
        }
        if (!history.steps.isEmpty())
            histories.append(history);
    }
    std::stable_sort(histories.begin(), histories.end(),
                     [](const ProviderHistory &a, const ProviderHistory &b) {
                         return a.steps.last().second < b.steps.last().second;
                     });
    return histories;
}

} // namespace gpucompare
