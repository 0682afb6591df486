#include "ContainerEngine.h"

#include "process/Tool.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <unistd.h>

namespace rd {

namespace {

ContainerEngine podmanAt(const QString &path, const QProcessEnvironment &environment)
{
    ContainerEngine engine;
    engine.name = QStringLiteral("podman");
    engine.program = path;
    const QString extra = environment.value(QStringLiteral("RELEASEDESK_PODMAN_ARGS"));
    engine.globalArguments = QProcess::splitCommand(extra);
    if (::geteuid() == 0 && !engine.globalArguments.contains(QStringLiteral("--storage-driver"))) {
        // As root without a configured storage, vfs works everywhere (no overlay mounts needed).
        engine.globalArguments << QStringLiteral("--storage-driver") << QStringLiteral("vfs");
    }
    if (::geteuid() == 0) {
        engine.buildArguments << QStringLiteral("--isolation") << QStringLiteral("chroot");
    }
    // The docker image format keeps HEALTHCHECK (OCI images drop it with a warning).
    engine.buildArguments << QStringLiteral("--format") << QStringLiteral("docker");
    return engine;
}

bool dockerDaemonAnswers(const QString &program, const QProcessEnvironment &environment)
{
    ProcessRequest request;
    request.program = program;
    request.arguments = { QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}") };
    request.environment = environment;
    request.timeoutMs = 15'000;
    auto output = runProcess(request);
    return output && output->exitCode == 0 && !output->stdoutText().isEmpty();
}

} // namespace

Result<ContainerEngine> ContainerEngine::find(const QString &wanted, const QProcessEnvironment &environment)
{
    const QString path = environment.value(QStringLiteral("PATH"));
    const QStringList paths = path.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"), paths);
    const QString podman = QStandardPaths::findExecutable(QStringLiteral("podman"), paths);
    if (wanted == QStringLiteral("podman")
        || (wanted.isEmpty() && !podman.isEmpty() && (docker.isEmpty() || !dockerDaemonAnswers(docker, environment)))) {
        if (podman.isEmpty()) {
            return fail(Error::Code::ToolMissing, QCoreApplication::translate("core", "podman is not installed."),
                QCoreApplication::translate("core", "Install it (apt install podman), or use --engine docker."));
        }
        return podmanAt(podman, environment);
    }
    if (wanted == QStringLiteral("docker") || (wanted.isEmpty() && !docker.isEmpty())) {
        if (docker.isEmpty()) {
            return fail(Error::Code::ToolMissing, QCoreApplication::translate("core", "docker is not installed."),
                QCoreApplication::translate("core", "Install Docker, or use --engine podman."));
        }
        if (!dockerDaemonAnswers(docker, environment)) {
            return fail(Error::Code::ToolFailed,
                QCoreApplication::translate("core", "docker is installed, but its daemon does not answer (docker info failed)."),
                QCoreApplication::translate("core", "Start the Docker daemon, or install podman, which needs none."));
        }
        ContainerEngine engine;
        engine.name = QStringLiteral("docker");
        engine.program = docker;
        return engine;
    }
    if (!wanted.isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "Unknown container engine '%1'.").arg(wanted),
            QCoreApplication::translate("core", "Use --engine docker or --engine podman."));
    }
    return fail(Error::Code::ToolMissing, QCoreApplication::translate("core", "Neither docker nor podman is installed."),
        QCoreApplication::translate(
            "core", "Install one (apt install podman), or run the commands the plan shows on a machine that has one."));
}

ContainerEngine ContainerEngine::planOnly(const QString &wanted)
{
    ContainerEngine engine;
    engine.name = wanted.isEmpty() ? QStringLiteral("docker") : wanted;
    engine.program = engine.name;
    return engine;
}

} // namespace rd
