#pragma once

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace gpucompare::test {

using namespace Qt::StringLiterals;

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    bool timedOut = false;
};

/// How long one run of the binary may take before it counts as hung.
inline constexpr int defaultRunTimeoutMs = 120'000;

/// The environment every run of the binary gets: headless, and with its own settings, data and
/// cache folders, so that a command under test never reads or changes the user's own.
inline QProcessEnvironment gpucompareEnvironment()
{
    static QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    return env;
}

/// Waits for a started process. One that has not finished in `timeoutMs` is killed and the
/// test fails, naming the command: a hung run must never read as a successful one.
inline ProcessResult finishOrFail(QProcess &process, int timeoutMs)
{
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = process.state() != QProcess::NotRunning;
        if (result.timedOut) {
            process.kill();
            process.waitForFinished(10'000);
            ADD_FAILURE()
                << "did not finish within " << timeoutMs << " ms and was killed: "
                << QString(process.program() + u' ' + process.arguments().join(u' ')).toStdString();
        } else if (process.error() == QProcess::FailedToStart) {
            ADD_FAILURE() << "could not start " << process.program().toStdString();
        }
    }
    result.exitCode = !result.timedOut && process.exitStatus() == QProcess::NormalExit &&
                              process.error() != QProcess::FailedToStart
                          ? process.exitCode()
                          : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// Runs any program to its end (or its time limit) in the binary's environment, with `extra`
/// variables set on top (LANG, say).
inline ProcessResult runProgram(const QString &program, const QStringList &arguments,
                                int timeoutMs = defaultRunTimeoutMs,
                                const QMap<QString, QString> &extra = {})
{
    QProcess process;
    QProcessEnvironment env = gpucompareEnvironment();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    return finishOrFail(process, timeoutMs);
}

/// Runs the built gpucompare binary, optionally as the unprivileged user "nobody" (when the
/// tests run as root, the only way to meet a folder that really is read-only).
inline ProcessResult runGpucompare(const QStringList &arguments, bool asNobody = false)
{
    QString program = QStringLiteral(GPUCOMPARE_BINARY);
    QStringList args = arguments;
    if (asNobody) {
        args.prepend(program);
        args = QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s} + args;
        program = QStandardPaths::findExecutable(u"setpriv"_s);
    }
    return runProgram(program, args);
}

/// A new price book at `path`, made from the bundled dataset by the binary itself, as on a
/// user's first start (the default book of a data folder of its own, made once per test
/// program and copied). Commands that only read refuse a --db that names no file.
inline QString newBundledBook(const QString &path)
{
    static const QString bundled = [] {
        static QTemporaryDir data;
        QProcess process;
        QProcessEnvironment env = gpucompareEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, data.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GPUCOMPARE_BINARY),
                      {u"export"_s, u"-"_s, u"--what"_s, u"market-share"_s});
        const ProcessResult made = finishOrFail(process, defaultRunTimeoutMs);
        EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
        return data.filePath(u"gpucompare/gpucompare/pricebook.sqlite"_s);
    }();
    QFile::remove(path);
    EXPECT_TRUE(QFile::copy(bundled, path)) << "no bundled book at " << bundled.toStdString();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
    return path;
}

} // namespace gpucompare::test
