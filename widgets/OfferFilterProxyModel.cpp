#include "OfferFilterProxyModel.h"

#include "PriceTableModel.h"

namespace gpucompare {

OfferFilterProxyModel::OfferFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PriceTableModel::SortRole);
}

void OfferFilterProxyModel::setGpu(const QString &gpu)
{
    m_gpu = gpu;
    refilter();
}
void OfferFilterProxyModel::setProvider(const QString &provider)
{
    m_provider = provider;
    refilter();
}
void OfferFilterProxyModel::setPricing(const QString &token)
{
    m_pricing = token;
    refilter();
}
void OfferFilterProxyModel::setRegion(const QString &region)
{
    m_region = region;
    refilter();
}
void OfferFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed().toCaseFolded();
    refilter();
}

bool OfferFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const PriceTableModel *>(sourceModel());
    return model->lessThan(left.row(), right.row(), left.column());
}

void OfferFilterProxyModel::refilter()
{
    // A full invalidate, not invalidateRowsFilter(): the latter announces every removed and
    // inserted range separately, and the view's per-range bookkeeping made one keystroke at
    // 100,000 offers take over a second (measured by price_table_benchmark).
    invalidate();
}

void OfferFilterProxyModel::setShowNotListed(bool show)
{
    if (show == m_showNotListed)
        return;
    m_showNotListed = show;
    refilter();
}

bool OfferFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const PriceTableModel *>(sourceModel());
    const OfferRow &r = model->rowAt(sourceRow);
    if (!m_showNotListed && !r.notListedSince.isEmpty())
        return false;
    if (!m_gpu.isEmpty() && r.gpuModel != m_gpu)
        return false;
    if (!m_provider.isEmpty() && r.provider != m_provider)
        return false;
    if (!m_pricing.isEmpty() && pricingModelToken(r.pricing) != m_pricing)
        return false;
    if (!m_region.isEmpty() && r.region != m_region)
        return false;
    if (!m_text.isEmpty() && !model->rowContains(sourceRow, m_text))
        return false;
    return true;
}

} // namespace gpucompare
