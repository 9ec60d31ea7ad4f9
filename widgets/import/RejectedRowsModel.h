#pragma once

#include "ImportPlan.h"

#include <QAbstractTableModel>

namespace gpucompare {

/// The rejected or flagged rows of an import preview: line and reason. A model rather than a
/// table of items, so that showing 10,000 of them costs nothing while the user waits.
class RejectedRowsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        Reason,
        ColumnCount
    };

    RejectedRowsModel(QString reasonHeader, QObject *parent = nullptr);

    void setRows(QList<RejectedRow> rows);
    const QList<RejectedRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString m_reasonHeader;
    QList<RejectedRow> m_rows;
};

} // namespace gpucompare
