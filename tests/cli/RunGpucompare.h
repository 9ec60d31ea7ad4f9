#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace gpucompare::test {

using namespace Qt::StringLiterals;

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs the built gpucompare binary, optionally as the unprivileged user "nobody" (when the
/// tests run as root, the only way to meet a folder that really is read-only).
inline ProcessResult runGpucompare(const QStringList &arguments, bool asNobody = false)
{
    QProcess process;
    QString program = QStringLiteral(GPUCOMPARE_BINARY);
    QStringList args = arguments;
    if (asNobody) {
        args.prepend(program);
        args = QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s} + args;
        program = QStandardPaths::findExecutable(u"setpriv"_s);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.waitForFinished(60'000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace gpucompare::test
