#include "PricingModel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

QString pricingModelToken(PricingModel model)
{
    switch (model) {
    case PricingModel::OnDemand:
        return u"on-demand"_s;
    case PricingModel::Spot:
        return u"spot"_s;
    case PricingModel::Reserved:
        return u"reserved"_s;
    }
    return {};
}

std::optional<PricingModel> pricingModelFromToken(const QString &token)
{
    const QString t = token.trimmed().toLower();
    if (t == u"on-demand")
        return PricingModel::OnDemand;
    if (t == u"spot")
        return PricingModel::Spot;
    if (t == u"reserved")
        return PricingModel::Reserved;
    return std::nullopt;
}

QStringList pricingModelTokens()
{
    return {u"on-demand"_s, u"spot"_s, u"reserved"_s};
}

QString pricingModelDisplayName(PricingModel model)
{
    switch (model) {
    case PricingModel::OnDemand:
        return QCoreApplication::translate("gpucompare::PricingModel", "On-demand");
    case PricingModel::Spot:
        return QCoreApplication::translate("gpucompare::PricingModel", "Spot");
    case PricingModel::Reserved:
        return QCoreApplication::translate("gpucompare::PricingModel", "Reserved");
    }
    return {};
}

QString perGpuRateDisplayName()
{
    return QCoreApplication::translate("gpucompare::PricingModel", "per-GPU rate");
}

QString instanceDisplayName(const QString &instanceType, bool perGpuRate)
{
    return perGpuRate ? perGpuRateDisplayName() : instanceType;
}

} // namespace gpucompare
