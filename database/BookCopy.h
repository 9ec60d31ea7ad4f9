#pragma once

#include "PriceBook.h"

#include <QSqlDatabase>
#include <QString>

namespace gpucompare {

/// What a copy wrote, for the command line's one-line summary.
struct CopiedCounts
{
    int providers = 0;
    int gpuModels = 0;
    int offers = 0;
    int prices = 0;
    int snapshots = 0;
    int savedJobs = 0;
};

/// The whole price book of db copied into target, a new or empty file or an empty PostgreSQL
/// database, losslessly; the copy, opened, or why there is none (nothing then is left at
/// target). One path for File › Copy Price Book To… and `gpucompare copy`.
///
/// From a file to a file it is SQLite's own page copy, VACUUM INTO a staging name beside the
/// target, which then opens as any book does (header, schema version and upgrade checks) before
/// it is renamed into place (issue 32: a row-by-row rewrite took 77 times as long). Into or out
/// of a team book it goes through the book's records in one transaction.
PriceBook::OpenResult copyBook(const QSqlDatabase &db, const QString &target);

/// How much a book holds, counted for the summary of a copy.
Outcome<CopiedCounts> copiedCounts(const QSqlDatabase &db);

} // namespace gpucompare
