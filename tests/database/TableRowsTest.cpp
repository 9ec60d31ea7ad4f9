// Each table's typed row holds every column: read, written back and compared byte for byte; and
// every kind of edit, done and undone, leaves every table as it was (issue 31: one mapping per
// table, the edits' QVariantMap rows gone).

#include "Backends.h"
#include "NewBookOnEachBackend.h"
#include "PriceBook.h"
#include "PriceBookEdits.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;
using Direction = PriceBookEdit::Direction;

namespace {

const QStringList kTables = {u"providers"_s,
                             u"provider_discounts"_s,
                             u"gpu_models"_s,
                             u"gpu_aliases"_s,
                             u"offers"_s,
                             u"price_observations"_s,
                             u"market_share_snapshots"_s,
                             u"market_share_entries"_s,
                             u"instance_shapes"_s,
                             u"egress_prices"_s};

/// Every row of the table, every column; SQLite's aliases with their hidden rowid.
QString selectAll(const QSqlDatabase &db, const QString &table, const QString &orderBy)
{
    const bool rowid = table == u"gpu_aliases" && dialectOf(db) == SqlDialect::Sqlite;
    return u"SELECT %1* FROM %2 ORDER BY %3"_s.arg(rowid ? u"rowid AS rowid, "_s : QString(), table,
                                                   orderBy);
}

QString cellText(const QVariant &value)
{
    return value.isNull() ? u"NULL"_s : value.toString();
}

/// Whether a cell holds what the table holds: numbers as numbers (QPSQL reads a NUMERIC as a
/// double, "1e+07"), the rest as text.
bool sameCell(const QVariant &cell, const QVariant &stored)
{
    if (stored.typeId() == QMetaType::Double && !cell.isNull() && !stored.isNull())
        return cell.toDouble() == stored.toDouble();
    return cellText(cell) == cellText(stored);
}

/// Every table, every column, byte for byte (but the minute a team book stamps a price with:
/// a redo stamps it again).
QString dumpAll(const QSqlDatabase &db)
{
    QString out;
    for (const QString &table : kTables) {
        out += table + u":\n"_s;
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(selectAll(db, table, u"1"_s))) << table.toStdString();
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                if (q.record().fieldName(i) != u"recorded_at")
                    out += cellText(q.value(i)) + u'|';
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

/// Each row the mapping reads has one cell per column of its table, holding what the table
/// holds; the count of rows read is returned.
template <typename Row> int expectEveryColumn(const QSqlDatabase &db)
{
    const QString table = QString::fromLatin1(Row::kTable.name);
    QSqlQuery typed(db);
    EXPECT_TRUE(typed.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(
        Row::columns(dialectOf(db), QString()), table, QLatin1StringView(Row::kTable.keyColumn))));
    QSqlQuery stored(db);
    EXPECT_TRUE(stored.exec(selectAll(db, table, QString::fromLatin1(Row::kTable.keyColumn))));
    int rows = 0;
    while (typed.next()) {
        EXPECT_TRUE(stored.next()) << table.toStdString();
        const Row row = Row::read(typed, 0);
        EXPECT_EQ(Row::read(typed, 0), row);
        const Cells cells = row.cells();
        const QSqlRecord record = stored.record();
        EXPECT_EQ(cells.size(), record.count()) << table.toStdString() << ": a column missed";
        for (const auto &[column, value] : cells) {
            const int index = record.indexOf(column);
            EXPECT_GE(index, 0) << table.toStdString() << " has no column " << column.toStdString();
            EXPECT_TRUE(sameCell(value, stored.value(index)))
                << cellText(value).toStdString() << " read as "
                << cellText(stored.value(index)).toStdString() << ": " << table.toStdString() << "."
                << column.toStdString() << " of row " << cellText(row.key()).toStdString();
        }
        ++rows;
    }
    return rows;
}

/// Deletes each of the table's first rows and inserts it again, id and all, through its store:
/// the book is the same after.
template <typename Row> void writeBackFirstRows(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(u"SELECT %1 FROM %2 ORDER BY %3 LIMIT 12"_s.arg(
        Row::columns(dialectOf(db), QString()), QString::fromLatin1(Row::kTable.name),
        QLatin1StringView(Row::kTable.keyColumn))));
    const RowStore<Row> store(db);
    while (q.next()) {
        const Row row = Row::read(q, 0);
        ASSERT_TRUE(store.holds(row.key(), row));
        store.remove(row.key());
        EXPECT_TRUE(store.holds(row.key(), std::nullopt));
        EXPECT_FALSE(store.insert(row)) << "a row with its own id keeps it";
        store.update(row.key(), row);
        EXPECT_EQ(store.read(row.key()), row);
    }
}

class TableRows : public test::NewBookOnEachBackend
{
protected:
    void SetUp() override
    {
        NewBookOnEachBackend::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        // The bundled book has no discount: one provider gets one.
        QSqlQuery q(m_db);
        ASSERT_TRUE(q.exec(u"INSERT INTO provider_discounts (provider_id, discount_percent) "
                           "SELECT min(id), 12.5 FROM providers"_s));
        // Nor a price published in euros (issue 33): one offer gets one.
        ASSERT_TRUE(q.exec(u"INSERT INTO price_observations (offer_id, "
                           "usd_micros_per_instance_hour, observed_on, published_micros, "
                           "published_currency) SELECT min(id), 2409290, '2026-10-09', 2150000, "
                           "'EUR' FROM offers"_s));
    }
    qint64 idOf(const QString &sql) const { return scalar(m_db, sql).toLongLong(); }
};

} // namespace

TEST_P(TableRows, EachTablesRowHoldsEveryColumn)
{
    EXPECT_GT(expectEveryColumn<ProvidersRow>(m_db), 0);
    EXPECT_GT(expectEveryColumn<ProviderDiscountsRow>(m_db), 0);
    EXPECT_GT(expectEveryColumn<GpuModelsRow>(m_db), 0);
    EXPECT_GT(expectEveryColumn<GpuAliasesRow>(m_db), 0);
    EXPECT_GT(expectEveryColumn<OffersRow>(m_db), 0);
    EXPECT_GT(expectEveryColumn<PriceObservationsRow>(m_db), 0);
    EXPECT_GT(expectEveryColumn<MarketShareSnapshotsRow>(m_db), 0);
    EXPECT_GT(expectEveryColumn<MarketShareEntriesRow>(m_db), 0);
    EXPECT_GT(expectEveryColumn<InstanceShapesRow>(m_db), 0);
    EXPECT_GT(expectEveryColumn<EgressPricesRow>(m_db), 0);
}

TEST_P(TableRows, EachTablesRowIsWrittenBackByteForByte)
{
    const QString before = dumpAll(m_db);
    // Rows nothing refers to: deleting one takes no other row with it.
    writeBackFirstRows<ProviderDiscountsRow>(m_db);
    writeBackFirstRows<GpuAliasesRow>(m_db);
    writeBackFirstRows<PriceObservationsRow>(m_db);
    writeBackFirstRows<MarketShareEntriesRow>(m_db);
    writeBackFirstRows<InstanceShapesRow>(m_db);
    writeBackFirstRows<EgressPricesRow>(m_db);
    EXPECT_EQ(dumpAll(m_db).toStdString(), before.toStdString());
}

TEST_P(TableRows, EveryKindOfEditDoneAndUndoneLeavesEveryTableAsItWas)
{
    const qint64 provider = idOf(u"SELECT min(id) FROM providers"_s);
    const qint64 lambda = idOf(u"SELECT id FROM providers WHERE name = 'Lambda'"_s);
    const qint64 gpu = idOf(u"SELECT min(gpu_model_id) FROM gpu_aliases"_s);
    const qint64 shape = idOf(u"SELECT min(id) FROM instance_shapes"_s);
    const qint64 egress = idOf(u"SELECT min(id) FROM egress_prices"_s);
    const qint64 egressProvider =
        idOf(u"SELECT provider_id FROM egress_prices WHERE id = %1"_s.arg(egress));
    const qint64 price = idOf(u"SELECT max(id) FROM price_observations"_s);
    const qint64 snapshot = idOf(u"SELECT min(id) FROM market_share_snapshots"_s);
    ASSERT_GT(shape * egress * snapshot * lambda * gpu, 0)
        << "the bundled book has each kind of row";
    const OfferRecord offer = *offerRecord(m_db, 1).value();
    GpuModel model;
    model.name = u"Test GPU 96GB"_s;
    model.memoryGb = 96;
    model.aliases = {u"TestGPU"_s, u"tg-96"_s};
    Offer changedOffer = offer.offer;
    changedOffer.notes = u"edited"_s;
    changedOffer.vcpus.reset();
    MarketShareSnapshot share{
        u"2031"_s,
        u"Test scope"_s,
        u"Test source"_s,
        {},
        {},
        {},
        true,
        {{u"AWS"_s, u"AWS"_s, 40, 38, 42, {}}, {u"Other"_s, {}, 60, {}, {}, {}}}};
    EgressPrice tier{{}, 0, 100, Money::fromMicros(90'000), 1, u"2026-01"_s, {}, {}};
    InstanceShape newShape{{}, u"test.8xlarge"_s, {}, 8, {}, u"a note"_s};
    PriceObservation observed{Money::fromMicros(1'234'567), u"2026-12-01"_s, {}, u"typed"_s, {}};

    const QList<std::pair<const char *, std::function<Outcome<PriceBookEdit>()>>> edits = {
        {"saveProvider (discount)",
         [&] {
             return saveProvider(m_db, lambda, {u"Lambda"_s, u"neocloud"_s, {}, {}, 7.5});
         }},
        {"saveProvider (new)",
         [&] {
             return saveProvider(m_db, std::nullopt, {u"New"_s, u"other"_s, {}, {}, 3});
         }},
        {"deleteProvider",
         [&] {
             return deleteProvider(m_db, provider);
         }},
        {"saveGpuModel (new)",
         [&] {
             return saveGpuModel(m_db, std::nullopt, model);
         }},
        {"deleteGpuModel",
         [&] {
             return deleteGpuModel(m_db, gpu);
         }},
        {"saveOffer",
         [&] {
             return saveOffer(m_db, offer.id, offer.providerId, offer.gpuModelId, changedOffer);
         }},
        {"saveOffer (new)",
         [&] {
             changedOffer.region = u"test-region-1"_s;
             return saveOffer(m_db, std::nullopt, offer.providerId, offer.gpuModelId, changedOffer,
                              observed);
         }},
        {"deleteOffer",
         [&] {
             return deleteOffer(m_db, offer.id);
         }},
        {"addPrice",
         [&] {
             return addPrice(m_db, offer.id, observed);
         }},
        {"removePrice",
         [&] {
             return removePrice(m_db, price);
         }},
        {"saveSnapshot (new)",
         [&] {
             return saveSnapshot(m_db, std::nullopt, share);
         }},
        {"deleteSnapshot",
         [&] {
             return deleteSnapshot(m_db, snapshot);
         }},
        {"saveInstanceShape",
         [&] {
             return saveInstanceShape(m_db, shape, provider, std::nullopt, newShape);
         }},
        {"saveInstanceShape (new)",
         [&] {
             return saveInstanceShape(m_db, std::nullopt, provider, gpu, newShape);
         }},
        {"deleteInstanceShape",
         [&] {
             return deleteInstanceShape(m_db, shape);
         }},
        {"saveEgressPrice",
         [&] {
             return saveEgressPrice(m_db, egress, egressProvider, tier);
         }},
        {"saveEgressPrice (new)",
         [&] {
             tier.fromGb = 123456;
             tier.toGb.reset();
             return saveEgressPrice(m_db, std::nullopt, lambda, tier);
         }},
        {"deleteEgressPrice",
         [&] {
             return deleteEgressPrice(m_db, egress);
         }},
    };
    const QString before = dumpAll(m_db);
    for (const auto &[kind, build] : edits) {
        SCOPED_TRACE(kind);
        Outcome<PriceBookEdit> built = build();
        ASSERT_TRUE(built) << built.error().toStdString();
        PriceBookEdit edit = std::move(built).value();
        ASSERT_FALSE(edit.isEmpty());
        ASSERT_NO_THROW(edit.apply(m_db, Direction::Forward));
        const QString after = dumpAll(m_db);
        EXPECT_NE(after, before);
        ASSERT_NO_THROW(edit.apply(m_db, Direction::Back));
        EXPECT_EQ(dumpAll(m_db).toStdString(), before.toStdString()) << "undo";
        ASSERT_NO_THROW(edit.apply(m_db, Direction::Forward));
        EXPECT_EQ(dumpAll(m_db).toStdString(), after.toStdString()) << "redo";
        ASSERT_NO_THROW(edit.apply(m_db, Direction::Back));
        EXPECT_EQ(dumpAll(m_db).toStdString(), before.toStdString()) << "undo again";
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, TableRows,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
