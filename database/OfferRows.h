#pragma once

#include "PriceBookData.h"
#include "RowStore.h"

#include <QSqlQuery>
#include <optional>

namespace gpucompare {

// The rows of offers and price_observations, every column: each type's columns(), read() and
// cells() are its table's one mapping (RowStore.h), for OfferRepository and the edits.

/// A row of offers.
struct OffersRow
{
    static constexpr RowTable kTable{"offers", "id", RowKey::OwnId};

    qint64 id = 0;
    qint64 providerId = 0;
    qint64 gpuModelId = 0;
    Offer offer; ///< its own columns; offer.provider, gpuModel (names) and prices stay empty

    /// "id, provider_id, ..." (each after `prefix`), read back by read() from column `first` on.
    static QString columns(SqlDialect dialect, const QString &prefix);
    static OffersRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return QVariant::fromValue(id); }
    void resolveIds(const StandInIds &ids);
    friend bool operator==(const OffersRow &, const OffersRow &) = default;
};

/// A row of price_observations.
struct PriceObservationsRow
{
    static constexpr RowTable kTable{"price_observations", "id", RowKey::OwnId};

    qint64 id = 0;
    qint64 offerId = 0;
    PriceObservation price;
    /// A team book's role that recorded the price and when ("2026-12-02 15:30 UTC"), as the
    /// server stamped them; empty in a file (no such columns) and for a price not yet written,
    /// which the server stamps when it is.
    std::optional<QString> recordedBy;
    std::optional<QString> recordedAt;

    static QString columns(SqlDialect dialect, const QString &prefix);
    static PriceObservationsRow read(const QSqlQuery &q, int first);
    Cells cells() const;
    QVariant key() const { return QVariant::fromValue(id); }
    void resolveIds(const StandInIds &ids);
    friend bool operator==(const PriceObservationsRow &, const PriceObservationsRow &) = default;
};

/// A price's published amount and currency as the book stores them: NULL for US dollars.
QVariant publishedMicros(const PriceObservation &price);
QVariant publishedCurrency(const PriceObservation &price);

} // namespace gpucompare
