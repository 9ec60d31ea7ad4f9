#pragma once

// The database tests run on both kinds of price book: an SQLite file and a database on the
// PostgreSQL 15 server that CTest's "postgres" fixture starts (scripts/test-postgres.sh; its
// folder is compiled in, or GPUCOMPARE_TEST_POSTGRES). Each test gets a new, empty database there.

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <unistd.h>

namespace gpucompare::test {

enum class Backend
{
    Sqlite,
    Postgres
};

inline std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

/// The superuser URI of the test server, or nullopt when no server was started (a test binary
/// run by hand): the test skips then, and the README's test command fails on that skip.
inline std::optional<QString> testServerUri()
{
    QByteArray dir = qgetenv("GPUCOMPARE_TEST_POSTGRES");
#ifdef GPUCOMPARE_TEST_POSTGRES_DIR
    if (dir.isEmpty())
        dir = GPUCOMPARE_TEST_POSTGRES_DIR;
#endif
    QFile uri(QString::fromLocal8Bit(dir) + QStringLiteral("/uri"));
    if (dir.isEmpty() || !uri.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(uri.readAll()).trimmed();
}

/// A URI for the same server and another database (and optionally another user).
inline QString withDatabase(QString uri, const QString &database, const QString &user = {})
{
    const qsizetype slash = uri.indexOf(u'/', QStringLiteral("postgresql://").size());
    const qsizetype query = uri.indexOf(u'?');
    uri.replace(slash + 1, query - slash - 1, database);
    if (!user.isEmpty()) {
        const qsizetype at = uri.indexOf(u'@');
        uri.replace(QStringLiteral("postgresql://").size(),
                    at - QStringLiteral("postgresql://").size(), user);
    }
    return uri;
}

/// The database a URI of the test server names.
inline QString databaseOf(const QString &uri)
{
    return uri.section(u'/', 3).section(u'?', 0, 0);
}

/// A connection named `name` as the server's superuser to `database`; false when it fails.
inline bool openAdmin(const QString &name, const QString &database)
{
    const std::optional<QString> uri = testServerUri();
    if (!uri)
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const QString text = *uri;
    const qsizetype host = text.indexOf(QStringLiteral("host="));
    const qsizetype amp = text.indexOf(u'&', host);
    db.setHostName(text.mid(host + 5, amp - host - 5));
    db.setPort(text.mid(text.indexOf(QStringLiteral("port=")) + 5).toInt());
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(database);
    const bool opened = db.open();
    EXPECT_TRUE(opened) << db.lastError().text().toStdString();
    return opened;
}

/// Runs one statement as the server's superuser on `database` (CREATE DATABASE, roles,
/// grants); fails the test on an error. adminQuery gives the first column of the first row.
inline QVariant adminQuery(const QString &database, const QString &sql)
{
    const QString name = QStringLiteral("test-admin");
    QVariant first;
    if (openAdmin(name, database)) {
        QSqlQuery q(QSqlDatabase::database(name, false));
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        if (q.next())
            first = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return first;
}

inline void adminExec(const QString &database, const QString &sql)
{
    adminQuery(database, sql);
}

/// A new, empty database on the test server; its URI.
inline QString newPostgresDatabase()
{
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("t%1_%2").arg(::getpid()).arg(counter.fetchAndAddRelaxed(1));
    adminExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name);
    return withDatabase(*testServerUri(), name);
}

/// A new database on the test server holding the bundled price book, as a first open makes
/// it: a copy of a template that the first test to ask fills once for the whole run (each test
/// is a process of its own; an advisory lock lets one build it while the others wait).
inline QString newFilledPostgresDatabase(const std::function<void(const QString &)> &fill)
{
    const QString templateName = QStringLiteral("gpucompare_bundled");
    const QString lockedCheck = QStringLiteral("SELECT pg_advisory_lock(471147)");
    const std::optional<QString> uri = testServerUri();
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("t%1_%2").arg(::getpid()).arg(counter.fetchAndAddRelaxed(1));
    {
        openAdmin(QStringLiteral("template-lock"), QStringLiteral("postgres"));
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("template-lock"), false));
        EXPECT_TRUE(q.exec(lockedCheck));
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '") +
                           templateName + u'\''));
        const bool exists = q.next() && q.value(0).toInt() > 0;
        if (!exists) {
            const QString building = templateName + QStringLiteral("_building");
            EXPECT_TRUE(q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + building));
            EXPECT_TRUE(q.exec(QStringLiteral("CREATE DATABASE ") + building));
            fill(withDatabase(*uri, building)); // closes its connections when done
            EXPECT_TRUE(q.exec(QStringLiteral("ALTER DATABASE ") + building +
                               QStringLiteral(" RENAME TO ") + templateName))
                << q.lastError().text().toStdString();
        }
        EXPECT_TRUE(q.exec(QStringLiteral("CREATE DATABASE ") + name +
                           QStringLiteral(" TEMPLATE ") + templateName +
                           QStringLiteral(" STRATEGY = FILE_COPY")))
            << q.lastError().text().toStdString();
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(471147)"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("template-lock"));
    return withDatabase(*uri, name);
}

/// Where a test's new price book goes: a file in dir, or on the test server a new database
/// holding the bundled book (PriceBook::open makes the same from an empty one).
/// Skips the test when it needs the server and none runs.
#define GPUCOMPARE_NEW_BOOK_PLACE(backend, dir, place)                                             \
    QString place;                                                                                 \
    if ((backend) == ::gpucompare::test::Backend::Sqlite) {                                        \
        place = (dir).filePath(QStringLiteral("book.sqlite"));                                     \
    } else {                                                                                       \
        if (!::gpucompare::test::testServerUri())                                                  \
            GTEST_SKIP() << "no test PostgreSQL server (run the tests through ctest)";             \
        place = ::gpucompare::test::newPostgresDatabase();                                         \
    }

} // namespace gpucompare::test
