#include "DockerPlan.h"

#include "process/Tool.h"
#include "project/ArtifactNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace rd {

namespace {

bool isLoopback(const QString &host)
{
    const QString name = host.section(QLatin1Char(':'), 0, 0).toLower();
    return name == QStringLiteral("localhost") || name.startsWith(QStringLiteral("127."))
        || host.startsWith(QStringLiteral("[::1]"));
}

// A docker tag: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}; '+' (a local version) becomes '-'.
QString dockerTag(QString text)
{
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_.-]"));
    text.replace(invalid, QStringLiteral("-"));
    return text.left(128);
}

} // namespace

QString DockerPlan::registryFor(const QString &serverUrl, const QString &owner)
{
    const QUrl url(serverUrl);
    QString host = url.host().toLower();
    if (host.isEmpty() || owner.isEmpty()) {
        return {};
    }
    if (host == QStringLiteral("github.com") || host == QStringLiteral("api.github.com")) {
        host = QStringLiteral("ghcr.io");
    } else if (url.port() > 0 && !(url.scheme() == QStringLiteral("https") && url.port() == 443)
        && !(url.scheme() == QStringLiteral("http") && url.port() == 80)) {
        host += QStringLiteral(":%1").arg(url.port());
    }
    return host + QLatin1Char('/') + owner.toLower();
}

QStringList DockerPlan::tagsFor(const QString &tag, const QString &tagPrefix, bool prerelease)
{
    QStringList tags { dockerTag(tag) };
    QString bare = tag;
    if (!tagPrefix.isEmpty() && bare.startsWith(tagPrefix)) {
        bare = bare.mid(tagPrefix.size());
    }
    if (!tags.contains(dockerTag(bare))) {
        tags << dockerTag(bare);
    }
    if (!prerelease) {
        tags << QStringLiteral("latest");
    }
    return tags;
}

Result<DockerPlan> DockerPlan::make(const PythonProject &project, const DockerImageRequest &request)
{
    const DockerSettings &docker = project.settings.docker;
    DockerPlan plan;
    plan.projectDir = project.rootDir;
    plan.dockerfile = QDir::cleanPath(QDir(project.rootDir).absoluteFilePath(docker.dockerfile));
    plan.context = QDir::cleanPath(QDir(project.rootDir).absoluteFilePath(docker.context));
    plan.version = request.version.toString();
    plan.dockerfileExists = QFileInfo::exists(plan.dockerfile);
    if (!plan.dockerfileExists) {
        plan.notes << QCoreApplication::translate("core",
            "%1 does not exist yet: generate it with `releasedesk-cli docker init` (or set [docker] "
            "dockerfile).")
                          .arg(plan.dockerfile);
    }

    const QString repository = request.repository.isEmpty() ? project.settings.repository : request.repository;
    QString serverUrl = request.serverUrl.isEmpty() ? project.settings.serverUrl : request.serverUrl;
    if (serverUrl.isEmpty() && project.remote) {
        serverUrl = project.remote->serverUrl;
    }
    const QString owner = repository.section(QLatin1Char('/'), 0, 0);
    QString registry = request.registry.isEmpty() ? docker.registry : request.registry;
    if (registry.isEmpty()) {
        registry = registryFor(serverUrl, owner);
    }
    registry = registry.trimmed().toLower();
    while (registry.endsWith(QLatin1Char('/'))) {
        registry.chop(1);
    }
    if (registry.isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "No registry to push the image to."),
            QCoreApplication::translate(
                "core", "Pass --registry HOST/OWNER, set [docker] registry, or set [server] url and repo in releasedesk.toml."));
    }
    if (registry.contains(QStringLiteral("://")) || registry.contains(QLatin1Char('@'))) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The registry '%1' is not HOST/OWNER.").arg(registry),
            QCoreApplication::translate("core", "Give it without scheme or credentials, e.g. git.example.com/owner."));
    }
    QString image = docker.image.isEmpty() ? repository.section(QLatin1Char('/'), 1) : docker.image;
    if (image.isEmpty()) {
        image = project.name;
    }
    image = image.toLower();
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9]+([._-][a-z0-9]+)*$"));
    if (!validName.match(image).hasMatch()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "'%1' is not a valid image name.").arg(image),
            QCoreApplication::translate("core", "Set [docker] image to lowercase letters, digits and . _ - (e.g. %1).")
                .arg(ArtifactNames::fileSafe(image).toLower()));
    }
    plan.registryHost = registry.section(QLatin1Char('/'), 0, 0);
    plan.repository = registry + QLatin1Char('/') + image;
    const QString tag = request.tag.isEmpty() ? ArtifactNames::tagOf(request.version, project.settings.tagPrefix) : request.tag;
    plan.tags = tagsFor(tag, project.settings.tagPrefix, request.version.isPrerelease());
    if (request.version.isPrerelease()) {
        plan.notes << QCoreApplication::translate("core", "%1 is a pre-release: 'latest' is left where it is.").arg(tag);
    }
    plan.tlsVerify = !isLoopback(plan.registryHost)
        && !(QUrl(serverUrl).scheme() == QStringLiteral("http")
            && QUrl(serverUrl).host() == plan.registryHost.section(QLatin1Char(':'), 0, 0));

    plan.loginUser = request.loginUser;
    for (const QString &variable : { QStringLiteral("GITEA_ACTOR"), QStringLiteral("GITHUB_ACTOR") }) {
        if (plan.loginUser.isEmpty()) {
            plan.loginUser = request.environment.value(variable);
        }
    }
    if (plan.loginUser.isEmpty()) {
        plan.loginUser = owner.isEmpty() ? registry.section(QLatin1Char('/'), 1, 1) : owner;
    }

    plan.buildArguments = request.buildArguments;
    plan.buildArguments.insert(QStringLiteral("APP_VERSION"), plan.version);
    QString commit;
    ProcessRequest head;
    head.program = QStringLiteral("git");
    head.arguments = { QStringLiteral("-C"), project.rootDir, QStringLiteral("rev-parse"), QStringLiteral("HEAD") };
    if (auto output = runProcess(head); output && output->exitCode == 0) {
        plan.buildArguments.insert(QStringLiteral("VCS_REF"), output->stdoutText());
    }
    if (project.settings.build.noIndex) {
        plan.notes << QCoreApplication::translate("core",
            "[build] no_index is set for the app builds; the image's pip uses PIP_* build arguments "
            "(--build-arg PIP_INDEX_URL=...) instead.");
    }
    if (!project.settings.build.indexUrl.isEmpty() && !plan.buildArguments.contains(QStringLiteral("PIP_INDEX_URL"))) {
        plan.buildArguments.insert(QStringLiteral("PIP_INDEX_URL"), project.settings.build.indexUrl);
    }

    const QString wanted = request.engine.isEmpty() ? docker.engine : request.engine;
    auto engine = ContainerEngine::find(wanted, request.environment);
    if (engine) {
        plan.engine = *engine;
        plan.engineFound = true;
    } else {
        plan.engine = ContainerEngine::planOnly(wanted);
        plan.engineProblem = engine.error().message;
        plan.notes << QCoreApplication::translate("core", "%1 Run the commands below where an engine is installed.")
                          .arg(engine.error().message);
    }
    if (!plan.tlsVerify && !plan.engine.isPodman()) {
        plan.notes << QCoreApplication::translate("core",
            "%1 is served over plain HTTP: docker pushes there only when its daemon lists it under "
            "insecure-registries.")
                          .arg(plan.registryHost);
    }
    return plan;
}

QStringList DockerPlan::references() const
{
    QStringList refs;
    for (const QString &tag : tags) {
        refs << repository + QLatin1Char(':') + tag;
    }
    return refs;
}

QString DockerPlan::pullLine() const
{
    return tags.isEmpty() ? QString() : QStringLiteral("docker pull %1:%2").arg(repository, tags.value(tags.size() > 1 ? 1 : 0));
}

QStringList DockerPlan::pullLines() const
{
    QStringList lines;
    for (const QString &ref : references()) {
        lines << QStringLiteral("docker pull ") + ref;
    }
    return lines;
}

DockerCommand DockerPlan::buildCommand() const
{
    DockerCommand command;
    command.title = QCoreApplication::translate("core", "Build %1").arg(repository);
    QStringList args { QStringLiteral("build") };
    args << engine.buildArguments;
    args << QStringLiteral("-f") << dockerfile;
    for (auto it = buildArguments.cbegin(); it != buildArguments.cend(); ++it) {
        args << QStringLiteral("--build-arg") << it.key() + QLatin1Char('=') + it.value();
    }
    for (const QString &ref : references()) {
        args << QStringLiteral("-t") << ref;
    }
    args << context;
    command.arguments = engine.arguments(args);
    return command;
}

DockerCommand DockerPlan::loginCommand(const QString &authPath) const
{
    DockerCommand command;
    command.title = QCoreApplication::translate("core", "Log in to %1 as %2").arg(registryHost, loginUser);
    command.tokenOnStdin = true;
    QStringList args;
    if (engine.isPodman()) {
        args << QStringLiteral("login") << QStringLiteral("--authfile") << authPath;
        if (!tlsVerify) {
            args << QStringLiteral("--tls-verify=false");
        }
        command.arguments = engine.arguments(args);
    } else {
        command.arguments = QStringList { QStringLiteral("--config"), authPath, QStringLiteral("login") };
    }
    command.arguments << QStringLiteral("-u") << loginUser << QStringLiteral("--password-stdin") << registryHost;
    return command;
}

QList<DockerCommand> DockerPlan::pushCommands(const QString &authPath) const
{
    QList<DockerCommand> commands;
    for (const QString &ref : references()) {
        DockerCommand command;
        command.title = QCoreApplication::translate("core", "Push %1").arg(ref);
        if (engine.isPodman()) {
            QStringList args { QStringLiteral("push"), QStringLiteral("--authfile"), authPath };
            if (!tlsVerify) {
                args << QStringLiteral("--tls-verify=false");
            }
            command.arguments = engine.arguments(args << ref);
        } else {
            command.arguments = QStringList { QStringLiteral("--config"), authPath, QStringLiteral("push"), ref };
        }
        commands << command;
    }
    return commands;
}

QString DockerPlan::commandLine(const DockerCommand &command) const
{
    QString line = displayCommand(engine.name, command.arguments);
    if (command.tokenOnStdin) {
        line = QStringLiteral("echo \"$DEPLOY_TOKEN\" | ") + line;
    }
    return line;
}

QString DockerPlan::toText() const
{
    const QString auth = engine.isPodman() ? QStringLiteral("$AUTHFILE") : QStringLiteral("$DOCKER_CONFIG_DIR");
    QStringList lines;
    lines << QStringLiteral("Image %1, tags %2").arg(repository, tags.join(QStringLiteral(", ")))
          << QStringLiteral("Engine: %1")
                 .arg(engineFound ? engine.name + QStringLiteral(" (") + engine.program + QLatin1Char(')')
                                  : QStringLiteral("none found (plan mode)"))
          << QStringLiteral("Dockerfile: %1").arg(dockerfile) << QString();
    int n = 0;
    lines << QStringLiteral("%1. %2").arg(++n).arg(buildCommand().title) << QStringLiteral("   ") + commandLine(buildCommand());
    const DockerCommand login = loginCommand(auth);
    lines
        << QStringLiteral("%1. %2 (token from DEPLOY_TOKEN on stdin; if it fails, the push is skipped)").arg(++n).arg(login.title)
        << QStringLiteral("   ") + commandLine(login);
    for (const DockerCommand &push : pushCommands(auth)) {
        lines << QStringLiteral("%1. %2").arg(++n).arg(push.title) << QStringLiteral("   ") + commandLine(push);
    }
    for (const QString &note : notes) {
        lines << QStringLiteral("Note: ") + note;
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject DockerPlan::toJson() const
{
    const QString auth = engine.isPodman() ? QStringLiteral("$AUTHFILE") : QStringLiteral("$DOCKER_CONFIG_DIR");
    QJsonArray commands;
    auto add = [&](const DockerCommand &command, const QString &kind) {
        commands.append(QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("title"), command.title },
            { QStringLiteral("command"), commandLine(command) } });
    };
    add(buildCommand(), QStringLiteral("build"));
    add(loginCommand(auth), QStringLiteral("login"));
    for (const DockerCommand &push : pushCommands(auth)) {
        add(push, QStringLiteral("push"));
    }
    QJsonObject args;
    for (auto it = buildArguments.cbegin(); it != buildArguments.cend(); ++it) {
        args.insert(it.key(), it.value());
    }
    return QJsonObject { { QStringLiteral("engine"), engine.name }, { QStringLiteral("engine_found"), engineFound },
        { QStringLiteral("engine_problem"), engineProblem }, { QStringLiteral("dockerfile"), dockerfile },
        { QStringLiteral("context"), context }, { QStringLiteral("dockerfile_exists"), dockerfileExists },
        { QStringLiteral("registry"), registryHost }, { QStringLiteral("repository"), repository },
        { QStringLiteral("tags"), QJsonArray::fromStringList(tags) },
        { QStringLiteral("references"), QJsonArray::fromStringList(references()) }, { QStringLiteral("tls_verify"), tlsVerify },
        { QStringLiteral("login_user"), loginUser }, { QStringLiteral("version"), version },
        { QStringLiteral("build_args"), args }, { QStringLiteral("commands"), commands },
        { QStringLiteral("pull"), QJsonArray::fromStringList(pullLines()) },
        { QStringLiteral("notes"), QJsonArray::fromStringList(notes) } };
}

} // namespace rd
