#pragma once

#include "CliCommand.h"

namespace gpucompare {

/// `update`: current prices from public catalogs (SkyPilot's hosted catalog, Azure Retail
/// Prices, or saved copies of them), each catalog all or nothing.
class UpdateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(gpucompare::CommandLine)

public:
    using CliCommand::CliCommand;

    int run();
};

} // namespace gpucompare
