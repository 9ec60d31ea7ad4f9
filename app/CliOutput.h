#pragma once

#include <QString>
#include <QTextStream>
#include <functional>

class QIODevice;

namespace gpucompare {

/// "gpucompare: message" on standard error: the command line's one way to report a problem.
inline void printError(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("gpucompare: ") << message << Qt::endl;
}

/// Reports a usage error and where the usage is told; the exit status of bad usage, 2.
int usageError(const QString &message);

/// Says why the price book could not be read or written; the exit status, 1.
int bookError(const QString &message);

/// Opens standard output for `write`; 0, or 1 (reported) when it cannot be written.
int writeStandardOutput(const std::function<bool(QIODevice *)> &write);

/// Ends the process with `status` once standard output and standard error are flushed, without
/// running destructors: a command that only read the book and wrote its answer has nothing left
/// to do, and freeing the 100,000 offers and estimates of a large book one by one (and SQLite's
/// page cache) took a tenth of `estimate --format json`. A flush that fails turns a status of 0
/// into 1, reported. Only for commands that hold no file open for writing.
[[noreturn]] void exitAfterOutput(int status);

} // namespace gpucompare
