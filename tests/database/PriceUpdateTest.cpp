// runCatalogs, the one fetch-and-apply loop of the command line's update, the update dialog
// and the background update, against a real HTTP server (support/CatalogServer): its totals,
// its progress, a dry run that writes nothing but keeps what it fetched, cancellation between
// and during downloads, and offline told apart from "too many requests".

#include "PriceUpdate.h"

#include "CatalogServer.h"
#include "PriceBook.h"
#include "TestFiles.h"
#include "UpdateRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/../shared/fixtures/catalogs/");
const QByteArray kLambdaPath = "/catalogs/v8/lambda/vms.csv";
const QByteArray kNebiusPath = "/catalogs/v8/nebius/vms.csv";

QByteArray fixture(const QString &name)
{
    QFile file(kFixtures + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

class RunCatalogs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(u"book.sqlite"_s);
        {
            auto created = PriceBook::open(path); // made from the bundled dataset
            ASSERT_TRUE(created.book) << created.error.toStdString();
        }
        // A book without its catalog snapshots, so that the catalogs have offers to add.
        const QString error = runSqlite(path, forgetCatalogOffersStatements());
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        auto opened = PriceBook::open(path);
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_book = std::move(opened.book);
        m_policy.allowPlainHttp = true;
        m_policy.connectTimeoutMs = 5000;
        m_policy.backoffMs = 10;
    }

    QSqlDatabase db() const { return m_book->database(); }

    UpdateRequest request(const QString &baseUrl) const
    {
        UpdateRequest r;
        r.baseUrl = baseUrl;
        return r;
    }

    void serveBoth()
    {
        m_server.serve(kLambdaPath, fixture(u"skypilot-v8/lambda/vms.csv"_s), "\"l1\"");
        m_server.serve(kNebiusPath, fixture(u"skypilot-v8/nebius/vms.csv"_s), "\"n1\"");
    }

    const QList<CatalogSource> m_both = {{u"skypilot"_s, u"lambda"_s},
                                         {u"skypilot"_s, u"nebius"_s}};
    QTemporaryDir m_dir;
    std::unique_ptr<PriceBook> m_book;
    CatalogServer m_server;
    FetchPolicy m_policy;
};

} // namespace

TEST_F(RunCatalogs, ADryRunSumsItsCatalogsWritesNothingAndKeepsWhatItFetchedToApplyLater)
{
    serveBoth();
    const int offers = scalar(db(), u"SELECT count(*) FROM offers"_s);
    const int fetches = scalar(db(), u"SELECT count(*) FROM catalog_fetches"_s);
    QList<std::pair<int, int>> done;
    qint64 lastBytes = -1;
    bool bytesWentBack = false;
    UpdateCallbacks callbacks;
    callbacks.bytes = [&](qint64 bytes) {
        bytesWentBack = bytesWentBack || bytes < lastBytes;
        lastBytes = bytes;
    };
    callbacks.catalogDone = [&](int catalogs, int total) {
        done.append({catalogs, total});
    };
    HttpFetcher fetcher(m_policy);
    const UpdateRun dry =
        runCatalogs(db(), m_both, request(m_server.baseUrl()), true, fetcher, callbacks);

    ASSERT_EQ(dry.catalogs.size(), 2);
    EXPECT_FALSE(dry.cancelled);
    EXPECT_FALSE(dry.offline());
    EXPECT_FALSE(dry.rateLimited());
    EXPECT_EQ(dry.catalogs.at(0).report.catalog.key(), u"skypilot/lambda"_s);
    EXPECT_EQ(dry.catalogs.at(1).report.catalog.key(), u"skypilot/nebius"_s);
    const QList<std::pair<int, int>> expectedDone = {{1, 2}, {2, 2}};
    EXPECT_EQ(done, expectedDone);
    // The byte counter runs on over the catalogs, never back to zero for the next one.
    const qint64 bodies = fixture(u"skypilot-v8/lambda/vms.csv"_s).size() +
                          fixture(u"skypilot-v8/nebius/vms.csv"_s).size();
    EXPECT_EQ(lastBytes, bodies);
    EXPECT_FALSE(bytesWentBack);

    // The totals are the reports' sums.
    const UpdateTotals &t = dry.totals;
    EXPECT_EQ(t.catalogs, 2);
    EXPECT_EQ(t.failed, 0) << t.failures.join(u"; "_s).toStdString();
    EXPECT_GT(t.offersAdded, 300);
    const QList<SourceReport> reports = dry.reports();
    EXPECT_EQ(t.offersAdded, reports.at(0).offersAdded + reports.at(1).offersAdded);
    EXPECT_EQ(t.pricesChanged, reports.at(0).pricesChanged + reports.at(1).pricesChanged);
    EXPECT_EQ(t.confirmed, reports.at(0).confirmed + reports.at(1).confirmed);
    EXPECT_EQ(t.vanished, reports.at(0).vanished + reports.at(1).vanished);
    EXPECT_TRUE(t.wroteSomething());
    const UpdateTotals again = UpdateTotals::of(reports);
    EXPECT_EQ(again.offersAdded, t.offersAdded);
    EXPECT_EQ(again.catalogs, t.catalogs);

    // Dry: nothing written, not even the fetches.
    EXPECT_EQ(scalar(db(), u"SELECT count(*) FROM offers"_s), offers);
    EXPECT_EQ(scalar(db(), u"SELECT count(*) FROM catalog_fetches"_s), fetches);

    // What it fetched applies as it was previewed, without a second download (the dialog's
    // Apply).
    const QList<FetchedCatalog> kept = dry.fetched();
    ASSERT_EQ(kept.size(), 2);
    UpdateTotals applied;
    for (const FetchedCatalog &one : kept) {
        EXPECT_FALSE(one.bodies.isEmpty()) << "a dry run keeps the bodies";
        applied.add(applyCatalog(db(), one, QDate::currentDate(), false));
    }
    EXPECT_EQ(applied.catalogs, 2);
    EXPECT_EQ(applied.failed, 0) << applied.failures.join(u"; "_s).toStdString();
    EXPECT_EQ(applied.offersAdded, t.offersAdded);
    EXPECT_EQ(applied.pricesChanged, t.pricesChanged);
    EXPECT_EQ(applied.confirmed, t.confirmed);
    EXPECT_EQ(applied.vanished, t.vanished);
    EXPECT_GT(scalar(db(), u"SELECT count(*) FROM offers"_s), offers);
    EXPECT_EQ(m_server.hits(kLambdaPath), 1);
    EXPECT_EQ(m_server.hits(kNebiusPath), 1);

    // The next run asks with the validators the book recorded: nothing new, every price
    // confirmed, and no body kept of a run that was not dry.
    HttpFetcher second(m_policy);
    const UpdateRun next = runCatalogs(db(), m_both, request(m_server.baseUrl()), false, second);
    ASSERT_EQ(next.catalogs.size(), 2);
    for (const CatalogRun &one : next.catalogs) {
        EXPECT_EQ(one.report.status, u"not-modified"_s) << one.report.error.toStdString();
        EXPECT_TRUE(one.fetched.bodies.isEmpty());
    }
    EXPECT_FALSE(next.totals.wroteSomething());
    EXPECT_EQ(next.totals.confirmed, scalar(db(), u"SELECT count(*) FROM offers WHERE listed_by IN "
                                                  "('skypilot/lambda', 'skypilot/nebius')"_s));
    EXPECT_GT(next.totals.confirmed, 300);
    const QList<HttpRequest> requests = m_server.requests();
    ASSERT_EQ(requests.size(), 4);
    EXPECT_EQ(requests.at(2).headers.value("if-none-match"), "\"l1\"");
    EXPECT_EQ(requests.at(3).headers.value("if-none-match"), "\"n1\"");
}

TEST_F(RunCatalogs, CancelledAfterACatalogItStopsBeforeTheNext)
{
    serveBoth();
    bool stop = false;
    UpdateCallbacks callbacks;
    callbacks.cancelled = [&] {
        return stop;
    };
    callbacks.catalogDone = [&](int, int) {
        stop = true;
    };
    HttpFetcher fetcher(m_policy);
    const UpdateRun run =
        runCatalogs(db(), m_both, request(m_server.baseUrl()), false, fetcher, callbacks);
    EXPECT_TRUE(run.cancelled);
    ASSERT_EQ(run.catalogs.size(), 1);
    EXPECT_EQ(run.catalogs.first().report.catalog.key(), u"skypilot/lambda"_s);
    EXPECT_EQ(run.totals.catalogs, 1);
    EXPECT_TRUE(run.catalogs.first().fetched.bodies.isEmpty()) << "applied: its body is dropped";
    EXPECT_GT(run.catalogs.first().fetched.bytes, 0);
    EXPECT_EQ(m_server.hits(kNebiusPath), 0) << "the next catalog is not even asked for";
    // The first catalog was applied, in its own transaction.
    EXPECT_GT(run.totals.offersAdded, 0);
    EXPECT_GT(scalar(db(), u"SELECT count(*) FROM offers WHERE listed_by = 'skypilot/lambda'"_s),
              0);
    EXPECT_EQ(scalar(db(), u"SELECT count(*) FROM catalog_fetches WHERE cloud = 'lambda'"_s), 1);
    EXPECT_EQ(scalar(db(), u"SELECT count(*) FROM catalog_fetches WHERE cloud = 'nebius'"_s), 0);
}

TEST_F(RunCatalogs, CancelledDuringADownloadItAppliesNothingAndDoesNotWaitForTheTimeout)
{
    m_server.route(kLambdaPath, [](const HttpRequest &, int) {
        HttpResponse r;
        r.behaviour = HttpResponse::Behaviour::Hang;
        return r;
    });
    m_server.serve(kNebiusPath, fixture(u"skypilot-v8/nebius/vms.csv"_s));
    const int fetches = scalar(db(), u"SELECT count(*) FROM catalog_fetches"_s);
    QElapsedTimer clock;
    clock.start();
    UpdateCallbacks callbacks;
    callbacks.cancelled = [&] {
        return clock.elapsed() > 300;
    };
    HttpFetcher fetcher(m_policy);
    const UpdateRun run =
        runCatalogs(db(), m_both, request(m_server.baseUrl()), false, fetcher, callbacks);
    EXPECT_LT(clock.elapsed(), 3000) << "cancellation does not wait for the 5 s timeout";
    EXPECT_TRUE(run.cancelled);
    EXPECT_TRUE(run.catalogs.isEmpty()) << "the cancelled download is not applied";
    EXPECT_EQ(run.totals.catalogs, 0);
    EXPECT_EQ(m_server.hits(kNebiusPath), 0);
    EXPECT_EQ(scalar(db(), u"SELECT count(*) FROM catalog_fetches"_s), fetches)
        << "not even a failure is recorded";
}

TEST_F(RunCatalogs, OfflineIsToldApartFromTooManyRequests)
{
    QString deadBase;
    {
        CatalogServer gone; // its port, no longer listening
        deadBase = gone.baseUrl();
    }
    HttpFetcher fetcher(m_policy);
    const UpdateRun offline = runCatalogs(db(), m_both, request(deadBase), false, fetcher);
    EXPECT_TRUE(offline.offline());
    EXPECT_FALSE(offline.rateLimited());
    EXPECT_EQ(offline.totals.catalogs, 2);
    EXPECT_EQ(offline.totals.failed, 2);
    ASSERT_EQ(offline.totals.failures.size(), 2);
    EXPECT_TRUE(offline.totals.failures.at(0).startsWith(u"skypilot/lambda: "_s))
        << offline.totals.failures.at(0).toStdString();
    EXPECT_TRUE(offline.totals.failures.at(1).startsWith(u"skypilot/nebius: "_s))
        << offline.totals.failures.at(1).toStdString();

    // A server that answers 429 to one catalog: not offline, rate limited, the other applied.
    m_server.route(kLambdaPath, [](const HttpRequest &, int) {
        HttpResponse r;
        r.status = 429;
        r.body = "slow down";
        return r;
    });
    m_server.serve(kNebiusPath, fixture(u"skypilot-v8/nebius/vms.csv"_s));
    const UpdateRun limited =
        runCatalogs(db(), m_both, request(m_server.baseUrl()), false, fetcher);
    EXPECT_FALSE(limited.offline());
    EXPECT_TRUE(limited.rateLimited());
    EXPECT_EQ(limited.totals.failed, 1);
    EXPECT_GT(limited.totals.offersAdded, 0) << "the other catalog is applied";
    ASSERT_EQ(limited.totals.failures.size(), 1);
    EXPECT_TRUE(limited.totals.failures.first().contains(u"429"_s))
        << limited.totals.failures.first().toStdString();
}

TEST_F(RunCatalogs, ABookWhoseFetchesCannotBeReadIsFetchedUnconditionallyAndNothingThrows)
{
    serveBoth();
    HttpFetcher fetcher(m_policy);
    ASSERT_EQ(runCatalogs(db(), m_both, request(m_server.baseUrl()), false, fetcher).totals.failed,
              0);
    const Outcome<QMap<QString, LastFetch>> last = readLastFetches(db());
    ASSERT_TRUE(last) << last.error().toStdString();
    EXPECT_EQ(last.value().value(u"skypilot/lambda"_s).etag, u"\"l1\""_s);
    EXPECT_EQ(last.value().value(u"skypilot/nebius"_s).status, u"updated"_s);

    // A connection that is not open: lastFetches() would throw.
    const QSqlDatabase closed;
    const Outcome<QMap<QString, LastFetch>> unreadable = readLastFetches(closed);
    EXPECT_FALSE(unreadable);
    EXPECT_FALSE(unreadable.error().isEmpty());
    const UpdateRun run = runCatalogs(closed, m_both, request(m_server.baseUrl()), true, fetcher);
    ASSERT_EQ(run.catalogs.size(), 2);
    EXPECT_EQ(run.totals.failed, 2) << "read, but not applied to a book that is not there";
    const QList<HttpRequest> requests = m_server.requests();
    ASSERT_EQ(requests.size(), 4);
    EXPECT_FALSE(requests.at(2).headers.contains("if-none-match")) << "no validators to send";
    EXPECT_FALSE(requests.at(3).headers.contains("if-none-match"));
}
