#include "RejectedRowsModel.h"

namespace gpucompare {

RejectedRowsModel::RejectedRowsModel(QString reasonHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reasonHeader(std::move(reasonHeader))
{}

void RejectedRowsModel::setRows(QList<RejectedRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RejectedRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == Line ? QVariant(row.line) : QVariant(row.reason);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return row.reason;
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Line ? tr("Line") : m_reasonHeader;
}

} // namespace gpucompare
