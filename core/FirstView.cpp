#include "FirstView.h"

#include <QHash>

namespace gpucompare {

namespace {

QString mostOffered(const QHash<QString, int> &counts)
{
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

QString mostOfferedTrainingGpu(const QList<OfferRow> &rows)
{
    QHash<QString, int> training;
    QHash<QString, int> all;
    for (const OfferRow &row : rows) {
        if (!row.notListedSince.isEmpty())
            continue;
        ++all[row.gpuModel];
        if (row.denseTflops && *row.denseTflops >= kTrainingPeakTflops)
            ++training[row.gpuModel];
    }
    return training.isEmpty() ? mostOffered(all) : mostOffered(training);
}

} // namespace gpucompare
