// `gpucompare watch` and the alerts of `gpucompare update` (issue 34): a watch whose cheapest
// offer crosses below its threshold in an update is reported once, in the update's JSON; bad
// input is refused naming it; a team book's members share the watch list.

#include "Backends.h"
#include "CatalogServer.h"
#include "RunGpucompare.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kLambdaPath = "/catalogs/v8/lambda/vms.csv";
const QByteArray kHeader = "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,"
                           "Price,Region,GpuInfo,SpotPrice\n";
/// A region no bundled offer is in: the watches below look at the served offers only.
const QString kRegion = u"test-east-9"_s;

QByteArray lambdaRows(const QByteArray &onePrice, const QByteArray &eightPrice)
{
    return kHeader + "gpu_1x_h100_sxm5,H100,1,26,225," + onePrice + ",test-east-9,,\n" +
           "gpu_8x_h100_sxm5,H100,8,208,1800," + eightPrice + ",test-east-9,,\n";
}

class Watches : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_book = newBundledBook(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_EQ(runSqlite(m_book, forgetCatalogOffersStatements()), QString());
    }

    /// The update's JSON after the server lists `rows`.
    QJsonObject updateWith(const QByteArray &rows)
    {
        m_server.serve(kLambdaPath, rows);
        const ProcessResult run =
            runGpucompare({u"update"_s, u"--cloud"_s, u"lambda"_s, u"--base-url"_s,
                           m_server.baseUrl(), u"--format"_s, u"json"_s, u"--db"_s, m_book});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out).object();
    }

    ProcessResult watch(const QStringList &arguments, const QString &book = {})
    {
        return runGpucompare(QStringList{u"watch"_s} + arguments +
                             QStringList{u"--db"_s, book.isEmpty() ? m_book : book});
    }

    QJsonArray listed(const QString &book = {})
    {
        const ProcessResult run = watch({u"list"_s, u"--format"_s, u"json"_s}, book);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out).object().value(u"watches"_s).toArray();
    }

    QTemporaryDir m_dir;
    QString m_book;
    CatalogServer m_server;
};

} // namespace

TEST_F(Watches, ACrossingBelowTheThresholdIsAnAlertInTheUpdatesJsonOnce)
{
    EXPECT_TRUE(updateWith(lambdaRows("3.29", "23.92")).value(u"alerts"_s).toArray().isEmpty());
    const ProcessResult added =
        watch({u"add"_s, u"--gpu"_s, u"H100"_s, u"--below"_s, u"3.10"_s, u"--provider"_s,
               u"Lambda"_s, u"--region"_s, kRegion, u"--pricing"_s, u"on-demand"_s});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains("H100 SXM 80GB, on-demand, Lambda, test-east-9, below 3.1 "
                                   "USD per GPU-hour"))
        << added.out.constData();
    EXPECT_TRUE(added.out.contains("cheapest now: Lambda gpu_8x_h100_sxm5"))
        << added.out.constData();
    // A second watch that is below already: it must never raise an alert.
    ASSERT_EQ(watch({u"add"_s, u"--gpu"_s, u"H100 SXM 80GB"_s, u"--below"_s, u"5"_s, u"--region"_s,
                     kRegion})
                  .exitCode,
              0);

    // The cheapest H100 here is 23.92 / 8 = 2.99 per GPU-hour until the 1-GPU machine drops
    // from 3.29 to 2.89: nothing crosses 3.10 (2.99 is below already)...
    QJsonObject run = updateWith(lambdaRows("3.19", "25.60")); // 3.19 and 3.20 per GPU-hour
    EXPECT_TRUE(run.value(u"alerts"_s).toArray().isEmpty()) << "a rise raises nothing";
    // ...and now it does: the cheapest was 3.19 (at or above 3.10), it is 2.89.
    run = updateWith(lambdaRows("2.89", "25.60"));
    const QJsonArray alerts = run.value(u"alerts"_s).toArray();
    ASSERT_EQ(alerts.size(), 1) << QJsonDocument(run).toJson().constData();
    const QJsonObject alert = alerts.first().toObject();
    EXPECT_EQ(alert.value(u"old_usd_per_gpu_hour"_s).toDouble(), 3.19);
    EXPECT_EQ(alert.value(u"new_usd_per_gpu_hour"_s).toDouble(), 2.89);
    EXPECT_EQ(alert.value(u"watch"_s).toObject().value(u"below"_s).toDouble(), 3.1);
    EXPECT_EQ(alert.value(u"watch"_s).toObject().value(u"provider"_s).toString(), u"Lambda"_s);
    const QJsonObject offer = alert.value(u"offer"_s).toObject();
    EXPECT_EQ(offer.value(u"instance"_s).toString(), u"gpu_1x_h100_sxm5"_s);
    EXPECT_EQ(offer.value(u"region"_s).toString(), kRegion);
    EXPECT_EQ(offer.value(u"usd_per_instance_hour"_s).toDouble(), 2.89);

    // Below already: a further drop raises nothing new.
    run = updateWith(lambdaRows("2.79", "25.60"));
    EXPECT_TRUE(run.value(u"alerts"_s).toArray().isEmpty())
        << QJsonDocument(run).toJson().constData();

    // The text report names the alert too.
    m_server.serve(kLambdaPath, lambdaRows("3.50", "25.60"));
    ASSERT_EQ(runGpucompare({u"update"_s, u"--cloud"_s, u"lambda"_s, u"--base-url"_s,
                             m_server.baseUrl(), u"--db"_s, m_book})
                  .exitCode,
              0);
    m_server.serve(kLambdaPath, lambdaRows("3.00", "25.60"));
    const ProcessResult text =
        runGpucompare({u"update"_s, u"--cloud"_s, u"lambda"_s, u"--base-url"_s, m_server.baseUrl(),
                       u"--db"_s, m_book});
    EXPECT_TRUE(text.out.contains("Alert: watch 1 (H100 SXM 80GB, on-demand, Lambda, "
                                  "test-east-9, below 3.1 USD per GPU-hour): Lambda "
                                  "gpu_1x_h100_sxm5 test-east-9 on-demand now 3 USD/GPU-h, was "
                                  "3.2"))
        << text.out.constData();
}

TEST_F(Watches, AddListAndRemove)
{
    ASSERT_EQ(watch({u"add"_s, u"--gpu"_s, u"A100-80GB"_s, u"--below"_s, u"12.5"_s, u"--currency"_s,
                     u"cny"_s, u"--pricing"_s, u"spot"_s})
                  .exitCode,
              0);
    const QJsonArray list = listed();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject w = list.first().toObject();
    EXPECT_EQ(w.value(u"gpu"_s).toString(), u"A100 SXM 80GB"_s) << "the alias resolved";
    EXPECT_EQ(w.value(u"below"_s).toDouble(), 12.5);
    EXPECT_EQ(w.value(u"currency"_s).toString(), u"CNY"_s);
    EXPECT_EQ(w.value(u"pricing"_s).toString(), u"spot"_s);
    EXPECT_TRUE(w.value(u"provider"_s).isNull());
    EXPECT_FALSE(w.value(u"created_at"_s).toString().isEmpty());
    const QString id = QString::number(w.value(u"id"_s).toInteger());

    const ProcessResult text = watch({u"list"_s});
    EXPECT_TRUE(text.out.contains("A100 SXM 80GB, spot, below 12.5 CNY per GPU-hour"))
        << text.out.constData();
    EXPECT_EQ(watch({u"remove"_s, id}).exitCode, 0);
    EXPECT_TRUE(listed().isEmpty());
    EXPECT_TRUE(watch({u"list"_s}).out.startsWith("No watches."));
}

TEST_F(Watches, BadInputIsRefusedNamingIt)
{
    for (const QString &price : {u"0"_s, u"-2"_s, u"cheap"_s, u"1e9"_s, u"2.1234567"_s}) {
        const ProcessResult run = watch({u"add"_s, u"--gpu"_s, u"H100"_s, u"--below"_s, price});
        EXPECT_EQ(run.exitCode, 2) << price.toStdString();
        EXPECT_TRUE(run.err.contains(u"--below"_s)) << run.err.toStdString();
    }
    const ProcessResult gpu = watch({u"add"_s, u"--gpu"_s, u"Z9000 Ultra"_s, u"--below"_s, u"2"_s});
    EXPECT_EQ(gpu.exitCode, 2);
    EXPECT_TRUE(gpu.err.contains(u"Z9000 Ultra"_s)) << gpu.err.toStdString();
    const ProcessResult currency =
        watch({u"add"_s, u"--gpu"_s, u"H100"_s, u"--below"_s, u"2"_s, u"--currency"_s, u"XYZ"_s});
    EXPECT_EQ(currency.exitCode, 2);
    EXPECT_TRUE(currency.err.contains(u"USD, CNY, EUR, GBP, JPY, INR"_s))
        << currency.err.toStdString();
    const ProcessResult pricing =
        watch({u"add"_s, u"--gpu"_s, u"H100"_s, u"--below"_s, u"2"_s, u"--pricing"_s, u"lease"_s});
    EXPECT_EQ(pricing.exitCode, 2);
    EXPECT_TRUE(pricing.err.contains(u"--pricing"_s)) << pricing.err.toStdString();
    EXPECT_EQ(watch({u"add"_s, u"--below"_s, u"2"_s}).exitCode, 2) << "no --gpu";
    EXPECT_EQ(watch({u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(watch({u"remove"_s, u"first"_s}).exitCode, 2);
    const ProcessResult missing = watch({u"remove"_s, u"42"_s});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"42"_s)) << missing.err.toStdString();
    EXPECT_TRUE(listed().isEmpty()) << "nothing refused was stored";
}

TEST_F(Watches, ATeamBookSharesItsWatchesAndACopyCarriesThem)
{
    if (!testServerUri())
        GTEST_SKIP() << "no test PostgreSQL server (run the tests through ctest)";
    ASSERT_EQ(watch({u"add"_s, u"--gpu"_s, u"H100"_s, u"--below"_s, u"2.25"_s}).exitCode, 0);
    const QString team = newPostgresDatabase();
    ASSERT_EQ(runGpucompare({u"copy"_s, m_book, team}).exitCode, 0);
    ASSERT_EQ(listed(team).size(), 1) << "the copy into the team book carried the watch";

    // One member adds a watch, another (another connection, another process) sees it.
    ASSERT_EQ(watch({u"add"_s, u"--gpu"_s, u"L40S"_s, u"--below"_s, u"0.9"_s, u"--region"_s,
                     u"us-east-1"_s},
                    team)
                  .exitCode,
              0);
    const QJsonArray shared = listed(team);
    ASSERT_EQ(shared.size(), 2);
    EXPECT_EQ(shared.at(1).toObject().value(u"region"_s).toString(), u"us-east-1"_s);

    const QString back = m_dir.filePath(u"back.sqlite"_s);
    ASSERT_EQ(runGpucompare({u"copy"_s, team, back}).exitCode, 0);
    const QJsonArray copied = listed(back);
    ASSERT_EQ(copied.size(), 2) << "the copy out of the team book carried both";
    EXPECT_EQ(copied.at(0).toObject().value(u"below"_s).toDouble(), 2.25);
    EXPECT_EQ(copied.at(0).toObject().value(u"created_at"_s),
              shared.at(0).toObject().value(u"created_at"_s));
    const QString id = QString::number(shared.at(0).toObject().value(u"id"_s).toInteger());
    EXPECT_EQ(watch({u"remove"_s, id}, team).exitCode, 0);
    EXPECT_EQ(listed(team).size(), 1);
}
