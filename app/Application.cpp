#include "Application.h"

#include "CommandLine.h"
#include "MainWindow.h"
#include "PriceBook.h"

#include <QApplication>
#include <QMessageBox>
#include <cstring>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

/// Whether argv names a command (anything but the window): decided before QApplication exists,
/// because a headless run must pick the offscreen platform first.
bool namesCommand(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
            std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0)
            return true;
        if (arg[0] != '-')
            return true;
        if (std::strcmp(arg, "--db") == 0)
            ++i; // skip its value
    }
    return false;
}

/// Commands print their own messages; a session without XDG_RUNTIME_DIR (a root shell, a CI
/// job) makes Qt warn about it on every run, which would bury them.
QtMessageHandler previousMessageHandler = nullptr;

void commandMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"_s))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, text);
}

} // namespace

int Application::run(int argc, char *argv[])
{
    const bool command = namesCommand(argc, argv);
    // Commands never need a screen: render offscreen unless the user chose a platform. Qt
    // Charts builds on Graphics View, so even chart export needs a QApplication.
    if (command && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (command)
        previousMessageHandler = qInstallMessageHandler(commandMessageHandler);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"gpucompare"_s);
    QApplication::setApplicationName(u"gpucompare"_s);
    QApplication::setApplicationDisplayName(u"GPU Cloud Compare"_s);
    QApplication::setApplicationVersion(QStringLiteral(GPUCOMPARE_VERSION));
    QApplication::setDesktopFileName(u"io.github.gpucompare.GpuCompare"_s);

    CommandLine commandLine;
    const CommandLine::Parsed parsed = commandLine.parse(QApplication::arguments());
    if (parsed.exitCode)
        return *parsed.exitCode;
    if (!parsed.command.isEmpty())
        return commandLine.execute(parsed);

    const QString path =
        parsed.databasePath.isEmpty() ? PriceBook::defaultPath() : parsed.databasePath;
    PriceBook::OpenResult opened = PriceBook::open(path);
    if (!opened.book) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), opened.error);
        return 1;
    }
    MainWindow window(std::move(opened.book));
    window.show();
    return QApplication::exec();
}

} // namespace gpucompare
