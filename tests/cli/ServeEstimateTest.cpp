// `gpucompare serve-estimate`, run as the built binary on the bundled price book.

#include "RunGpucompare.h"
#include "TestImages.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

class ServeEstimate : public ::testing::Test
{
protected:
    void SetUp() override { m_db = newBundledBook(m_dir.filePath(u"book.sqlite"_s)); }

    ProcessResult serve(const QStringList &options) const
    {
        return runGpucompare(QStringList{u"serve-estimate"_s} + options +
                             QStringList{u"--db"_s, m_db});
    }

    QJsonObject serveJson(const QStringList &options) const
    {
        const ProcessResult run = serve(options + QStringList{u"--format"_s, u"json"_s});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out).object();
    }

    QTemporaryDir m_dir;
    QString m_db;
};

/// Llama 2 70B's published shape (80 layers, 8 KV heads of 128).
const QStringList kLlama70b = {u"--params"_s,   u"70B"_s, u"--layers"_s,   u"80"_s,
                               u"--kv-heads"_s, u"8"_s,   u"--head-dim"_s, u"128"_s};

} // namespace

TEST_F(ServeEstimate, EveryOfferIsPricedPerMillionTokensCheapestFirstWithEveryContractField)
{
    const QJsonObject doc = serveJson(kLlama70b + QStringList{u"--tokens-per-month"_s, u"1e10"_s});
    const QJsonObject inputs = doc.value(u"serve"_s).toObject();
    EXPECT_DOUBLE_EQ(inputs.value(u"weight_bytes"_s).toDouble(), 140e9);
    EXPECT_DOUBLE_EQ(inputs.value(u"kv_bytes_per_token"_s).toDouble(), 2.0 * 80 * 8 * 128 * 2);
    EXPECT_DOUBLE_EQ(inputs.value(u"bandwidth_efficiency"_s).toDouble(), 0.8);
    EXPECT_DOUBLE_EQ(inputs.value(u"mfu"_s).toDouble(), 0.5);
    const QJsonArray estimates = doc.value(u"estimates"_s).toArray();
    ASSERT_GT(estimates.size(), 100) << "every GPU model with a bandwidth, every offer";
    double previous = 0;
    int group = 0; // 0 fits, 1 does not, then the same for stale prices: 2 and 3
    for (const QJsonValue &v : estimates) {
        const QJsonObject e = v.toObject();
        for (const QString &key : {u"provider"_s,
                                   u"offer"_s,
                                   u"gpu"_s,
                                   u"pricing"_s,
                                   u"region"_s,
                                   u"usd_per_gpu_hour"_s,
                                   u"gpus"_s,
                                   u"fits_in_memory"_s,
                                   u"memory_needed_gb"_s,
                                   u"step_ms"_s,
                                   u"bound"_s,
                                   u"tokens_per_second"_s,
                                   u"usd_per_million_tokens"_s,
                                   u"replicas"_s,
                                   u"monthly_cost_usd"_s,
                                   u"age_days"_s,
                                   u"standing"_s,
                                   u"first_hand"_s,
                                   u"source_url"_s,
                                   u"flags"_s})
            EXPECT_TRUE(e.contains(key)) << key.toStdString();
        EXPECT_NE(e.contains(u"observed_on"_s), e.value(u"undated"_s).toBool());
        // Stale prices come after all the others; within each, offers where the model fits
        // come first, each group cheapest per token first.
        const int its = (e.value(u"standing"_s).toString() == u"stale" ? 2 : 0) +
                        (e.value(u"fits_in_memory"_s).toBool() ? 0 : 1);
        EXPECT_GE(its, group);
        if (its != group) {
            group = its;
            previous = 0;
        }
        EXPECT_GE(e.value(u"usd_per_million_tokens"_s).toDouble(), previous);
        previous = e.value(u"usd_per_million_tokens"_s).toDouble();
        // USD per million tokens = USD an hour of the whole machines the replicas rent /
        // (replicas x tokens per second x 3,600) x 1e6; the hour is the GPUs rented, idle
        // ones included, at the offer's price.
        const double usdPerHour = e.value(u"usd_per_hour"_s).toDouble();
        EXPECT_NEAR(usdPerHour,
                    e.value(u"gpus_rented"_s).toInt() * e.value(u"usd_per_gpu_hour"_s).toDouble(),
                    usdPerHour * 1e-3);
        EXPECT_GE(e.value(u"gpus_rented"_s).toInt(),
                  e.value(u"replicas"_s).toInt() * e.value(u"gpus"_s).toInt());
        const double expected =
            usdPerHour /
            (e.value(u"replicas"_s).toInt() * e.value(u"tokens_per_second"_s).toDouble() * 3600) *
            1e6;
        EXPECT_NEAR(e.value(u"usd_per_million_tokens"_s).toDouble(), expected, expected * 1e-3);
    }
    // 70B in bf16 needs four 80 GB GPUs: the cheapest H100 offer says so.
    for (const QJsonValue &v : estimates) {
        if (v.toObject().value(u"gpu"_s).toString() == u"H100 SXM 80GB"_s) {
            EXPECT_EQ(v.toObject().value(u"gpus"_s).toInt(), 4);
            EXPECT_EQ(v.toObject().value(u"bound"_s).toString(), u"memory"_s);
            break;
        }
    }

    const ProcessResult csv = serve(kLlama70b + QStringList{u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith("provider,offer,gpu,pricing,region,usd_per_gpu_hour,gpus,"));
    const ProcessResult table = serve(kLlama70b + QStringList{u"--gpu"_s, u"H100"_s});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains("$/M tokens")) << table.out.constData();
    EXPECT_TRUE(table.out.contains("Weights 140.00 GB")) << table.out.constData();
}

TEST_F(ServeEstimate, APriceAMeasurementAndAQuantisedModel)
{
    // --price prices one hypothetical offer of the chosen GPU.
    const QJsonObject custom = serveJson(
        kLlama70b + QStringList{u"--gpu"_s, u"H100"_s, u"--price"_s, u"2"_s, u"--gpus"_s, u"4"_s});
    const QJsonArray one = custom.value(u"estimates"_s).toArray();
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one.first().toObject().value(u"provider"_s).toString(), u"custom"_s);
    EXPECT_EQ(one.first().toObject().value(u"gpus"_s).toInt(), 4);
    // A measured throughput replaces the estimate and says so.
    const QJsonObject measured =
        serveJson(kLlama70b + QStringList{u"--gpu"_s, u"H100"_s, u"--price"_s, u"2"_s, u"--gpus"_s,
                                          u"4"_s, u"--measured-tps"_s, u"1000"_s});
    const QJsonObject m = measured.value(u"estimates"_s).toArray().first().toObject();
    EXPECT_EQ(m.value(u"bound"_s).toString(), u"measured"_s);
    EXPECT_NEAR(m.value(u"usd_per_million_tokens"_s).toDouble(), 2.0 * 4 / 3.6, 1e-5);
    // int4: 35 GB of weights fit on one 80 GB GPU.
    const QJsonObject int4 =
        serveJson(kLlama70b + QStringList{u"--gpu"_s, u"H100"_s, u"--price"_s, u"2"_s,
                                          u"--precision"_s, u"int4"_s});
    EXPECT_DOUBLE_EQ(int4.value(u"serve"_s).toObject().value(u"weight_bytes"_s).toDouble(), 35e9);
    EXPECT_EQ(int4.value(u"estimates"_s).toArray().first().toObject().value(u"gpus"_s).toInt(), 1);
}

TEST_F(ServeEstimate, InvalidValuesExitTwoNamingTheOptionAndRange)
{
    struct Case
    {
        QStringList arguments;
        QString says;
    };
    const QList<Case> cases = {
        {{}, u"--params"_s},
        {kLlama70b + QStringList{u"--batch"_s, u"0"_s}, u"--batch: must be from 1"_s},
        {kLlama70b + QStringList{u"--bandwidth-efficiency"_s, u"1.5"_s},
         u"--bandwidth-efficiency: must be above 0 and at most 1"_s},
        {kLlama70b + QStringList{u"--mfu"_s, u"0"_s}, u"--mfu"_s},
        {kLlama70b + QStringList{u"--precision"_s, u"fp4"_s}, u"bf16, fp16, fp8, int8, int4"_s},
        {kLlama70b + QStringList{u"--kv-precision"_s, u"huge"_s}, u"--kv-precision"_s},
        {{u"--params"_s, u"70B"_s, u"--layers"_s, u"80"_s}, u"--kv-heads"_s},
        {kLlama70b + QStringList{u"--gpu"_s, u"Voodoo2"_s}, u"H100 SXM 80GB"_s},
        {kLlama70b + QStringList{u"--price"_s, u"2"_s}, u"--price needs --gpu"_s},
        {kLlama70b + QStringList{u"--context"_s, u"lots"_s}, u"--context"_s},
        {kLlama70b + QStringList{u"--tokens-per-month"_s, u"-5"_s}, u"--tokens-per-month"_s},
        {kLlama70b + QStringList{u"--format"_s, u"xml"_s}, u"table, json, csv"_s},
        {kLlama70b + QStringList{u"--max-age"_s, u"3651"_s}, u"--max-age"_s},
        {kLlama70b + QStringList{u"--max-age"_s, u"-1"_s}, u"from 1 to 3650"_s},
    };
    for (const Case &c : cases) {
        const ProcessResult run = serve(c.arguments);
        const std::string label = c.arguments.join(u' ').toStdString();
        EXPECT_EQ(run.exitCode, 2) << label;
        EXPECT_TRUE(run.err.contains(c.says)) << label << ": " << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << label;
    }
}

TEST_F(ServeEstimate, ExportChartServeCostDrawsTheServingOptionsAndRefusesBadOnes)
{
    const QString h100 = m_dir.filePath(u"serve-h100.png"_s);
    ProcessResult run = runGpucompare(QStringList{u"export-chart"_s, u"serve-cost"_s, u"--out"_s,
                                                  h100, u"--gpu"_s, u"H100"_s, u"--db"_s, m_db} +
                                      kLlama70b);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(h100);
    EXPECT_EQ(image.size(), QSize(1600, 1200));
    EXPECT_GT(inkRatio(image), 0.03);
    EXPECT_GT(sampledColourCount(image), 8);

    // Other serving options draw another chart, at the size asked for.
    const QString int4 = m_dir.filePath(u"serve-int4.png"_s);
    run = runGpucompare(QStringList{u"export-chart"_s, u"serve-cost"_s, u"--out"_s, int4,
                                    u"--gpu"_s, u"H100"_s, u"--precision"_s, u"int4"_s, u"--size"_s,
                                    u"800x600"_s, u"--db"_s, m_db} +
                        kLlama70b);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QImage(int4).size(), QSize(800, 600));

    // The same checks as serve-estimate: exit 2 with the option named, no file written.
    const QString bad = m_dir.filePath(u"bad.png"_s);
    run = runGpucompare({u"export-chart"_s, u"serve-cost"_s, u"--out"_s, bad, u"--params"_s,
                         u"70B"_s, u"--batch"_s, u"0"_s, u"--db"_s, m_db});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--batch"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(bad));
    run = runGpucompare({u"export-chart"_s, u"serve-cost"_s, u"--out"_s, bad, u"--db"_s, m_db});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--params"_s)) << run.err.toStdString();
}

TEST_F(ServeEstimate, A70BModelNeverSpansMachinesWithoutMultiNode)
{
    // Issue 28: 16 V100s per replica on one-GPU machines, tensor parallel over a network, was
    // named the cheapest way to serve a 70B model.
    const QJsonObject doc = serveJson({u"--params"_s, u"70e9"_s});
    const QJsonArray estimates = doc.value(u"estimates"_s).toArray();
    ASSERT_GT(estimates.size(), 50);
    for (const QJsonValue &v : estimates) {
        const QJsonObject e = v.toObject();
        const int machine = e.value(u"gpus_per_machine"_s).toInt();
        EXPECT_LE(e.value(u"gpus"_s).toInt(), machine == 0 ? 8 : machine)
            << e.value(u"provider"_s).toString().toStdString() << " "
            << e.value(u"offer"_s).toString().toStdString();
    }
    EXPECT_FALSE(doc.value(u"serve"_s).toObject().value(u"multi_node"_s).toBool());
    // What was left out for it is listed, with the reason.
    bool spanning = false;
    for (const QJsonValue &v : doc.value(u"left_out"_s).toArray()) {
        spanning =
            spanning || v.toObject().value(u"reason"_s).toString().contains(u"in one machine"_s);
        EXPECT_GT(v.toObject().value(u"offers"_s).toInt(), 0);
    }
    EXPECT_TRUE(spanning);
    // The V100 16 GB offers are all left out; the table says so and names no V100.
    const ProcessResult v100 = serve({u"--params"_s, u"70e9"_s, u"--gpu"_s, u"V100 16GB"_s});
    ASSERT_EQ(v100.exitCode, 0) << v100.err.toStdString();
    EXPECT_FALSE(v100.out.contains("1V100.6V")) << v100.out.constData();
    EXPECT_TRUE(v100.out.contains("in one machine")) << v100.out.constData();

    // With --multi-node they come back, and each says it spans machines.
    const QJsonObject multi =
        serveJson({u"--params"_s, u"70e9"_s, u"--gpu"_s, u"V100 16GB"_s, u"--multi-node"_s});
    const QJsonArray spans = multi.value(u"estimates"_s).toArray();
    ASSERT_FALSE(spans.isEmpty());
    EXPECT_TRUE(multi.value(u"serve"_s).toObject().value(u"multi_node"_s).toBool());
    const QJsonObject first = spans.first().toObject();
    EXPECT_EQ(first.value(u"gpus"_s).toInt(), 16);
    const QString notes =
        QString::fromUtf8(QJsonDocument(first.value(u"notes"_s).toArray()).toJson());
    EXPECT_TRUE(notes.contains(u"spans"_s)) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"served at FP16"_s)) << notes.toStdString();
}
