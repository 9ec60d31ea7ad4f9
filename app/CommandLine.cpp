#include "CommandLine.h"

#include "PriceBook.h"
#include "PriceBookImporter.h"
#include "PriceBookJson.h"

#include <QCoreApplication>
#include <QFile>
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

void printError(const QString &message)
{
    QTextStream(stderr) << u"gpucompare: "_s << message << Qt::endl;
}

const QStringList kCommands = {u"export"_s};

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("GPU Cloud Compare: who holds the GPU cloud market, what a GPU-hour costs where, and "
           "what a training job will cost on every offer.\n\n"
           "Without a command, opens the window.\n\n"
           "Commands:\n"
           "  export FILE [--what all] [--format json]   write the price book to FILE (\"-\" for "
           "standard output)\n\n"
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
    m_parser.addOption({u"what"_s, tr("What to export: all."), u"WHAT"_s, u"all"_s});
    m_parser.addOption({u"format"_s, tr("File format: json."), u"FORMAT"_s, u"json"_s});
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
    if (parsed.command == u"export")
        return runExport(parsed);
    return usageError(tr("unknown command \"%1\"").arg(parsed.command));
}

int CommandLine::usageError(const QString &message)
{
    printError(message);
    QTextStream(stderr) << tr("Run \"gpucompare --help\" for usage.") << Qt::endl;
    return 2;
}

std::unique_ptr<PriceBook> CommandLine::openPriceBook(const Parsed &parsed)
{
    const QString path = parsed.databasePath.isEmpty() ? PriceBook::defaultPath()
                                                       : parsed.databasePath;
    PriceBook::OpenResult opened = PriceBook::open(path);
    if (!opened.book)
        printError(opened.error);
    return std::move(opened.book);
}

int CommandLine::runExport(const Parsed &parsed)
{
    if (parsed.arguments.size() != 1)
        return usageError(tr("export needs exactly one output FILE (\"-\" for standard output)"));
    const QString what = m_parser.value(u"what"_s);
    const QString format = m_parser.value(u"format"_s);
    if (what != u"all")
        return usageError(tr("--what \"%1\" is not supported; use: all").arg(what));
    if (format != u"json")
        return usageError(tr("--format \"%1\" is not supported for --what all; use: json").arg(format));

    const auto book = openPriceBook(parsed);
    if (!book)
        return 1;
    const QByteArray document = PriceBookJson::write(readPriceBook(book->database()));

    const QString target = parsed.arguments.first();
    if (target == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(document) != document.size()) {
            printError(tr("cannot write to standard output"));
            return 1;
        }
        return 0;
    }
    // QSaveFile writes beside the target and renames on commit: a failed export never leaves
    // a truncated file where a good one was.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size()
        || !file.commit()) {
        printError(tr("cannot write \"%1\": %2").arg(target, file.errorString()));
        return 1;
    }
    return 0;
}

} // namespace gpucompare
