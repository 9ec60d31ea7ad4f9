// The estimate commands read offers through readEstimateRows(), which picks each offer's price
// from all of its observations itself; the price table reads them through
// OfferRepository::currentRows(), whose SQL picks them. Both must name the same price.

#include "Backends.h"
#include "EstimateRowReader.h"
#include "NewBookOnEachBackend.h"
#include "OfferRepository.h"
#include "PriceBook.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

class EstimateRows : public test::NewBookOnEachBackend
{
protected:
    /// A further observation of the offer with the n-th lowest id.
    void observe(int n, qint64 micros, const QString &observedOn, const QString &confirmedOn,
                 const QString &source)
    {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, "
                  "observed_on, confirmed_on, source_url) "
                  "SELECT id, ?, ?, ?, ? FROM offers ORDER BY id LIMIT 1 OFFSET ?"_s);
        for (const QVariant &v : {QVariant(micros), QVariant(observedOn), QVariant(confirmedOn),
                                  QVariant(source), QVariant(n)})
            q.addBindValue(v);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
};

TEST_P(EstimateRows, NameTheSamePriceAsThePriceTableWhateverItsObservations)
{
    const Freshness freshness{QDate(2026, 6, 30), 90}; // current from 2026-04-01
    QSqlQuery clear(m_db);
    ASSERT_TRUE(clear.exec(u"DELETE FROM price_observations WHERE offer_id IN "
                           "(SELECT id FROM offers ORDER BY id LIMIT 5)"_s));
    // Newer but stale against older but current (by its confirmation).
    observe(0, 1'000'000, u"2025-01-10"_s, u"2026-05-01"_s, u"https://a.example/1"_s);
    observe(0, 2'000'000, u"2026-03-31"_s, u""_s, u"https://b.example/1"_s);
    // Undated ranks after current and before stale; a month counts as its first day.
    observe(1, 3'000'000, u""_s, u""_s, u"https://a.example/2"_s);
    observe(1, 4'000'000, u"2026-03"_s, u""_s, u"https://a.example/2"_s);
    observe(2, 5'000'000, u"2026-04"_s, u""_s, u"https://c.example/3"_s);
    observe(2, 6'000'000, u"2026-04-01"_s, u""_s, u"https://c.example/3"_s);
    // The same day twice: the later observation; another source's newest price beside it.
    observe(3, 7'000'000, u"2026-06-01"_s, u""_s, u"https://d.example/4"_s);
    observe(3, 8'000'000, u"2026-06-01"_s, u""_s, u"https://d.example/4"_s);
    observe(3, 9'000'000, u"2026-05-01"_s, u""_s, u"https://e.example/4"_s);
    observe(3, 9'500'000, u"2026-04-01"_s, u""_s, u"https://e.example/4"_s);
    // Only stale prices: the newest of them.
    observe(4, 10'000'000, u"2020-01-01"_s, u""_s, u"https://f.example/5"_s);

    const QList<OfferRow> read = readEstimateRows(m_db, freshness);
    QHash<qint64, OfferRow> shown;
    for (const OfferRow &r : OfferRepository(m_db).currentRows(freshness))
        shown.insert(r.offerId, r);
    ASSERT_EQ(read.size(), shown.size());
    ASSERT_GT(read.size(), 100);
    for (const OfferRow &a : read) {
        SCOPED_TRACE(a.offerId);
        ASSERT_TRUE(shown.contains(a.offerId));
        const OfferRow &b = *shown.constFind(a.offerId);
        EXPECT_EQ(a.usdPerInstanceHour.micros(), b.usdPerInstanceHour.micros());
        EXPECT_EQ(a.observedOn, b.observedOn);
        EXPECT_EQ(a.confirmedOn, b.confirmedOn);
        EXPECT_EQ(a.sourceUrl, b.sourceUrl);
        EXPECT_EQ(a.otherSource.has_value(), b.otherSource.has_value());
        if (a.otherSource && b.otherSource) {
            EXPECT_EQ(a.otherSource->usdPerInstanceHour.micros(),
                      b.otherSource->usdPerInstanceHour.micros());
        }
        EXPECT_EQ(a.provider, b.provider);
        EXPECT_EQ(a.gpuModel, b.gpuModel);
        EXPECT_EQ(a.instanceType, b.instanceType);
        EXPECT_EQ(a.region, b.region);
        EXPECT_EQ(a.pricing, b.pricing);
        EXPECT_EQ(a.pricingTerm, b.pricingTerm);
        EXPECT_EQ(a.gpusPerInstance, b.gpusPerInstance);
        EXPECT_EQ(a.shapeGpuCount, b.shapeGpuCount);
        EXPECT_EQ(a.perGpuRate, b.perGpuRate);
        EXPECT_EQ(a.soldVia, b.soldVia);
        EXPECT_EQ(a.notListedSince, b.notListedSince);
    }
    // The cases above are the ones they were meant to be.
    EXPECT_EQ(read.at(0).usdPerInstanceHour.micros(), 1'000'000);
    EXPECT_EQ(read.at(1).usdPerInstanceHour.micros(), 3'000'000);
    EXPECT_EQ(read.at(2).usdPerInstanceHour.micros(), 6'000'000);
    EXPECT_EQ(read.at(3).usdPerInstanceHour.micros(), 8'000'000);
    ASSERT_TRUE(read.at(3).otherSource);
    EXPECT_EQ(read.at(3).otherSource->usdPerInstanceHour.micros(), 9'000'000);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, EstimateRows,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
