#pragma once

#include "CostModel.h"
#include "OfferRow.h"
#include "ServingModel.h"

#include <QList>
#include <QStringList>

namespace gpucompare {

/// A catalog lists one machine at one price in many regions (AWS: 17 for a p5). The tables show
/// such offers as one row, "17 regions", so the regions do not push every other offer out of
/// sight. Two offers share a group when everything the tables show about them but the region
/// is the same: provider, GPU, machine (or per-GPU rate), GPU count, pricing and term, price
/// and the date it was seen; two estimates when they also cost and take the same.
///
/// Offers also share a group when they are one machine reached through different channels: a
/// marketplace's offer of a provider's machine (OfferRow::soldVia) joins that provider's own
/// listing of it (provider, GPU, GPU count and pricing; not when the provider lists two machine
/// types that fit), whatever the prices; the table then shows the group's cheapest member.
///
/// Each function numbers the groups from 0 in order of their first member, so the same list
/// always gives the same numbers, and two lists with the same partition give equal results.
QList<int> regionGroupsOf(const QList<OfferRow> &rows);
/// Whether two offers share a group by what the tables show of them (all but the region), the
/// first rule above; the second, a machine reached through several channels, needs every row.
bool sameRegionGroup(const OfferRow &a, const OfferRow &b);
/// Whether the offer is a marketplace's resale of a machine, which may join its owner's group
/// (the second rule): where the table holds one, only regionGroupsOf() over all rows decides.
bool joinsThroughChannel(const OfferRow &r);
/// Whether two offers are one machine for the second rule (provider, GPU, GPU count, pricing).
bool sameMachine(const OfferRow &a, const OfferRow &b);
QList<int> regionGroupsOf(const QList<JobEstimate> &estimates);
QList<int> regionGroupsOf(const QList<ServeEstimate> &estimates);

/// One line of a text table per group: the index of the group's first estimate (its cheapest,
/// as estimates come sorted) and its Region cell: "3 regions", "2 offers" for one machine
/// through several channels, or the region ("-" when not stated).
struct TableLine
{
    qsizetype estimate = 0;
    QString region;
};
QList<TableLine> tableLinesOf(const QList<JobEstimate> &estimates);
QList<TableLine> tableLinesOf(const QList<ServeEstimate> &estimates);

/// The regions of a group's members as a sorted list without repeats; "not stated" regions
/// are left out (the count says how many rows there are).
QStringList distinctRegions(QStringList regions);

} // namespace gpucompare
