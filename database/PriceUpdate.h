#pragma once

#include "HttpFetcher.h"
#include "ImportPlan.h"
#include "Money.h"
#include "Outcome.h"
#include "PricingModel.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace gpucompare {

/// One catalog an update reads: a SkyPilot cloud's vms.csv, Azure's Retail Prices API, or the
/// European Central Bank's euro reference rates (not prices, but fetched, dated and kept alike).
struct CatalogSource
{
    QString source; ///< "skypilot", "azure" or "ecb"
    QString cloud;  ///< the SkyPilot cloud ("lambda"); empty for Azure

    /// What offers found in this catalog are listed by ("skypilot/lambda", "azure").
    QString key() const { return cloud.isEmpty() ? source : source + u'/' + cloud; }
};

/// The SkyPilot hosted catalog (schema v8) and its mirror, and Azure's API.
namespace CatalogSources {
QString defaultSkyPilotBase(); ///< raw.githubusercontent.com/skypilot-org/...
QString skyPilotMirrorBase();  ///< the S3 mirror SkyPilot itself falls back to
QString defaultAzureBase();    ///< https://prices.azure.com
QString defaultEcbBase();      ///< https://www.ecb.europa.eu
QString ecbPath();             ///< "stats/eurofxref/eurofxref-daily.xml"
/// Every source an update reads when none is named: "skypilot", "azure", "ecb". The one list
/// `update --source all`, File › Update Prices… and the background update use.
QStringList allSources();
QStringList skyPilotClouds();               ///< every cloud of the v8 catalog
QString skyPilotPath(const QString &cloud); ///< "catalogs/v8/<cloud>/vms.csv"
} // namespace CatalogSources

/// What the user asked an update to do.
struct UpdateRequest
{
    QStringList sources = {QStringLiteral("skypilot"), QStringLiteral("azure")};
    QStringList clouds; ///< SkyPilot clouds; empty = all (with fromDir: all that are there)
    QString baseUrl;    ///< replaces the chosen source's default base (plain http allowed)
    QString fromDir;    ///< read DIR/catalogs/v8/<cloud>/vms.csv and DIR/azure/*.json instead
    QDate today = QDate::currentDate();
    /// With fromDir: the date the saved files hold prices of (default: today). A file whose
    /// date is not known is read undated, never given an invented date.
    QDate asOf;
    bool undated = false;
    /// With fromDir and one catalog: the public address the saved file is a copy of, recorded
    /// as its prices' source (a catalog at a pinned commit).
    QString sourceUrl;

    /// The catalogs this request reads, in order.
    QList<CatalogSource> catalogs() const;
};

/// A catalog as downloaded (or read from disk), before anything is written.
struct FetchedCatalog
{
    CatalogSource catalog;
    QString url;          ///< recorded as the source of its prices
    QStringList pageUrls; ///< Azure: every page read
    QList<QByteArray> bodies;
    QString etag;
    QString lastModified;
    QString validatorNote; ///< "ETag ..." or "read from an offline copy at ..."
    QString observedOn;    ///< the date its prices are recorded with; empty: undated
    bool notModified = false;
    QString error;
    /// The last HTTP status a server answered with; 0 when none answered (offline, or read
    /// from disk): how the background update tells "offline" from "the server said no".
    int httpStatus = 0;
    qint64 bytes = 0;
    /// When the update this catalog belongs to started (ISO, UTC, milliseconds): the catalogs
    /// of one run are one update in View › Changes. Empty: its own fetch is the update.
    QString runStartedAt;
};

/// One price that an update changes, for the preview.
struct PriceChange
{
    QString provider;
    QString instanceType;
    QString region;
    PricingModel pricing = PricingModel::OnDemand;
    QString gpuModel;
    Money before;
    Money after;
};

/// What an update did (or, dry, would do) to one catalog's offers: a line of the report.
struct SourceReport
{
    CatalogSource catalog;
    QString url;
    QString status; ///< "updated", "unchanged", "not-modified", "failed"
    QString error;
    qint64 bytes = 0;
    int rows = 0;
    int offersAdded = 0;
    int pricesChanged = 0;
    int confirmed = 0;
    int vanished = 0;
    int rejected = 0;
    int ambiguous = 0;
    int spotPlaceholders = 0; ///< spot prices equal to on-demand or zero: left out
    int folded = 0;     ///< hand-entered offers folded into this catalog's listing of the machine
    int ratesSaved = 0; ///< ecb: exchange rates new to the book (or corrected)
    QStringList newGpuModels;
    QMap<QString, int> unmapped; ///< accelerator names or SKUs that map to no GPU model -> rows
    QList<PriceChange> changes;  ///< sorted by the size of the change, largest first
    QStringList addedOffers;     ///< "instance in region (pricing)"
    QStringList vanishedOffers;

    bool failed() const { return status == u"failed"; }
};

/// The last fetch of each catalog as the book records it.
struct LastFetch
{
    QString fetchedAt; ///< ISO date-time, UTC
    QString status;
    QString message;
    QString etag;
    QString lastModified;
};

/// Downloads a catalog (or reads it from disk) with the product's network rules. Safe to call
/// from a worker thread. `etag`/`lastModified` are the book's, from lastFetches().
FetchedCatalog fetchCatalog(const CatalogSource &catalog, const UpdateRequest &request,
                            const QStringList &azureSkus, const QString &etag,
                            const QString &lastModified, HttpFetcher &fetcher,
                            const HttpFetcher::Progress &progress = {});

/// By CatalogSource::key(); throws DatabaseError.
QMap<QString, LastFetch> lastFetches(const QSqlDatabase &db);
/// lastFetches() without throwing: what the window shows as each catalog's last update. A book
/// whose fetches cannot be read gives the reason, and the caller shows every catalog as never
/// updated.
Outcome<QMap<QString, LastFetch>> readLastFetches(const QSqlDatabase &db);
/// The newest fetch of any catalog that did not fail (ISO date-time, UTC); empty when none.
/// A later failed fetch of the same catalog replaces its row, so this is a lower bound.
QString lastSuccessfulFetch(const QSqlDatabase &db);

/// How the book's published prices are dated, offer by offer: what the status bar tells.
/// Only observations with a source URL count, so a price the user typed in (no source) never
/// moves these figures.
struct PriceDating
{
    int undated = 0;     ///< offers whose sourced prices all lack a date (catalog snapshots)
    int dated = 0;       ///< offers with at least one dated (or confirmed) sourced price
    QString newest;      ///< the newest such date ("YYYY-MM-DD" or "YYYY-MM"); empty when none
    int handEntered = 0; ///< observations without a source: the user's own figures
};
PriceDating priceDating(const QSqlDatabase &db);
/// fetchCatalog() for a book: conditional on the validators of the catalog the book last
/// applied (`previous`, from lastFetches()), unconditional after a failed or no fetch.
FetchedCatalog fetchForBook(const CatalogSource &catalog, const UpdateRequest &request,
                            const QMap<QString, LastFetch> &previous, const QStringList &azureSkus,
                            HttpFetcher &fetcher, const HttpFetcher::Progress &progress);
/// The Azure SKUs the book's instance shapes map to GPUs: what the Azure query asks for.
QStringList azureSkus(const QSqlDatabase &db);

/// Writes one fetched catalog into the book in its own transaction: new offers, changed prices
/// as observations dated `today` with the URL and validators as source, unchanged prices
/// confirmed, offers the catalog no longer lists marked, never deleted. With dryRun nothing is
/// kept. A failure leaves the book as it was and is recorded (unless dry).
SourceReport applyCatalog(QSqlDatabase db, const FetchedCatalog &fetched, const QDate &today,
                          bool dryRun);

} // namespace gpucompare
