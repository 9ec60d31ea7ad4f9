#pragma once

#include "WatchAlerts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace gpucompare {

// The watches and their alerts as the command line prints them (`watch list`, `update`): JSON
// keys and text in English and the C locale, whatever the user's language.

/// A watch: id, gpu, pricing, provider, region (null when any), below, currency, created_at.
QJsonObject watchJson(const Watch &watch);
/// An offer a watch names: provider, gpu, instance, pricing, region, GPUs, both prices (USD).
QJsonObject watchedOfferJson(const OfferRow &offer);
/// `update`'s "alerts": each with its watch, the offer, the old and the new price per GPU-hour.
QJsonArray alertsJson(const QList<WatchAlert> &alerts);
/// One line per alert: "Alert: watch 3 (...): AWS p5.48xlarge us-east-1 now 2.1 USD/GPU-h, was
/// 2.9".
QString alertsText(const QList<WatchAlert> &alerts);

} // namespace gpucompare
