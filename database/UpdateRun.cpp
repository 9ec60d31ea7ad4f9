#include "UpdateRun.h"

#include "DatabaseError.h"
#include "WatchRepository.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gpucompare {

void UpdateTotals::add(const SourceReport &report)
{
    ++catalogs;
    if (report.failed()) {
        ++failed;
        failures << u"%1: %2"_s.arg(report.catalog.key(), report.error);
        return;
    }
    pricesChanged += report.pricesChanged;
    offersAdded += report.offersAdded;
    vanished += report.vanished;
    confirmed += report.confirmed;
    ratesSaved += report.ratesSaved;
}

UpdateTotals UpdateTotals::of(const QList<SourceReport> &reports)
{
    UpdateTotals totals;
    for (const SourceReport &report : reports)
        totals.add(report);
    return totals;
}

QList<SourceReport> UpdateRun::reports() const
{
    QList<SourceReport> reports;
    reports.reserve(catalogs.size());
    for (const CatalogRun &one : catalogs)
        reports.append(one.report);
    return reports;
}

QList<FetchedCatalog> UpdateRun::fetched() const
{
    QList<FetchedCatalog> fetched;
    fetched.reserve(catalogs.size());
    for (const CatalogRun &one : catalogs)
        fetched.append(one.fetched);
    return fetched;
}

bool UpdateRun::offline() const
{
    return !catalogs.isEmpty() &&
           std::all_of(catalogs.cbegin(), catalogs.cend(), [](const CatalogRun &one) {
               return one.report.failed() && !one.fetched.error.isEmpty() &&
                      one.fetched.httpStatus == 0;
           });
}

bool UpdateRun::rateLimited() const
{
    return std::any_of(catalogs.cbegin(), catalogs.cend(), [](const CatalogRun &one) {
        return one.report.failed() && one.fetched.httpStatus == 429;
    });
}

UpdateRun runCatalogs(QSqlDatabase db, const QList<CatalogSource> &catalogs,
                      const UpdateRequest &request, bool dryRun, HttpFetcher &fetcher,
                      const UpdateCallbacks &callbacks)
{
    UpdateRun run;
    QMap<QString, LastFetch> previous;
    QStringList skus;
    try {
        previous = lastFetches(db);
        skus = azureSkus(db);
    } catch (const DatabaseError &) {
        // An empty map fetches unconditionally; no SKUs leaves Azure's query unfiltered by
        // shape, which its reader copes with.
    }
    const auto cancelled = [&callbacks] {
        return callbacks.cancelled && callbacks.cancelled();
    };
    const int total = int(catalogs.size());
    qint64 before = 0; // the bytes of the catalogs already downloaded
    // No callback to call, no progress: the fetcher then polls for nothing.
    HttpFetcher::Progress progress;
    if (callbacks.cancelled || callbacks.bytes) {
        progress = [&](qint64 received, qint64) {
            if (callbacks.bytes)
                callbacks.bytes(before + received);
            return !cancelled();
        };
    }
    // Where the watches stood before: the alerts are the crossings this run caused.
    const Outcome<QList<WatchStanding>> watchesBefore =
        dryRun ? Outcome<QList<WatchStanding>>(QList<WatchStanding>())
               : watchStandings(db, request.today);
    // Every catalog of this run is one update in View › Changes: they share its start.
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const CatalogSource &catalog : catalogs) {
        if (cancelled()) {
            run.cancelled = true;
            break;
        }
        FetchedCatalog fetched = fetchForBook(catalog, request, previous, skus, fetcher, progress);
        fetched.runStartedAt = startedAt;
        before += fetched.bytes;
        if (callbacks.bytes)
            callbacks.bytes(before);
        if (cancelled()) {
            run.cancelled = true;
            break;
        }
        SourceReport report = applyCatalog(db, fetched, request.today, dryRun);
        run.totals.add(report);
        if (!dryRun)
            fetched.bodies.clear(); // applied: nothing will read them again
        run.catalogs.append({std::move(fetched), std::move(report)});
        if (callbacks.catalogDone)
            callbacks.catalogDone(int(run.catalogs.size()), total);
    }
    if (run.totals.wroteSomething())
        run.alerts = alertsSince(db, watchesBefore, request.today);
    return run;
}

QList<SourceReport> runUpdate(QSqlDatabase db, const UpdateRequest &request, bool dryRun,
                              HttpFetcher &fetcher)
{
    return runCatalogs(db, request.catalogs(), request, dryRun, fetcher).reports();
}

} // namespace gpucompare
