// `gpucompare changes` (issue 34): what the last update changed, or every update since a day,
// over two updates the test serves from a local HTTP server.

#include "CatalogServer.h"
#include "RunGpucompare.h"
#include "TestFiles.h"

#include <QDate>
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

class Changes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_book = newBundledBook(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_EQ(runSqlite(m_book, forgetCatalogOffersStatements()), QString());
    }

    void updateWith(const QByteArray &rows)
    {
        m_server.serve(kLambdaPath, kHeader + rows);
        const ProcessResult run =
            runGpucompare({u"update"_s, u"--cloud"_s, u"lambda"_s, u"--base-url"_s,
                           m_server.baseUrl(), u"--db"_s, m_book});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    ProcessResult changes(const QStringList &arguments)
    {
        return runGpucompare(QStringList{u"changes"_s, u"--db"_s, m_book} + arguments);
    }

    /// The JSON's changes by instance type.
    QMap<QString, QJsonObject> changesJson(const QStringList &arguments)
    {
        const ProcessResult run = changes(QStringList{u"--format"_s, u"json"_s} + arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QMap<QString, QJsonObject> byInstance;
        const QJsonArray list =
            QJsonDocument::fromJson(run.out).object().value(u"changes"_s).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            byInstance.insert(
                o.value(u"instance"_s).toString() + u' ' + o.value(u"change"_s).toString(), o);
        }
        EXPECT_EQ(byInstance.size(), list.size()) << "one change per offer and kind";
        return byInstance;
    }

    QTemporaryDir m_dir;
    QString m_book;
    CatalogServer m_server;
};

} // namespace

TEST_F(Changes, TheLastUpdatesNewOffersDropsRisesAndDelistingsWithBothPrices)
{
    const ProcessResult none = changes({});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.contains("No update has changed anything")) << none.out.constData();

    updateWith("gpu_1x_h100_sxm5,H100,1,26,225,3.29,us-east-1,,\n"
               "gpu_2x_h100_sxm5,H100,2,52,450,6.58,us-east-1,,\n"
               "gpu_8x_h100_sxm5,H100,8,208,1800,23.92,us-east-1,,\n");
    EXPECT_EQ(changesJson({}).size(), 3) << "the first update added three offers";

    updateWith("gpu_1x_h100_sxm5,H100,1,26,225,2.99,us-east-1,,\n"
               "gpu_4x_h100_sxm5,H100,4,104,900,12.00,us-east-1,,\n"
               "gpu_8x_h100_sxm5,H100,8,208,1800,24.99,us-east-1,,\n");
    const QMap<QString, QJsonObject> last = changesJson({});
    ASSERT_EQ(last.keys(), (QStringList{u"gpu_1x_h100_sxm5 drop"_s, u"gpu_2x_h100_sxm5 gone"_s,
                                        u"gpu_4x_h100_sxm5 new"_s, u"gpu_8x_h100_sxm5 rise"_s}))
        << "without --since, the last update's changes only";

    const QJsonObject drop = last.value(u"gpu_1x_h100_sxm5 drop"_s);
    EXPECT_EQ(drop.value(u"old_usd_per_instance_hour"_s).toDouble(), 3.29);
    EXPECT_EQ(drop.value(u"new_usd_per_instance_hour"_s).toDouble(), 2.99);
    EXPECT_EQ(drop.value(u"gpu"_s).toString(), u"H100 SXM 80GB"_s);
    EXPECT_EQ(drop.value(u"pricing"_s).toString(), u"on-demand"_s);
    EXPECT_EQ(drop.value(u"region"_s).toString(), u"us-east-1"_s);
    EXPECT_EQ(drop.value(u"source"_s).toString(), u"skypilot/lambda"_s);
    EXPECT_EQ(drop.value(u"updated_on"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
    EXPECT_FALSE(drop.value(u"provider"_s).toString().isEmpty());

    const QJsonObject rise = last.value(u"gpu_8x_h100_sxm5 rise"_s);
    EXPECT_EQ(rise.value(u"old_usd_per_gpu_hour"_s).toDouble(), 2.99);    // 23.92 / 8
    EXPECT_EQ(rise.value(u"new_usd_per_gpu_hour"_s).toDouble(), 3.12375); // 24.99 / 8
    const QJsonObject gone = last.value(u"gpu_2x_h100_sxm5 gone"_s);
    EXPECT_EQ(gone.value(u"old_usd_per_gpu_hour"_s).toDouble(), 3.29);
    EXPECT_TRUE(gone.value(u"new_usd_per_instance_hour"_s).isNull());
    const QJsonObject added = last.value(u"gpu_4x_h100_sxm5 new"_s);
    EXPECT_TRUE(added.value(u"old_usd_per_instance_hour"_s).isNull());
    EXPECT_EQ(added.value(u"new_usd_per_gpu_hour"_s).toDouble(), 3.0);

    // Since a day: both updates.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    EXPECT_EQ(changesJson({u"--since"_s, today}).size(), 7);
    EXPECT_EQ(
        changesJson({u"--since"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)}).size(),
        0);

    // In text: one block per GPU, the drop with its size.
    const ProcessResult text = changes({});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.startsWith("H100 SXM 80GB\n")) << text.out.constData();
    EXPECT_TRUE(text.out.contains("gpu_1x_h100_sxm5 us-east-1 on-demand: 3.29 -> 2.99 USD/h, "
                                  "3.29 -> 2.99 USD/GPU-h (-9.1%)"))
        << text.out.constData();
    EXPECT_LT(text.out.indexOf("new "), text.out.indexOf("drop"));
    EXPECT_LT(text.out.indexOf("drop"), text.out.indexOf("rise"));
    EXPECT_LT(text.out.indexOf("rise"), text.out.indexOf("gone"));
}

TEST_F(Changes, BadOptionsAreRefusedNamingThem)
{
    const ProcessResult since = changes({u"--since"_s, u"last week"_s});
    EXPECT_EQ(since.exitCode, 2);
    EXPECT_TRUE(since.err.contains(u"--since"_s)) << since.err.toStdString();
    const ProcessResult format = changes({u"--format"_s, u"csv"_s});
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_TRUE(format.err.contains(u"--format"_s)) << format.err.toStdString();
    const ProcessResult missing =
        runGpucompare({u"changes"_s, u"--db"_s, m_dir.filePath(u"none.sqlite"_s)});
    EXPECT_EQ(missing.exitCode, 1) << "a book that does not exist is not created to read";
}
