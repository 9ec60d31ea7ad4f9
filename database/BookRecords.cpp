// The records the editing forms list and show, each read by its table's repository (the edits
// that change them are in PriceBookEdits.cpp).

#include "BookRecords.h"

#include "DatabaseError.h"
#include "EgressPriceRepository.h"
#include "GpuModelRepository.h"
#include "InstanceShapeRepository.h"
#include "MarketShareRepository.h"
#include "OfferRepository.h"
#include "ProviderRepository.h"

#include <QChar>
#include <QStringList>

namespace gpucompare {

QString offerIdentity(qint64 providerId, qint64 gpuModelId, const QString &instanceType,
                      const QString &region, const QString &pricingToken,
                      const QString &pricingTerm)
{
    // A separator no validated text may hold (control characters are refused everywhere).
    return QStringList{QString::number(providerId),
                       QString::number(gpuModelId),
                       instanceType,
                       region,
                       pricingToken,
                       pricingTerm}
        .join(QChar(0x1F));
}

Outcome<QList<ProviderRecord>> providerRecords(const QSqlDatabase &db)
{
    return attempt([&] { return ProviderRepository(db).records(); });
}

Outcome<QList<GpuModelRecord>> gpuModelRecords(const QSqlDatabase &db)
{
    return attempt([&] { return GpuModelRepository(db).records(); });
}

Outcome<QList<InstanceShapeRecord>> instanceShapeRecords(const QSqlDatabase &db)
{
    return attempt([&] { return InstanceShapeRepository(db).records(); });
}

Outcome<QList<std::pair<qint64, EgressPrice>>> egressPriceRecords(const QSqlDatabase &db)
{
    return attempt([&] { return EgressPriceRepository(db).records(); });
}

Outcome<QList<OfferSummary>> offerSummaries(const QSqlDatabase &db)
{
    return attempt([&] { return OfferRepository(db).summaries(); });
}

Outcome<std::optional<OfferRecord>> offerRecord(const QSqlDatabase &db, qint64 id)
{
    return attempt([&] { return OfferRepository(db).record(id); });
}

Outcome<QList<SnapshotRecord>> snapshotRecords(const QSqlDatabase &db)
{
    return attempt([&] { return MarketShareRepository(db).records(); });
}

Outcome<References> providerReferences(const QSqlDatabase &db, qint64 providerId)
{
    return attempt([&] { return ProviderRepository(db).references(providerId); });
}

Outcome<References> gpuModelReferences(const QSqlDatabase &db, qint64 gpuModelId)
{
    return attempt([&] { return GpuModelRepository(db).references(gpuModelId); });
}

} // namespace gpucompare
