#pragma once

#include <QString>

namespace gpucompare::resources {

/// The price book that a new file is filled with, in our JSON format.
inline QString bundledDatasetPath()
{
    return QStringLiteral(":/dataset/pricebook.json");
}

/// The European Central Bank's euro reference rates of one day (rates/SOURCE.md), the rates a
/// book has before its first `gpucompare update --source ecb`.
inline QString bundledEuroRatesPath()
{
    return QStringLiteral(":/rates/eurofxref-2026-10-09.xml");
}

/// The folder of schema migrations, one "NNNN_name.sql" file per schema version.
inline QString migrationsDirectory()
{
    return QStringLiteral(":/migrations");
}

/// Forces the resource objects of this static library into every binary that uses it.
void ensureLoaded();

} // namespace gpucompare::resources
