#include "BookCopy.h"

#include "BookService.h"
#include "DatabaseError.h"
#include "ExchangeRateRepository.h"
#include "PriceBookImporter.h"
#include "SqlDialect.h"
#include "SqlStatements.h"
#include "TeamBookUri.h"
#include "UpdateChangeRepository.h"
#include "WatchRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

// The sentences PriceBook says when it creates a book, in its context (where lupdate files
// them too: the functions here answer with PriceBook::OpenResult).
QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::PriceBook", text);
}

PriceBook::OpenResult pageCopy(const QSqlDatabase &db, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    const QFileInfo info(target);
    if (info.size() > 0)
        return {nullptr, tr("Cannot create \"%1\": the file exists and is not empty.").arg(shown)};
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        return {nullptr, tr("Cannot create \"%1\": the folder \"%2\" does not exist and cannot be "
                            "created.")
                             .arg(shown, QDir::toNativeSeparators(info.absolutePath()))};
    }
    // Under a staging name until checked, so a failure never leaves a file under the name the
    // user chose.
    const QString staging =
        u"%1.copying-%2"_s.arg(info.absoluteFilePath()).arg(QCoreApplication::applicationPid());
    const auto discard = [&staging] {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(staging + suffix);
    };
    discard();
    if (const Status copied =
            attemptWrite([&] { execPrepared(db, u"VACUUM INTO ?"_s, {staging}); });
        !copied) {
        discard();
        return {nullptr, tr("Cannot create \"%1\": %2").arg(shown, copied.error())};
    }
    {
        // The copy opens as a book (its checks and, for an older source, its upgrade), then
        // closes, before it takes the target's name.
        const PriceBook::OpenResult check = PriceBook::open(staging, PriceBook::Create::Never);
        if (!check.book) {
            discard();
            return {nullptr, check.error};
        }
    }
    QFile::remove(target); // empty, or missing
    if (!QFile::rename(staging, target)) {
        discard();
        return {nullptr,
                tr("Cannot create \"%1\": the copy could not be given that name.").arg(shown)};
    }
    return PriceBook::open(target, PriceBook::Create::Never);
}

} // namespace

PriceBook::OpenResult copyBook(const QSqlDatabase &db, const QString &target)
{
    if (dialectOf(db) == SqlDialect::Sqlite && !TeamBookUri::isTeamBook(target))
        return pageCopy(db, target);
    // The records with what the book keeps beside them: its days of exchange rates and the
    // record of what updates changed, which a file's page copy carries as tables.
    const Outcome<PriceBookData> data = attempt([&db] {
        PriceBookData contents = readPriceBook(db);
        contents.exchangeRates = ExchangeRateRepository(db).rows();
        contents.updateChanges = UpdateChangeRepository(db).all();
        return contents;
    });
    if (!data)
        return {nullptr, data.error()};
    PriceBook::OpenResult copy = PriceBook::createFrom(target, data.value());
    // The watch list is no part of a book's contents (its JSON never holds it): it follows.
    if (copy.book) {
        if (const Status watches = copyWatches(db, copy.book->database()); !watches)
            return {nullptr, tr("Cannot copy the watch list: %1").arg(watches.error())};
    }
    return copy;
}

Outcome<CopiedCounts> copiedCounts(const QSqlDatabase &db)
{
    return attempt([&] {
        CopiedCounts counts;
        QSqlQuery q = execPrepared(
            db, u"SELECT (SELECT count(*) FROM providers), (SELECT count(*) FROM gpu_models), "
                "(SELECT count(*) FROM offers), (SELECT count(*) FROM price_observations), "
                "(SELECT count(*) FROM market_share_snapshots), "
                "(SELECT count(*) FROM saved_jobs)"_s);
        if (q.next()) {
            counts = {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(),
                      q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt()};
        }
        return counts;
    });
}

} // namespace gpucompare
