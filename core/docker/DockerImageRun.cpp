#include "DockerImageRun.h"

#include "process/BlockingProcess.h"
#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

namespace rd {

QJsonObject DockerOutcome::toJson() const
{
    return QJsonObject { { QStringLiteral("built"), built }, { QStringLiteral("pushed"), pushed },
        { QStringLiteral("push_skipped"), pushSkipped },
        { QStringLiteral("pushed_references"), QJsonArray::fromStringList(pushedReferences) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

namespace {

Result<ProcessOutput> runEngine(
    const DockerPlan &plan, const DockerCommand &command, const QByteArray &input, const TaskControl &control, int timeoutMs)
{
    control.log(QStringLiteral("$ ") + plan.commandLine(command));
    ProcessRequest request;
    request.program = plan.engine.program;
    request.arguments = command.arguments;
    request.workingDirectory = plan.context;
    request.timeoutMs = timeoutMs;
    request.standardInput = input;
    return BlockingProcess::run(request, control);
}

QString lastLines(const ProcessOutput &output)
{
    QStringList lines
        = (output.stderrText() + QLatin1Char('\n') + output.stdoutText()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return Redactor::instance().redact(lines.mid(qMax(0, lines.size() - 3)).join(QStringLiteral(" / ")));
}

} // namespace

Result<DockerOutcome> DockerImageRun::run(const DockerPlan &plan, Mode mode, const QString &token, const TaskControl &control)
{
    if (!plan.engineFound) {
        return fail(Error::Code::NotFound,
            plan.engineProblem.isEmpty() ? QCoreApplication::translate("core", "No container engine.") : plan.engineProblem,
            QCoreApplication::translate(
                "core", "Install docker or podman, or run the plan's commands elsewhere (releasedesk-cli docker plan)."));
    }
    if (!plan.dockerfileExists && mode != Mode::Push) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 does not exist.").arg(plan.dockerfile),
            QCoreApplication::translate("core",
                "Generate it with `releasedesk-cli docker init` (the Docker page's Generate), or set [docker] "
                "dockerfile in releasedesk.toml."));
    }
    if (!token.isEmpty()) {
        Redactor::instance().add(token);
    }
    DockerOutcome outcome;
    const int steps = (mode == Mode::Build ? 1 : (mode == Mode::Push ? 1 : 2) + int(plan.tags.size()));
    int done = 0;
    if (mode != Mode::Push) {
        control.progress(done, steps, QCoreApplication::translate("core", "Building %1").arg(plan.repository));
        auto built = runEngine(plan, plan.buildCommand(), {}, control, 60 * 60 * 1000);
        if (!built) {
            return std::unexpected(built.error());
        }
        if (built->exitCode != 0) {
            return fail(Error::Code::ToolFailed,
                QCoreApplication::translate("core", "%1 build failed (exit code %2): %3")
                    .arg(plan.engine.name)
                    .arg(built->exitCode)
                    .arg(lastLines(*built)),
                QCoreApplication::translate("core", "The build's output above names the failing Dockerfile line."));
        }
        outcome.built = true;
        control.progress(
            ++done, steps, QCoreApplication::translate("core", "Built %1").arg(plan.references().join(QStringLiteral(", "))));
    }
    if (mode == Mode::Build) {
        return outcome;
    }
    if (token.isEmpty()) {
        outcome.pushSkipped = QStringLiteral("no token (DEPLOY_TOKEN or the keychain): the image was not pushed");
        outcome.warnings << outcome.pushSkipped;
        control.log(QStringLiteral("warning: ") + outcome.pushSkipped);
        return outcome;
    }
    QTemporaryDir authDir;
    if (!authDir.isValid()) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot create a temporary folder for the registry login."),
            QCoreApplication::translate("core", "Check that TMPDIR is writable."));
    }
    const QString authPath = plan.engine.isPodman() ? QDir(authDir.path()).filePath(QStringLiteral("auth.json")) : authDir.path();
    auto login = runEngine(plan, plan.loginCommand(authPath), token.toUtf8() + '\n', control, 120'000);
    if (!login) {
        return std::unexpected(login.error());
    }
    if (login->exitCode != 0) {
        outcome.pushSkipped = QStringLiteral("login to %1 as %2 failed (%3): the image was built but not pushed")
                                  .arg(plan.registryHost, plan.loginUser, lastLines(*login));
        outcome.warnings << outcome.pushSkipped;
        control.log(QStringLiteral("warning: ") + outcome.pushSkipped);
        return outcome;
    }
    control.progress(++done, steps, QCoreApplication::translate("core", "Logged in to %1").arg(plan.registryHost));
    const QList<DockerCommand> pushes = plan.pushCommands(authPath);
    const QStringList references = plan.references();
    for (qsizetype i = 0; i < pushes.size(); ++i) {
        const DockerCommand &push = pushes.at(i);
        auto pushed = runEngine(plan, push, {}, control, 60 * 60 * 1000);
        if (!pushed) {
            return std::unexpected(pushed.error());
        }
        if (pushed->exitCode != 0) {
            return fail(Error::Code::ToolFailed,
                QCoreApplication::translate("core", "%1 failed (exit code %2): %3")
                    .arg(push.title)
                    .arg(pushed->exitCode)
                    .arg(lastLines(*pushed)),
                QCoreApplication::translate(
                    "core", "Check that the registry accepts pushes from %1; the tags pushed before stay.")
                    .arg(plan.loginUser));
        }
        outcome.pushedReferences << references.value(i);
        control.progress(++done, steps, push.title);
    }
    outcome.pushed = true;
    return outcome;
}

} // namespace rd
