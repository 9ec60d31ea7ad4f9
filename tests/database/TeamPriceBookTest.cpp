// What only a PostgreSQL price book has: its address (TeamBookUri), its schema marker, the
// dialect rewrite, and opening a newer schema. What both kinds share runs on both in the
// parameterised Repositories, Import and Edits suites.

#include "Backends.h"
#include "PriceBook.h"
#include "PriceBookEdits.h"
#include "SchemaMigrator.h"
#include "SqlDialect.h"
#include "SqlStatements.h"
#include "TeamBookUri.h"

#include <QDate>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

TEST(TeamBookUri, ReadsWhatLibpqReads)
{
    QString error;
    auto uri = TeamBookUri::parse(
        u"postgresql://alice:p%40ss@db.example.com:6543/prices?sslmode=require"_s, &error);
    ASSERT_TRUE(uri) << error.toStdString();
    EXPECT_EQ(uri->user, u"alice"_s);
    EXPECT_EQ(uri->password, u"p@ss"_s);
    EXPECT_EQ(uri->host, u"db.example.com"_s);
    EXPECT_EQ(uri->port, 6543);
    EXPECT_EQ(uri->database, u"prices"_s);
    EXPECT_EQ(uri->options, QStringList{u"sslmode=require"_s});
    EXPECT_EQ(uri->text(), u"postgresql://alice@db.example.com:6543/prices?sslmode=require"_s)
        << "the password is never part of what is shown or stored";

    uri = TeamBookUri::parse(u"postgres:///team?host=/run/postgresql&port=5433"_s, &error);
    ASSERT_TRUE(uri) << error.toStdString();
    EXPECT_EQ(uri->host, u"/run/postgresql"_s);
    EXPECT_EQ(uri->port, 5433);
    EXPECT_EQ(uri->text(), u"postgresql:///team?host=/run/postgresql&port=5433"_s);

    EXPECT_EQ(TeamBookUri::parse(u"postgresql://[::1]:5432/x"_s, &error)->host, u"::1"_s);
}

TEST(TeamBookUri, SaysWhatIsWrongWithoutThePassword)
{
    QString error;
    EXPECT_FALSE(TeamBookUri::parse(u"postgresql://bob:hunter2@host/"_s, &error));
    EXPECT_TRUE(error.contains(u"names no database"_s)) << error.toStdString();
    EXPECT_FALSE(error.contains(u"hunter2"_s));
    EXPECT_FALSE(TeamBookUri::parse(u"postgresql://bob:hunter2@host:port/db"_s, &error));
    EXPECT_TRUE(error.contains(u"port"_s)) << error.toStdString();
    EXPECT_FALSE(error.contains(u"hunter2"_s));
    EXPECT_FALSE(TeamBookUri::parse(u"postgresql://host/db?colour=blue"_s, &error));
    EXPECT_TRUE(error.contains(u"colour"_s)) << error.toStdString();
    EXPECT_EQ(withoutPassword(u"postgresql://bob:hunter2@h/db?password=again"_s),
              u"postgresql://bob:***@h/db?password=***"_s);
    EXPECT_FALSE(TeamBookUri::isTeamBook(u"/home/me/postgresql.sqlite"_s));
}

TEST(SqlDialect, SortingIgnoringCaseIsSpelledForEachDatabase)
{
    const QString sql = u"SELECT a FROM t WHERE s.x = o.x COLLATE NOCASE "
                        "ORDER BY p.name COLLATE NOCASE, g.name"_s;
    EXPECT_EQ(sqlFor(SqlDialect::Sqlite, sql), sql);
    EXPECT_EQ(sqlFor(SqlDialect::Postgres, sql), u"SELECT a FROM t WHERE s.x = o.x COLLATE nocase "
                                                 "ORDER BY lower(p.name COLLATE \"C\"), g.name"_s);
}

TEST(SchemaMigrator, BothDialectsReachTheSameLatestVersion)
{
    const SchemaMigrator migrator;
    EXPECT_EQ(migrator.latestVersion(SqlDialect::Postgres), migrator.latestVersion());
    // A function body is one statement, whatever semicolons it holds.
    const QStringList statements = SchemaMigrator::splitStatements(
        u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\n"
        "  RETURN NULL;\nEND\n$$;\nCREATE TABLE t (x int);\n"_s);
    ASSERT_EQ(statements.size(), 2) << statements.join(u" | "_s).toStdString();
    EXPECT_TRUE(statements.first().contains(u"RETURN NULL;"_s));
}

namespace {

class TeamPriceBook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::testServerUri())
            GTEST_SKIP() << "no test PostgreSQL server (run the tests through ctest)";
        m_uri = test::newPostgresDatabase();
        m_name = test::databaseOf(m_uri);
    }
    QString m_uri;
    QString m_name;
};

} // namespace

TEST_F(TeamPriceBook, AnEmptyDatabaseIsFilledAndMarkedInOneStep)
{
    auto opened = PriceBook::open(m_uri);
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    EXPECT_TRUE(opened.book->isTeamBook());
    EXPECT_FALSE(opened.book->isReadOnly()) << opened.book->readOnlyReason().toStdString();
    EXPECT_EQ(opened.book->schemaVersion(), SchemaMigrator().latestVersion());
    EXPECT_EQ(SchemaMigrator::currentVersion(opened.book->database()),
              SchemaMigrator().latestVersion());
    QSqlQuery q = execPrepared(opened.book->database(), u"SELECT count(*) FROM offers"_s);
    ASSERT_TRUE(q.next());
    EXPECT_GT(q.value(0).toInt(), 100) << "the bundled price book";
}

TEST_F(TeamPriceBook, ANewerSchemaOpensReadOnlyWithTheReason)
{
    ASSERT_TRUE(PriceBook::open(m_uri).book);
    test::adminExec(m_name, u"UPDATE gpucompare_schema SET version = 99"_s);
    auto opened = PriceBook::open(m_uri);
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    EXPECT_TRUE(opened.book->isReadOnly());
    EXPECT_TRUE(opened.book->readOnlyReason().contains(u"newer version"_s))
        << opened.book->readOnlyReason().toStdString();
    EXPECT_THROW(execPrepared(opened.book->database(), u"DELETE FROM saved_jobs"_s), DatabaseError)
        << "the connection itself refuses writes";
}

TEST_F(TeamPriceBook, TwoMembersSavingOneOfferTheSecondIsRefusedWithItsReason)
{
    auto first = PriceBook::open(m_uri);
    auto second = PriceBook::open(m_uri);
    ASSERT_TRUE(first.book && second.book);
    const QSqlDatabase a = first.book->database();
    const QSqlDatabase b = second.book->database();
    // Both open the same offer's form; each saves its own notes.
    const OfferRecord seenByA = *offerRecord(a, 1).value();
    const OfferRecord seenByB = *offerRecord(b, 1).value();
    Offer mine = seenByA.offer;
    mine.notes = u"negotiated 12% off"_s;
    Offer theirs = seenByB.offer;
    theirs.notes = u"quote expires in March"_s;
    PriceBookEdit saveA = saveOffer(a, 1, seenByA.providerId, seenByA.gpuModelId, mine).value();
    PriceBookEdit saveB = saveOffer(b, 1, seenByB.providerId, seenByB.gpuModelId, theirs).value();
    saveA.apply(a, PriceBookEdit::Direction::Forward);
    try {
        saveB.apply(b, PriceBookEdit::Direction::Forward);
        FAIL() << "the second save should have been refused";
    } catch (const DatabaseError &e) {
        EXPECT_TRUE(e.message().contains(u"was changed by another writer since"_s))
            << e.message().toStdString();
    }
    EXPECT_EQ(offerRecord(b, 1).value()->offer.notes, u"negotiated 12% off"_s)
        << "the first one won";
}

TEST_F(TeamPriceBook, EachPriceSaysWhichRoleRecordedItAndWhen)
{
    auto opened = PriceBook::open(m_uri);
    ASSERT_TRUE(opened.book);
    const QSqlDatabase db = opened.book->database();
    PriceBookEdit edit = addPrice(db, 1,
                                  PriceObservation{Money::fromMicros(2'500'000), u"2026-12-02"_s,
                                                   QString(), QString(), QString()})
                             .value();
    edit.apply(db, PriceBookEdit::Direction::Forward);
    const PriceRecord latest = offerRecord(db, 1).value()->prices.constLast();
    EXPECT_EQ(latest.price.usdPerInstanceHour.micros(), 2'500'000);
    EXPECT_EQ(latest.recordedBy, u"postgres"_s);
    EXPECT_TRUE(latest.recordedAt.endsWith(u" UTC"_s)) << latest.recordedAt.toStdString();
    EXPECT_TRUE(latest.recordedAt.startsWith(QDate::currentDate().toString(u"yyyy-"_s)));
    // Undo and redo keep working with the columns the server filled.
    edit.apply(db, PriceBookEdit::Direction::Back);
    EXPECT_NO_THROW(edit.apply(db, PriceBookEdit::Direction::Forward));
}
