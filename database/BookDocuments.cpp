#include "BookDocuments.h"

#include "DatabaseError.h"
#include "ExchangeRateRepository.h"
#include "GpuCatalog.h"
#include "GpuModelRepository.h"
#include "InstanceShapeRepository.h"
#include "MarketShareRepository.h"
#include "OfferRepository.h"
#include "OwnCsv.h"
#include "PriceBookImporter.h"
#include "PriceBookJsonWriter.h"
#include "ProviderRepository.h"

using namespace Qt::StringLiterals;

namespace gpucompare {

std::optional<BookContent> bookContentFromToken(const QString &token)
{
    if (token == u"offers")
        return BookContent::Offers;
    if (token == u"market-share")
        return BookContent::MarketShare;
    if (token == u"all")
        return BookContent::WholeBook;
    return std::nullopt;
}

Outcome<QByteArray> bookDocument(const QSqlDatabase &db, BookContent content, bool bom)
{
    try {
        switch (content) {
        case BookContent::Offers:
            return OwnCsv::writeOffers(OfferRepository(db).all(), bom);
        case BookContent::MarketShare:
            return OwnCsv::writeMarketShare(MarketShareRepository(db).all(), bom);
        case BookContent::WholeBook:
            return PriceBookJsonWriter::write(readPriceBook(db));
        }
    } catch (const DatabaseError &e) {
        return Outcome<QByteArray>::failure(e.message());
    }
    return Outcome<QByteArray>::failure(u"internal error: unknown export"_s);
}

Outcome<ImportOptions> importOptionsFor(const QSqlDatabase &db, const QDate &observedOn)
{
    ImportOptions options;
    options.observedOn = observedOn;
    try {
        options.gpuModels = GpuModelRepository(db).all();
        options.gpuCatalog = [] {
            return bundledGpuCatalog();
        };
        for (const Provider &p : ProviderRepository(db).all())
            options.providerNames << p.name;
        options.instanceShapes = InstanceShapeRepository(db).all();
    } catch (const DatabaseError &e) {
        return Outcome<ImportOptions>::failure(e.message());
    }
    // A price given only in its published currency gets its dollars at its day's rate.
    Outcome<ExchangeRates> rates = readExchangeRates(db);
    if (!rates)
        return Outcome<ImportOptions>::failure(rates.error());
    options.exchangeRates = std::move(rates).value();
    return options;
}

} // namespace gpucompare
