#pragma once

#include "BookRecords.h"
#include "OfferRow.h"
#include "PriceBookData.h"
#include "PriceHistory.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <array>
#include <optional>

namespace gpucompare {

/// Offers and their price history. Throws DatabaseError on failure.
class OfferRepository final
{
public:
    explicit OfferRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The offer with the same provider, GPU, instance type, region and pricing (model and term).
    /// Fills an offer's vCPUs and RAM where they are empty (a catalog describes the machine);
    /// never overwrites what is there.
    void fillMachine(qint64 id, std::optional<int> vcpus, std::optional<double> ramGb);
    std::optional<qint64> findId(qint64 providerId, qint64 gpuModelId, const Offer &offer) const;
    /// Inserts the offer's own fields; its prices go through addObservation.
    qint64 insert(qint64 providerId, qint64 gpuModelId, const Offer &offer);
    /// Adds a price unless the same amount, date and source is already recorded; returns
    /// whether it was added.
    bool addObservation(qint64 offerId, const PriceObservation &price);
    /// The current (latest) price of an offer.
    struct LatestPrice
    {
        qint64 observationId = 0;
        Money usdPerInstanceHour;
        QString observedOn;
        QString confirmedOn;
    };
    std::optional<LatestPrice> latestPrice(qint64 offerId) const;
    /// Records that an observation's price was seen again on `date` ("YYYY-MM-DD").
    void confirm(qint64 observationId, const QString &date);
    /// Which catalog lists the offer, and since when it no longer does (empty: it does).
    void setListing(qint64 offerId, const QString &listedBy, const QString &notListedSince);
    /// The offers `catalog` listed at its last update (and still listed then).
    QList<qint64> listedBy(const QString &catalog) const;
    /// Every offer with its whole history, in a stable order (provider, GPU, instance, region,
    /// pricing); prices oldest first.
    QList<Offer> all() const;
    int count() const;
    /// One line per offer for the offers form's list, by provider, GPU, instance, region and
    /// pricing: enough to find an offer among 100,000 without reading them all.
    QList<OfferSummary> summaries() const;
    /// The offer with its prices (oldest first), as the offer form edits it; nullopt when the
    /// book has no offer of this id.
    std::optional<OfferRecord> record(qint64 id) const;
    /// Every dated observation of every offer, per GPU-hour, for the price-history chart.
    QList<HistoryObservation> history() const;
    /// The same for a few offers (the compare view): read by id, not filtered from all.
    QList<HistoryObservation> history(const QList<qint64> &offerIds) const;
    /// Every offer at its price, one row each, in the order they were added, in one query (no
    /// 256-row fetch limit: this is a forward-only read, not a QSqlTableModel; readCurrentRows(),
    /// through SQLite's C API in a SQLite book). An offer's price
    /// is the observation its standing ranks first in `freshness`: the newest current one, else
    /// an undated one, else the newest stale one (a stale price is known to be old, an undated
    /// one is not). Derived fields are left for annotateOffers().
    QList<OfferRow> currentRows(const Freshness &freshness = Freshness{QDate::currentDate()}) const;
    /// The same for these offers only (those that still exist), after an edit of a few.
    QList<OfferRow> currentRows(const QList<qint64> &offerIds,
                                const Freshness &freshness = Freshness{QDate::currentDate()}) const;

private:
    QList<HistoryObservation> readHistory(const QString &andWhere,
                                          const QVariantList &values) const;
    /// A statement prepared once per repository: an import of 100,000 offers ran four
    /// statements per offer, and preparing each one again was most of its time.
    QSqlQuery &statement(int slot, const QString &sql) const;

    QSqlDatabase m_db;
    mutable std::array<std::optional<QSqlQuery>, 4> m_statements;
};

} // namespace gpucompare
