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

/// Runs one statement as the server's superuser on `database` (CREATE DATABASE, roles,
/// grants); fails the test on an error.
inline void adminExec(const QString &database, const QString &sql)
{
    const std::optional<QString> uri = testServerUri();
    ASSERT_TRUE(uri);
    const QString name = QStringLiteral("test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QString text = withDatabase(*uri, database);
        const qsizetype host = text.indexOf(QStringLiteral("host="));
        const qsizetype amp = text.indexOf(u'&', host);
        db.setHostName(text.mid(host + 5, amp - host - 5));
        db.setPort(text.mid(text.indexOf(QStringLiteral("port=")) + 5).toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(name);
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

/// Where a test's new price book goes: a file in dir, or a new database on the test server.
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
