#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gpucompare {

/// One thing sold is one offer, whichever source lists it. A hand-entered offer (no catalog
/// lists it) that names a machine a catalog lists for the same provider, GPU, GPU count,
/// pricing and region is folded into that listing: its observations join the listing's
/// history, each noting the match, and the hand-entered offer is removed. One without a region
/// joins every region the catalog lists the machine in (an availability zone in parentheses is
/// its region's: "us-east-1 (use1-az6)"). Names match ignoring case, Azure's
/// "Standard_" prefix and a "(…)" note ("ND96isr_H100_v5 (ND H100 v5)"); a pricing page's label
/// ("8x H100 SXM") matches the one machine the catalog sells with that GPU and count. A name
/// with no catalog twin, and every per-GPU rate, stays an offer of its own.
///
/// Runs inside the caller's transaction (an update, a schema upgrade); throws DatabaseError.
/// Returns how many hand-entered offers were folded.
int foldHandEnteredOffers(const QSqlDatabase &db);

/// The machine name an offer's instance type names, for matching: lower case, without Azure's
/// "Standard_" prefix and a trailing "(…)" note.
QString machineNameKey(const QString &instanceType);

} // namespace gpucompare
