#pragma once

#include "CliCommand.h"

#include <QByteArray>

namespace gpucompare {

/// The commands that move a price book's contents in and out: import, export and copy.
class TransferCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(gpucompare::CommandLine)

public:
    using CliCommand::CliCommand;

    int runImport();
    int runExport();
    int runCopy();

private:
    /// Writes bytes to FILE through QSaveFile, or to standard output for "-".
    int writeOutput(const QString &target, const QByteArray &bytes);
};

} // namespace gpucompare
