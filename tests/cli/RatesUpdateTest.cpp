// `gpucompare update --source ecb` (issue 33): the European Central Bank's reference rates,
// served by a local HTTP server the test starts, kept day by day; a file that does not parse,
// or a 404, leaves the rates as they were and says which source failed.

#include "CatalogServer.h"
#include "RunGpucompare.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kEcbPath = "/stats/eurofxref/eurofxref-daily.xml";
const QByteArray kLambdaPath = "/catalogs/v8/lambda/vms.csv";

/// One day in the ECB's layout (test figures, not a day's published rates).
QByteArray ecbDay(const char *day, const char *usd, const char *cny)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" "
                      "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n"
                      "\t<gesmes:subject>Reference rates</gesmes:subject>\n\t<Cube>\n"
                      "\t\t<Cube time='") +
           day + "'>\n\t\t\t<Cube currency='USD' rate='" + usd +
           "'/>\n\t\t\t<Cube currency='CNY' rate='" + cny + "'/>\n\t\t</Cube>\n\t</Cube>\n" +
           "</gesmes:Envelope>\n";
}

struct RatesRun
{
    ProcessResult process;
    QJsonObject report;

    QJsonObject source(const QString &name) const
    {
        for (const QJsonValue &v : report.value(u"sources"_s).toArray()) {
            if (v.toObject().value(u"source"_s).toString() == name)
                return v.toObject();
        }
        return {};
    }
};

class RatesUpdate : public ::testing::Test
{
protected:
    void SetUp() override { m_book = newBundledBook(m_dir.filePath(u"book.sqlite"_s)); }

    RatesRun update(const QStringList &arguments)
    {
        RatesRun run;
        run.process =
            runGpucompare(QStringList{u"update"_s, u"--format"_s, u"json"_s, u"--base-url"_s,
                                      m_server.baseUrl(), u"--db"_s, m_book} +
                          arguments);
        run.report = QJsonDocument::fromJson(run.process.out).object();
        return run;
    }

    /// Every stored rate as "day currency millionths source", in order.
    QStringList storedRates() const
    {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rates"_s);
            db.setDatabaseName(m_book);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(u"SELECT rate_date, currency, per_euro_millionths, source_url "
                               "FROM exchange_rates ORDER BY rate_date, currency"_s));
            while (q.next()) {
                rows << u"%1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toString(), q.value(3).toString());
            }
        }
        QSqlDatabase::removeDatabase(u"rates"_s);
        return rows;
    }

    QTemporaryDir m_dir;
    QString m_book;
    CatalogServer m_server;
};

} // namespace

TEST_F(RatesUpdate, EveryDayFetchedIsKeptExactlyWithItsSource)
{
    m_server.serve(kEcbPath, ecbDay("2026-12-04", "1.0856", "7.8340"));
    const RatesRun first = update({u"--source"_s, u"ecb"_s});
    ASSERT_EQ(first.process.exitCode, 0) << first.process.err.toStdString();
    const QJsonObject ecb = first.source(u"ecb"_s);
    EXPECT_EQ(ecb.value(u"status"_s).toString(), u"updated"_s);
    EXPECT_EQ(ecb.value(u"rows"_s).toInt(), 2);
    EXPECT_EQ(ecb.value(u"rates_saved"_s).toInt(), 2);
    const QString url = m_server.baseUrl() + QString::fromLatin1(kEcbPath);
    EXPECT_EQ(ecb.value(u"url"_s).toString(), url);
    EXPECT_EQ(storedRates(), (QStringList{u"2026-12-04 CNY 7834000 "_s + url,
                                          u"2026-12-04 USD 1085600 "_s + url}));

    // The next working day joins it; the first stays.
    m_server.serve(kEcbPath, ecbDay("2026-12-07", "1.1", "7.7"));
    const RatesRun second = update({u"--source"_s, u"ecb"_s});
    ASSERT_EQ(second.process.exitCode, 0) << second.process.err.toStdString();
    EXPECT_EQ(storedRates().size(), 4);

    // The same day again changes nothing, and says so.
    const RatesRun again = update({u"--source"_s, u"ecb"_s});
    EXPECT_EQ(again.source(u"ecb"_s).value(u"status"_s).toString(), u"unchanged"_s);
    EXPECT_EQ(again.source(u"ecb"_s).value(u"rates_saved"_s).toInt(), 0);
    EXPECT_EQ(storedRates().size(), 4);

    // In text, one line for the rates.
    const ProcessResult text = runGpucompare({u"update"_s, u"--source"_s, u"ecb"_s, u"--base-url"_s,
                                              m_server.baseUrl(), u"--db"_s, m_book});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("ecb: unchanged - 2 exchange rates read, 0 new to the book"))
        << text.out.constData();
}

TEST_F(RatesUpdate, ABrokenRatesFileOrA404LeavesTheRatesAsTheyWereAndTheOtherSourcesApply)
{
    m_server.serve(kEcbPath, ecbDay("2026-12-04", "1.0856", "7.8340"));
    ASSERT_EQ(update({u"--source"_s, u"ecb"_s}).process.exitCode, 0);
    const QStringList before = storedRates();
    ASSERT_EQ(before.size(), 2);

    struct Fault
    {
        const char *what;
        int status;
        QByteArray body;
        const char *says;
    };
    const Fault faults[] = {
        {"not XML", 200, "<html><body>Maintenance</body></html>", "no day of euro reference rates"},
        {"a bad rate", 200, ecbDay("2026-12-07", "1,1", "7.7"), "is not a positive decimal"},
        {"truncated", 200, ecbDay("2026-12-07", "1.1", "7.7").left(200), "not well-formed XML"},
        {"a 404", 404, "Not Found", "404"},
    };
    const QByteArray lambda = "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,"
                              "Price,Region,GpuInfo,SpotPrice\n"
                              "gpu_1x_h100_sxm5,H100,1,26,225,3.29,us-east-1,,\n";
    m_server.serve(kLambdaPath, lambda);
    for (const Fault &fault : faults) {
        m_server.route(kEcbPath, [&fault](const HttpRequest &, int) {
            HttpResponse response;
            response.status = fault.status;
            response.body = fault.body;
            return response;
        });
        const RatesRun run = update({u"--source"_s, u"all"_s, u"--cloud"_s, u"lambda"_s});
        EXPECT_EQ(run.process.exitCode, 1) << fault.what;
        const QJsonObject ecb = run.source(u"ecb"_s);
        EXPECT_EQ(ecb.value(u"status"_s).toString(), u"failed"_s) << fault.what;
        EXPECT_TRUE(ecb.value(u"error"_s).toString().contains(QString::fromUtf8(fault.says)))
            << fault.what << ": " << ecb.value(u"error"_s).toString().toStdString();
        EXPECT_EQ(storedRates(), before) << fault.what;
        EXPECT_NE(run.source(u"skypilot"_s).value(u"status"_s).toString(), u"failed"_s)
            << fault.what << ": the other sources still apply";
    }
}

TEST_F(RatesUpdate, EstimatesGiveTheirFiguresInTheChosenCurrencyAtTheLatestRateAndSayWhichDay)
{
    // 1.10 dollars and 7.70 yuan to the euro, yesterday: 7 yuan to the dollar exactly.
    const QByteArray day = QDate::currentDate().addDays(-1).toString(Qt::ISODate).toLatin1();
    m_server.serve(kEcbPath, ecbDay(day.constData(), "1.10", "7.70"));
    ASSERT_EQ(update({u"--source"_s, u"ecb"_s}).process.exitCode, 0);
    const QStringList job = {u"--params"_s, u"7B"_s, u"--tokens"_s, u"1T"_s, u"--db"_s, m_book};

    const ProcessResult dollars =
        runGpucompare(QStringList{u"estimate"_s, u"--format"_s, u"json"_s} + job);
    ASSERT_EQ(dollars.exitCode, 0) << dollars.err.toStdString();
    EXPECT_FALSE(QJsonDocument::fromJson(dollars.out).object().contains(u"currency"_s))
        << "without --currency the output is as it was";

    const ProcessResult yuan = runGpucompare(
        QStringList{u"estimate"_s, u"--format"_s, u"json"_s, u"--currency"_s, u"cny"_s} + job);
    ASSERT_EQ(yuan.exitCode, 0) << yuan.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(yuan.out).object();
    const QJsonObject currency = report.value(u"currency"_s).toObject();
    EXPECT_EQ(currency.value(u"code"_s).toString(), u"CNY"_s);
    EXPECT_DOUBLE_EQ(currency.value(u"rate"_s).toDouble(), 7.0);
    EXPECT_EQ(currency.value(u"rate_date"_s).toString(), QString::fromLatin1(day));
    EXPECT_TRUE(currency.value(u"source"_s).toString().contains(u"European Central Bank"_s));
    const QJsonArray estimates = report.value(u"estimates"_s).toArray();
    ASSERT_FALSE(estimates.isEmpty());
    for (const QJsonValue &v : estimates) {
        const QJsonObject e = v.toObject();
        // The dollar fields unchanged beside the converted ones, each rounded once (from the
        // unrounded dollars, so within a unit of the last place of the printed ones times 7).
        EXPECT_NEAR(e.value(u"cost"_s).toDouble(), e.value(u"cost_usd"_s).toDouble() * 7, 0.04);
        EXPECT_NEAR(e.value(u"per_gpu_hour"_s).toDouble(),
                    e.value(u"usd_per_gpu_hour"_s).toDouble() * 7, 0.0001);
    }

    const ProcessResult csv = runGpucompare(
        QStringList{u"estimate"_s, u"--format"_s, u"csv"_s, u"--currency"_s, u"CNY"_s} + job);
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QList<QByteArray> lines = csv.out.split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).trimmed().endsWith(",currency,cost,per_gpu_hour"))
        << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).contains(",CNY,")) << lines.at(1).toStdString();

    const ProcessResult serving =
        runGpucompare({u"serve-estimate"_s, u"--params"_s, u"70B"_s, u"--format"_s, u"json"_s,
                       u"--currency"_s, u"CNY"_s, u"--db"_s, m_book});
    ASSERT_EQ(serving.exitCode, 0) << serving.err.toStdString();
    const QJsonObject served = QJsonDocument::fromJson(serving.out).object();
    EXPECT_EQ(served.value(u"currency"_s).toObject().value(u"code"_s).toString(), u"CNY"_s);
    for (const QJsonValue &v : served.value(u"estimates"_s).toArray()) {
        const QJsonObject e = v.toObject();
        EXPECT_NEAR(e.value(u"per_million_tokens"_s).toDouble(),
                    e.value(u"usd_per_million_tokens"_s).toDouble() * 7, 0.0001);
    }

    // An unknown code: exit 2, naming the codes there are.
    const ProcessResult unknown =
        runGpucompare(QStringList{u"estimate"_s, u"--currency"_s, u"CHF"_s} + job);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"USD, CNY, EUR, GBP, JPY, INR"_s))
        << unknown.err.toStdString();
}
