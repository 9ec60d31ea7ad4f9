#pragma once

#include "CostModel.h"
#include "OfferRow.h"
#include "Outcome.h"
#include "PriceBook.h"
#include "PriceBookData.h"
#include "PriceHistory.h"
#include "PriceStanding.h"
#include "PriceUpdate.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace gpucompare {

/// What the window and the command line read from and write to a price book, as outcomes
/// (issue 31): the repositories below throw DatabaseError, and it stops here, turned into the
/// sentence the user reads. Each function is one read or one transaction.
namespace book {

Outcome<QList<MarketShareSnapshot>> marketShares(const QSqlDatabase &db);
/// Every offer at its price (OfferRepository::currentRows).
Outcome<QList<OfferRow>> currentOffers(const QSqlDatabase &db, const Freshness &freshness);
/// Only these offers, for an in-place refresh after an edit.
Outcome<QList<OfferRow>> currentOffers(const QSqlDatabase &db, const QList<qint64> &offerIds,
                                       const Freshness &freshness);
/// Every observation of every offer, for the history chart.
Outcome<QList<HistoryObservation>> priceHistory(const QSqlDatabase &db);
/// The observations of these offers only (the compare view).
Outcome<QList<HistoryObservation>> priceHistory(const QSqlDatabase &db,
                                                const QList<qint64> &offerIds);
Outcome<QList<GpuModel>> gpuModels(const QSqlDatabase &db);

/// How much the book holds, for the status bar.
struct Counts
{
    int offers = 0;
    int providers = 0;
    int gpuModels = 0;
    int snapshots = 0;
};
Outcome<Counts> counts(const QSqlDatabase &db);
/// The calculators' inputs over offers the price table has annotated.
Outcome<CostInputs> costInputs(const QSqlDatabase &db, QList<OfferRow> annotatedRows);
/// The calculators' inputs read whole (the command line's estimates).
Outcome<CostInputs> costInputs(const QSqlDatabase &db, const Freshness &freshness);

/// A GPU model named by the user: its canonical name when the name or an alias matches one,
/// and every model's name, to list when none does.
struct GpuLookup
{
    std::optional<QString> name;
    QStringList names;
};
Outcome<GpuLookup> lookUpGpu(const QSqlDatabase &db, const QString &nameOrAlias);

Outcome<QList<SavedJob>> savedJobs(const QSqlDatabase &db);
Status saveJob(const QSqlDatabase &db, const SavedJob &job);
Status renameJob(const QSqlDatabase &db, const QString &from, const QString &to);
Status deleteJob(const QSqlDatabase &db, const QString &name);

/// How the book's published prices are dated (the status bar).
Outcome<PriceDating> priceDating(const QSqlDatabase &db);
/// The newest fetch of any catalog that did not fail; empty when none (or, in a book of an
/// older schema opened read-only, when it keeps no record of updates).
Outcome<QString> lastSuccessfulFetch(const QSqlDatabase &db);
/// Every record of the book, for a copy or an export.
Outcome<PriceBookData> contents(const QSqlDatabase &db);

/// SQLite's PRAGMA data_version: it changes when another connection commits; empty for a
/// closed connection or a team book (PostgreSQL has no such counter).
std::optional<qint64> dataVersion(const QSqlDatabase &db);
/// One round trip to the team book's server: false once the connection is lost.
bool connectionAlive(const QSqlDatabase &db);

} // namespace book

} // namespace gpucompare
