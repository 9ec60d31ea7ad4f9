// Compiled into every test program: settings written by any test land in Qt's test location,
// never in the developer's own configuration.

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <gtest/gtest.h>

TEST(TestEnvironment, SettingsAndDataStayOutOfTheUsersConfiguration)
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    EXPECT_TRUE(config.contains(QStringLiteral("/.qttest"))) << config.toStdString();
    // Settings: a folder of this process's own, never the user's configuration.
    const QString settings = QSettings().fileName();
    EXPECT_TRUE(settings.contains(QStringLiteral("gpucompare-test-settings-")))
        << settings.toStdString();
    EXPECT_FALSE(settings.startsWith(QDir::homePath() + QStringLiteral("/.config")))
        << settings.toStdString();
    EXPECT_TRUE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    .contains(QStringLiteral("/.qttest")));
}
