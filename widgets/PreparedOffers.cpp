#include "PreparedOffers.h"

#include <QHash>
#include <QSet>

namespace gpucompare {

void annotateForTable(QList<OfferRow> &rows, const TableAnnotation &annotation)
{
    annotateOffers(rows, Freshness{annotation.today, annotation.maxAgeDays},
                   annotation.includeStale);
    if (annotation.scope)
        markCheapest(rows, annotation.scope, annotation.includeStale);
}

PreparedOffers prepareOffers(QList<OfferRow> rows, TableAnnotation annotation)
{
    PreparedOffers prepared;
    annotateForTable(rows, annotation);
    QHash<QString, int> gpus;
    QSet<QString> providers;
    QSet<QString> regions;
    for (const OfferRow &r : std::as_const(rows)) {
        ++gpus[r.gpuModel];
        providers.insert(r.provider);
        if (!r.region.isEmpty())
            regions.insert(r.region);
    }
    prepared.providers = QStringList(providers.cbegin(), providers.cend());
    prepared.regions = QStringList(regions.cbegin(), regions.cend());
    prepared.gpuNames = gpus.keys();
    prepared.providers.sort(Qt::CaseInsensitive);
    prepared.regions.sort(Qt::CaseInsensitive);
    prepared.gpuNames.sort();
    int most = 0;
    for (const QString &gpu : std::as_const(prepared.gpuNames)) {
        if (gpus.value(gpu) > most) {
            most = gpus.value(gpu);
            prepared.busiestGpu = gpu;
        }
    }
    prepared.shortGpus = ShortGpuNames(prepared.gpuNames);
    prepared.groups = RegionGroupIndex::build(rows);
    prepared.order = PriceTableOrder::rank(rows, annotation.sortColumn);
    const QDate today = annotation.today;
    const PriceTableWidest widest(rows, prepared.shortGpus, [&rows, today](int row, int column) {
        return PriceTableWidest::shownText(rows.at(row), column, today);
    });
    prepared.widest = widest.prepare(today);
    prepared.indexed = true;
    prepared.rows = std::move(rows);
    prepared.annotation = std::move(annotation);
    return prepared;
}

} // namespace gpucompare
