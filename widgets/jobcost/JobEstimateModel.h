#pragma once

#include "CostModel.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace gpucompare {

/// The calculator's results: one row per offer, cheapest first, numbers under SortRole so a
/// header click sorts by value.
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
    const QList<JobEstimate> &estimates() const { return m_estimates; }

    /// Typed comparison for the table's sort (QVariant per comparison was most of a sort).
    bool lessThan(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<JobEstimate> m_estimates;
    QLocale m_locale; ///< constructing one per data() call showed in profiles
};

/// Sorts the results by value through JobEstimateModel::lessThan.
class JobEstimateSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return static_cast<const JobEstimateModel *>(sourceModel())
            ->lessThan(left.row(), right.row(), left.column());
    }
};

} // namespace gpucompare
