#include "TestEnvironment.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    gpucompare::test::isolateFromUserSettings();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("gpucompare-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("gpucompare-tests"));
    gpucompare::test::startWithEmptySettings();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
