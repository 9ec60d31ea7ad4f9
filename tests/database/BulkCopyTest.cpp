// Offers and prices written in batches of rows (issue 32): a copy into a team book and back out
// gives the source's export, an import gives what writing row by row gave, and a failure in a
// later batch leaves nothing of the earlier ones.

#include "Backends.h"
#include "BookCopy.h"
#include "EmptyBook.h"
#include "GpuModelRepository.h"
#include "OfferRepository.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PriceBookJsonWriter.h"
#include "ProviderRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// Offers of the bundled book's providers and GPU models, more than one batch of rows
/// (MultiRowInsert: a thousand rows a statement on PostgreSQL), each with two or three prices:
/// some repeated (the same amount, date and source, confirmed later), some undated.
QList<Offer> manyOffers(const QSqlDatabase &db, int count)
{
    const QList<Provider> providers = ProviderRepository(db).all();
    const QList<GpuModel> gpus = GpuModelRepository(db).all();
    QList<Offer> offers;
    for (int i = 0; i < count; ++i) {
        Offer o;
        o.provider = providers.at(i % providers.size()).name;
        o.gpuModel = gpus.at((i / 7) % gpus.size()).name;
        o.instanceType = u"bulk-%1.xlarge"_s.arg(i);
        o.gpusPerInstance = 1 << (i % 4);
        if (i % 3 == 0)
            o.vcpus = 8 + i % 64;
        if (i % 5 == 0)
            o.ramGb = 30.5 + i % 9;
        o.region = i % 11 == 0 ? QString() : u"region-%1"_s.arg(i % 13);
        o.pricing = i % 4 == 3 ? PricingModel::Spot : PricingModel::OnDemand;
        o.notes = i % 17 == 0 ? u"note \"quoted\", with a comma; and ünïcode"_s : QString();
        o.listedBy = i % 19 == 0 ? u"skypilot/aws"_s : QString();
        const Money price = Money::fromMicros(1'000'000 + 1'234 * i);
        o.prices.append({price, u"2026-01-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0')),
                         u"https://example.com/%1"_s.arg(i % 5), QString(), QString()});
        o.prices.append({Money::fromMicros(price.micros() + 10), u"2026-02-03"_s,
                         u"https://example.com/p"_s, u"later"_s, QString()});
        if (i % 10 == 0) // the first price seen again, confirmed on a later day
            o.prices.append({price, o.prices.first().observedOn, o.prices.first().sourceUrl,
                             QString(), u"2026-03-0%1"_s.arg(1 + i % 9)});
        if (i % 29 == 0)
            o.prices.append({Money::fromMicros(77), QString(), QString(), QString(), QString()});
        offers.append(o);
    }
    return offers;
}

/// The same offers written one row at a time, as the importer wrote them before issue 32.
void writeRowByRow(const QSqlDatabase &db, const QList<Offer> &offers)
{
    OfferRepository repository(db);
    for (const Offer &o : offers) {
        const qint64 providerId = *ProviderRepository(db).idByName(o.provider);
        const qint64 gpuId = *GpuModelRepository(db).resolve(o.gpuModel);
        auto id = repository.findId(providerId, gpuId, o);
        if (!id)
            id = repository.insert(providerId, gpuId, o);
        for (const PriceObservation &p : o.prices)
            repository.addObservation(*id, p);
    }
}

QByteArray exported(const QSqlDatabase &db)
{
    return PriceBookJsonWriter::write(readPriceBook(db));
}

class BulkCopy : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"source.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_source = std::move(opened.book);
        PriceBookData data;
        data.offers = manyOffers(m_source->database(), 1'500);
        ASSERT_TRUE(PriceBookImporter(m_source->database()).importData(data).ok());
    }

    /// An empty place of the backend: a file name, or a new database on the test server.
    QString emptyPlace(const QString &name) const
    {
        if (GetParam() == test::Backend::Sqlite)
            return m_dir.filePath(name);
        return test::newPostgresDatabase();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PriceBook> m_source;
};

} // namespace

TEST_P(BulkCopy, ACopyInAndBackOutGivesTheSourcesExport)
{
    if (GetParam() == test::Backend::Postgres && !test::testServerUri())
        GTEST_SKIP() << "no test PostgreSQL server (run the tests through ctest)";
    const QByteArray source = exported(m_source->database());
    // Into the backend through the records (a file to a file would be a page copy) ...
    const auto data = readPriceBook(m_source->database());
    const PriceBook::OpenResult copy = PriceBook::createFrom(emptyPlace(u"in.sqlite"_s), data);
    ASSERT_TRUE(copy.book) << copy.error.toStdString();
    EXPECT_EQ(exported(copy.book->database()), source);
    const Outcome<CopiedCounts> counts = copiedCounts(copy.book->database());
    ASSERT_TRUE(counts);
    EXPECT_GT(counts.value().offers, 1'500);
    // ... and back out into a new file.
    const QString back = m_dir.filePath(u"back.sqlite"_s);
    const PriceBook::OpenResult out = copyBook(copy.book->database(), back);
    ASSERT_TRUE(out.book) << out.error.toStdString();
    EXPECT_EQ(exported(out.book->database()), source);
}

TEST_P(BulkCopy, AnImportWritesWhatWritingRowByRowWrote)
{
    GPUCOMPARE_NEW_BOOK_PLACE(GetParam(), m_dir, place);
    auto bulk = PriceBook::open(place);
    ASSERT_TRUE(bulk.book) << bulk.error.toStdString();
    auto rows = PriceBook::open(m_dir.filePath(u"rows.sqlite"_s));
    ASSERT_TRUE(rows.book) << rows.error.toStdString();
    // A book holding offers already: the import matches some, repeats prices (confirmed later
    // or not), and names a new offer twice, the second time after the first was written.
    const QList<Offer> first = manyOffers(bulk.book->database(), 700);
    PriceBookData before;
    before.offers = first.mid(0, 600);
    ASSERT_TRUE(PriceBookImporter(bulk.book->database()).importData(before).ok());
    writeRowByRow(rows.book->database(), before.offers);
    PriceBookData data;
    data.offers = manyOffers(bulk.book->database(), 1'400).mid(300);
    for (Offer &o : data.offers) {
        for (PriceObservation &p : o.prices) {
            if (p.note == u"later")
                p.confirmedOn = u"2026-04-01"_s;
        }
    }
    Offer twice = data.offers.at(400);
    twice.prices.first().confirmedOn = u"2026-05-05"_s;
    twice.prices.append({Money::fromMicros(42), u"2026-06-01"_s, QString(), QString(), QString()});
    data.offers.append(twice);

    const ImportSummary summary = PriceBookImporter(bulk.book->database()).importData(data);
    ASSERT_TRUE(summary.ok()) << summary.error.toStdString();
    writeRowByRow(rows.book->database(), data.offers);
    EXPECT_EQ(exported(bulk.book->database()), exported(rows.book->database()));
    EXPECT_EQ(summary.offersAdded, 1'400 - 600);
    EXPECT_EQ(summary.offersUnchanged, 300);
    EXPECT_EQ(summary.offersUpdated, 1) << "only the offer named twice gets a new price";
}

TEST_P(BulkCopy, AFailureInALaterBatchLeavesNothingOfTheEarlierOnes)
{
    if (GetParam() == test::Backend::Postgres && !test::testServerUri())
        GTEST_SKIP() << "no test PostgreSQL server (run the tests through ctest)";
    PriceBookData data = readPriceBook(m_source->database());
    // Past the first batches of offers: refused by the table's CHECK, not before.
    data.offers[1'200].gpusPerInstance = 0;
    const QString place = emptyPlace(u"failed.sqlite"_s);
    const PriceBook::OpenResult copy = PriceBook::createFrom(place, data);
    ASSERT_FALSE(copy.book);
    if (GetParam() == test::Backend::Sqlite) {
        EXPECT_FALSE(QFile::exists(place)) << "no file under the name asked for";
    } else {
        EXPECT_EQ(test::adminQuery(test::databaseOf(place),
                                   u"SELECT count(*) FROM information_schema.tables WHERE "
                                   "table_schema = 'public'"_s)
                      .toInt(),
                  0)
            << "the database is left empty, as it was";
    }

    // Into a book that holds offers: it is as it was.
    const QByteArray before = exported(m_source->database());
    PriceBookData more;
    more.offers = manyOffers(m_source->database(), 1'500);
    for (Offer &o : more.offers)
        o.instanceType += u"-more"_s;
    more.offers[1'400].gpusPerInstance = 0;
    const ImportSummary summary = PriceBookImporter(m_source->database()).importData(more);
    EXPECT_FALSE(summary.ok());
    EXPECT_EQ(exported(m_source->database()), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, BulkCopy,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
