#include "TestEnvironment.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace gpucompare::test {

void isolateFromUserSettings()
{
    QStandardPaths::setTestModeEnabled(true);
}

void startWithEmptySettings()
{
    // A settings folder for this process alone: ctest runs each test case as a process, two
    // at a time, and with one shared file a test starting here cleared what another test had
    // just written and was about to read back after a restart of its window.
    static QTemporaryDir folder(QDir::temp().filePath(u"gpucompare-test-settings-XXXXXX"_s));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    QSettings().clear();
}

} // namespace gpucompare::test
