#pragma once

#include "MultiRowInsert.h"
#include "PriceBookData.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace gpucompare {

/// The offers of an import or a copy with their prices, written in batches of rows (issue 32).
///
/// It matches as a row-by-row import did: an offer is the book's offer with the same provider,
/// GPU, instance type, region and pricing, else a new one; a price is added unless the offer
/// has the same amount, date and source already, whose confirmation date then moves to the
/// later one. What the book holds is read once per provider (its offers when the provider's
/// first offer comes, their prices when one of them is matched), not once per row; new offers
/// and new prices wait in memory and go to the database a few thousand at a time. Runs inside
/// the caller's transaction; throws DatabaseError.
class OfferBatchWriter final
{
public:
    struct Counts
    {
        int offersAdded = 0;
        int offersUpdated = 0;   ///< offers already there (or earlier in the data) with a new price
        int offersUnchanged = 0; ///< offers already there whose prices were all known
        int pricesAdded = 0;
        int pricesUnchanged = 0;
    };

    explicit OfferBatchWriter(const QSqlDatabase &db);

    /// The offer (provider and GPU model by their ids here) and its prices.
    void add(qint64 providerId, qint64 gpuModelId, const Offer &offer);
    /// Writes what is still waiting; call once, after the last add().
    void finish();
    const Counts &counts() const { return m_counts; }

private:
    struct KnownPrice
    {
        qint64 id = 0;      ///< the book's row; 0 for a price this writer adds
        int batch = -1;     ///< the batch a price this writer adds waits in
        qsizetype slot = 0; ///< its place in m_waitingPrices while it waits
        QString confirmedOn;
    };
    struct OfferSlot
    {
        qint64 id = 0; ///< 0 until a new offer is written
        qint64 providerId = 0;
        bool inBook = false; ///< there before this writer started
        /// By amount, date and source: a list, as an offer has a few prices (a hash per offer
        /// was a sixth of a 100,000-offer copy).
        QList<std::pair<QString, KnownPrice>> prices;

        KnownPrice *price(const QString &key)
        {
            for (auto &[k, known] : prices) {
                if (k == key)
                    return &known;
            }
            return nullptr;
        }
    };
    struct WaitingPrice
    {
        qsizetype offer = 0;
        PriceObservation price;
    };

    void loadOffersOf(qint64 providerId);
    void loadPricesOf(qint64 providerId);
    /// Whether the price is new to the offer; a known one's confirmation moves to the later date.
    bool notePrice(qsizetype offer, const PriceObservation &price);
    void confirm(const OfferSlot &offer, const PriceObservation &price, KnownPrice &known);
    void writeWaiting();

    QSqlDatabase m_db;
    QList<OfferSlot> m_offers;
    QHash<QString, qsizetype> m_offerByIdentity; ///< offerIdentity() -> m_offers
    QHash<qint64, qsizetype> m_offerById;        ///< the book's offers -> m_offers
    QSet<qint64> m_offersLoaded;                 ///< providers whose offers were read
    QSet<qint64> m_pricesLoaded;                 ///< providers whose offers' prices were read
    QList<std::pair<qsizetype, QVariantList>> m_waitingOffers; ///< slot, row without id
    QList<WaitingPrice> m_waitingPrices;
    int m_batch = 0;
    bool m_startedEmpty = false; ///< the book held no offers: none need be read
    MultiRowInsert m_offerRows;
    MultiRowInsert m_priceRows;
    std::optional<QSqlQuery> m_confirmById;
    Counts m_counts;
};

} // namespace gpucompare
