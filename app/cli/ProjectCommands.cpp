#include "CliSupport.h"
#include "demo/DemoProject.h"
#include "project/PythonProject.h"

#include <QDir>
#include <QJsonArray>

namespace rd::cli {

namespace {

int projectShow(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The project folder (default: current folder)."));
    int code = Ok;
    if (!context.parse(parser, QStringLiteral("releasedesk-cli project show [DIR] [--json]"), code)) {
        return code;
    }
    if (parser.positionalArguments().size() > 1) {
        return context.usageError(QStringLiteral("project show takes at most one folder."));
    }
    const QString dir = parser.positionalArguments().value(0, QDir::currentPath());
    auto project = loadPythonProject(dir);
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
    row(QStringLiteral("Requires Python"), project->requiresPython);
    row(QStringLiteral("Dependencies"), project->dependencies.join(QStringLiteral(", ")));
    for (auto it = project->optionalDependencies.cbegin(); it != project->optionalDependencies.cend(); ++it) {
        row(QStringLiteral("Extra [%1]").arg(it.key()), it.value().join(QStringLiteral(", ")));
    }
    for (auto it = project->scripts.cbegin(); it != project->scripts.cend(); ++it) {
        row(QStringLiteral("Script"), it.key() + QStringLiteral(" = ") + it.value());
    }
    row(QStringLiteral("Git remote"), project->remoteUrlText);
    if (project->remote) {
        row(QStringLiteral("Server"), project->remote->serverUrl);
        row(QStringLiteral("Repository"), project->remote->fullName());
    }
    row(QStringLiteral("Settings"),
        project->settingsPath() + (project->settingsCreated ? QStringLiteral(" (created with defaults)") : QString()));
    row(QStringLiteral("App name"), project->displayName());
    row(QStringLiteral("Publish to"),
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
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("A new or empty folder for the demo."));
    int code = Ok;
    if (!context.parse(parser, QStringLiteral("releasedesk-cli demo create DIR [--json]"), code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QStringLiteral("demo create needs exactly one folder."));
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
    context.out << QStringLiteral("Demo created in %1").arg(layout->root) << Qt::endl
                << QStringLiteral("  project        %1").arg(layout->projectDir) << Qt::endl
                << QStringLiteral("  git remote     %1").arg(layout->remoteDir) << Qt::endl
                << QStringLiteral("  release store  %1").arg(layout->storeDir) << Qt::endl
                << QStringLiteral("Try: releasedesk-cli project show %1").arg(layout->projectDir) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> projectCommands()
{
    return { { QStringLiteral("project"), QStringLiteral("show"),
        QStringLiteral("Show what ReleaseDesk reads from a project folder."), projectShow } };
}

QList<Command> demoCommands()
{
    return { { QStringLiteral("demo"), QStringLiteral("create"),
        QStringLiteral("Write the demo project, its git remote and a local release store."), demoCreate } };
}

} // namespace rd::cli
