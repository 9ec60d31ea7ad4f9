#include "OfferRepository.h"

#include "EstimateRowReader.h"
#include "OfferRows.h"
#include "SqlDialect.h"
#include "SqlStatements.h"

#include <QHash>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace gpucompare {

QSqlQuery &OfferRepository::statement(int slot, const QString &sql) const
{
    std::optional<QSqlQuery> &q = m_statements.at(size_t(slot));
    if (!q) {
        q.emplace(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sqlFor(dialectOf(m_db), sql))) {
            const QString error = describeSqlError(q->lastError());
            q.reset();
            throw DatabaseError(error);
        }
    }
    return *q;
}

namespace {

/// An offer's row (the table's one mapping, OfferRows.h) joined with its provider's and GPU's
/// names, which follow its columns: read back by readOffer(), the names from namesAt().
QString offerColumnsWithNames(SqlDialect dialect)
{
    return OffersRow::columns(dialect, u"o."_s) +
           u", p.name, g.name FROM offers o JOIN providers p ON p.id = o.provider_id "
           "JOIN gpu_models g ON g.id = o.gpu_model_id "_s;
}

int namesAt(const QSqlQuery &q)
{
    return q.record().count() - 2;
}

OffersRow readOffer(const QSqlQuery &q, int namesAt)
{
    OffersRow row = OffersRow::read(q, 0);
    row.offer.provider = q.value(namesAt).toString();
    row.offer.gpuModel = q.value(namesAt + 1).toString();
    return row;
}

/// Binds in order and runs; an empty QString binds as '' (our text columns are NOT NULL).
void bindAndExec(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            q.bindValue(i++, QString(u""_s));
        else if (value.typeId() == QMetaType::Bool)
            q.bindValue(i++, value.toBool() ? 1 : 0); // INTEGER 0/1 in both schemas
        else
            q.bindValue(i++, value);
    }
    if (!q.exec())
        throw DatabaseError(describeSqlError(q.lastError()));
}

enum Slot
{
    FindOffer,
    InsertOffer,
    FindObservation,
    InsertObservation
};

} // namespace

std::optional<qint64> OfferRepository::findId(qint64 providerId, qint64 gpuModelId,
                                              const Offer &o) const
{
    QSqlQuery &q = statement(
        FindOffer,
        u"SELECT id FROM offers WHERE provider_id = ? AND gpu_model_id = ? AND instance_type = ? "
        "AND region = ? AND pricing_model = ? AND pricing_term = ?"_s);
    bindAndExec(q, {providerId, gpuModelId, o.instanceType, o.region, pricingModelToken(o.pricing),
                    o.pricingTerm});
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void OfferRepository::fillMachine(qint64 id, std::optional<int> vcpus, std::optional<double> ramGb)
{
    if (!vcpus && !ramGb)
        return;
    execPrepared(m_db,
                 u"UPDATE offers SET vcpus = coalesce(vcpus, ?), ram_gb = coalesce(ram_gb, ?) "
                 "WHERE id = ? AND (vcpus IS NULL OR ram_gb IS NULL)"_s,
                 {nullable(vcpus), nullable(ramGb), id});
}

qint64 OfferRepository::insert(qint64 providerId, qint64 gpuModelId, const Offer &o)
{
    QSqlQuery &q = statement(
        InsertOffer,
        u"INSERT INTO offers (provider_id, gpu_model_id, instance_type, gpus_per_instance, vcpus, "
        "ram_gb, region, pricing_model, pricing_term, interconnect, notes, not_listed_since, "
        "listed_by, per_gpu_rate, sold_via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s);
    bindAndExec(q, {providerId, gpuModelId, o.instanceType, o.gpusPerInstance, nullable(o.vcpus),
                    nullable(o.ramGb), o.region, pricingModelToken(o.pricing), o.pricingTerm,
                    o.interconnect, o.notes, o.notListedSince, o.listedBy, int(o.perGpuRate),
                    o.soldVia});
    const qint64 id = insertedId(q);
    q.finish();
    return id;
}

bool OfferRepository::addObservation(qint64 offerId, const PriceObservation &p)
{
    QSqlQuery &existing =
        statement(FindObservation,
                  u"SELECT id, confirmed_on FROM price_observations WHERE offer_id = ? "
                  "AND usd_micros_per_instance_hour = ? AND observed_on = ? AND source_url = ?"_s);
    bindAndExec(existing, {offerId, p.usdPerInstanceHour.micros(), p.observedOn, p.sourceUrl});
    const bool known = existing.next();
    const qint64 knownId = known ? existing.value(0).toLongLong() : 0;
    const QString knownConfirmation = known ? existing.value(1).toString() : QString();
    existing.finish();
    if (known) {
        // The same price seen again later (a copy of a book that was updated since).
        if (p.confirmedOn > knownConfirmation)
            confirm(knownId, p.confirmedOn);
        return false;
    }
    QSqlQuery &insert = statement(
        InsertObservation,
        u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, observed_on, "
        "source_url, note, confirmed_on, published_micros, published_currency) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindAndExec(insert, {offerId, p.usdPerInstanceHour.micros(), p.observedOn, p.sourceUrl, p.note,
                         p.confirmedOn, publishedMicros(p), publishedCurrency(p)});
    insert.finish();
    return true;
}

std::optional<OfferRepository::LatestPrice> OfferRepository::latestPrice(qint64 offerId) const
{
    QSqlQuery q = execPrepared(
        m_db,
        u"SELECT id, usd_micros_per_instance_hour, observed_on, confirmed_on "
        "FROM price_observations WHERE offer_id = ? ORDER BY observed_on DESC, id DESC LIMIT 1"_s,
        {offerId});
    if (!q.next())
        return std::nullopt;
    return LatestPrice{q.value(0).toLongLong(), Money::fromMicros(q.value(1).toLongLong()),
                       q.value(2).toString(), q.value(3).toString()};
}

void OfferRepository::confirm(qint64 observationId, const QString &date)
{
    execPrepared(m_db, u"UPDATE price_observations SET confirmed_on = ? WHERE id = ?"_s,
                 {date, observationId});
}

void OfferRepository::setListing(qint64 offerId, const QString &listedBy,
                                 const QString &notListedSince)
{
    execPrepared(m_db, u"UPDATE offers SET listed_by = ?, not_listed_since = ? WHERE id = ?"_s,
                 {listedBy, notListedSince, offerId});
}

QList<qint64> OfferRepository::listedBy(const QString &catalog) const
{
    QList<qint64> ids;
    QSqlQuery q = execPrepared(
        m_db, u"SELECT id FROM offers WHERE listed_by = ? AND not_listed_since = '' ORDER BY id"_s,
        {catalog});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<Offer> OfferRepository::all() const
{
    QList<Offer> offers;
    QHash<qint64, qsizetype> indexById;
    QSqlQuery q = execPrepared(
        m_db, u"SELECT "_s + offerColumnsWithNames(dialectOf(m_db)) +
                  u"ORDER BY p.name, g.name, o.instance_type, o.region, o.pricing_model, "
                  "o.pricing_term"_s);
    const int names = namesAt(q);
    while (q.next()) {
        OffersRow row = readOffer(q, names);
        indexById.insert(row.id, offers.size());
        offers.append(std::move(row.offer));
    }
    QSqlQuery prices = execPrepared(
        m_db, u"SELECT offer_id, usd_micros_per_instance_hour, observed_on, source_url, note, "
              "confirmed_on, published_currency, published_micros FROM price_observations "
              "ORDER BY offer_id, observed_on, id"_s);
    while (prices.next()) {
        const auto index = indexById.value(prices.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        offers[index].prices.append(
            {Money::fromMicros(prices.value(1).toLongLong()), prices.value(2).toString(),
             prices.value(3).toString(), prices.value(4).toString(), prices.value(5).toString(),
             prices.value(6).toString(), Money::fromMicros(prices.value(7).toLongLong())});
    }
    return offers;
}

QList<OfferRow> OfferRepository::currentRows(const Freshness &freshness) const
{
    return readCurrentRows(m_db, freshness, {});
}

QList<OfferRow> OfferRepository::currentRows(const QList<qint64> &offerIds,
                                             const Freshness &freshness) const
{
    return readCurrentRows(m_db, freshness, {RowColumns::Table, offerIds, RowPath::Fastest});
}

QList<HistoryObservation> OfferRepository::history() const
{
    return readHistory(QString(), {});
}

QList<HistoryObservation> OfferRepository::history(const QList<qint64> &offerIds) const
{
    if (offerIds.isEmpty())
        return {};
    QStringList marks;
    QVariantList ids;
    for (const qint64 id : offerIds) {
        marks << u"?"_s;
        ids << id;
    }
    return readHistory(u" AND o.id IN (%1)"_s.arg(marks.join(u", "_s)), ids);
}

QList<HistoryObservation> OfferRepository::readHistory(const QString &andWhere,
                                                       const QVariantList &values) const
{
    QList<HistoryObservation> observations;
    QSqlQuery q = execPrepared(
        m_db,
        u"SELECT o.id, p.name, g.name, o.pricing_model, po.observed_on, po.confirmed_on, "
        "po.usd_micros_per_instance_hour, o.gpus_per_instance FROM price_observations po "
        "JOIN offers o ON o.id = po.offer_id JOIN providers p ON p.id = o.provider_id "
        "JOIN gpu_models g ON g.id = o.gpu_model_id WHERE po.observed_on <> ''"_s +
            andWhere + u" ORDER BY po.observed_on, po.id"_s,
        values);
    while (q.next()) {
        HistoryObservation h;
        h.offerId = q.value(0).toLongLong();
        h.provider = q.value(1).toString();
        h.gpuModel = q.value(2).toString();
        h.pricing = pricingModelFromToken(q.value(3).toString()).value_or(PricingModel::OnDemand);
        const QString observed = q.value(4).toString();
        h.observed =
            QDate::fromString(observed.size() == 7 ? observed + u"-01"_s : observed, Qt::ISODate);
        h.confirmed = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        h.usdPerGpuHour = Money::fromMicros(q.value(6).toLongLong()).toDollars() /
                          std::max(1, q.value(7).toInt());
        observations.append(std::move(h));
    }
    return observations;
}

int OfferRepository::count() const
{
    QSqlQuery q = execPrepared(m_db, u"SELECT count(*) FROM offers"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

QList<OfferSummary> OfferRepository::summaries() const
{
    QList<OfferSummary> summaries;
    QSqlQuery q = execPrepared(
        m_db, u"SELECT o.id, p.name, g.name, o.instance_type, o.region, o.pricing_model, "
              "o.pricing_term, o.provider_id, o.gpu_model_id "
              "FROM offers o JOIN providers p ON p.id = o.provider_id "
              "JOIN gpu_models g ON g.id = o.gpu_model_id "
              "ORDER BY p.name COLLATE NOCASE, g.name, o.instance_type, o.region, "
              "o.pricing_model, o.pricing_term"_s);
    while (q.next()) {
        // Two lines: who and what GPU, then the machine, region and pricing. One line cut at
        // the list's edge hid everything after the GPU.
        QStringList first;
        QStringList second;
        for (int i = 1; i <= 6; ++i) {
            QString part = q.value(i).toString();
            if (i == 5)
                part = pricingModelDisplayName(
                    pricingModelFromToken(part).value_or(PricingModel::OnDemand));
            if (!part.isEmpty())
                (i <= 2 ? first : second).append(part);
        }
        summaries.append(
            {q.value(0).toLongLong(), first.join(u" · "_s) + u'\n' + second.join(u" · "_s),
             offerIdentity(q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString())});
    }
    return summaries;
}

std::optional<OfferRecord> OfferRepository::record(qint64 id) const
{
    QSqlQuery q = execPrepared(
        m_db, u"SELECT "_s + offerColumnsWithNames(dialectOf(m_db)) + u"WHERE o.id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    const OffersRow row = readOffer(q, namesAt(q));
    OfferRecord r{row.id, row.providerId, row.gpuModelId, row.offer, {}};

    // Oldest first with undated figures before dated ones, the order the price table reads
    // the current price in.
    QSqlQuery p = execPrepared(
        m_db,
        u"SELECT %1 FROM price_observations WHERE offer_id = ? ORDER BY observed_on, id"_s.arg(
            PriceObservationsRow::columns(dialectOf(m_db), QString())),
        {id});
    while (p.next()) {
        PriceObservationsRow price = PriceObservationsRow::read(p, 0);
        r.prices.append({price.id, std::move(price.price), price.recordedBy.value_or(QString()),
                         price.recordedAt.value_or(QString())});
    }
    return r;
}

} // namespace gpucompare
