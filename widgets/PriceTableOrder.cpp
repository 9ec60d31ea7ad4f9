#include "PriceTableOrder.h"

#include "PriceTableColumns.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace gpucompare {

// The columns by name, as in the model.
using enum PriceTableColumns::Column;

PriceTableOrder::PriceTableOrder(const QList<OfferRow> &rows, SortValue sortValue)
    : m_rows(rows)
    , m_sortValue(std::move(sortValue))
{}

namespace {

template <typename T> int order(const T &x, const T &y)
{
    return x < y ? -1 : (y < x ? 1 : 0);
}

template <typename T> int order(const std::optional<T> &x, const std::optional<T> &y)
{
    // Empty last, whatever the direction of the rest.
    if (!x || !y)
        return x ? -1 : (y ? 1 : 0);
    return order(*x, *y);
}

} // namespace

int PriceTableOrder::compare(int leftRow, int rightRow, int column) const
{
    const OfferRow &a = m_rows.at(leftRow);
    const OfferRow &b = m_rows.at(rightRow);
    switch (column) {
    case Provider:
        return a.provider.compare(b.provider, Qt::CaseInsensitive);
    case Gpu:
        return a.gpuModel.compare(b.gpuModel, Qt::CaseInsensitive);
    case Instance:
        return a.instanceType.compare(b.instanceType, Qt::CaseInsensitive);
    case Gpus:
        return order(a.gpusPerInstance, b.gpusPerInstance);
    case UsdPerInstanceHour:
        return order(a.usdPerInstanceHour, b.usdPerInstanceHour);
    case UsdPerGpuHour:
        return order(a.usdPerGpuHour, b.usdPerGpuHour);
    case AboveCheapest:
        return order(a.percentAboveCheapest, b.percentAboveCheapest);
    case Flags:
        return order(a.flags, b.flags);
    case Vcpus:
        return order(a.vcpus, b.vcpus);
    case RamGb:
        return order(a.ramGb, b.ramGb);
    case UsdPerPflopHour: {
        const double x = usdPerPflopHourOf(a);
        const double y = usdPerPflopHourOf(b);
        return order(x > 0 ? std::optional(x) : std::nullopt,
                     y > 0 ? std::optional(y) : std::nullopt);
    }
    default: {
        const QVariant x = m_sortValue(leftRow, column);
        const QVariant y = m_sortValue(rightRow, column);
        const QPartialOrdering o = QVariant::compare(x, y);
        return o == QPartialOrdering::Less ? -1 : (o == QPartialOrdering::Greater ? 1 : 0);
    }
    }
}

bool PriceTableOrder::isPackedColumn(int column)
{
    switch (column) {
    case Gpus:
    case UsdPerInstanceHour:
    case UsdPerGpuHour:
    case AboveCheapest:
    case Flags:
    case Vcpus:
    case RamGb:
    case UsdPerPflopHour:
        return true;
    default:
        return false;
    }
}

PriceTableOrder::SortKey PriceTableOrder::sortKey(const OfferRow &row, int column) const
{
    constexpr double empty = std::numeric_limits<double>::infinity();
    const auto valueOf = [column, empty](const OfferRow &r) -> double {
        switch (column) {
        case Gpus:
            return r.gpusPerInstance;
        case UsdPerInstanceHour:
            return double(r.usdPerInstanceHour.micros());
        case UsdPerGpuHour:
            return r.usdPerGpuHour;
        case AboveCheapest:
            return r.percentAboveCheapest;
        case Flags:
            return r.flags;
        case Vcpus:
            return r.vcpus ? double(*r.vcpus) : empty;
        case RamGb:
            return r.ramGb.value_or(empty);
        case UsdPerPflopHour: {
            const double value = usdPerPflopHourOf(r);
            return value > 0 ? value : empty;
        }
        default:
            return 0;
        }
    };
    return SortKey{valueOf(row), row.usdPerGpuHour, row.offerId};
}

QList<PriceTableOrder::SortKey> PriceTableOrder::sortKeys(int column) const
{
    QList<SortKey> keys(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        keys[i] = sortKey(m_rows.at(i), column);
    return keys;
}

bool PriceTableOrder::keyLess(const SortKey &a, const SortKey &b)
{
    if (a.value != b.value)
        return a.value < b.value;
    if (a.perGpu != b.perGpu)
        return a.perGpu < b.perGpu;
    return a.offerId < b.offerId;
}

bool PriceTableOrder::placedBefore(int leftRow, int rightRow, int column) const
{
    if (isPackedColumn(column))
        return keyLess(sortKey(m_rows.at(leftRow), column), sortKey(m_rows.at(rightRow), column));
    return lessThanByValue(leftRow, rightRow, column);
}

const QList<int> &PriceTableOrder::sortRanks(int column) const
{
    if (m_rankColumn == column && m_ranks.size() == m_rows.size())
        return m_ranks;
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    if (isPackedColumn(column)) {
        const QList<SortKey> keys = sortKeys(column);
        std::sort(order.begin(), order.end(),
                  [&keys](int l, int r) { return keyLess(keys.at(l), keys.at(r)); });
    } else {
        std::sort(order.begin(), order.end(),
                  [this, column](int l, int r) { return lessThanByValue(l, r, column); });
    }
    m_ranks.resize(m_rows.size());
    for (int place = 0; place < order.size(); ++place)
        m_ranks[order.at(place)] = place;
    m_placed = std::move(order);
    m_rankColumn = column;
    return m_ranks;
}

PriceTableOrder::Ranked PriceTableOrder::rank(const QList<OfferRow> &rows, int column)
{
    if (!isPackedColumn(column))
        return {};
    const PriceTableOrder order(rows, {});
    order.sortRanks(column);
    return {column, std::move(order.m_ranks), std::move(order.m_placed)};
}

void PriceTableOrder::adopt(Ranked ranked)
{
    if (ranked.column < 0 || ranked.ranks.size() != m_rows.size())
        return;
    m_ranks = std::move(ranked.ranks);
    m_placed = std::move(ranked.placed);
    m_rankColumn = ranked.column;
}

void PriceTableOrder::rowsChanged(const QList<int> &rows)
{
    // Each row placed again costs a pass over the order; past a few, one sort is cheaper.
    constexpr qsizetype kMostPlacedAgain = 64;
    if (rows.isEmpty())
        return;
    if (m_rankColumn < 0 || m_placed.size() != m_rows.size() || rows.size() > kMostPlacedAgain) {
        forget();
        return;
    }
    // The rows that did not change keep their order among themselves.
    QList<char> moving(m_rows.size(), 0);
    for (const int row : rows)
        moving[row] = 1;
    QList<int> placed;
    placed.reserve(m_placed.size());
    for (const int row : std::as_const(m_placed)) {
        if (!moving.at(row))
            placed.append(row);
    }
    const int column = m_rankColumn;
    for (const int row : rows) {
        if (!moving.at(row))
            continue; // listed twice
        moving[row] = 0;
        const auto at =
            std::lower_bound(placed.begin(), placed.end(), row,
                             [this, column](int l, int r) { return placedBefore(l, r, column); });
        placed.insert(at, row);
    }
    for (int place = 0; place < placed.size(); ++place)
        m_ranks[placed.at(place)] = place;
    m_placed = std::move(placed);
}

bool PriceTableOrder::lessThan(int leftRow, int rightRow, int column) const
{
    const QList<int> &ranks = sortRanks(column);
    return ranks.at(leftRow) < ranks.at(rightRow);
}

bool PriceTableOrder::lessThanByValue(int leftRow, int rightRow, int column) const
{
    // Equal values keep a stable order: cheapest per GPU-hour first, then the offer's id.
    if (const int c = compare(leftRow, rightRow, column); c != 0)
        return c < 0;
    const OfferRow &a = m_rows.at(leftRow);
    const OfferRow &b = m_rows.at(rightRow);
    if (a.usdPerGpuHour != b.usdPerGpuHour)
        return a.usdPerGpuHour < b.usdPerGpuHour;
    return a.offerId < b.offerId;
}

} // namespace gpucompare
