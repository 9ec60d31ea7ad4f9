#include "CommandLine.h"

#include "ChangesCommand.h"
#include "ChartCommand.h"
#include "CliOutput.h"
#include "EstimateCommands.h"
#include "JobOptions.h"
#include "PriceBook.h"
#include "ServeOptions.h"
#include "TransferCommands.h"
#include "UpdateCommand.h"
#include "WatchCommand.h"

#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

const QStringList kCommands = {u"changes"_s,        u"copy"_s,         u"estimate"_s,
                               u"export"_s,         u"export-chart"_s, u"import"_s,
                               u"serve-estimate"_s, u"update"_s,       u"watch"_s};

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(tr(
        "GPU Cloud Compare: who holds the GPU cloud market, what a GPU-hour costs where, and "
        "what a training job will cost on every offer.\n\n"
        "Without a command, opens the window.\n\n"
        "Commands:\n"
        "  estimate [job options] [--format table|json|csv] [--currency CODE]   a training job's "
        "cost on every offer, cheapest first\n"
        "  serve-estimate --params N [--precision bf16|fp16|fp8|int8|int4] [--kv-precision P] "
        "[--layers L --kv-heads H --head-dim D] [--context T] [--batch B] [--gpu NAME] [--gpus K] "
        "[--bandwidth-efficiency E] [--mfu M] [--tokens-per-month T] [--measured-tps X] [--price "
        "USD] [--pricing P] [--provider NAME] [--format table|json|csv] [--currency CODE]\n"
        "      what serving a model costs on every offer: tokens per second and USD per million "
        "output tokens, cheapest first\n"
        "  import FILE [--format auto|csv|market-share-csv|json|skypilot|fsdl] [--provider NAME] "
        "[--map NAME=GPU] [--dry-run]\n"
        "      read offers, prices or market shares into the price book, all or nothing\n"
        "  update [--source skypilot|azure|ecb|all] [--cloud NAME,...] [--base-url URL] [--from "
        "DIR "
        "[--as-of DATE|undated] [--source-url URL]] [--dry-run] [--format text|json]\n"
        "      current prices from public catalogs (SkyPilot's hosted catalog, Azure Retail "
        "Prices) and the ECB's exchange rates, each catalog all or nothing, every price kept as "
        "history\n"
        "  export FILE [--what offers|market-share|all] [--format csv|json] [--bom]   write to "
        "FILE (\"-\" for standard output)\n"
        "  copy FROM TO   the whole price book FROM into TO, a new or empty file, losslessly\n"
        "  changes [--since DATE] [--format text|json]   what the last update (or every update "
        "since DATE) changed: new offers, price drops and rises, offers no longer listed\n"
        "  watch add --gpu NAME --below PRICE [--pricing P] [--provider NAME] [--region R] "
        "[--currency CODE] | watch list [--format text|json] | watch remove ID\n"
        "      the watch list: after each update, a watch whose cheapest offer fell below its "
        "price per GPU-hour is reported as an alert\n"
        "  export-chart CHART --out FILE.png [--size WxH] [--period P] [--scope S] [--gpu NAME] "
        "[--pricing P] [--currency CODE] [job options | serving options]\n"
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
    m_parser.addOption({u"source"_s,
                        tr("update: skypilot, azure, ecb (exchange rates) or all (default)."),
                        u"SOURCE"_s});
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
    m_parser.addOption({u"since"_s,
                        tr("changes: every update on or after DATE (default: the last update)."),
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
    WatchCommand::addOptionsTo(m_parser);
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
            return EstimateCommands(parsed, m_parser).runEstimate();
        if (parsed.command == u"export")
            return TransferCommands(parsed, m_parser).runExport();
        if (parsed.command == u"copy")
            return TransferCommands(parsed, m_parser).runCopy();
        if (parsed.command == u"import")
            return TransferCommands(parsed, m_parser).runImport();
        if (parsed.command == u"export-chart")
            return ChartCommand(parsed, m_parser).run();
        if (parsed.command == u"update")
            return UpdateCommand(parsed, m_parser).run();
        if (parsed.command == u"changes")
            return ChangesCommand(parsed, m_parser).run();
        if (parsed.command == u"watch")
            return WatchCommand(parsed, m_parser).run();
        if (parsed.command == u"serve-estimate")
            return EstimateCommands(parsed, m_parser).runServeEstimate();
    } catch (const std::exception &e) {
        printError(tr("something went wrong: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    return usageError(tr("unknown command \"%1\"").arg(parsed.command));
}

} // namespace gpucompare
