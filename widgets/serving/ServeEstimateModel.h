#pragma once

#include "RowSortModel.h"
#include "ServingModel.h"
#include "ShortNames.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace gpucompare {

/// The Serving tab's results: one row per offer, fitting offers first and cheapest per token
/// first, numbers compared as numbers. Offers that differ only by region serve at the same
/// cost and share one row, "17 regions", with the regions in its tooltip.
class ServeEstimateModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Provider,
        Gpu,
        UsdPerMillionTokens,
        TokensPerSecond,
        Gpus,
        UsdPerGpuHour,
        UsdPerHour,
        Monthly,
        Replicas,
        Bound,
        Memory,
        Pricing,
        Offer,
        Region,
        ColumnCount
    };

    explicit ServeEstimateModel(QObject *parent = nullptr);

    void setEstimates(const QList<ServeEstimate> &estimates);
    /// The estimate a row shows (a group's cheapest).
    const ServeEstimate &estimate(int row) const { return m_rows.at(row); }
    /// How many offers the row stands for.
    int offersInRow(int row) const { return int(m_regions.at(row).size()); }

    bool lessThan(int leftRow, int rightRow, int column) const;

private:
    /// The texts that may be the widest of `column` (kWidestTextRole), from every row.
    QStringList widestTexts(int column) const;
    ShortGpuNames m_shortGpus; ///< the GPU cells' short forms

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ServeEstimate> m_rows;
    QList<QStringList> m_regions; ///< per row: every member's region
    QLocale m_locale;
};

/// Sorts the results by value through ServeEstimateModel::lessThan.
using ServeEstimateSortModel = RowSortModel<ServeEstimateModel>;

} // namespace gpucompare
