#include "TestEnvironment.h"

#include <QStandardPaths>

namespace gpucompare::test {

void isolateFromUserSettings()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace gpucompare::test
