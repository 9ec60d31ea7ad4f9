#include "PriceTableModel.h"

#include "DataQuality.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpucompare {

PriceTableModel::PriceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PriceTableModel::setRows(QList<OfferRow> rows, const QDate &today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    annotateOffers(m_rows, today);
    endResetModel();
}

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const OfferRow &r = m_rows.at(index.row());
    const QLocale locale;
    const QDate observed = r.observedDate();
    if (role == SortRole) {
        switch (index.column()) {
        case Gpus:
            return r.gpusPerInstance;
        case UsdPerInstanceHour:
            return r.usdPerInstanceHour.toDollars();
        case UsdPerGpuHour:
            return r.usdPerGpuHour;
        case AboveCheapest:
            return r.percentAboveCheapest;
        case ObservedOn:
            return observed.isValid() ? observed.toJulianDay() : 0;
        case Flags:
            return int(r.flags);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Provider:
            return r.provider;
        case Gpu:
            return r.gpuModel;
        case Instance:
            return r.instanceType;
        case Gpus:
            return r.gpusPerInstance;
        case Region:
            return r.region.isEmpty() ? tr("not stated") : r.region;
        case Pricing:
            return r.pricingTerm.isEmpty() ? pricingModelDisplayName(r.pricing)
                                           : QString(pricingModelDisplayName(r.pricing) + u" ("_s +
                                                     r.pricingTerm + u')');
        case UsdPerInstanceHour:
            return QString(u"$"_s + locale.toString(r.usdPerInstanceHour.toDollars(), 'f', 2));
        case UsdPerGpuHour:
            return QString(u"$"_s + locale.toString(r.usdPerGpuHour, 'f', 2));
        case AboveCheapest:
            return r.cheapestForGpu
                       ? tr("★ cheapest")
                       : QString(u"+"_s + locale.toString(r.percentAboveCheapest, 'f', 0) +
                                 u" %"_s);
        case ObservedOn:
            if (!observed.isValid())
                return tr("undated");
            return tr("%1 (%2 d)").arg(r.observedOn).arg(observed.daysTo(m_today));
        case Source:
            return r.sourceUrl.isEmpty() ? tr("none") : QUrl(r.sourceUrl).host();
        case Flags:
            return flagLetters(r.flags);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Flags && r.flags)
            return describeFlags(r.flags).join(u'\n');
        if (index.column() == Source)
            return r.sourceUrl;
        if (index.column() == Pricing)
            return r.pricingTerm;
    }
    if (role == Qt::FontRole && r.cheapestForGpu) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Gpus:
        case UsdPerInstanceHour:
        case UsdPerGpuHour:
        case AboveCheapest:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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
        return tr("$/instance-h");
    case UsdPerGpuHour:
        return tr("$/GPU-h");
    case AboveCheapest:
        return tr("vs cheapest");
    case ObservedOn:
        return tr("Observed (age)");
    case Source:
        return tr("Source");
    case Flags:
        return tr("Flags");
    }
    return {};
}

} // namespace gpucompare
