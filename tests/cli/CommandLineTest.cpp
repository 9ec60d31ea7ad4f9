#include "RunGpucompare.h"
#include "TestFiles.h"
#include "TestImages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

class CommandLine : public ::testing::Test
{
protected:
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CommandLine, VersionAndHelp)
{
    const ProcessResult version = runGpucompare({u"--version"_s});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("gpucompare 0.")) << version.out.constData();

    const ProcessResult help = runGpucompare({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--db")) << help.out.constData();
    EXPECT_TRUE(help.out.contains("export FILE"));
}

TEST_F(CommandLine, UnknownCommandsAndOptionsAreUsageErrors)
{
    const ProcessResult unknown = runGpucompare({u"frobnicate"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"frobnicate"_s));
    EXPECT_TRUE(unknown.err.contains(u"export"_s)) << "lists the commands that exist";

    const ProcessResult badOption = runGpucompare({u"export"_s, u"-"_s, u"--no-such-option"_s});
    EXPECT_EQ(badOption.exitCode, 2);

    const ProcessResult badFormat = runGpucompare(
        {u"export"_s, u"-"_s, u"--format"_s, u"xml"_s, u"--db"_s, pathOf(u"b.sqlite"_s)});
    EXPECT_EQ(badFormat.exitCode, 2);
    EXPECT_TRUE(badFormat.err.contains(u"json"_s));
}

TEST_F(CommandLine, ReadersRefuseADbThatDoesNotExistInsteadOfAnsweringFromTheBundledData)
{
    // A typo in --db must not report the bundled prices as if they were the user's file.
    const QString typo = pathOf(u"bok.sqlite"_s);
    const QList<QStringList> readers = {
        {u"export"_s, u"-"_s},
        {u"estimate"_s, u"--params"_s, u"7B"_s, u"--tokens"_s, u"1T"_s},
        {u"export-chart"_s, u"market-share"_s, u"--out"_s, pathOf(u"pie.png"_s)},
    };
    for (const QStringList &command : readers) {
        const ProcessResult run = runGpucompare(command + QStringList{u"--db"_s, typo});
        EXPECT_EQ(run.exitCode, 1) << command.first().toStdString();
        EXPECT_TRUE(run.err.contains(u"no price book at "_s + typo)) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(typo));
    EXPECT_FALSE(QFile::exists(pathOf(u"pie.png"_s)));
}

TEST_F(CommandLine, ImportCreatesAMissingPriceBookAndSaysSo)
{
    const QString db = pathOf(u"new.sqlite"_s);
    const ProcessResult run = runGpucompare(
        {u"import"_s, QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/offers-own.csv"),
         u"--db"_s, db});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"created a new price book at "_s + db)) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(db));
    const ProcessResult again = runGpucompare(
        {u"import"_s, QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/offers-own.csv"),
         u"--db"_s, db});
    EXPECT_FALSE(again.err.contains(u"created"_s)) << "said only when it was created";
}

TEST_F(CommandLine, ExportWritesTheWholeBookAsJson)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QString out = pathOf(u"book.json"_s);
    const ProcessResult run = runGpucompare(
        {u"export"_s, out, u"--what"_s, u"all"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(readFile(out)).object();
    EXPECT_EQ(root.value(u"format"_s).toString(), u"gpucompare-pricebook"_s);
    EXPECT_GE(root.value(u"providers"_s).toArray().size(), 20);
    EXPECT_GE(root.value(u"offers"_s).toArray().size(), 140);
    EXPECT_GE(root.value(u"market_share"_s).toArray().size(), 13);
    EXPECT_GE(root.value(u"gpu_models"_s).toArray().size(), 12);

    // A second export of the same book is byte-for-byte the same: diffable.
    const ProcessResult again = runGpucompare({u"export"_s, u"-"_s, u"--db"_s, db});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.out, readFile(out));
}

TEST_F(CommandLine, ANonSqliteDbFailsNamingTheFileAndLeavesItAlone)
{
    const QString db = pathOf(u"notes.txt"_s);
    writeFile(db, "these are my notes\n");
    const QByteArray before = fileHash(db);
    const ProcessResult run = runGpucompare({u"export"_s, u"-"_s, u"--db"_s, db});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(db)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"not an SQLite database"_s));
    EXPECT_EQ(fileHash(db), before);
}

TEST_F(CommandLine, ExportIntoAMissingFolderFailsCleanly)
{
    const ProcessResult run = runGpucompare({u"export"_s, pathOf(u"no/such/folder/x.json"_s),
                                             u"--db"_s, newBundledBook(pathOf(u"b.sqlite"_s))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"x.json"_s)) << run.err.toStdString();
}

TEST_F(CommandLine, APriceBookInAReadOnlyFolder)
{
    const bool asNobody = ignoresFilePermissions();
    if (asNobody && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        GTEST_SKIP() << "running as root without setpriv to drop privileges";

    // A folder the test user (or nobody) can read but not write, holding an existing book.
    const QString source = newBundledBook(pathOf(u"source.sqlite"_s));
    const QString readOnly = pathOf(u"readonly"_s);
    ASSERT_TRUE(QDir().mkpath(readOnly));
    const QString existing = readOnly + u"/book.sqlite"_s;
    ASSERT_TRUE(QFile::copy(source, existing));
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto listable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QFile::setPermissions(existing, readable);
    QFile::setPermissions(readOnly, listable);
    QFile::setPermissions(m_dir.path(), listable);
    const QByteArray before = fileHash(existing);

    // A new book cannot be created there: a clear message naming the folder.
    const QString someCatalog =
        QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/offers-own.csv");
    const ProcessResult create =
        runGpucompare({u"import"_s, someCatalog, u"--db"_s, readOnly + u"/new.sqlite"_s}, asNobody);
    EXPECT_EQ(create.exitCode, 1);
    EXPECT_TRUE(create.err.contains(u"read-only"_s)) << create.err.toStdString();
    EXPECT_TRUE(create.err.contains(readOnly)) << create.err.toStdString();
    EXPECT_FALSE(QFile::exists(readOnly + u"/new.sqlite"_s));

    // The existing one opens read-only, still exports, and is untouched.
    const ProcessResult read = runGpucompare({u"export"_s, u"-"_s, u"--db"_s, existing}, asNobody);
    EXPECT_EQ(read.exitCode, 0) << read.err.toStdString();
    EXPECT_TRUE(read.out.contains("gpucompare-pricebook"));
    EXPECT_EQ(fileHash(existing), before);

    // An import into it is refused with the reason; an export into the folder names the file.
    const QString catalog =
        QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/offers-own.csv");
    const ProcessResult import =
        runGpucompare({u"import"_s, catalog, u"--db"_s, existing}, asNobody);
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_TRUE(import.err.contains(u"read-only"_s)) << import.err.toStdString();
    const ProcessResult exportInto = runGpucompare(
        {u"export"_s, readOnly + u"/out.csv"_s, u"--what"_s, u"offers"_s, u"--db"_s, existing},
        asNobody);
    EXPECT_EQ(exportInto.exitCode, 1);
    EXPECT_TRUE(exportInto.err.contains(u"out.csv"_s)) << exportInto.err.toStdString();
    EXPECT_FALSE(QFile::exists(readOnly + u"/out.csv"_s));
    EXPECT_EQ(fileHash(existing), before);

    QFile::setPermissions(m_dir.path(), listable | QFile::WriteOwner);
    QFile::setPermissions(readOnly, listable | QFile::WriteOwner);
}

TEST_F(CommandLine, ExportChartWritesEveryChartAsANonBlankPng)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    for (const QString &chart : {u"market-share"_s, u"market-trend"_s, u"prices"_s}) {
        const QString out = pathOf(chart + u".png"_s);
        const ProcessResult run =
            runGpucompare({u"export-chart"_s, chart, u"--out"_s, out, u"--db"_s, db});
        ASSERT_EQ(run.exitCode, 0) << chart.toStdString() << ": " << run.err.toStdString();
        const QImage image(out);
        EXPECT_EQ(image.size(), QSize(1600, 1200)) << chart.toStdString();
        EXPECT_GT(inkRatio(image), 0.03) << chart.toStdString() << " looks blank";
        EXPECT_GT(sampledColourCount(image), 8) << chart.toStdString();
    }
}

TEST_F(CommandLine, ExportChartHonoursSizeAndSelections)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QString pie = pathOf(u"pie.png"_s);
    ASSERT_EQ(runGpucompare({u"export-chart"_s, u"market-share"_s, u"--out"_s, pie, u"--size"_s,
                             u"800x600"_s, u"--period"_s, u"2023-Q1"_s, u"--scope"_s, u"Synergy"_s,
                             u"--db"_s, db})
                  .exitCode,
              0);
    EXPECT_EQ(QImage(pie).size(), QSize(800, 600));

    // A different GPU draws a different chart.
    const QString h100 = pathOf(u"h100.png"_s);
    const QString a100 = pathOf(u"a100.png"_s);
    ASSERT_EQ(runGpucompare({u"export-chart"_s, u"prices"_s, u"--out"_s, h100, u"--gpu"_s,
                             u"H100"_s, u"--db"_s, db})
                  .exitCode,
              0);
    ASSERT_EQ(runGpucompare({u"export-chart"_s, u"prices"_s, u"--out"_s, a100, u"--gpu"_s,
                             u"A100 SXM 80GB"_s, u"--pricing"_s, u"on-demand"_s, u"--db"_s, db})
                  .exitCode,
              0);
    EXPECT_NE(QImage(h100), QImage(a100));
}

TEST_F(CommandLine, ExportChartNamesTheValuesThatExistWhenOneIsUnknown)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QString out = pathOf(u"x.png"_s);
    struct Case
    {
        QStringList arguments;
        QString mentions;
        QString lists;
    };
    const QList<Case> cases = {
        {{u"pie-chart"_s}, u"pie-chart"_s, u"market-trend"_s},
        {{u"market-share"_s, u"--period"_s, u"1999-Q1"_s}, u"1999-Q1"_s, u"2025-Q4"_s},
        {{u"market-share"_s, u"--scope"_s, u"Mars"_s}, u"Mars"_s, u"Synergy definition"_s},
        {{u"prices"_s, u"--gpu"_s, u"Voodoo2"_s}, u"Voodoo2"_s, u"H100 SXM 80GB"_s},
        {{u"prices"_s, u"--pricing"_s, u"free"_s}, u"free"_s, u"on-demand"_s},
        {{u"prices"_s, u"--size"_s, u"big"_s}, u"big"_s, u"WIDTHxHEIGHT"_s},
    };
    for (const Case &c : cases) {
        const ProcessResult run = runGpucompare(QStringList{u"export-chart"_s} + c.arguments +
                                                QStringList{u"--out"_s, out, u"--db"_s, db});
        const std::string label = c.arguments.join(u' ').toStdString();
        EXPECT_EQ(run.exitCode, 2) << label;
        EXPECT_TRUE(run.err.contains(c.mentions)) << label << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(c.lists)) << label << ": " << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << label;
    }
}

TEST_F(CommandLine, AFailedChartWriteLeavesTheExistingFileIntact)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QString folder = pathOf(u"charts"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    // The target is a folder: QSaveFile cannot replace it, and nothing else is touched.
    const QString blocked = folder + u"/pie.png"_s;
    ASSERT_TRUE(QDir().mkpath(blocked));
    const ProcessResult run =
        runGpucompare({u"export-chart"_s, u"market-share"_s, u"--out"_s, blocked, u"--db"_s, db});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"pie.png"_s)) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo(blocked).isDir());
    EXPECT_EQ(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
              QStringList{u"pie.png"_s});
}

namespace {

/// Runs `gpucompare estimate ... --format json` and returns the parsed document.
QJsonObject estimateJson(const QStringList &jobOptions, const QString &db)
{
    const ProcessResult run = runGpucompare(QStringList{u"estimate"_s} + jobOptions +
                                            QStringList{u"--format"_s, u"json"_s, u"--db"_s, db});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out).object();
}

QJsonObject onlyEstimate(const QJsonObject &document)
{
    const QJsonArray estimates = document.value(u"estimates"_s).toArray();
    EXPECT_EQ(estimates.size(), 1);
    return estimates.first().toObject();
}

void expectWithin(const QJsonObject &o, const QString &key, double expected, double tolerance)
{
    const double actual = o.value(key).toDouble();
    EXPECT_NEAR(actual, expected, expected * tolerance) << key.toStdString();
}

} // namespace

TEST_F(CommandLine, EstimateReproducesTheCostModelVectors)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    // V1 LLaMA-65B, with the suffix spelling of N and D.
    const QJsonObject v1 =
        estimateJson({u"--params"_s, u"65.2B"_s, u"--tokens"_s, u"1.4T"_s, u"--gpu"_s,
                      u"A100-80GB"_s, u"--gpus"_s, u"2048"_s, u"--mfu"_s, u"0.47646"_s,
                      u"--overhead"_s, u"1.0"_s, u"--price"_s, u"2.00"_s},
                     db);
    expectWithin(v1.value(u"job"_s).toObject(), u"flops"_s, 5.477e23, 0.01);
    const QJsonObject e1 = onlyEstimate(v1);
    expectWithin(e1, u"gpu_hours"_s, 1'023'395, 0.01);
    expectWithin(e1, u"wall_days"_s, 20.8, 0.01);
    expectWithin(e1, u"cost_usd"_s, 2'046'790, 0.01);
    EXPECT_EQ(e1.value(u"provider"_s).toString(), u"custom"_s);
    EXPECT_EQ(e1.value(u"gpus_rented"_s).toInt(), 2048);
    EXPECT_EQ(e1.value(u"gpu"_s).toString(), u"A100 SXM 80GB"_s);

    // V2 MPT-7B from measured GPU-hours (440 GPUs x 9.5 days).
    const QJsonObject e2 = onlyEstimate(estimateJson(
        {u"--gpu-hours"_s, u"100320"_s, u"--gpus"_s, u"440"_s, u"--price"_s, u"2"_s}, db));
    expectWithin(e2, u"gpu_hours"_s, 100'320, 0.01);
    expectWithin(e2, u"cost_usd"_s, 200'640, 0.01);

    // V3 MPT-7B through MFU, within 0.5 %.
    const QJsonObject e3 = onlyEstimate(estimateJson(
        {u"--params"_s, u"6.7e9"_s, u"--tokens"_s, u"1e12"_s, u"--gpu"_s, u"A100 SXM 40GB"_s,
         u"--gpus"_s, u"440"_s, u"--mfu"_s, u"0.3568"_s, u"--price"_s, u"2"_s},
        db));
    expectWithin(e3, u"gpu_hours"_s, 100'310, 0.005);

    // V4 GPT-3's FLOPs.
    const QJsonObject v4 = estimateJson({u"--params"_s, u"174.6e9"_s, u"--tokens"_s, u"300e9"_s,
                                         u"--gpu"_s, u"V100"_s, u"--price"_s, u"1"_s},
                                        db);
    expectWithin(v4.value(u"job"_s).toObject(), u"flops"_s, 3.143e23, 0.01);

    // V5 Llama 2 70B.
    const QJsonObject e5 =
        onlyEstimate(estimateJson({u"--params"_s, u"70e9"_s, u"--tokens"_s, u"2e12"_s, u"--gpu"_s,
                                   u"A100"_s, u"--mfu"_s, u"0.435"_s, u"--price"_s, u"2"_s},
                                  db));
    expectWithin(e5, u"gpu_hours"_s, 1'719'226, 0.01);
}

TEST_F(CommandLine, EstimateOverTheBookIsSortedByCostWithEveryContractField)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QJsonObject doc =
        estimateJson({u"--params"_s, u"7B"_s, u"--tokens"_s, u"1T"_s, u"--gpus"_s, u"100"_s,
                      u"--pricing"_s, u"on-demand,spot"_s},
                     db);
    const QJsonArray estimates = doc.value(u"estimates"_s).toArray();
    ASSERT_GT(estimates.size(), 50) << "--gpu omitted prices every GPU model";
    QSet<QString> gpus;
    double previous = 0;
    for (const QJsonValue &v : estimates) {
        const QJsonObject e = v.toObject();
        for (const QString &key :
             {u"provider"_s, u"offer"_s, u"gpu"_s, u"pricing"_s, u"region"_s, u"usd_per_gpu_hour"_s,
              u"gpus_rented"_s, u"gpu_hours"_s, u"wall_hours"_s, u"wall_days"_s, u"cost_usd"_s,
              u"age_days"_s, u"standing"_s, u"first_hand"_s, u"source_url"_s, u"flags"_s})
            EXPECT_TRUE(e.contains(key)) << key.toStdString();
        // Provenance: a date or "undated", and an age only where there is a date.
        const bool undated = e.value(u"undated"_s).toBool();
        EXPECT_NE(e.contains(u"observed_on"_s), undated);
        EXPECT_EQ(e.value(u"age_days"_s).isNull(), undated);
        EXPECT_TRUE(e.value(u"flags"_s).isArray());
        const QString standing = e.value(u"standing"_s).toString();
        EXPECT_TRUE(standing == u"current" || standing == u"undated" || standing == u"stale");
        if (standing == u"stale") {
            previous = 0; // stale prices come last, sorted by cost among themselves
            EXPECT_TRUE(e.value(u"flags"_s).toArray().contains(u"stale"_s));
        }
        EXPECT_GE(e.value(u"cost_usd"_s).toDouble(), previous);
        previous = e.value(u"cost_usd"_s).toDouble();
        EXPECT_NE(e.value(u"pricing"_s).toString(), u"reserved"_s);
        // Rounded up to whole instances, which hold at most 16 GPUs in the bundled book.
        const int rented = e.value(u"gpus_rented"_s).toInt();
        EXPECT_TRUE(rented >= 100 && rented < 116) << rented;
        gpus.insert(e.value(u"gpu"_s).toString());
    }
    EXPECT_GT(gpus.size(), 5);
    // Every GPU of the bundled book has its sourced peak: nothing is left out.
    for (const QJsonValue &note : doc.value(u"notes"_s).toArray())
        EXPECT_FALSE(note.toString().contains(u"left out"_s)) << note.toString().toStdString();
    // A GPU without one is left out and said so, not priced at a guess.
    ASSERT_EQ(runSqlite(db, {u"UPDATE gpu_models SET bf16_tflops = NULL "
                             "WHERE name = 'A10G 24GB';"_s}),
              QString());
    const QJsonObject withoutPeak =
        estimateJson({u"--params"_s, u"7B"_s, u"--tokens"_s, u"1T"_s, u"--gpus"_s, u"100"_s,
                      u"--pricing"_s, u"on-demand,spot"_s},
                     db);
    ASSERT_FALSE(withoutPeak.value(u"notes"_s).toArray().isEmpty());
    EXPECT_TRUE(withoutPeak.value(u"notes"_s).toArray().first().toString().contains(u"left out"_s));

    const ProcessResult csv =
        runGpucompare({u"estimate"_s, u"--params"_s, u"7B"_s, u"--tokens"_s, u"1T"_s, u"--gpu"_s,
                       u"H100"_s, u"--format"_s, u"csv"_s, u"--db"_s, db});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith("provider,offer,gpu,pricing,region,usd_per_gpu_hour"));
    EXPECT_TRUE(
        csv.out.contains("cost_usd,observed_on,age_days,standing,first_hand,source_url,flags\r\n"));
    const ProcessResult table = runGpucompare({u"estimate"_s, u"--params"_s, u"7B"_s, u"--tokens"_s,
                                               u"1T"_s, u"--gpu"_s, u"H100"_s, u"--db"_s, db});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains("Cheapest: ")) << table.out.constData();
    EXPECT_TRUE(table.out.contains("Age") && table.out.contains("Flags")) << table.out.constData();
}

TEST_F(CommandLine, AStaleQuoteNeverHeadsTheEstimateUnlessStalePricesAreIncluded)
{
    // The bug: Vast.ai's 2025-05-29 aggregator quote of $1.80 headed both calculators.
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QStringList job = {u"--params"_s, u"70B"_s, u"--tokens"_s, u"1.4T"_s, u"--gpu"_s,
                             u"H100 SXM"_s, u"--gpus"_s, u"1024"_s, u"--pricing"_s, u"on-demand"_s,
                             // Vast.ai: a current median beside a stale, cheaper quote.
                             u"--provider"_s, u"Vast.ai"_s};
    const QJsonArray trusted = estimateJson(job, db).value(u"estimates"_s).toArray();
    ASSERT_FALSE(trusted.isEmpty());
    const QJsonObject first = trusted.first().toObject();
    EXPECT_NE(first.value(u"standing"_s).toString(), u"stale"_s);
    bool sawStale = false;
    double cheapestStale = 0;
    for (const QJsonValue &v : trusted) {
        const bool stale = v.toObject().value(u"standing"_s).toString() == u"stale";
        EXPECT_TRUE(stale || !sawStale) << "a trusted price after a stale one";
        if (stale && !sawStale)
            cheapestStale = v.toObject().value(u"cost_usd"_s).toDouble();
        sawStale = sawStale || stale;
    }
    ASSERT_TRUE(sawStale) << "the bundled book holds stale H100 quotes";

    const QJsonArray all =
        estimateJson(job + QStringList{u"--include-stale"_s}, db).value(u"estimates"_s).toArray();
    ASSERT_EQ(all.size(), trusted.size());
    const QJsonObject cheapest = all.first().toObject();
    EXPECT_EQ(cheapest.value(u"standing"_s).toString(), u"stale"_s);
    EXPECT_DOUBLE_EQ(cheapest.value(u"cost_usd"_s).toDouble(), cheapestStale);
    EXPECT_LT(cheapestStale, first.value(u"cost_usd"_s).toDouble());
    EXPECT_GT(cheapest.value(u"age_days"_s).toInt(), 90);

    // A window of ten years makes every dated price current: the old quote leads again.
    const QJsonObject decade = estimateJson(job + QStringList{u"--max-age"_s, u"3650"_s}, db)
                                   .value(u"estimates"_s)
                                   .toArray()
                                   .first()
                                   .toObject();
    EXPECT_EQ(decade.value(u"standing"_s).toString(), u"current"_s);
    EXPECT_DOUBLE_EQ(decade.value(u"cost_usd"_s).toDouble(), cheapestStale);

    // The table says the headline's standing.
    const ProcessResult table = runGpucompare(QStringList{u"estimate"_s} + job +
                                              QStringList{u"--include-stale"_s, u"--db"_s, db});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains("stale: ")) << table.out.constData();
}

TEST_F(CommandLine, EstimateRejectsInvalidValuesNamingTheOptionAndRange)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    struct Case
    {
        QStringList arguments;
        QString says;
    };
    const QStringList job = {u"--params"_s, u"7B"_s, u"--tokens"_s, u"1T"_s};
    const QList<Case> cases = {
        {job + QStringList{u"--mfu"_s, u"1.5"_s}, u"--mfu"_s},
        {job + QStringList{u"--mfu"_s, u"0"_s}, u"above 0 and at most 1"_s},
        {job + QStringList{u"--mfu"_s, u"nan"_s}, u"--mfu"_s},
        {job + QStringList{u"--gpus"_s, u"2.5"_s}, u"whole number from 1 to"_s},
        {job + QStringList{u"--gpus"_s, u"0"_s}, u"--gpus"_s},
        {job + QStringList{u"--overhead"_s, u"0.5"_s}, u"--overhead"_s},
        {job + QStringList{u"--precision"_s, u"fp4"_s}, u"bf16, fp16, fp8"_s},
        {job + QStringList{u"--gpu"_s, u"Voodoo2"_s}, u"H100 SXM 80GB"_s},
        {job + QStringList{u"--price"_s, u"-1"_s, u"--gpu"_s, u"H100"_s}, u"--price"_s},
        {{u"--params"_s, u"7Q"_s, u"--tokens"_s, u"1T"_s}, u"65.2B"_s},
        {{u"--params"_s, u"1e20"_s, u"--tokens"_s, u"1T"_s}, u"--params"_s},
        {{u"--params"_s, u"7B"_s}, u"--tokens"_s},
        {{}, u"--gpu-hours"_s},
        {job + QStringList{u"--format"_s, u"xml"_s}, u"table, json, csv"_s},
        {job + QStringList{u"--max-age"_s, u"0"_s}, u"--max-age"_s},
        {job + QStringList{u"--max-age"_s, u"3651"_s}, u"from 1 to 3650"_s},
        {job + QStringList{u"--max-age"_s, u"30.5"_s}, u"whole number of days"_s},
        {job + QStringList{u"--max-age"_s, u"thirty"_s}, u"--max-age"_s},
    };
    for (const Case &c : cases) {
        const ProcessResult run =
            runGpucompare(QStringList{u"estimate"_s} + c.arguments + QStringList{u"--db"_s, db});
        const std::string label = c.arguments.join(u' ').toStdString();
        EXPECT_EQ(run.exitCode, 2) << label;
        EXPECT_TRUE(run.err.contains(c.says)) << label << ": " << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << label;
    }
}

TEST_F(CommandLine, ExportChartJobCostTakesTheJobOptions)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QString out = pathOf(u"job.png"_s);
    const ProcessResult run =
        runGpucompare({u"export-chart"_s, u"job-cost"_s, u"--params"_s, u"7B"_s, u"--tokens"_s,
                       u"1T"_s, u"--gpus"_s, u"64"_s, u"--gpu"_s, u"H100"_s, u"--size"_s,
                       u"1200x900"_s, u"--out"_s, out, u"--db"_s, db});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(out);
    EXPECT_EQ(image.size(), QSize(1200, 900));
    EXPECT_GT(inkRatio(image), 0.03);

    const ProcessResult bad = runGpucompare({u"export-chart"_s, u"job-cost"_s, u"--params"_s,
                                             u"7B"_s, u"--tokens"_s, u"1T"_s, u"--mfu"_s, u"2"_s,
                                             u"--out"_s, pathOf(u"bad.png"_s), u"--db"_s, db});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"--mfu"_s));
    EXPECT_FALSE(QFile::exists(pathOf(u"bad.png"_s)));
}

namespace {
const QString kImportFixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/");
}

TEST_F(CommandLine, ImportPreviewsWithDryRunThenWritesAndExportsCsv)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QString file = kImportFixtures + u"skypilot-aws-small.csv"_s;
    ASSERT_EQ(runGpucompare({u"export"_s, u"-"_s, u"--db"_s, db}).exitCode, 0);
    QProcess forget; // a book from before the T4G was bundled: the GPU catalog still knows it
    forget.start(u"sqlite3"_s, {db, forgetGpuModelStatements(u"T4G 16GB"_s).join(u";"_s)});
    ASSERT_TRUE(forget.waitForFinished());
    ASSERT_EQ(forget.exitCode(), 0) << forget.readAllStandardError().toStdString();
    const QByteArray before = runGpucompare({u"export"_s, u"-"_s, u"--db"_s, db}).out;

    const ProcessResult dry = runGpucompare(
        {u"import"_s, file, u"--provider"_s, u"AWS"_s, u"--dry-run"_s, u"--db"_s, db});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains("Dry run: nothing was written.")) << dry.out.constData();
    EXPECT_TRUE(dry.out.contains("offers added:"));
    EXPECT_FALSE(dry.out.contains("T4g (1 row)")) << "a part of the GPU catalog is no unknown name";
    EXPECT_FALSE(dry.out.contains("Accelerator names that match no GPU model"));
    EXPECT_TRUE(dry.out.contains("p5e.48xlarge, on-demand: Price is empty"));
    EXPECT_EQ(runGpucompare({u"export"_s, u"-"_s, u"--db"_s, db}).out, before);

    const ProcessResult real = runGpucompare({u"import"_s, file, u"--provider"_s, u"AWS"_s,
                                              u"--map"_s, u"T4g=T4 16GB"_s, u"--db"_s, db});
    ASSERT_EQ(real.exitCode, 0) << real.err.toStdString();
    EXPECT_TRUE(real.out.contains("Imported in one transaction."));
    const ProcessResult csv = runGpucompare(
        {u"export"_s, u"-"_s, u"--what"_s, u"offers"_s, u"--format"_s, u"csv"_s, u"--db"_s, db});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith("provider,gpu_model,instance_type"));
    EXPECT_TRUE(csv.out.contains("AWS,T4 16GB,g5g.2xlarge,1,8,16,us-east-1,on-demand"))
        << "the user's mapping wins over the GPU catalog";
}

TEST_F(CommandLine, AMalformedFileFailsNamingFileAndLineAndWritesNothing)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    ASSERT_EQ(runGpucompare({u"export"_s, u"-"_s, u"--db"_s, db}).exitCode, 0);
    const QByteArray before = fileHash(db);
    const ProcessResult run = runGpucompare(
        {u"import"_s, kImportFixtures + u"malformed/unbalanced-quote.csv"_s, u"--db"_s, db});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"unbalanced-quote.csv, line 2, column 13"_s))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"nothing was imported"_s));
    EXPECT_EQ(fileHash(db), before);

    const ProcessResult missing =
        runGpucompare({u"import"_s, pathOf(u"no-such.csv"_s), u"--db"_s, db});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"no-such.csv"_s));
}

TEST_F(CommandLine, ImportAndExportUsageErrorsExitTwo)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QString file = kImportFixtures + u"fsdl-small.csv"_s;
    const ProcessResult format =
        runGpucompare({u"import"_s, file, u"--format"_s, u"xls"_s, u"--db"_s, db});
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_TRUE(format.err.contains(u"skypilot"_s));
    const ProcessResult map =
        runGpucompare({u"import"_s, file, u"--map"_s, u"K80=Voodoo2"_s, u"--db"_s, db});
    EXPECT_EQ(map.exitCode, 2);
    EXPECT_TRUE(map.err.contains(u"H100 SXM 80GB"_s));
    const ProcessResult what = runGpucompare(
        {u"export"_s, u"-"_s, u"--what"_s, u"offers"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
    EXPECT_EQ(what.exitCode, 2);

    const ProcessResult bom = runGpucompare(
        {u"export"_s, u"-"_s, u"--what"_s, u"market-share"_s, u"--bom"_s, u"--db"_s, db});
    ASSERT_EQ(bom.exitCode, 0);
    EXPECT_TRUE(bom.out.startsWith("\xEF\xBB\xBFperiod,scope,source_name"));
}

TEST_F(CommandLine, OutputAndFilesAreTheSameInEveryLocale)
{
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QList<QStringList> commands = {
        {u"estimate"_s, u"--params"_s, u"65B"_s, u"--tokens"_s, u"1.4T"_s, u"--gpus"_s, u"2048"_s},
        {u"estimate"_s, u"--params"_s, u"7B"_s, u"--tokens"_s, u"1T"_s, u"--gpu"_s,
         u"H100 SXM 80GB"_s, u"--format"_s, u"json"_s},
        {u"export"_s, u"-"_s, u"--format"_s, u"json"_s},
        {u"export"_s, u"-"_s, u"--what"_s, u"offers"_s, u"--format"_s, u"csv"_s},
    };
    for (const QStringList &command : commands) {
        const QStringList arguments = command + QStringList{u"--db"_s, db};
        const ProcessResult c = runProgram(QStringLiteral(GPUCOMPARE_BINARY), arguments,
                                           defaultRunTimeoutMs, {{u"LANG"_s, u"C.UTF-8"_s}});
        ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
        for (const QString &lang : {u"de_DE.UTF-8"_s, u"zh_CN.UTF-8"_s, u"fr_FR.UTF-8"_s}) {
            const ProcessResult local =
                runProgram(QStringLiteral(GPUCOMPARE_BINARY), arguments, defaultRunTimeoutMs,
                           {{u"LANG"_s, lang}, {u"LC_ALL"_s, lang}});
            EXPECT_EQ(local.exitCode, 0) << lang.toStdString();
            EXPECT_TRUE(local.out == c.out)
                << command.join(u' ').toStdString() << " differs under " << lang.toStdString();
            EXPECT_EQ(local.err, c.err) << lang.toStdString();
        }
    }
    // The notes that once followed the locale ("MFU 0,39 assumed").
    const ProcessResult json = runProgram(QStringLiteral(GPUCOMPARE_BINARY),
                                          QStringList{commands[1]} + QStringList{u"--db"_s, db},
                                          defaultRunTimeoutMs, {{u"LANG"_s, u"de_DE.UTF-8"_s}});
    EXPECT_TRUE(json.out.contains("MFU 0.39 assumed")) << json.out.left(2000).constData();
}

TEST_F(CommandLine, CopyWritesTheWholeBookIntoANewFileLosslessly)
{
    const QString from = newBundledBook(pathOf(u"from.sqlite"_s));
    // Something the bundled data does not have: a second price of an offer, kept as history.
    const QString csv = pathOf(u"prices.csv"_s);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("provider,gpu_model,instance_type,gpus_per_instance,region,pricing,"
               "usd_per_instance_hour,observed_on,source_url\n"
               "Lambda,H100 SXM 80GB,gpu_8x_h100_sxm5,8,us-east-1,on-demand,23.92,2026-11-30,"
               "https://lambda.ai/pricing\n");
    file.close();
    ASSERT_EQ(runGpucompare({u"import"_s, csv, u"--db"_s, from}).exitCode, 0);

    const QString to = pathOf(u"to.sqlite"_s);
    ProcessResult run = runGpucompare({u"copy"_s, from, to});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("Copied ")) << run.out.toStdString();
    const ProcessResult a =
        runGpucompare({u"export"_s, u"-"_s, u"--what"_s, u"all"_s, u"--db"_s, from});
    const ProcessResult b =
        runGpucompare({u"export"_s, u"-"_s, u"--what"_s, u"all"_s, u"--db"_s, to});
    ASSERT_EQ(a.exitCode, 0);
    ASSERT_EQ(b.exitCode, 0);
    EXPECT_GT(a.out.size(), 100'000);
    EXPECT_EQ(a.out, b.out) << "the copy's export differs from the original's";
    // SQLite's page copy under a staging name, renamed into place: nothing is left beside TO.
    const QStringList left =
        QDir(QFileInfo(to).absolutePath()).entryList({u"to.sqlite?*"_s}, QDir::Files);
    EXPECT_TRUE(left.isEmpty()) << left.join(u' ').toStdString();

    // TO must be new or empty: a book there is never overwritten.
    const QByteArray before = readFile(to);
    run = runGpucompare({u"copy"_s, from, to});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"is not empty"_s)) << run.err.toStdString();
    EXPECT_EQ(readFile(to), before);

    // A missing FROM, the wrong number of places, a PostgreSQL URI that names no database (a
    // usage error, its password never shown; TeamBookTest copies to and from real databases).
    EXPECT_EQ(runGpucompare({u"copy"_s, pathOf(u"none.sqlite"_s), pathOf(u"x.sqlite"_s)}).exitCode,
              1);
    EXPECT_FALSE(QFile::exists(pathOf(u"x.sqlite"_s)));
    EXPECT_EQ(runGpucompare({u"copy"_s, from}).exitCode, 2);
    run = runGpucompare({u"copy"_s, from, u"postgresql://bob:s3cret@db.example.com/"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"db.example.com"_s)) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u"s3cret"_s));
}

TEST_F(CommandLine, BothCalculatorsPriceEveryOfferOfANewBook)
{
    // Every GPU of the bundled book has a dense peak, memory and bandwidth: no offer is left
    // out of either calculator.
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const ProcessResult exported =
        runGpucompare({u"export"_s, u"-"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
    ASSERT_EQ(exported.exitCode, 0);
    const qsizetype offers =
        QJsonDocument::fromJson(exported.out).object().value(u"offers"_s).toArray().size();
    ASSERT_GE(offers, 1700);

    const QJsonObject training =
        estimateJson({u"--params"_s, u"1B"_s, u"--tokens"_s, u"20B"_s, u"--include-stale"_s}, db);
    const QJsonArray estimates = training.value(u"estimates"_s).toArray();
    EXPECT_EQ(estimates.size(), offers);
    for (const QJsonValue &v : estimates) {
        const QJsonObject e = v.toObject();
        EXPECT_GT(e.value(u"cost_usd"_s).toDouble(), 0)
            << e.value(u"provider"_s).toString().toStdString() << " "
            << e.value(u"offer"_s).toString().toStdString();
    }

    const ProcessResult serving =
        runGpucompare({u"serve-estimate"_s, u"--params"_s, u"7B"_s, u"--include-stale"_s,
                       u"--format"_s, u"json"_s, u"--db"_s, db});
    ASSERT_EQ(serving.exitCode, 0) << serving.err.toStdString();
    const QJsonArray served =
        QJsonDocument::fromJson(serving.out).object().value(u"estimates"_s).toArray();
    EXPECT_EQ(served.size(), offers);
    for (const QJsonValue &v : served) {
        const QJsonObject e = v.toObject();
        EXPECT_GT(e.value(u"usd_per_million_tokens"_s).toDouble(), 0)
            << e.value(u"provider"_s).toString().toStdString() << " "
            << e.value(u"offer"_s).toString().toStdString();
    }
}

TEST_F(CommandLine, TheTableNamesNoCheapestWhenNoOfferFits)
{
    // 70B on 8 V100 32GB: 140 GB of model state per GPU. The table says so, with the count that
    // would fit, and prints no "Cheapest:" line.
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const ProcessResult table =
        runGpucompare({u"estimate"_s, u"--params"_s, u"70B"_s, u"--tokens"_s, u"2T"_s, u"--gpus"_s,
                       u"8"_s, u"--gpu"_s, u"V100 32GB"_s, u"--db"_s, db});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_FALSE(table.out.contains("Cheapest:")) << table.out.constData();
    EXPECT_TRUE(table.out.contains("No offer fits on 8 GPUs: needs at least 64"))
        << table.out.constData();
    // On 64 it fits and the cheapest is named.
    const ProcessResult fits =
        runGpucompare({u"estimate"_s, u"--params"_s, u"70B"_s, u"--tokens"_s, u"2T"_s, u"--gpus"_s,
                       u"64"_s, u"--gpu"_s, u"V100 32GB"_s, u"--db"_s, db});
    ASSERT_EQ(fits.exitCode, 0) << fits.err.toStdString();
    EXPECT_TRUE(fits.out.contains("Cheapest:")) << fits.out.constData();
}

TEST_F(CommandLine, TheTableGroupsOffersThatDifferOnlyByRegionLikeTheWindow)
{
    // Hyperstack lists n3-H100-SXM5x8 at one price in two regions: one line, "2 regions", in
    // the table; JSON keeps one estimate per offer.
    const QString db = newBundledBook(pathOf(u"book.sqlite"_s));
    const QStringList job = {
        u"estimate"_s,   u"--params"_s, u"7B"_s,    u"--tokens"_s, u"1T"_s,
        u"--gpus"_s,     u"8"_s,        u"--gpu"_s, u"H100"_s,     u"--provider"_s,
        u"Hyperstack"_s, u"--db"_s,     db};
    const ProcessResult table = runGpucompare(job);
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    const QStringList lines = QString::fromUtf8(table.out).split(u'\n');
    const auto named = [&](const QString &machine) {
        return std::count_if(lines.cbegin(), lines.cend(),
                             [&](const QString &l) { return l.contains(machine); });
    };
    const QJsonObject json = estimateJson(job.mid(1, job.size() - 3), db);
    int inJson = 0;
    for (const QJsonValue &v : json.value(u"estimates"_s).toArray())
        inJson += v.toObject().value(u"offer"_s).toString() == u"n3-H100-SXM5x8"_s ? 1 : 0;
    ASSERT_GE(inJson, 2) << "the book lists it in several regions";
    EXPECT_EQ(named(u"n3-H100-SXM5x8"_s), 1) << table.out.constData();
    EXPECT_TRUE(table.out.contains(u"%1 regions"_s.arg(inJson).toUtf8())) << table.out.constData();
}
