#include "CommandLine.h"

#include "BookService.h"
#include "ChartFactory.h"
#include "ChartRenderer.h"
#include "CliOutput.h"
#include "DataQuality.h"
#include "EstimateReport.h"
#include "JobOptions.h"
#include "MarketShareMath.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PriceBookJson.h"
#include "ServeOptions.h"
#include "ServeCharts.h"
#include "ServeReport.h"
#include "TeamBookUri.h"
#include "TrendChart.h"

#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gpucompare::CommandLine", text);
}

const QStringList kCommands = {u"copy"_s,   u"estimate"_s,       u"export"_s, u"export-chart"_s,
                               u"import"_s, u"serve-estimate"_s, u"update"_s};
const QStringList kCharts = {u"market-share"_s, u"market-trend"_s,  u"prices"_s,
                             u"job-cost"_s,     u"price-history"_s, u"serve-cost"_s};

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(tr(
        "GPU Cloud Compare: who holds the GPU cloud market, what a GPU-hour costs where, and "
        "what a training job will cost on every offer.\n\n"
        "Without a command, opens the window.\n\n"
        "Commands:\n"
        "  estimate [job options] [--format table|json|csv]   a training job's cost on every "
        "offer, cheapest first\n"
        "  serve-estimate --params N [--precision bf16|fp16|fp8|int8|int4] [--kv-precision P] "
        "[--layers L --kv-heads H --head-dim D] [--context T] [--batch B] [--gpu NAME] [--gpus K] "
        "[--bandwidth-efficiency E] [--mfu M] [--tokens-per-month T] [--measured-tps X] [--price "
        "USD] [--pricing P] [--provider NAME] [--format table|json|csv]\n"
        "      what serving a model costs on every offer: tokens per second and USD per million "
        "output tokens, cheapest first\n"
        "  import FILE [--format auto|csv|market-share-csv|json|skypilot|fsdl] [--provider NAME] "
        "[--map NAME=GPU] [--dry-run]\n"
        "      read offers, prices or market shares into the price book, all or nothing\n"
        "  update [--source skypilot|azure|all] [--cloud NAME,...] [--base-url URL] [--from DIR "
        "[--as-of DATE|undated] [--source-url URL]] [--dry-run] [--format text|json]\n"
        "      current prices from public catalogs (SkyPilot's hosted catalog, Azure Retail "
        "Prices), each catalog all or nothing, every price kept as history\n"
        "  export FILE [--what offers|market-share|all] [--format csv|json] [--bom]   write to "
        "FILE (\"-\" for standard output)\n"
        "  copy FROM TO   the whole price book FROM into TO, a new or empty file, losslessly\n"
        "  export-chart CHART --out FILE.png [--size WxH] [--period P] [--scope S] [--gpu NAME] "
        "[--pricing P] [job options | serving options]\n"
        "      CHART: market-share | market-trend | prices | price-history | job-cost | "
        "serve-cost\n\n"
        "Job options: --params N --tokens D (65.2e9 or 65.2B, 1.4e12 or 1.4T) or --gpu-hours H; "
        "--gpu NAME (omitted: every GPU model), --gpus K, --mfu M, --precision bf16|fp16|fp8, "
        "--overhead F, --pricing on-demand,spot,reserved, --provider NAME, --price "
        "USD_PER_GPU_HOUR; see the options below.\n\n"
        "Exit status: 0 success, 1 failure, 2 bad usage or invalid values."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(u"command"_s, tr("The command to run (see above)."),
                                   u"[command]"_s);
    m_parser.addOption({u"db"_s,
                        tr("The price book to use; a file that does not exist is created from the "
                           "bundled dataset. Default: %1.")
                            .arg(PriceBook::defaultPath()),
                        u"FILE"_s});
    m_parser.addOption({u"what"_s, tr("What to export: offers, market-share or all (default)."),
                        u"WHAT"_s, u"all"_s});
    m_parser.addOption(
        {u"dry-run"_s, tr("import, update: show what would change, write nothing.")});
    m_parser.addOption({u"source"_s, tr("update: skypilot, azure or all (default)."), u"SOURCE"_s});
    m_parser.addOption({u"cloud"_s,
                        tr("update: SkyPilot clouds to read, comma-separated (default: all)."),
                        u"NAME"_s});
    m_parser.addOption({u"base-url"_s,
                        tr("update: read the chosen source from this address instead (a mirror, "
                           "or a test server; plain http is allowed only here)."),
                        u"URL"_s});
    m_parser.addOption({u"from"_s,
                        tr("update: read saved catalogs from DIR instead of the network "
                           "(DIR/catalogs/v8/CLOUD/vms.csv, DIR/azure/*.json)."),
                        u"DIR"_s});
    m_parser.addOption({u"source-url"_s,
                        tr("import, update --from: the web page a catalog file was taken from, "
                           "recorded as the source of its prices."),
                        u"URL"_s});
    m_parser.addOption({u"as-of"_s,
                        tr("update --from: the date the saved catalogs hold prices of (default: "
                           "today), or \"undated\" when it is not known."),
                        u"DATE"_s});
    m_parser.addOption({u"map"_s,
                        tr("import: map a catalog's accelerator name to a GPU model, and keep the "
                           "mapping (repeatable): --map \"T4g=T4 16GB\"."),
                        u"NAME=GPU"_s});
    m_parser.addOption({u"bom"_s, tr("export: start a CSV file with a byte-order mark (for "
                                     "spreadsheets that need one).")});
    m_parser.addOption({u"format"_s,
                        tr("Output format: json for export; table, json or csv for estimate and "
                           "serve-estimate."),
                        u"FORMAT"_s});
    m_parser.addOption({u"out"_s, tr("The PNG file to write."), u"FILE"_s});
    m_parser.addOption(
        {u"size"_s, tr("Image size in pixels (default 1600x1200)."), u"WxH"_s, u"1600x1200"_s});
    m_parser.addOption(
        {u"period"_s, tr("Market-share period, such as 2025-Q4 (default: the latest)."), u"P"_s});
    m_parser.addOption(
        {u"scope"_s, tr("Market-share scope, or a word only it contains (\"Canalys\")."), u"S"_s});
    m_parser.addOption({u"gpu"_s, tr("GPU model or alias, such as H100."), u"NAME"_s});
    m_parser.addOption({u"pricing"_s,
                        tr("Pricing models: on-demand, spot, reserved; a comma-separated list for "
                           "estimate and job-cost (default: all), one for prices (default: "
                           "on-demand)."),
                        u"P"_s});
    JobOptions::addTo(m_parser);
    ServeOptions::addTo(m_parser);
}

CommandLine::Parsed CommandLine::parse(const QStringList &arguments)
{
    Parsed parsed;
    if (!m_parser.parse(arguments)) {
        parsed.exitCode = usageError(m_parser.errorText());
        return parsed;
    }
    if (m_parser.isSet(u"help"_s)) {
        QTextStream(stdout) << m_parser.helpText();
        parsed.exitCode = 0;
        return parsed;
    }
    if (m_parser.isSet(u"version"_s)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        parsed.exitCode = 0;
        return parsed;
    }
    parsed.databasePath = m_parser.value(u"db"_s);
    QStringList positional = m_parser.positionalArguments();
    if (!positional.isEmpty()) {
        parsed.command = positional.takeFirst();
        parsed.arguments = positional;
        if (!kCommands.contains(parsed.command)) {
            parsed.exitCode = usageError(tr("unknown command \"%1\"; the commands are: %2")
                                             .arg(parsed.command, kCommands.join(u", ")));
        }
    }
    return parsed;
}

int CommandLine::execute(const Parsed &parsed)
{
    // The boundary of the command line: whatever a command did not turn into a message itself
    // is said here with exit status 1; no exception reaches main().
    try {
        if (parsed.command == u"estimate")
            return runEstimate(parsed);
        if (parsed.command == u"export")
            return runExport(parsed);
        if (parsed.command == u"copy")
            return runCopy(parsed);
        if (parsed.command == u"import")
            return runImport(parsed);
        if (parsed.command == u"export-chart")
            return runExportChart(parsed);
        if (parsed.command == u"update")
            return runUpdate(parsed);
        if (parsed.command == u"serve-estimate")
            return runServeEstimate(parsed);
    } catch (const std::exception &e) {
        printError(tr("something went wrong: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    return usageError(tr("unknown command \"%1\"").arg(parsed.command));
}

int CommandLine::usageError(const QString &message)
{
    printError(message);
    QTextStream(stderr) << tr("Run \"gpucompare --help\" for usage.") << Qt::endl;
    return 2;
}

int CommandLine::bookError(const QString &message)
{
    printError(tr("the price book could not be read or written: %1").arg(message));
    return 1;
}

std::unique_ptr<PriceBook> CommandLine::openPriceBook(const Parsed &parsed, IfMissing ifMissing)
{
    // Without --db the user's own book is made on first use. A --db that names no file is a
    // typo for a reader (export, estimate, export-chart): answering from the bundled prices
    // would look like an answer about the file the user meant.
    const bool named = !parsed.databasePath.isEmpty();
    const QString path = named ? parsed.databasePath : PriceBook::defaultPath();
    if (TeamBookUri::isTeamBook(path)) {
        // A team book that is empty is made from the bundled data only by a writer.
        PriceBook::OpenResult opened =
            PriceBook::open(path, ifMissing == IfMissing::Refuse ? PriceBook::Create::Never
                                                                 : PriceBook::Create::IfMissing);
        if (!opened.book)
            printError(opened.error);
        return std::move(opened.book);
    }
    const bool missing = !QFileInfo::exists(path);
    if (named && missing && ifMissing == IfMissing::Refuse) {
        printError(tr("no price book at %1").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    PriceBook::OpenResult opened = PriceBook::open(path);
    if (!opened.book) {
        printError(opened.error);
        return nullptr;
    }
    if (named && missing) {
        printError(tr("created a new price book at %1 from the bundled data")
                       .arg(QDir::toNativeSeparators(path)));
    }
    if (!opened.book->recoveryNote().isEmpty())
        printError(opened.book->recoveryNote());
    return std::move(opened.book);
}

int CommandLine::runExportChart(const Parsed &parsed)
{
    if (parsed.arguments.size() != 1) {
        return usageError(tr("export-chart needs one CHART: %1").arg(kCharts.join(u" | ")));
    }
    const QString chartName = parsed.arguments.first();
    if (!kCharts.contains(chartName)) {
        return usageError(
            tr("unknown chart \"%1\"; the charts are: %2").arg(chartName, kCharts.join(u", ")));
    }
    const QString out = m_parser.value(u"out"_s);
    if (out.isEmpty())
        return usageError(tr("export-chart needs --out FILE.png"));
    const QSize size = ChartRenderer::parseSize(m_parser.value(u"size"_s));
    if (!size.isValid()) {
        return usageError(tr("--size \"%1\" is not WIDTHxHEIGHT with each side from 100 to 10000")
                              .arg(m_parser.value(u"size"_s)));
    }

    const auto book = openPriceBook(parsed, IfMissing::Refuse);
    if (!book)
        return 1;
    const QSqlDatabase db = book->database();
    QChart *chart = nullptr;
    QString footer;

    if (chartName == u"job-cost") {
        std::optional<JobOptions::Request> request;
        CostInputs inputs;
        const int status = readJob(db, inputs, request);
        if (status != 0)
            return status;
        const EstimateRun run = estimateJob(request->job, inputs, request->selection);
        chart = ChartFactory::jobCostBars(run, request->job);
        footer = ChartFactory::jobCostFooter(run, request->job, QDate::currentDate());
    } else if (chartName == u"serve-cost") {
        std::optional<ServeOptions::Request> request;
        CostInputs inputs;
        const int status = readServe(db, inputs, request);
        if (status != 0)
            return status;
        const ServeRun run = estimateServing(request->spec, inputs, request->selection);
        chart = ServeCharts::costBars(run, request->spec);
        footer = ServeCharts::costFooter(run, request->spec, QDate::currentDate());
    } else if (chartName == u"prices" || chartName == u"price-history") {
        const QString gpuText = m_parser.isSet(u"gpu"_s) ? m_parser.value(u"gpu"_s) : u"H100"_s;
        const Outcome<book::GpuLookup> gpu = book::lookUpGpu(db, gpuText);
        if (!gpu)
            return bookError(gpu.error());
        if (!gpu.value().name) {
            return usageError(tr("unknown GPU \"%1\"; the GPU models are: %2")
                                  .arg(gpuText, gpu.value().names.join(u", ")));
        }
        const QString gpuName = *gpu.value().name;
        const auto pricing = pricingModelFromToken(
            m_parser.isSet(u"pricing"_s) ? m_parser.value(u"pricing"_s) : u"on-demand"_s);
        if (!pricing) {
            return usageError(
                tr("unknown pricing \"%1\"; use one of: %2")
                    .arg(m_parser.value(u"pricing"_s), pricingModelTokens().join(u", ")));
        }
        if (chartName == u"price-history") {
            const Outcome<QList<HistoryObservation>> history = book::priceHistory(db);
            if (!history)
                return bookError(history.error());
            chart = ChartFactory::providerHistory(
                cheapestByProviderOverTime(history.value(), gpuName, *pricing), gpuName, *pricing);
            footer = tr("Every dated observation in the price book; a line runs from each "
                        "price's observation to its last confirmation by a catalog update and "
                        "stops there. Exported %1.")
                         .arg(QDate::currentDate().toString(Qt::ISODate));
        } else {
            QString error;
            const auto freshness =
                JobOptions::readFreshness(m_parser, QDate::currentDate(), &error);
            if (!freshness)
                return usageError(error);
            const bool includeStale = m_parser.isSet(u"include-stale"_s);
            Outcome<QList<OfferRow>> read = book::currentOffers(db, *freshness);
            if (!read)
                return bookError(read.error());
            QList<OfferRow> rows = std::move(read).value();
            annotateOffers(rows, *freshness, includeStale);
            chart = ChartFactory::priceBars(rows, gpuName, *pricing, 20, includeStale);
            footer = ChartFactory::priceBarsFooter(rows, gpuName, *pricing, freshness->today,
                                                   QString(), includeStale);
        }
    } else {
        const Outcome<QList<MarketShareSnapshot>> read = book::marketShares(db);
        if (!read)
            return bookError(read.error());
        const QList<MarketShareSnapshot> &snapshots = read.value();
        const QStringList scopes = shareScopes(snapshots);
        if (scopes.isEmpty()) {
            printError(tr("the price book holds no market-share snapshots"));
            return 1;
        }
        QString scope = scopes.first();
        if (m_parser.isSet(u"scope"_s)) {
            scope = matchScope(scopes, m_parser.value(u"scope"_s));
            if (scope.isEmpty()) {
                return usageError(tr("unknown or ambiguous scope \"%1\"; the scopes are: %2")
                                      .arg(m_parser.value(u"scope"_s), scopes.join(u"; ")));
            }
        }
        const QStringList periods = sharePeriods(snapshots, scope);
        if (chartName == u"market-trend") {
            chart = TrendChart::build(snapshots, scope);
            footer = tr("Sources: the price book's market-share snapshots for this scope; see "
                        "Help › Data sources.");
        } else {
            const QString period =
                m_parser.isSet(u"period"_s) ? m_parser.value(u"period"_s) : periods.last();
            const MarketShareSnapshot *snapshot = findSnapshot(snapshots, scope, period);
            if (!snapshot) {
                return usageError(tr("unknown period \"%1\" for scope \"%2\"; the periods are: %3")
                                      .arg(period, scope, periods.join(u", ")));
            }
            chart = ChartFactory::sharePie(*snapshot);
            footer = ChartFactory::shareCaption(*snapshot);
        }
    }

    const QImage image =
        ChartRenderer::render(chart, size, ChartRenderer::defaultScale(size), footer);
    if (const Status saved = ChartRenderer::savePng(image, out); !saved) {
        printError(saved.error());
        return 1;
    }
    return 0;
}

int CommandLine::readServe(const QSqlDatabase &db, CostInputs &inputs,
                           std::optional<ServeOptions::Request> &request)
{
    if (const int status = readInputs(db, inputs); status != 0)
        return status;
    QString error;
    request = ServeOptions::read(m_parser, inputs, &error);
    return request ? 0 : usageError(error);
}

int CommandLine::readInputs(const QSqlDatabase &db, CostInputs &inputs)
{
    QString error;
    const auto freshness = JobOptions::readFreshness(m_parser, QDate::currentDate(), &error);
    if (!freshness)
        return usageError(error);
    Outcome<CostInputs> read = book::costInputs(db, *freshness);
    if (!read)
        return bookError(read.error());
    inputs = std::move(read).value();
    return 0;
}

int CommandLine::readJob(const QSqlDatabase &db, CostInputs &inputs,
                         std::optional<JobOptions::Request> &request)
{
    if (const int status = readInputs(db, inputs); status != 0)
        return status;
    QString error;
    request = JobOptions::read(m_parser, inputs, &error);
    if (!request)
        return usageError(error);
    for (const QString &warning : std::as_const(request->warnings))
        printError(tr("warning: %1").arg(warning));
    return 0;
}

int CommandLine::readReportUsage(const Parsed &parsed, QString *format)
{
    if (!parsed.arguments.isEmpty()) {
        return usageError(
            tr("%1 takes options only, not \"%2\"").arg(parsed.command, parsed.arguments.first()));
    }
    *format = m_parser.isSet(u"format"_s) ? m_parser.value(u"format"_s) : u"table"_s;
    if (*format != u"table" && *format != u"json" && *format != u"csv")
        return usageError(tr("--format \"%1\" is not one of table, json, csv").arg(*format));
    return 0;
}

int CommandLine::writeReport(const QString &format,
                             const std::function<bool(QIODevice *)> &writeJson,
                             const std::function<QByteArray()> &csv,
                             const std::function<QString()> &table)
{
    QFile out;
    bool written = out.open(stdout, QIODevice::WriteOnly);
    if (written && format == u"json") {
        written = writeJson(&out); // streamed: 100,000 estimates are tens of MB
    } else if (written) {
        const QByteArray bytes = format == u"csv" ? csv() : table().toUtf8();
        written = out.write(bytes) == bytes.size();
    }
    if (!written) {
        printError(tr("cannot write to standard output"));
        return 1;
    }
    return 0;
}

int CommandLine::runEstimate(const Parsed &parsed)
{
    QString format;
    if (const int status = readReportUsage(parsed, &format); status != 0)
        return status;
    const auto book = openPriceBook(parsed, IfMissing::Refuse);
    if (!book)
        return 1;
    CostInputs inputs;
    std::optional<JobOptions::Request> request;
    if (const int status = readJob(book->database(), inputs, request); status != 0)
        return status;
    const EstimateRun run = estimateJob(request->job, inputs, request->selection);
    return writeReport(
        format,
        [&](QIODevice *out) {
            return EstimateReport::writeJson(out, request->job, request->selection, run);
        },
        [&] { return EstimateReport::csv(run); },
        [&] { return EstimateReport::table(request->job, run); });
}

int CommandLine::runServeEstimate(const Parsed &parsed)
{
    QString format;
    if (const int status = readReportUsage(parsed, &format); status != 0)
        return status;
    const auto book = openPriceBook(parsed, IfMissing::Refuse);
    if (!book)
        return 1;
    CostInputs inputs;
    std::optional<ServeOptions::Request> request;
    if (const int status = readServe(book->database(), inputs, request); status != 0)
        return status;
    const ServeRun run = estimateServing(request->spec, inputs, request->selection);
    return writeReport(
        format,
        [&](QIODevice *out) {
            return ServeReport::writeJson(out, request->spec, request->selection, run);
        },
        [&] { return ServeReport::csv(request->spec, run); },
        [&] { return ServeReport::table(request->spec, run); });
}

} // namespace gpucompare
