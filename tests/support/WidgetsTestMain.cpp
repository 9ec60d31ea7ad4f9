#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("gpucompare-tests"));
    QApplication::setApplicationName(QStringLiteral("gpucompare-widget-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
