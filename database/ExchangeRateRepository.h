#pragma once

#include "EcbReferenceRates.h"
#include "ExchangeRates.h"
#include "Outcome.h"
#include "PriceBookData.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gpucompare {

/// The days of euro reference rates a book has fetched (exchange_rates). Throws DatabaseError.
class ExchangeRateRepository final
{
public:
    explicit ExchangeRateRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// What save() did, rate by rate (one currency on one day).
    struct Saved
    {
        int added = 0;
        int changed = 0; ///< a day's rate the ECB published anew with another figure
        int unchanged = 0;
    };
    /// Keeps each day's rates, with the address they were read from; a day already held keeps
    /// its rows, and only a rate with a different figure is replaced.
    Saved save(const QList<EuroRateDay> &days, const QString &sourceUrl);
    /// Every stored day, oldest first.
    QList<EuroRateDay> all() const;
    /// Every stored rate with its address, by day and currency: what a copy of the book carries.
    QList<StoredExchangeRate> rows() const;
    /// Writes rates read from another book as they are (into a new book: none are held yet).
    void insertRows(const QList<StoredExchangeRate> &rows);

private:
    QSqlDatabase m_db;
};

/// The day of rates bundled with the application (resources/rates), which every book has.
const EuroRateDay &bundledEuroRates();

/// The bundled day and every day the book has fetched: what conversions use. A book whose
/// rates cannot be read gives the reason (the caller may still convert with the bundled day).
Outcome<ExchangeRates> readExchangeRates(const QSqlDatabase &db);

} // namespace gpucompare
