#pragma once

#include "JobOptions.h"
#include "ServeOptions.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QIODevice;

namespace gpucompare {

class PriceBook;

/// The command-line contract of ARCHITECTURE.md: parsing, and the commands that run without
/// a window. Exit status: 0 success, 1 failure (reason on stderr), 2 bad usage or values.
class CommandLine final
{
public:
    struct Parsed
    {
        std::optional<int> exitCode; ///< set when parsing already finished the run (help, errors)
        QString command;             ///< empty: open the window
        QStringList arguments;       ///< positional arguments after the command
        QString databasePath;        ///< --db, empty for the default price book
    };

    CommandLine();

    Parsed parse(const QStringList &arguments);
    int execute(const Parsed &parsed);

private:
    int runEstimate(const Parsed &parsed);
    int runExport(const Parsed &parsed);
    int runCopy(const Parsed &parsed);
    int runImport(const Parsed &parsed);
    int runUpdate(const Parsed &parsed);
    int runServeEstimate(const Parsed &parsed);
    /// Writes bytes to FILE through QSaveFile, or to standard output for "-".
    int writeOutput(const QString &target, const QByteArray &bytes);
    int runExportChart(const Parsed &parsed);
    /// What a command does when --db names a file that does not exist.
    enum class IfMissing
    {
        Create,
        Refuse
    };
    /// Opens --db (or the user's default book, made from the bundled dataset on first use);
    /// prints why on failure, and notes a new book or a rolled-back change on standard error.
    std::unique_ptr<PriceBook> openPriceBook(const Parsed &parsed, IfMissing ifMissing);
    int usageError(const QString &message);
    /// Says why the price book could not be read or written; the exit status, 1.
    int bookError(const QString &message);
    /// Loads the cost inputs and reads the job options; 0, or the exit status of a failure
    /// it has already reported.
    int readJob(const QSqlDatabase &db, CostInputs &inputs,
                std::optional<JobOptions::Request> &request);
    /// The same for the serving options.
    int readServe(const QSqlDatabase &db, CostInputs &inputs,
                  std::optional<ServeOptions::Request> &request);
    /// An estimate's usage: options only, and --format table (default), json or csv; 0, or
    /// the exit status of the usage error it reported.
    int readReportUsage(const Parsed &parsed, QString *format);
    /// Writes an estimate to standard output in `format`, the JSON streamed.
    int writeReport(const QString &format, const std::function<bool(QIODevice *)> &writeJson,
                    const std::function<QByteArray()> &csv, const std::function<QString()> &table);
    /// The offers, GPU models and discounts; false (reported) when the book cannot be read.
    /// The cost inputs in the freshness window of --max-age: 0, or the exit status (2 for a
    /// bad --max-age, 1 when the book cannot be read).
    int readInputs(const QSqlDatabase &db, CostInputs &inputs);

    QCommandLineParser m_parser;
};

} // namespace gpucompare
