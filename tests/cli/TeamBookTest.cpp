// The command line on a team price book: every command with a PostgreSQL --db, copies
// between a file and a database, a role that may only read, a database that is not a price
// book, and passwords that never reach a message. A real PostgreSQL 15 (the "postgres"
// fixture) serves them.

#include "Backends.h"
#include "RunGpucompare.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QThread>
#include <gtest/gtest.h>

using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/");

class TeamBook : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!testServerUri())
            GTEST_SKIP() << "no test PostgreSQL server (run the tests through ctest)";
    }

    /// The whole book as the JSON export writes it (empty on failure, which the test reports).
    static QByteArray exported(const QString &book)
    {
        const ProcessResult out = runGpucompare({u"export"_s, u"-"_s, u"--format"_s, u"json"_s,
                                                 u"--what"_s, u"all"_s, u"--db"_s, book});
        EXPECT_EQ(out.exitCode, 0) << out.err.toStdString();
        return out.out;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(TeamBook, EveryCommandWorksOnADatabaseAsOnAFile)
{
    const QString team = newPostgresDatabase();
    const QString file = m_dir.filePath(u"book.sqlite"_s);
    // A writer fills an empty database from the bundled data, as a missing file.
    for (const QString &book : {team, file}) {
        const ProcessResult imported =
            runGpucompare({u"import"_s, kFixtures + u"skypilot-aws-small.csv"_s, u"--db"_s, book});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
    const QByteArray fromTeam = exported(team);
    ASSERT_FALSE(fromTeam.isEmpty());
    EXPECT_EQ(fromTeam, exported(file)) << "the same import gives the same book in both";

    // The estimates read the same offers and prices: the same output, byte for byte.
    for (const QStringList &command :
         {QStringList{u"estimate"_s, u"--params"_s, u"7B"_s, u"--tokens"_s, u"1T"_s},
          QStringList{u"serve-estimate"_s, u"--params"_s, u"8B"_s, u"--tokens-per-month"_s,
                      u"1e9"_s}}) {
        const QStringList json = command + QStringList{u"--format"_s, u"json"_s, u"--db"_s};
        const ProcessResult onTeam = runGpucompare(json + QStringList{team});
        const ProcessResult onFile = runGpucompare(json + QStringList{file});
        EXPECT_EQ(onTeam.exitCode, 0) << onTeam.err.toStdString();
        EXPECT_TRUE(onTeam.out.contains("\"estimates\"")) << onTeam.out.left(200).constData();
        EXPECT_EQ(onTeam.out, onFile.out) << command.first().toStdString();
    }

    const QString png = m_dir.filePath(u"prices.png"_s);
    const ProcessResult chart =
        runGpucompare({u"export-chart"_s, u"prices"_s, u"--out"_s, png, u"--db"_s, team});
    ASSERT_EQ(chart.exitCode, 0) << chart.err.toStdString();
    EXPECT_GT(QImage(png).width(), 600);

    // An update from an offline catalog folder writes to the database as to a file.
    QTemporaryDir offline;
    QDir(offline.path()).mkpath(u"catalogs/v8/verda"_s);
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(GPUCOMPARE_SOURCE_DIR
                                   "/../shared/fixtures/catalogs/skypilot-v8/verda/vms.csv"),
                    offline.filePath(u"catalogs/v8/verda/vms.csv"_s)));
    for (const QString &book : {team, file}) {
        const ProcessResult updated =
            runGpucompare({u"update"_s, u"--from"_s, offline.path(), u"--db"_s, book});
        EXPECT_EQ(updated.exitCode, 0) << updated.err.toStdString();
    }
    EXPECT_EQ(exported(team), exported(file));
}

TEST_F(TeamBook, CopyBetweenAFileAndADatabaseIsLossless)
{
    const QString original = newBundledBook(m_dir.filePath(u"original.sqlite"_s));
    const QString team = newPostgresDatabase();
    const QString back = m_dir.filePath(u"back.sqlite"_s);
    const ProcessResult up = runGpucompare({u"copy"_s, original, team});
    ASSERT_EQ(up.exitCode, 0) << up.err.toStdString();
    const ProcessResult down = runGpucompare({u"copy"_s, team, back});
    ASSERT_EQ(down.exitCode, 0) << down.err.toStdString();
    const QByteArray expected = exported(original);
    EXPECT_EQ(exported(team), expected);
    EXPECT_EQ(exported(back), expected);

    // A database that holds a price book already is not a place to copy to.
    const ProcessResult again = runGpucompare({u"copy"_s, original, team});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"not empty"_s)) << again.err.toStdString();
    EXPECT_EQ(exported(team), expected) << "left as it was";
}

TEST_F(TeamBook, ADatabaseOfAnotherApplicationIsRefusedAndLeftAlone)
{
    const QString other = newPostgresDatabase();
    const QString name = databaseOf(other);
    adminExec(name, u"CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)"_s);
    for (const QStringList &command :
         {QStringList{u"import"_s, kFixtures + u"skypilot-aws-small.csv"_s},
          QStringList{u"export"_s, u"-"_s}}) {
        const ProcessResult refused = runGpucompare(command + QStringList{u"--db"_s, other});
        EXPECT_EQ(refused.exitCode, 1);
        EXPECT_TRUE(refused.err.contains(u"not a GPU Cloud Compare price book"_s))
            << refused.err.toStdString();
    }
    // Nothing was added to it.
    const QString probe = m_dir.filePath(u"probe.sqlite"_s);
    const ProcessResult copy = runGpucompare({u"copy"_s, probe, other});
    EXPECT_NE(copy.exitCode, 0);
    adminExec(name, u"DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') "
                    "<> 1 THEN RAISE EXCEPTION 'tables were added'; END IF; END $$"_s);
}

TEST_F(TeamBook, ARoleThatMayOnlyReadIsToldWhichPrivilegeItLacks)
{
    const QString team = newPostgresDatabase();
    const QString name = databaseOf(team);
    ASSERT_EQ(
        runGpucompare({u"copy"_s, newBundledBook(m_dir.filePath(u"b.sqlite"_s)), team}).exitCode,
        0);
    adminExec(name, u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                    "'gpuc_reader') THEN CREATE ROLE gpuc_reader LOGIN; END IF; END $$"_s);
    adminExec(name, u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO gpuc_reader"_s);
    const QString reader = withDatabase(team, name, u"gpuc_reader"_s);
    const QByteArray before = exported(team);

    EXPECT_EQ(exported(reader), before) << "a reader reads the whole book";
    const ProcessResult import =
        runGpucompare({u"import"_s, kFixtures + u"skypilot-aws-small.csv"_s, u"--db"_s, reader});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_TRUE(import.err.contains(u"read-only"_s)) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(u"privilege on the table"_s)) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(u"gpuc_reader"_s)) << import.err.toStdString();
    EXPECT_EQ(exported(team), before) << "nothing changed";
}

TEST_F(TeamBook, APasswordInTheUriNeverReachesAMessage)
{
    const QString withPassword =
        u"postgresql://someone:s3cr3t-pw@/nothing?host=/nonexistent-folder&port=1"_s;
    for (const QStringList &command :
         {QStringList{u"export"_s, u"-"_s, u"--db"_s, withPassword},
          QStringList{u"copy"_s, m_dir.filePath(u"none.sqlite"_s), withPassword},
          QStringList{u"copy"_s, withPassword, m_dir.filePath(u"out.sqlite"_s)}}) {
        const ProcessResult run = runGpucompare(command);
        EXPECT_NE(run.exitCode, 0);
        EXPECT_FALSE(run.err.contains(u"s3cr3t"_s)) << run.err.toStdString();
        EXPECT_FALSE(QString::fromUtf8(run.out).contains(u"s3cr3t"_s));
    }
    const ProcessResult unreachable = runGpucompare({u"export"_s, u"-"_s, u"--db"_s, withPassword});
    EXPECT_TRUE(unreachable.err.contains(u"Cannot connect to postgresql://someone@/nothing"_s))
        << unreachable.err.toStdString();
    // libpq's lines are sentences: none runs into the next ("refused Is the server").
    const QRegularExpression runOn(uR"([a-z] [A-Z][a-z]+ the server)"_s);
    EXPECT_FALSE(runOn.match(unreachable.err).hasMatch()) << unreachable.err.toStdString();
}

TEST_F(TeamBook, AnImportWhoseConnectionIsCutMidwayWritesNothing)
{
    const QString team = newPostgresDatabase();
    const QString name = databaseOf(team);
    ASSERT_EQ(
        runGpucompare({u"copy"_s, newBundledBook(m_dir.filePath(u"b.sqlite"_s)), team}).exitCode,
        0);
    const QByteArray before = exported(team);
    // A catalog long enough that the import is still writing when the server cuts it off.
    QFile csv(m_dir.filePath(u"long.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,"
              "SpotPrice,Region,AvailabilityZone,Arch\n");
    for (int i = 0; i < 6000; ++i)
        csv.write(
            QStringLiteral("p5.48xlarge,H100,8.0,192.0,2048.0,,55.04,19.25,drill-%1,az,x86_64\n")
                .arg(i)
                .toUtf8());
    csv.close();

    QProcess import;
    import.setProcessEnvironment(gpucompareEnvironment());
    import.start(QStringLiteral(GPUCOMPARE_BINARY),
                 {u"import"_s, csv.fileName(), u"--provider"_s, u"AWS"_s, u"--db"_s, team});
    // Wait until its transaction is open (it has written), then end its session, as a server
    // restart or a network cut would.
    const QString writing =
        u"SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND xact_start IS NOT NULL "
        "AND application_name = 'gpucompare' AND backend_xid IS NOT NULL"_s.arg(name);
    bool open = false;
    for (int tries = 0; tries < 400 && !open && import.state() != QProcess::NotRunning; ++tries) {
        open = adminQuery(u"postgres"_s, writing).toInt() > 0;
        if (!open)
            QThread::msleep(25);
    }
    ASSERT_TRUE(open) << "the import never started writing";
    adminExec(u"postgres"_s, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                             "datname = '%1' AND application_name = 'gpucompare'"_s.arg(name));
    const ProcessResult cut = finishOrFail(import, defaultRunTimeoutMs);
    EXPECT_EQ(cut.exitCode, 1);
    EXPECT_TRUE(cut.err.contains(u"connection to the database server was lost"_s))
        << cut.err.toStdString();
    EXPECT_EQ(exported(team), before) << "all or nothing: nothing";
}
