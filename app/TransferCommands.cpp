#include "TransferCommands.h"

#include "BookCopy.h"
#include "BookDocuments.h"
#include "CatalogImport.h"
#include "CliOutput.h"
#include "CostModel.h"
#include "ImportReport.h"
#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PriceBookJson.h"
#include "SavedFile.h"
#include "TeamBookUri.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// A price book's place as messages show it: a file in native separators, a URI without
/// its password.
QString shownPlace(const QString &place)
{
    return TeamBookUri::isTeamBook(place) ? withoutPassword(place)
                                          : QDir::toNativeSeparators(place);
}

} // namespace

int TransferCommands::writeOutput(const QString &target, const QByteArray &bytes)
{
    if (target == u"-")
        return writeStandardOutput(
            [&](QIODevice *out) { return out->write(bytes) == bytes.size(); });
    if (const Status saved = saveFile(target, bytes); !saved) {
        printError(saved.error());
        return 1;
    }
    return 0;
}

int TransferCommands::runExport()
{
    if (m_call.arguments.size() != 1)
        return usageError(tr("export needs exactly one output FILE (\"-\" for standard output)"));
    const QString what = m_parser.value(u"what"_s);
    const QStringList whats = {u"offers"_s, u"market-share"_s, u"all"_s};
    if (!whats.contains(what))
        return usageError(tr("--what \"%1\" is not one of %2").arg(what, whats.join(u", ")));
    const QString format = m_parser.isSet(u"format"_s) ? m_parser.value(u"format"_s)
                           : what == u"all"            ? u"json"_s
                                                       : u"csv"_s;
    if (format != u"json" && format != u"csv")
        return usageError(tr("--format \"%1\" is not one of csv, json").arg(format));
    if (what == u"all" && format != u"json") {
        return usageError(tr("--format \"%1\" is not supported for --what all; use: json "
                             "(CSV holds one table: --what offers or market-share)")
                              .arg(format));
    }
    if (what != u"all" && format != u"csv")
        return usageError(
            tr("--what %1 is written as csv; the whole book is --what all").arg(what));

    const auto book = openPriceBook(IfMissing::Refuse);
    if (!book)
        return 1;
    const Outcome<QByteArray> document =
        bookDocument(book->database(), *bookContentFromToken(what), m_parser.isSet(u"bom"_s));
    if (!document) {
        printError(document.error());
        return 1;
    }
    return writeOutput(m_call.arguments.first(), document.value());
}

int TransferCommands::runCopy()
{
    if (m_call.arguments.size() != 2)
        return usageError(tr("copy needs FROM and TO, two price books (files or "
                             "postgresql:// databases)"));
    const QString from = m_call.arguments.at(0);
    const QString to = m_call.arguments.at(1);
    for (const QString &place : {from, to}) {
        QString error;
        if (TeamBookUri::isTeamBook(place) && !TeamBookUri::parse(place, &error))
            return usageError(error);
    }
    if (!TeamBookUri::isTeamBook(from) && !QFileInfo::exists(from)) {
        printError(tr("no price book at %1").arg(QDir::toNativeSeparators(from)));
        return 1;
    }
    // A database TO is checked for emptiness by createFrom, before anything is written.
    if (!TeamBookUri::isTeamBook(to) && QFileInfo(to).size() > 0) {
        printError(tr("%1 is not empty: copy writes only into a new or empty file, so that "
                      "nothing there is overwritten")
                       .arg(QDir::toNativeSeparators(to)));
        return 1;
    }
    PriceBook::OpenResult source = PriceBook::open(from, PriceBook::Create::Never);
    if (!source.book) {
        printError(source.error);
        return 1;
    }
    // The same copy as File › Copy Price Book To…: pages from file to file, records otherwise.
    const PriceBook::OpenResult copied = copyBook(source.book->database(), to);
    if (!copied.book) {
        printError(copied.error);
        return 1;
    }
    const Outcome<CopiedCounts> counts = copiedCounts(copied.book->database());
    if (!counts) {
        printError(counts.error());
        return 1;
    }
    const CopiedCounts &n = counts.value();
    QTextStream(stdout) << tr("Copied %1 to %2: %3 providers, %4 GPU models, %5 offers with %6 "
                              "prices, %7 market-share snapshots, %8 saved jobs.")
                               .arg(shownPlace(from), shownPlace(to))
                               .arg(n.providers)
                               .arg(n.gpuModels)
                               .arg(n.offers)
                               .arg(n.prices)
                               .arg(n.snapshots)
                               .arg(n.savedJobs)
                        << Qt::endl;
    return 0;
}

int TransferCommands::runImport()
{
    if (m_call.arguments.size() != 1)
        return usageError(tr("import needs exactly one FILE"));
    const QString path = m_call.arguments.first();
    ImportOptions options;
    const QString formatText =
        m_parser.isSet(u"format"_s) ? m_parser.value(u"format"_s) : u"auto"_s;
    const auto format = importFormatFromToken(formatText);
    if (!format) {
        return usageError(tr("--format \"%1\" is not one of %2")
                              .arg(formatText, importFormatTokens().join(u", ")));
    }
    options.format = *format;
    options.provider = m_parser.value(u"provider"_s);
    options.observedOn = QDate::currentDate();
    options.sourceUrl = m_parser.value(u"source-url"_s).trimmed();
    if (const QString problem = validation::checkUrl(u"--source-url"_s, options.sourceUrl);
        !problem.isEmpty())
        return usageError(problem);

    const bool dryRun = m_parser.isSet(u"dry-run"_s);
    const auto book = openBookToWrite(dryRun);
    if (!book)
        return 1;
    const QSqlDatabase db = book->database();
    Outcome<ImportOptions> known = importOptionsFor(db, options.observedOn);
    if (!known) {
        printError(known.error());
        return 1;
    }
    options.gpuModels = known.value().gpuModels;
    options.gpuCatalog = known.value().gpuCatalog;
    options.providerNames = known.value().providerNames;
    options.instanceShapes = known.value().instanceShapes;
    for (const QString &mapping : m_parser.values(u"map"_s)) {
        const qsizetype eq = mapping.indexOf(u'=');
        const QString name = mapping.left(eq).trimmed();
        const QString target = resolveGpuName(options.gpuModels, mapping.mid(eq + 1));
        if (eq <= 0 || target.isEmpty()) {
            QStringList names;
            for (const GpuModel &g : std::as_const(options.gpuModels))
                names << g.name;
            return usageError(tr("--map \"%1\": write NAME=GPU with a GPU model of the price book: "
                                 "%2")
                                  .arg(mapping, names.join(u", ")));
        }
        options.gpuMappings.insert(name, target);
    }

    const ImportPlan plan = CatalogImport::readFile(path, options);
    if (!plan.error.isEmpty()) {
        printError(plan.error.toString());
        printError(tr("nothing was imported"));
        return 1;
    }
    // Each --map becomes an alias, so the next import of the same catalog maps by itself.
    const ImportSummary summary =
        PriceBookImporter(db).importData(plan.data, dryRun, options.gpuMappings);
    if (!summary.ok()) {
        printError(
            tr("%1: the import failed and nothing was written: %2").arg(path, summary.error));
        return 1;
    }
    ImportCounts counts;
    counts.offersAdded = summary.offersAdded;
    counts.offersUpdated = summary.offersUpdated;
    counts.offersUnchanged = summary.offersUnchanged;
    counts.providersAdded = summary.providersAdded;
    counts.snapshotsAdded = summary.snapshotsAdded;
    counts.snapshotsUpdated = summary.snapshotsUpdated;
    counts.aliasesAdded = summary.aliasesAdded;
    const QByteArray report = importReportText(path, plan, counts, dryRun).toUtf8();
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(report);
    return 0;
}

} // namespace gpucompare
