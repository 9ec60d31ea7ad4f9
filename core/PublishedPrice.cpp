#include "PublishedPrice.h"

#include "Translated.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpucompare {

QString checkPublishedCurrency(const QString &field, const QString &code)
{
    static const QRegularExpression threeCapitals(u"^[A-Z]{3}$"_s);
    if (!threeCapitals.match(code).hasMatch()) {
        return translated("gpucompare::PublishedPrice",
                          "%1: \"%2\" is not a currency code such as EUR")
            .arg(field, code);
    }
    if (code == u"USD") {
        return translated("gpucompare::PublishedPrice",
                          "%1: a price in US dollars has no published currency; leave it empty")
            .arg(field);
    }
    return {};
}

QDate conversionDay(const QString &observedOn, const ExchangeRates &rates)
{
    if (observedOn.isEmpty())
        return rates.latestDay();
    return QDate::fromString(observedOn.size() == 7 ? observedOn + u"-01"_s : observedOn,
                             Qt::ISODate);
}

std::optional<PublishedInUsd> publishedToUsd(Money amount, const QString &currency,
                                             const QString &observedOn, const ExchangeRates &rates)
{
    const QDate day = conversionDay(observedOn, rates);
    if (!day.isValid())
        return std::nullopt;
    const auto conversion = rates.fromUsd(currency, day);
    if (!conversion)
        return std::nullopt;
    const auto usd = conversion->toUsd(amount.micros());
    if (!usd)
        return std::nullopt;
    return PublishedInUsd{*usd, conversion->rateDay()};
}

QString rateDayNote(const QDate &rateDay)
{
    return u"US dollars at the ECB rate of %1."_s.arg(rateDay.toString(Qt::ISODate));
}

QString fillUsdFromPublished(PriceObservation &p, const ExchangeRates &rates)
{
    const auto converted =
        publishedToUsd(p.publishedAmount, p.publishedCurrency, p.observedOn, rates);
    if (!converted) {
        return translated("gpucompare::PublishedPrice",
                          "no exchange rate for %1 on or before %2: give usd_per_instance_hour "
                          "too")
            .arg(p.publishedCurrency, p.observedOn.isEmpty()
                                          ? translated("gpucompare::PublishedPrice", "today")
                                          : p.observedOn);
    }
    p.usdPerInstanceHour = converted->usd;
    if (converted->rateDay.toString(Qt::ISODate) != p.observedOn) {
        const QString said = rateDayNote(converted->rateDay);
        p.note = p.note.isEmpty() ? said : p.note + u' ' + said;
    }
    return {};
}

} // namespace gpucompare
