#pragma once

#include "PriceDisplay.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <optional>

namespace gpucompare {

/// --currency CODE of estimate, serve-estimate and export-chart: the figures converted at the
/// book's latest ECB rate on or before today. `shown` stays empty without the option. Returns
/// the exit status: 0; 2 (reported, listing the codes) for a code that is not a display
/// currency; 1 (reported) when the book's rates cannot be read.
int readCurrencyOption(const QCommandLineParser &parser, const QSqlDatabase &db,
                       std::optional<PriceDisplay> &shown);

} // namespace gpucompare
