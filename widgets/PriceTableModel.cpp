#include "PriceTableModel.h"

#include "BookWords.h"
#include "DataQuality.h"
#include "OfferRowLookup.h"
#include "PriceTableHeaders.h"
#include "ShownCurrency.h"
#include "SourcePublisher.h"
#include "TableColumns.h"
#include "UserNumber.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QPalette>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpucompare {

PriceTableModel::PriceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_order(m_rows, [this](int row, int column) { return data(index(row, column), SortRole); })
    , m_widest(m_rows, m_shortGpus, [this](int row, int column) {
        return data(index(row, column), Qt::DisplayRole).toString();
    })
{}

void PriceTableModel::refreshShortGpuNames()
{
    QSet<QString> names;
    for (const OfferRow &r : std::as_const(m_rows))
        names.insert(r.gpuModel);
    m_shortGpus = ShortGpuNames(QStringList(names.cbegin(), names.cend()));
}

void PriceTableModel::setRows(QList<OfferRow> rows, const QDate &today)
{
    PreparedOffers prepared;
    prepared.annotation = annotation(today);
    annotateForTable(rows, prepared.annotation);
    prepared.rows = std::move(rows);
    setPreparedRows(std::move(prepared));
}

void PriceTableModel::setPreparedRows(PreparedOffers prepared)
{
    beginResetModel();
    m_rows = std::move(prepared.rows);
    rowsTouched();
    m_today = prepared.annotation.today;
    const bool asAnnotated = prepared.annotation.revision == m_annotationRevision;
    if (!asAnnotated)
        annotate(m_rows); // the filters or the window changed while the rows were read
    if (prepared.indexed) {
        // Computed with the rows on a worker: the proxy's filter and sort, and the header's
        // widths, then find them ready instead of passing over every row on the GUI thread.
        m_shortGpus = std::move(prepared.shortGpus);
        m_groups.adopt(std::move(prepared.groups));
        if (asAnnotated) {
            m_order.adopt(std::move(prepared.order));
            m_widest.adopt(std::move(prepared.widest));
        }
    } else {
        refreshShortGpuNames();
    }
    m_search.clear();
    endResetModel();
}

TableAnnotation PriceTableModel::annotation(const QDate &today) const
{
    return {today, m_maxAgeDays, m_includeStale, m_cheapestScope, m_annotationRevision};
}

void PriceTableModel::annotate(QList<OfferRow> &rows) const
{
    annotateForTable(rows, annotation(m_today));
}

void PriceTableModel::setCheapestScope(CheapestScope scope, bool includeStale)
{
    if (!scope && !m_cheapestScope && includeStale == m_includeStale)
        return; // nothing to mark again: the common case of clearing no filter
    m_cheapestScope = std::move(scope);
    m_includeStale = includeStale;
    ++m_annotationRevision;
    m_widest.forget();
    markCheapest(m_rows, m_cheapestScope, m_includeStale);
    m_order.forget(); // distances to the cheapest changed
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void PriceTableModel::updateOffers(const QList<OfferRow> &current, const QList<qint64> &gone)
{
    m_widest.forget();
    const QList<int> groupsBefore = m_groups.groups();
    bool regionMoved = false;
    QList<qint64> ids = gone;
    for (const OfferRow &row : current)
        ids.append(row.offerId);
    QHash<qint64, int> at = rowsOfOffers(m_rows, ids);

    QList<int> removed;
    QSet<QString> removedGpus;
    for (const qint64 id : gone) {
        if (const auto it = at.constFind(id); it != at.cend()) {
            removed.append(*it);
            removedGpus.insert(m_rows.at(*it).gpuModel);
        }
    }
    std::sort(removed.begin(), removed.end(), std::greater<>());
    for (const int row : std::as_const(removed)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        rowsTouched();
        m_search.rowRemoved(row);
        endRemoveRows();
    }
    if (!removed.isEmpty())
        at = rowsOfOffers(m_rows, ids);

    // A row's annotations (per-GPU price, distance to the cheapest, flags) depend only on the
    // offers of its own GPU model: annotate again just the GPU models these offers had or have.
    QSet<QString> gpus;
    for (const OfferRow &row : current) {
        gpus.insert(row.gpuModel);
        if (const auto it = at.constFind(row.offerId); it != at.cend())
            gpus.insert(m_rows.at(*it).gpuModel);
    }
    gpus.unite(removedGpus);

    struct Derived
    {
        double perGpu;
        double above;
        bool cheapest;
        unsigned flags;
        bool operator==(const Derived &) const = default;
    };
    const auto derived = [](const OfferRow &r) {
        return Derived{r.usdPerGpuHour, r.percentAboveCheapest, r.cheapestForGpu, r.flags};
    };

    QSet<int> replaced;
    QMap<int, OfferRow> replacedBefore; // by row: what the replaced rows held
    QList<OfferRow> added;
    for (const OfferRow &row : current) {
        if (const auto it = at.constFind(row.offerId); it != at.cend()) {
            regionMoved = regionMoved || m_rows.at(*it).region != row.region;
            replacedBefore.insert(*it, std::exchange(m_rows[*it], row));
            ++m_revision;
            m_search.rowReplaced(*it);
            replaced.insert(*it);
        } else {
            added.append(row);
        }
    }
    // Only rows replaced in place: the groups and the order follow them; an added or removed
    // row renumbers every row after it, and they are computed again.
    const bool inPlace = removed.isEmpty() && added.isEmpty();
    if (inPlace)
        m_groups.rowsReplaced(replacedBefore.keys(), replacedBefore.values());
    else
        rowsTouched();
    const int existing = int(m_rows.size());
    QList<int> affected; // rows of those GPU models, including the added ones at the end
    QList<Derived> before;
    const QStringList gpuList(gpus.cbegin(), gpus.cend()); // a few: no hashing per row
    for (int i = 0; i < existing; ++i) {
        if (gpuList.contains(m_rows.at(i).gpuModel)) {
            affected.append(i);
            before.append(derived(m_rows.at(i)));
        }
    }
    const auto annotateAffected = [&] {
        QList<OfferRow> subset;
        subset.reserve(affected.size());
        for (const int i : std::as_const(affected))
            subset.append(m_rows.at(i));
        annotate(subset);
        for (qsizetype k = 0; k < affected.size(); ++k)
            m_rows[affected.at(k)] = std::move(subset[k]);
    };
    if (!added.isEmpty()) {
        beginInsertRows({}, existing, existing + int(added.size()) - 1);
        m_rows.append(added);
        rowsTouched();
        for (int i = existing; i < m_rows.size(); ++i)
            affected.append(i);
        m_search.rowsAppended();
        annotateAffected();
        endInsertRows();
    } else {
        annotateAffected();
    }

    QSet<int> changedRows = replaced;
    for (qsizetype k = 0; k < before.size(); ++k) {
        if (derived(m_rows.at(affected.at(k))) != before.at(k))
            changedRows.insert(affected.at(k));
    }

    // One signal per run of neighbouring rows that changed.
    int first = -1;
    const auto flush = [&](int last) {
        if (first >= 0)
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
        first = -1;
    };
    QList<int> rows(changedRows.cbegin(), changedRows.cend());
    std::sort(rows.begin(), rows.end());
    // Prices per GPU-hour, distances and flags changed only in these rows.
    if (inPlace)
        m_order.rowsChanged(rows);
    else
        m_order.forget();
    for (qsizetype k = 0; k < rows.size(); ++k) {
        if (first < 0)
            first = rows.at(k);
        if (k + 1 == rows.size() || rows.at(k + 1) != rows.at(k) + 1)
            flush(rows.at(k));
    }
    if (regionMoved || m_groups.groups() != groupsBefore)
        Q_EMIT regionGroupsChanged();
    // A GPU the table did not list (or no longer lists) can change the others' short forms.
    const bool newGpu = std::any_of(current.cbegin(), current.cend(), [&](const OfferRow &r) {
        return !m_shortGpus.contains(r.gpuModel);
    });
    if (newGpu || !removedGpus.isEmpty()) {
        const ShortGpuNames shortBefore = m_shortGpus;
        refreshShortGpuNames();
        if (!(shortBefore == m_shortGpus) && !m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Gpu), index(rowCount() - 1, Gpu));
    }
}

int PriceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PriceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == UsdPerInstanceHour)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PriceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != UsdPerInstanceHour)
        return false;
    const QString text = value.toString();
    if (text.trimmed() == data(index, Qt::EditRole).toString())
        return false; // unchanged: no edit, no history entry
    Q_EMIT priceEditRequested(m_rows.at(index.row()).offerId, text);
    return false;
}

QVariant PriceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const OfferRow &r = m_rows.at(index.row());
    const QLocale &locale = m_locale;
    if (role == Qt::EditRole && index.column() == UsdPerInstanceHour)
        return formatUserNumber(r.usdPerInstanceHour.toDollars(), locale);
    const QDate observed = r.lastSeenDate();
    if (role == SortRole) {
        switch (index.column()) {
        case Gpus:
            return r.gpusPerInstance;
        case UsdPerInstanceHour:
            return r.usdPerInstanceHour.toDollars();
        case UsdPerGpuHour:
            return r.usdPerGpuHour;
        case AboveCheapest:
            return r.percentAboveCheapest;
        case ObservedOn:
            return observed.isValid() ? observed.toJulianDay() : 0;
        case Flags:
            return int(r.flags);
        default:
            return data(index, FullTextRole).toString().toLower();
        }
    }
    if (role == FullTextRole) {
        if (index.column() == Provider)
            return r.provider;
        if (index.column() == Gpu)
            return r.gpuModel;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Provider:
            return shortProviderName(r.provider);
        case Gpu:
            return m_shortGpus.shortName(r.gpuModel);
        case Instance:
            // The channel is part of what is sold: the same machine through a marketplace is
            // an offer of its own.
            return r.soldVia.isEmpty() ? instanceDisplayName(r.instanceType, r.perGpuRate)
                                       : tr("%1 via %2").arg(r.instanceType, r.soldVia);
        case Gpus:
            return r.gpusPerInstance;
        case Region:
            return r.region.isEmpty() ? tr("not stated") : shownRegion(r.region);
        case Pricing:
            return PriceTableWidest::shownText(r, Pricing, m_today);
        case UsdPerInstanceHour:
            return shownCurrency().text(r.usdPerInstanceHour, 2, locale);
        case UsdPerGpuHour:
            return shownCurrency().text(r.usdPerGpuHour, 2, locale);
        case AboveCheapest:
            return r.cheapestForGpu
                       ? tr("★")
                       : QString(u"+"_s + locale.toString(r.percentAboveCheapest, 'f', 0) +
                                 u" %"_s);
        case ObservedOn:
            return PriceTableWidest::shownText(r, ObservedOn, m_today);
        case Source:
            return r.sourceUrl.isEmpty() ? tr("none") : sourcePublisher(r.sourceUrl);
        case Flags:
            return flagWords(r.flags);
        case Vcpus:
            return r.vcpus ? locale.toString(*r.vcpus) : QString();
        case RamGb:
            return r.ramGb ? tr("%1 GB").arg(locale.toString(*r.ramGb, 'f', 0)) : QString();
        case Interconnect:
            return r.interconnect;
        case UsdPerPflopHour: {
            const double value = usdPerPflopHourOf(r);
            return value > 0 ? shownCurrency().text(value, 2, locale) : QString();
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Flags && r.flags) {
            QStringList lines;
            if ((r.flags & Stale) && observed.isValid()) {
                // Stale means over the window (at least a day): always the plural.
                lines << tr("Stale: last observed or confirmed %1 days ago, on %2, before the "
                            "%3-day freshness window. Shown, but never named cheapest unless "
                            "stale prices are included.")
                             .arg(m_locale.toString(observed.daysTo(m_today)),
                                  observed.toString(Qt::ISODate), m_locale.toString(m_maxAgeDays));
            }
            lines << describeFlags(r.flags & ~unsigned(Stale), m_maxAgeDays);
            if ((r.flags & SourcesDisagree) && r.otherSource) {
                const auto said = [&](const Money &price, const QString &url, const QString &on) {
                    return tr("%1 per instance-hour from %2 (%3)")
                        .arg(shownCurrency().text(price, 2, locale),
                             url.isEmpty() ? tr("no source") : sourcePublisher(url),
                             on.isEmpty() ? tr("undated") : on);
                };
                lines << tr("The offer's price: %1.")
                             .arg(said(r.usdPerInstanceHour, r.sourceUrl, r.observedOn));
                lines << tr("Another source: %1.")
                             .arg(said(r.otherSource->usdPerInstanceHour, r.otherSource->sourceUrl,
                                       r.otherSource->observedOn));
            }
            return lines.join(u'\n');
        }
        if (index.column() == UsdPerPflopHour) {
            return r.denseTflops ? tr("USD per dense PFLOP-hour: %1 per GPU-hour over the %2's "
                                      "dense peak of %3 TFLOP/s, the price of work done rather "
                                      "than of hours.")
                                       .arg(shownCurrency().text(r.usdPerGpuHour, 2, locale),
                                            r.gpuModel, locale.toString(*r.denseTflops, 'f', 1))
                                 : tr("The price book has no dense peak for %1.").arg(r.gpuModel);
        }
        if (index.column() == UsdPerGpuHour && r.cheapestForGpu) {
            const QString star =
                tr("★ The cheapest offer of %1 among those the filters show, counting "
                   "current and undated prices%2.")
                    .arg(r.gpuModel, m_includeStale ? tr(" and, as asked, stale ones") : QString());
            return shownCurrency().isUsDollars() ? star : star + u'\n' + convertedPriceTip(r, true);
        }
        if (index.column() == Source && !r.sourceUrl.isEmpty()) {
            return tr("%1\n%2\nClick to open it in the browser.")
                .arg(r.sourceUrl,
                     r.firstHand ? tr("First-hand: the provider's own page or API, or a catalog "
                                      "generated from it.")
                                 : tr("Second-hand: an aggregator's quote, a copy of a page or "
                                      "a dataset."));
        }
        if (index.column() == Pricing)
            return r.pricingTerm;
        if (index.column() == Instance && r.perGpuRate)
            return tr("A price per GPU-hour; the source names no machine. The job-cost "
                      "calculator rents whole GPUs at this rate.");
        if (index.column() == ObservedOn) {
            QStringList lines;
            lines << (r.observedOn.isEmpty() ? tr("Undated.")
                                             : tr("Price observed on %1.").arg(r.observedOn));
            if (!r.confirmedOn.isEmpty())
                lines << tr("Confirmed unchanged by a catalog update on %1.").arg(r.confirmedOn);
            if (!r.notListedSince.isEmpty())
                lines << tr("Its catalog has not listed it since %1; kept with its history.")
                             .arg(r.notListedSince);
            return lines.join(u'\n');
        }
    }
    const bool link = index.column() == Source && !r.sourceUrl.isEmpty();
    if (role == Qt::FontRole &&
        (r.cheapestForGpu || link || (r.perGpuRate && index.column() == Instance))) {
        QFont font;
        font.setBold(r.cheapestForGpu);
        font.setItalic(r.perGpuRate && index.column() == Instance); // a kind, not a name
        font.setUnderline(link); // a click opens the page (PricesPanel)
        return font;
    }
    if (role == Qt::ForegroundRole && link)
        return QGuiApplication::palette().brush(QPalette::Link);
    // A stale price is shown, greyed: known to be old, never named cheapest by default.
    if (role == Qt::ForegroundRole && r.standing == Standing::Stale)
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    if (role == Qt::ToolTipRole) {
        // Short names and text the column is too narrow for: the whole of it on hover.
        switch (index.column()) {
        case Provider:
            return r.provider;
        case Gpu:
            return r.gpuModel;
        case Instance:
        case Region:
        case Interconnect:
            return data(index, Qt::DisplayRole);
        case UsdPerInstanceHour:
        case UsdPerGpuHour:
            if (!shownCurrency().isUsDollars())
                return convertedPriceTip(r, index.column() == UsdPerGpuHour);
            break;
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Gpus:
        case Vcpus:
        case RamGb:
        case UsdPerPflopHour:
        case UsdPerInstanceHour:
        case UsdPerGpuHour:
        case AboveCheapest:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QString PriceTableModel::convertedPriceTip(const OfferRow &r, bool perGpuHour) const
{
    // A converted figure says what it was converted from, and at which day's rate.
    return tr("US$%1, at %2")
        .arg(m_locale.toString(perGpuHour ? r.usdPerGpuHour : r.usdPerInstanceHour.toDollars(), 'f',
                               2),
             shownCurrency().rateNote(m_locale));
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == kWidestTextRole)
        return m_widest.texts(section, m_today);
    if (orientation != Qt::Horizontal)
        return {};
    return priceTableHeader(section, role);
}

} // namespace gpucompare
