#include "PriceUpdate.h"

#include "AzureRetailPrices.h"
#include "BookDocuments.h"
#include "BookIds.h"
#include "CatalogImport.h"
#include "EcbReferenceRates.h"
#include "ExchangeRateRepository.h"
#include "GpuModelRepository.h"
#include "OfferFolding.h"
#include "OfferRepository.h"
#include "ProviderRepository.h"
#include "SqlStatements.h"
#include "Translated.h"
#include "UpdateChangeRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::PriceUpdate", text);
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith('<') || head.contains("<html");
}

} // namespace

QMap<QString, LastFetch> lastFetches(const QSqlDatabase &db)
{
    QMap<QString, LastFetch> fetches;
    QSqlQuery q = execPrepared(db, u"SELECT source, cloud, fetched_at, status, message, etag, "
                                   "last_modified FROM catalog_fetches"_s);
    while (q.next()) {
        const CatalogSource source{q.value(0).toString(), q.value(1).toString()};
        fetches.insert(source.key(),
                       {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                        q.value(5).toString(), q.value(6).toString()});
    }
    return fetches;
}

Outcome<QMap<QString, LastFetch>> readLastFetches(const QSqlDatabase &db)
{
    try {
        return lastFetches(db);
    } catch (const DatabaseError &e) {
        return Outcome<QMap<QString, LastFetch>>::failure(e.message());
    }
}

QString lastSuccessfulFetch(const QSqlDatabase &db)
{
    QSqlQuery q =
        execPrepared(db, u"SELECT max(fetched_at) FROM catalog_fetches WHERE status <> 'failed'"_s);
    return q.next() ? q.value(0).toString() : QString();
}

PriceDating priceDating(const QSqlDatabase &db)
{
    PriceDating dating;
    // Per offer, the newest date its sourced prices were seen on: an update's confirmation of
    // an unchanged price dates it as much as a new observation does.
    QSqlQuery q = execPrepared(
        db, u"SELECT coalesce(sum(CASE WHEN seen = '' THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(CASE WHEN seen <> '' THEN 1 ELSE 0 END), 0), max(seen) "
            "FROM (SELECT offer_id, max(CASE WHEN confirmed_on > observed_on THEN confirmed_on "
            "ELSE observed_on END) AS seen FROM price_observations WHERE source_url <> '' "
            "GROUP BY offer_id) AS per_offer"_s);
    if (q.next()) {
        dating.undated = q.value(0).toInt();
        dating.dated = q.value(1).toInt();
        dating.newest = q.value(2).toString();
    }
    QSqlQuery own =
        execPrepared(db, u"SELECT count(*) FROM price_observations WHERE source_url = ''"_s);
    if (own.next())
        dating.handEntered = own.value(0).toInt();
    return dating;
}

QStringList azureSkus(const QSqlDatabase &db)
{
    QStringList skus;
    QSqlQuery q =
        execPrepared(db,
                     u"SELECT s.instance_type FROM instance_shapes s JOIN providers p ON p.id = "
                     "s.provider_id WHERE p.name = ? AND s.gpu_model_id IS NOT NULL "
                     "ORDER BY s.instance_type COLLATE NOCASE"_s,
                     {AzureRetailPricesReader::providerName()});
    while (q.next())
        skus << q.value(0).toString();
    return skus;
}

namespace {

/// The plan of one fetched catalog, read with the book's names, aliases and shapes.
ImportPlan readCatalog(const QSqlDatabase &db, const FetchedCatalog &fetched, const QDate &today)
{
    ImportPlan plan;
    Outcome<ImportOptions> known = importOptionsFor(db, today);
    if (!known) {
        plan.error.message = known.error();
        return plan;
    }
    ImportOptions options = known.value();
    options.addUnknownGpus = true;
    options.sourceUrl = fetched.url;
    options.sourceNote = fetched.validatorNote;
    if (fetched.catalog.source == u"skypilot") {
        options.format = ImportFormat::SkyPilot;
        options.provider = canonicalProviderName(fetched.catalog.cloud);
        const QByteArray &body = fetched.bodies.value(0);
        const QString name = fetched.pageUrls.value(0);
        if (looksLikeHtml(body)) {
            plan.error.file = name;
            plan.error.message = tr("is an HTML page where a CSV catalog was expected (a captive "
                                    "portal or a proxy may have answered)");
            return plan;
        }
        QBuffer buffer;
        buffer.setData(body);
        buffer.open(QIODevice::ReadOnly);
        plan = CatalogImport::read(buffer, name, options);
        return plan;
    }
    AzureRetailPricesReader reader(plan, options);
    for (qsizetype i = 0; i < fetched.bodies.size(); ++i) {
        reader.readPage(fetched.bodies.at(i), fetched.pageUrls.value(i));
        if (!plan.error.isEmpty())
            return plan;
    }
    reader.finish();
    return plan;
}

QString describeOffer(const Offer &o)
{
    return o.region.isEmpty()
               ? u"%1 (%2)"_s.arg(o.instanceType, pricingModelToken(o.pricing))
               : u"%1 in %2 (%3)"_s.arg(o.instanceType, o.region, pricingModelToken(o.pricing));
}

void recordFetch(QSqlDatabase &db, const CatalogSource &catalog, const QString &url,
                 const QString &status, const QString &message, const QString &etag,
                 const QString &lastModified)
{
    execPrepared(db,
                 u"INSERT INTO catalog_fetches (source, cloud, url, fetched_at, status, message, "
                 "etag, last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (source, cloud) DO UPDATE SET url = excluded.url, "
                 "fetched_at = excluded.fetched_at, status = excluded.status, "
                 "message = excluded.message, etag = excluded.etag, "
                 "last_modified = excluded.last_modified"_s,
                 {catalog.source, catalog.cloud, url,
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate), status, message, etag,
                  lastModified});
}

/// Records a failure in a transaction of its own; a book that cannot take even that keeps
/// the failure in the report only.
void recordFailure(QSqlDatabase &db, const SourceReport &report, const LastFetch &previous)
{
    if (!db.transaction())
        return;
    try {
        // The validators stay those of the catalog last applied.
        recordFetch(db, report.catalog, report.url, u"failed"_s, report.error, previous.etag,
                    previous.lastModified);
        db.commit();
    } catch (const DatabaseError &) {
        db.rollback();
    }
}

/// Writes the plan's offers as an update: the body of applyCatalog's transaction.
void writeUpdate(QSqlDatabase &db, const FetchedCatalog &fetched, const ImportPlan &plan,
                 const QDate &today, SourceReport &report)
{
    const QString todayText = today.toString(Qt::ISODate);
    ProviderRepository providers(db);
    for (const Provider &p : plan.data.providers) {
        if (!providers.idByName(p.name))
            providers.insert(p);
    }
    GpuModelRepository gpus(db);
    for (const GpuModel &g : plan.data.gpuModels) {
        if (!gpus.resolve(g.name)) {
            gpus.insert(g);
            report.newGpuModels << g.name;
        }
    }
    OfferRepository offers(db);
    const QString listedBy = fetched.catalog.key();
    QSet<qint64> seen;
    QList<UpdateChange> recorded; // what View › Changes and `gpucompare changes` show
    const QString startedAt = fetched.runStartedAt.isEmpty()
                                  ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                                  : fetched.runStartedAt;
    const auto changeOf = [&](const Offer &o, UpdateChange::Kind kind, qint64 offerId) {
        UpdateChange c;
        c.updatedOn = today;
        c.updateStartedAt = startedAt;
        c.source = listedBy;
        c.kind = kind;
        c.offerId = offerId;
        c.provider = o.provider;
        c.gpuModel = o.gpuModel;
        c.instanceType = o.instanceType;
        c.pricing = o.pricing;
        c.region = o.region;
        c.gpusPerInstance = o.gpusPerInstance;
        return c;
    };
    BookIds ids(db);
    for (const Offer &o : plan.data.offers) {
        const std::optional<qint64> providerIdOrNone = ids.provider(o.provider);
        const std::optional<qint64> gpuIdOrNone = ids.gpuModel(o.gpuModel);
        if (!providerIdOrNone || !gpuIdOrNone)
            throw DatabaseError(tr("%1: provider or GPU model missing").arg(o.instanceType));
        const qint64 providerId = *providerIdOrNone;
        const qint64 gpuId = *gpuIdOrNone;
        PriceObservation price = o.prices.first();
        price.observedOn = fetched.observedOn;
        const auto id = offers.findId(providerId, gpuId, o);
        if (!id) {
            Offer added = o;
            added.listedBy = listedBy;
            added.prices = {price};
            const qint64 newId = offers.insert(providerId, gpuId, added);
            offers.addObservation(newId, price);
            seen.insert(newId);
            UpdateChange listed = changeOf(o, UpdateChange::Kind::New, newId);
            listed.newPrice = price.usdPerInstanceHour;
            recorded.append(listed);
            ++report.offersAdded;
            if (report.addedOffers.size() < 1000)
                report.addedOffers << describeOffer(o);
            continue;
        }
        seen.insert(*id);
        offers.setListing(*id, listedBy, QString());
        // An offer typed in or imported without its machine's size gets the catalog's.
        offers.fillMachine(*id, o.vcpus, o.ramGb);

        const auto latest = offers.latestPrice(*id);
        if (latest && latest->usdPerInstanceHour == price.usdPerInstanceHour) {
            // Seen again on a known date: confirmed then. An undated file confirms nothing.
            if (!fetched.observedOn.isEmpty() && latest->confirmedOn < fetched.observedOn)
                offers.confirm(latest->observationId, fetched.observedOn);
            ++report.confirmed;
            continue;
        }
        offers.addObservation(*id, price);
        ++report.pricesChanged;
        if (latest) {
            report.changes.append({o.provider, o.instanceType, o.region, o.pricing, o.gpuModel,
                                   latest->usdPerInstanceHour, price.usdPerInstanceHour});
            UpdateChange moved = changeOf(o,
                                          price.usdPerInstanceHour < latest->usdPerInstanceHour
                                              ? UpdateChange::Kind::Drop
                                              : UpdateChange::Kind::Rise,
                                          *id);
            moved.oldPrice = latest->usdPerInstanceHour;
            moved.newPrice = price.usdPerInstanceHour;
            recorded.append(moved);
        }
    }
    for (const qint64 id : offers.listedBy(listedBy)) {
        if (seen.contains(id))
            continue;
        offers.setListing(id, listedBy, todayText);
        ++report.vanished;
        if (auto gone = UpdateChangeRepository(db).offerAsChange(id, UpdateChange::Kind::Gone)) {
            gone->updatedOn = today;
            gone->updateStartedAt = startedAt;
            gone->source = listedBy;
            recorded.append(*gone);
        }
    }
    UpdateChangeRepository(db).record(recorded);
    if (report.vanished > 0) {
        QSqlQuery q = execPrepared(
            db,
            u"SELECT o.instance_type, o.region, o.pricing_model FROM offers o "
            "WHERE o.listed_by = ? AND o.not_listed_since = ? ORDER BY o.instance_type"_s,
            {listedBy, todayText});
        while (q.next() && report.vanishedOffers.size() < 1000) {
            report.vanishedOffers << u"%1 in %2 (%3)"_s.arg(
                q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        }
    }
    // A machine the book held by hand and the catalog now lists is one offer from here on.
    report.folded = foldHandEnteredOffers(db);
    std::sort(report.changes.begin(), report.changes.end(),
              [](const PriceChange &a, const PriceChange &b) {
                  const auto size = [](const PriceChange &c) {
                      const double before = c.before.toDollars();
                      return before > 0 ? std::abs(c.after.toDollars() / before - 1) : 0.0;
                  };
                  return size(a) > size(b);
              });
    const bool changed = report.offersAdded + report.pricesChanged + report.vanished +
                             report.folded + int(report.newGpuModels.size()) >
                         0;
    report.status = changed ? u"updated"_s : u"unchanged"_s;
    recordFetch(db, fetched.catalog, fetched.url, report.status, QString(), fetched.etag,
                fetched.lastModified);
}

/// The ECB's rates: each day kept beside those seen before (a 304 keeps them as they are).
void writeRates(QSqlDatabase &db, const FetchedCatalog &fetched, const QList<EuroRateDay> &days,
                SourceReport &report)
{
    const ExchangeRateRepository::Saved saved = ExchangeRateRepository(db).save(days, fetched.url);
    report.ratesSaved = saved.added + saved.changed;
    report.status = fetched.notModified     ? u"not-modified"_s
                    : report.ratesSaved > 0 ? u"updated"_s
                                            : u"unchanged"_s;
    recordFetch(db, fetched.catalog, fetched.url, report.status, QString(), fetched.etag,
                fetched.lastModified);
}

/// A 304: the catalog is the one last applied, so every price it listed is confirmed today.
void confirmUnchanged(QSqlDatabase &db, const FetchedCatalog &fetched, const QDate &today,
                      SourceReport &report)
{
    const QString todayText = today.toString(Qt::ISODate);
    OfferRepository offers(db);
    for (const qint64 id : offers.listedBy(fetched.catalog.key())) {
        const auto latest = offers.latestPrice(id);
        if (latest && latest->confirmedOn < todayText)
            offers.confirm(latest->observationId, todayText);
        ++report.confirmed;
    }
    report.status = u"not-modified"_s;
    recordFetch(db, fetched.catalog, fetched.url, report.status, QString(), fetched.etag,
                fetched.lastModified);
}

} // namespace

SourceReport applyCatalog(QSqlDatabase db, const FetchedCatalog &fetched, const QDate &today,
                          bool dryRun)
{
    SourceReport report;
    report.catalog = fetched.catalog;
    report.url = fetched.url;
    report.bytes = fetched.bytes;
    LastFetch previous;
    try {
        previous = lastFetches(db).value(fetched.catalog.key());
    } catch (const DatabaseError &) {
    }
    const auto fail = [&](const QString &error) {
        report.status = u"failed"_s;
        report.error = error;
        if (!dryRun)
            recordFailure(db, report, previous);
        return report;
    };
    if (!fetched.error.isEmpty())
        return fail(fetched.error);

    const bool rates = fetched.catalog.source == u"ecb";
    ImportPlan plan;
    QList<EuroRateDay> rateDays;
    if (!fetched.notModified && rates) {
        auto read = readEcbReferenceRates(fetched.bodies.value(0), fetched.url);
        if (!read)
            return fail(read.error());
        rateDays = std::move(read).value();
        for (const EuroRateDay &day : std::as_const(rateDays))
            report.rows += int(day.perEuroMillionths.size());
    } else if (!fetched.notModified) {
        plan = readCatalog(db, fetched, today);
        if (!plan.error.isEmpty())
            return fail(plan.error.toString());
        report.rows = plan.rowsRead;
        report.rejected = plan.rejectedCount;
        report.ambiguous = plan.ambiguousRows;
        report.spotPlaceholders = plan.spotPlaceholders;
        report.unmapped = plan.unmappedGpus;
        if (plan.data.offers.isEmpty() && plan.rowsRead > 0 && plan.rowsWithoutGpu == 0) {
            return fail(tr("%1: %2 rows, none of them an offer the price book can take")
                            .arg(fetched.url)
                            .arg(plan.rowsRead));
        }
        // A catalog that suddenly lists none of its offers is broken, not emptied: marking
        // every offer "not listed" on its word would hide them all.
        if (plan.data.offers.isEmpty()) {
            qsizetype listed = 0;
            try {
                listed = OfferRepository(db).listedBy(fetched.catalog.key()).size();
            } catch (const DatabaseError &) {
            }
            if (listed > 0) {
                return fail(tr("%1: the catalog holds none of the %2 offers it listed before "
                               "(%3 rows left out); the offers are left as they were")
                                .arg(fetched.url)
                                .arg(listed)
                                .arg(plan.rejectedCount));
            }
        }
    }
    if (!db.transaction())
        return fail(describeSqlError(db.lastError()));
    try {
        if (rates)
            writeRates(db, fetched, rateDays, report);
        else if (fetched.notModified)
            confirmUnchanged(db, fetched, today, report);
        else
            writeUpdate(db, fetched, plan, today, report);
    } catch (const DatabaseError &e) {
        db.rollback();
        // Nothing of this catalog was written: the report keeps none of its counts.
        SourceReport cleared;
        cleared.catalog = report.catalog;
        cleared.url = report.url;
        cleared.bytes = report.bytes;
        report = cleared;
        return fail(e.message());
    }
    if (dryRun) {
        db.rollback();
        return report;
    }
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        db.rollback();
        return fail(error);
    }
    return report;
}

} // namespace gpucompare
