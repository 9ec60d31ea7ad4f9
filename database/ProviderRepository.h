#pragma once

#include "BookRecords.h"
#include "PriceBookData.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace gpucompare {

/// Providers and the user's negotiated discounts. Throws DatabaseError on failure.
class ProviderRepository final
{
public:
    explicit ProviderRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    std::optional<qint64> idByName(const QString &name) const;
    qint64 insert(const Provider &provider);
    /// Updates the fields of an existing provider; returns whether anything changed.
    bool update(qint64 id, const Provider &provider);
    /// Every provider, by name.
    QList<Provider> all() const;
    /// Every provider with the id of its row, by name ignoring case (the forms' list).
    QList<ProviderRecord> records() const;
    /// What refers to the provider, for the question before deleting it.
    References references(qint64 id) const;
    int count() const;

private:
    void setDiscount(qint64 id, double percent);
    Provider byId(qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace gpucompare
