#pragma once

#include "DataQuality.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace gpucompare {

/// Filters the price table by GPU, provider, pricing model, region and free text, and sorts
/// by value (PriceTableModel::SortRole). Empty filters match everything.
///
/// Offers that differ only by region show as one row (RegionGroups.h) whose Region cell says
/// "17 regions": the first offer of the group that passes the filters stands for the rest, so
/// the region filter and the search still work member by member. A group can be opened to
/// show each region on its own row, and closed again.
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

    /// One row per group of offers that differ only by region (on by default).
    void setGroupRegions(bool group);
    bool groupsRegions() const { return m_groupRegions; }
    /// How many offers pass the filters (a grouped row counts each of its members).
    int matchingOfferCount() const;
    /// How many offers the row at `proxyRow` stands for: 1, or its group's members that pass
    /// the filters while the group is closed.
    int offersInRow(int proxyRow) const;
    /// Whether the row belongs to a group of several offers (open or closed).
    bool isInRegionGroup(int proxyRow) const;
    bool isRegionGroupOpen(int proxyRow) const;
    /// Opens a closed group (each region on its own row) or closes an open one.
    void toggleRegionGroup(int proxyRow);
    /// The regions of the offers the row stands for, sorted.
    /// How the offers of a row's group are sold ("Lambda directly", "via Shadeform"): more
    /// than one when the row is one machine reached through several channels.
    QStringList channelsInRow(int proxyRow) const;
    QStringList regionsInRow(int proxyRow) const;

    /// The offers that compete for the ★ and "vs ★": those of the provider, pricing and region
    /// filters (the GPU filter shows one GPU's offers, each measured against its own GPU's).
    CheapestScope cheapestScope() const;

    void setSourceModel(QAbstractItemModel *model) override;
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    bool passesFilters(int sourceRow) const;
    /// Decides every row at once: whether a group's member shows depends on its neighbours.
    void ensureAccepted() const;
    int groupOfProxyRow(int proxyRow) const;
    qint64 groupIdentity(int group) const;

    QString m_gpu;
    QString m_provider;
    QString m_pricing;
    QString m_region;
    QString m_text; ///< case-folded
    bool m_showNotListed = false;
    bool m_groupRegions = true;
    /// Open groups, by the offer id of their first member: it survives a reload of the book.
    QSet<qint64> m_openGroups;

    /// The filters a pass over the rows used, to tell a narrower search from a new one.
    struct FilterState
    {
        QString gpu, provider, pricing, region, text;
        bool showNotListed = false;
        quint64 revision = 0;
        bool sameButText(const FilterState &o) const
        {
            return gpu == o.gpu && provider == o.provider && pricing == o.pricing &&
                   region == o.region && showNotListed == o.showNotListed && revision == o.revision;
        }
    };
    mutable FilterState m_passedState;
    mutable QList<char> m_passed; ///< per source row: passes the filters (group or not)

    mutable bool m_acceptedValid = false;
    mutable quint64 m_acceptedRevision = 0;
    mutable QList<char> m_accepted;      ///< per source row
    mutable QList<int> m_passingInGroup; ///< per group: members that pass the filters
    mutable QList<char> m_groupOpen;     ///< per group
    mutable int m_passing = 0;
};

} // namespace gpucompare
