#pragma once

#include <QString>

namespace gpucompare {

/// The bundled price book's own English words, shown in the user's language (issue 30): the
/// market-share scopes and the snapshots' notes, the entry labels that describe rather than
/// name ("Neoclouds (CoreWeave, Voltage Park and others)") and the regions that are words
/// rather than a cloud's codes ("various", "North America"). The book keeps the English: the
/// pickers match on it, the command line and the files read and write it, and a value the user
/// typed or edited shows as it is. Names stay names (Amazon Web Services, us-east-1), and a
/// source's quote inside a note stays as the source wrote it.
QString shownScope(const QString &scope);
QString shownShareNote(const QString &note);
QString shownShareLabel(const QString &label);
QString shownRegion(const QString &region);

} // namespace gpucompare
