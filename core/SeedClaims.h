#pragma once

#include "PriceBookData.h"

#include <QList>
#include <QString>

namespace gpucompare {

/// What the price book says of a claim of the note the product was created from.
enum class ClaimVerdict
{
    Supported,
    Partly,
    Contradicted,
    NoData
};

struct ClaimCheck
{
    QString claim; ///< the seed note's words, shortened
    ClaimVerdict verdict = ClaimVerdict::NoData;
    QString evidence; ///< the figures from the price book that decide it
};

/// Checks the seed note's claims about prices and shares against a price book's current prices
/// and its latest measured market shares: computed from the data, so a book updated from the
/// catalogs gives its own answer. Offers no longer listed are left out.
QList<ClaimCheck> checkSeedClaims(const PriceBookData &book);

QString claimVerdictName(ClaimVerdict verdict);

} // namespace gpucompare
