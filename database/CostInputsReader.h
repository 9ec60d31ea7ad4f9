#pragma once

#include "CostModel.h"

#include <QDate>
#include <QSqlDatabase>

namespace gpucompare {

/// Reads what the cost model needs from a price book: current offers (annotated as of
/// `today`), GPU models with their peaks and aliases, and providers' discounts.
/// Throws DatabaseError on failure.
CostInputs readCostInputs(const QSqlDatabase &db, const QDate &today);
/// The same with offers already read (the window reads them once for both panels).
CostInputs readCostInputs(const QSqlDatabase &db, QList<OfferRow> annotatedRows);

} // namespace gpucompare
