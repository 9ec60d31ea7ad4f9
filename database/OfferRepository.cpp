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
    return readRows(freshness, QString(), {}, count());
}

QList<OfferRow> OfferRepository::currentRows(const QList<qint64> &offerIds,
                                             const Freshness &freshness) const
{
    // One placeholder per offer: an edit touches a handful, never thousands.
    QStringList marks;
    QVariantList values;
    for (const qint64 id : offerIds) {
        marks.append(u"?"_s);
        values.append(id);
    }
    if (marks.isEmpty())
        return {};
    return readRows(freshness, u"WHERE o.id IN (%1) "_s.arg(marks.join(u", "_s)), values,
                    int(offerIds.size()));
}

QList<OfferRow> OfferRepository::readRows(const Freshness &freshness, const QString &where,
                                          const QVariantList &whereValues, int expected) const
{
    // Names come from the two small tables: converting the same 25 provider and 18 GPU names
    // 100,000 times each was a third of loading a large price book.
    QHash<qint64, QString> providers;
    QSqlQuery p = execPrepared(m_db, u"SELECT id, name FROM providers"_s);
    while (p.next())
        providers.insert(p.value(0).toLongLong(), p.value(1).toString());
    QHash<qint64, QString> gpus;
    QHash<qint64, double> peaks;
    QSqlQuery g = execPrepared(m_db, u"SELECT id, name, bf16_tflops FROM gpu_models"_s);
    while (g.next()) {
        gpus.insert(g.value(0).toLongLong(), g.value(1).toString());
        if (!g.value(2).isNull())
            peaks.insert(g.value(0).toLongLong(), g.value(2).toDouble());
    }

    const QString oldestCurrent = freshness.oldestCurrentDay().toString(Qt::ISODate);
    QVariantList values = {oldestCurrent, oldestCurrent};
    values.append(whereValues);
    QList<OfferRow> rows;
    rows.reserve(expected);
    QSqlQuery q = execPrepared(
        m_db,
        u"SELECT o.id, o.provider_id, o.gpu_model_id, o.instance_type, o.gpus_per_instance, "
        "o.region, o.pricing_model, o.pricing_term, po.usd_micros_per_instance_hour, "
        "po.observed_on, po.source_url, po.confirmed_on, o.not_listed_since, s.gpu_count, "
        "o.per_gpu_rate, o.vcpus, o.ram_gb, o.interconnect, "
        // The newest price from another source, to tell where sources disagree.
        "(SELECT x.usd_micros_per_instance_hour || '|' || x.observed_on || '|' || x.source_url "
        "  FROM price_observations x WHERE x.offer_id = o.id AND x.source_url <> po.source_url "
        "  ORDER BY x.observed_on DESC, x.id DESC LIMIT 1), o.sold_via, po.published_micros, "
        "po.published_currency "
        "FROM offers o "_s +
            currentPriceJoin() +
            u"LEFT JOIN instance_shapes s ON s.provider_id = o.provider_id "
            "  AND s.instance_type = o.instance_type COLLATE NOCASE "_s +
            where + u"ORDER BY o.id"_s, // the table sorts itself; sorting by names cost a b-tree
        values);
    QString lastSource; // consecutive rows often share a source: share the string too
    while (q.next()) {
        OfferRow r;
        r.offerId = q.value(0).toLongLong();
        r.provider = providers.value(q.value(1).toLongLong());
        r.gpuModel = gpus.value(q.value(2).toLongLong());
        r.instanceType = q.value(3).toString();
        r.gpusPerInstance = q.value(4).toInt();
        r.region = q.value(5).toString();
        r.pricing = pricingModelFromToken(q.value(6).toString()).value_or(PricingModel::OnDemand);
        r.pricingTerm = q.value(7).toString();
        r.usdPerInstanceHour = Money::fromMicros(q.value(8).toLongLong());
        r.observedOn = q.value(9).toString();
        QString source = q.value(10).toString();
        if (source == lastSource)
            source = lastSource;
        else
            lastSource = source;
        r.sourceUrl = std::move(source);
        r.confirmedOn = q.value(11).toString();
        r.notListedSince = q.value(12).toString();
        if (!q.value(13).isNull())
            r.shapeGpuCount = q.value(13).toInt();
        r.perGpuRate = q.value(14).toBool();
        if (!q.value(15).isNull())
            r.vcpus = q.value(15).toInt();
        if (!q.value(16).isNull())
            r.ramGb = q.value(16).toDouble();
        r.interconnect = q.value(17).toString();
        if (const QString other = q.value(18).toString(); !other.isEmpty()) {
            // micros|date|url: the URL may hold '|', the first two fields never do.
            const qsizetype first = other.indexOf(u'|');
            const qsizetype second = other.indexOf(u'|', first + 1);
            if (first > 0 && second > first) {
                r.otherSource = OtherSourcePrice{Money::fromMicros(other.left(first).toLongLong()),
                                                 other.mid(first + 1, second - first - 1),
                                                 other.mid(second + 1)};
            }
        }
        if (const auto peak = peaks.constFind(q.value(2).toLongLong()); peak != peaks.cend())
            r.denseTflops = *peak;
        r.soldVia = q.value(19).toString();
        r.publishedAmount = Money::fromMicros(q.value(20).toLongLong());
        r.publishedCurrency = q.value(21).toString();
        rows.append(std::move(r));
    }
    return rows;
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
