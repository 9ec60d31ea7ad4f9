#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QString>

namespace gpucompare {

/// Writes bytes to path all or nothing: QSaveFile writes beside the target and renames on
/// commit, so a failure (a full disk, a read-only folder) never leaves a truncated file where a
/// good one was. The one file writer of exports, charts and copies, window and command line.
Status saveFile(const QString &path, const QByteArray &bytes);

} // namespace gpucompare
