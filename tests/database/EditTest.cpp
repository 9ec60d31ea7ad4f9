// Row-level edits: each applied and reverted exactly, in one transaction, with the rows a
// delete takes along.

#include "Backends.h"
#include "DatabaseError.h"
#include "NewBookOnEachBackend.h"
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
          u"price_observations"_s, u"market_share_snapshots"_s, u"market_share_entries"_s,
          u"instance_shapes"_s}) {
        QSqlQuery q(db);
        q.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)); // the key: id, or alias
        // The columns once per table: QSqlQuery::record() builds a new record on every call,
        // which made the dumps most of these tests' time under the sanitizers.
        const QSqlRecord columns = q.record();
        // A team book's server stamps each price with the minute it was written: a redo writes
        // it again, and a slow run (the sanitizers) crosses a minute.
        const int recordedAt = columns.indexOf(u"recorded_at"_s);
        while (q.next()) {
            for (int i = 0; i < columns.count(); ++i) {
                if (i == recordedAt)
                    continue;
                out += (q.isNull(i) ? u"NULL"_s : q.value(i).toString()) + u'|';
            }
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

class Edits : public test::NewBookOnEachBackend
{
protected:
    /// Applies the edit, checks that undo restores the dump exactly and redo the edited one.
    void roundTrip(PriceBookEdit &edit)
    {
        const QString before = dump(m_db);
        edit.apply(m_db, Direction::Forward);
        const QString after = dump(m_db);
        EXPECT_NE(after, before);
        edit.apply(m_db, Direction::Back);
        EXPECT_EQ(dump(m_db).toStdString(), before.toStdString());
        edit.apply(m_db, Direction::Forward);
        EXPECT_EQ(dump(m_db).toStdString(), after.toStdString());
        if (GetParam() == test::Backend::Sqlite) { // PostgreSQL checks each row as written
            EXPECT_EQ(scalar(m_db, u"PRAGMA foreign_key_check"_s), QVariant());
        }
    }
};

} // namespace

TEST_P(Edits, DeletingAProviderTakesItsOffersAndUndoBringsEveryRowBack)
{
    const qint64 aws = scalar(m_db, u"SELECT id FROM providers WHERE name = 'AWS'"_s).toLongLong();
    PriceBookEdit edit = deleteProvider(m_db, aws).value();
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

TEST_P(Edits, DeletingAProviderOrAGpuModelKeepsTheInstanceShapesForUndo)
{
    const auto shapesOf = [this](const QString &where) {
        return scalar(m_db, u"SELECT count(*) FROM instance_shapes WHERE "_s + where).toInt();
    };
    const qint64 azure =
        scalar(m_db, u"SELECT id FROM providers WHERE name = 'Microsoft Azure'"_s).toLongLong();
    ASSERT_GT(shapesOf(u"provider_id = %1"_s.arg(azure)), 10);
    PriceBookEdit provider = deleteProvider(m_db, azure).value();
    roundTrip(provider); // the dump includes the shapes: undo brings every one back
    provider.apply(m_db, Direction::Back);

    const qint64 h100 =
        scalar(m_db, u"SELECT id FROM gpu_models WHERE name = 'H100 SXM 80GB'"_s).toLongLong();
    const int linked = shapesOf(u"gpu_model_id = %1"_s.arg(h100));
    ASSERT_GE(linked, 3); // p5.48xlarge, p5.4xlarge, Standard_ND96isr_H100_v5
    PriceBookEdit gpu = deleteGpuModel(m_db, h100).value();
    roundTrip(gpu);
    gpu.apply(m_db, Direction::Back);
    EXPECT_EQ(shapesOf(u"gpu_model_id = %1"_s.arg(h100)), linked) << "undo links the shapes again";
}

TEST_P(Edits, ATypicalMfuTypedInTheGpuFormIsKeptAndUndone)
{
    const qint64 l40s =
        scalar(m_db, u"SELECT id FROM gpu_models WHERE name = 'L40S 48GB'"_s).toLongLong();
    GpuModel model;
    model.name = u"L40S 48GB"_s;
    model.typicalMfu = 0.31;
    model.typicalMfuBasis = u"our own runs"_s;
    PriceBookEdit edit = saveGpuModel(m_db, l40s, model).value();
    roundTrip(edit);
    EXPECT_DOUBLE_EQ(
        scalar(m_db, u"SELECT typical_mfu FROM gpu_models WHERE id = %1"_s.arg(l40s)).toDouble(),
        0.31);
}

TEST_P(Edits, NullableColumnsStayNullThroughUndo)
{
    // ram_gb and vcpus are NULL on most bundled offers; '' would pass the CHECK and corrupt them.
    const qint64 id =
        scalar(m_db, u"SELECT min(id) FROM offers WHERE ram_gb IS NULL"_s).toLongLong();
    ASSERT_GT(id, 0);
    PriceBookEdit edit = deleteOffer(m_db, id).value();
    roundTrip(edit);
    edit.apply(m_db, Direction::Back);
    EXPECT_EQ(
        scalar(m_db, u"SELECT count(*) FROM offers WHERE id = %1 AND ram_gb IS NULL"_s.arg(id))
            .toInt(),
        1);
}

TEST_P(Edits, AliasesFollowTheFormIncludingASpellingChange)
{
    const qint64 v100 =
        scalar(m_db, u"SELECT id FROM gpu_models WHERE name = 'V100 16GB'"_s).toLongLong();
    GpuModel model;
    const QList<GpuModelRecord> models = gpuModelRecords(m_db).value();
    for (const GpuModelRecord &r : models) {
        if (r.id == v100)
            model = r.model;
    }
    model.aliases = {u"v100"_s, u"Tesla V100"_s, u"V100 SXM2"_s}; // V100 → v100, one dropped
    PriceBookEdit edit = saveGpuModel(m_db, v100, model).value();
    roundTrip(edit);
    EXPECT_EQ(scalar(m_db, u"SELECT alias FROM gpu_aliases WHERE alias = 'V100'"_s).toString(),
              u"v100"_s);
    EXPECT_EQ(scalar(m_db, u"SELECT count(*) FROM gpu_aliases WHERE gpu_model_id = %1"_s.arg(v100))
                  .toInt(),
              3);

    model.aliases = {u"A100"_s}; // another model's alias
    const Outcome<PriceBookEdit> refused = saveGpuModel(m_db, v100, model);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(u"already names another GPU model"_s))
        << refused.error().toStdString();
}

TEST_P(Edits, ASnapshotsEntriesCanBeRelabelledAndReorderedInOneStep)
{
    SnapshotRecord record = snapshotRecords(m_db).value().constFirst();
    MarketShareSnapshot &s = record.snapshot;
    ASSERT_GE(s.entries.size(), 3);
    std::swap(s.entries[0], s.entries[1]);
    s.entries[2].label = u"Google"_s;
    s.entries.append({u"Oracle"_s, u"Oracle Cloud"_s, 2.5, 2.0, 3.0, QString()});
    PriceBookEdit edit = saveSnapshot(m_db, record.id, s).value();
    roundTrip(edit);
    const SnapshotRecord saved = snapshotRecords(m_db).value().constFirst();
    EXPECT_EQ(saved.snapshot, s);
}

TEST_P(Edits, ANewOfferWithItsFirstPriceIsOneEdit)
{
    Offer offer;
    offer.instanceType = u"gpu-1x-h100"_s;
    offer.region = u"us-west-1"_s;
    PriceBookEdit edit = saveOffer(m_db, std::nullopt, 1, 1, offer,
                                   PriceObservation{Money::fromMicros(2'990'000), u"2026-11-28"_s,
                                                    QString(), QString(), QString()})
                             .value();
    roundTrip(edit);
    const qint64 id = edit.firstRowId();
    const auto record = offerRecord(m_db, id).value();
    ASSERT_TRUE(record);
    ASSERT_EQ(record->prices.size(), 1);
    EXPECT_EQ(record->prices.constFirst().price.usdPerInstanceHour.micros(), 2'990'000);
}

TEST_P(Edits, AFailedWriteRollsBackTheWholeEdit)
{
    const QString before = dump(m_db);
    PriceBookEdit edit(u"broken"_s);
    edit.add<ProvidersRow>(std::nullopt, ProvidersRow{9999, u"New"_s, u"other"_s, {}, {}});
    // Refused by the CHECK constraint after the provider row was written.
    edit.add<ProviderDiscountsRow>(std::nullopt, ProviderDiscountsRow{9999, 150.0});
    EXPECT_THROW(edit.apply(m_db, Direction::Forward), DatabaseError);
    EXPECT_EQ(dump(m_db), before);
}

namespace {

/// What another writer does meanwhile (an import, another window): a price of its own, with
/// the id SQLite gives it, or (PostgreSQL never gives an id twice) the id the writer chose.
qint64 priceAddedElsewhere(const QSqlDatabase &db, qint64 offerId, qint64 id = 0)
{
    QSqlQuery q(db);
    const QString idColumn = id ? u"id, "_s : QString();
    const QString idValue = id ? QString::number(id) + u", "_s : QString();
    EXPECT_TRUE(q.exec(u"INSERT INTO price_observations (%1offer_id, usd_micros_per_instance_hour, "
                       "observed_on, source_url) VALUES (%2%3, 77000000, '2026-12-01', "
                       "'https://example.com/imported') RETURNING id"_s.arg(
                           idColumn, idValue, QString::number(offerId))));
    return q.next() ? q.value(0).toLongLong() : -1;
}

std::string messageOf(PriceBookEdit &edit, const QSqlDatabase &db, Direction direction)
{
    try {
        edit.apply(db, direction);
    } catch (const DatabaseError &e) {
        return e.message().toStdString();
    }
    return "applied";
}

} // namespace

TEST_P(Edits, ANewRowTakesTheIdSQLiteGivesIt)
{
    PriceBookEdit edit = addPrice(m_db, 1,
                                  PriceObservation{Money::fromMicros(98'320'000), u"2026-12-01"_s,
                                                   QString(), QString(), QString()})
                             .value();
    EXPECT_LT(edit.firstRowId(), 0) << "a stand-in before it exists";
    const qint64 largest = scalar(m_db, u"SELECT max(id) FROM price_observations"_s).toLongLong();
    edit.apply(m_db, Direction::Forward);
    const qint64 id = edit.firstRowId();
    EXPECT_EQ(id, largest + 1);
    EXPECT_EQ(scalar(m_db, u"SELECT offer_id FROM price_observations WHERE id = %1"_s.arg(id))
                  .toLongLong(),
              1);
    EXPECT_EQ(std::get<Change<PriceObservationsRow>>(edit.changes().constFirst()).after->id, id);
}

TEST_P(Edits, ARedoNeverOverwritesARowAnotherWriterAddedSince)
{
    // Add a price, undo it, import (SQLite gives the freed id to the imported price), redo.
    PriceBookEdit edit = addPrice(m_db, 1,
                                  PriceObservation{Money::fromMicros(98'320'000), u"2026-12-01"_s,
                                                   QString(), QString(), QString()})
                             .value();
    edit.apply(m_db, Direction::Forward);
    const qint64 id = edit.firstRowId();
    edit.apply(m_db, Direction::Back);
    const qint64 reuse = GetParam() == test::Backend::Postgres ? id : 0;
    ASSERT_EQ(priceAddedElsewhere(m_db, 2, reuse), id) << "the drill needs the id to be reused";
    const QString before = dump(m_db);

    const std::string refused = messageOf(edit, m_db, Direction::Forward);
    EXPECT_NE(refused.find("was changed by another writer since"), std::string::npos) << refused;
    EXPECT_NE(refused.find("the price observed on 2026-12-01"), std::string::npos) << refused;
    EXPECT_EQ(dump(m_db).toStdString(), before.toStdString()) << "nothing was written";
    EXPECT_EQ(scalar(m_db, u"SELECT source_url FROM price_observations WHERE id = %1"_s.arg(id))
                  .toString(),
              u"https://example.com/imported"_s);
    // Undoing again must not delete the imported price either.
    EXPECT_NE(messageOf(edit, m_db, Direction::Back), "applied");
    EXPECT_EQ(dump(m_db).toStdString(), before.toStdString());
}

TEST_P(Edits, AnUndoNeverOverwritesAChangeMadeSinceByAnotherWriter)
{
    const OfferRecord record = *offerRecord(m_db, 1).value();
    Offer offer = record.offer;
    offer.notes = u"edited in the form"_s;
    PriceBookEdit edit =
        saveOffer(m_db, 1, record.providerId, record.gpuModelId, offer, std::nullopt).value();
    edit.apply(m_db, Direction::Forward);
    QSqlQuery elsewhere(m_db);
    ASSERT_TRUE(elsewhere.exec(u"UPDATE offers SET region = 'eu-west-9' WHERE id = 1"_s));
    const QString before = dump(m_db);

    const std::string refused = messageOf(edit, m_db, Direction::Back);
    EXPECT_NE(refused.find("offer " + offer.instanceType.toStdString() +
                           " was changed by another writer since"),
              std::string::npos)
        << refused;
    EXPECT_EQ(dump(m_db).toStdString(), before.toStdString());

    // A deleted row that another writer re-created under its id is not overwritten by undo.
    PriceBookEdit removal = deleteOffer(m_db, 2).value();
    removal.apply(m_db, Direction::Forward);
    ASSERT_TRUE(elsewhere.exec(u"INSERT INTO offers (id, provider_id, gpu_model_id, "
                               "instance_type, gpus_per_instance, pricing_model) VALUES (2, 1, "
                               "1, 'imported-shape', 8, 'on-demand')"_s));
    const QString withImport = dump(m_db);
    EXPECT_NE(messageOf(removal, m_db, Direction::Back), "applied");
    EXPECT_EQ(dump(m_db).toStdString(), withImport.toStdString());
}

TEST_P(Edits, UndoAndRedoStillWorkWhenNobodyElseWrote)
{
    PriceBookEdit edit = addPrice(m_db, 1,
                                  PriceObservation{Money::fromMicros(98'320'000), u"2026-12-01"_s,
                                                   QString(), QString(), QString()})
                             .value();
    roundTrip(edit);
    PriceBookEdit removal =
        deleteProvider(
            m_db, scalar(m_db, u"SELECT id FROM providers WHERE name = 'Lambda'"_s).toLongLong())
            .value();
    roundTrip(removal);
}

INSTANTIATE_TEST_SUITE_P(Backends, Edits,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
