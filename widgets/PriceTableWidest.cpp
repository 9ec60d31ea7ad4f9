#include "PriceTableWidest.h"

#include "BookWords.h"
#include "DataQuality.h"
#include "PriceTableColumns.h"
#include "ShownCurrency.h"
#include "TableColumns.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpucompare {

// The columns by name, as in the model.
using enum PriceTableColumns::Column;

PriceTableWidest::PriceTableWidest(const QList<OfferRow> &rows, const ShortGpuNames &shortGpus,
                                   ShownText shown)
    : m_rows(rows)
    , m_shortGpus(shortGpus)
    , m_shown(std::move(shown))
{}

QString PriceTableWidest::shownText(const OfferRow &r, int column, const QDate &today)
{
    if (column == Pricing) {
        return r.pricingTerm.isEmpty()
                   ? pricingModelDisplayName(r.pricing)
                   : QString(pricingModelDisplayName(r.pricing) + u" ("_s + r.pricingTerm + u')');
    }
    if (column != ObservedOn)
        return {};
    const QDate observed = r.lastSeenDate();
    if (!observed.isValid())
        return tr("undated");
    if (!r.notListedSince.isEmpty())
        return tr("not listed since %1").arg(r.notListedSince);
    return tr("%1 (%2 d)")
        .arg(r.confirmedOn > r.observedOn ? r.confirmedOn : r.observedOn)
        .arg(observed.daysTo(today));
}

PriceTableWidest::Prepared PriceTableWidest::prepare(const QDate &today) const
{
    Prepared prepared{today, {}};
    for (const int column : {Provider, Gpu, Pricing, Flags, AboveCheapest, Gpus, ObservedOn})
        prepared.texts.insert(column, texts(column, today));
    return prepared;
}

QStringList PriceTableWidest::texts(int column, const QDate &today) const
{
    if (m_rows.isEmpty())
        return {};
    if (m_prepared.today == today && m_prepared.today.isValid()) {
        if (const auto it = m_prepared.texts.constFind(column); it != m_prepared.texts.cend())
            return *it;
    }
    const QLocale &locale = m_locale;
    const auto dollars = [&](double value) -> QString {
        return shownCurrency().text(value, 2, locale);
    };
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
            texts << m_shown(int(&r - m_rows.constData()), Pricing);
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
            if (seen.isValid() && seen.daysTo(today) > mostDays) {
                mostDays = seen.daysTo(today);
                oldest = i;
            }
        }
        QStringList texts = {tr("undated")};
        for (const int row : {oldest, notListed}) {
            if (row >= 0)
                texts << m_shown(row, ObservedOn);
        }
        return texts;
    }
    default:
        return {};
    }
}

} // namespace gpucompare
