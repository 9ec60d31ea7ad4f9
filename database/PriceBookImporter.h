#pragma once

#include "PriceBookData.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace gpucompare {

/// What an import did (or, for a dry run, would do).
struct ImportSummary
{
    int providersAdded = 0;
    int providersUpdated = 0;
    int gpuModelsAdded = 0;
    int gpuModelsUpdated = 0;
    int offersAdded = 0;
    int offersUpdated = 0;   ///< offers already in the book that get a new price
    int offersUnchanged = 0; ///< offers whose prices are all recorded already
    int pricesAdded = 0;
    int pricesUnchanged = 0;
    int snapshotsAdded = 0;
    int snapshotsUpdated = 0;
    int savedJobsSaved = 0;
    int aliasesAdded = 0;
    int shapesSaved = 0;    ///< instance shapes added or changed
    bool cancelled = false; ///< the user cancelled; nothing was written
    QString error;          ///< empty on success; on failure nothing was written

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Writes a PriceBookData into a price book in one transaction: all of it or none of it.
///
/// Providers, GPU models, snapshots and saved jobs are matched by name (a snapshot by period,
/// scope and source) and updated; an offer is matched by provider, GPU, instance type, region
/// and pricing, and each of its prices that is not already recorded becomes a new observation.
/// The first run fills a new price book through here, so this path runs on every new file.
class PriceBookImporter final
{
public:
    explicit PriceBookImporter(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Runs first inside the import's transaction (creating a team book: its schema commits
    /// with its data); a DatabaseError it throws fails the import.
    void setFirstInTransaction(std::function<void()> step) { m_first = std::move(step); }
    /// Runs last inside the import's transaction, after every row is written and before the
    /// commit (a new team book's constraints made again); a DatabaseError it throws fails it.
    void setLastInTransaction(std::function<void()> step) { m_last = std::move(step); }

    /// Called every few hundred offers with (done, total); return false to cancel.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    /// With dryRun the transaction is rolled back at the end: the summary says what would change.
    /// `newAliases` (catalog name -> GPU model) are the user's mappings from an import preview,
    /// kept so the next import of the same catalog maps by itself.
    ImportSummary importData(const PriceBookData &data, bool dryRun = false,
                             const QHash<QString, QString> &newAliases = {},
                             const Progress &progress = {});

private:
    void write(const PriceBookData &data, const QHash<QString, QString> &newAliases,
               const Progress &progress, ImportSummary &summary);

    QSqlDatabase m_db;
    std::function<void()> m_first;
    std::function<void()> m_last;
};

/// Reads a whole price book into memory, in the stable order the JSON export uses.
PriceBookData readPriceBook(const QSqlDatabase &db);

} // namespace gpucompare
