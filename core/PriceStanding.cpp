#include "PriceStanding.h"

#include "Translated.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace gpucompare {

Standing priceStanding(const QDate &lastSeen, const Freshness &freshness)
{
    if (!lastSeen.isValid())
        return Standing::Undated;
    return lastSeen >= freshness.oldestCurrentDay() ? Standing::Current : Standing::Stale;
}

QString standingToken(Standing standing)
{
    switch (standing) {
    case Standing::Current:
        return u"current"_s;
    case Standing::Undated:
        return u"undated"_s;
    case Standing::Stale:
        break;
    }
    return u"stale"_s;
}

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::PriceStanding", text);
}

} // namespace

QString priceCaveat(const PriceProvenance &price)
{
    QStringList words;
    if (price.standing == Standing::Undated)
        words << tr("undated catalog price; update to confirm");
    else if (price.standing == Standing::Stale && price.ageDays)
        words << tr("stale: %1 days old").arg(*price.ageDays);
    if (!price.firstHand)
        words << tr("second-hand quote");
    return words.isEmpty() ? QString() : tr(" (%1)").arg(words.join(u"; "_s));
}

} // namespace gpucompare
