#include "ImportReport.h"

#include "Translated.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return translated("gpucompare::ImportReport", text);
}

/// `total`: how many such rows there were (the list holds at most ImportPlan::kMaxListedRows),
/// not counting rows of unknown accelerators.
void listRows(QString &out, const QString &title, QList<RejectedRow> rows, int total, int maxRows)
{
    // Rows of unknown accelerators are summed up by name above; listing each adds nothing.
    rows.removeIf([](const RejectedRow &r) { return r.unknownGpu; });
    if (rows.isEmpty())
        return;
    out += title + u'\n';
    for (qsizetype i = 0; i < rows.size() && i < maxRows; ++i)
        out += tr("  line %1: %2").arg(rows.at(i).line).arg(rows.at(i).reason) + u'\n';
    if (total > maxRows)
        out += tr("  … and %1 more").arg(total - std::min<qsizetype>(rows.size(), maxRows)) + u'\n';
}

} // namespace

QString importReportText(const QString &fileName, const ImportPlan &plan,
                         const ImportCounts &counts, bool dryRun, int maxRows)
{
    QString out = tr("%1: %2, %3 rows read")
                      .arg(fileName, importFormatDisplayName(plan.format))
                      .arg(plan.rowsRead) +
                  u'\n';
    out +=
        (dryRun ? tr("Dry run: nothing was written.") : tr("Imported in one transaction.")) + u'\n';
    auto line = [&](const QString &label, int value) {
        out += u"  "_s + label.leftJustified(32, u' ') + QString::number(value) + u'\n';
    };
    line(tr("offers added:"), counts.offersAdded);
    line(tr("offers updated (new price):"), counts.offersUpdated);
    line(tr("offers unchanged:"), counts.offersUnchanged);
    if (counts.providersAdded)
        line(tr("providers added:"), counts.providersAdded);
    if (counts.snapshotsAdded || counts.snapshotsUpdated) {
        line(tr("snapshots added:"), counts.snapshotsAdded);
        line(tr("snapshots updated:"), counts.snapshotsUpdated);
    }
    if (counts.aliasesAdded)
        line(tr("GPU names mapped:"), counts.aliasesAdded);
    line(tr("rows rejected:"), plan.rejectedCount);
    if (plan.rejectedUnknownGpu > 0)
        line(tr("  of them, unknown GPU names:"), plan.rejectedUnknownGpu);
    line(tr("rows flagged:"), plan.flaggedCount);
    if (plan.rowsWithoutGpu)
        line(tr("rows without a GPU (skipped):"), plan.rowsWithoutGpu);
    if (plan.rowsMerged)
        line(tr("zone/duplicate rows folded:"), plan.rowsMerged);
    if (plan.spotPlaceholders)
        line(tr("placeholder spot prices (left out):"), plan.spotPlaceholders);
    if (!plan.unmappedGpus.isEmpty()) {
        out +=
            tr("Accelerator names that match no GPU model (map them with --map NAME=GPU):") + u'\n';
        for (auto it = plan.unmappedGpus.cbegin(); it != plan.unmappedGpus.cend(); ++it)
            out += (it.value() == 1 ? tr("  %1 (1 row)").arg(it.key())
                                    : tr("  %1 (%2 rows)").arg(it.key()).arg(it.value())) +
                   u'\n';
    }
    listRows(out, tr("Rejected rows:"), plan.rejected, plan.rejectedCount - plan.rejectedUnknownGpu,
             maxRows);
    listRows(out, tr("Flagged rows (imported, but look again):"), plan.flagged, plan.flaggedCount,
             maxRows);
    return out;
}

} // namespace gpucompare
