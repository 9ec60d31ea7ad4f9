#include "TestEnvironment.h"

#include <QSettings>
#include <QStandardPaths>

namespace gpucompare::test {

void isolateFromUserSettings()
{
    QStandardPaths::setTestModeEnabled(true);
}

void startWithEmptySettings()
{
    QSettings().clear();
}

} // namespace gpucompare::test
