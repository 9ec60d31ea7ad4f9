#pragma once

#include <QSortFilterProxyModel>

namespace gpucompare {

/// Sorts a table by its model's own typed comparison, `Model::lessThan(leftRow, rightRow,
/// column)`: a QVariant per comparison was most of a sort of 100,000 rows.
template <typename Model> class RowSortModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return static_cast<const Model *>(sourceModel())
            ->lessThan(left.row(), right.row(), left.column());
    }
};

} // namespace gpucompare
