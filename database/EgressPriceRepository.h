#pragma once

#include "PriceBookData.h"

#include <QList>
#include <QSqlDatabase>

namespace gpucompare {

/// Egress price tiers, one row per provider and tier start. Throws DatabaseError on failure.
class EgressPriceRepository final
{
public:
    explicit EgressPriceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Adds the tier, or replaces the provider's tier that starts at the same volume; returns
    /// whether anything changed. The provider must exist.
    bool save(const EgressPrice &price);
    /// Every tier, by provider and volume.
    QList<EgressPrice> all() const;
    /// The same with each row's id, for the form that edits them.
    QList<std::pair<qint64, EgressPrice>> records() const;

private:
    QSqlDatabase m_db;
};

} // namespace gpucompare
