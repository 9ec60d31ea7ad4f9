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

} // namespace gpucompare
