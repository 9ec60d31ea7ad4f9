// A new team book is filled without its bulk tables' foreign keys and secondary indexes, which
// are made again before the commit (issue 32): the copy must end with exactly the schema the
// migrations create, and a copy that fails must leave nothing.

#include "Backends.h"
#include "BulkLoadIndexes.h"
#include "DatabaseError.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "SchemaMigrator.h"
#include "TeamBookConnection.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// Every column, constraint and index of the public schema, one sorted line each, as the
/// server's catalog states them (names, definitions, whether validated and deferrable).
const QString kSchemaDescription =
    u"SELECT string_agg(line, E'\\n' ORDER BY line) FROM ("
    " SELECT 'column ' || table_name || ' ' || ordinal_position || ' ' || column_name || ' ' ||"
    "   data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '-') || ' ' ||"
    "   coalesce(collation_name, '-') AS line"
    " FROM information_schema.columns WHERE table_schema = 'public'"
    " UNION ALL"
    " SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || contype::text ||"
    "   ' ' || convalidated::text || ' ' || condeferrable::text || ' ' || pg_get_constraintdef(oid)"
    " FROM pg_catalog.pg_constraint WHERE connamespace = 'public'::regnamespace"
    " UNION ALL"
    " SELECT 'index ' || tablename || ' ' || indexname || ' ' || indexdef"
    " FROM pg_catalog.pg_indexes WHERE schemaname = 'public'"
    " UNION ALL"
    " SELECT 'referential ' || constraint_name || ' ' || update_rule || ' ' || delete_rule"
    " FROM information_schema.referential_constraints WHERE constraint_schema = 'public') s"_s;

QString schemaOf(const QString &uri)
{
    return test::adminQuery(test::databaseOf(uri), kSchemaDescription).toString();
}

/// A database on the test server with the schema the migrations create, and nothing else.
QString freshlyMigrated()
{
    const QString uri = test::newPostgresDatabase();
    Outcome<TeamBookConnection> connection = TeamBookConnection::connect(uri, false);
    EXPECT_TRUE(connection) << connection.error().toStdString();
    if (connection) {
        const Status migrated = SchemaMigrator().migrate(connection.value().database());
        EXPECT_TRUE(migrated) << migrated.error().toStdString();
    }
    return uri;
}

class BulkLoadSchema : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::testServerUri())
            GTEST_SKIP() << "no test PostgreSQL server (run the tests through ctest)";
        // The bundled book and its offers, copied through the records into the server.
        auto opened = PriceBook::open(m_dir.filePath(u"source.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_source = readPriceBook(opened.book->database());
        ASSERT_FALSE(m_source.offers.isEmpty());
    }

    QTemporaryDir m_dir;
    PriceBookData m_source;
};

} // namespace

TEST_F(BulkLoadSchema, ACopiedTeamBookHasExactlyTheSchemaItsMigrationsCreate)
{
    const QString fresh = freshlyMigrated();
    const QString expected = schemaOf(fresh);
    // Not an empty description that would equal anything: what is set aside is in it.
    for (const QString &part :
         {u"offers_by_provider"_s, u"price_observations_by_offer"_s, u"offers_by_listing"_s,
          u"FOREIGN KEY (offer_id) REFERENCES offers(id) ON DELETE CASCADE"_s,
          u"FOREIGN KEY (provider_id) REFERENCES providers(id) ON DELETE RESTRICT"_s,
          u"UNIQUE (provider_id, gpu_model_id, instance_type, region, pricing_model, "
          "pricing_term)"_s})
        EXPECT_TRUE(expected.contains(part)) << part.toStdString();

    const QString place = test::newPostgresDatabase();
    const PriceBook::OpenResult copy = PriceBook::createFrom(place, m_source);
    ASSERT_TRUE(copy.book) << copy.error.toStdString();
    EXPECT_EQ(schemaOf(place).toStdString(), expected.toStdString());
    // And the constraints hold again: a price for no offer is refused.
    QSqlQuery orphan(copy.book->database());
    EXPECT_FALSE(orphan.exec(u"INSERT INTO price_observations (offer_id, "
                             "usd_micros_per_instance_hour) VALUES (-5, 1)"_s));
}

TEST_F(BulkLoadSchema, SetAsideDropsThemAndRestoreMakesTheSameAgain)
{
    const QString place = freshlyMigrated();
    const QString expected = schemaOf(place);
    Outcome<TeamBookConnection> connection = TeamBookConnection::connect(place, false);
    ASSERT_TRUE(connection) << connection.error().toStdString();
    QSqlDatabase db = connection.value().database();
    ASSERT_TRUE(db.transaction());
    BulkLoadIndexes bulk;
    bulk.setAside(db);
    ASSERT_TRUE(bulk.isSetAside());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(u"SELECT count(*) FROM pg_catalog.pg_indexes WHERE tablename IN "
                           "('offers', 'price_observations')"_s));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 2) << "the two primary keys stay, nothing else";
        ASSERT_TRUE(q.exec(u"SELECT count(*) FROM pg_catalog.pg_constraint WHERE contype = 'f' "
                           "AND conrelid IN ('offers'::regclass, "
                           "'price_observations'::regclass)"_s));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
    }
    bulk.restore(db);
    EXPECT_FALSE(bulk.isSetAside());
    ASSERT_TRUE(db.commit());
    EXPECT_EQ(schemaOf(place).toStdString(), expected.toStdString());
}

TEST_F(BulkLoadSchema, ABookThatHoldsOffersKeepsItsConstraints)
{
    const QString place = test::newPostgresDatabase();
    const PriceBook::OpenResult copy = PriceBook::createFrom(place, m_source);
    ASSERT_TRUE(copy.book) << copy.error.toStdString();
    QSqlDatabase db = copy.book->database();
    ASSERT_TRUE(db.transaction());
    BulkLoadIndexes bulk;
    bulk.setAside(db);
    EXPECT_FALSE(bulk.isSetAside()) << "an import into a book with offers checks every row";
    db.rollback();
}

TEST_F(BulkLoadSchema, ARowTheConstraintsRefuseWhenMadeAgainFailsTheWholeTransaction)
{
    // A copy that fails in a later batch is BulkCopy's test (both backends); here the rows
    // all went in and the foreign key made again at the end finds a price of no offer.
    const QString place = freshlyMigrated();
    const QString expected = schemaOf(place);
    Outcome<TeamBookConnection> connection = TeamBookConnection::connect(place, false);
    ASSERT_TRUE(connection) << connection.error().toStdString();
    QSqlDatabase db = connection.value().database();
    ASSERT_TRUE(db.transaction());
    BulkLoadIndexes bulk;
    bulk.setAside(db);
    QSqlQuery orphan(db);
    ASSERT_TRUE(orphan.exec(u"INSERT INTO price_observations (offer_id, "
                            "usd_micros_per_instance_hour) VALUES (-5, 1)"_s))
        << "taken while the foreign key is set aside";
    EXPECT_THROW(bulk.restore(db), DatabaseError);
    db.rollback();
    EXPECT_EQ(schemaOf(place).toStdString(), expected.toStdString());
    EXPECT_EQ(
        test::adminQuery(test::databaseOf(place), u"SELECT count(*) FROM price_observations"_s)
            .toInt(),
        0);
}
