// Reliability drills on the built binary, scaled down from how SQLite proves its own promises
// (sqlite.org/testing.html): processes killed mid-write, full disks, a second process holding
// the file, damaged and hostile files. After each, the price book passes integrity_check and
// holds all of a change or none of it. Each drill prints how many cases it ran.

#include "RunGpucompare.h"
#include "TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <iostream>

using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

/// One value from a price book, through a connection of its own (closed again at once). A hot
/// journal left by a killed writer is rolled back here, as the next real open would.
QString sqlValue(const QString &path, const QString &sql)
{
    static int serial = 0;
    const QString name = u"drill-%1"_s.arg(++serial);
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
            else
                value = u"error: "_s + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

struct Counts
{
    QString offers;
    QString prices;
    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts countsOf(const QString &path)
{
    return {sqlValue(path, u"SELECT count(*) FROM offers"_s),
            sqlValue(path, u"SELECT count(*) FROM price_observations"_s)};
}

/// A new price book from the bundled dataset.
QString makeBook(const QTemporaryDir &dir, const QString &name)
{
    return newBundledBook(dir.filePath(name));
}

/// Turns a book back into schema version 1 (schema 2 only added two indexes): the "older
/// version" a migration drill starts from.
/// The schema version the binary upgrades every book to.
const QString kLatestSchema = u"10"_s;

/// Turns a book of the latest schema into a schema-1 book with the same data.
bool downgradeToSchema1(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            // Undo what schemas 6, 5, 4, 3 and 2 added, newest first.
            const QStringList statements =
                undoSchema10Statements() + undoSchema9Statements() + undoSchema7And8Statements() +
                undoSchema6Statements() +
                QStringList{u"DROP INDEX offers_by_listing"_s,
                            u"ALTER TABLE offers DROP COLUMN per_gpu_rate"_s,
                            u"DROP TABLE instance_shapes"_s,
                            u"DROP TABLE catalog_fetches"_s,
                            u"ALTER TABLE gpu_models DROP COLUMN typical_mfu"_s,
                            u"ALTER TABLE gpu_models DROP COLUMN typical_mfu_basis"_s,
                            u"ALTER TABLE price_observations DROP COLUMN confirmed_on"_s,
                            u"ALTER TABLE offers DROP COLUMN not_listed_since"_s,
                            u"ALTER TABLE offers DROP COLUMN listed_by"_s,
                            u"DROP INDEX offers_by_provider"_s,
                            u"DROP INDEX market_share_entries_by_provider"_s,
                            u"PRAGMA user_version = 1"_s};
            ok = true;
            for (const QString &statement : statements) {
                if (ok && !q.exec(statement)) {
                    ADD_FAILURE() << statement.toStdString() << ": "
                                  << q.lastError().text().toStdString();
                    ok = false;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    return ok;
}

/// Our offers CSV with `rows` new offers of one GPU, one price each.
QString writeOffersCatalog(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(u"catalog-%1.csv"_s.arg(rows));
    EXPECT_TRUE(gpucompare::test::writeOffersCatalog(path, rows, u"drill"_s));
    return path;
}

QString copyOf(const QString &path, const QString &copy)
{
    QFile::remove(copy);
    EXPECT_TRUE(QFile::copy(path, copy));
    return copy;
}

/// Copies a book together with the journal beside it (when there is one), as a user copying
/// both files would.
QString copyWithJournal(const QString &book, const QString &copy)
{
    copyOf(book, copy);
    QFile::remove(copy + u"-journal"_s);
    if (QFile::exists(book + u"-journal"_s))
        copyOf(book + u"-journal"_s, copy + u"-journal"_s);
    return copy;
}

/// Runs the binary and kills it (SIGKILL) after `afterMs`; returns whether it was still running.
bool runAndKill(const QStringList &arguments, int afterMs)
{
    QProcess process;
    process.setProcessEnvironment(gpucompareEnvironment());
    process.start(QStringLiteral(GPUCOMPARE_BINARY), arguments);
    EXPECT_TRUE(process.waitForStarted());
    const bool finished = process.waitForFinished(afterMs);
    if (!finished)
        process.kill();
    process.waitForFinished();
    return !finished;
}

/// Runs the binary through bash with a file-size limit (ulimit -f, in 1024-byte blocks).
ProcessResult runWithFileSizeLimit(int kilobytes, const QStringList &arguments)
{
    QStringList args{u"-c"_s, u"ulimit -f %1 && exec \"$0\" \"$@\""_s.arg(kilobytes),
                     QStringLiteral(GPUCOMPARE_BINARY)};
    args += arguments;
    return runProgram(u"bash"_s, args);
}

/// The i-th of 20 kill moments for a run that took `duration` ms once: 16 spread over the run
/// (start-up, reading, writing, committing) and 4 well past it, so that some kills surely land
/// after the change is complete and the drill sees both outcomes.
int killMoment(int i, qint64 duration)
{
    static constexpr double late[] = {1.5, 2.0, 3.0, 4.0};
    return int(i < 16 ? duration * (i + 1) / 16.0 : duration * late[i - 16]);
}

/// A killed writer's book opens again through gpucompare itself (which must roll back any
/// change it left unfinished) before anything else touches it.
void expectOpensThroughTheProduct(const QString &book, int kill)
{
    const ProcessResult reopened =
        runGpucompare({u"--db"_s, book, u"export"_s, u"-"_s, u"--what"_s, u"market-share"_s});
    EXPECT_EQ(reopened.exitCode, 0) << "kill " << kill << ": " << reopened.err.toStdString();
}

void report(const std::string &line)
{
    std::cout << "[ drill    ] " << line << std::endl;
}

class Drills : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
};

} // namespace

// The three kill drills (KilledDuring…) run in the plain suite only; scripts/sanitize.sh says why.
TEST_F(Drills, KilledDuringAnImportTheBookHoldsAllOfItOrNone)
{
    const QString base = makeBook(m_dir, u"base.sqlite"_s);
    const QString catalog = writeOffersCatalog(m_dir, 40'000);
    const Counts before = countsOf(base);

    // The whole import once, for its duration and its result.
    const QString full = copyOf(base, m_dir.filePath(u"full.sqlite"_s));
    QElapsedTimer timer;
    timer.start();
    const ProcessResult imported = runGpucompare({u"--db"_s, full, u"import"_s, catalog});
    const qint64 duration = timer.elapsed();
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const Counts after = countsOf(full);
    ASSERT_NE(after, before);

    int none = 0;
    int all = 0;
    int killed = 0;
    for (int i = 0; i < 20; ++i) {
        const QString book = copyOf(base, m_dir.filePath(u"kill-%1.sqlite"_s.arg(i)));
        const int at = killMoment(i, duration);
        killed += runAndKill({u"--db"_s, book, u"import"_s, catalog}, at) ? 1 : 0;
        expectOpensThroughTheProduct(book, i);
        EXPECT_EQ(sqlValue(book, u"PRAGMA integrity_check"_s), u"ok"_s) << "kill " << i;
        const Counts counts = countsOf(book);
        if (counts == before)
            ++none;
        else if (counts == after)
            ++all;
        else
            ADD_FAILURE() << "kill " << i << " at " << at << " ms left "
                          << counts.offers.toStdString() << " offers: part of the import";
        QFile::remove(book);
    }
    EXPECT_GT(killed, 8) << "most kills must land while the import runs";
    EXPECT_GT(none, 0);
    EXPECT_GT(all, 0);
    report("kill during import: " + std::to_string(20) + " kills over " + std::to_string(duration) +
           " ms (" + std::to_string(killed) + " while running): " + std::to_string(none) +
           " none, " + std::to_string(all) + " all, 0 partial; integrity_check ok every time");
}

TEST_F(Drills, KilledDuringAMigrationTheBookIsTheOldVersionOrTheNewOneWithItsBackup)
{
    // A version-1 book (schema 2 adds two indexes) with 40,000 offers, so the backup and the
    // migration take long enough to be interrupted.
    const QString base = makeBook(m_dir, u"base.sqlite"_s);
    ASSERT_EQ(
        runGpucompare({u"--db"_s, base, u"import"_s, writeOffersCatalog(m_dir, 40'000)}).exitCode,
        0);
    ASSERT_TRUE(downgradeToSchema1(base));
    const Counts data = countsOf(base);
    const QStringList open = {u"export"_s, u"-"_s, u"--what"_s, u"market-share"_s};

    QTemporaryDir timing;
    const QString timed = copyOf(base, timing.filePath(u"book.sqlite"_s));
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(runGpucompare(QStringList{u"--db"_s, timed} + open).exitCode, 0);
    const qint64 duration = timer.elapsed();
    ASSERT_EQ(sqlValue(timed, u"PRAGMA user_version"_s), kLatestSchema);

    int oldVersion = 0;
    int newVersion = 0;
    int killed = 0;
    for (int i = 0; i < 20; ++i) {
        QTemporaryDir dir;
        const QString book = copyOf(base, dir.filePath(u"book.sqlite"_s));
        killed += runAndKill(QStringList{u"--db"_s, book} + open, killMoment(i, duration)) ? 1 : 0;
        // A copy with its journal, since opening upgrades the book this drill still classifies.
        expectOpensThroughTheProduct(copyWithJournal(book, dir.filePath(u"reopen.sqlite"_s)), i);
        EXPECT_EQ(sqlValue(book, u"PRAGMA integrity_check"_s), u"ok"_s) << "kill " << i;
        EXPECT_EQ(countsOf(book), data) << "kill " << i;
        const QString version = sqlValue(book, u"PRAGMA user_version"_s);
        const QString indexes =
            sqlValue(book, u"SELECT count(*) FROM sqlite_schema WHERE name LIKE '%by_provider'"_s);
        const QStringList backups =
            QDir(dir.path()).entryList({u"book.sqlite.schema-1-backup-*.sqlite"_s}, QDir::Files);
        if (version == u"1"_s) {
            ++oldVersion;
            EXPECT_EQ(indexes, u"0"_s);
        } else {
            ++newVersion;
            EXPECT_EQ(version, kLatestSchema);
            EXPECT_EQ(indexes, u"2"_s) << "the new version is complete";
            EXPECT_NE(sqlValue(book, u"SELECT count(*) FROM instance_shapes"_s), u"0"_s)
                << "schema 3 gives an old book the instance shapes";
            EXPECT_EQ(backups.size(), 1) << "kill " << i << ": upgraded without a backup";
        }
        // A backup under its own name is always whole: a killed copy stays a ".partial".
        for (const QString &backup : backups) {
            EXPECT_EQ(sqlValue(dir.filePath(backup), u"PRAGMA integrity_check"_s), u"ok"_s);
            EXPECT_EQ(sqlValue(dir.filePath(backup), u"PRAGMA user_version"_s), u"1"_s);
            EXPECT_EQ(countsOf(dir.filePath(backup)), data);
        }
    }
    EXPECT_GT(killed, 8);
    EXPECT_GT(oldVersion, 0);
    EXPECT_GT(newVersion, 0);
    report("kill during migration: " + std::to_string(20) + " kills over " +
           std::to_string(duration) + " ms (" + std::to_string(killed) + " while running): " +
           std::to_string(oldVersion) + " old version intact, " + std::to_string(newVersion) +
           " new version complete with a whole backup; integrity_check ok every time");
}

TEST_F(Drills, AFullDiskFailsWritesWithAMessageAndChangesNothing)
{
    int cases = 0;
    const QString book = makeBook(m_dir, u"book.sqlite"_s);
    const QByteArray bookBefore = fileHash(book);
    const int bookKb = int(QFileInfo(book).size() / 1024);

    // An import that needs more room than the limit leaves.
    const ProcessResult import = runWithFileSizeLimit(
        bookKb + 8, {u"--db"_s, book, u"import"_s, writeOffersCatalog(m_dir, 20'000)});
    EXPECT_EQ(import.exitCode, 1) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains(u"disk is full"_s) || import.err.contains(u"disk I/O"_s))
        << import.err.toStdString();
    EXPECT_EQ(fileHash(book), bookBefore);
    EXPECT_FALSE(QFile::exists(book + u"-journal"_s));
    ++cases;

    // An export over an existing file: the old file stays whole, no temporary file is left.
    const QString target = m_dir.filePath(u"export.json"_s);
    writeFile(target, "previous export\n");
    const ProcessResult exported =
        runWithFileSizeLimit(4, {u"--db"_s, book, u"export"_s, target, u"--format"_s, u"json"_s});
    EXPECT_EQ(exported.exitCode, 1) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(target)) << exported.err.toStdString();
    EXPECT_EQ(readFile(target), QByteArray("previous export\n"));
    EXPECT_EQ(QDir(m_dir.path()).entryList({u"export.json*"_s}, QDir::Files),
              QStringList{u"export.json"_s});
    ++cases;

    // A chart export the same way.
    const QString png = m_dir.filePath(u"chart.png"_s);
    writeFile(png, "previous chart");
    const ProcessResult chart = runWithFileSizeLimit(
        4, {u"--db"_s, book, u"export-chart"_s, u"market-share"_s, u"--out"_s, png});
    EXPECT_EQ(chart.exitCode, 1) << chart.err.toStdString();
    EXPECT_EQ(readFile(png), QByteArray("previous chart"));
    ++cases;

    // A migration whose backup does not fit: not upgraded, file unchanged, no half backup.
    ASSERT_TRUE(downgradeToSchema1(book));
    const QByteArray oldVersion = fileHash(book);
    const ProcessResult migrate = runWithFileSizeLimit(
        bookKb / 2, {u"--db"_s, book, u"export"_s, u"-"_s, u"--what"_s, u"market-share"_s});
    EXPECT_EQ(migrate.exitCode, 1) << migrate.err.toStdString();
    EXPECT_TRUE(migrate.err.contains(u"backup before the upgrade failed"_s))
        << migrate.err.toStdString();
    EXPECT_EQ(fileHash(book), oldVersion);
    EXPECT_TRUE(QDir(m_dir.path()).entryList({u"book.sqlite.schema-*"_s}, QDir::Files).isEmpty());
    ++cases;
    report("full disk (ulimit -f): " + std::to_string(cases) +
           " cases (import, export, chart export, migration backup) failed with a message; "
           "book and existing files unchanged");
}

TEST_F(Drills, ASecondProcessHoldingTheBookGetsAMessageNotAFreeze)
{
    const QString book = makeBook(m_dir, u"book.sqlite"_s);
    const QString catalog = writeOffersCatalog(m_dir, 100);
    const Counts before = countsOf(book);

    // Another process (sqlite3, as a second window would) holds a write transaction open.
    QProcess holder;
    holder.start(u"sqlite3"_s, {book});
    ASSERT_TRUE(holder.waitForStarted()) << "needs the sqlite3 shell";
    holder.write("BEGIN IMMEDIATE;\nUPDATE providers SET notes = notes;\nSELECT 'locked';\n");
    ASSERT_TRUE(holder.waitForReadyRead(5000));
    ASSERT_TRUE(holder.readAllStandardOutput().contains("locked"));

    QElapsedTimer timer;
    timer.start();
    const ProcessResult blocked = runGpucompare({u"--db"_s, book, u"import"_s, catalog});
    EXPECT_LT(timer.elapsed(), 15'000) << "waits its busy timeout, then gives up";
    EXPECT_EQ(blocked.exitCode, 1);
    EXPECT_TRUE(blocked.err.contains(u"in use by another window"_s)) << blocked.err.toStdString();
    EXPECT_FALSE(blocked.err.contains(u"database is locked"_s));

    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(5000));
    EXPECT_EQ(countsOf(book), before);

    // Once the other one has finished, the import goes through.
    const ProcessResult retried = runGpucompare({u"--db"_s, book, u"import"_s, catalog});
    EXPECT_EQ(retried.exitCode, 0) << retried.err.toStdString();
    EXPECT_EQ(countsOf(book).offers.toInt(), before.offers.toInt() + 100);
    EXPECT_EQ(sqlValue(book, u"PRAGMA integrity_check"_s), u"ok"_s);
    report("two processes on one file: the blocked import said \"in use by another window\" "
           "after " +
           std::to_string(timer.elapsed()) + " ms, the retry succeeded, integrity ok");
}

namespace {

struct Measured
{
    ProcessResult result;
    qint64 peakKb = 0; ///< VmHWM of the process, read from /proc while it runs
};

/// Runs the binary and follows its peak resident memory.
Measured runMeasured(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(gpucompareEnvironment());
    process.start(QStringLiteral(GPUCOMPARE_BINARY), arguments);
    process.waitForStarted();
    const QString status = u"/proc/%1/status"_s.arg(process.processId());
    qint64 peak = 0;
    QElapsedTimer running;
    running.start();
    while (!process.waitForFinished(5) && running.elapsed() < defaultRunTimeoutMs) {
        QFile file(status);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peak = std::max(peak, line.mid(6).trimmed().split(' ').value(0).toLongLong());
        }
    }
    return {finishOrFail(process, 0), peak};
}

} // namespace

TEST_F(Drills, DamagedAndMalformedFilesGetTheirMessageAndNothingCrashes)
{
    const QString fixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/");
    int cases = 0;

    // Price books that are not, or no longer, price books: refused, and left byte for byte.
    QStringList books;
    for (const QString &name : QDir(fixtures + u"bad"_s).entryList({u"*.sqlite"_s}, QDir::Files))
        books.append(copyOf(fixtures + u"bad/"_s + name, m_dir.filePath(name)));
    const QString damaged =
        copyOf(makeBook(m_dir, u"source.sqlite"_s), m_dir.filePath(u"garbage-pages.sqlite"_s));
    {
        QFile file(damaged);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(2 * 4096);
        file.write(QByteArray(3 * 4096, char(0xAB))); // pages 3-5 overwritten
    }
    books.append(damaged);
    for (const QString &book : books) {
        SCOPED_TRACE(book.toStdString());
        const QByteArray before = fileHash(book);
        const ProcessResult r = runGpucompare({u"--db"_s, book, u"export"_s, u"-"_s});
        EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QFileInfo(book).fileName())) << r.err.toStdString();
        EXPECT_EQ(fileHash(book), before);
        ++cases;
    }

    // Files to import: every malformed kind of the import fixtures, the corpus here, and three
    // made on the spot: a 3 MB line, random bytes, and a 100 MB catalog of rows that all fail.
    const QString book = makeBook(m_dir, u"book.sqlite"_s);
    const QByteArray bookBefore = fileHash(book);
    QStringList inputs;
    for (const QString &dir : {u"import/malformed"_s, u"bad"_s}) {
        for (const QString &name : QDir(fixtures + dir).entryList(QDir::Files)) {
            if (!name.endsWith(u".sqlite"_s))
                inputs.append(fixtures + dir + u'/' + name);
        }
    }
    const QString hugeLine = m_dir.filePath(u"huge-line.csv"_s);
    writeFile(hugeLine,
              "provider,gpu_model,instance_type\nAWS,H100," + QByteArray(3 << 20, 'x') + '\n');
    inputs.append(hugeLine);
    const QString random = m_dir.filePath(u"random.csv"_s);
    {
        QByteArray bytes(1 << 20, '\0');
        quint32 state = 12345;
        for (char &c : bytes) {
            state = state * 1664525u + 1013904223u;
            c = char(state >> 24);
        }
        writeFile(random, bytes);
    }
    inputs.append(random);
    const QString big = m_dir.filePath(u"big-100mb.csv"_s);
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("provider,gpu_model,instance_type,gpus_per_instance,vcpus,ram_gb,region,pricing,"
                   "pricing_term,interconnect,offer_notes,usd_per_instance_hour,observed_on,"
                   "source_url,price_notes\n");
        const QByteArray row = "AWS,H100,p5.48xlarge,8,192,2048,us-east-1,on-demand,,,,-1,"
                               "2026-11-28,https://example.com/negative-price-row-padding,\n";
        QByteArray chunk;
        for (int i = 0; i < 1000; ++i)
            chunk += row;
        while (file.size() < 100LL * 1024 * 1024)
            file.write(chunk);
    }
    inputs.append(big);

    qint64 bigPeakKb = 0;
    for (const QString &input : inputs) {
        SCOPED_TRACE(input.toStdString());
        const Measured m = runMeasured({u"--db"_s, book, u"import"_s, input, u"--dry-run"_s});
        EXPECT_GE(m.result.exitCode, 0) << "crashed";
        EXPECT_LE(m.result.exitCode, 2);
        // A message: the error on stderr, or the report of rejected rows on stdout.
        EXPECT_TRUE(!m.result.err.isEmpty() || m.result.out.contains("rejected"))
            << m.result.out.left(400).constData();
        if (input == big)
            bigPeakKb = m.peakKb;
        ++cases;
    }
    EXPECT_EQ(fileHash(book), bookBefore);
    // Streaming: the 100 MB file is read in a bounded amount of memory, well under its size.
    EXPECT_GT(bigPeakKb, 0);
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in quarantine: its peak says nothing about ours.
    const qint64 boundKb = 1024 * 1024;
#else
    const qint64 boundKb = 100 * 1024;
#endif
    EXPECT_LT(bigPeakKb, boundKb) << "peak " << bigPeakKb << " kB for a 100 MB file";
    report("bad files: " + std::to_string(cases) + " files (" + std::to_string(books.size()) +
           " damaged price books, " + std::to_string(inputs.size()) +
           " import inputs) each got a message, none crashed, nothing changed; the 100 MB "
           "catalog peaked at " +
           std::to_string(bigPeakKb / 1024) + " MB");
}

TEST_F(Drills, HostileTextIsStoredOrRefusedAsValidationSaysAndExportedSafely)
{
    const QString book = makeBook(m_dir, u"book.sqlite"_s);
    const QString tables =
        sqlValue(book, u"SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'"_s);
    struct Name
    {
        QByteArray text;
        bool stored;
    };
    const QList<Name> names = {
        {"O'Brien \"\"Cloud\"\"", true}, // quotes (doubled inside the quoted CSV cell)
        {"x'); DROP TABLE offers; --", true},
        {"=HYPERLINK(\"\"https://evil.example\"\")", true},
        {"+1+1", true},
        {"-2+3", true},
        {"@SUM(A1:A9)", true},
        {"Robert\x01Tables", false}, // a control character
        {"abc\xE2\x80\xAE"
         "def",
         false},                          // U+202E right-to-left override
        {QByteArray(10'000, 'W'), false}, // longer than 200 characters
    };
    QByteArray csv = "provider,gpu_model,instance_type,gpus_per_instance,vcpus,ram_gb,region,"
                     "pricing,pricing_term,interconnect,offer_notes,usd_per_instance_hour,"
                     "observed_on,source_url,price_notes\n";
    for (const Name &n : names)
        csv += "AWS,H100,\"" + n.text + "\",8,,,us-east-1,on-demand,,,,10,2026-11-28,,\n";
    const QString input = m_dir.filePath(u"hostile.csv"_s);
    writeFile(input, csv);
    const ProcessResult imported = runGpucompare({u"--db"_s, book, u"import"_s, input});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    int stored = 0;
    int refused = 0;
    for (const Name &n : names) {
        const QString expected = QString::fromUtf8(QByteArray(n.text).replace("\"\"", "\""));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile"_s);
        {
            db.setDatabaseName(book);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            q.prepare(u"SELECT count(*) FROM offers WHERE instance_type = ?"_s);
            q.addBindValue(expected);
            ASSERT_TRUE(q.exec() && q.next());
            EXPECT_EQ(q.value(0).toInt(), n.stored ? 1 : 0) << n.text.left(60).constData();
            (n.stored ? stored : refused) += 1;
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"hostile"_s);
    }
    EXPECT_EQ(
        sqlValue(book, u"SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'"_s),
        tables)
        << "no statement in a name ran";
    EXPECT_EQ(sqlValue(book, u"PRAGMA integrity_check"_s), u"ok"_s);

    // In the CSV export no cell starts a formula; the JSON keeps the names exactly.
    const QString out = m_dir.filePath(u"out.csv"_s);
    ASSERT_EQ(runGpucompare({u"--db"_s, book, u"export"_s, out, u"--what"_s, u"offers"_s}).exitCode,
              0);
    const QByteArray exported = readFile(out);
    for (const char *formula : {",=HYPERLINK", ",+1+1", ",-2+3", ",@SUM", ",\"=HYPERLINK"})
        EXPECT_FALSE(exported.contains(formula)) << formula;
    EXPECT_TRUE(exported.contains("'@SUM(A1:A9)")) << "guarded with a leading apostrophe";
    const ProcessResult json =
        runGpucompare({u"--db"_s, book, u"export"_s, u"-"_s, u"--format"_s, u"json"_s});
    EXPECT_TRUE(json.out.contains("x'); DROP TABLE offers; --"));
    report("hostile text: " + std::to_string(names.size()) + " names: " + std::to_string(stored) +
           " stored verbatim, " + std::to_string(refused) +
           " refused by validation; no SQL ran, no formula in the CSV export");
}

namespace {

/// The kinds of writer whose change a crash can leave unfinished, each as the statements it
/// runs (large enough that changed pages spill into the file before the commit).
struct UnfinishedWriter
{
    const char *name;
    QByteArray statements;
    bool startsAtSchema1 = false; ///< an upgrade starts from the older schema
};

const UnfinishedWriter kUnfinishedWriters[] = {
    {"an import",
     "INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, observed_on, "
     "source_url, note) SELECT o.id, 1000000 + o.id * k.n, '2026-12-01', "
     "'https://example.com/import', printf('%.2000c', 'i') FROM offers o, (SELECT 1 AS n UNION "
     "ALL SELECT 2 UNION ALL SELECT 3) k;"},
    {"a form save",
     "UPDATE offers SET notes = printf('%.2000c', 'f');\n"
     "INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, observed_on) "
     "VALUES (1, 98320000, '2026-12-01');"},
    {"a schema upgrade",
     "CREATE INDEX offers_by_provider ON offers(provider_id);\n"
     "CREATE INDEX market_share_entries_by_provider ON market_share_entries(provider_id);\n"
     "UPDATE offers SET notes = printf('%.2000c', 'm');\n"
     "PRAGMA user_version = 2;",
     true},
    {"a restore", "DELETE FROM market_share_entries;\nDELETE FROM price_observations;\n"
                  "UPDATE offers SET notes = printf('%.2000c', 'r');\n"
                  "UPDATE providers SET notes = printf('%.2000c', 'r');"},
};

} // namespace

TEST_F(Drills, AChangeLeftUnfinishedByACrashIsRolledBackWhenTheBookIsOpened)
{
    const QStringList exportJson = {u"export"_s, u"-"_s, u"--format"_s, u"json"_s};
    int cases = 0;
    for (const UnfinishedWriter &writer : kUnfinishedWriters) {
        SCOPED_TRACE(writer.name);
        QTemporaryDir dir;
        const QString book = makeBook(dir, u"book.sqlite"_s);
        if (writer.startsAtSchema1) {
            ASSERT_TRUE(downgradeToSchema1(book));
        }
        const ProcessResult before = runGpucompare(
            QStringList{u"--db"_s, copyOf(book, dir.filePath(u"before.sqlite"_s))} + exportJson);
        ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
        ASSERT_EQ(leaveUnfinishedChange(book, writer.statements), QString());

        // The command line: the change is rolled back, said once, and the book reads as before.
        const QString forCommand = copyWithJournal(book, dir.filePath(u"command.sqlite"_s));
        const ProcessResult reopened =
            runGpucompare(QStringList{u"--db"_s, forCommand} + exportJson);
        EXPECT_EQ(reopened.exitCode, 0) << reopened.err.toStdString();
        EXPECT_EQ(reopened.err.count(u"rolled back"_s), 1) << reopened.err.toStdString();
        EXPECT_TRUE(reopened.out == before.out) << "the book is not as it was before the change";
        EXPECT_FALSE(QFile::exists(forCommand + u"-journal"_s));
        EXPECT_EQ(sqlValue(forCommand, u"PRAGMA integrity_check"_s), u"ok"_s);
        EXPECT_EQ(sqlValue(forCommand, u"PRAGMA user_version"_s), kLatestSchema);
        if (writer.startsAtSchema1) {
            EXPECT_EQ(QDir(dir.path())
                          .entryList({u"command.sqlite.schema-1-backup-*.sqlite"_s}, QDir::Files)
                          .size(),
                      1)
                << "rolled back to schema 1, then upgraded with its backup";
        }

        // The window's way in: the same binary started without a command, closing once painted.
        const QString forWindow = copyWithJournal(book, dir.filePath(u"window.sqlite"_s));
        QProcess window;
        QProcessEnvironment env = gpucompareEnvironment();
        env.insert(u"GPUCOMPARE_QUIT_AFTER_FIRST_FRAME"_s, u"1"_s);
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(GPUCOMPARE_BINARY), {u"--db"_s, forWindow});
        const ProcessResult shown = finishOrFail(window, defaultRunTimeoutMs);
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        EXPECT_FALSE(QFile::exists(forWindow + u"-journal"_s));
        const ProcessResult afterWindow =
            runGpucompare(QStringList{u"--db"_s, forWindow} + exportJson);
        EXPECT_TRUE(afterWindow.out == before.out) << "the window did not see the book as before";
        EXPECT_EQ(afterWindow.err.count(u"rolled back"_s), 0) << "said once, not on every open";
        ++cases;
    }
    report("unfinished changes (hot journals with spilled pages): " + std::to_string(cases) +
           " writers (import, form save, schema upgrade, restore) rolled back on open through "
           "the command line and the window, each book as before, integrity ok");
}

TEST_F(Drills, AnUnfinishedChangeOnReadOnlyMediaIsExplainedAndLeftAlone)
{
    const bool asNobody = ignoresFilePermissions();
    ASSERT_TRUE(!asNobody || !QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        << "needs setpriv to run as nobody when the tests run as root";
    const QString book = makeBook(m_dir, u"book.sqlite"_s);
    ASSERT_EQ(leaveUnfinishedChange(book, kUnfinishedWriters[1].statements), QString());
    const QString media = m_dir.filePath(u"media"_s);
    ASSERT_TRUE(QDir().mkpath(media));
    const QString copy = copyWithJournal(book, media + u"/book.sqlite"_s);
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto listable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QFile::setPermissions(copy, readable);
    QFile::setPermissions(copy + u"-journal"_s, readable);
    QFile::setPermissions(media, listable);
    QFile::setPermissions(m_dir.path(), listable);
    const QByteArray bookBefore = fileHash(copy);
    const QByteArray journalBefore = fileHash(copy + u"-journal"_s);

    const ProcessResult run =
        runGpucompare({u"export"_s, u"-"_s, u"--db"_s, copy, u"--format"_s, u"json"_s}, asNobody);
    QFile::setPermissions(m_dir.path(), listable | QFile::WriteOwner);
    QFile::setPermissions(media, listable | QFile::WriteOwner);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"left unfinished"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"read-only"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"copy both files"_s)) << "says how to recover";
    EXPECT_FALSE(run.err.contains(u"the price book is read-only"_s));
    EXPECT_EQ(fileHash(copy), bookBefore);
    EXPECT_EQ(fileHash(copy + u"-journal"_s), journalBefore);
    report("unfinished change on read-only media: refused with how to recover, both files "
           "unchanged");
}

TEST_F(Drills, KilledDuringAnUpdateEachCatalogHoldsAllOfItsChangeOrNone)
{
    // Two catalogs read offline: a SkyPilot AWS-layout file of 20,000 regions (40,000 offers
    // with spot), long enough to be interrupted, and Lambda's real one.
    const QString folder = m_dir.filePath(u"catalogs"_s);
    QDir().mkpath(folder + u"/catalogs/v8/aws"_s);
    QDir().mkpath(folder + u"/catalogs/v8/lambda"_s);
    {
        QFile aws(folder + u"/catalogs/v8/aws/vms.csv"_s);
        ASSERT_TRUE(aws.open(QIODevice::WriteOnly));
        aws.write("InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,"
                  "SpotPrice,Region,AvailabilityZone,Arch\n");
        for (int i = 0; i < 20'000; ++i) {
            aws.write(
                QStringLiteral("p5.48xlarge,H100,8,192,2048,,%1,%2,drill-%3,drill-%3a,x86_64\n")
                    .arg(55 + (i % 100) / 100.0)
                    .arg(20 + (i % 50) / 100.0)
                    .arg(i)
                    .toUtf8());
        }
    }
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(GPUCOMPARE_SOURCE_DIR
                                   "/../shared/fixtures/catalogs/skypilot-v8/lambda/vms.csv"),
                    folder + u"/catalogs/v8/lambda/vms.csv"_s));
    const QString base = makeBook(m_dir, u"base.sqlite"_s);
    ASSERT_EQ(runSqlite(base, forgetCatalogOffersStatements()), QString());
    const QStringList update = {u"update"_s, u"--from"_s, folder};
    const auto listedBy = [](const QString &book, const char *catalog) {
        return sqlValue(book, u"SELECT count(*) FROM offers WHERE listed_by = '%1'"_s.arg(
                                  QString::fromLatin1(catalog)))
            .toInt();
    };

    const QString full = copyOf(base, m_dir.filePath(u"full.sqlite"_s));
    QElapsedTimer timer;
    timer.start();
    const ProcessResult whole = runGpucompare(QStringList{u"--db"_s, full} + update);
    const qint64 duration = timer.elapsed();
    ASSERT_EQ(whole.exitCode, 0) << whole.err.toStdString();
    const int aws = listedBy(full, "skypilot/aws");
    const int lambda = listedBy(full, "skypilot/lambda");
    ASSERT_EQ(aws, 40'000);
    ASSERT_GT(lambda, 300);

    int killed = 0;
    int partial = 0;
    for (int i = 0; i < 12; ++i) {
        const QString book = copyOf(base, m_dir.filePath(u"update-kill-%1.sqlite"_s.arg(i)));
        killed +=
            runAndKill(QStringList{u"--db"_s, book} + update, killMoment(i, duration)) ? 1 : 0;
        expectOpensThroughTheProduct(book, i);
        EXPECT_EQ(sqlValue(book, u"PRAGMA integrity_check"_s), u"ok"_s) << "kill " << i;
        const int awsNow = listedBy(book, "skypilot/aws");
        const int lambdaNow = listedBy(book, "skypilot/lambda");
        EXPECT_TRUE(awsNow == 0 || awsNow == aws) << "kill " << i << ": " << awsNow;
        EXPECT_TRUE(lambdaNow == 0 || lambdaNow == lambda) << "kill " << i << ": " << lambdaNow;
        partial += (awsNow == aws) != (lambdaNow == lambda) ? 1 : 0;
    }
    EXPECT_GT(killed, 5) << "most kills must land while the update runs";
    report("kill during update: " + std::to_string(12) + " kills over " + std::to_string(duration) +
           " ms (" + std::to_string(killed) + " while running), " + std::to_string(partial) +
           " with one catalog applied and the other not; each catalog all or nothing");
}
