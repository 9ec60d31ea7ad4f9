// Imports written into a real price book: all or nothing, the preview's counts, updates as new
// price observations, kept GPU-name mappings, cancel, and lossless CSV round trips.

#include "Backends.h"
#include "CatalogImport.h"
#include "EmptyBook.h"
#include "GpuModelRepository.h"
#include "MarketShareRepository.h"
#include "NewBookOnEachBackend.h"
#include "OfferRepository.h"
#include "OwnCsv.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PriceBookJsonWriter.h"
#include "ProviderRepository.h"
#include "TestFiles.h"

#include <QBuffer>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/");

class Import : public test::NewBookOnEachBackend
{
protected:
    ImportOptions options() const
    {
        ImportOptions o;
        const QSqlDatabase db = m_book->database();
        o.gpuModels = GpuModelRepository(db).all();
        for (const Provider &p : ProviderRepository(db).all())
            o.providerNames << p.name;
        o.observedOn = QDate(2026, 11, 28);
        return o;
    }

    ImportPlan plan(const QString &fixture, ImportOptions o) const
    {
        return CatalogImport::readFile(kFixtures + fixture, o);
    }

    QByteArray dump() const
    {
        return PriceBookJsonWriter::write(readPriceBook(m_book->database()));
    }
};

} // namespace

TEST_P(Import, ADryRunCountsButWritesNothingAndTheImportThenMatchesIt)
{
    ImportOptions o = options();
    o.provider = u"AWS"_s;
    const ImportPlan p = plan(u"skypilot-aws-small.csv"_s, o);
    ASSERT_TRUE(p.ok());
    const QByteArray before = dump();
    const ImportSummary preview = PriceBookImporter(m_book->database()).importData(p.data, true);
    ASSERT_TRUE(preview.ok()) << preview.error.toStdString();
    EXPECT_EQ(dump(), before);
    // p5.48xlarge on-demand is in the bundled book at the same price but another date: an
    // update (a new observation), not a new offer.
    EXPECT_GE(preview.offersUpdated, 1);
    EXPECT_GE(preview.offersAdded, 1);
    EXPECT_EQ(preview.offersAdded + preview.offersUpdated + preview.offersUnchanged,
              int(p.data.offers.size()));

    const ImportSummary done = PriceBookImporter(m_book->database()).importData(p.data);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done.offersAdded, preview.offersAdded);
    EXPECT_EQ(done.offersUpdated, preview.offersUpdated);
    EXPECT_NE(dump(), before);

    // The same file again changes nothing.
    const ImportSummary again = PriceBookImporter(m_book->database()).importData(p.data);
    EXPECT_EQ(again.offersAdded, 0);
    EXPECT_EQ(again.offersUpdated, 0);
    EXPECT_EQ(again.offersUnchanged, int(p.data.offers.size()));
}

TEST_P(Import, AFailingImportLeavesTheBookExactlyAsItWas)
{
    ImportOptions o = options();
    const ImportPlan p = plan(u"offers-own.csv"_s, o);
    ASSERT_TRUE(p.ok());
    PriceBookData broken = p.data;
    // The last offer names a GPU the book does not have: the whole import must roll back,
    // including the new provider and the offers before it.
    Offer bad = broken.offers.first();
    bad.gpuModel = u"Voodoo2"_s;
    broken.offers.append(bad);
    const QByteArray before = dump();
    const ImportSummary summary = PriceBookImporter(m_book->database()).importData(broken);
    EXPECT_FALSE(summary.ok());
    EXPECT_TRUE(summary.error.contains(u"Voodoo2"_s));
    EXPECT_EQ(dump(), before);
}

TEST_P(Import, CancellingMidwayWritesNothing)
{
    ImportOptions o = options();
    o.provider = u"Google Cloud"_s;
    const ImportPlan p = plan(u"skypilot-gcp-small.csv"_s, o);
    const QByteArray before = dump();
    int calls = 0;
    const ImportSummary summary = PriceBookImporter(m_book->database())
                                      .importData(p.data, false, {}, [&](qsizetype, qsizetype) {
                                          return ++calls < 1; // cancel at the first report
                                      });
    EXPECT_TRUE(summary.cancelled);
    EXPECT_EQ(dump(), before);
}

TEST_P(Import, AMappingChosenInThePreviewIsKeptForTheNextImport)
{
    QSqlQuery forget(m_book->database());
    for (const QString &statement : test::forgetGpuModelStatements(u"T4G 16GB"_s))
        ASSERT_TRUE(forget.exec(statement)) << statement.toStdString(); // "T4g" is unknown now
    ImportOptions o = options();
    o.provider = u"AWS"_s;
    o.gpuMappings.insert(u"T4g"_s, u"T4 16GB"_s);
    const ImportPlan p = plan(u"skypilot-aws-small.csv"_s, o);
    ASSERT_TRUE(p.unmappedGpus.isEmpty());
    const ImportSummary summary =
        PriceBookImporter(m_book->database()).importData(p.data, false, o.gpuMappings);
    ASSERT_TRUE(summary.ok()) << summary.error.toStdString();
    EXPECT_EQ(summary.aliasesAdded, 1);

    ImportOptions next = options(); // no mapping given this time
    next.provider = u"AWS"_s;
    EXPECT_TRUE(plan(u"skypilot-aws-small.csv"_s, next).unmappedGpus.isEmpty());
}

TEST_P(Import, OffersAndMarketShareCsvRoundTripThroughAnEmptyBook)
{
    const QSqlDatabase db = m_book->database();
    const QByteArray offersCsv = OwnCsv::writeOffers(OfferRepository(db).all());
    const QByteArray sharesCsv = OwnCsv::writeMarketShare(MarketShareRepository(db).all());

    // A book with the same providers and GPU models but no offers or shares.
    auto empty = test::openEmptyBook(m_dir.filePath(u"empty.sqlite"_s));
    ASSERT_TRUE(empty);
    PriceBookData reference = readPriceBook(db);
    reference.offers.clear();
    reference.marketShare.clear();
    reference.savedJobs.clear();
    ASSERT_TRUE(PriceBookImporter(empty->database()).importData(reference).ok());

    ImportOptions o;
    o.gpuModels = GpuModelRepository(empty->database()).all();
    for (const Provider &p : ProviderRepository(empty->database()).all())
        o.providerNames << p.name;
    for (const QByteArray &csv : {offersCsv, sharesCsv}) {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        const ImportPlan p = CatalogImport::read(buffer, u"export.csv"_s, o);
        ASSERT_TRUE(p.ok()) << p.error.toString().toStdString();
        ASSERT_TRUE(p.rejected.isEmpty()) << p.rejected.first().reason.toStdString();
        ASSERT_TRUE(PriceBookImporter(empty->database()).importData(p.data).ok());
    }
    EXPECT_EQ(OwnCsv::writeOffers(OfferRepository(empty->database()).all()), offersCsv);
    EXPECT_EQ(OwnCsv::writeMarketShare(MarketShareRepository(empty->database()).all()), sharesCsv);
}

TEST_P(Import, NoMalformedFileChangesTheBook)
{
    const QByteArray before = dump();
    ImportOptions o = options();
    o.provider = u"AWS"_s;
    const QStringList files = QDir(kFixtures + u"malformed"_s).entryList(QDir::Files);
    ASSERT_GE(files.size(), 8);
    for (const QString &name : files) {
        const ImportPlan p = plan(u"malformed/"_s + name, o);
        EXPECT_FALSE(p.ok() && !p.data.offers.isEmpty())
            << name.toStdString() << " should be refused or have every row rejected";
        if (p.ok()) {
            ASSERT_TRUE(PriceBookImporter(m_book->database()).importData(p.data).ok());
        }
        EXPECT_EQ(dump(), before) << name.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, Import,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
