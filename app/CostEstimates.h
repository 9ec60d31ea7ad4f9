#pragma once

#include "JobOptions.h"
#include "ServeOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace gpucompare {

/// What estimate, serve-estimate and export-chart's cost charts do before they show anything:
/// read the price book's cost inputs in the freshness window of --max-age, read the job or the
/// serving the options describe, and estimate it on every offer. Each reports what went wrong
/// itself and answers with the exit status: 0, 1 when the book cannot be read, 2 for a bad
/// option.
class CostEstimates final
{
    Q_DECLARE_TR_FUNCTIONS(gpucompare::CommandLine)

public:
    /// The inputs are kept with the estimate: freeing 100,000 offers before the answer is
    /// written delayed it, and a command ends without freeing them (exitAfterOutput()).
    struct Job
    {
        JobOptions::Request request;
        EstimateRun run;
        CostInputs inputs;
    };
    struct Serving
    {
        ServeOptions::Request request;
        ServeRun run;
        CostInputs inputs;
    };

    explicit CostEstimates(const QCommandLineParser &options);

    /// The job options' estimate; their warnings go to standard error.
    int jobEstimate(const QSqlDatabase &db, std::optional<Job> &estimate) const;
    int servingEstimate(const QSqlDatabase &db, std::optional<Serving> &estimate) const;

private:
    int readInputs(const QSqlDatabase &db, CostInputs &inputs) const;

    const QCommandLineParser &m_parser;
};

} // namespace gpucompare
