#pragma once

#include "OfferRow.h"
#include "PriceStanding.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gpucompare {

/// Every offer at its price with the columns the cost model, the data-quality flags and the
/// estimate reports read, in one query, for `estimate` and `serve-estimate` over books of
/// 100,000 offers. The price is the one OfferRepository::currentRows() gives (the same standing
/// rule, currentPriceJoin()). Left empty: vCPUs, RAM and interconnect; of the other source's
/// price only its amount is read (enough for the flag; no date or URL). Derived fields are left
/// for annotateOffers().
///
/// On a SQLite book the rows come straight from SQLite's C API through the Qt connection's
/// handle: QSqlQuery gave 20 QVariants a row, and converting them was most of the read. A
/// PostgreSQL book reads the same columns through QSqlQuery. Throws DatabaseError.
QList<OfferRow> readEstimateRows(const QSqlDatabase &db, const Freshness &freshness);

/// "JOIN price_observations po ON po.id = (...)": each offer `o`'s price, the observation its
/// standing ranks first (current, else undated, else stale; the newest of each), in SQL. Binds
/// two values, both the first day of the freshness window ("YYYY-MM-DD").
QString currentPriceJoin();

} // namespace gpucompare
