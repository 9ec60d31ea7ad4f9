#pragma once

#include "OfferRow.h"

#include <QList>
#include <QVariant>
#include <functional>

namespace gpucompare {

/// The price table's order by any column at catalog scale: typed comparisons, where going
/// through QVariant per call would make a keystroke at 100,000 offers take several frames, and
/// each row's rank in one column's order kept until the rows change.
class PriceTableOrder final
{
public:
    /// What a column sorts by where no typed comparison applies (the model's SortRole).
    using SortValue = std::function<QVariant(int row, int column)>;

    /// `rows` must outlive the order (the model's own list).
    PriceTableOrder(const QList<OfferRow> &rows, SortValue sortValue);

    /// Negative, zero or positive as the left row's value in `column` (a PriceTableColumns
    /// column) is below, equal to or above the right row's.
    int compare(int leftRow, int rightRow, int column) const;
    /// Ties broken cheapest per GPU-hour first, then by offer id, so equal values keep a
    /// stable order.
    bool lessThan(int leftRow, int rightRow, int column) const;
    /// One column's order of a list of rows, computed at once on any thread (for adopt()):
    /// only columns ordered by packed keys (prices, distances, counts, dates) need no
    /// SortValue; for the others `column` comes back -1 and nothing is computed.
    struct Ranked
    {
        int column = -1;
        QList<int> ranks;
        QList<int> placed;
    };
    static Ranked rank(const QList<OfferRow> &rows, int column);
    /// Takes the order rank() computed over the rows this order now follows.
    void adopt(Ranked ranked);

    /// The rows, or what they are ordered by (prices per GPU-hour, distances to the cheapest),
    /// changed: the ranks are computed again when next asked for.
    void forget() { m_rankColumn = -1; }
    /// After `rows` changed in place (an edit of a price: its row, and the rows of its GPU whose
    /// distance to the cheapest moved): a few are taken out of the kept order and placed again
    /// by binary search, where sorting 100,000 rows again cost most of showing the edit. Many
    /// rows, or none kept yet, are the same as forget().
    void rowsChanged(const QList<int> &rows);

private:
    /// A numeric column's values packed with the tie-breakers, one small record per row: a
    /// sort at 100,000 offers compares about 1.7 million pairs, and reaching into the large
    /// OfferRow of each (a cache miss apiece) was most of its time.
    struct SortKey
    {
        double value;  ///< +infinity when empty, so empties sort after every value
        double perGpu; ///< ties: cheapest per GPU-hour first
        qint64 offerId;
    };
    static bool isPackedColumn(int column);
    static bool keyLess(const SortKey &a, const SortKey &b);
    SortKey sortKey(const OfferRow &r, int column) const;
    QList<SortKey> sortKeys(int column) const;
    /// The one order of `column` (packed keys or typed values, ties broken alike).
    bool placedBefore(int leftRow, int rightRow, int column) const;
    /// Each row's place in the order of one column (ties broken as lessThan() says), so the
    /// proxy's sort and every re-sort after a keystroke compare two integers: the first sort
    /// by a column pays for one sort of all rows, the next ones (the other direction, a
    /// refilter) reuse it until a row changes.
    const QList<int> &sortRanks(int column) const;
    bool lessThanByValue(int leftRow, int rightRow, int column) const;

    const QList<OfferRow> &m_rows;
    SortValue m_sortValue;
    mutable QList<int> m_ranks;
    mutable QList<int> m_placed; ///< the rows in m_rankColumn's order: m_ranks' inverse
    mutable int m_rankColumn = -1;
};

} // namespace gpucompare
