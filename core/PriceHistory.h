#pragma once

#include "PricingModel.h"

#include <QDate>
#include <QList>
#include <QString>

namespace gpucompare {

/// One dated price of one offer, per GPU-hour: the raw material of the history chart.
struct HistoryObservation
{
    qint64 offerId = 0;
    QString provider;
    QString gpuModel;
    PricingModel pricing = PricingModel::OnDemand;
    QDate observed;  ///< invalid for undated prices, which have no place on a time axis
    QDate confirmed; ///< the last time an update saw the same price; may be invalid
    double usdPerGpuHour = 0;
};

/// A stretch of time over which at least one of a provider's prices is known to have held:
/// from an observation to its last confirmation (or the same offer's next observation).
struct PriceSpan
{
    /// At each date within the span where a price was observed or the cheapest changed, the
    /// cheapest of the provider's prices then known to hold: a step line.
    QList<std::pair<QDate, double>> steps;
    QDate end; ///< the last day a price of the span is known to have held
};

/// A provider's cheapest price per GPU-hour over time: step lines with gaps where none of its
/// prices is known to hold. An old price is never carried forward to a later date.
struct ProviderHistory
{
    QString provider;
    QList<PriceSpan> spans; ///< in date order, disjoint; never empty
    /// The latest known price (the last span's last step).
    double latestUsd() const { return spans.last().steps.last().second; }
};

/// The history of one GPU model and pricing model, one line per provider, cheapest provider
/// (by its latest step) first.
QList<ProviderHistory> cheapestByProviderOverTime(const QList<HistoryObservation> &observations,
                                                  const QString &gpuModel, PricingModel pricing);

} // namespace gpucompare
