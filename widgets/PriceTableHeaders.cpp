#include "PriceTableHeaders.h"

#include "PriceTableColumns.h"
#include "ShownCurrency.h"
#include "Translated.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
// The titles were PriceTableModel's: they keep its translation context.
QString tr(const char *text)
{
    return translated("gpucompare::PriceTableModel", text);
}
} // namespace

QVariant priceTableHeader(int section, int role)
{
    using enum PriceTableColumns::Column;
    const QString &symbol = shownCurrency().symbol();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AboveCheapest:
            return tr("How far above the cheapest offer (★) of the same GPU, per GPU-hour.");
        case UsdPerPflopHour:
            return tr("%1 per dense PFLOP-hour: the price per GPU-hour over the GPU's dense "
                      "16-bit peak, to compare GPUs on work done rather than on hours.")
                .arg(shownCurrency().code());
        case UsdPerInstanceHour:
        case UsdPerGpuHour:
            return shownCurrency().isUsDollars() ? QVariant()
                                                 : QVariant(shownCurrency().rateNote(QLocale()));
        case ObservedOn:
            return tr("The day the price was last observed or confirmed, and its age in days.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider:
        return tr("Provider");
    case Gpu:
        return tr("GPU");
    case Instance:
        return tr("Instance");
    case Gpus:
        return tr("GPUs");
    case Region:
        return tr("Region");
    case Pricing:
        return tr("Pricing");
    case UsdPerInstanceHour:
        return tr("%1/instance-h").arg(symbol);
    case UsdPerGpuHour:
        return tr("%1/GPU-h").arg(symbol);
    case AboveCheapest:
        return tr("vs ★");
    case ObservedOn:
        return tr("Observed (age)");
    case Source:
        return tr("Source");
    case Flags:
        return tr("Flags");
    case Vcpus:
        return tr("vCPUs");
    case RamGb:
        return tr("RAM");
    case Interconnect:
        return tr("Interconnect");
    case UsdPerPflopHour:
        return tr("%1/PFLOP-h").arg(symbol);
    }
    return {};
}

} // namespace gpucompare
