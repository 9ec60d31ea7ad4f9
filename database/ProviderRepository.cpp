#include "ProviderRepository.h"

#include "SqlStatements.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
// The one mapping of the providers table (and its discounts) to Provider: kSelect's columns,
// read back by fromRow() from column `first` on.
const QString kSelect = u"SELECT p.name, p.kind, p.website, p.notes, "
                        "coalesce(d.discount_percent, 0), p.id FROM providers p "
                        "LEFT JOIN provider_discounts d ON d.provider_id = p.id "_s;

Provider fromRow(const QSqlQuery &q)
{
    return Provider{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toDouble()};
}

int countOf(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery q = execPrepared(db, sql, {id});
    return q.next() ? q.value(0).toInt() : 0;
}
} // namespace

std::optional<qint64> ProviderRepository::idByName(const QString &name) const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT id FROM providers WHERE name = ?"_s, {name});
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

qint64 ProviderRepository::insert(const Provider &p)
{
    QSqlQuery q = execPrepared(
        m_db,
        u"INSERT INTO providers (name, kind, website, notes) VALUES (?, ?, ?, ?) RETURNING id"_s,
        {p.name, p.kind, p.website, p.notes});
    const qint64 id = insertedId(q);
    setDiscount(id, p.discountPercent);
    return id;
}

bool ProviderRepository::update(qint64 id, const Provider &p)
{
    if (byId(id) == p)
        return false;
    execPrepared(m_db,
                 u"UPDATE providers SET name = ?, kind = ?, website = ?, notes = ? WHERE id = ?"_s,
                 {p.name, p.kind, p.website, p.notes, id});
    setDiscount(id, p.discountPercent);
    return true;
}

void ProviderRepository::setDiscount(qint64 id, double percent)
{
    if (percent == 0) {
        execPrepared(m_db, u"DELETE FROM provider_discounts WHERE provider_id = ?"_s, {id});
        return;
    }
    execPrepared(
        m_db,
        u"INSERT INTO provider_discounts (provider_id, discount_percent) VALUES (?, ?) "
        "ON CONFLICT (provider_id) DO UPDATE SET discount_percent = excluded.discount_percent"_s,
        {id, percent});
}

Provider ProviderRepository::byId(qint64 id) const
{
    QSqlQuery q = execPrepared(m_db, kSelect + u"WHERE p.id = ?"_s, {id});
    return q.next() ? fromRow(q) : Provider{};
}

QList<Provider> ProviderRepository::all() const
{
    QList<Provider> providers;
    QSqlQuery q = execPrepared(m_db, kSelect + u"ORDER BY p.name"_s);
    while (q.next())
        providers.append(fromRow(q));
    return providers;
}

QList<ProviderRecord> ProviderRepository::records() const
{
    QList<ProviderRecord> records;
    QSqlQuery q = execPrepared(m_db, kSelect + u"ORDER BY p.name COLLATE NOCASE"_s);
    while (q.next())
        records.append({q.value(5).toLongLong(), fromRow(q)});
    return records;
}

References ProviderRepository::references(qint64 id) const
{
    return {
        countOf(m_db, u"SELECT count(*) FROM offers WHERE provider_id = ?"_s, id),
        countOf(m_db,
                u"SELECT count(*) FROM price_observations WHERE offer_id IN "
                "(SELECT id FROM offers WHERE provider_id = ?)"_s,
                id),
        countOf(m_db, u"SELECT count(*) FROM market_share_entries WHERE provider_id = ?"_s, id)};
}

int ProviderRepository::count() const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT count(*) FROM providers"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace gpucompare
