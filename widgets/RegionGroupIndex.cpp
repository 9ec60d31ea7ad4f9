#include "RegionGroupIndex.h"

#include "RegionGroups.h"

#include <algorithm>

namespace gpucompare {

void RegionGroupIndex::ensure() const
{
    if (m_valid)
        return;
    m_groupOf = regionGroupsOf(m_rows);
    m_channelRows.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (joinsThroughChannel(m_rows.at(row)))
            m_channelRows.append(row);
    }
    const int groups =
        m_groupOf.isEmpty() ? 0 : *std::max_element(m_groupOf.cbegin(), m_groupOf.cend()) + 1;
    indexMembers(groups);
    m_valid = true;
}

RegionGroupIndex::Built RegionGroupIndex::build(const QList<OfferRow> &rows)
{
    const RegionGroupIndex index(rows);
    index.ensure();
    return {std::move(index.m_channelRows), std::move(index.m_groupOf),
            std::move(index.m_groupStart), std::move(index.m_groupMembers)};
}

void RegionGroupIndex::adopt(Built built)
{
    m_channelRows = std::move(built.channelRows);
    m_groupOf = std::move(built.groupOf);
    m_groupStart = std::move(built.groupStart);
    m_groupMembers = std::move(built.groupMembers);
    m_valid = m_groupOf.size() == m_rows.size();
}

void RegionGroupIndex::indexMembers(int groups) const
{
    // Members by a counting sort: one allocation, not one list per group.
    m_groupStart.fill(0, groups + 1);
    for (const int g : std::as_const(m_groupOf))
        ++m_groupStart[g + 1];
    for (int g = 0; g < groups; ++g)
        m_groupStart[g + 1] += m_groupStart[g];
    m_groupMembers.resize(m_groupOf.size());
    QList<int> next(m_groupStart.cbegin(), m_groupStart.cend() - 1);
    for (int row = 0; row < m_groupOf.size(); ++row)
        m_groupMembers[next[m_groupOf.at(row)]++] = row;
}

void RegionGroupIndex::rowsReplaced(const QList<int> &rows, const QList<OfferRow> &before)
{
    // Each row placed again is one pass of cheap comparisons over the rows; past a few, all
    // are grouped again when next asked for. So are they where a marketplace's channel of the
    // same machine may join groups (the second rule, over every row of that machine).
    constexpr qsizetype kMostRegroupedInPlace = 16;
    if (!m_valid || rows.isEmpty())
        return;
    const auto channelMayJoin = [this](const OfferRow &r) {
        return joinsThroughChannel(r) ||
               std::any_of(m_channelRows.cbegin(), m_channelRows.cend(),
                           [&](int channel) { return sameMachine(m_rows.at(channel), r); });
    };
    bool regroupAll = rows.size() > kMostRegroupedInPlace || m_groupOf.size() != m_rows.size() ||
                      before.size() != rows.size();
    for (qsizetype k = 0; k < rows.size() && !regroupAll; ++k)
        regroupAll = channelMayJoin(before.at(k)) || channelMayJoin(m_rows.at(rows.at(k)));
    if (regroupAll) {
        forget();
        return;
    }
    for (const int row : rows)
        m_groupOf[row] = -1;
    int groups = count();
    for (const int row : rows) {
        if (m_groupOf.at(row) >= 0)
            continue; // listed twice
        // The group of any other row it now matches (the rule is an equivalence), else a new one.
        const OfferRow &changed = m_rows.at(row);
        int group = -1;
        for (int other = 0; other < m_rows.size() && group < 0; ++other) {
            if (m_groupOf.at(other) >= 0 && sameRegionGroup(m_rows.at(other), changed))
                group = m_groupOf.at(other);
        }
        m_groupOf[row] = group >= 0 ? group : groups++;
    }
    // Numbered again in order of each group's first member, as regionGroupsOf() numbers them:
    // the same rows give the same numbers whichever way they were grouped.
    QList<int> number(groups, -1);
    int numbered = 0;
    for (int &g : m_groupOf) {
        if (number.at(g) < 0)
            number[g] = numbered++;
        g = number.at(g);
    }
    indexMembers(numbered);
}

const QList<int> &RegionGroupIndex::groups() const
{
    ensure();
    return m_groupOf;
}

int RegionGroupIndex::count() const
{
    ensure();
    return int(m_groupStart.size()) - 1;
}

QList<int> RegionGroupIndex::rowsOf(int group) const
{
    ensure();
    return QList<int>(m_groupMembers.cbegin() + m_groupStart.at(group),
                      m_groupMembers.cbegin() + m_groupStart.at(group + 1));
}

} // namespace gpucompare
