#include "CostEstimates.h"

#include "BookService.h"
#include "CliOutput.h"
#include "PhaseTrace.h"

#include <QDate>

namespace gpucompare {

CostEstimates::CostEstimates(const QCommandLineParser &options)
    : m_parser(options)
{}

int CostEstimates::readInputs(const QSqlDatabase &db, CostInputs &inputs) const
{
    const Outcome<Freshness> freshness = JobOptions::readFreshness(m_parser, QDate::currentDate());
    if (!freshness)
        return usageError(freshness.error());
    Outcome<CostInputs> read = book::costInputs(db, freshness.value());
    if (!read)
        return bookError(read.error());
    inputs = std::move(read).value();
    tracePhase("inputs read");
    return 0;
}

int CostEstimates::jobEstimate(const QSqlDatabase &db, std::optional<Job> &estimate) const
{
    CostInputs inputs;
    if (const int status = readInputs(db, inputs); status != 0)
        return status;
    Outcome<JobOptions::Request> request = JobOptions::read(m_parser, inputs);
    if (!request)
        return usageError(request.error());
    for (const QString &warning : std::as_const(request.value().warnings))
        printError(tr("warning: %1").arg(warning));
    EstimateRun run = estimateJob(request.value().job, inputs, request.value().selection);
    tracePhase("estimated");
    estimate = Job{std::move(request).value(), std::move(run), std::move(inputs)};
    return 0;
}

int CostEstimates::servingEstimate(const QSqlDatabase &db, std::optional<Serving> &estimate) const
{
    CostInputs inputs;
    if (const int status = readInputs(db, inputs); status != 0)
        return status;
    Outcome<ServeOptions::Request> request = ServeOptions::read(m_parser, inputs);
    if (!request)
        return usageError(request.error());
    ServeRun run = estimateServing(request.value().spec, inputs, request.value().selection);
    tracePhase("estimated");
    estimate = Serving{std::move(request).value(), std::move(run), std::move(inputs)};
    return 0;
}

} // namespace gpucompare
