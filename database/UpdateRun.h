#pragma once

#include "PriceUpdate.h"
#include "WatchAlerts.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace gpucompare {

/// What an update did, summed over its catalogs: the counts of those that did not fail.
struct UpdateTotals
{
    int catalogs = 0; ///< catalogs tried
    int failed = 0;   ///< of them, those that could not be read or applied
    int pricesChanged = 0;
    int offersAdded = 0;
    int vanished = 0;
    int confirmed = 0;
    int ratesSaved = 0;   ///< exchange rates new to the book (or corrected): the ecb source
    QStringList failures; ///< "skypilot/aws: HTTP 404 Not Found", in order (not translated)

    /// Counts one catalog's report; a failed one adds to `failed` and `failures` only (a
    /// failure wrote nothing, whatever counts its report kept).
    void add(const SourceReport &report);
    static UpdateTotals of(const QList<SourceReport> &reports);
    /// Whether the book's offers or prices changed (confirmations alone do not count).
    bool wroteSomething() const { return pricesChanged + offersAdded + vanished > 0; }
    /// Whether anything was written: offers, prices or exchange rates.
    bool wroteAnything() const { return wroteSomething() || ratesSaved > 0; }
};

/// What runCatalogs() tells its caller as it goes, on the thread that runs it (a worker's, in
/// the window). Each may be left empty.
struct UpdateCallbacks
{
    /// Asked before each catalog, after each download, and during every download (which it
    /// aborts): true stops the run, the catalog being downloaded not applied.
    std::function<bool()> cancelled;
    /// The bytes downloaded so far in this run, over all its catalogs, as they arrive.
    std::function<void(qint64 bytes)> bytes;
    /// After each catalog is applied (or previewed), `done` of the run's `total` catalogs.
    std::function<void(int done, int total)> catalogDone;
};

/// One catalog of a run: what was fetched and what applying it did (or, dry, would do).
struct CatalogRun
{
    FetchedCatalog fetched;
    SourceReport report;
};

/// What runCatalogs() did.
struct UpdateRun
{
    /// In the order of the catalogs asked for; a cancelled run holds those done before.
    QList<CatalogRun> catalogs;
    UpdateTotals totals;
    bool cancelled = false; ///< stopped by UpdateCallbacks::cancelled before the end
    /// The watches whose cheapest offer this run took below their threshold (none when dry).
    QList<WatchAlert> alerts;

    QList<SourceReport> reports() const;
    QList<FetchedCatalog> fetched() const;
    /// Every catalog failed without any server answering (no network, or no name server).
    bool offline() const;
    /// A server answered a failed catalog with HTTP 429 (too many requests).
    bool rateLimited() const;
};

/// The one fetch-and-apply loop of an update, for the command line, File › Update Prices… and
/// the background update: reads the book's last fetches (for conditional requests) and the
/// Azure SKUs it maps (for Azure's query), then fetches and applies each catalog in turn, each
/// in its own transaction: one that fails leaves the others applied. A book whose fetches or
/// SKUs cannot be read is fetched unconditionally, and Azure's query is left unfiltered.
/// With dryRun nothing is written, and the fetched catalogs keep their bodies, to be applied
/// later with applyCatalog() (the preview's Apply); otherwise the bodies are dropped once
/// applied. Never throws.
UpdateRun runCatalogs(QSqlDatabase db, const QList<CatalogSource> &catalogs,
                      const UpdateRequest &request, bool dryRun, HttpFetcher &fetcher,
                      const UpdateCallbacks &callbacks = {});

/// runCatalogs() for every catalog of the request (the command line's update).
QList<SourceReport> runUpdate(QSqlDatabase db, const UpdateRequest &request, bool dryRun,
                              HttpFetcher &fetcher);

} // namespace gpucompare
