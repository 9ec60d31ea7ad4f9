#pragma once

#include "CostModel.h"
#include "Outcome.h"

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
/// An invalid value is a failure naming the option and the accepted values or range.
Outcome<Request> read(const QCommandLineParser &parser, const CostInputs &inputs);

/// A number option in the forms users write (65.2B, 1.4e12, 0.4); `fallback` when absent, a
/// failure naming the option when it is present but unreadable.
Outcome<double> readNumber(const QCommandLineParser &parser, const QString &name, double fallback);
/// --gpu, --pricing, --provider and --include-stale as a selection, checked against the price
/// book; shared with serve-estimate. A failure names the option and the values that exist.
Outcome<OfferSelection> readOfferSelection(const QCommandLineParser &parser,
                                           const CostInputs &inputs);

/// --max-age DAYS (1 to 3650; default kDefaultMaxAgeDays) as the freshness window ending
/// `today`; a failure naming the option and range when it is not such a number.
Outcome<Freshness> readFreshness(const QCommandLineParser &parser, const QDate &today);

/// --price, a hypothetical USD per GPU-hour in (0, kMaxUsdPerGpuHour]: nullopt when absent, a
/// failure naming the option and range when it is not such a price.
Outcome<std::optional<double>> readPrice(const QCommandLineParser &parser);

} // namespace JobOptions

} // namespace gpucompare
