#include "OfferFilterProxyModel.h"

#include "GroupArrowIcon.h"
#include "PriceTableModel.h"
#include "RegionGroups.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

OfferFilterProxyModel::OfferFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PriceTableModel::SortRole);
}

void OfferFilterProxyModel::setGpu(const QString &gpu)
{
    m_gpu = gpu;
    refilter();
}
void OfferFilterProxyModel::setProvider(const QString &provider)
{
    m_provider = provider;
    refilter();
}
void OfferFilterProxyModel::setPricing(const QString &token)
{
    m_pricing = token;
    refilter();
}
void OfferFilterProxyModel::setRegion(const QString &region)
{
    m_region = region;
    refilter();
}
void OfferFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed().toCaseFolded();
    refilter();
}

bool OfferFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const PriceTableModel *>(sourceModel());
    return model->lessThan(left.row(), right.row(), left.column());
}

void OfferFilterProxyModel::refilter()
{
    m_acceptedValid = false;
    // A full invalidate, not invalidateRowsFilter(): the latter announces every removed and
    // inserted range separately, and the view's per-range bookkeeping made one keystroke at
    // 100,000 offers take over a second (measured by price_table_benchmark).
    invalidate();
}

void OfferFilterProxyModel::setShowNotListed(bool show)
{
    if (show == m_showNotListed)
        return;
    m_showNotListed = show;
    refilter();
}

void OfferFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (auto *old = qobject_cast<PriceTableModel *>(sourceModel()))
        disconnect(old, &PriceTableModel::regionGroupsChanged, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    m_acceptedValid = false;
    if (auto *prices = qobject_cast<PriceTableModel *>(model))
        connect(prices, &PriceTableModel::regionGroupsChanged, this, [this] { refilter(); });
}

void OfferFilterProxyModel::setGroupRegions(bool group)
{
    if (group == m_groupRegions)
        return;
    m_groupRegions = group;
    refilter();
}

bool OfferFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    ensureAccepted();
    return m_accepted.at(sourceRow);
}

qint64 OfferFilterProxyModel::groupIdentity(int group) const
{
    const auto *model = static_cast<const PriceTableModel *>(sourceModel());
    return model->rowAt(model->regionGroupRows(group).constFirst()).offerId;
}

void OfferFilterProxyModel::ensureAccepted() const
{
    const auto *model = static_cast<const PriceTableModel *>(sourceModel());
    if (m_acceptedValid && m_acceptedRevision == model->revision())
        return;
    const int rows = model->rowCount();
    // Typing on in the search field only narrows: a row that failed the shorter text fails
    // the longer one, so only the rows that passed are searched again.
    const FilterState state{m_gpu,  m_provider,      m_pricing,        m_region,
                            m_text, m_showNotListed, model->revision()};
    const bool narrowing = m_passed.size() == rows && state.sameButText(m_passedState) &&
                           state.text.contains(m_passedState.text);
    m_passed.resize(rows);
    for (int row = 0; row < rows; ++row)
        m_passed[row] = (!narrowing || m_passed.at(row)) && passesFilters(row);
    m_passedState = state;

    m_accepted.fill(0, rows);
    m_passing = 0;
    if (!m_groupRegions) {
        m_passingInGroup.clear();
        m_groupOpen.clear();
        for (int row = 0; row < rows; ++row) {
            m_accepted[row] = m_passed.at(row);
            m_passing += m_passed.at(row);
        }
    } else {
        const int groups = model->regionGroupCount();
        m_passingInGroup.fill(0, groups);
        m_groupOpen.fill(0, groups);
        if (!m_openGroups.isEmpty()) {
            for (int g = 0; g < groups; ++g)
                m_groupOpen[g] = m_openGroups.contains(groupIdentity(g));
        }
        // The cheapest passing member stands for the group (the first, where all cost the
        // same, as a region group's do); an open group shows them all.
        QList<int> standing(groups, -1);
        for (int row = 0; row < rows; ++row) {
            if (!m_passed.at(row))
                continue;
            ++m_passing;
            const int g = model->regionGroup(row);
            ++m_passingInGroup[g];
            const int best = standing.at(g);
            if (best < 0 || model->rowAt(row).usdPerGpuHour < model->rowAt(best).usdPerGpuHour)
                standing[g] = row;
        }
        for (int row = 0; row < rows; ++row) {
            if (!m_passed.at(row))
                continue;
            const int g = model->regionGroup(row);
            m_accepted[row] = m_groupOpen.at(g) || standing.at(g) == row;
        }
    }
    m_acceptedRevision = model->revision();
    m_acceptedValid = true;
}

int OfferFilterProxyModel::matchingOfferCount() const
{
    ensureAccepted();
    return m_passing;
}

int OfferFilterProxyModel::groupOfProxyRow(int proxyRow) const
{
    const auto *model = static_cast<const PriceTableModel *>(sourceModel());
    return model->regionGroup(mapToSource(index(proxyRow, 0)).row());
}

int OfferFilterProxyModel::offersInRow(int proxyRow) const
{
    ensureAccepted();
    if (!m_groupRegions)
        return 1;
    const int g = groupOfProxyRow(proxyRow);
    return m_groupOpen.at(g) ? 1 : m_passingInGroup.at(g);
}

bool OfferFilterProxyModel::isInRegionGroup(int proxyRow) const
{
    ensureAccepted();
    return m_groupRegions && m_passingInGroup.at(groupOfProxyRow(proxyRow)) > 1;
}

bool OfferFilterProxyModel::isRegionGroupOpen(int proxyRow) const
{
    ensureAccepted();
    return m_groupRegions && m_groupOpen.at(groupOfProxyRow(proxyRow));
}

void OfferFilterProxyModel::toggleRegionGroup(int proxyRow)
{
    if (!isInRegionGroup(proxyRow))
        return;
    const qint64 identity = groupIdentity(groupOfProxyRow(proxyRow));
    if (!m_openGroups.remove(identity))
        m_openGroups.insert(identity);
    refilter();
}

QStringList OfferFilterProxyModel::regionsInRow(int proxyRow) const
{
    const auto *model = static_cast<const PriceTableModel *>(sourceModel());
    const int sourceRow = mapToSource(index(proxyRow, 0)).row();
    if (offersInRow(proxyRow) <= 1)
        return distinctRegions({model->rowAt(sourceRow).region});
    QStringList regions;
    for (const int row : model->regionGroupRows(model->regionGroup(sourceRow))) {
        if (passesFilters(row))
            regions.append(model->rowAt(row).region);
    }
    return distinctRegions(regions);
}

QStringList OfferFilterProxyModel::channelsInRow(int proxyRow) const
{
    const auto *model = static_cast<const PriceTableModel *>(sourceModel());
    const int sourceRow = mapToSource(index(proxyRow, 0)).row();
    QStringList channels;
    for (const int row : model->regionGroupRows(model->regionGroup(sourceRow))) {
        if (!passesFilters(row))
            continue;
        const OfferRow &r = model->rowAt(row);
        const QString channel =
            r.soldVia.isEmpty() ? tr("%1 directly").arg(r.provider) : tr("via %1").arg(r.soldVia);
        if (!channels.contains(channel))
            channels.append(channel);
    }
    return channels;
}

QVariant OfferFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.column() != PriceTableModel::Region || !m_groupRegions || !index.isValid() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole))
        return QSortFilterProxyModel::data(index, role);
    if (!isInRegionGroup(index.row()))
        return QSortFilterProxyModel::data(index, role);
    const bool open = isRegionGroupOpen(index.row());
    if (role == Qt::DecorationRole) {
        return groupArrowIcon(open);
    }
    const int offers = offersInRow(index.row());
    const QStringList channels = channelsInRow(index.row());
    if (channels.size() > 1) {
        // One machine from its owner and through marketplaces, at their own prices.
        if (role == Qt::DisplayRole) {
            return open ? QSortFilterProxyModel::data(index, role)
                        : QVariant(tr("%1 offers").arg(offers));
        }
        return open ? tr("One way to rent this machine. Click to show the cheapest only.")
                    : tr("The same machine, %1 offers: %2. The cheapest is shown; click to "
                         "show each.")
                          .arg(offers)
                          .arg(channels.join(u", "_s));
    }
    if (role == Qt::DisplayRole) {
        return open ? QSortFilterProxyModel::data(index, role)
                    : QVariant(tr("%1 regions").arg(offers));
    }
    const QStringList regions = regionsInRow(index.row());
    const QString list = regions.size() > 24
                             ? QStringList(regions.mid(0, 24)).join(u", "_s) + u", …"_s
                             : regions.join(u", "_s);
    return open ? tr("One of the regions with this machine at this price. Click to show them "
                     "as one row again.")
                : tr("The same machine at the same price in %1 regions: %2. Click to show "
                     "each region.")
                      .arg(offers)
                      .arg(list);
}

CheapestScope OfferFilterProxyModel::cheapestScope() const
{
    if (m_provider.isEmpty() && m_pricing.isEmpty() && m_region.isEmpty())
        return {};
    return [provider = m_provider, pricing = m_pricing, region = m_region](const OfferRow &r) {
        return (provider.isEmpty() || r.provider == provider) &&
               (pricing.isEmpty() || pricingModelToken(r.pricing) == pricing) &&
               (region.isEmpty() || r.region == region);
    };
}

bool OfferFilterProxyModel::passesFilters(int sourceRow) const
{
    const auto *model = static_cast<const PriceTableModel *>(sourceModel());
    const OfferRow &r = model->rowAt(sourceRow);
    if (!m_showNotListed && !r.notListedSince.isEmpty())
        return false;
    if (!m_gpu.isEmpty() && r.gpuModel != m_gpu)
        return false;
    if (!m_provider.isEmpty() && r.provider != m_provider)
        return false;
    if (!m_pricing.isEmpty() && pricingModelToken(r.pricing) != m_pricing)
        return false;
    if (!m_region.isEmpty() && r.region != m_region)
        return false;
    if (!m_text.isEmpty() && !model->rowContains(sourceRow, m_text))
        return false;
    return true;
}

} // namespace gpucompare
