#include "EgressPriceRepository.h"

#include "ProviderRepository.h"
#include "SqlStatements.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

bool EgressPriceRepository::save(const EgressPrice &price)
{
    const auto providerId = ProviderRepository(m_db).idByName(price.provider);
    if (!providerId) {
        throw DatabaseError(QCoreApplication::translate("gpucompare::EgressPriceRepository",
                                                        "egress price: no provider is named \"%1\"")
                                .arg(price.provider));
    }
    const QVariant toGb =
        price.toGb ? QVariant(*price.toGb) : QVariant(QMetaType::fromType<double>());
    const QList<QVariant> values = {
        toGb,      price.usdPerGb.micros(), price.freeGbPerMonth, price.observedOn, price.sourceUrl,
        price.note};
    QSqlQuery existing = execPrepared(
        m_db,
        u"SELECT id, to_gb, usd_micros_per_gb, free_gb_per_month, observed_on, source_url, note "
        "FROM egress_prices WHERE provider_id = ? AND from_gb = ?"_s,
        {*providerId, price.fromGb});
    if (!existing.next()) {
        execPrepared(m_db,
                     u"INSERT INTO egress_prices (provider_id, from_gb, to_gb, usd_micros_per_gb, "
                     "free_gb_per_month, observed_on, source_url, note) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     QList<QVariant>{*providerId, price.fromGb} + values);
        return true;
    }
    const bool same = existing.value(1).isNull() == !price.toGb &&
                      (!price.toGb || existing.value(1).toDouble() == *price.toGb) &&
                      existing.value(2).toLongLong() == price.usdPerGb.micros() &&
                      existing.value(3).toDouble() == price.freeGbPerMonth &&
                      existing.value(4).toString() == price.observedOn &&
                      existing.value(5).toString() == price.sourceUrl &&
                      existing.value(6).toString() == price.note;
    if (same)
        return false;
    execPrepared(m_db,
                 u"UPDATE egress_prices SET to_gb = ?, usd_micros_per_gb = ?, free_gb_per_month = "
                 "?, observed_on = ?, source_url = ?, note = ? WHERE id = ?"_s,
                 values + QList<QVariant>{existing.value(0)});
    return true;
}

QList<std::pair<qint64, EgressPrice>> EgressPriceRepository::records() const
{
    QList<std::pair<qint64, EgressPrice>> rows;
    QSqlQuery q = execPrepared(
        m_db, u"SELECT e.id, p.name, e.from_gb, e.to_gb, e.usd_micros_per_gb, "
              "e.free_gb_per_month, e.observed_on, e.source_url, e.note FROM egress_prices e "
              "JOIN providers p ON p.id = e.provider_id ORDER BY p.name, e.from_gb"_s);
    while (q.next()) {
        EgressPrice e;
        e.provider = q.value(1).toString();
        e.fromGb = q.value(2).toDouble();
        if (!q.value(3).isNull())
            e.toGb = q.value(3).toDouble();
        e.usdPerGb = Money::fromMicros(q.value(4).toLongLong());
        e.freeGbPerMonth = q.value(5).toDouble();
        e.observedOn = q.value(6).toString();
        e.sourceUrl = q.value(7).toString();
        e.note = q.value(8).toString();
        rows.append({q.value(0).toLongLong(), e});
    }
    return rows;
}

QList<EgressPrice> EgressPriceRepository::all() const
{
    QList<EgressPrice> prices;
    for (const auto &[id, price] : records())
        prices.append(price);
    return prices;
}

} // namespace gpucompare
