#pragma once

#include "CliCommand.h"

class QCommandLineParser;

namespace gpucompare {

/// `watch add|list|remove`: the watch list of the price book, whose crossings below their
/// threshold an update reports as alerts.
class WatchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(gpucompare::CommandLine)

public:
    using CliCommand::CliCommand;

    /// The options only `watch add` reads (--below, --region, --currency).
    static void addOptionsTo(QCommandLineParser &parser);

    int run();

private:
    int add();
    int list();
    int remove();
};

} // namespace gpucompare
