// The window's and the command line's way into the price book (issue 31): outcomes, never an
// exception, and a refused write leaves the book as it was.

#include "BookService.h"

#include "PriceBook.h"
#include "PriceBookEdits.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

class BookService : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_book = std::move(opened.book);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PriceBook> m_book;
};

} // namespace

TEST_F(BookService, ReadsGiveTheBooksRecords)
{
    const QSqlDatabase db = m_book->database();
    const Outcome<QList<OfferRow>> offers = book::currentOffers(db, Freshness{QDate(2026, 12, 7)});
    ASSERT_TRUE(offers) << offers.error().toStdString();
    EXPECT_GT(offers.value().size(), 1000);
    const Outcome<CostInputs> inputs = book::costInputs(db, offers.value());
    ASSERT_TRUE(inputs);
    EXPECT_EQ(inputs.value().rows.size(), offers.value().size());
    EXPECT_TRUE(book::marketShares(db));
    const Outcome<PriceDating> dating = book::priceDating(db);
    ASSERT_TRUE(dating);
    EXPECT_GT(dating.value().undated + dating.value().dated, 0);
    EXPECT_TRUE(book::dataVersion(db).has_value());
    EXPECT_TRUE(book::connectionAlive(db));
}

TEST_F(BookService, SavedJobsAreWrittenAndARefusedWriteSaysWhy)
{
    const QSqlDatabase db = m_book->database();
    SavedJob job;
    job.name = u"Llama 7B"_s;
    job.parametersJson = uR"({"params": 7e9, "tokens": 1e12})"_s;
    job.createdOn = u"2026-12-07"_s;
    ASSERT_TRUE(book::saveJob(db, job));
    ASSERT_TRUE(book::renameJob(db, u"Llama 7B"_s, u"Llama 2 7B"_s));
    Outcome<QList<SavedJob>> jobs = book::savedJobs(db);
    ASSERT_TRUE(jobs);
    ASSERT_EQ(jobs.value().size(), 1);
    EXPECT_EQ(jobs.value().first().name, u"Llama 2 7B"_s);

    // The table gone (a damaged book): every call says why instead of throwing.
    QSqlQuery(db).exec(u"DROP TABLE saved_jobs"_s);
    const Outcome<QList<SavedJob>> unreadable = book::savedJobs(db);
    ASSERT_FALSE(unreadable);
    EXPECT_FALSE(unreadable.error().isEmpty());
    const Status refused = book::deleteJob(db, u"Llama 2 7B"_s);
    ASSERT_FALSE(refused);
    EXPECT_FALSE(refused.error().isEmpty());
}

TEST_F(BookService, AnEditOfAnOfferThatIsGoneIsAnOutcomeNotAnException)
{
    const Outcome<PriceBookEdit> edit =
        addPrice(m_book->database(), 987654321,
                 PriceObservation{Money::fromMicros(1'000'000), u"2026-12-07"_s, {}, {}, {}});
    ASSERT_FALSE(edit);
    EXPECT_FALSE(edit.error().isEmpty());
    EXPECT_FALSE(removePrice(m_book->database(), 987654321));
    EXPECT_FALSE(deleteProvider(m_book->database(), 987654321));
    const Outcome<std::optional<OfferRecord>> none = offerRecord(m_book->database(), 987654321);
    ASSERT_TRUE(none) << "no such offer is an answer, not a failure";
    EXPECT_FALSE(none.value().has_value());
}
