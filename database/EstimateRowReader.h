#pragma once

#include "OfferRow.h"
#include "PriceStanding.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

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

/// Which columns readCurrentRows() fills: the estimates' (above), or every field of an
/// OfferRow the price table shows (vCPUs, RAM, interconnect, the published price and the other
/// source's date and URL too).
enum class RowColumns
{
    Estimate,
    Table
};
/// How the rows are read: through SQLite's C API when the book is a SQLite file (else
/// QSqlQuery), or through QSqlQuery always (the reference the C API's rows are tested against).
enum class RowPath
{
    Fastest,
    QSqlQuery
};
struct CurrentRowsOptions
{
    RowColumns columns = RowColumns::Table;
    /// Only these offers (those that still exist); every offer when empty.
    std::optional<QList<qint64>> offerIds;
    RowPath path = RowPath::Fastest;
};
/// Every offer (or those of options.offerIds) at its price, by offer id: the rows
/// OfferRepository::currentRows() gives and the estimates read, one query, one mapping of its
/// columns for both paths. Texts that repeat (regions, dates, sources, terms) share one QString
/// per distinct value. Derived fields are left for annotateOffers(). Throws DatabaseError.
QList<OfferRow> readCurrentRows(const QSqlDatabase &db, const Freshness &freshness,
                                const CurrentRowsOptions &options);

/// "JOIN price_observations po ON po.id = (...)": each offer `o`'s price, the observation its
/// standing ranks first (current, else undated, else stale; the newest of each), in SQL: the
/// rule readCurrentRows() applies in C++, stated once in SQL for the tests to check it against.
/// Binds two values, both the first day of the freshness window ("YYYY-MM-DD").
QString currentPriceJoin();

} // namespace gpucompare
