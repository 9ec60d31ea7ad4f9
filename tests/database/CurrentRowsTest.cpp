// The price table's rows come from SQLite's C API in a SQLite book (readCurrentRows(),
// RowPath::Fastest) and through QSqlQuery in a team book (RowPath::QSqlQuery). Both must give
// the same OfferRow, field by field, whatever the offer holds; and the price each names must be
// the one the standing rule's SQL (currentPriceJoin()) names.

#include "EstimateRowReader.h"
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

class CurrentRows : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_book = std::move(opened.book);
        m_db = m_book->database();
        addOffers();
    }
    void TearDown() override { m_db = QSqlDatabase(); }

    QSqlQuery run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        EXPECT_TRUE(q.prepare(sql)) << q.lastError().text().toStdString();
        for (const QVariant &v : values)
            q.addBindValue(v);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        return q;
    }

    qint64 offer(const QVariantList &columns)
    {
        QSqlQuery q = run(u"INSERT INTO offers (provider_id, gpu_model_id, instance_type, "
                          "gpus_per_instance, vcpus, ram_gb, region, pricing_model, pricing_term, "
                          "interconnect, notes, not_listed_since, listed_by, per_gpu_rate, "
                          "sold_via) SELECT (SELECT min(id) FROM providers), "
                          "(SELECT max(id) FROM gpu_models), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                          "? RETURNING id"_s,
                          columns);
        EXPECT_TRUE(q.next());
        m_added.append(q.value(0).toLongLong());
        return m_added.last();
    }

    void observe(qint64 offerId, qint64 micros, const QString &observedOn,
                 const QString &confirmedOn, const QString &source,
                 const QVariant &publishedMicros = {}, const QVariant &currency = {})
    {
        run(u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, "
            "observed_on, confirmed_on, source_url, note, published_micros, published_currency) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {offerId, micros, observedOn, confirmedOn, source, u"Notiz: prüfen ✓"_s,
             publishedMicros, currency});
    }

    /// Offers with every kind of field: empty and set machine columns, each pricing model, a
    /// term, unicode text, a delisted offer, a per-GPU rate, a marketplace; prices current,
    /// stale, undated, by month, confirmed later, published in euros, from two sources.
    void addOffers()
    {
        const QVariant none;
        const qint64 a =
            offer({u"p5.48xlarge"_s, 8, 192, 2048.5, u"us-east-1 (use1-az6)"_s, u"spot"_s, u""_s,
                   u"EFA 3200 Gbps"_s, u"note"_s, u""_s, u"aws"_s, 0, u""_s});
        observe(a, 98'320'000, u"2026-06-01"_s, u""_s, u"https://aws.example/spot"_s);
        observe(a, 97'000'000, u"2026-05-20"_s, u"2026-06-20"_s, u"https://mirror.example/ä"_s);
        const qint64 b =
            offer({u"H100 SXM — Zürich"_s, 1, none, none, u"Zürich 東京"_s, u"reserved"_s,
                   u"1 year"_s, u""_s, u"¡sí!"_s, u"2026-05-01"_s, u""_s, 1, u"Marktplatz GmbH"_s});
        observe(b, 2'150'000, u"2026-03"_s, u""_s, u"https://b.example/€"_s, 1'990'000, u"EUR"_s);
        observe(b, 2'300'000, u""_s, u""_s, u""_s);
        const qint64 c = offer({u"gpu_1x_a100"_s, 1, 30, none, u""_s, u"on-demand"_s, u""_s, u""_s,
                                u""_s, u""_s, u""_s, 0, u""_s});
        observe(c, 0, u"2020-01-01"_s, u""_s, u""_s);
        observe(c, 1'290'000, u"2019-12-31"_s, u"2020-02-01"_s, u"https://c.example"_s, 1'100'000,
                u"GBP"_s);
        const qint64 d =
            offer({u"a3-highgpu-4g"_s, 4, none, 340.0, u"europe-west4"_s, u"on-demand"_s,
                   u"3 years"_s, u"NVLink"_s, u""_s, u""_s, u"gcp"_s, 0, u""_s});
        observe(d, 4'000'000, u""_s, u""_s, u"https://d.example/1"_s);
        observe(d, 5'000'000, u""_s, u""_s, u"https://d.example/2"_s);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PriceBook> m_book;
    QSqlDatabase m_db;
    QList<qint64> m_added;
};

void expectSameRow(const OfferRow &a, const OfferRow &b)
{
    SCOPED_TRACE(a.offerId);
    EXPECT_EQ(a.offerId, b.offerId);
    EXPECT_EQ(a.provider, b.provider);
    EXPECT_EQ(a.gpuModel, b.gpuModel);
    EXPECT_EQ(a.instanceType, b.instanceType);
    EXPECT_EQ(a.soldVia, b.soldVia);
    EXPECT_EQ(a.gpusPerInstance, b.gpusPerInstance);
    EXPECT_EQ(a.region, b.region);
    EXPECT_EQ(a.pricing, b.pricing);
    EXPECT_EQ(a.pricingTerm, b.pricingTerm);
    EXPECT_EQ(a.usdPerInstanceHour.micros(), b.usdPerInstanceHour.micros());
    EXPECT_EQ(a.observedOn, b.observedOn);
    EXPECT_EQ(a.sourceUrl, b.sourceUrl);
    EXPECT_EQ(a.confirmedOn, b.confirmedOn);
    EXPECT_EQ(a.publishedCurrency, b.publishedCurrency);
    EXPECT_EQ(a.publishedAmount.micros(), b.publishedAmount.micros());
    EXPECT_EQ(a.notListedSince, b.notListedSince);
    EXPECT_EQ(a.shapeGpuCount, b.shapeGpuCount);
    EXPECT_EQ(a.perGpuRate, b.perGpuRate);
    EXPECT_EQ(a.vcpus, b.vcpus);
    EXPECT_EQ(a.ramGb, b.ramGb);
    EXPECT_EQ(a.interconnect, b.interconnect);
    EXPECT_EQ(a.denseTflops, b.denseTflops);
    ASSERT_EQ(a.otherSource.has_value(), b.otherSource.has_value());
    if (a.otherSource) {
        EXPECT_EQ(a.otherSource->usdPerInstanceHour.micros(),
                  b.otherSource->usdPerInstanceHour.micros());
        EXPECT_EQ(a.otherSource->observedOn, b.otherSource->observedOn);
        EXPECT_EQ(a.otherSource->sourceUrl, b.otherSource->sourceUrl);
    }
}

QList<OfferRow> read(const QSqlDatabase &db, const Freshness &freshness, RowPath path,
                     std::optional<QList<qint64>> ids = std::nullopt)
{
    return readCurrentRows(db, freshness, {RowColumns::Table, std::move(ids), path});
}

TEST_F(CurrentRows, TheCApiReadsEveryFieldAsQSqlQueryDoes)
{
    const QList<Freshness> freshnesses = {
        Freshness{QDate(2026, 6, 30), 90}, Freshness{QDate(2026, 6, 30), 5},
        Freshness{QDate(2020, 1, 15), 30}, Freshness{QDate(2031, 1, 1), 3650}};
    for (const Freshness &freshness : freshnesses) {
        SCOPED_TRACE(freshness.oldestCurrentDay().toString(Qt::ISODate).toStdString());
        const QList<OfferRow> fast = read(m_db, freshness, RowPath::Fastest);
        const QList<OfferRow> query = read(m_db, freshness, RowPath::QSqlQuery);
        ASSERT_GT(fast.size(), 100); // the bundled offers and ours
        ASSERT_EQ(fast.size(), query.size());
        for (qsizetype i = 0; i < fast.size(); ++i)
            expectSameRow(fast.at(i), query.at(i));
        EXPECT_EQ(fast.last().offerId, m_added.last());

        // The price each names is the one the standing rule's SQL names.
        QSqlQuery rule = run(u"SELECT o.id, po.usd_micros_per_instance_hour, po.observed_on, "
                             "po.confirmed_on, po.source_url FROM offers o "_s +
                                 currentPriceJoin() + u"ORDER BY o.id"_s,
                             {freshness.oldestCurrentDay().toString(Qt::ISODate),
                              freshness.oldestCurrentDay().toString(Qt::ISODate)});
        qsizetype i = 0;
        for (; rule.next(); ++i) {
            ASSERT_LT(i, fast.size());
            EXPECT_EQ(fast.at(i).offerId, rule.value(0).toLongLong());
            EXPECT_EQ(fast.at(i).usdPerInstanceHour.micros(), rule.value(1).toLongLong());
            EXPECT_EQ(fast.at(i).observedOn, rule.value(2).toString());
            EXPECT_EQ(fast.at(i).confirmedOn, rule.value(3).toString());
            EXPECT_EQ(fast.at(i).sourceUrl, rule.value(4).toString());
        }
        EXPECT_EQ(i, fast.size());
    }
}

TEST_F(CurrentRows, OurOffersReadAsWritten)
{
    const Freshness freshness{QDate(2026, 6, 30), 90}; // current from 2026-04-01
    const QList<OfferRow> rows = read(m_db, freshness, RowPath::Fastest, m_added);
    ASSERT_EQ(rows.size(), 4);
    const OfferRow &a = rows.at(0);
    EXPECT_EQ(a.pricing, PricingModel::Spot);
    EXPECT_EQ(a.region, u"us-east-1 (use1-az6)"_s);
    EXPECT_EQ(a.vcpus, 192);
    EXPECT_EQ(a.ramGb, 2048.5);
    EXPECT_EQ(a.interconnect, u"EFA 3200 Gbps"_s);
    EXPECT_EQ(a.usdPerInstanceHour.micros(), 98'320'000);
    EXPECT_TRUE(a.publishedCurrency.isEmpty());
    ASSERT_TRUE(a.otherSource);
    EXPECT_EQ(a.otherSource->usdPerInstanceHour.micros(), 97'000'000);
    EXPECT_EQ(a.otherSource->observedOn, u"2026-05-20"_s);
    EXPECT_EQ(a.otherSource->sourceUrl, u"https://mirror.example/ä"_s);
    const OfferRow &b = rows.at(1);
    EXPECT_EQ(b.instanceType, u"H100 SXM — Zürich"_s);
    EXPECT_EQ(b.region, u"Zürich 東京"_s);
    EXPECT_EQ(b.pricing, PricingModel::Reserved);
    EXPECT_EQ(b.pricingTerm, u"1 year"_s);
    EXPECT_EQ(b.notListedSince, u"2026-05-01"_s);
    EXPECT_TRUE(b.perGpuRate);
    EXPECT_EQ(b.soldVia, u"Marktplatz GmbH"_s);
    EXPECT_FALSE(b.vcpus);
    EXPECT_FALSE(b.ramGb);
    // An undated price ranks before one dated by a month before the window.
    EXPECT_EQ(b.usdPerInstanceHour.micros(), 2'300'000);
    EXPECT_TRUE(b.observedOn.isEmpty());
    ASSERT_TRUE(b.otherSource);
    EXPECT_EQ(b.otherSource->sourceUrl, u"https://b.example/€"_s);
    const OfferRow &c = rows.at(2);
    EXPECT_EQ(c.usdPerInstanceHour.micros(), 0); // the newer of two stale prices
    EXPECT_EQ(c.vcpus, 30);
    EXPECT_FALSE(c.ramGb);
    // Stale on 2026-06-30, current on 2020-01-15 only by its confirmation: the euro's price.
    const QList<OfferRow> then = read(m_db, Freshness{QDate(2020, 1, 15), 3}, RowPath::Fastest,
                                      QList<qint64>{m_added.at(2), m_added.at(1)});
    ASSERT_EQ(then.size(), 2);
    EXPECT_EQ(then.at(0).offerId, m_added.at(1)); // by offer id, not the order asked
    EXPECT_EQ(then.at(1).usdPerInstanceHour.micros(), 1'290'000);
    EXPECT_EQ(then.at(1).publishedCurrency, u"GBP"_s);
    EXPECT_EQ(then.at(1).publishedAmount.micros(), 1'100'000);
    EXPECT_EQ(then.at(1).confirmedOn, u"2020-02-01"_s);
    const QList<OfferRow> euros = read(m_db, Freshness{QDate(2026, 3, 20), 30}, RowPath::Fastest,
                                       QList<qint64>{m_added.at(1)});
    ASSERT_EQ(euros.size(), 1);
    EXPECT_EQ(euros.at(0).publishedCurrency, u"EUR"_s);
    EXPECT_EQ(euros.at(0).publishedAmount.micros(), 1'990'000);
    // Two undated prices: the later one.
    EXPECT_EQ(rows.at(3).usdPerInstanceHour.micros(), 5'000'000);
}

TEST_F(CurrentRows, SubsetsReadAsTheWholeDoes)
{
    const Freshness freshness{QDate(2026, 6, 30), 30};
    QHash<qint64, OfferRow> whole;
    for (const OfferRow &r : read(m_db, freshness, RowPath::QSqlQuery))
        whole.insert(r.offerId, r);
    const QList<QList<qint64>> subsets = {
        m_added, {m_added.at(3)}, {whole.keys().first(), m_added.at(0), 999'999'999}, {}};
    for (const QList<qint64> &ids : subsets) {
        for (const RowPath path : {RowPath::Fastest, RowPath::QSqlQuery}) {
            const QList<OfferRow> rows = read(m_db, freshness, path, ids);
            EXPECT_EQ(rows.size(), ids.size() - ids.count(999'999'999));
            for (const OfferRow &r : rows) {
                ASSERT_TRUE(whole.contains(r.offerId));
                expectSameRow(r, whole.value(r.offerId));
            }
        }
    }
    // The repository's reads are these.
    const QList<OfferRow> fromRepository = OfferRepository(m_db).currentRows(m_added, freshness);
    ASSERT_EQ(fromRepository.size(), m_added.size());
    for (const OfferRow &r : fromRepository)
        expectSameRow(r, whole.value(r.offerId));
}

} // namespace
