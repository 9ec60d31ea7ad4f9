// The widest texts of the price table's columns (issue 30's column policy, TableColumns):
// from every row, not the first screenful, so no price, age or flag is ever cut. Split from
// PriceTableModel.cpp to keep files small.

#include "DataQuality.h"
#include "PriceTableModel.h"
#include "TableColumns.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

void PriceTableModel::refreshShortGpuNames()
{
    QSet<QString> names;
    for (const OfferRow &r : std::as_const(m_rows))
        names.insert(r.gpuModel);
    m_shortGpus = ShortGpuNames(QStringList(names.cbegin(), names.cend()));
}

QStringList PriceTableModel::widestTexts(int column) const
{
    if (m_rows.isEmpty())
        return {};
    const QLocale &locale = m_locale;
    const auto dollars = [&](double value) -> QString {
        return u"$"_s + locale.toString(value, 'f', 2);
    };
    // Distinct values first (a few dozen), formatted once each.
    switch (column) {
    case Provider: {
        QSet<QString> providers;
        for (const OfferRow &r : m_rows)
            providers.insert(r.provider);
        QStringList texts;
        for (const QString &p : std::as_const(providers))
            texts << shortProviderName(p);
        return texts;
    }
    case Gpu: {
        QSet<QString> gpus;
        for (const OfferRow &r : m_rows)
            gpus.insert(r.gpuModel);
        QStringList texts;
        for (const QString &g : std::as_const(gpus))
            texts << m_shortGpus.shortName(g);
        return texts;
    }
    case Pricing: {
        QSet<QString> seen;
        QStringList texts;
        for (const OfferRow &r : m_rows) {
            const QString key = pricingModelToken(r.pricing) + u'\x1f' + r.pricingTerm;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            texts << data(index(int(&r - m_rows.constData()), Pricing), Qt::DisplayRole).toString();
        }
        return texts;
    }
    case Flags: {
        QSet<unsigned> seen;
        for (const OfferRow &r : m_rows)
            seen.insert(unsigned(r.flags));
        QStringList texts;
        for (const unsigned f : std::as_const(seen))
            texts << flagWords(f);
        return texts;
    }
    case UsdPerGpuHour:
    case UsdPerInstanceHour:
        return {dollars(largestOf(m_rows, [column](const OfferRow &r) {
            return column == UsdPerGpuHour ? r.usdPerGpuHour : r.usdPerInstanceHour.toDollars();
        }))};
    case AboveCheapest: {
        const double most =
            largestOf(m_rows, [](const OfferRow &r) { return r.percentAboveCheapest; });
        return {tr("★"), u"+"_s + locale.toString(most, 'f', 0) + u" %"_s};
    }
    case Gpus:
        return {locale.toString(
            int(largestOf(m_rows, [](const OfferRow &r) { return r.gpusPerInstance; })))};
    case ObservedOn: {
        // The oldest dated price has the most digits of age; one no longer listed the longest
        // words; the rest are the same length.
        int oldest = -1;
        int notListed = -1;
        qint64 mostDays = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            const OfferRow &r = m_rows.at(i);
            if (!r.notListedSince.isEmpty()) {
                notListed = i;
                continue;
            }
            const QDate seen = r.lastSeenDate();
            if (seen.isValid() && seen.daysTo(m_today) > mostDays) {
                mostDays = seen.daysTo(m_today);
                oldest = i;
            }
        }
        QStringList texts = {tr("undated")};
        for (const int row : {oldest, notListed}) {
            if (row >= 0)
                texts << data(index(row, ObservedOn), Qt::DisplayRole).toString();
        }
        return texts;
    }
    default:
        return {};
    }
}

} // namespace gpucompare
