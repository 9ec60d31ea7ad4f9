#include "CliOutput.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <cstdlib>

namespace gpucompare {

// The command line's messages are one context of the translations, whichever class says them.

int usageError(const QString &message)
{
    printError(message);
    QTextStream(stderr) << QCoreApplication::translate("gpucompare::CommandLine",
                                                       "Run \"gpucompare --help\" for usage.")
                        << Qt::endl;
    return 2;
}

int bookError(const QString &message)
{
    printError(QCoreApplication::translate("gpucompare::CommandLine",
                                           "the price book could not be read or written: %1")
                   .arg(message));
    return 1;
}

int writeStandardOutput(const std::function<bool(QIODevice *)> &write)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || !write(&out)) {
        printError(QCoreApplication::translate("gpucompare::CommandLine",
                                               "cannot write to standard output"));
        return 1;
    }
    return 0;
}

void exitAfterOutput(int status)
{
    if (std::fflush(stdout) != 0 && status == 0) {
        printError(QCoreApplication::translate("gpucompare::CommandLine",
                                               "cannot write to standard output"));
        status = 1;
    }
    std::fflush(stderr);
    // _Exit, not exit: no static destructors, no atexit handlers (Qt's included); the kernel
    // releases the memory, the file and its locks at once.
    std::_Exit(status);
}

} // namespace gpucompare
