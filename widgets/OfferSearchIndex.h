#pragma once

#include "OfferRow.h"

#include <QList>
#include <QStringList>

namespace gpucompare {

/// What the price table's search looks in: per row its provider, GPU, instance, region and
/// pricing term, case-folded once. Built on the first search, not on every load; once built it
/// follows the rows' changes, so a keystroke at 100,000 offers folds no row again.
class OfferSearchIndex final
{
public:
    /// `rows` must outlive the index (the model's own list).
    explicit OfferSearchIndex(const QList<OfferRow> &rows)
        : m_rows(rows)
    {}

    /// Whether row `row` contains `foldedNeedle`, which must already be case-folded
    /// (QString::toCaseFolded).
    bool contains(int row, const QString &foldedNeedle) const;

    /// Every row changed: the index is built again on the next search.
    void clear() { m_haystacks.clear(); }
    /// After the rows changed so: keeps a built index in step (an index not built yet stays so).
    void rowRemoved(int row);
    void rowReplaced(int row);
    void rowsAppended();

private:
    const QList<OfferRow> &m_rows;
    /// Empty until the first search, else one per row.
    mutable QStringList m_haystacks;
};

} // namespace gpucompare
