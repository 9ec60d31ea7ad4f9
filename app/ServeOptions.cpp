#include "ServeOptions.h"

#include "JobOptions.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare::ServeOptions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::ServeOptions", text);
}

using JobOptions::readNumber;

/// A whole number; `fallback` (checked as well) when the option is absent.
Outcome<int> readWhole(const QCommandLineParser &parser, const QString &name, int fallback)
{
    const Outcome<double> read = readNumber(parser, name, fallback);
    if (!read)
        return Outcome<int>::failure(read.error());
    const double value = read.value();
    if (value != std::floor(value) || value < 0 || value > 1e9) {
        return Outcome<int>::failure(
            tr("--%1: must be a whole number (got %2)").arg(name, parser.value(name)));
    }
    return int(value);
}

} // namespace

void addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"total-params"_s,
         tr("serve-estimate: parameters held in memory when more than --params (a mixture of "
            "experts)."),
         u"N"_s},
        {u"kv-precision"_s, tr("serve-estimate: KV cache precision, bf16 (default) to int4."),
         u"P"_s},
        {u"kv-heads"_s,
         tr("serve-estimate: key/value heads (fewer than the attention heads "
            "with grouped-query attention)."),
         u"H"_s},
        {u"context"_s, tr("serve-estimate: tokens of context per sequence; default 4096."), u"T"_s},
        {u"batch"_s, tr("serve-estimate: sequences decoded together; default 16."), u"B"_s},
        {u"bandwidth-efficiency"_s,
         tr("serve-estimate: share of the memory bandwidth reached, above 0 and at most 1; "
            "default 0.8."),
         u"E"_s},
        {u"tokens-per-month"_s,
         tr("serve-estimate: traffic in output tokens a month, for replicas and monthly cost."),
         u"T"_s},
        {u"measured-tps"_s,
         tr("serve-estimate: measured output tokens per second per replica, instead of the "
            "estimate."),
         u"X"_s},
        {u"multi-node"_s,
         tr("serve-estimate: let a replica span several machines (tensor parallel over the "
            "network). Without it a replica fits in one machine, a per-GPU rate counting as "
            "machines of 8, and offers with smaller machines are left out.")},
    });
}

Outcome<Request> read(const QCommandLineParser &parser, const CostInputs &inputs)
{
    Request request;
    ServeSpec &spec = request.spec;
    if (!parser.isSet(u"params"_s))
        return Outcome<Request>::failure(tr("serving needs --params N (such as --params 70B)"));
    double totalParams = 0;
    double tokensPerMonth = 0;
    double measured = 0;
    int gpus = 0;
    QString error; // the first option below that cannot be read
    // What was read into target, or why not into error (then false).
    const auto into = [&error](const auto &read, auto &target) {
        if (read)
            target = read.value();
        else
            error = read.error();
        return read.ok();
    };
    const auto number = [&](const QString &name, double &target) {
        return into(readNumber(parser, name, target), target);
    };
    const auto whole = [&](const QString &name, int &target) {
        return into(readWhole(parser, name, target), target);
    };
    // In this order, an absent option keeping its field's default: the first unreadable one is
    // the error.
    const bool ok =
        number(u"params"_s, spec.parameters) && number(u"total-params"_s, totalParams) &&
        whole(u"layers"_s, spec.layers) && whole(u"kv-heads"_s, spec.kvHeads) &&
        whole(u"head-dim"_s, spec.headDim) && whole(u"context"_s, spec.contextTokens) &&
        whole(u"batch"_s, spec.batch) && whole(u"gpus"_s, gpus) &&
        number(u"bandwidth-efficiency"_s, spec.bandwidthEfficiency) && number(u"mfu"_s, spec.mfu) &&
        number(u"tokens-per-month"_s, tokensPerMonth) && number(u"measured-tps"_s, measured);
    if (!ok)
        return Outcome<Request>::failure(error);
    if (parser.isSet(u"total-params"_s))
        spec.totalParameters = totalParams;
    if (parser.isSet(u"gpus"_s))
        spec.gpus = gpus;
    if (parser.isSet(u"tokens-per-month"_s))
        spec.tokensPerMonth = tokensPerMonth;
    if (parser.isSet(u"measured-tps"_s))
        spec.measuredTokensPerSecond = measured;
    spec.multiNode = parser.isSet(u"multi-node"_s);
    const int shape = int(parser.isSet(u"layers"_s)) + int(parser.isSet(u"kv-heads"_s)) +
                      int(parser.isSet(u"head-dim"_s));
    if (shape != 0 && shape != 3)
        return Outcome<Request>::failure(
            tr("the KV cache needs all of --layers, --kv-heads and --head-dim"));
    // --precision and --kv-precision take the same tokens.
    const auto readPrecision = [&](const QString &option) -> Outcome<WeightPrecision> {
        const auto precision = weightPrecisionFromToken(parser.value(option));
        if (!precision) {
            return Outcome<WeightPrecision>::failure(
                tr("--%1: \"%2\" is not one of %3")
                    .arg(option, parser.value(option), weightPrecisionTokens().join(u", "_s)));
        }
        return *precision;
    };
    if (parser.isSet(u"precision"_s)) {
        const Outcome<WeightPrecision> precision = readPrecision(u"precision"_s);
        if (!precision)
            return Outcome<Request>::failure(precision.error());
        spec.precision = precision.value();
    }
    if (parser.isSet(u"kv-precision"_s)) {
        const Outcome<WeightPrecision> precision = readPrecision(u"kv-precision"_s);
        if (!precision)
            return Outcome<Request>::failure(precision.error());
        spec.kvBytes = bytesPerParameter(precision.value());
    }
    if (const QList<ServeField> errors = checkServe(spec); !errors.isEmpty())
        return Outcome<Request>::failure(
            u"--%1: %2"_s.arg(errors.first().field, errors.first().message));

    OfferSelection &selection = request.selection;
    if (!into(JobOptions::readOfferSelection(parser, inputs), selection))
        return Outcome<Request>::failure(error);
    const Outcome<std::optional<double>> price = JobOptions::readPrice(parser);
    if (!price)
        return Outcome<Request>::failure(price.error());
    if (price.value()) {
        if (selection.gpuModel.isEmpty())
            return Outcome<Request>::failure(
                tr("--price needs --gpu: the GPU's memory and bandwidth give the speed"));
        selection.hypotheticalUsdPerGpuHour = price.value();
    }
    return request;
}

} // namespace gpucompare::ServeOptions
