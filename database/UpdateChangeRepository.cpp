#include "UpdateChangeRepository.h"

#include "SqlStatements.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
QVariant micros(const std::optional<Money> &price)
{
    return price ? QVariant(price->micros()) : QVariant();
}

std::optional<Money> price(const QVariant &value)
{
    return value.isNull() ? std::nullopt
                          : std::optional<Money>(Money::fromMicros(value.toLongLong()));
}
} // namespace

void UpdateChangeRepository::record(const QList<UpdateChange> &changes)
{
    for (const UpdateChange &c : changes) {
        execPrepared(m_db,
                     u"INSERT INTO update_changes (updated_on, update_started_at, source, kind, "
                     "offer_id, provider, gpu_model, instance_type, pricing_model, region, "
                     "gpus_per_instance, old_usd_micros, new_usd_micros) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {c.updatedOn.toString(Qt::ISODate), c.updateStartedAt, c.source,
                      updateChangeKindToken(c.kind), nullable(c.offerId), c.provider, c.gpuModel,
                      c.instanceType, pricingModelToken(c.pricing), c.region, c.gpusPerInstance,
                      micros(c.oldPrice), micros(c.newPrice)});
    }
}

void UpdateChangeRepository::recordCopied(QList<UpdateChange> changes)
{
    for (UpdateChange &c : changes) {
        if (!c.offerId)
            continue;
        // The copy gave its offers new ids: the change's offer is the one of the same names
        // here, when exactly one has them (pricing terms are not in the record).
        QSqlQuery q = execPrepared(
            m_db,
            u"SELECT o.id FROM offers o JOIN providers p ON p.id = o.provider_id "
            "JOIN gpu_models g ON g.id = o.gpu_model_id WHERE p.name = ? AND g.name = ? "
            "AND o.instance_type = ? AND o.region = ? AND o.pricing_model = ? LIMIT 2"_s,
            {c.provider, c.gpuModel, c.instanceType, c.region, pricingModelToken(c.pricing)});
        c.offerId.reset();
        if (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!q.next())
                c.offerId = id;
        }
    }
    record(changes);
}

QList<UpdateChange> UpdateChangeRepository::all() const
{
    return read(u"? = 1"_s, 1, false);
}

QList<UpdateChange> UpdateChangeRepository::since(const QDate &since) const
{
    return read(u"updated_on >= ?"_s, since.toString(Qt::ISODate));
}

QList<UpdateChange> UpdateChangeRepository::ofUpdate(const QString &startedAt) const
{
    return read(u"update_started_at = ?"_s, startedAt);
}

QList<UpdateChange> UpdateChangeRepository::read(const QString &condition, const QVariant &value,
                                                 bool readingOrder) const
{
    QSqlQuery q = execPrepared(m_db,
                               u"SELECT updated_on, source, kind, offer_id, provider, gpu_model, "
                               "instance_type, pricing_model, region, gpus_per_instance, "
                               "old_usd_micros, new_usd_micros, update_started_at "
                               "FROM update_changes WHERE "_s +
                                   condition + u" ORDER BY id"_s,
                               {value});
    QList<UpdateChange> changes;
    while (q.next()) {
        UpdateChange c;
        c.updatedOn = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        c.source = q.value(1).toString();
        c.kind = updateChangeKindFromToken(q.value(2).toString()).value_or(UpdateChange::Kind::New);
        if (!q.value(3).isNull())
            c.offerId = q.value(3).toLongLong();
        c.provider = q.value(4).toString();
        c.gpuModel = q.value(5).toString();
        c.instanceType = q.value(6).toString();
        c.pricing = pricingModelFromToken(q.value(7).toString()).value_or(PricingModel::OnDemand);
        c.region = q.value(8).toString();
        c.gpusPerInstance = q.value(9).toInt();
        c.oldPrice = price(q.value(10));
        c.newPrice = price(q.value(11));
        c.updateStartedAt = q.value(12).toString();
        changes.append(c);
    }
    if (readingOrder)
        sortForReading(changes);
    return changes;
}

std::optional<UpdateChange> UpdateChangeRepository::offerAsChange(qint64 offerId,
                                                                  UpdateChange::Kind kind) const
{
    QSqlQuery q = execPrepared(
        m_db,
        u"SELECT p.name, g.name, o.instance_type, o.pricing_model, o.region, o.gpus_per_instance, "
        "(SELECT usd_micros_per_instance_hour FROM price_observations WHERE offer_id = o.id "
        "ORDER BY observed_on DESC, id DESC LIMIT 1) "
        "FROM offers o JOIN providers p ON p.id = o.provider_id "
        "JOIN gpu_models g ON g.id = o.gpu_model_id WHERE o.id = ?"_s,
        {offerId});
    if (!q.next())
        return std::nullopt;
    UpdateChange c;
    c.kind = kind;
    c.offerId = offerId;
    c.provider = q.value(0).toString();
    c.gpuModel = q.value(1).toString();
    c.instanceType = q.value(2).toString();
    c.pricing = pricingModelFromToken(q.value(3).toString()).value_or(PricingModel::OnDemand);
    c.region = q.value(4).toString();
    c.gpusPerInstance = q.value(5).toInt();
    c.oldPrice = price(q.value(6));
    return c;
}

QString UpdateChangeRepository::lastUpdate() const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT max(update_started_at) FROM update_changes"_s);
    return q.next() ? q.value(0).toString() : QString();
}

Outcome<QList<UpdateChange>> readUpdateChanges(const QSqlDatabase &db, const QDate &since)
{
    return attempt([&db, since] {
        const UpdateChangeRepository changes(db);
        if (since.isValid())
            return changes.since(since);
        const QString last = changes.lastUpdate();
        return last.isEmpty() ? QList<UpdateChange>() : changes.ofUpdate(last);
    });
}

} // namespace gpucompare
