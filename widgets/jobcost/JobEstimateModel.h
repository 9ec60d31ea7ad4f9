#pragma once

#include "CostModel.h"
#include "RowSortModel.h"
#include "ShortNames.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSet>

namespace gpucompare {

/// The calculator's results: one row per offer, cheapest first, numbers under SortRole so a
/// header click sorts by value. Offers that differ only by region cost the same and share one
/// row, "17 regions" (RegionGroups.h), which opens to one row per region.
class JobEstimateModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// What decides first comes first: the panel is narrow, so cost and time lead and the
    /// offer's details follow.
    enum Column
    {
        Provider,
        Gpu,
        BudgetBuys, ///< hidden unless in budget mode
        Total,
        WallDays,
        UsdPerGpuHour,
        GpusRented,
        GpuHours,
        AboveCheapest,
        Memory,
        Pricing,
        Offer,
        Region,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit JobEstimateModel(QObject *parent = nullptr);

    void setEstimates(QList<JobEstimate> estimates);
    /// The estimates the rows show, one per row in model order: a closed group shows its first.
    const QList<JobEstimate> &estimates() const { return m_estimates; }
    /// Every estimate, grouped or not.
    const QList<JobEstimate> &allEstimates() const { return m_all; }

    /// How many offers the row stands for (1 unless it is a closed group of regions).
    int offersInRow(int row) const;
    bool isInRegionGroup(int row) const;
    bool isRegionGroupOpen(int row) const;
    /// Opens a closed group, one row per region, or closes an open one.
    void toggleRegionGroup(int row);

    /// Typed comparison for the table's sort (QVariant per comparison was most of a sort).
    bool lessThan(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void showGroups();
    /// The texts that may be the widest of `column` (kWidestTextRole), from every estimate.
    QStringList widestTexts(int column) const;
    ShortGpuNames m_shortGpus; ///< the GPU cells' short forms
    QStringList regionsOfGroup(int group) const;

    QList<JobEstimate> m_all;
    QList<int> m_groupOfAll;        ///< per estimate in m_all
    QList<int> m_groupSize;         ///< per group
    QList<int> m_groupOfRow;        ///< per shown row
    QList<int> m_groupFirst;        ///< per group: its first estimate in m_all
    QList<char> m_groupOpen;        ///< per group
    QSet<qint64> m_openGroups;      ///< by the offer id of the group's first (cheapest) estimate
    QList<JobEstimate> m_estimates; ///< shown
    QLocale m_locale;               ///< constructing one per data() call showed in profiles
};

/// Sorts the results by value through JobEstimateModel::lessThan.
using JobEstimateSortModel = RowSortModel<JobEstimateModel>;

} // namespace gpucompare
