#include "OfferSearchIndex.h"

namespace gpucompare {

namespace {

QString haystackOf(const OfferRow &r)
{
    // U+001F between fields, so a search never matches across two of them.
    return QString(r.provider + u'\x1f' + r.gpuModel + u'\x1f' + r.instanceType + u'\x1f' +
                   r.region + u'\x1f' + r.pricingTerm)
        .toCaseFolded();
}

} // namespace

bool OfferSearchIndex::contains(int row, const QString &foldedNeedle) const
{
    if (m_haystacks.size() != m_rows.size()) {
        m_haystacks.clear();
        m_haystacks.reserve(m_rows.size());
        for (const OfferRow &r : m_rows)
            m_haystacks.append(haystackOf(r));
    }
    return m_haystacks.at(row).contains(foldedNeedle);
}

void OfferSearchIndex::rowRemoved(int row)
{
    if (!m_haystacks.isEmpty())
        m_haystacks.removeAt(row);
}

void OfferSearchIndex::rowReplaced(int row)
{
    if (!m_haystacks.isEmpty())
        m_haystacks[row] = haystackOf(m_rows.at(row));
}

void OfferSearchIndex::rowsAppended()
{
    if (m_haystacks.isEmpty())
        return;
    for (qsizetype i = m_haystacks.size(); i < m_rows.size(); ++i)
        m_haystacks.append(haystackOf(m_rows.at(i)));
}

} // namespace gpucompare
