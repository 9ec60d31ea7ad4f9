#pragma once

#include "ImportPlan.h"

#include <QIODevice>

namespace gpucompare {

/// Reads any importable file into an ImportPlan: our offers or market-share CSV, our JSON,
/// a SkyPilot catalog or the FSDL table, recognised by content when the format is Auto.
/// Nothing here touches the database; PriceBookImporter writes a plan in one transaction.
namespace CatalogImport {

/// Files above this are refused before reading (the largest real catalog is about 4 MB).
constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

ImportPlan read(QIODevice &device, const QString &fileName, const ImportOptions &options);
/// Opens and reads a file; a file that cannot be opened is an error in the plan.
ImportPlan readFile(const QString &path, const ImportOptions &options);

} // namespace CatalogImport

} // namespace gpucompare
