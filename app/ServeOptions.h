#pragma once

#include "Outcome.h"
#include "ServingModel.h"

#include <QCommandLineParser>
#include <optional>

namespace gpucompare {

/// The options of `serve-estimate` beyond those it shares with `estimate` (--params,
/// --precision, --layers, --head-dim, --gpu, --gpus, --mfu, --price, --pricing, --provider).
namespace ServeOptions {

void addTo(QCommandLineParser &parser);

struct Request
{
    ServeSpec spec;
    OfferSelection selection;
};

/// Reads and validates the serving options; an invalid value is a failure naming the option
/// and its accepted values or range.
Outcome<Request> read(const QCommandLineParser &parser, const CostInputs &inputs);

} // namespace ServeOptions

} // namespace gpucompare
