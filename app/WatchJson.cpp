#include "WatchJson.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString offerWords(const OfferRow &offer)
{
    return u"%1 %2 %3 %4"_s.arg(offer.provider, offer.instanceType,
                                offer.region.isEmpty() ? u"-"_s : offer.region,
                                pricingModelToken(offer.pricing));
}

} // namespace

QJsonObject watchJson(const Watch &watch)
{
    return QJsonObject{
        {u"id"_s, double(watch.id)},
        {u"gpu"_s, watch.gpuModel},
        {u"pricing"_s,
         watch.pricing ? QJsonValue(pricingModelToken(*watch.pricing)) : QJsonValue()},
        {u"provider"_s, orNull(watch.provider)},
        {u"region"_s, orNull(watch.region)},
        {u"below"_s, watch.below.toDollars()},
        {u"currency"_s, watch.currency},
        {u"created_at"_s, watch.createdAt},
    };
}

QJsonObject watchedOfferJson(const OfferRow &offer)
{
    return QJsonObject{
        {u"offer_id"_s, double(offer.offerId)},
        {u"provider"_s, offer.provider},
        {u"gpu"_s, offer.gpuModel},
        {u"instance"_s, offer.instanceType},
        {u"pricing"_s, pricingModelToken(offer.pricing)},
        {u"region"_s, offer.region},
        {u"gpus_per_instance"_s, offer.gpusPerInstance},
        {u"usd_per_instance_hour"_s, offer.usdPerInstanceHour.toDollars()},
        {u"usd_per_gpu_hour"_s, perGpuHour(offer).toDollars()},
    };
}

QJsonArray alertsJson(const QList<WatchAlert> &alerts)
{
    QJsonArray list;
    for (const WatchAlert &a : alerts) {
        list.append(QJsonObject{
            {u"watch"_s, watchJson(a.watch)},
            {u"offer"_s, watchedOfferJson(a.offer)},
            {u"old_usd_per_gpu_hour"_s,
             a.oldPerGpuHour ? QJsonValue(a.oldPerGpuHour->toDollars()) : QJsonValue()},
            {u"new_usd_per_gpu_hour"_s, a.newPerGpuHour.toDollars()},
            {u"threshold_usd_per_gpu_hour"_s, a.thresholdUsd.toDollars()},
        });
    }
    return list;
}

QString alertsText(const QList<WatchAlert> &alerts)
{
    QString text;
    for (const WatchAlert &a : alerts) {
        text += u"Alert: watch %1 (%2): %3 now %4 USD/GPU-h, was %5\n"_s.arg(
            QString::number(a.watch.id), watchText(a.watch), offerWords(a.offer),
            a.newPerGpuHour.toString(),
            a.oldPerGpuHour ? a.oldPerGpuHour->toString() : u"no offer"_s);
    }
    return text;
}

} // namespace gpucompare
