// The process runner the command-line tests use: a run that hangs is killed and fails the
// test, and runs of the binary get their own settings folders.

#include "RunGpucompare.h"

#include <QDir>
#include <QElapsedTimer>
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

using namespace gpucompare::test;

TEST(Harness, AHungRunIsKilledAndFailsTheTest)
{
    static ProcessResult hung;
    QElapsedTimer timer;
    timer.start();
    EXPECT_NONFATAL_FAILURE(hung = runProgram(u"sleep"_s, {u"60"_s}, 300),
                            "did not finish within 300 ms");
    EXPECT_LT(timer.elapsed(), 20'000);
    EXPECT_TRUE(hung.timedOut);
    EXPECT_EQ(hung.exitCode, -1);
}

TEST(Harness, AProgramThatCannotStartFailsTheTest)
{
    static ProcessResult missing;
    EXPECT_NONFATAL_FAILURE(missing = runProgram(u"/nonexistent/gpucompare"_s, {}),
                            "could not start");
    EXPECT_EQ(missing.exitCode, -1);
}

TEST(Harness, AFinishedRunReportsItsExitCodeAndOutput)
{
    const ProcessResult run = runProgram(u"sh"_s, {u"-c"_s, u"echo out; echo err >&2; exit 3"_s});
    EXPECT_FALSE(run.timedOut);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.out, "out\n");
    EXPECT_EQ(run.err, u"err\n"_s);
}

TEST(Harness, TheBinaryRunsWithItsOwnSettingsFolder)
{
    const QProcessEnvironment env = gpucompareEnvironment();
    const QString config = env.value(u"XDG_CONFIG_HOME"_s);
    EXPECT_FALSE(config.isEmpty());
    EXPECT_NE(config, qEnvironmentVariable("XDG_CONFIG_HOME"));
    EXPECT_FALSE(config.startsWith(QDir::homePath() + u"/.config"_s));
}
