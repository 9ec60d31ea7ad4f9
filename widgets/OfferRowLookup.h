#pragma once

#include "OfferRow.h"

#include <QHash>
#include <QList>

namespace gpucompare {

/// The rows of a few offers among a table's rows, by offer id: those the rows hold. The rows
/// come from the book in order of id, so each is found by binary search; an id not found so
/// (an added offer, or rows in another order) is looked for row by row. An edit of one price
/// among 100,000 offers then finds its row without hashing every row first.
QHash<qint64, int> rowsOfOffers(const QList<OfferRow> &rows, const QList<qint64> &offerIds);

} // namespace gpucompare
