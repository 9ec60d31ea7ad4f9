// A price published in another currency keeps its published amount and currency beside its
// US-dollar figure (issue 33): exports carry both and import back byte for byte, a price given
// only in euros gets its dollars at the ECB rate of its day, and a copy into and out of a team
// book keeps the published prices, the exchange rates and the record of what updates changed.

#include "Backends.h"
#include "BookCopy.h"
#include "CatalogImport.h"
#include "ExchangeRateRepository.h"
#include "GpuModelRepository.h"
#include "NewBookOnEachBackend.h"
#include "OfferRepository.h"
#include "OwnCsv.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PriceBookJsonWriter.h"
#include "ProviderRepository.h"
#include "UpdateChangeRepository.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

const QString kHeader =
    u"provider,gpu_model,instance_type,gpus_per_instance,vcpus,ram_gb,region,"
    "pricing,pricing_term,interconnect,offer_notes,usd_per_instance_hour,"
    "observed_on,source_url,price_notes,published_amount,published_currency\n"_s;

/// A Scaleway-like offer priced in euros: one price with both figures as published and
/// converted, one in dollars.
PriceBookData euroOffer()
{
    Offer o;
    o.provider = u"Lambda"_s;
    o.gpuModel = u"H100 SXM 80GB"_s;
    o.instanceType = u"eu-h100-1"_s;
    o.region = u"fr-par-2"_s;
    PriceObservation euro{Money::fromMicros(2'409'290), u"2026-10-09"_s,
                          u"https://example.eu/pricing"_s, u"as listed"_s, QString()};
    euro.publishedCurrency = u"EUR"_s;
    euro.publishedAmount = Money::fromMicros(2'150'000);
    o.prices = {PriceObservation{Money::fromMicros(2'500'000), u"2026-09-01"_s,
                                 u"https://example.eu/old"_s, QString(), QString()},
                euro};
    PriceBookData data;
    data.offers = {o};
    return data;
}

class PublishedCurrency : public test::NewBookOnEachBackend
{
protected:
    ImportOptions options(const QSqlDatabase &in) const
    {
        ImportOptions o;
        o.gpuModels = GpuModelRepository(in).all();
        for (const Provider &p : ProviderRepository(in).all())
            o.providerNames << p.name;
        o.exchangeRates = readExchangeRates(in).value();
        return o;
    }

    /// Reads `bytes` as an import would and writes it into `into`; the plan's error or empty.
    QString importInto(const QSqlDatabase &into, QByteArray bytes, const QString &name) const
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const ImportPlan plan = CatalogImport::read(buffer, name, options(into));
        if (!plan.ok())
            return plan.error.message;
        if (plan.rejectedCount > 0)
            return plan.rejected.constFirst().reason;
        const ImportSummary written = PriceBookImporter(into).importData(plan.data);
        return written.error;
    }

    /// The offer's prices as the book holds them, oldest first.
    QList<PriceObservation> pricesOf(const QSqlDatabase &in, const QString &instance) const
    {
        for (const Offer &o : OfferRepository(in).all()) {
            if (o.instanceType == instance)
                return o.prices;
        }
        return {};
    }
};

QByteArray csvOf(const QSqlDatabase &db)
{
    return OwnCsv::writeOffers(OfferRepository(db).all());
}

QByteArray jsonOf(const QSqlDatabase &db)
{
    return PriceBookJsonWriter::write(readPriceBook(db));
}

} // namespace

TEST_P(PublishedCurrency, AEuroPriceRoundTripsThroughCsvAndJsonByteForByte)
{
    ASSERT_TRUE(PriceBookImporter(db()).importData(euroOffer()).ok());
    const QList<PriceObservation> stored = pricesOf(db(), u"eu-h100-1"_s);
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.at(1), euroOffer().offers.first().prices.at(1)) << "kept as written";
    EXPECT_TRUE(stored.at(0).publishedCurrency.isEmpty());

    const QByteArray csv = csvOf(db());
    const QByteArray json = jsonOf(db());
    EXPECT_TRUE(
        csv.contains(",2.40929,2026-10-09,https://example.eu/pricing,as listed,2.15,EUR\r\n"))
        << csv.right(400).toStdString();
    EXPECT_TRUE(csv.contains(",2.5,2026-09-01,https://example.eu/old,,,\r\n"))
        << "a dollar price leaves both columns empty";
    EXPECT_TRUE(json.contains("\"published_amount\": 2.15")) << json.right(600).toStdString();
    EXPECT_TRUE(json.contains("\"published_currency\": \"EUR\""));
    EXPECT_TRUE(json.contains("\"usd_per_instance_hour\": 2.40929"));

    // Into books that have never seen the offer, and out again: the same bytes.
    for (const auto &[bytes, name] :
         {std::pair{csv, u"offers.csv"_s}, std::pair{json, u"book.json"_s}}) {
        SCOPED_TRACE(name.toStdString());
        QTemporaryDir dir;
        GPUCOMPARE_NEW_BOOK_PLACE(GetParam(), dir, place);
        auto other = PriceBook::open(place);
        ASSERT_TRUE(other.book) << other.error.toStdString();
        ASSERT_EQ(importInto(other.book->database(), bytes, name), QString());
        EXPECT_EQ(pricesOf(other.book->database(), u"eu-h100-1"_s), stored);
        EXPECT_EQ(csvOf(other.book->database()), csv);
        EXPECT_EQ(jsonOf(other.book->database()), json);
    }
}

TEST_P(PublishedCurrency, AnImportedEuroPriceGetsItsDollarsAtTheRateOfItsDay)
{
    // The bundled day, Friday 2026-10-09, has USD 1.1206 per euro; the book fetched Monday's.
    const EuroRateDay monday{QDate(2026, 10, 12), {{u"USD"_s, 1'200'000}, {u"GBP"_s, 870'000}}};
    ExchangeRateRepository(db()).save({monday}, u"https://rates.example/daily.xml"_s);
    const QByteArray csv =
        (kHeader +
         u"Lambda,H100 SXM 80GB,eu-a,1,,,fr,on-demand,,,,,2026-10-09,https://x.eu,,2.15,EUR\n"
         "Lambda,H100 SXM 80GB,eu-b,1,,,fr,on-demand,,,,,2026-10-11,https://x.eu,Sunday,2.15,"
         "EUR\n"
         "Lambda,H100 SXM 80GB,eu-c,1,,,fr,on-demand,,,,,2026-10-12,https://x.eu,,2.15,EUR\n"
         "Lambda,H100 SXM 80GB,eu-d,1,,,fr,on-demand,,,,9.99,2026-10-12,https://x.eu,,2.15,EUR\n"
         "Lambda,H100 SXM 80GB,uk-a,1,,,uk,on-demand,,,,,2026-10-12,https://x.uk,,1.74,GBP\n"_s)
            .toUtf8();
    ASSERT_EQ(importInto(db(), csv, u"euro.csv"_s), QString());

    // 2.15 x 1.1206 = 2.40929, on the day itself: no word in the note.
    const PriceObservation friday = pricesOf(db(), u"eu-a"_s).value(0);
    EXPECT_EQ(friday.usdPerInstanceHour, Money::fromMicros(2'409'290));
    EXPECT_EQ(friday.publishedAmount, Money::fromMicros(2'150'000));
    EXPECT_EQ(friday.publishedCurrency, u"EUR"_s);
    EXPECT_EQ(friday.note, QString());
    // Sunday has no rate: Friday's, and the note says so.
    const PriceObservation sunday = pricesOf(db(), u"eu-b"_s).value(0);
    EXPECT_EQ(sunday.usdPerInstanceHour, Money::fromMicros(2'409'290));
    EXPECT_EQ(sunday.note, u"Sunday US dollars at the ECB rate of 2026-10-09."_s);
    // Monday's own rate: 2.15 x 1.2 = 2.58.
    EXPECT_EQ(pricesOf(db(), u"eu-c"_s).value(0).usdPerInstanceHour, Money::fromMicros(2'580'000));
    // Both given: both kept, nothing converted.
    const PriceObservation both = pricesOf(db(), u"eu-d"_s).value(0);
    EXPECT_EQ(both.usdPerInstanceHour, Money::fromMicros(9'990'000));
    EXPECT_EQ(both.publishedAmount, Money::fromMicros(2'150'000));
    // A cross rate: 1.74 GBP x (1.2 USD / 0.87 GBP per euro) = 2.4 exactly.
    EXPECT_EQ(pricesOf(db(), u"uk-a"_s).value(0).usdPerInstanceHour, Money::fromMicros(2'400'000));

    // The same in JSON; a day before every rate the book holds is refused with the reason.
    const QByteArray json = R"({"format": "gpucompare-pricebook", "version": 4, "offers": [
        {"provider": "Lambda", "gpu_model": "H100 SXM 80GB", "instance_type": "eu-j",
         "gpus_per_instance": 1, "pricing": "on-demand", "prices": [{"observed_on": "2026-10-12",
         "published_amount": 2.15, "published_currency": "EUR"}]}]})";
    ASSERT_EQ(importInto(db(), json, u"euro.json"_s), QString());
    EXPECT_EQ(pricesOf(db(), u"eu-j"_s).value(0).usdPerInstanceHour, Money::fromMicros(2'580'000));
    const QString early = importInto(
        db(),
        (kHeader +
         u"Lambda,H100 SXM 80GB,eu-x,1,,,fr,on-demand,,,,,2020-01-01,https://x.eu,,2.15,EUR\n"_s)
            .toUtf8(),
        u"early.csv"_s);
    EXPECT_TRUE(early.contains(u"no exchange rate for EUR on or before 2020-01-01"_s))
        << early.toStdString();
    for (const QString &bad : {u"2.15,USD"_s, u"2.15,eur"_s, u",EUR"_s, u"2.15,"_s}) {
        const QString refused = importInto(
            db(),
            (kHeader + u"Lambda,H100 SXM 80GB,eu-y,1,,,fr,on-demand,,,,1,2026-10-12,,,"_s + bad +
             u"\n"_s)
                .toUtf8(),
            u"bad.csv"_s);
        EXPECT_FALSE(refused.isEmpty()) << bad.toStdString();
    }
    EXPECT_TRUE(pricesOf(db(), u"eu-y"_s).isEmpty());
}

TEST_P(PublishedCurrency, TheBookRefusesAPublishedCurrencyItCannotHold)
{
    ASSERT_TRUE(PriceBookImporter(db()).importData(euroOffer()).ok());
    const QString offer = u"(SELECT id FROM offers WHERE instance_type = 'eu-h100-1')"_s;
    for (const QString &values : {u"2150000, 'USD'"_s, u"2150000, 'eur'"_s, u"NULL, 'EUR'"_s,
                                  u"2150000, NULL"_s, u"2.5, 'EUR'"_s, u"-1, 'EUR'"_s}) {
        QSqlQuery q(db());
        EXPECT_FALSE(q.exec(u"INSERT INTO price_observations (offer_id, "
                            "usd_micros_per_instance_hour, published_micros, published_currency) "
                            "VALUES (%1, 1, %2)"_s.arg(offer, values)))
            << values.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, PublishedCurrency,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);

TEST(TeamBookCopy, IntoAndOutOfATeamBookKeepsPublishedPricesRatesAndChanges)
{
    if (!test::testServerUri())
        GTEST_SKIP() << "no test PostgreSQL server (run the tests through ctest)";
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"source.sqlite"_s));
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    const QSqlDatabase source = opened.book->database();
    ASSERT_TRUE(PriceBookImporter(source).importData(euroOffer()).ok());
    const EuroRateDay monday{QDate(2026, 10, 12), {{u"USD"_s, 1'200'000}, {u"CNY"_s, 8'123'400}}};
    ExchangeRateRepository(source).save({monday}, u"https://rates.example/daily.xml"_s);
    QSqlQuery id(source);
    ASSERT_TRUE(id.exec(u"SELECT id FROM offers WHERE instance_type = 'eu-h100-1'"_s) && id.next());
    UpdateChange change;
    change.updatedOn = QDate(2026, 10, 12);
    change.updateStartedAt = u"2026-10-12T06:00:00.000Z"_s;
    change.source = u"skypilot/lambda"_s;
    change.kind = UpdateChange::Kind::Drop;
    change.offerId = id.value(0).toLongLong();
    change.provider = u"Lambda"_s;
    change.gpuModel = u"H100 SXM 80GB"_s;
    change.instanceType = u"eu-h100-1"_s;
    change.region = u"fr-par-2"_s;
    change.oldPrice = Money::fromMicros(2'500'000);
    change.newPrice = Money::fromMicros(2'409'290);
    UpdateChange gone = change;
    gone.kind = UpdateChange::Kind::Gone;
    gone.offerId.reset();
    gone.instanceType = u"eu-h100-gone"_s;
    gone.newPrice.reset();
    UpdateChangeRepository(source).record({change, gone});

    const auto expectSameAsSource = [&](const QSqlDatabase &copy) {
        EXPECT_EQ(OfferRepository(copy).all(), OfferRepository(source).all());
        EXPECT_EQ(ExchangeRateRepository(copy).rows(), ExchangeRateRepository(source).rows());
        EXPECT_EQ(ExchangeRateRepository(copy).rows().size(), 2);
        const QList<UpdateChange> changes = UpdateChangeRepository(copy).all();
        ASSERT_EQ(changes.size(), 2);
        QSqlQuery copied(copy);
        ASSERT_TRUE(copied.exec(u"SELECT id FROM offers WHERE instance_type = 'eu-h100-1'"_s) &&
                    copied.next());
        UpdateChange expected = change;
        expected.offerId = copied.value(0).toLongLong(); // the same offer, under its id there
        EXPECT_EQ(changes.at(0), expected);
        EXPECT_EQ(changes.at(1), gone);
        EXPECT_EQ(jsonOf(copy), jsonOf(source));
    };
    const PriceBook::OpenResult team = copyBook(source, test::newPostgresDatabase());
    ASSERT_TRUE(team.book) << team.error.toStdString();
    {
        SCOPED_TRACE("into the team book");
        expectSameAsSource(team.book->database());
    }
    const PriceBook::OpenResult back =
        copyBook(team.book->database(), dir.filePath(u"back.sqlite"_s));
    ASSERT_TRUE(back.book) << back.error.toStdString();
    {
        SCOPED_TRACE("back out into a file");
        expectSameAsSource(back.book->database());
    }
}
