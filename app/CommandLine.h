#pragma once

#include "CliCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpucompare {

/// The command-line contract of ARCHITECTURE.md: parsing, and handing each command to the
/// class that runs it without a window (TransferCommands, UpdateCommand, EstimateCommands,
/// ChartCommand). Exit status: 0 success, 1 failure (reason on stderr), 2 bad usage or values.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(gpucompare::CommandLine)

public:
    struct Parsed : CommandCall
    {
        std::optional<int> exitCode; ///< set when parsing already finished the run (help, errors)
    };

    CommandLine();

    Parsed parse(const QStringList &arguments);
    int execute(const Parsed &parsed);

private:
    QCommandLineParser m_parser;
};

} // namespace gpucompare
