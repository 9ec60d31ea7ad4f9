#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace gpucompare {

class PriceBook;

/// A command as the command line read it: which, its positional arguments, and --db.
struct CommandCall
{
    QString command;       ///< empty: open the window
    QStringList arguments; ///< positional arguments after the command
    QString databasePath;  ///< --db, empty for the default price book
};

/// What every command shares: the call it answers, the options parsed with it, and opening
/// the price book it works on. The commands (TransferCommands, UpdateCommand,
/// EstimateCommands, ChartCommand) each run one or a few verbs on top of it.
class CliCommand
{
    // One context for every message of the command line, as when it was one class.
    Q_DECLARE_TR_FUNCTIONS(gpucompare::CommandLine)

public:
    CliCommand(const CommandCall &call, const QCommandLineParser &options);

protected:
    /// What a command does when --db names a file that does not exist.
    enum class IfMissing
    {
        Create,
        Refuse
    };
    /// Opens --db (or the user's default book, made from the bundled dataset on first use);
    /// prints why on failure, and notes a new book or a rolled-back change on standard error.
    std::unique_ptr<PriceBook> openPriceBook(IfMissing ifMissing) const;
    /// The book a writing command changes: --db opened, created when missing, and refused
    /// (reported) when it is read-only unless the command only shows what it would change.
    std::unique_ptr<PriceBook> openBookToWrite(bool dryRun) const;

    const CommandCall &m_call;
    const QCommandLineParser &m_parser;
};

} // namespace gpucompare
