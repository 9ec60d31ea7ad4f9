#pragma once

class QIcon;
class QLocale;

namespace gpucompare {

/// Sets up Qt (names, headless mode for commands) and dispatches: a command such as
/// "export" runs and exits with 0, 1 or 2; no command opens the main window.
class Application final
{
public:
    static int run(int argc, char *argv[]);
    /// Loads Qt's and our translations for `locale` into the running application.
    static void installTranslations(const QLocale &locale);
    /// The window's language: View › Language ("language" in QSettings), else the system's.
    static QLocale windowLocale();
    /// The application's icon in every size we ship.
    static QIcon windowIcon();
};

} // namespace gpucompare
