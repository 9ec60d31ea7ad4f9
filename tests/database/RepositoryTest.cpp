#include "Backends.h"
#include "GpuModelRepository.h"
#include "MarketShareRepository.h"
#include "NewBookOnEachBackend.h"
#include "OfferRepository.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "ProviderRepository.h"
#include "SavedJobRepository.h"
#include "SqlStatements.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <limits>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

class Repositories : public test::NewBookOnEachBackend
{
protected:
};

Offer offerFor(const QString &provider, const QString &instance, const char *price)
{
    Offer o;
    o.provider = provider;
    o.gpuModel = u"H100"_s; // an alias: resolved to "H100 SXM 80GB"
    o.instanceType = instance;
    o.gpusPerInstance = 8;
    o.pricing = PricingModel::Spot;
    o.prices.append({*Money::parse(QString::fromLatin1(price)),
                     u"2026-11-01"_s,
                     u"https://example.com/quote"_s,
                     {},
                     {}});
    return o;
}

} // namespace

TEST_P(Repositories, HostileNamesAreStoredVerbatim)
{
    const QStringList names = {u"Robert'); DROP TABLE offers;--"_s, u"\"Quoted\" ; semi"_s,
                               u"GPU 🚀 Cloud 云"_s, u"ענן מחשוב"_s, u"%_ like wildcards"_s};
    ProviderRepository providers(db());
    for (const QString &name : names)
        providers.insert({name, u"other"_s, {}, u"note with 'quotes'"_s, 0});
    for (const QString &name : names) {
        EXPECT_TRUE(providers.idByName(name)) << name.toStdString();
    }
    const auto all = providers.all();
    for (const QString &name : names) {
        EXPECT_TRUE(
            std::any_of(all.begin(), all.end(), [&](const Provider &p) { return p.name == name; }));
    }
    EXPECT_GT(OfferRepository(db()).count(), 100); // the offers table survived
}

TEST_P(Repositories, PricesComeBackExactly)
{
    PriceBookData data;
    data.providers.append({u"Exact Cloud"_s, u"neocloud"_s, {}, {}, 0});
    data.offers.append(offerFor(u"Exact Cloud"_s, u"x8"_s, "21.957642"));
    ASSERT_TRUE(PriceBookImporter(db()).importData(data).error.isEmpty());
    const auto offers = OfferRepository(db()).all();
    const auto it = std::find_if(offers.begin(), offers.end(),
                                 [](const Offer &o) { return o.provider == u"Exact Cloud"; });
    ASSERT_NE(it, offers.end());
    EXPECT_EQ(it->gpuModel, u"H100 SXM 80GB"_s);
    EXPECT_EQ(it->prices.first().usdPerInstanceHour.toString(), u"21.957642"_s);
}

TEST_P(Repositories, ASecondPriceForTheSameOfferBecomesHistory)
{
    PriceBookData data;
    data.providers.append({u"History Cloud"_s, u"neocloud"_s, {}, {}, 0});
    data.offers.append(offerFor(u"History Cloud"_s, u"x8"_s, "20"));
    ASSERT_TRUE(PriceBookImporter(db()).importData(data).error.isEmpty());
    data.offers.first().prices.first() = {
        *Money::parse(u"18.5"), u"2026-11-20"_s, u"https://example.com/later"_s, {}, {}};
    const ImportSummary again = PriceBookImporter(db()).importData(data);
    ASSERT_TRUE(again.error.isEmpty());
    EXPECT_EQ(again.offersAdded, 0);
    EXPECT_EQ(again.pricesAdded, 1);
    const ImportSummary same = PriceBookImporter(db()).importData(data);
    EXPECT_EQ(same.pricesAdded, 0);
    EXPECT_EQ(same.pricesUnchanged, 1);
}

TEST_P(Repositories, AnImportWithOneBadOfferWritesNothing)
{
    const int offersBefore = OfferRepository(db()).count();
    const int providersBefore = ProviderRepository(db()).count();
    PriceBookData data;
    data.providers.append({u"Half Cloud"_s, u"neocloud"_s, {}, {}, 0});
    data.offers.append(offerFor(u"Half Cloud"_s, u"good"_s, "10"));
    Offer bad = offerFor(u"Half Cloud"_s, u"bad"_s, "10");
    bad.gpuModel = u"Imaginary 9000"_s;
    data.offers.append(bad);
    const ImportSummary summary = PriceBookImporter(db()).importData(data);
    EXPECT_TRUE(summary.error.contains(u"offers[1]"_s)) << summary.error.toStdString();
    EXPECT_TRUE(summary.error.contains(u"Imaginary 9000"_s));
    EXPECT_EQ(OfferRepository(db()).count(), offersBefore);
    EXPECT_EQ(ProviderRepository(db()).count(), providersBefore);
}

TEST_P(Repositories, ADryRunReportsButWritesNothing)
{
    PriceBookData data;
    data.providers.append({u"Dry Cloud"_s, u"neocloud"_s, {}, {}, 0});
    data.offers.append(offerFor(u"Dry Cloud"_s, u"x8"_s, "10"));
    const ImportSummary summary = PriceBookImporter(db()).importData(data, true);
    EXPECT_EQ(summary.providersAdded, 1);
    EXPECT_EQ(summary.offersAdded, 1);
    EXPECT_FALSE(ProviderRepository(db()).idByName(u"Dry Cloud"_s));
}

TEST_P(Repositories, ConstraintsStopWhatValidationMissed)
{
    // NaN binds as NULL through Qt: NOT NULL must catch it (research pitfall 3).
    QSqlQuery q(db());
    q.prepare(
        u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour) VALUES (1, ?)"_s);
    q.addBindValue(std::numeric_limits<double>::quiet_NaN());
    EXPECT_FALSE(q.exec());
    q.prepare(
        u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour) VALUES (1, ?)"_s);
    q.addBindValue(-5);
    EXPECT_FALSE(q.exec());
    q.prepare(
        u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour) VALUES (1, ?)"_s);
    q.addBindValue(2.5); // a fractional micro-dollar is not an exact price
    EXPECT_FALSE(q.exec());
    q.prepare(u"UPDATE offers SET gpus_per_instance = 0 WHERE id = 1"_s);
    EXPECT_FALSE(q.exec());
    q.prepare(u"INSERT INTO offers (provider_id, gpu_model_id, instance_type, gpus_per_instance, "
              "pricing_model) VALUES (99999, 1, 'x', 1, 'spot')"_s);
    EXPECT_FALSE(q.exec()) << "foreign keys are enforced";
}

TEST_P(Repositories, AliasesResolveCaseInsensitively)
{
    GpuModelRepository gpus(db());
    EXPECT_EQ(gpus.resolve(u"a100-80gb"_s), gpus.idByName(u"A100 SXM 80GB"_s));
    EXPECT_EQ(gpus.resolve(u"h100 sxm 80gb"_s), gpus.idByName(u"H100 SXM 80GB"_s));
    EXPECT_FALSE(gpus.resolve(u"H900"_s));
}

TEST_P(Repositories, SavedJobsCanBeRenamedAndDeleted)
{
    SavedJobRepository jobs(db());
    EXPECT_TRUE(jobs.save({u"LLaMA-65B rerun"_s, u"{\"params\":65.2e9}"_s, u"2026-11-28"_s}));
    EXPECT_FALSE(jobs.save({u"LLaMA-65B rerun"_s, u"{\"params\":65e9}"_s, u"2026-11-28"_s}));
    EXPECT_TRUE(jobs.rename(u"LLaMA-65B rerun"_s, u"Mine"_s));
    ASSERT_EQ(jobs.all().size(), 1);
    EXPECT_EQ(jobs.all().first().name, u"Mine"_s);
    EXPECT_TRUE(jobs.remove(u"Mine"_s));
    EXPECT_TRUE(jobs.all().isEmpty());
}

TEST_P(Repositories, ASecondWriterIsToldTheBookIsInUse)
{
    auto second = PriceBook::open(m_book->path());
    ASSERT_TRUE(second.book);
    QSqlDatabase first = db();
    ASSERT_TRUE(first.transaction());
    QSqlQuery hold(first);
    ASSERT_TRUE(hold.exec(u"UPDATE providers SET notes = 'held' WHERE name = 'AWS'"_s));
    try {
        // The same row: PostgreSQL locks rows, SQLite the whole file.
        execPrepared(second.book->database(),
                     u"UPDATE providers SET notes = 'second' WHERE name = 'AWS'"_s);
        FAIL() << "the second writer should have been refused";
    } catch (const DatabaseError &e) {
        EXPECT_TRUE(e.message().contains(u"in use by another"_s)) << e.message().toStdString();
    }
    first.rollback();
}

TEST_P(Repositories, AFewOffersHistoryIsTheirPartOfTheWholeHistory)
{
    OfferRepository offers(db());
    const QList<HistoryObservation> all = offers.history();
    ASSERT_GT(all.size(), 100);
    // Two offers with several dated prices each, and one with a single price.
    QHash<qint64, int> perOffer;
    for (const HistoryObservation &h : all)
        ++perOffer[h.offerId];
    QList<qint64> ids;
    for (auto it = perOffer.cbegin(); it != perOffer.cend() && ids.size() < 2; ++it) {
        if (it.value() > 1)
            ids.append(it.key());
    }
    ASSERT_EQ(ids.size(), 2) << "the bundled book keeps several prices for some offers";
    ids.append(all.constLast().offerId);
    QList<HistoryObservation> expected;
    for (const HistoryObservation &h : all) {
        if (ids.contains(h.offerId))
            expected.append(h);
    }
    const QList<HistoryObservation> some = offers.history(ids);
    ASSERT_EQ(some.size(), expected.size());
    for (qsizetype i = 0; i < some.size(); ++i) {
        EXPECT_EQ(some.at(i).offerId, expected.at(i).offerId);
        EXPECT_EQ(some.at(i).observed, expected.at(i).observed);
        EXPECT_DOUBLE_EQ(some.at(i).usdPerGpuHour, expected.at(i).usdPerGpuHour);
    }
    EXPECT_TRUE(offers.history(QList<qint64>()).isEmpty());
    EXPECT_TRUE(offers.history({-1}).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, Repositories,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
