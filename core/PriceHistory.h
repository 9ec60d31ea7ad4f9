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

/// A provider's cheapest price per GPU-hour over time: a step line.
struct ProviderHistory
{
    QString provider;
    /// At each date one of the provider's offers was observed, the cheapest price of its
    /// offers then in effect (each offer's latest observation on or before that date).
    QList<std::pair<QDate, double>> steps;
    QDate lastSeen; ///< the latest observation or confirmation: where the line ends
};

/// The history of one GPU model and pricing model, one line per provider, cheapest provider
/// (by its latest step) first.
QList<ProviderHistory> cheapestByProviderOverTime(const QList<HistoryObservation> &observations,
                                                  const QString &gpuModel, PricingModel pricing);

} // namespace gpucompare
