// Row-level edits: each applied and reverted exactly, in one transaction, with the rows a
// delete takes along.

#include "DatabaseError.h"
#include "PriceBook.h"
#include "PriceBookEdits.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;
using Direction = PriceBookEdit::Direction;

namespace {

QString dump(const QSqlDatabase &db)
{
    QString out;
    for (const QString &table :
         {u"providers"_s, u"provider_discounts"_s, u"gpu_models"_s, u"gpu_aliases"_s, u"offers"_s,
          u"price_observations"_s, u"market_share_snapshots"_s, u"market_share_entries"_s}) {
        QSqlQuery q(db);
        q.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += (q.isNull(i) ? u"NULL"_s : q.value(i).toString()) + u'|';
            out += u'\n';
        }
    }
    return out;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    return q.next() ? q.value(0) : QVariant();
}

class Edits : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_book = std::move(opened.book);
        m_db = m_book->database();
    }
    void TearDown() override { m_db = QSqlDatabase(); }

    /// Applies the edit, checks that undo restores the dump exactly and redo the edited one.
    void roundTrip(const PriceBookEdit &edit)
    {
        const QString before = dump(m_db);
        edit.apply(m_db, Direction::Forward);
        const QString after = dump(m_db);
        EXPECT_NE(after, before);
        edit.apply(m_db, Direction::Back);
        EXPECT_EQ(dump(m_db).toStdString(), before.toStdString());
        edit.apply(m_db, Direction::Forward);
        EXPECT_EQ(dump(m_db).toStdString(), after.toStdString());
        EXPECT_EQ(scalar(m_db, u"PRAGMA foreign_key_check"_s), QVariant());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PriceBook> m_book;
    QSqlDatabase m_db;
};

} // namespace

TEST_F(Edits, DeletingAProviderTakesItsOffersAndUndoBringsEveryRowBack)
{
    const qint64 aws = scalar(m_db, u"SELECT id FROM providers WHERE name = 'AWS'"_s).toLongLong();
    const PriceBookEdit edit = deleteProvider(m_db, aws);
    EXPECT_EQ(edit.name(), u"Delete provider AWS"_s);
    roundTrip(edit);
    EXPECT_EQ(
        scalar(m_db, u"SELECT count(*) FROM offers WHERE provider_id = %1"_s.arg(aws)).toInt(), 0);
    edit.apply(m_db, Direction::Back);
    // The market-share entry pointing at AWS points at it again, not just the label.
    EXPECT_EQ(
        scalar(m_db, u"SELECT provider_id FROM market_share_entries WHERE id = 1"_s).toLongLong(),
        aws);
}

TEST_F(Edits, NullableColumnsStayNullThroughUndo)
{
    // ram_gb and vcpus are NULL on most bundled offers; '' would pass the CHECK and corrupt them.
    const PriceBookEdit edit = deleteOffer(m_db, 1);
    roundTrip(edit);
    edit.apply(m_db, Direction::Back);
    EXPECT_EQ(scalar(m_db, u"SELECT typeof(ram_gb) FROM offers WHERE id = 1"_s).toString(),
              u"null"_s);
}

TEST_F(Edits, AliasesFollowTheFormIncludingASpellingChange)
{
    const qint64 v100 = 1;
    GpuModel model;
    for (const GpuModelRecord &r : gpuModelRecords(m_db)) {
        if (r.id == v100)
            model = r.model;
    }
    model.aliases = {u"v100"_s, u"Tesla V100"_s, u"V100 SXM2"_s}; // V100 → v100, one dropped
    const PriceBookEdit edit = saveGpuModel(m_db, v100, model);
    roundTrip(edit);
    EXPECT_EQ(scalar(m_db, u"SELECT alias FROM gpu_aliases WHERE alias = 'V100'"_s).toString(),
              u"v100"_s);
    EXPECT_EQ(scalar(m_db, u"SELECT count(*) FROM gpu_aliases WHERE gpu_model_id = 1"_s).toInt(),
              3);

    model.aliases = {u"A100"_s}; // another model's alias
    EXPECT_THROW(saveGpuModel(m_db, v100, model), DatabaseError);
}

TEST_F(Edits, ASnapshotsEntriesCanBeRelabelledAndReorderedInOneStep)
{
    SnapshotRecord record = snapshotRecords(m_db).constFirst();
    MarketShareSnapshot &s = record.snapshot;
    ASSERT_GE(s.entries.size(), 3);
    std::swap(s.entries[0], s.entries[1]);
    s.entries[2].label = u"Google"_s;
    s.entries.append({u"Oracle"_s, u"Oracle Cloud"_s, 2.5, 2.0, 3.0, QString()});
    roundTrip(saveSnapshot(m_db, record.id, s));
    const SnapshotRecord saved = snapshotRecords(m_db).constFirst();
    EXPECT_EQ(saved.snapshot, s);
}

TEST_F(Edits, ANewOfferWithItsFirstPriceIsOneEdit)
{
    Offer offer;
    offer.instanceType = u"gpu-1x-h100"_s;
    offer.region = u"us-west-1"_s;
    const PriceBookEdit edit = saveOffer(
        m_db, std::nullopt, 1, 1, offer,
        PriceObservation{Money::fromMicros(2'990'000), u"2026-11-28"_s, QString(), QString()});
    roundTrip(edit);
    const qint64 id = edit.changes().constFirst().key.toLongLong();
    const auto record = offerRecord(m_db, id);
    ASSERT_TRUE(record);
    ASSERT_EQ(record->prices.size(), 1);
    EXPECT_EQ(record->prices.constFirst().price.usdPerInstanceHour.micros(), 2'990'000);
}

TEST_F(Edits, AFailedWriteRollsBackTheWholeEdit)
{
    const QString before = dump(m_db);
    PriceBookEdit edit(u"broken"_s);
    edit.add({u"providers"_s, QVariant::fromValue(qint64(9999)), std::nullopt,
              QVariantMap{{u"id"_s, QVariant::fromValue(qint64(9999))},
                          {u"name"_s, u"New"_s},
                          {u"kind"_s, u"other"_s},
                          {u"website"_s, u""_s},
                          {u"notes"_s, u""_s}}});
    // Refused by the CHECK constraint after the provider row was written.
    edit.add({u"provider_discounts"_s, QVariant::fromValue(qint64(9999)), std::nullopt,
              QVariantMap{{u"provider_id"_s, QVariant::fromValue(qint64(9999))},
                          {u"discount_percent"_s, 150.0}}});
    EXPECT_THROW(edit.apply(m_db, Direction::Forward), DatabaseError);
    EXPECT_EQ(dump(m_db), before);
}
