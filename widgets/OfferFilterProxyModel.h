#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace gpucompare {

/// Filters the price table by GPU, provider, pricing model, region and free text, and sorts
/// by value (PriceTableModel::SortRole). Empty filters match everything.
class OfferFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OfferFilterProxyModel(QObject *parent = nullptr);

    void setGpu(const QString &gpu);
    void setProvider(const QString &provider);
    void setPricing(const QString &pricingToken);
    void setRegion(const QString &region);
    void setText(const QString &text);
    /// Offers their catalog no longer lists are hidden unless this is on.
    void setShowNotListed(bool show);
    bool showsNotListed() const { return m_showNotListed; }
    const QString &provider() const { return m_provider; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_gpu;
    QString m_provider;
    QString m_pricing;
    QString m_region;
    QString m_text; ///< case-folded
    bool m_showNotListed = false;
};

} // namespace gpucompare
