#include "PriceTableModel.h"

#include "DataQuality.h"
#include "UserNumber.h"

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
    m_haystacks.clear();
    endResetModel();
}

bool PriceTableModel::rowContains(int row, const QString &foldedNeedle) const
{
    if (m_haystacks.size() != m_rows.size()) {
        m_haystacks.clear();
        m_haystacks.reserve(m_rows.size());
        for (const OfferRow &r : m_rows) {
            // U+001F between fields, so a search never matches across two of them.
            m_haystacks.append(QString(r.provider + u'\x1f' + r.gpuModel + u'\x1f' +
                                       r.instanceType + u'\x1f' + r.region + u'\x1f' +
                                       r.pricingTerm)
                                   .toCaseFolded());
        }
    }
    return m_haystacks.at(row).contains(foldedNeedle);
}

bool PriceTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const OfferRow &a = m_rows.at(leftRow);
    const OfferRow &b = m_rows.at(rightRow);
    auto text = [](const QString &x, const QString &y) {
        return x.compare(y, Qt::CaseInsensitive) < 0;
    };
    switch (column) {
    case Provider:
        return text(a.provider, b.provider);
    case Gpu:
        return text(a.gpuModel, b.gpuModel);
    case Instance:
        return text(a.instanceType, b.instanceType);
    case Gpus:
        return a.gpusPerInstance < b.gpusPerInstance;
    case UsdPerInstanceHour:
        return a.usdPerInstanceHour < b.usdPerInstanceHour;
    case UsdPerGpuHour:
        return a.usdPerGpuHour < b.usdPerGpuHour;
    case AboveCheapest:
        return a.percentAboveCheapest < b.percentAboveCheapest;
    case Flags:
        return a.flags < b.flags;
    default: {
        const QVariant x = data(index(leftRow, column), SortRole);
        const QVariant y = data(index(rightRow, column), SortRole);
        return QVariant::compare(x, y) == QPartialOrdering::Less;
    }
    }
}

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PriceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == UsdPerInstanceHour)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PriceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != UsdPerInstanceHour)
        return false;
    const QString text = value.toString();
    if (text.trimmed() == data(index, Qt::EditRole).toString())
        return false; // unchanged: no edit, no history entry
    Q_EMIT priceEditRequested(m_rows.at(index.row()).offerId, text);
    return false;
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const OfferRow &r = m_rows.at(index.row());
    const QLocale &locale = m_locale;
    if (role == Qt::EditRole && index.column() == UsdPerInstanceHour)
        return formatUserNumber(r.usdPerInstanceHour.toDollars(), locale);
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
