#pragma once

#include "CliCommand.h"
#include "CostEstimates.h"
#include "PriceDisplay.h"

#include <QByteArray>
#include <functional>

class QIODevice;

namespace gpucompare {

/// estimate and serve-estimate: a training job's or a model's serving cost on every offer,
/// cheapest first, as a table, JSON or CSV on standard output.
class EstimateCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(gpucompare::CommandLine)

public:
    using CliCommand::CliCommand;

    int runEstimate();
    int runServeEstimate();

private:
    /// An estimate in each --format, the JSON streamed.
    struct Writers
    {
        std::function<bool(QIODevice *)> json;
        std::function<QByteArray()> csv;
        std::function<QString()> table;
    };
    /// The one path of both commands: options only and a --format checked, --db opened, the
    /// estimate made, and written as `writersOf` says.
    template <typename Estimate>
    int runReport(int (CostEstimates::*estimate)(const QSqlDatabase &, std::optional<Estimate> &)
                      const,
                  Writers (*writersOf)(const Estimate &, const PriceDisplay *));
};

} // namespace gpucompare
