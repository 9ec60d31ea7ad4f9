#pragma once

#include "ImportPlan.h"
#include "Outcome.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace gpucompare {

// What both front ends, the window and the command line, ask of the price book for its files:
// one implementation each, returning an Outcome instead of throwing.

/// What an export holds: the offers or the market share as CSV, or the whole book as JSON.
enum class BookContent
{
    Offers,
    MarketShare,
    WholeBook
};

/// "offers", "market-share" or "all", as --what and the Export menu name them.
std::optional<BookContent> bookContentFromToken(const QString &token);

/// The bytes of an export (CSV with a byte-order mark when bom is set; JSON never has one).
Outcome<QByteArray> bookDocument(const QSqlDatabase &db, BookContent content, bool bom);

/// What an import needs to know of the book: its GPU models (names and aliases, to map a
/// catalog's accelerator names) and provider names; prices are observed on `observedOn`.
Outcome<ImportOptions> importOptionsFor(const QSqlDatabase &db, const QDate &observedOn);

} // namespace gpucompare
