#include "Application.h"

#include "CommandLine.h"
#include "FileActions.h"
#include "MainWindow.h"
#include "PhaseTrace.h"
#include "PriceBook.h"
#include "TeamBookUri.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <csignal>
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

/// Quits the event loop once `window` has painted, after its children finish the same pass.
void quitAfterFirstPaint(QWidget *window)
{
    class FirstPaint final : public QObject
    {
    public:
        using QObject::QObject;

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !m_seen) {
                m_seen = true;
                // After the children painted in the same pass: the frame is complete.
                QTimer::singleShot(0, qApp, [] {
                    QTextStream(stdout) << "first-frame-epoch-ms "
                                        << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
                    QCoreApplication::quit();
                });
            }
            return QObject::eventFilter(watched, event);
        }

    private:
        bool m_seen = false;
    };
    window->installEventFilter(new FirstPaint(window));
}

} // namespace

void Application::installTranslations(const QLocale &locale)
{
    // Replaces the previous language's translators, so a switch never stacks two languages.
    static QList<QTranslator *> installed;
    for (QTranslator *old : std::as_const(installed)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed.clear();
    // Qt's own strings (dialog buttons, context menus) and ours, for the user's language.
    // Translations live in the app's resources; a missing one leaves English.
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // A language we do not translate to reads English, with English plurals ("1 row").
    auto *ours = new QTranslator(qApp);
    if (ours->load(locale, u"gpucompare"_s, u"_"_s, u":/i18n"_s) ||
        ours->load(u"gpucompare_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    installed = {qt, ours};
}

int Application::run(int argc, char *argv[])
{
    // Under a file-size limit (ulimit -f) a write past it must fail, so SQLite rolls back and
    // QSaveFile discards, and the user is told; the default SIGXFSZ would kill us halfway.
    tracePhase("main");
    std::signal(SIGXFSZ, SIG_IGN);
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
    QApplication::setWindowIcon(windowIcon());

    tracePhase("qapplication");
    CommandLine commandLine;
    const CommandLine::Parsed parsed = commandLine.parse(QApplication::arguments());
    if (parsed.exitCode)
        return *parsed.exitCode;
    if (!parsed.command.isEmpty()) {
        // Commands and the files they write are read by scripts: numbers in the C locale
        // ("0.39", "2046790") whatever LANG says, as the text is English.
        QLocale::setDefault(QLocale::c());
        return commandLine.execute(parsed);
    }

    const QString path =
        parsed.databasePath.isEmpty() ? PriceBook::defaultPath() : parsed.databasePath;
    PriceBook::OpenResult opened = PriceBook::open(path);
    if (!opened.book && TeamBookUri::isTeamBook(path)) {
        // The team's server may be down or out of reach (a laptop away from the office): the
        // user's own book is one click away rather than a dead end.
        installTranslations(windowLocale());
        QMessageBox box(QMessageBox::Warning, QApplication::applicationDisplayName(), opened.error,
                        QMessageBox::Cancel);
        box.setInformativeText(QCoreApplication::translate("gpucompare::Application",
                                                           "Open your local price book instead?"));
        QPushButton *local = box.addButton(
            QCoreApplication::translate("gpucompare::Application", "Open &Local Price Book"),
            QMessageBox::AcceptRole);
        box.setDefaultButton(local);
        box.exec();
        if (box.clickedButton() != local)
            return 1;
        opened = PriceBook::open(PriceBook::defaultPath());
    }
    if (!opened.book) {
        installTranslations(windowLocale());
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), opened.error);
        return 1;
    }
    std::unique_ptr<PriceBook> book = std::move(opened.book);
    tracePhase("book-opened");
    QVariantMap viewState; // carried from a window to the one a language switch builds
    for (;;) {
        // Commands speak English (scripts parse them); the window speaks the user's language.
        // View › Language builds the window again in the new one: every string is set when
        // a widget is made, so a new window is the one way nothing stays in the old language.
        const QLocale locale = windowLocale();
        QLocale::setDefault(locale);
        installTranslations(locale);
        tracePhase("translations");
        MainWindow window(std::move(book));
        window.restoreViewState(viewState);
        tracePhase("window-made");
        bool rebuild = false;
        QObject::connect(&window, &MainWindow::languageChangeRequested, &window, [&] {
            rebuild = true;
            viewState = window.viewState();
            window.close(); // saves the layout and the job, as on quit
        });
        // Benchmarks (tools/benchmark.sh) time start to first painted frame as a whole process:
        // with this variable set, the window closes as soon as it has painted once.
        if (qEnvironmentVariableIsSet("GPUCOMPARE_QUIT_AFTER_FIRST_FRAME"))
            quitAfterFirstPaint(&window);
        window.show();
        tracePhase("shown");
        const int result = QApplication::exec();
        if (!rebuild)
            return result;
        book = window.takeBook();
    }
}

QIcon Application::windowIcon()
{
    // The installed theme icon first (the SVG the package puts in hicolor), else ours.
    QIcon bundled;
    for (int size : {48, 128, 256})
        bundled.addFile(u":/icons/io.github.gpucompare.GpuCompare-%1.png"_s.arg(size),
                        QSize(size, size));
    return QIcon::fromTheme(u"io.github.gpucompare.GpuCompare"_s, bundled);
}

QLocale Application::windowLocale()
{
    const QString language = QSettings().value(u"language"_s).toString();
    if (language == u"en"_s)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (language == u"zh_CN"_s)
        return QLocale(QLocale::Chinese, QLocale::China);
    return QLocale::system();
}

} // namespace gpucompare
