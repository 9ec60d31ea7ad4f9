#pragma once

#include "ImportPlan.h"

namespace gpucompare {

/// What an import would do or did, counted; the importer's summary fills the offer counts.
struct ImportCounts
{
    int offersAdded = 0;
    int offersUpdated = 0;
    int offersUnchanged = 0;
    int providersAdded = 0;
    int snapshotsAdded = 0;
    int snapshotsUpdated = 0;
    int aliasesAdded = 0;
};

/// The preview as plain text for the command line: counts, unknown accelerator names, and each
/// rejected and flagged row with its line and reason (at most `maxRows` of each, then a count).
QString importReportText(const QString &fileName, const ImportPlan &plan,
                         const ImportCounts &counts, bool dryRun, int maxRows = 200);

} // namespace gpucompare
