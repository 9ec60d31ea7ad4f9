#include "WatchRepository.h"

#include "DataQuality.h"
#include "DatabaseError.h"
#include "ExchangeRateRepository.h"
#include "GpuModelRepository.h"
#include "OfferRepository.h"
#include "SqlStatements.h"

#include <QDateTime>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace gpucompare {

std::optional<qint64> WatchRepository::add(const Watch &watch)
{
    const std::optional<qint64> gpu = GpuModelRepository(m_db).idByName(watch.gpuModel);
    if (!gpu)
        return std::nullopt;
    const QString created = watch.createdAt.isEmpty()
                                ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                                : watch.createdAt;
    QSqlQuery q = execPrepared(
        m_db,
        u"INSERT INTO watches (gpu_model_id, pricing_model, provider, region, below_micros, "
        "currency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {*gpu, watch.pricing ? QVariant(pricingModelToken(*watch.pricing)) : QVariant(),
         watch.provider, watch.region, watch.below.micros(), watch.currency, created});
    return insertedId(q);
}

QList<Watch> WatchRepository::list() const
{
    return select(QString(), {});
}

std::optional<Watch> WatchRepository::read(qint64 id) const
{
    const QList<Watch> one = select(u"WHERE w.id = ?"_s, {id});
    return one.isEmpty() ? std::nullopt : std::optional<Watch>(one.first());
}

bool WatchRepository::remove(qint64 id)
{
    QSqlQuery q = execPrepared(m_db, u"DELETE FROM watches WHERE id = ?"_s, {id});
    return q.numRowsAffected() > 0;
}

QList<Watch> WatchRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = execPrepared(
        m_db,
        u"SELECT w.id, g.name, w.pricing_model, w.provider, w.region, w.below_micros, "
        "w.currency, w.created_at FROM watches w JOIN gpu_models g ON g.id = w.gpu_model_id "_s +
            where + u" ORDER BY w.id"_s,
        values);
    QList<Watch> watches;
    while (q.next()) {
        Watch w;
        w.id = q.value(0).toLongLong();
        w.gpuModel = q.value(1).toString();
        if (!q.value(2).isNull())
            w.pricing = pricingModelFromToken(q.value(2).toString());
        w.provider = q.value(3).toString();
        w.region = q.value(4).toString();
        w.below = Money::fromMicros(q.value(5).toLongLong());
        w.currency = q.value(6).toString();
        w.createdAt = q.value(7).toString();
        watches.append(w);
    }
    return watches;
}

Outcome<std::optional<qint64>> addWatch(const QSqlDatabase &db, const Watch &watch)
{
    return attempt([&] { return WatchRepository(db).add(watch); });
}

Outcome<QList<Watch>> readWatches(const QSqlDatabase &db)
{
    return attempt([&] { return WatchRepository(db).list(); });
}

Outcome<bool> removeWatch(const QSqlDatabase &db, qint64 id)
{
    return attempt([&] { return WatchRepository(db).remove(id); });
}

Status copyWatches(const QSqlDatabase &from, const QSqlDatabase &to)
{
    if (!from.tables().contains(u"watches"_s))
        return done();
    const Outcome<QList<Watch>> watches = readWatches(from);
    if (!watches)
        return Status::failure(watches.error());
    if (watches.value().isEmpty())
        return done();
    QSqlDatabase target = to;
    if (!target.transaction())
        return Status::failure(describeSqlError(target.lastError()));
    const Status copied = attemptWrite([&] {
        WatchRepository repository(target);
        for (const Watch &watch : watches.value())
            repository.add(watch); // a watch of a GPU model the copy lacks is left out
    });
    if (!copied || !target.commit()) {
        target.rollback();
        return copied ? Status::failure(describeSqlError(target.lastError())) : copied;
    }
    return done();
}

Outcome<QList<WatchStanding>> watchStandings(const QSqlDatabase &db, const QDate &today)
{
    return attempt([&] {
        const QList<Watch> watches = WatchRepository(db).list();
        if (watches.isEmpty())
            return QList<WatchStanding>();
        const Freshness freshness{today};
        QList<OfferRow> rows = OfferRepository(db).currentRows(freshness);
        annotateOffers(rows, freshness);
        ExchangeRates rates;
        if (const Outcome<ExchangeRates> read = readExchangeRates(db))
            rates = read.value();
        else
            rates.add(bundledEuroRates());
        return standWatches(watches, rows, rates, today);
    });
}

QList<WatchAlert> alertsSince(const QSqlDatabase &db, const Outcome<QList<WatchStanding>> &before,
                              const QDate &today)
{
    if (!before || before.value().isEmpty())
        return {};
    const Outcome<QList<WatchStanding>> after = watchStandings(db, today);
    return after ? watchAlerts(before.value(), after.value()) : QList<WatchAlert>();
}

} // namespace gpucompare
