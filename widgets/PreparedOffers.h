#pragma once

#include "DataQuality.h"
#include "OfferRow.h"
#include "PriceTableOrder.h"
#include "PriceTableWidest.h"
#include "RegionGroupIndex.h"
#include "ShortNames.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace gpucompare {

/// How the price table annotates its rows: the day and freshness window its standings are
/// counted in, whether stale prices may be named cheapest, and which offers compete for the ★
/// (PriceTableModel::setCheapestScope). `revision` tells a worker's rows annotated under
/// settings the table has since left from rows it can show as they are.
struct TableAnnotation
{
    QDate today;
    int maxAgeDays = kDefaultMaxAgeDays;
    bool includeStale = false;
    CheapestScope scope;
    quint64 revision = 0;
    /// The column the table is sorted by (-1: none): prepareOffers() orders the rows by it.
    int sortColumn = -1;
};

/// annotateOffers() and, with a scope, markCheapest(), as the price table does.
void annotateForTable(QList<OfferRow> &rows, const TableAnnotation &annotation);

/// The offers of a book ready to be shown: annotated, with the names the filters list. Made
/// off the GUI thread after an import (OfferRowLoader), so that the window only swaps it in.
struct PreparedOffers
{
    QList<OfferRow> rows;
    TableAnnotation annotation;
    QStringList gpuNames;  ///< sorted
    QStringList providers; ///< sorted, case aside
    QStringList regions;   ///< sorted, case aside; no empty one
    QString busiestGpu;    ///< the GPU with most offers (the chart's default)
    /// What the table would otherwise compute over every row on the GUI thread as it shows
    /// them: the GPUs' short names, the region groups, the order of the sorted column and the
    /// columns' widest texts (PriceTableModel::setPreparedRows()). Empty: computed there.
    bool indexed = false;
    ShortGpuNames shortGpus;
    RegionGroupIndex::Built groups;
    PriceTableOrder::Ranked order;
    PriceTableWidest::Prepared widest;
};

/// Annotates `rows`, gathers the filters' names and computes the table's indexes: no widget,
/// no database, any thread.
PreparedOffers prepareOffers(QList<OfferRow> rows, TableAnnotation annotation);

} // namespace gpucompare
