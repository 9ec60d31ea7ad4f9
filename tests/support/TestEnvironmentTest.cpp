// Compiled into every test program: settings written by any test land in Qt's test location,
// never in the developer's own configuration.

#include <QSettings>
#include <QStandardPaths>
#include <gtest/gtest.h>

TEST(TestEnvironment, SettingsGoToQtsTestLocationNotTheUsersConfiguration)
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    EXPECT_TRUE(config.contains(QStringLiteral("/.qttest"))) << config.toStdString();
    EXPECT_TRUE(QSettings().fileName().startsWith(config)) << QSettings().fileName().toStdString();
    EXPECT_TRUE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    .contains(QStringLiteral("/.qttest")));
}
