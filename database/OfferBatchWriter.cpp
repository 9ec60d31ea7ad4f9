#include "OfferBatchWriter.h"

#include "BookRecords.h"
#include "OfferRows.h"
#include "SqlStatements.h"

#include <QChar>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// What makes two prices of an offer the same: amount, date and source.
QString priceKey(qint64 micros, const QString &observedOn, const QString &sourceUrl)
{
    return QString::number(micros) + QChar(0x1F) + observedOn + QChar(0x1F) + sourceUrl;
}

const QStringList kOfferColumns = {
    u"provider_id"_s,  u"gpu_model_id"_s, u"instance_type"_s, u"gpus_per_instance"_s,
    u"vcpus"_s,        u"ram_gb"_s,       u"region"_s,        u"pricing_model"_s,
    u"pricing_term"_s, u"interconnect"_s, u"notes"_s,         u"not_listed_since"_s,
    u"listed_by"_s,    u"per_gpu_rate"_s, u"sold_via"_s};

const QStringList kPriceColumns = {u"offer_id"_s,
                                   u"usd_micros_per_instance_hour"_s,
                                   u"observed_on"_s,
                                   u"source_url"_s,
                                   u"note"_s,
                                   u"confirmed_on"_s,
                                   u"published_micros"_s,
                                   u"published_currency"_s};

/// The columns of an offer's identity, after its id: what the offers' RETURNING and the read of
/// a provider's offers both give back.
const QString kIdentityColumns =
    u"id, provider_id, gpu_model_id, instance_type, region, pricing_model, pricing_term"_s;

QString identityOf(const QSqlQuery &q)
{
    return offerIdentity(q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
}

} // namespace

OfferBatchWriter::OfferBatchWriter(const QSqlDatabase &db)
    : m_db(db)
    , m_offerRows(db, u"offers"_s, kOfferColumns, kIdentityColumns,
                  [this](const QSqlQuery &q) {
                      const qsizetype slot = m_offerByIdentity.value(identityOf(q), -1);
                      if (slot >= 0)
                          m_offers[slot].id = q.value(0).toLongLong();
                  })
    , m_priceRows(db, u"price_observations"_s, kPriceColumns)
{
    // Into a book with no offers (a copy into a new one) every offer is this writer's own:
    // nothing need be read per provider, and the tables may be without their indexes then.
    QSqlQuery empty = execPrepared(m_db, u"SELECT NOT EXISTS (SELECT 1 FROM offers)"_s);
    m_startedEmpty = empty.next() && empty.value(0).toBool();
}

void OfferBatchWriter::loadOffersOf(qint64 providerId)
{
    m_offersLoaded.insert(providerId);
    if (m_startedEmpty)
        return;
    QSqlQuery q = execPrepared(
        m_db, u"SELECT %1 FROM offers WHERE provider_id = ?"_s.arg(kIdentityColumns), {providerId});
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_offerById.insert(id, m_offers.size());
        m_offerByIdentity.insert(identityOf(q), m_offers.size());
        m_offers.append({id, providerId, true, {}});
    }
}

void OfferBatchWriter::loadPricesOf(qint64 providerId)
{
    m_pricesLoaded.insert(providerId);
    QSqlQuery q = execPrepared(
        m_db,
        u"SELECT po.offer_id, po.usd_micros_per_instance_hour, po.observed_on, po.source_url, "
        "po.id, po.confirmed_on FROM price_observations po JOIN offers o ON o.id = po.offer_id "
        "WHERE o.provider_id = ? ORDER BY po.id"_s,
        {providerId});
    while (q.next()) {
        const qsizetype slot = m_offerById.value(q.value(0).toLongLong(), -1);
        if (slot < 0 || !m_offers.at(slot).inBook)
            continue;
        OfferSlot &offer = m_offers[slot];
        const QString key =
            priceKey(q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString());
        // The first of equal prices, as a row-by-row import found it.
        if (!offer.price(key))
            offer.prices.append(
                {key, KnownPrice{q.value(4).toLongLong(), -1, 0, q.value(5).toString()}});
    }
}

void OfferBatchWriter::add(qint64 providerId, qint64 gpuModelId, const Offer &o)
{
    if (!m_offersLoaded.contains(providerId))
        loadOffersOf(providerId);
    const QString pricing = pricingModelToken(o.pricing);
    const QString identity =
        offerIdentity(providerId, gpuModelId, o.instanceType, o.region, pricing, o.pricingTerm);
    qsizetype slot = m_offerByIdentity.value(identity, -1);
    const bool isNew = slot < 0;
    if (isNew) {
        slot = m_offers.size();
        m_offers.append({0, providerId, false, {}});
        m_offerByIdentity.insert(identity, slot);
        m_waitingOffers.append(
            {slot,
             {providerId, gpuModelId, o.instanceType, o.gpusPerInstance, nullable(o.vcpus),
              nullable(o.ramGb), o.region, pricing, o.pricingTerm, o.interconnect, o.notes,
              o.notListedSince, o.listedBy, int(o.perGpuRate), o.soldVia}});
        ++m_counts.offersAdded;
    } else if (m_offers.at(slot).inBook && !m_pricesLoaded.contains(providerId)) {
        loadPricesOf(providerId);
    }
    int added = 0;
    for (const PriceObservation &price : o.prices) {
        if (notePrice(slot, price)) {
            ++m_counts.pricesAdded;
            ++added;
        } else {
            ++m_counts.pricesUnchanged;
        }
    }
    if (!isNew)
        ++(added > 0 ? m_counts.offersUpdated : m_counts.offersUnchanged);
    if (m_waitingOffers.size() >= m_offerRows.rowsPerStatement() ||
        m_waitingPrices.size() >= m_priceRows.rowsPerStatement())
        writeWaiting();
}

bool OfferBatchWriter::notePrice(qsizetype slot, const PriceObservation &p)
{
    OfferSlot &offer = m_offers[slot];
    const QString key = priceKey(p.usdPerInstanceHour.micros(), p.observedOn, p.sourceUrl);
    if (KnownPrice *known = offer.price(key)) {
        // The same price seen again later (a copy of a book that was updated since).
        if (p.confirmedOn > known->confirmedOn)
            confirm(offer, p, *known);
        return false;
    }
    offer.prices.append({key, KnownPrice{0, m_batch, m_waitingPrices.size(), p.confirmedOn}});
    m_waitingPrices.append({slot, p});
    return true;
}

void OfferBatchWriter::confirm(const OfferSlot &offer, const PriceObservation &p, KnownPrice &known)
{
    known.confirmedOn = p.confirmedOn;
    if (known.id != 0) {
        if (!m_confirmById) {
            m_confirmById.emplace(m_db);
            if (!m_confirmById->prepare(
                    u"UPDATE price_observations SET confirmed_on = ? WHERE id = ?"_s))
                throw DatabaseError(describeSqlError(m_confirmById->lastError()));
        }
        m_confirmById->bindValue(0, p.confirmedOn);
        m_confirmById->bindValue(1, known.id);
        if (!m_confirmById->exec())
            throw DatabaseError(describeSqlError(m_confirmById->lastError()));
    } else if (known.batch == m_batch) {
        m_waitingPrices[known.slot].price.confirmedOn = p.confirmedOn;
    } else {
        // Added by this writer in an earlier batch: found again by what makes it the same.
        execPrepared(
            m_db,
            u"UPDATE price_observations SET confirmed_on = ? WHERE offer_id = ? AND "
            "usd_micros_per_instance_hour = ? AND observed_on = ? AND source_url = ?"_s,
            {p.confirmedOn, offer.id, p.usdPerInstanceHour.micros(), p.observedOn, p.sourceUrl});
    }
}

void OfferBatchWriter::writeWaiting()
{
    for (const auto &[slot, row] : std::as_const(m_waitingOffers))
        m_offerRows.add(row);
    m_offerRows.flush();
    for (const auto &[slot, row] : std::as_const(m_waitingOffers)) {
        if (m_offers.at(slot).id == 0)
            throw DatabaseError(QCoreApplication::translate(
                "gpucompare::DatabaseError", "the database returned no id for a new row"));
    }
    for (const WaitingPrice &w : std::as_const(m_waitingPrices)) {
        const PriceObservation &p = w.price;
        m_priceRows.add({m_offers.at(w.offer).id, p.usdPerInstanceHour.micros(), p.observedOn,
                         p.sourceUrl, p.note, p.confirmedOn, publishedMicros(p),
                         publishedCurrency(p)});
    }
    m_priceRows.flush();
    m_waitingOffers.clear();
    m_waitingPrices.clear();
    ++m_batch;
}

void OfferBatchWriter::finish()
{
    writeWaiting();
}

} // namespace gpucompare
