#include "TestEnvironment.h"

#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    // Widget tests never need a display: discovery and a plain run behave like the test preset.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    gpucompare::test::isolateFromUserSettings();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("gpucompare-tests"));
    QApplication::setApplicationName(QStringLiteral("gpucompare-widget-tests"));
    gpucompare::test::startWithEmptySettings();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
