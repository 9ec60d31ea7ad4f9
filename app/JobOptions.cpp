#include "JobOptions.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare::JobOptions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::JobOptions", text);
}

} // namespace

Outcome<double> readNumber(const QCommandLineParser &parser, const QString &name, double fallback)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name);
    const std::optional<double> value = parseQuantity(text);
    if (!value) {
        return Outcome<double>::failure(
            tr("--%1: \"%2\" is not a number; write it like 65.2e9, 65.2B, 1.4T or 0.4")
                .arg(name, text));
    }
    return *value;
}

namespace {

/// A whole number from 1 to max; `fallback` (checked as well) when the option is absent.
Outcome<int> readWholeNumber(const QCommandLineParser &parser, const QString &name, int fallback,
                             int max)
{
    const Outcome<double> read = readNumber(parser, name, fallback);
    if (!read)
        return Outcome<int>::failure(read.error());
    const double value = read.value();
    if (value != std::floor(value) || value < 1 || value > max) {
        return Outcome<int>::failure(tr("--%1: must be a whole number from 1 to %2 (got %3)")
                                         .arg(name)
                                         .arg(max)
                                         .arg(parser.value(name)));
    }
    return int(value);
}

/// The GPU model `text` names, or a failure that lists the models.
Outcome<QString> resolveGpu(const CostInputs &inputs, const QString &option, const QString &text)
{
    const QString name = resolveGpuName(inputs.gpus, text);
    if (name.isEmpty()) {
        QStringList names;
        for (const GpuModel &g : inputs.gpus)
            names << g.name;
        return Outcome<QString>::failure(tr("--%1: unknown GPU \"%2\"; the GPU models are: %3")
                                             .arg(option, text, names.join(u", ")));
    }
    return name;
}

/// What was read into target, or why not into `error`; false then. For read(), whose steps
/// stop at the first option that cannot be read.
template <typename T> bool take(const Outcome<T> &read, T &target, QString &error)
{
    if (!read) {
        error = read.error();
        return false;
    }
    target = read.value();
    return true;
}

} // namespace

void addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"params"_s,
         tr("Model parameters N (activated, for a mixture of experts): 65.2e9 or 65.2B."), u"N"_s},
        {u"tokens"_s, tr("Training tokens D per epoch: 1.4e12 or 1.4T."), u"D"_s},
        {u"epochs"_s, tr("Epochs over the tokens (fine-tuning); default 1."), u"E"_s},
        {u"layers"_s, tr("With --heads, --head-dim and --seq-len: add PaLM's attention FLOPs."),
         u"L"_s},
        {u"heads"_s, tr("Attention heads."), u"H"_s},
        {u"head-dim"_s, tr("Attention head size."), u"Q"_s},
        {u"seq-len"_s, tr("Sequence length in tokens."), u"T"_s},
        {u"gpu-hours"_s, tr("GPU-hours instead of --params/--tokens."), u"H"_s},
        {u"measured-on"_s,
         tr("The GPU the --gpu-hours were measured on; other GPUs are scaled by dense peak."),
         u"NAME"_s},
        {u"gpus"_s, tr("GPUs the job runs on (rounded up to whole instances); default 8."), u"K"_s},
        {u"mfu"_s, tr("Model FLOPs utilisation, above 0 and at most 1 (default: per GPU family)."),
         u"M"_s},
        {u"precision"_s, tr("bf16, fp16 or fp8; default bf16."), u"P"_s},
        {u"overhead"_s, tr("Factor for restarts and downtime, 1 to 5; default 1."), u"F"_s},
        {u"spot-overhead"_s,
         tr("Extra work on spot offers after preemptions, 0 to 2; default 0.1."), u"F"_s},
        {u"provider"_s, tr("Only this provider's offers."), u"NAME"_s},
        {u"price"_s,
         tr("Price one hypothetical offer at this USD per GPU-hour instead of the book."),
         u"USD"_s},
        {u"storage-tb"_s, tr("Storage in TB."), u"TB"_s},
        {u"storage-months"_s, tr("Months of storage; default 1."), u"M"_s},
        {u"storage-price"_s, tr("USD per TB-month of storage."), u"USD"_s},
        {u"egress-tb"_s, tr("Data transferred out, in TB."), u"TB"_s},
        {u"egress-price"_s, tr("USD per TB of egress."), u"USD"_s},
        {u"budget"_s, tr("Budget mode: what this many USD buy on each offer."), u"USD"_s},
        {u"include-stale"_s,
         tr("Let prices older than the freshness window be named cheapest; without it they "
            "are listed after all the others.")},
        {u"max-age"_s,
         tr("Freshness window: a price observed or confirmed within this many days is "
            "current (1 to 3650; default 90)."),
         u"DAYS"_s},
    });
}

Outcome<Request> read(const QCommandLineParser &parser, const CostInputs &inputs)
{
    Request request;
    JobSpec &job = request.job;
    const bool byTokens = parser.isSet(u"params"_s) || parser.isSet(u"tokens"_s);
    const bool byHours = parser.isSet(u"gpu-hours"_s);
    if (byHours && parser.isSet(u"tokens"_s))
        return Outcome<Request>::failure(
            tr("use either --params N --tokens D, or --gpu-hours H, not both"));
    if (!byTokens && !byHours) {
        return Outcome<Request>::failure(
            tr("the job needs --params N --tokens D (such as --params 7B --tokens 1T), "
               "or --gpu-hours H"));
    }
    if (byHours)
        job.work = JobSpec::Work::GpuHours;
    else if (!parser.isSet(u"params"_s) || !parser.isSet(u"tokens"_s))
        return Outcome<Request>::failure(
            tr("--params and --tokens go together (or use --gpu-hours)"));

    QString error; // the first option below that cannot be read
    const auto number = [&](const QString &name, double &target) {
        return take(readNumber(parser, name, target), target, error);
    };
    const auto whole = [&](const QString &name, int &target, int max) {
        return take(readWholeNumber(parser, name, target, max), target, error);
    };
    // Each option into its field, an absent one keeping the default; in this order, so the
    // first unreadable one is the error.
    double mfu = 0;
    const bool numbersOk =
        number(u"params"_s, job.parameters) && number(u"tokens"_s, job.tokens) &&
        number(u"epochs"_s, job.epochs) && number(u"gpu-hours"_s, job.gpuHours) &&
        whole(u"gpus"_s, job.gpus, jobbounds::kMaxGpus) && number(u"mfu"_s, mfu) &&
        number(u"overhead"_s, job.overhead) &&
        number(u"spot-overhead"_s, job.spotInterruptionOverhead) &&
        number(u"storage-tb"_s, job.storageTb) && number(u"storage-months"_s, job.storageMonths) &&
        number(u"storage-price"_s, job.usdPerTbMonth) && number(u"egress-tb"_s, job.egressTb) &&
        number(u"egress-price"_s, job.usdPerTbEgress);
    if (!numbersOk)
        return Outcome<Request>::failure(error);
    if (parser.isSet(u"mfu"_s))
        job.mfu = mfu;
    if (parser.isSet(u"budget"_s)) {
        double budget = 0;
        if (!number(u"budget"_s, budget))
            return Outcome<Request>::failure(error);
        job.budgetUsd = budget;
    }

    const QStringList shapeOptions = {u"layers"_s, u"heads"_s, u"head-dim"_s, u"seq-len"_s};
    int shapeSet = 0;
    for (const QString &o : shapeOptions)
        shapeSet += parser.isSet(o);
    if (shapeSet != 0) {
        if (shapeSet != shapeOptions.size()) {
            return Outcome<Request>::failure(
                tr("the attention term needs all of --layers, --heads, --head-dim and "
                   "--seq-len"));
        }
        AttentionShape shape;
        if (!whole(u"layers"_s, shape.layers, 10'000) || !whole(u"heads"_s, shape.heads, 10'000) ||
            !whole(u"head-dim"_s, shape.headDim, 100'000) ||
            !whole(u"seq-len"_s, shape.sequenceLength, 100'000'000))
            return Outcome<Request>::failure(error);
        job.attention = shape;
    }

    if (parser.isSet(u"precision"_s)) {
        const auto precision = precisionFromToken(parser.value(u"precision"_s));
        if (!precision) {
            return Outcome<Request>::failure(
                tr("--precision: \"%1\" is not one of %2")
                    .arg(parser.value(u"precision"_s), precisionTokens().join(u", ")));
        }
        job.precision = *precision;
    }

    OfferSelection &selection = request.selection;
    if (!take(readOfferSelection(parser, inputs), selection, error))
        return Outcome<Request>::failure(error);
    if (parser.isSet(u"measured-on"_s) &&
        !take(resolveGpu(inputs, u"measured-on"_s, parser.value(u"measured-on"_s)),
              job.gpuHoursMeasuredOn, error))
        return Outcome<Request>::failure(error);
    const Outcome<std::optional<double>> price = readPrice(parser);
    if (!price)
        return Outcome<Request>::failure(price.error());
    if (price.value()) {
        if (job.work == JobSpec::Work::Tokens && selection.gpuModel.isEmpty()) {
            return Outcome<Request>::failure(
                tr("--price with --params/--tokens needs --gpu: the GPU's peak turns "
                   "FLOPs into GPU-hours"));
        }
        selection.hypotheticalUsdPerGpuHour = price.value();
    }

    const JobCheck check = checkJob(job);
    if (!check.ok()) {
        const FieldIssue &issue = check.errors.first();
        return Outcome<Request>::failure(u"--%1: %2"_s.arg(issue.field, issue.message));
    }
    for (const FieldIssue &w : check.warnings)
        request.warnings << u"--%1: %2"_s.arg(w.field, w.message);
    return request;
}

Outcome<std::optional<double>> readPrice(const QCommandLineParser &parser)
{
    using Price = Outcome<std::optional<double>>;
    if (!parser.isSet(u"price"_s))
        return std::optional<double>();
    const Outcome<double> price = readNumber(parser, u"price"_s, 0);
    if (!price)
        return Price::failure(price.error());
    if (!(price.value() > 0 && price.value() <= jobbounds::kMaxUsdPerGpuHour)) {
        return Price::failure(
            tr("--price: USD per GPU-hour must be above 0 and at most %1 (got %2)")
                .arg(jobbounds::kMaxUsdPerGpuHour)
                .arg(parser.value(u"price"_s)));
    }
    return std::optional<double>(price.value());
}

Outcome<Freshness> readFreshness(const QCommandLineParser &parser, const QDate &today)
{
    Freshness freshness{today};
    if (!parser.isSet(u"max-age"_s))
        return freshness;
    bool ok = false;
    const QString text = parser.value(u"max-age"_s).trimmed();
    const int days = text.toInt(&ok); // C locale digits: a whole number, nothing else
    if (!ok || days < kMinMaxAgeDays || days > kMaxMaxAgeDays) {
        return Outcome<Freshness>::failure(
            tr("--max-age: \"%1\" is not a whole number of days from %2 to %3")
                .arg(parser.value(u"max-age"_s))
                .arg(kMinMaxAgeDays)
                .arg(kMaxMaxAgeDays));
    }
    freshness.maxAgeDays = days;
    return freshness;
}

Outcome<OfferSelection> readOfferSelection(const QCommandLineParser &parser,
                                           const CostInputs &inputs)
{
    OfferSelection selection;
    selection.includeStale = parser.isSet(u"include-stale"_s);
    if (parser.isSet(u"gpu"_s)) {
        const Outcome<QString> gpu = resolveGpu(inputs, u"gpu"_s, parser.value(u"gpu"_s));
        if (!gpu)
            return Outcome<OfferSelection>::failure(gpu.error());
        selection.gpuModel = gpu.value();
    }
    if (parser.isSet(u"pricing"_s)) {
        for (const QString &token : parser.value(u"pricing"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto pricing = pricingModelFromToken(token.trimmed());
            if (!pricing) {
                return Outcome<OfferSelection>::failure(
                    tr("--pricing: \"%1\" is not one of %2 (a comma-separated list)")
                        .arg(token, pricingModelTokens().join(u", ")));
            }
            selection.pricing.append(*pricing);
        }
    }
    if (parser.isSet(u"provider"_s)) {
        QStringList providers;
        for (const OfferRow &r : inputs.rows) {
            if (!providers.contains(r.provider))
                providers << r.provider;
        }
        const QString wanted = parser.value(u"provider"_s);
        for (const QString &p : std::as_const(providers)) {
            if (p.compare(wanted, Qt::CaseInsensitive) == 0)
                selection.provider = p;
        }
        if (selection.provider.isEmpty()) {
            providers.sort(Qt::CaseInsensitive);
            return Outcome<OfferSelection>::failure(
                tr("--provider: no offers from \"%1\"; the providers are: %2")
                    .arg(wanted, providers.join(u", ")));
        }
    }
    return selection;
}

} // namespace gpucompare::JobOptions
