#pragma once

#include "CliCommand.h"

namespace gpucompare {

/// `changes`: what the last update changed (or every update since --since DATE): new offers,
/// price drops and rises, offers no longer listed.
class ChangesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(gpucompare::CommandLine)

public:
    using CliCommand::CliCommand;

    int run();
};

} // namespace gpucompare
