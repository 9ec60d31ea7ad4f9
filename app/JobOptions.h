#pragma once

#include "CostModel.h"

#include <QCommandLineParser>
#include <optional>

namespace gpucompare {

/// The job options of the command-line contract (ARCHITECTURE.md), shared by `estimate` and
/// `export-chart job-cost`.
namespace JobOptions {

/// Adds --params, --tokens, --gpu-hours, --gpus, --mfu, ... to `parser`. --gpu and --pricing
/// are shared with other commands and added by the caller.
void addTo(QCommandLineParser &parser);

struct Request
{
    JobSpec job;
    OfferSelection selection;
    QStringList warnings; ///< inputs that are valid but unusual (MFU below 0.20, ...)
};

/// Reads and validates the job options against the price book's GPU models and providers.
/// On an invalid value returns nullopt and sets *error to a message naming the option and
/// the accepted values or range.
std::optional<Request> read(const QCommandLineParser &parser, const CostInputs &inputs,
                            QString *error);

} // namespace JobOptions

} // namespace gpucompare
