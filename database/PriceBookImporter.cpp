#include "PriceBookImporter.h"

#include "BookIds.h"
#include "DatabaseError.h"
#include "EgressPriceRepository.h"
#include "ExchangeRateRepository.h"
#include "GpuModelRepository.h"
#include "InstanceShapeRepository.h"
#include "MarketShareRepository.h"
#include "OfferBatchWriter.h"
#include "OfferRepository.h"
#include "ProviderRepository.h"
#include "SavedJobRepository.h"
#include "UpdateChangeRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::PriceBookImporter", text);
}
} // namespace

namespace {
/// Thrown out of write() to roll back a cancelled import.
struct Cancelled
{
};
} // namespace

ImportSummary PriceBookImporter::importData(const PriceBookData &data, bool dryRun,
                                            const QHash<QString, QString> &newAliases,
                                            const Progress &progress)
{
    ImportSummary summary;
    if (!m_db.transaction()) {
        summary.error = describeSqlError(m_db.lastError());
        return summary;
    }
    try {
        if (m_first)
            m_first();
        write(data, newAliases, progress, summary);
        if (m_last)
            m_last();
    } catch (const DatabaseError &e) {
        m_db.rollback();
        summary = ImportSummary();
        summary.error = e.message();
        return summary;
    } catch (const Cancelled &) {
        m_db.rollback();
        summary = ImportSummary();
        summary.cancelled = true;
        return summary;
    }
    if (dryRun) {
        m_db.rollback();
        return summary;
    }
    if (!m_db.commit()) {
        summary.error = describeSqlError(m_db.lastError());
        m_db.rollback();
    }
    return summary;
}

void PriceBookImporter::write(const PriceBookData &data, const QHash<QString, QString> &newAliases,
                              const Progress &progress, ImportSummary &summary)
{
    ProviderRepository providers(m_db);
    for (qsizetype i = 0; i < data.providers.size(); ++i) {
        const Provider &p = data.providers.at(i);
        if (const auto id = providers.idByName(p.name)) {
            summary.providersUpdated += providers.update(*id, p) ? 1 : 0;
        } else {
            providers.insert(p);
            ++summary.providersAdded;
        }
    }

    GpuModelRepository gpus(m_db);
    for (const GpuModel &g : data.gpuModels) {
        if (const auto id = gpus.idByName(g.name)) {
            summary.gpuModelsUpdated += gpus.update(*id, g) ? 1 : 0;
        } else {
            gpus.insert(g);
            ++summary.gpuModelsAdded;
        }
    }

    for (auto it = newAliases.cbegin(); it != newAliases.cend(); ++it) {
        const auto id = gpus.idByName(it.value());
        if (!id)
            throw DatabaseError(tr("no GPU model is named \"%1\"").arg(it.value()));
        summary.aliasesAdded += gpus.addAlias(*id, it.key()) ? 1 : 0;
    }

    // Offers and prices in batches of rows, matched against what the book holds read once per
    // provider (issue 32: a row-by-row copy into PostgreSQL took a minute).
    BookIds ids(m_db);
    OfferBatchWriter offers(m_db);
    for (qsizetype i = 0; i < data.offers.size(); ++i) {
        if (progress && i % 256 == 0 && !progress(i, data.offers.size()))
            throw Cancelled{};
        const Offer &o = data.offers.at(i);
        const auto providerId = ids.provider(o.provider);
        if (!providerId) {
            throw DatabaseError(
                tr("offers[%1]: no provider is named \"%2\"").arg(i).arg(o.provider));
        }
        const auto gpuId = ids.gpuModel(o.gpuModel);
        if (!gpuId) {
            throw DatabaseError(
                tr("offers[%1]: no GPU model or alias is named \"%2\"").arg(i).arg(o.gpuModel));
        }
        offers.add(*providerId, *gpuId, o);
    }
    offers.finish();
    const OfferBatchWriter::Counts &written = offers.counts();
    summary.offersAdded += written.offersAdded;
    summary.offersUpdated += written.offersUpdated;
    summary.offersUnchanged += written.offersUnchanged;
    summary.pricesAdded += written.pricesAdded;
    summary.pricesUnchanged += written.pricesUnchanged;

    InstanceShapeRepository shapes(m_db);
    for (const InstanceShape &shape : data.instanceShapes)
        summary.shapesSaved += shapes.save(shape) ? 1 : 0;

    EgressPriceRepository egress(m_db);
    for (const EgressPrice &price : data.egressPrices)
        egress.save(price);

    MarketShareRepository shares(m_db);
    for (const MarketShareSnapshot &s : data.marketShare) {
        if (const auto id = shares.findId(s)) {
            summary.snapshotsUpdated += shares.replace(*id, s) ? 1 : 0;
        } else {
            shares.insert(s);
            ++summary.snapshotsAdded;
        }
    }

    SavedJobRepository jobs(m_db);
    for (const SavedJob &job : data.savedJobs) {
        jobs.save(job);
        ++summary.savedJobsSaved;
    }

    // Only a copy of a whole book into a new one carries these (PriceBookData): its rows as
    // they are, the changes' offers found again by name.
    ExchangeRateRepository(m_db).insertRows(data.exchangeRates);
    UpdateChangeRepository(m_db).recordCopied(data.updateChanges);
}

PriceBookData readPriceBook(const QSqlDatabase &db)
{
    PriceBookData data;
    data.providers = ProviderRepository(db).all();
    data.gpuModels = GpuModelRepository(db).all();
    data.offers = OfferRepository(db).all();
    data.instanceShapes = InstanceShapeRepository(db).all();
    data.marketShare = MarketShareRepository(db).all();
    data.savedJobs = SavedJobRepository(db).all();
    data.egressPrices = EgressPriceRepository(db).all();
    return data;
}

} // namespace gpucompare
