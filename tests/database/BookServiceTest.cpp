// The window's and the command line's way into the price book (issue 31): outcomes, never an
// exception, and a refused write leaves the book as it was.

#include "BookService.h"

#include "EditService.h"
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

namespace {
qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST_F(BookService, ATypedPriceIsReadCheckedAndWrittenOnceBelowTheWidgets)
{
    const QSqlDatabase db = m_book->database();
    const qint64 offer = scalar(db, u"SELECT min(id) FROM offers"_s);
    const qint64 prices = scalar(db, u"SELECT count(*) FROM price_observations"_s);
    const EditService service(db, false);

    // Refused with one sentence naming the field, and nothing written.
    for (const QString &bad : {u"-3"_s, u"0"_s, u"abc"_s, u"1.1234567"_s, u"2000000"_s}) {
        const Outcome<PriceBookEdit> edit = service.typedPrice(offer, bad);
        ASSERT_FALSE(edit) << bad.toStdString();
        EXPECT_TRUE(edit.error().contains(u"USD per instance-hour"_s))
            << edit.error().toStdString();
    }
    EXPECT_FALSE(service.typedPrice(987654321, u"2.99"_s)) << "an offer that is gone";
    EXPECT_FALSE(EditService(db, true).typedPrice(offer, u"2.99"_s)) << "a read-only book";
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM price_observations"_s), prices);

    // "$2.99" as a web page writes it: exact micro-dollars, written once, undone exactly.
    const Outcome<PriceBookEdit> edit = service.typedPrice(offer, u"$2.99"_s);
    ASSERT_TRUE(edit) << edit.error().toStdString();
    Outcome<PriceBookEdit> written = service.write(edit.value(), PriceBookEdit::Direction::Forward);
    ASSERT_TRUE(written) << written.error().toStdString();
    const qint64 id = written.value().firstRowId();
    EXPECT_GT(id, 0) << "the written edit names the row by the id the book gave it";
    EXPECT_EQ(scalar(db, u"SELECT usd_micros_per_instance_hour FROM price_observations "
                         "WHERE id = %1"_s.arg(id)),
              2'990'000);
    written = service.write(written.value(), PriceBookEdit::Direction::Back);
    ASSERT_TRUE(written) << written.error().toStdString();
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM price_observations"_s), prices);

    // Redone after another writer took the freed id: refused, naming why, the book as it was.
    QSqlQuery(db).exec(u"INSERT INTO price_observations (id, offer_id, "
                       "usd_micros_per_instance_hour, observed_on) VALUES (%1, %2, 77000000, "
                       "'2026-12-01')"_s.arg(id)
                           .arg(offer));
    const Outcome<PriceBookEdit> redo =
        service.write(written.value(), PriceBookEdit::Direction::Forward);
    ASSERT_FALSE(redo);
    EXPECT_TRUE(redo.error().contains(u"another writer"_s)) << redo.error().toStdString();
    EXPECT_EQ(scalar(db, u"SELECT usd_micros_per_instance_hour FROM price_observations "
                         "WHERE id = %1"_s.arg(id)),
              77'000'000);
}
