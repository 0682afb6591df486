// releasedesk-cli docker init|plan|build|push|webhook: the app's container image (guide §7).
#include "CliSupport.h"
#include "docker/DockerImageRun.h"
#include "docker/DockerInit.h"
#include "docker/DockerPlan.h"
#include "docker/RedeployWebhook.h"
#include "project/ArtifactNames.h"
#include "secrets/Redactor.h"
#include "versioning/VersionResolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcessEnvironment>

namespace rd::cli {

namespace {

struct DockerOptions
{
    QCommandLineOption project = projectOption();
    QCommandLineOption version { QStringLiteral("version"),
        QCoreApplication::translate(
            "cli", "The version (default: the version chain: tag on HEAD, GITEA_REF_NAME, pyproject.toml)."),
        QStringLiteral("V") };
    QCommandLineOption registry { QStringLiteral("registry"),
        QCoreApplication::translate(
            "cli", "HOST/OWNER (default: [docker] registry, else the server's host and the repository's owner)."),
        QStringLiteral("HOST/OWNER") };
    QCommandLineOption engine { QStringLiteral("engine"),
        QCoreApplication::translate("cli", "docker or podman (default: the one found)."), QStringLiteral("NAME") };
    QCommandLineOption user { QStringLiteral("user"),
        QCoreApplication::translate("cli", "Registry user (default: GITEA_ACTOR / GITHUB_ACTOR, else the repository's owner)."),
        QStringLiteral("NAME") };
    QCommandLineOption buildArg { QStringLiteral("build-arg"),
        QCoreApplication::translate("cli", "More build arguments (repeatable)."), QStringLiteral("KEY=VALUE") };

    void addTo(QCommandLineParser &parser) const { parser.addOptions({ project, version, registry, engine, user, buildArg }); }
};

struct LoadedPlan
{
    PythonProject project;
    DockerPlan plan;
    QString serverUrl;
};

Result<LoadedPlan> loadPlan(const QCommandLineParser &parser, const DockerOptions &options)
{
    auto project = projectFor(parser, options.project);
    if (!project) {
        return std::unexpected(project.error());
    }
    VersionResolver resolver(*project);
    resolver.setExplicitVersion(parser.value(options.version));
    auto resolution = resolver.resolve();
    if (!resolution) {
        return std::unexpected(resolution.error());
    }
    DockerImageRequest request;
    request.version = resolution->version;
    request.tag = resolution->tag;
    request.registry = parser.value(options.registry);
    request.engine = parser.value(options.engine);
    request.loginUser = parser.value(options.user);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &prefix : { QStringLiteral("GITEA_"), QStringLiteral("GITHUB_") }) {
        if (project->settings.serverUrl.isEmpty() && request.serverUrl.isEmpty()) {
            request.serverUrl = env.value(prefix + QStringLiteral("SERVER_URL"));
            request.repository = env.value(prefix + QStringLiteral("REPOSITORY"));
        }
    }
    for (const QString &pair : parser.values(options.buildArg)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("cli", "--build-arg '%1' is not KEY=VALUE.").arg(pair),
                QCoreApplication::translate("cli", "Write it as --build-arg PIP_INDEX_URL=https://mirror/simple."));
        }
        request.buildArguments.insert(pair.left(equals), pair.mid(equals + 1));
    }
    auto plan = DockerPlan::make(*project, request);
    if (!plan) {
        return std::unexpected(plan.error());
    }
    return LoadedPlan { *project, *plan, request.serverUrl.isEmpty() ? project->settings.serverUrl : request.serverUrl };
}

int dockerInit(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption project = projectOption();
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("cli", "Show the diff; write nothing."));
    const QCommandLineOption force(
        QStringLiteral("force"), QCoreApplication::translate("cli", "Replace a Dockerfile that differs (your edits are lost)."));
    parser.addOptions({ project, dryRun, force });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli docker init [--project DIR] [--dry-run] [--force]\n"
                "Generates the project's multi-stage Dockerfile (and .dockerignore), shows the diff, writes it "
                "and turns the Docker step on ([docker] enabled = true)."),
            code)) {
        return code;
    }
    auto loaded = projectFor(parser, project);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    const QList<FileChange> changes = DockerInit::changes(*loaded);
    Status status;
    if (!parser.isSet(dryRun)) {
        status = DockerInit::apply(*loaded, changes, parser.isSet(force));
    }
    return printFileChanges(context, changes, status, parser.isSet(dryRun), {},
        QCoreApplication::translate("cli", "Written. The release run now builds and pushes the image."));
}

int dockerPlan(Context &context)
{
    QCommandLineParser parser;
    DockerOptions options;
    options.addTo(parser);
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli docker plan [--project DIR] [--version V] [--registry HOST/OWNER] [--engine "
                "docker|podman]\nThe image's tags and the exact build, login and push commands. Runs nothing."),
            code)) {
        return code;
    }
    auto loaded = loadPlan(parser, options);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    if (context.json()) {
        return context.printJson(loaded->plan.toJson());
    }
    context.out << loaded->plan.toText() << Qt::endl;
    return Ok;
}

int runImage(Context &context, DockerImageRun::Mode mode, const QString &usage)
{
    QCommandLineParser parser;
    DockerOptions options;
    options.addTo(parser);
    int code = Ok;
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    auto loaded = loadPlan(parser, options);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    if (!loaded->plan.engineFound) {
        if (!context.json()) {
            context.out << loaded->plan.toText() << Qt::endl;
        }
        return context.printError(Error::make(Error::Code::ToolMissing, loaded->plan.engineProblem,
            QCoreApplication::translate("cli", "The commands above are what to run where docker or podman is installed.")));
    }
    const QString token = mode == DockerImageRun::Mode::Build ? QString() : tokenFor(loaded->serverUrl);
    TaskControl control;
    const bool json = context.json();
    control.setLogSink([&context](const QString &line) { context.err << Redactor::instance().redact(line) << Qt::endl; });
    beginGroup(context,
        QCoreApplication::translate("cli", "%1 build and push of %2").arg(loaded->plan.engine.name, loaded->plan.repository));
    auto outcome = DockerImageRun::run(loaded->plan, mode, token, control);
    endGroup(context);
    if (!outcome) {
        return context.printError(outcome.error());
    }
    for (const QString &warning : outcome->warnings) {
        warnRunner(context, warning);
    }
    if (json) {
        QJsonObject object = outcome->toJson();
        object.insert(QStringLiteral("plan"), loaded->plan.toJson());
        object.insert(QStringLiteral("ok"), true);
        return context.printJson(object);
    }
    if (outcome->built) {
        context.out << QStringLiteral("Built %1").arg(loaded->plan.references().join(QStringLiteral(", "))) << Qt::endl;
    }
    if (outcome->pushed) {
        context.out << QStringLiteral("Pushed %1").arg(outcome->pushedReferences.join(QStringLiteral(", "))) << Qt::endl;
        for (const QString &pull : loaded->plan.pullLines()) {
            context.out << QStringLiteral("  ") << pull << Qt::endl;
        }
    } else if (!outcome->pushSkipped.isEmpty()) {
        context.out << QCoreApplication::translate("cli", "Not pushed: ") << outcome->pushSkipped << Qt::endl;
    }
    return Ok;
}

int dockerBuild(Context &context)
{
    return runImage(context, DockerImageRun::Mode::Build,
        QCoreApplication::translate("cli",
            "releasedesk-cli docker build [--project DIR] [--version V] [--registry HOST/OWNER] [--engine docker|podman] "
            "[--build-arg K=V]\nBuilds the image with every tag of the version (vX.Y.Z, X.Y.Z, latest when stable)."));
}

int dockerPush(Context &context)
{
    return runImage(context, DockerImageRun::Mode::BuildAndPush,
        QCoreApplication::translate("cli",
            "releasedesk-cli docker push [--project DIR] [--version V] [--registry HOST/OWNER] [--engine docker|podman] "
            "[--user NAME]\nBuilds the image, logs in with DEPLOY_TOKEN on stdin and pushes each tag. When the "
            "login fails, says so and skips the push (exit 0)."));
}

int dockerWebhook(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption project = projectOption();
    const QCommandLineOption url(QStringLiteral("url"),
        QCoreApplication::translate("cli", "The webhook (default: DOCKER_REDEPLOY_WEBHOOK_URL, else [docker] webhook_url)."),
        QStringLiteral("URL"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QCoreApplication::translate("cli", "Seconds to wait (default 30)."), QStringLiteral("S"), QStringLiteral("30"));
    parser.addOptions({ project, url, timeout });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli docker webhook [--url URL] [--project DIR] [--timeout S]\n"
                "POSTs to the redeploy webhook (Portainer...) and shows its answer; exit 1 unless it is a success."),
            code)) {
        return code;
    }
    QString target = parser.value(url);
    if (target.isEmpty()) {
        target = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DOCKER_REDEPLOY_WEBHOOK_URL"));
    }
    if (target.isEmpty()) {
        if (auto loaded = projectFor(parser, project)) {
            target = loaded->settings.docker.webhookUrl;
        }
    }
    if (target.isEmpty()) {
        return context.usageError(QCoreApplication::translate(
            "cli", "No webhook: pass --url, set DOCKER_REDEPLOY_WEBHOOK_URL, or set [docker] webhook_url in releasedesk.toml."));
    }
    bool okSeconds = false;
    const int seconds = parser.value(timeout).toInt(&okSeconds);
    if (!okSeconds || seconds <= 0 || seconds > 600) {
        return context.usageError(QCoreApplication::translate("cli", "--timeout takes seconds from 1 to 600."));
    }
    // The URL is the credential: it never appears in output.
    Redactor::instance().add(target);
    auto answer = RedeployWebhook::post(target, seconds * 1000);
    if (!answer) {
        return context.printError(answer.error());
    }
    if (context.json()) {
        QJsonObject object = answer->toJson();
        object.insert(QStringLiteral("url"), RedeployWebhook::displayUrl(target));
        object.insert(QStringLiteral("ok"), answer->success());
        return context.printJson(object, answer->success() ? Ok : Failure);
    }
    context.out << QCoreApplication::translate("cli", "%1 answered HTTP %2 in %3 ms")
                       .arg(RedeployWebhook::displayUrl(target))
                       .arg(answer->status)
                       .arg(answer->elapsedMs)
                << Qt::endl;
    if (!answer->body.isEmpty()) {
        context.out << Redactor::instance().redact(answer->body) << Qt::endl;
    }
    if (!answer->success()) {
        return context.printError(Error::make(Error::Code::Rejected,
            QCoreApplication::translate("cli", "The redeploy webhook answered HTTP %1.").arg(answer->status),
            QCoreApplication::translate("cli", "Check the webhook in the deployment tool; the image itself is pushed.")));
    }
    return Ok;
}

} // namespace

QList<Command> dockerCommands()
{
    return {
        { QStringLiteral("docker"), QStringLiteral("init"),
            QCoreApplication::translate("cli", "Generate the project's Dockerfile (shown as a diff)"), dockerInit },
        { QStringLiteral("docker"), QStringLiteral("plan"),
            QCoreApplication::translate("cli", "The image's tags and exact commands"), dockerPlan },
        { QStringLiteral("docker"), QStringLiteral("build"),
            QCoreApplication::translate("cli", "Build the image with the version's tags"), dockerBuild },
        { QStringLiteral("docker"), QStringLiteral("push"),
            QCoreApplication::translate("cli", "Build, log in and push the image"), dockerPush },
        { QStringLiteral("docker"), QStringLiteral("webhook"), QCoreApplication::translate("cli", "Trigger the redeploy webhook"),
            dockerWebhook },
    };
}

} // namespace rd::cli
