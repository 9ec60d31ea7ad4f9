#pragma once

#include "OfferRow.h"

#include <QList>

namespace gpucompare {

/// The groups of a table's offers that differ only by region (RegionGroups.h), numbered from 0,
/// with each group's rows: computed on first use after forget(), in one pass for 100,000 rows.
class RegionGroupIndex final
{
public:
    /// `rows` must outlive the index (the model's own list).
    explicit RegionGroupIndex(const QList<OfferRow> &rows)
        : m_rows(rows)
    {}

    /// The groups of a list of rows, computed at once on any thread (for adopt()).
    struct Built
    {
        QList<int> channelRows, groupOf, groupStart, groupMembers;
    };
    static Built build(const QList<OfferRow> &rows);
    /// Takes the groups build() computed over the rows the index now follows.
    void adopt(Built built);

    /// The rows changed: the groups are computed again when next asked for.
    void forget() { m_valid = false; }
    /// After `rows` changed in place (an edit of their prices): only they are grouped again,
    /// where grouping 100,000 rows again cost most of showing one saved price. The result is
    /// the same as forget()'s, numbers included.
    /// `before` holds the rows' former contents, in the same order.
    void rowsReplaced(const QList<int> &rows, const QList<OfferRow> &before);

    /// Every row's group, in row order.
    const QList<int> &groups() const;
    int groupOf(int row) const { return groups().at(row); }
    int count() const;
    /// The rows of one group, in row order.
    QList<int> rowsOf(int group) const;

private:
    void ensure() const;
    /// m_groupStart and m_groupMembers from m_groupOf.
    void indexMembers(int groups) const;

    const QList<OfferRow> &m_rows;
    mutable bool m_valid = false;
    mutable QList<int> m_channelRows;  ///< rows that may join a group through a channel
    mutable QList<int> m_groupOf;      ///< per row
    mutable QList<int> m_groupStart;   ///< per group, into m_groupMembers; one past the end last
    mutable QList<int> m_groupMembers; ///< rows, grouped
};

} // namespace gpucompare
