#include "CliSupport.h"
#include "demo/DemoProject.h"
#include "forge/ProviderFactory.h"
#include "forge/ReleaseProvider.h"
#include "health/ProjectHealth.h"
#include "project/PythonProject.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace rd::cli {

namespace {

int projectShow(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("cli", "The project folder (default: current folder)."));
    int code = Ok;
    if (!context.parse(parser, QCoreApplication::translate("cli", "releasedesk-cli project show [DIR] [--json]"), code)) {
        return code;
    }
    if (parser.positionalArguments().size() > 1) {
        return context.usageError(QCoreApplication::translate("cli", "project show takes at most one folder."));
    }
    const QString dir = parser.positionalArguments().value(0, QDir::currentPath());
    // Read-only: releasedesk.toml is written when the user saves settings, not by looking.
    ProjectLoadOptions readOnly;
    readOnly.createSettingsIfMissing = false;
    auto project = loadPythonProject(dir, readOnly);
    if (!project) {
        return context.printError(project.error());
    }
    if (context.json()) {
        QJsonObject object = project->toJson();
        object.insert(QStringLiteral("ok"), true);
        return context.printJson(object);
    }
    QTextStream &out = context.out;
    auto row = [&out](const QString &label, const QString &value) {
        out << label.leftJustified(18) << (value.isEmpty() ? QStringLiteral("—") : value) << Qt::endl;
    };
    row(QStringLiteral("Project"), project->rootDir);
    row(QStringLiteral("Name"), project->name);
    row(QStringLiteral("Version"), project->versionIsDynamic ? QStringLiteral("dynamic") : project->version);
    row(QStringLiteral("__version__"), project->initVersion);
    row(QStringLiteral("Package"), project->packageDir);
    row(QCoreApplication::translate("cli", "Requires Python"), project->requiresPython);
    row(QStringLiteral("Dependencies"), project->dependencies.join(QStringLiteral(", ")));
    for (auto it = project->optionalDependencies.cbegin(); it != project->optionalDependencies.cend(); ++it) {
        row(QStringLiteral("Extra [%1]").arg(it.key()), it.value().join(QStringLiteral(", ")));
    }
    for (auto it = project->scripts.cbegin(); it != project->scripts.cend(); ++it) {
        row(QStringLiteral("Script"), it.key() + QStringLiteral(" = ") + it.value());
    }
    row(QCoreApplication::translate("cli", "Git remote"), project->remoteUrlText);
    if (project->remote) {
        row(QStringLiteral("Server"), project->remote->serverUrl);
        row(QStringLiteral("Repository"), project->remote->fullName());
    }
    row(QStringLiteral("Settings"),
        project->settingsPath()
            + (project->settingsCreated ? QCoreApplication::translate("cli", " (created with defaults)") : QString()));
    row(QCoreApplication::translate("cli", "App name"), project->displayName());
    row(QCoreApplication::translate("cli", "Publish to"),
        project->settings.serverKind + QLatin1Char(' ')
            + (project->settings.serverKind == QStringLiteral("local") ? project->settings.localStorePath
                                                                       : project->settings.serverUrl));
    for (const QString &warning : std::as_const(project->warnings)) {
        out << QStringLiteral("warning: ") << warning << Qt::endl;
    }
    return Ok;
}

int demoCreate(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("cli", "A new or empty folder for the demo."));
    int code = Ok;
    if (!context.parse(parser, QCoreApplication::translate("cli", "releasedesk-cli demo create DIR [--json]"), code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "demo create needs exactly one folder."));
    }
    auto layout = DemoProject::create(QDir(parser.positionalArguments().first()).absolutePath());
    if (!layout) {
        return context.printError(layout.error());
    }
    if (context.json()) {
        return context.printJson(QJsonObject { { QStringLiteral("ok"), true }, { QStringLiteral("root"), layout->root },
            { QStringLiteral("project"), layout->projectDir }, { QStringLiteral("remote"), layout->remoteDir },
            { QStringLiteral("store"), layout->storeDir } });
    }
    context.out << QCoreApplication::translate("cli", "Demo created in %1").arg(layout->root) << Qt::endl
                << QStringLiteral("  project        %1").arg(layout->projectDir) << Qt::endl
                << QCoreApplication::translate("cli", "  git remote     %1").arg(layout->remoteDir) << Qt::endl
                << QCoreApplication::translate("cli", "  release store  %1").arg(layout->storeDir) << Qt::endl
                << QCoreApplication::translate("cli", "Try: releasedesk-cli project show %1").arg(layout->projectDir) << Qt::endl;
    return Ok;
}

// The server item of the health check: Actions enabled for the repository.
HealthItem serverHealth(const PythonProject &project, const QString &serverOverride, const QString &repoOverride)
{
    const QString url = serverOverride.isEmpty() ? project.settings.serverUrl : serverOverride;
    const QString repository = repoOverride.isEmpty() ? project.settings.repository : repoOverride;
    auto kind = serverKindFromName(project.settings.serverKind);
    if (kind && *kind == ServerKind::Local && serverOverride.isEmpty()) {
        HealthItem item;
        item.id = QStringLiteral("server.actions");
        item.title = QCoreApplication::translate("cli", "Actions enabled for the repository on the server");
        item.ok = true;
        item.required = false;
        item.problem.clear();
        item.fixText = QCoreApplication::translate("cli", "The project releases to a local store: no server, no Actions.");
        return item;
    }
    if (url.isEmpty() || repository.isEmpty()) {
        return ProjectHealth::serverItem(
            fail(Error::Code::InvalidInput, QCoreApplication::translate("cli", "no server or repository is set"),
                QCoreApplication::translate(
                    "cli", "Set [server] url and repo in releasedesk.toml, or pass --server and --repo.")),
            url, repository);
    }
    ProviderConfig config;
    config.server.kind = kind && *kind != ServerKind::Local ? *kind : ServerKind::Gitea;
    config.server.url = url;
    config.repository = repository;
    config.token = tokenFor(url);
    QNetworkAccessManager network;
    auto provider = createProvider(config, &network);
    if (!provider) {
        return ProjectHealth::serverItem(std::unexpected(provider.error()), url, repository);
    }
    std::optional<Result<RepositoryInfo>> info;
    QEventLoop loop;
    (*provider)->repositoryInfo(&loop, [&](const Result<RepositoryInfo> &result) {
        info = result;
        loop.quit();
    });
    if (!info) {
        loop.exec();
    }
    return ProjectHealth::serverItem(*info, url, repository);
}

int projectHealth(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("cli", "The project folder (default: current folder)."));
    const QCommandLineOption server(QStringLiteral("server"),
        QCoreApplication::translate("cli", "Server URL (default: [server] url)."), QStringLiteral("URL"));
    const QCommandLineOption repo(QStringLiteral("repo"),
        QCoreApplication::translate("cli", "Repository OWNER/NAME (default: [server] repo)."), QStringLiteral("OWNER/NAME"));
    const QCommandLineOption offline(
        QStringLiteral("offline"), QCoreApplication::translate("cli", "Do not ask the server (Actions enabled)."));
    const QCommandLineOption fix(QStringLiteral("fix"),
        QCoreApplication::translate(
            "cli", "Write the fix of an item (its diff is shown first; repeatable; 'all' for every item with files)."),
        QStringLiteral("ID"));
    const QCommandLineOption force(
        QStringLiteral("force"), QCoreApplication::translate("cli", "With --fix: replace files that differ."));
    parser.addOptions({ server, repo, offline, fix, force });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli project health [DIR] [--json] [--offline] [--fix ID|all] [--force]\n"
                "The project's readiness for releasing on Gitea (guide §12): each item ok or what is wrong and "
                "its fix. Exit 1 when a required item fails."),
            code)) {
        return code;
    }
    if (parser.positionalArguments().size() > 1) {
        return context.usageError(QCoreApplication::translate("cli", "project health takes at most one folder."));
    }
    ProjectLoadOptions loadOptions;
    loadOptions.createSettingsIfMissing = false;
    auto project
        = loadPythonProject(QDir(parser.positionalArguments().value(0, QDir::currentPath())).absolutePath(), loadOptions);
    if (!project) {
        return context.printError(project.error());
    }
    QList<HealthItem> items = ProjectHealth::check(*project);
    if (!parser.isSet(offline)) {
        items << serverHealth(*project, parser.value(server), parser.value(repo));
    }
    const QStringList fixes = parser.values(fix);
    if (!fixes.isEmpty()) {
        QList<FileChange> changes;
        QStringList unknown;
        for (const QString &id : fixes) {
            bool matched = false;
            for (const HealthItem &item : std::as_const(items)) {
                if ((id == QStringLiteral("all") || item.id == id) && !item.ok) {
                    matched = true;
                    for (const FileChange &change : item.fixFiles) {
                        // Two items may fix one file (ruff and pytest both append to pyproject.toml).
                        auto same = std::find_if(changes.begin(), changes.end(),
                            [&change](const FileChange &other) { return other.path == change.path; });
                        if (same == changes.end()) {
                            changes << change;
                        } else if (!change.oldText.isEmpty() && change.newText.startsWith(change.oldText)) {
                            same->newText += change.newText.mid(change.oldText.size());
                        }
                    }
                }
            }
            if (!matched && id != QStringLiteral("all")
                && std::none_of(items.cbegin(), items.cend(), [&id](const HealthItem &item) { return item.id == id; })) {
                unknown << id;
            }
        }
        if (!unknown.isEmpty()) {
            return context.usageError(
                QCoreApplication::translate("cli", "No health item %1.").arg(unknown.join(QStringLiteral(", "))));
        }
        for (const FileChange &change : std::as_const(changes)) {
            context.out << change.diff();
        }
        context.out.flush();
        if (auto written = applyFileChanges(changes, parser.isSet(force)); !written) {
            return context.printError(written.error());
        }
        const int written = int(changes.size());
        context.err << QCoreApplication::translate(
            "cli", "Fixed: %n file(s) written. Run project health again to see what is left.", nullptr, written)
                    << Qt::endl;
        return Ok;
    }
    const QJsonObject report = ProjectHealth::toJson(project->rootDir, items);
    const int exit = report.value(QStringLiteral("ok")).toBool() ? Ok : Failure;
    if (context.json()) {
        return context.printJson(report, exit);
    }
    context.out << ProjectHealth::toText(items) << Qt::endl;
    return exit;
}

} // namespace

QList<Command> projectCommands()
{
    return { { QStringLiteral("project"), QStringLiteral("show"),
                 QCoreApplication::translate("cli", "Show what ReleaseDesk reads from a project folder."), projectShow },
        { QStringLiteral("project"), QStringLiteral("health"),
            QCoreApplication::translate(
                "cli", "The project's readiness (guide §12): each item ok, or what is wrong and its fix."),
            projectHealth } };
}

QList<Command> demoCommands()
{
    return { { QStringLiteral("demo"), QStringLiteral("create"),
        QCoreApplication::translate("cli", "Write the demo project, its git remote and a local release store."), demoCreate } };
}

} // namespace rd::cli
