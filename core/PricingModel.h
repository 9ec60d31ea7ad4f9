#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace gpucompare {

/// How an offer is billed. The exact commercial term ("committed use 1y", "EC2 Capacity
/// Block", "preemptible") is kept beside it in Offer::pricingTerm.
enum class PricingModel
{
    OnDemand,
    Spot,
    Reserved
};

/// The file-format token: "on-demand", "spot" or "reserved". Never translated.
QString pricingModelToken(PricingModel model);
std::optional<PricingModel> pricingModelFromToken(const QString &token);
QStringList pricingModelTokens();

/// The name shown in the window, translated.
QString pricingModelDisplayName(PricingModel model);

/// What the table and the calculator show instead of an instance type for a price per
/// GPU-hour with no machine named ("per-GPU rate"), translated.
QString perGpuRateDisplayName();

/// An offer's instance as shown: its instance type, or "per-GPU rate".
QString instanceDisplayName(const QString &instanceType, bool perGpuRate);

} // namespace gpucompare
