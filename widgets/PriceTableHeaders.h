#pragma once

#include <QVariant>

namespace gpucompare {

/// The price table's column titles (Qt::DisplayRole) and their tooltips (Qt::ToolTipRole), in
/// the shown currency: "¥/GPU-h". Empty for other roles.
QVariant priceTableHeader(int section, int role);

} // namespace gpucompare
