#pragma once

#include "CostModel.h"

#include <QDate>
#include <QSqlDatabase>

namespace gpucompare {

/// Reads what the cost model needs from a price book: current offers (priced and annotated in
/// the freshness window), GPU models with their peaks and aliases, and providers' discounts.
/// Throws DatabaseError on failure.
CostInputs readCostInputs(const QSqlDatabase &db, const Freshness &freshness);
inline CostInputs readCostInputs(const QSqlDatabase &db, const QDate &today)
{
    return readCostInputs(db, Freshness{today});
}
/// The same with offers already read (the window reads them once for both panels).
CostInputs readCostInputs(const QSqlDatabase &db, QList<OfferRow> annotatedRows);

} // namespace gpucompare
