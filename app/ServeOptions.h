#pragma once

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

/// Reads and validates the serving options; on an invalid value returns nullopt and sets
/// *error to a message naming the option and its accepted values or range.
std::optional<Request> read(const QCommandLineParser &parser, const CostInputs &inputs,
                            QString *error);

} // namespace ServeOptions

} // namespace gpucompare
