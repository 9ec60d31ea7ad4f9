#include "TestFiles.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gpucompare::test {

QStringList forgetCatalogOffersStatements()
{
    return {u"DELETE FROM price_observations WHERE offer_id IN (SELECT id FROM offers WHERE "
            "listed_by <> '')"_s,
            u"DELETE FROM offers WHERE listed_by <> ''"_s};
}

QStringList undoSchema10Statements()
{
    return {u"DROP TABLE watches"_s};
}

QStringList undoSchema9Statements()
{
    // The currency first: its CHECK names the amount, and SQLite refuses to drop a column
    // another column's CHECK refers to.
    return {u"ALTER TABLE price_observations DROP COLUMN published_currency"_s,
            u"ALTER TABLE price_observations DROP COLUMN published_micros"_s};
}

QStringList undoSchema7And8Statements()
{
    // catalog_fetches keeps the "ecb" its check allows since: an old book never held one.
    return {u"DROP TABLE update_changes"_s, u"DROP TABLE exchange_rates"_s};
}

QStringList undoSchema6Statements()
{
    QStringList statements = {u"DROP TABLE egress_prices"_s,
                              // A book of schema 5 held no offer sold through a marketplace.
                              u"DELETE FROM price_observations WHERE offer_id IN "
                              "(SELECT id FROM offers WHERE sold_via <> '')"_s,
                              u"DELETE FROM offers WHERE sold_via <> ''"_s,
                              u"ALTER TABLE offers DROP COLUMN sold_via"_s};
    for (const char *column : {"fp32_tflops", "tf32_tflops", "fp16_tflops", "int8_tops",
                               "form_factor", "memory_type", "tdp_w", "launch_year"})
        statements << u"ALTER TABLE gpu_models DROP COLUMN %1"_s.arg(QLatin1String(column));
    return statements;
}

QString runSqlite(const QString &book, const QStringList &statements)
{
    QProcess shell;
    shell.start(u"sqlite3"_s, {book, statements.join(u";\n"_s)});
    if (!shell.waitForFinished(60'000))
        return u"sqlite3 did not finish: "_s + shell.errorString();
    const QString errors = QString::fromUtf8(shell.readAllStandardError());
    if (shell.exitCode() != 0)
        return errors.isEmpty() ? u"sqlite3 failed"_s : errors;
    return QString();
}

QStringList forgetGpuModelStatements(const QString &gpuModel)
{
    QString name = gpuModel;
    name.replace(u'\'', u"''"_s);
    const QString id = u"(SELECT id FROM gpu_models WHERE name = '%1')"_s.arg(name);
    return {u"DELETE FROM price_observations WHERE offer_id IN (SELECT id FROM offers WHERE "
            "gpu_model_id = %1)"_s.arg(id),
            u"DELETE FROM offers WHERE gpu_model_id = %1"_s.arg(id),
            u"DELETE FROM gpu_aliases WHERE gpu_model_id = %1"_s.arg(id),
            u"DELETE FROM instance_shapes WHERE gpu_model_id = %1"_s.arg(id),
            u"DELETE FROM gpu_models WHERE id = %1"_s.arg(id)};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeOffersCatalog(const QString &path, int rows, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("provider,gpu_model,instance_type,gpus_per_instance,vcpus,ram_gb,region,pricing,"
               "pricing_term,interconnect,offer_notes,usd_per_instance_hour,observed_on,"
               "source_url,price_notes\n");
    for (int i = 0; i < rows; ++i) {
        file.write(QStringLiteral("AWS,H100,%1-%2.48xlarge,8,192,2048,%1-region-%3,on-demand,,,,"
                                  "%4,2026-11-28,https://example.com/%1,\n")
                       .arg(name)
                       .arg(i)
                       .arg(i % 17)
                       .arg(40 + (i % 1000) / 100.0)
                       .toUtf8());
    }
    return file.flush() && file.error() == QFileDevice::NoError;
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

bool ignoresFilePermissions()
{
    return ::geteuid() == 0;
}

} // namespace gpucompare::test

namespace gpucompare::test {

QString leaveUnfinishedChange(const QString &book, const QByteArray &statements)
{
    const QByteArray before = fileHash(book);
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), book});
    if (!shell.waitForStarted())
        return QStringLiteral("the sqlite3 shell is not installed");
    shell.write("PRAGMA cache_size = 5;\nBEGIN;\n" + statements + "\nSELECT 'changed';\n");
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains("changed") && shell.state() == QProcess::Running &&
           waited.elapsed() < 60'000) {
        shell.waitForReadyRead(1000);
        out += shell.readAllStandardOutput();
    }
    const QByteArray errors = shell.readAllStandardError();
    shell.kill();
    shell.waitForFinished(10'000);
    if (!out.contains("changed"))
        return QStringLiteral("the change did not run: ") + QString::fromUtf8(errors);
    if (QFileInfo(book + QStringLiteral("-journal")).size() == 0)
        return QStringLiteral("no journal was left");
    if (fileHash(book) == before)
        return QStringLiteral("no changed page reached the file");
    return {};
}

} // namespace gpucompare::test
