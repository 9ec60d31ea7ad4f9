#include "RegionGroupIndex.h"

#include "RegionGroups.h"

#include <algorithm>

namespace gpucompare {

void RegionGroupIndex::ensure() const
{
    if (m_valid)
        return;
    m_groupOf = regionGroupsOf(m_rows);
    const int groups =
        m_groupOf.isEmpty() ? 0 : *std::max_element(m_groupOf.cbegin(), m_groupOf.cend()) + 1;
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
    m_valid = true;
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
