#pragma once

#include <QString>
#include <QTextStream>

namespace gpucompare {

/// "gpucompare: message" on standard error: the command line's one way to report a problem.
inline void printError(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("gpucompare: ") << message << Qt::endl;
}

} // namespace gpucompare
