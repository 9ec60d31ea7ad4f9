#pragma once

#include "CsvReader.h"
#include "ImportPlan.h"

#include <QString>
#include <QStringList>

/// A CSV file read as a table, the way every CSV format of the importer reads one: columns
/// found by their header names, and records that have as many fields as the header.
namespace gpucompare::CsvTable {

/// The position of the column called `name` in the header, or -1 when it has none.
int column(const QStringList &header, const QString &name);

/// Whether the header has every column of `required`.
bool hasColumns(const QStringList &header, const QStringList &required);

/// "7 fields where the header has 9": why a record was not read.
QString fieldCountMismatch(qsizetype fields, qsizetype headerFields);

/// Reads records to the end, giving each one with as many fields as the header to
/// take(line, cells) and rejecting the others. Stops early when take sets plan.error (the file
/// cannot be imported at all); a reading error (CsvReader::error()) becomes plan.error.
template <typename Take>
void forEachRecord(CsvReader &csv, const QStringList &header, ImportPlan &plan, Take take)
{
    QStringList cells;
    while (plan.error.isEmpty() && csv.next(cells)) {
        ++plan.rowsRead;
        if (cells.size() != header.size()) {
            plan.reject({csv.recordLine(), fieldCountMismatch(cells.size(), header.size())});
            continue;
        }
        take(csv.recordLine(), cells);
    }
    if (csv.hasError())
        plan.error = csv.error();
}

} // namespace gpucompare::CsvTable
