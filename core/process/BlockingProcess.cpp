#include "BlockingProcess.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>

namespace rd {

namespace {

void signalGroup(qint64 pid, int signal)
{
    if (pid > 0) {
        ::kill(-pid_t(pid), signal); // the whole group (setsid made the child its leader)
        ::kill(pid_t(pid), signal);
    }
}

void emitLines(QByteArray &pending, const QByteArray &chunk, const TaskControl &control, bool flush)
{
    pending += chunk;
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        QString line = QString::fromUtf8(pending.left(newline));
        pending.remove(0, newline + 1);
        // pip redraws progress with '\r': keep the last state only.
        const qsizetype cr = line.lastIndexOf(QLatin1Char('\r'), line.size() - 2);
        if (cr >= 0) {
            line = line.mid(cr + 1);
        }
        line = line.trimmed();
        if (!line.isEmpty()) {
            control.log(line);
        }
    }
    if (flush && !pending.trimmed().isEmpty()) {
        control.log(QString::fromUtf8(pending).trimmed());
        pending.clear();
    }
}

} // namespace

Result<ProcessOutput> BlockingProcess::run(const ProcessRequest &request, const TaskControl &control, int killGraceMs)
{
    const QString shown = displayCommand(QFileInfo(request.program).fileName(), request.arguments);
    if (control.isCancelled()) {
        return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled before: %1").arg(shown));
    }
    QProcess process;
    process.setProgram(request.program);
    process.setArguments(request.arguments);
    process.setProcessEnvironment(request.environment);
    if (!request.workingDirectory.isEmpty()) {
        process.setWorkingDirectory(request.workingDirectory);
    }
    // Its own session (a cancel stops the whole tree), and background priority (Tool.h).
    process.setChildProcessModifier([] {
        ::setsid();
        (void)::setpriority(PRIO_PROCESS, 0, backgroundNiceness);
    });
    control.log(QStringLiteral("$ ") + shown);
    qCDebug(lcProcess) << "run" << shown;
    process.start();
    if (!process.waitForStarted(30'000)) {
        return fail(Error::Code::ToolMissing,
            QCoreApplication::translate("core", "Could not start '%1': %2.").arg(request.program, process.errorString()),
            QCoreApplication::translate("core", "Check that it is installed and on PATH."));
    }
    const qint64 pid = process.processId();
    if (!request.standardInput.isEmpty()) {
        process.write(request.standardInput);
    }
    process.closeWriteChannel();

    ProcessOutput output;
    QByteArray pending[2];
    auto drain = [&](bool flush) {
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        output.standardOutput += out;
        output.standardError += err;
        emitLines(pending[0], out, control, flush);
        emitLines(pending[1], err, control, flush);
    };
    QElapsedTimer clock;
    clock.start();
    bool cancelled = false;
    bool timedOut = false;
    QElapsedTimer sinceTerm;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        drain(false);
        if (!cancelled && !timedOut) {
            if (control.isCancelled()) {
                cancelled = true;
            } else if (request.timeoutMs > 0 && clock.elapsed() > request.timeoutMs) {
                timedOut = true;
            }
            if (cancelled || timedOut) {
                control.log(cancelled ? QCoreApplication::translate("core", "Stopping %1 (cancelled)").arg(shown)
                                      : QCoreApplication::translate("core", "Stopping %1 (timed out)").arg(shown));
                signalGroup(pid, SIGTERM);
                sinceTerm.start();
            }
        } else if (sinceTerm.isValid() && sinceTerm.elapsed() > killGraceMs) {
            signalGroup(pid, SIGKILL);
            sinceTerm.invalidate();
        }
        if (process.state() != QProcess::NotRunning) {
            process.waitForFinished(0);
        }
    }
    if (cancelled || timedOut) {
        // Children that outlived the leader (same group) are stopped too.
        signalGroup(pid, SIGKILL);
    }
    drain(true);
    if (cancelled) {
        return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled: %1").arg(shown));
    }
    if (timedOut) {
        return fail(Error::Code::Timeout,
            QCoreApplication::translate("core", "'%1' did not finish within %2 s and was stopped.")
                .arg(shown)
                .arg(request.timeoutMs / 1000));
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return output;
}

} // namespace rd
