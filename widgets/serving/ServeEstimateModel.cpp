#include "ServeEstimateModel.h"

#include "BookWords.h"
#include "RegionGroups.h"
#include "ShownCurrency.h"
#include "TableColumns.h"

#include <QBrush>
#include <QFont>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gpucompare {

ServeEstimateModel::ServeEstimateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServeEstimateModel::setEstimates(const QList<ServeEstimate> &estimates)
{
    beginResetModel();
    m_rows.clear();
    m_regions.clear();
    const QList<int> groups = regionGroupsOf(estimates);
    QList<int> rowOfGroup;
    for (qsizetype i = 0; i < estimates.size(); ++i) {
        const int g = groups.at(i);
        if (g >= rowOfGroup.size()) { // groups are numbered in order of their first member
            rowOfGroup.append(int(m_rows.size()));
            m_rows.append(estimates.at(i));
            m_regions.append(QStringList());
        }
        m_regions[rowOfGroup.at(g)].append(estimates.at(i).region);
    }
    QSet<QString> gpus;
    for (const ServeEstimate &e : std::as_const(m_rows))
        gpus.insert(e.gpuModel);
    m_shortGpus = ShortGpuNames(QStringList(gpus.cbegin(), gpus.cend()));
    endResetModel();
}

bool ServeEstimateModel::lessThan(int leftRow, int rightRow, int column) const
{
    const ServeEstimate &a = m_rows.at(leftRow);
    const ServeEstimate &b = m_rows.at(rightRow);
    switch (column) {
    case UsdPerMillionTokens:
        // An offer the model does not fit on has no price per token: after every one that has.
        if (a.fitsInMemory != b.fitsInMemory)
            return a.fitsInMemory;
        return a.usdPerMillionTokens < b.usdPerMillionTokens;
    case TokensPerSecond:
        return a.tokensPerSecond < b.tokensPerSecond;
    case Gpus:
        return a.gpus < b.gpus;
    case UsdPerGpuHour:
        return a.usdPerGpuHour < b.usdPerGpuHour;
    case UsdPerHour:
        return a.usdPerHour < b.usdPerHour;
    case Monthly:
        return a.monthlyCostUsd.value_or(0) < b.monthlyCostUsd.value_or(0);
    case Replicas:
        return a.replicas.value_or(0) < b.replicas.value_or(0);
    case Memory:
        return a.memoryNeededGb / std::max(1e-9, a.memoryAvailableGb) <
               b.memoryNeededGb / std::max(1e-9, b.memoryAvailableGb);
    default:
        return data(index(leftRow, column), Qt::DisplayRole)
                   .toString()
                   .compare(data(index(rightRow, column), Qt::DisplayRole).toString(),
                            Qt::CaseInsensitive) < 0;
    }
}

int ServeEstimateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServeEstimateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServeEstimateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ServeEstimate &e = m_rows.at(index.row());
    const QLocale &locale = m_locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Provider:
            return shortProviderName(e.provider);
        case Gpu:
            return m_shortGpus.shortName(e.gpuModel);
        case UsdPerMillionTokens:
            if (!e.fitsInMemory)
                return tr("does not fit");
            return shownCurrency().text(e.usdPerMillionTokens, 2, locale);
        case TokensPerSecond:
            return e.measured ? tr("%1 measured").arg(locale.toString(e.tokensPerSecond, 'f', 0))
                              : locale.toString(e.tokensPerSecond, 'f', 0);
        case Gpus:
            return locale.toString(e.gpus);
        case UsdPerGpuHour:
            return shownCurrency().text(e.usdPerGpuHour, 2, locale);
        case UsdPerHour:
            return shownCurrency().text(e.usdPerHour, 2, locale);
        case Monthly:
            return e.monthlyCostUsd ? shownCurrency().text(*e.monthlyCostUsd, 0, locale)
                                    : QString();
        case Replicas:
            return e.replicas ? locale.toString(*e.replicas) : QString();
        case Bound:
            if (e.measured)
                return tr("measured");
            return e.memoryBound ? tr("memory") : tr("compute");
        case Memory:
            return tr("%1 of %2 GB")
                .arg(locale.toString(e.memoryNeededGb, 'f', 0),
                     locale.toString(e.memoryAvailableGb, 'f', 0));
        case Pricing:
            return pricingModelDisplayName(e.pricing);
        case Offer:
            return e.instanceType;
        case Region: {
            const int offers = offersInRow(index.row());
            if (offers > 1)
                return tr("%1 regions").arg(offers);
            return e.region.isEmpty() ? tr("not stated") : shownRegion(e.region);
        }
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        switch (index.column()) {
        case Provider:
            lines << e.provider; // the cell shows a short form
            break;
        case Gpu:
            lines << e.gpuModel;
            break;
        case Region:
            if (offersInRow(index.row()) > 1) {
                lines << tr("The same offer at the same cost in %1 regions: %2.")
                             .arg(offersInRow(index.row()))
                             .arg(distinctRegions(m_regions.at(index.row())).join(u", "_s));
            }
            break;
        case UsdPerMillionTokens:
        case Memory:
            lines << tr("Weights and the KV cache of a full batch need %1 GB; %2 GPUs hold %3 GB "
                        "at 90 % of their memory.")
                         .arg(locale.toString(e.memoryNeededGb, 'f', 1))
                         .arg(e.gpus)
                         .arg(locale.toString(e.memoryAvailableGb, 'f', 1));
            break;
        case Bound:
        case TokensPerSecond:
            lines << (e.measured ? tr("Your measured throughput replaces the estimate.")
                      : e.memoryBound
                          ? tr("A decode step of %1 ms is spent reading the weights and the KV "
                               "cache: more batch costs little.")
                                .arg(locale.toString(e.stepMs, 'f', 2))
                          : tr("A decode step of %1 ms is spent computing: more GPUs or a "
                               "faster GPU help.")
                                .arg(locale.toString(e.stepMs, 'f', 2)));
            break;
        case UsdPerHour:
            lines << (e.perGpuRate ? tr("%1 GPUs at %2 per GPU-hour (rented by the GPU).")
                                         .arg(e.gpusRented)
                                         .arg(shownCurrency().text(e.usdPerGpuHour, 2, locale))
                                   : tr("%1 whole machines of %2 GPUs at %3 per GPU-hour.")
                                         .arg(e.machines)
                                         .arg(e.gpusPerInstance)
                                         .arg(shownCurrency().text(e.usdPerGpuHour, 2, locale)));
            break;
        case Monthly:
        case Replicas:
            if (e.instances) {
                lines << tr("%1 replicas of %2 GPUs on %3 whole instances, 730.5 hours a month.")
                             .arg(e.replicas.value_or(0))
                             .arg(e.gpus)
                             .arg(*e.instances);
            }
            break;
        default:
            break;
        }
        lines << e.notes;
        return lines.join(u'\n');
    }
    if (role == Qt::ForegroundRole && !e.fitsInMemory &&
        (index.column() == UsdPerMillionTokens || index.column() == Memory))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole && index.row() == 0 && e.fitsInMemory) {
        QFont font; // the cheapest per token (rows arrive cheapest first)
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case UsdPerMillionTokens:
        case TokensPerSecond:
        case Gpus:
        case UsdPerGpuHour:
        case UsdPerHour:
        case Monthly:
        case Replicas:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QStringList ServeEstimateModel::widestTexts(int column) const
{
    if (m_rows.isEmpty())
        return {};
    const QLocale &l = m_locale;
    const auto largest = [&](auto value) {
        return largestOf(m_rows, value);
    };
    switch (column) {
    case Provider:
        return distinctNames(m_rows,
                             [](const ServeEstimate &e) { return shortProviderName(e.provider); });
    case Gpu:
        return distinctNames(
            m_rows, [this](const ServeEstimate &e) { return m_shortGpus.shortName(e.gpuModel); });
    case UsdPerMillionTokens:
        return {tr("does not fit"),
                shownCurrency().text(largest([](const ServeEstimate &e) {
                                         return e.fitsInMemory ? e.usdPerMillionTokens : 0.0;
                                     }),
                                     2, l)};
    case TokensPerSecond:
        return {
            tr("%1 measured")
                .arg(l.toString(largest([](const ServeEstimate &e) { return e.tokensPerSecond; }),
                                'f', 0))};
    case UsdPerGpuHour:
        return {shownCurrency().text(
            largest([](const ServeEstimate &e) { return e.usdPerGpuHour; }), 2, l)};
    case UsdPerHour:
        return {shownCurrency().text(largest([](const ServeEstimate &e) { return e.usdPerHour; }),
                                     2, l)};
    case Memory:
        return {
            tr("%1 of %2 GB")
                .arg(l.toString(largest([](const ServeEstimate &e) { return e.memoryNeededGb; }),
                                'f', 0),
                     l.toString(largest([](const ServeEstimate &e) { return e.memoryAvailableGb; }),
                                'f', 0))};
    default:
        return {};
    }
}

QVariant ServeEstimateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == kWidestTextRole)
        return widestTexts(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider:
        return tr("Provider");
    case Gpu:
        return tr("GPU");
    case UsdPerMillionTokens:
        return tr("%1/M tokens").arg(shownCurrency().symbol());
    case TokensPerSecond:
        return tr("Tokens/s");
    case Gpus:
        return tr("GPUs");
    case UsdPerGpuHour:
        return tr("%1/GPU-h").arg(shownCurrency().symbol());
    case UsdPerHour:
        return tr("Per hour");
    case Monthly:
        return tr("Per month");
    case Replicas:
        return tr("Replicas");
    case Bound:
        return tr("Bound by");
    case Memory:
        return tr("Memory");
    case Pricing:
        return tr("Pricing");
    case Offer:
        return tr("Offer");
    case Region:
        return tr("Region");
    }
    return {};
}

} // namespace gpucompare
