#include "Tool.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace rd {

Result<Tool> Tool::find(const QString &name, const QString &debianPackage)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        return fail(Error::Code::ToolMissing, QCoreApplication::translate("core", "The tool '%1' is not installed.").arg(name),
            QCoreApplication::translate("core", "Install the Debian package '%1' (sudo apt-get install %1).").arg(debianPackage));
    }
    return Tool { name, debianPackage, path };
}

Result<ProcessOutput> runProcess(const ProcessRequest &request)
{
    QProcess process;
    process.setProgram(request.program);
    process.setArguments(request.arguments);
    process.setProcessEnvironment(request.environment);
    if (!request.workingDirectory.isEmpty()) {
        process.setWorkingDirectory(request.workingDirectory);
    }
    const QString shown = displayCommand(QFileInfo(request.program).fileName(), request.arguments);
    qCDebug(lcProcess) << "run" << shown;
    process.start();
    if (!process.waitForStarted(10'000)) {
        if (process.error() == QProcess::FailedToStart) {
            return fail(Error::Code::ToolMissing,
                QCoreApplication::translate("core", "Could not start '%1'.").arg(request.program),
                QCoreApplication::translate("core", "Check that it is installed and on PATH."));
        }
        return fail(Error::Code::ToolFailed,
            QCoreApplication::translate("core", "Could not start '%1': %2.").arg(shown, process.errorString()));
    }
    if (!request.standardInput.isEmpty()) {
        process.write(request.standardInput);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(request.timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return fail(Error::Code::Timeout,
            QCoreApplication::translate("core", "'%1' did not finish within %2 s and was stopped.")
                .arg(shown)
                .arg(request.timeoutMs / 1000));
    }
    ProcessOutput out;
    out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.standardOutput = process.readAllStandardOutput();
    out.standardError = process.readAllStandardError();
    return out;
}

QString displayCommand(const QString &program, const QStringList &arguments)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList parts { program };
    for (const QString &argument : arguments) {
        if (!argument.isEmpty() && safe.match(argument).hasMatch()) {
            parts << argument;
        } else {
            QString quoted = argument;
            quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            parts << QLatin1Char('\'') + quoted + QLatin1Char('\'');
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace rd
