#include "BookService.h"

#include "CostInputsReader.h"
#include "DatabaseError.h"
#include "GpuModelRepository.h"
#include "MarketShareRepository.h"
#include "OfferRepository.h"
#include "PriceBookImporter.h"
#include "ProviderRepository.h"
#include "SavedJobRepository.h"

#include <QSqlQuery>

namespace gpucompare::book {

Outcome<QList<MarketShareSnapshot>> marketShares(const QSqlDatabase &db)
{
    return attempt([&] { return MarketShareRepository(db).all(); });
}

Outcome<QList<OfferRow>> currentOffers(const QSqlDatabase &db, const Freshness &freshness)
{
    return attempt([&] { return OfferRepository(db).currentRows(freshness); });
}

Outcome<QList<OfferRow>> currentOffers(const QSqlDatabase &db, const QList<qint64> &offerIds,
                                       const Freshness &freshness)
{
    return attempt([&] { return OfferRepository(db).currentRows(offerIds, freshness); });
}

Outcome<QList<HistoryObservation>> priceHistory(const QSqlDatabase &db)
{
    return attempt([&] { return OfferRepository(db).history(); });
}

Outcome<QList<HistoryObservation>> priceHistory(const QSqlDatabase &db,
                                                const QList<qint64> &offerIds)
{
    return attempt([&] { return OfferRepository(db).history(offerIds); });
}

Outcome<QList<GpuModel>> gpuModels(const QSqlDatabase &db)
{
    return attempt([&] { return GpuModelRepository(db).all(); });
}

Outcome<Counts> counts(const QSqlDatabase &db)
{
    return attempt([&] {
        return Counts{OfferRepository(db).count(), ProviderRepository(db).count(),
                      GpuModelRepository(db).count(), MarketShareRepository(db).count()};
    });
}

Outcome<CostInputs> costInputs(const QSqlDatabase &db, QList<OfferRow> annotatedRows)
{
    return attempt([&] { return readCostInputs(db, std::move(annotatedRows)); });
}

Outcome<CostInputs> costInputs(const QSqlDatabase &db, const Freshness &freshness)
{
    return attempt([&] { return readCostInputs(db, freshness); });
}

Outcome<GpuLookup> lookUpGpu(const QSqlDatabase &db, const QString &nameOrAlias)
{
    return attempt([&] {
        const GpuModelRepository gpus(db);
        const std::optional<qint64> id = gpus.resolve(nameOrAlias);
        GpuLookup lookup;
        for (const GpuModel &g : gpus.all()) {
            lookup.names << g.name;
            if (id && gpus.idByName(g.name) == id)
                lookup.name = g.name;
        }
        return lookup;
    });
}

Outcome<QList<SavedJob>> savedJobs(const QSqlDatabase &db)
{
    return attempt([&] { return SavedJobRepository(db).all(); });
}

Status saveJob(const QSqlDatabase &db, const SavedJob &job)
{
    return attemptWrite([&] { SavedJobRepository(db).save(job); });
}

Status renameJob(const QSqlDatabase &db, const QString &from, const QString &to)
{
    return attemptWrite([&] { SavedJobRepository(db).rename(from, to); });
}

Status deleteJob(const QSqlDatabase &db, const QString &name)
{
    return attemptWrite([&] { SavedJobRepository(db).remove(name); });
}

Outcome<PriceDating> priceDating(const QSqlDatabase &db)
{
    return attempt([&] { return gpucompare::priceDating(db); });
}

Outcome<QString> lastSuccessfulFetch(const QSqlDatabase &db)
{
    return attempt([&] { return gpucompare::lastSuccessfulFetch(db); });
}

Outcome<PriceBookData> contents(const QSqlDatabase &db)
{
    return attempt([&] { return readPriceBook(db); });
}

std::optional<qint64> dataVersion(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen() || db.driverName() != u"QSQLITE")
        return std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool connectionAlive(const QSqlDatabase &db)
{
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT 1"));
}

} // namespace gpucompare::book
