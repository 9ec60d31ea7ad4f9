#pragma once

#include "ExchangeRates.h"
#include "PriceBookData.h"
#include "ReadError.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <functional>

namespace gpucompare {

/// The file formats the importer reads.
enum class ImportFormat
{
    Auto,           ///< decided from the file's first bytes and header
    OffersCsv,      ///< our own offers CSV (one row per price observation)
    MarketShareCsv, ///< our own market-share CSV (one row per entry)
    Json,           ///< our own whole-price-book JSON
    SkyPilot,       ///< SkyPilot catalog vms.csv, schema v5-v8
    Fsdl,           ///< Full Stack Deep Learning cloud-gpus.csv
};

/// "auto", "csv", "market-share-csv", "json", "skypilot", "fsdl": command-line tokens.
QString importFormatToken(ImportFormat format);
std::optional<ImportFormat> importFormatFromToken(const QString &token);
QStringList importFormatTokens();
QString importFormatDisplayName(ImportFormat format);

/// A row that was not taken, and why. `line` is the file's 1-based line.
struct RejectedRow
{
    int line = 0;
    QString reason;
    bool unknownGpu = false; ///< rejected only because its accelerator name maps to nothing
};

/// What the importer needs to know besides the file.
struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    QString provider;          ///< for catalogs that do not name their cloud (SkyPilot)
    QDate observedOn;          ///< the date recorded for catalog prices that carry none
    QList<GpuModel> gpuModels; ///< names and aliases that accelerator names map to
    /// The GPU catalog bundled with the application: a name the book does not know but the
    /// catalog does becomes that part, with its datasheet figures, in import and update alike.
    /// Asked for only when a catalog names a GPU the book does not know (issue 32: reading it
    /// for every import was a fifth of importing a 50,000-row catalog); none when empty.
    std::function<QList<GpuModel>()> gpuCatalog;
    QStringList providerNames; ///< providers already in the price book (matched ignoring case)
    QHash<QString, QString> gpuMappings; ///< accelerator name -> GPU model, chosen by the user
    /// The price book's instance shapes: catalog GPU counts are checked against them, and
    /// price lists without GPU columns (Azure's) are mapped through them.
    QList<InstanceShape> instanceShapes;
    /// A price update adds GPU models the book does not know (marked: no published peak yet)
    /// instead of leaving their rows out; a user's import asks for a mapping.
    bool addUnknownGpus = false;
    QString sourceUrl;  ///< recorded as every catalog price's source (an update's URL)
    QString sourceNote; ///< added to every catalog price's note (the catalog's ETag)
    /// The book's rates (bundled and fetched days): a price given only in its published
    /// currency gets its US-dollar figure at the rate of its day.
    ExchangeRates exchangeRates;
};

/// What a file holds, read and checked but not yet written: the preview's raw material.
struct ImportPlan
{
    ImportFormat format = ImportFormat::Auto;
    PriceBookData data; ///< what would be written (new providers included)
    /// Rows listed with their reason, at most kMaxListedRows of each kind: a 100 MB file of bad
    /// rows must not keep a sentence per row in memory. The counts below are exact.
    static constexpr int kMaxListedRows = 10'000;
    QList<RejectedRow> rejected; ///< rows not taken, with the reason
    QList<RejectedRow> flagged;  ///< rows taken with a warning (spot >= on-demand, ...)
    int rejectedCount = 0;
    int rejectedUnknownGpu = 0; ///< of rejectedCount, rows whose accelerator maps to nothing
    int flaggedCount = 0;
    QMap<QString, int> unmappedGpus; ///< accelerator names that match no GPU model -> rows
    int rowsRead = 0;
    int rowsWithoutGpu = 0; ///< CPU-only catalog rows, skipped by design
    int rowsMerged = 0;     ///< zone or duplicate rows folded into one offer
    /// Spot prices that are the catalog's placeholder where no spot price is offered (equal to
    /// the on-demand price, or zero): not spot offers, and not imported.
    int spotPlaceholders = 0;
    int rowsLeftOut = 0;      ///< rows left out by a source's rules (Azure's Windows prices)
    int ambiguousRows = 0;    ///< of rejectedCount, rows whose form factor matches no model
    QStringList newGpuModels; ///< GPU models a price update adds (addUnknownGpus)
    ReadError error;          ///< set when the file cannot be imported at all
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
    void reject(RejectedRow row)
    {
        ++rejectedCount;
        if (row.unknownGpu)
            ++rejectedUnknownGpu;
        if (rejected.size() < kMaxListedRows)
            rejected.append(std::move(row));
    }
    void flag(RejectedRow row)
    {
        ++flaggedCount;
        if (flagged.size() < kMaxListedRows)
            flagged.append(std::move(row));
    }
};

} // namespace gpucompare
