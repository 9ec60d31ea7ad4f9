#include "OfferRowLookup.h"

#include <algorithm>

namespace gpucompare {

QHash<qint64, int> rowsOfOffers(const QList<OfferRow> &rows, const QList<qint64> &offerIds)
{
    QHash<qint64, int> found;
    QList<qint64> missing;
    for (const qint64 id : offerIds) {
        const auto at =
            std::lower_bound(rows.cbegin(), rows.cend(), id,
                             [](const OfferRow &r, qint64 wanted) { return r.offerId < wanted; });
        // Ids are unique: a row with this id is the one, whether or not the rows are in order.
        if (at != rows.cend() && at->offerId == id)
            found.insert(id, int(at - rows.cbegin()));
        else
            missing.append(id);
    }
    if (missing.isEmpty())
        return found;
    for (int row = 0; row < rows.size(); ++row) {
        if (missing.contains(rows.at(row).offerId))
            found.insert(rows.at(row).offerId, row);
    }
    return found;
}

} // namespace gpucompare
