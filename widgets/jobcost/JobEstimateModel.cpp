#include "JobEstimateModel.h"

#include "BookWords.h"
#include "GroupArrowIcon.h"
#include "RegionGroups.h"
#include "ShownCurrency.h"
#include "TableColumns.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gpucompare {

JobEstimateModel::JobEstimateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JobEstimateModel::setEstimates(QList<JobEstimate> estimates)
{
    beginResetModel();
    m_all = std::move(estimates);
    QSet<QString> gpus;
    for (const JobEstimate &e : std::as_const(m_all))
        gpus.insert(e.gpuModel);
    m_shortGpus = ShortGpuNames(QStringList(gpus.cbegin(), gpus.cend()));
    m_groupOfAll = regionGroupsOf(m_all);
    m_groupSize.fill(0, m_groupOfAll.isEmpty()
                            ? 0
                            : *std::max_element(m_groupOfAll.cbegin(), m_groupOfAll.cend()) + 1);
    for (const int g : std::as_const(m_groupOfAll))
        ++m_groupSize[g];
    showGroups();
    endResetModel();
}

void JobEstimateModel::showGroups()
{
    m_groupFirst.fill(-1, m_groupSize.size());
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_groupFirst.at(m_groupOfAll.at(i)) < 0)
            m_groupFirst[m_groupOfAll.at(i)] = i;
    }
    m_groupOpen.fill(0, m_groupSize.size());
    for (int g = 0; g < m_groupSize.size(); ++g) {
        m_groupOpen[g] =
            m_groupSize.at(g) > 1 && m_openGroups.contains(m_all.at(m_groupFirst.at(g)).offerId);
    }
    m_estimates.clear();
    m_groupOfRow.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const int g = m_groupOfAll.at(i);
        // The first (cheapest) estimate stands for its group; an open group shows every region.
        if (m_groupFirst.at(g) == i || m_groupOpen.at(g)) {
            m_estimates.append(m_all.at(i));
            m_groupOfRow.append(g);
        }
    }
}

int JobEstimateModel::offersInRow(int row) const
{
    const int g = m_groupOfRow.at(row);
    return m_groupOpen.at(g) ? 1 : m_groupSize.at(g);
}

bool JobEstimateModel::isInRegionGroup(int row) const
{
    return m_groupSize.at(m_groupOfRow.at(row)) > 1;
}

bool JobEstimateModel::isRegionGroupOpen(int row) const
{
    return m_groupOpen.at(m_groupOfRow.at(row));
}

void JobEstimateModel::toggleRegionGroup(int row)
{
    if (!isInRegionGroup(row))
        return;
    const qint64 identity = m_all.at(m_groupFirst.at(m_groupOfRow.at(row))).offerId;
    beginResetModel();
    if (!m_openGroups.remove(identity))
        m_openGroups.insert(identity);
    showGroups();
    endResetModel();
}

QStringList JobEstimateModel::regionsOfGroup(int group) const
{
    QStringList regions;
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_groupOfAll.at(i) == group)
            regions.append(m_all.at(i).region);
    }
    return distinctRegions(regions);
}

bool JobEstimateModel::lessThan(int leftRow, int rightRow, int column) const
{
    const JobEstimate &a = m_estimates.at(leftRow);
    const JobEstimate &b = m_estimates.at(rightRow);
    switch (column) {
    case Total:
    case AboveCheapest:
        return a.totalUsd < b.totalUsd;
    case WallDays:
        return a.wallDays < b.wallDays;
    case UsdPerGpuHour:
        return a.usdPerGpuHour < b.usdPerGpuHour;
    case GpusRented:
        return a.gpusRented < b.gpusRented;
    case GpuHours:
        return a.gpuHours < b.gpuHours;
    case Provider:
        return a.provider.compare(b.provider, Qt::CaseInsensitive) < 0;
    case Gpu:
        return a.gpuModel.compare(b.gpuModel, Qt::CaseInsensitive) < 0;
    default:
        return QVariant::compare(data(index(leftRow, column), SortRole),
                                 data(index(rightRow, column), SortRole)) == QPartialOrdering::Less;
    }
}

int JobEstimateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_estimates.size());
}

int JobEstimateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobEstimateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const JobEstimate &e = m_estimates.at(index.row());
    const QLocale &locale = m_locale;
    if (role == SortRole) {
        switch (index.column()) {
        case UsdPerGpuHour:
            return e.usdPerGpuHour;
        case GpusRented:
            return e.gpusRented;
        case GpuHours:
            return e.gpuHours;
        case WallDays:
            return e.wallDays;
        case Total:
        case AboveCheapest:
            return e.totalUsd;
        case Memory:
            return e.modelStateGbPerGpu.value_or(0);
        case BudgetBuys:
            return e.budgetTokens ? *e.budgetTokens : e.budgetGpuHours.value_or(0);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Provider:
            return shortProviderName(e.provider);
        case Offer:
            return e.instanceType; // "per-GPU rate" for offers rented by the GPU
        case Gpu:
            return m_shortGpus.shortName(e.gpuModel);
        case Pricing:
            return pricingModelDisplayName(e.pricing);
        case Region:
            if (isInRegionGroup(index.row()) && !isRegionGroupOpen(index.row()))
                return tr("%1 regions").arg(offersInRow(index.row()));
            return e.region.isEmpty() ? tr("not stated") : shownRegion(e.region);
        case UsdPerGpuHour:
            return shownCurrency().text(e.usdPerGpuHour, 2, locale);
        case GpusRented:
            return locale.toString(e.gpusRented);
        case GpuHours:
            return locale.toString(e.gpuHours, 'f', 0);
        case WallDays:
            return locale.toString(e.wallDays, 'f', 1);
        case Total:
            return shownCurrency().text(e.totalUsd, 0, locale);
        case AboveCheapest:
            return e.aboveCheapestUsd == 0
                       ? tr("★ cheapest")
                       : QString(u"+"_s + locale.toString(e.aboveCheapestPercent, 'f', 0) +
                                 u" %"_s);
        case Memory:
            if (!e.modelStateGbPerGpu)
                return tr("n/a");
            return e.fitsInMemory ? tr("fits") : tr("too small");
        case BudgetBuys:
            if (e.budgetTokens)
                return tr("%1 tokens").arg(formatQuantity(*e.budgetTokens, locale));
            if (e.budgetGpuHours)
                return tr("%1 GPU-h").arg(locale.toString(*e.budgetGpuHours, 'f', 0));
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Region && isInRegionGroup(index.row())) {
        return groupArrowIcon(isRegionGroupOpen(index.row()));
    }
    if (role == Qt::ToolTipRole && index.column() == Region && isInRegionGroup(index.row())) {
        if (isRegionGroupOpen(index.row())) {
            return tr("One of the regions where this offer costs the same. Click to show them "
                      "as one row again.");
        }
        return tr("The same offer at the same cost in %1 regions: %2. Click to show each "
                  "region.")
            .arg(offersInRow(index.row()))
            .arg(regionsOfGroup(m_groupOfRow.at(index.row())).join(u", "_s));
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (index.column() == Provider)
            lines << e.provider; // the cell shows a short form
        if (index.column() == Gpu)
            lines << e.gpuModel;
        if (index.column() == UsdPerGpuHour && e.discountPercent != 0) {
            lines << tr("List price %1 less your %2 % discount")
                         .arg(shownCurrency().text(e.listedUsdPerGpuHour, 2, locale),
                              locale.toString(e.discountPercent));
        }
        if (index.column() == Memory && e.modelStateGbPerGpu) {
            lines << tr("Model state %1 GB per GPU (16 bytes per parameter, sharded over %2 "
                        "GPUs) against %3 GB; activations come on top.")
                         .arg(locale.toString(*e.modelStateGbPerGpu, 'f', 1))
                         .arg(e.gpusRented)
                         .arg(e.gpuMemoryGb ? locale.toString(*e.gpuMemoryGb) : tr("unknown"));
        }
        if (index.column() == Total) {
            lines << tr("GPUs %1 + storage %2 + egress %3")
                         .arg(shownCurrency().text(e.gpuCostUsd, 0, locale),
                              shownCurrency().text(e.storageCostUsd, 0, locale),
                              shownCurrency().text(e.egressCostUsd, 0, locale));
            if (!shownCurrency().isUsDollars())
                lines << shownCurrency().rateNote(locale);
            if (e.pricing == PricingModel::Spot) {
                lines << tr("Spot: the GPU-hours include the job's spot interruption overhead, "
                            "so a lower hourly price can cost more in total.");
            }
        }
        lines << e.notes;
        return lines.join(u'\n');
    }
    if (role == Qt::ForegroundRole && index.column() == Memory && !e.fitsInMemory)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole && e.aboveCheapestUsd == 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Total:
        case WallDays:
        case UsdPerGpuHour:
        case GpusRented:
        case GpuHours:
        case AboveCheapest:
        case BudgetBuys:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QStringList JobEstimateModel::widestTexts(int column) const
{
    if (m_estimates.isEmpty())
        return {};
    const QLocale &l = m_locale;
    const auto largest = [&](auto value) {
        return largestOf(m_estimates, value);
    };
    switch (column) {
    case Provider:
        return distinctNames(m_estimates,
                             [](const JobEstimate &e) { return shortProviderName(e.provider); });
    case Gpu:
        return distinctNames(m_estimates, [this](const JobEstimate &e) {
            return m_shortGpus.shortName(e.gpuModel);
        });
    case Total:
        return {
            shownCurrency().text(largest([](const JobEstimate &e) { return e.totalUsd; }), 0, l)};
    case WallDays:
        return {l.toString(largest([](const JobEstimate &e) { return e.wallDays; }), 'f', 1)};
    case UsdPerGpuHour:
        return {shownCurrency().text(largest([](const JobEstimate &e) { return e.usdPerGpuHour; }),
                                     2, l)};
    case GpusRented:
        return {l.toString(int(largest([](const JobEstimate &e) { return e.gpusRented; })))};
    case GpuHours:
        return {l.toString(largest([](const JobEstimate &e) { return e.gpuHours; }), 'f', 0)};
    case AboveCheapest:
        return {tr("★ cheapest"),
                u"+"_s +
                    l.toString(largest([](const JobEstimate &e) { return e.aboveCheapestPercent; }),
                               'f', 0) +
                    u" %"_s};
    case Memory:
        return {tr("fits"), tr("too small"), tr("n/a")};
    default:
        return {};
    }
}

QVariant JobEstimateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == kWidestTextRole)
        return widestTexts(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider:
        return tr("Provider");
    case Offer:
        return tr("Offer");
    case Gpu:
        return tr("GPU");
    case Pricing:
        return tr("Pricing");
    case Region:
        return tr("Region");
    case UsdPerGpuHour:
        return tr("%1/GPU-h").arg(shownCurrency().symbol());
    case GpusRented:
        return tr("GPUs");
    case GpuHours:
        return tr("GPU-hours");
    case WallDays:
        return tr("Days");
    case Total:
        return tr("Total");
    case AboveCheapest:
        return tr("vs cheapest");
    case Memory:
        return tr("Memory");
    case BudgetBuys:
        return tr("Budget buys");
    }
    return {};
}

} // namespace gpucompare
