#include "ProjectHealth.h"

#include "common/AtomicFile.h"
#include "docker/DockerInit.h"
#include "workflows/WorkflowGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace rd {

namespace {

QString readText(const QString &path)
{
    auto bytes = readWholeFile(path);
    return bytes ? QString::fromUtf8(*bytes) : QString();
}

// The workflow files of the project (.gitea/workflows, .github/workflows), name -> text.
QMap<QString, QString> workflowFiles(const QString &root)
{
    QMap<QString, QString> files;
    for (const QString &folder : { QStringLiteral(".gitea/workflows"), QStringLiteral(".github/workflows") }) {
        const QDir dir(QDir(root).filePath(folder));
        for (const QString &name :
            dir.entryList({ QStringLiteral("*.yml"), QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
            files.insert(folder + QLatin1Char('/') + name, readText(dir.filePath(name)));
        }
    }
    return files;
}

bool hasTable(const QString &toml, const QString &table)
{
    const QRegularExpression header(
        QStringLiteral("^\\s*\\[%1\\]\\s*(#.*)?$").arg(QRegularExpression::escape(table)), QRegularExpression::MultilineOption);
    return header.match(toml).hasMatch();
}

FileChange appended(const QString &root, const QString &relative, const QString &addition)
{
    const QString path = QDir(root).filePath(relative);
    QString text = readText(path);
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n'))) {
        text += QLatin1Char('\n');
    }
    FileChange change = FileChange::of(root, relative, (text + QLatin1Char('\n') + addition).toUtf8());
    change.keepsContent = true;
    return change;
}

} // namespace

QJsonObject HealthItem::toJson() const
{
    QJsonArray files;
    for (const FileChange &change : fixFiles) {
        files.append(change.toJson());
    }
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), title }, { QStringLiteral("ok"), ok },
        { QStringLiteral("required"), required }, { QStringLiteral("problem"), problem },
        { QStringLiteral("fix"),
            QJsonObject { { QStringLiteral("text"), fixText }, { QStringLiteral("command"), fixCommand },
                { QStringLiteral("files"), files } } } };
}

QList<HealthItem> ProjectHealth::check(const PythonProject &project)
{
    const QString root = project.rootDir;
    const ProjectSettings &settings = project.settings;
    QList<HealthItem> items;
    const QMap<QString, QString> workflows = workflowFiles(root);
    WorkflowOptions workflowOptions;
    workflowOptions.forge = WorkflowGenerator::forgeOf(project);
    const WorkflowGenerator generator(project, workflowOptions);
    const QList<FileChange> generated = generator.changes();

    auto workflowItem = [&](const QString &id, const QString &title, const QString &file, const QString &what) {
        HealthItem item;
        item.id = id;
        item.title = title;
        QString found;
        for (auto it = workflows.cbegin(); it != workflows.cend(); ++it) {
            if (QFileInfo(it.key()).completeBaseName() == file) {
                found = it.key();
            }
        }
        item.ok = !found.isEmpty();
        if (!item.ok) {
            item.problem = QCoreApplication::translate("core", "No %1/%2.yml: %3.").arg(generator.folder(), file, what);
            item.fixText = QCoreApplication::translate("core", "Generate the workflows.");
            item.fixCommand = QStringLiteral("releasedesk-cli workflows init");
            for (const FileChange &change : generated) {
                if (QFileInfo(change.relativePath).completeBaseName() == file) {
                    item.fixFiles << change;
                }
            }
        }
        items << item;
    };
    workflowItem(QStringLiteral("workflows.test"), QCoreApplication::translate("core", "Lint & test workflow"),
        QStringLiteral("test"),
        QCoreApplication::translate("core", "nothing lints and tests pushes and pull requests (guide §1)"));
    workflowItem(QStringLiteral("workflows.release"), QCoreApplication::translate("core", "Release workflow"),
        QStringLiteral("release"), QCoreApplication::translate("core", "pushing a v* tag releases nothing (guide §2)"));

    {
        HealthItem item;
        item.id = QStringLiteral("secrets.deploy_token");
        item.title = QCoreApplication::translate("core", "Token secret named DEPLOY_TOKEN");
        QStringList reserved;
        bool usesDeployToken = false;
        for (auto it = workflows.cbegin(); it != workflows.cend(); ++it) {
            if (it.value().contains(QStringLiteral("secrets.GITEA_TOKEN"))) {
                reserved << it.key();
            }
            usesDeployToken = usesDeployToken || it.value().contains(QStringLiteral("secrets.DEPLOY_TOKEN"));
        }
        item.ok = reserved.isEmpty() && (usesDeployToken || workflows.isEmpty());
        if (!reserved.isEmpty()) {
            item.problem = QCoreApplication::translate("core",
                "%1 use secrets.GITEA_TOKEN: Gitea reserves that name, its UI and API reject a secret "
                "called so, and the job gets no token.")
                               .arg(reserved.join(QStringLiteral(", ")));
            item.fixText = QCoreApplication::translate("core",
                "Add the secret as DEPLOY_TOKEN (repository Settings > Secrets) and use "
                "${{ secrets.DEPLOY_TOKEN }}; workflows init writes them so.");
        } else if (!item.ok) {
            item.problem = QCoreApplication::translate(
                "core", "The workflows pass no DEPLOY_TOKEN: the release jobs cannot write to the server.");
            item.fixText = QCoreApplication::translate(
                "core", "Pass ${{ secrets.DEPLOY_TOKEN }} to the release steps (workflows init does).");
        }
        item.fixCommand = item.ok ? QString() : QStringLiteral("releasedesk-cli workflows init --force");
        items << item;
    }

    {
        HealthItem item;
        item.id = QStringLiteral("version.single_source");
        item.title = QCoreApplication::translate("core", "Version from importlib.metadata, __version__ as fallback");
        const QString init = project.initPath();
        const QString text = init.isEmpty() ? QString() : readText(init);
        const QString versionPy
            = init.isEmpty() ? QString() : readText(QDir(QFileInfo(init).path()).filePath(QStringLiteral("version.py")));
        const bool metadata
            = text.contains(QStringLiteral("importlib.metadata")) || versionPy.contains(QStringLiteral("importlib.metadata"));
        item.ok = metadata && !project.initVersion.isEmpty();
        if (init.isEmpty()) {
            item.problem
                = QCoreApplication::translate("core", "No package __init__.py found: the app cannot report its version.");
            item.fixText = QCoreApplication::translate("core", "Create the package (src/<name>/__init__.py) with __version__.");
        } else if (!item.ok) {
            item.problem = metadata ? QCoreApplication::translate("core",
                               "%1 reads importlib.metadata but has no __version__ fallback (guide §10.1.1: "
                               "some wheels lack the Version field).")
                                          .arg(QDir(root).relativeFilePath(init))
                                    : QCoreApplication::translate("core",
                                        "%1 does not read the installed version (importlib.metadata): the UI, the "
                                        "metadata and the installer can disagree (guide §10.1).")
                                          .arg(QDir(root).relativeFilePath(init));
            item.fixText = QCoreApplication::translate("core",
                "Read the version with importlib.metadata, keeping __version__ (stamped on release) "
                "as the fallback.");
            // The __version__ line stays where it is (version stamp rewrites it on every release) and
            // becomes the fallback; the installed metadata wins when it has a version (§10.1.1: it
            // may be None for some wheels).
            const QString fallback = project.initVersion.isEmpty()
                ? (project.version.isEmpty() ? QStringLiteral("0.0.0.dev0") : project.version)
                : project.initVersion;
            QString newText = text;
            const QString block = QStringLiteral(
                "\ntry:  # the installed distribution's version wins; the line above is the fallback (a source tree)\n"
                "    from importlib.metadata import version as _installed_version\n\n"
                "    __version__ = _installed_version(\"%1\") or __version__\n"
                "except Exception:  # PackageNotFoundError: not installed\n    pass\n")
                                      .arg(project.name);
            static const QRegularExpression dunder(QStringLiteral("^__version__\\s*=.*$"), QRegularExpression::MultilineOption);
            const auto line = dunder.match(newText);
            if (line.hasMatch()) {
                const qsizetype end = newText.indexOf(QLatin1Char('\n'), line.capturedEnd());
                newText.insert(end < 0 ? newText.size() : end + 1, block);
            } else {
                if (!newText.isEmpty() && !newText.endsWith(QLatin1Char('\n'))) {
                    newText += QLatin1Char('\n');
                }
                newText += QStringLiteral("\n__version__ = \"%1\"\n").arg(fallback) + block;
            }
            FileChange change = FileChange::of(root, QDir(root).relativeFilePath(init), newText.toUtf8());
            change.keepsContent = true;
            item.fixFiles << change;
        }
        items << item;
    }

    const QString pyproject = readText(project.pyprojectPath());
    {
        HealthItem item;
        item.id = QStringLiteral("pyproject.ruff");
        item.title = QCoreApplication::translate("core", "ruff configured in pyproject.toml");
        item.ok = hasTable(pyproject, QStringLiteral("tool.ruff"))
            || QFileInfo::exists(QDir(root).filePath(QStringLiteral("ruff.toml")))
            || QFileInfo::exists(QDir(root).filePath(QStringLiteral(".ruff.toml")));
        if (!item.ok) {
            item.problem
                = QCoreApplication::translate("core", "No [tool.ruff]: the lint step runs with ruff's defaults only (guide §1).");
            item.fixText = QCoreApplication::translate("core", "Add [tool.ruff] to pyproject.toml.");
            item.fixFiles << appended(root, QStringLiteral("pyproject.toml"),
                QStringLiteral(
                    "[tool.ruff]\nline-length = 100\n\n[tool.ruff.lint]\nselect = [\"E\", \"F\", \"I\", \"UP\", \"B\"]\n"));
        }
        items << item;
    }
    {
        HealthItem item;
        item.id = QStringLiteral("pyproject.pytest");
        item.title = QCoreApplication::translate("core", "pytest configured in pyproject.toml");
        item.ok = hasTable(pyproject, QStringLiteral("tool.pytest.ini_options"))
            || QFileInfo::exists(QDir(root).filePath(QStringLiteral("pytest.ini")));
        if (!item.ok) {
            item.problem = QCoreApplication::translate(
                "core", "No [tool.pytest.ini_options]: pytest searches the whole tree, dist/ and venvs included.");
            item.fixText = QCoreApplication::translate("core", "Add [tool.pytest.ini_options] with testpaths.");
            item.fixFiles << appended(root, QStringLiteral("pyproject.toml"),
                QStringLiteral("[tool.pytest.ini_options]\ntestpaths = [\"tests\"]\naddopts = \"--tb=short\"\n"));
        }
        items << item;
    }
    {
        HealthItem item;
        item.id = QStringLiteral("precommit");
        item.title = QCoreApplication::translate("core", "pre-commit hooks (.pre-commit-config.yaml)");
        item.required = false;
        item.ok = QFileInfo::exists(QDir(root).filePath(QStringLiteral(".pre-commit-config.yaml")));
        if (!item.ok) {
            item.problem = QCoreApplication::translate(
                "core", "No .pre-commit-config.yaml: lint errors reach CI instead of being caught at commit.");
            item.fixText = QCoreApplication::translate(
                "core", "Add ruff and black as pre-commit hooks (pip install pre-commit && pre-commit install).");
            item.fixFiles << FileChange::of(root, QStringLiteral(".pre-commit-config.yaml"),
                QByteArrayLiteral("repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.6.9\n    hooks:\n"
                                  "      - id: ruff\n        args: [--fix]\n  - repo: https://github.com/psf/black\n"
                                  "    rev: 24.10.0\n    hooks:\n      - id: black\n"));
        }
        items << item;
    }
    {
        HealthItem item;
        item.id = QStringLiteral("settings");
        item.title = QCoreApplication::translate("core", "Build settings (releasedesk.toml)");
        item.ok = QFileInfo::exists(project.settingsPath()) && !settings.targets.isEmpty();
        if (!item.ok) {
            item.problem = QCoreApplication::translate(
                "core", "No releasedesk.toml: targets, asset names and the server are defaults nobody chose.");
            item.fixText = QCoreApplication::translate(
                "core", "Open the project in ReleaseDesk, or run releasedesk-cli project show, which writes it.");
            item.fixCommand = QStringLiteral("releasedesk-cli project show");
            item.fixFiles << FileChange::of(root, QString::fromLatin1(ProjectSettings::fileName), settings.toToml());
        }
        items << item;
    }
    {
        HealthItem item;
        item.id = QStringLiteral("installer");
        item.title = QCoreApplication::translate("core", "Windows installer");
        const bool windows = settings.targets.contains(QStringLiteral("windows"));
        item.required = windows;
        const QString icon = settings.iconPath.isEmpty() ? QString() : QDir(root).absoluteFilePath(settings.iconPath);
        item.ok = !windows || icon.isEmpty() || QFileInfo::exists(icon);
        if (!item.ok) {
            item.problem = QCoreApplication::translate("core", "[app] icon is %1, which does not exist: makensis stops there.")
                               .arg(settings.iconPath);
            item.fixText = QCoreApplication::translate(
                "core", "Point [app] icon at an .ico file, or leave it empty for NSIS's default icon.");
        } else if (!windows) {
            item.problem.clear();
        }
        items << item;
    }
    {
        HealthItem item;
        item.id = QStringLiteral("dockerfile");
        item.title = QStringLiteral("Dockerfile");
        item.required = settings.docker.enabled;
        item.ok = QFileInfo::exists(QDir(root).filePath(settings.docker.dockerfile));
        if (!item.ok) {
            item.problem = settings.docker.enabled
                ? QCoreApplication::translate(
                    "core", "[docker] enabled is true but %1 does not exist: the release's Docker step fails.")
                      .arg(settings.docker.dockerfile)
                : QCoreApplication::translate("core", "No Dockerfile (optional: a Docker image of the app, guide §7).");
            item.fixText = QCoreApplication::translate("core", "Generate the multi-stage Dockerfile.");
            item.fixCommand = QStringLiteral("releasedesk-cli docker init");
            item.fixFiles = DockerInit::changes(project);
        }
        items << item;
    }
    {
        HealthItem item;
        item.id = QStringLiteral("update_checker");
        item.title = QCoreApplication::translate("core", "In-app update checker (self-hosted releases)");
        const bool selfHosted = settings.serverKind != QStringLiteral("github");
        item.required = false;
        bool found = false;
        if (!project.packageDir.isEmpty()) {
            QDirIterator it(
                QDir(root).filePath(project.packageDir), { QStringLiteral("*.py") }, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext() && !found) {
                const QString path = it.next();
                const QString name = QFileInfo(path).fileName();
                found = name.contains(QStringLiteral("update")) || readText(path).contains(QStringLiteral("/releases"));
            }
        }
        item.ok = !selfHosted || found;
        if (!item.ok) {
            item.problem = QCoreApplication::translate("core",
                "No update checker found in %1: users of a self-hosted app never hear of a new release "
                "(guide §11).")
                               .arg(project.packageDir);
            item.fixText
                = QCoreApplication::translate("core", "Add an update checker that reads the server's releases API (guide §11).");
        }
        items << item;
    }
    {
        // §14: on a persistent runner, pip installing into the toolcache Python leaves broken
        // dist-info behind (uninstall-no-record-file); a hatchling backend makes it likelier.
        HealthItem item;
        item.id = QStringLiteral("troubleshooting.uninstall_no_record");
        item.title
            = QCoreApplication::translate("core", "Tests safe on persistent runners (uninstall-no-record-file, guide §14)");
        item.required = false;
        bool toolcacheInstall = false;
        for (auto it = workflows.cbegin(); it != workflows.cend(); ++it) {
            if (QFileInfo(it.key()).completeBaseName() == QStringLiteral("test")
                && it.value().contains(QStringLiteral("pip install")) && !it.value().contains(QStringLiteral("/tmp/venv"))) {
                toolcacheInstall = true;
            }
        }
        const bool hatchling = pyproject.contains(QStringLiteral("hatchling"));
        item.ok = !(toolcacheInstall && (hatchling || settings.ci.isolatedVenv));
        if (!item.ok) {
            item.problem = QCoreApplication::translate("core",
                "test.yml installs into the runner's toolcache Python and the project builds with "
                "hatchling: on a persistent runner a wheel without RECORD makes every later run fail "
                "with uninstall-no-record-file.");
            item.fixText = QCoreApplication::translate("core",
                "Set [ci] isolated_venv = true and regenerate the workflows (tests run in a fresh "
                "/tmp/venv, guide §1.1). Cannot be seen from here: whether your runner is persistent.");
            item.fixCommand = QStringLiteral("releasedesk-cli workflows init --force");
        }
        items << item;
    }
    return items;
}

HealthItem ProjectHealth::serverItem(const Result<RepositoryInfo> &repository, const QString &serverUrl, const QString &fullName)
{
    HealthItem item;
    item.id = QStringLiteral("server.actions");
    item.title = QCoreApplication::translate("core", "Actions enabled for the repository on the server");
    if (!repository) {
        item.ok = false;
        item.problem = QCoreApplication::translate("core", "Could not read %1 on %2: %3")
                           .arg(fullName, serverUrl, repository.error().message);
        item.fixText = repository.error().hint.isEmpty()
            ? QCoreApplication::translate("core", "Check the server URL, the repository and the token.")
            : repository.error().hint;
        return item;
    }
    item.ok = repository->hasActions.value_or(true);
    if (!item.ok) {
        item.problem = QCoreApplication::translate("core", "Actions are disabled for %1: the workflows never run.").arg(fullName);
        item.fixText = QCoreApplication::translate("core",
            "Enable them in the repository's Settings > Advanced Settings > Actions (the instance "
            "needs [actions] ENABLED = true and a runner labelled as the jobs' runs-on).");
    }
    return item;
}

QJsonObject ProjectHealth::toJson(const QString &projectDir, const QList<HealthItem> &items)
{
    QJsonArray array;
    bool ok = true;
    int missing = 0;
    for (const HealthItem &item : items) {
        array.append(item.toJson());
        ok = ok && (item.ok || !item.required);
        missing += item.ok ? 0 : 1;
    }
    return QJsonObject { { QStringLiteral("project"), projectDir }, { QStringLiteral("ok"), ok },
        { QStringLiteral("missing"), missing }, { QStringLiteral("items"), array } };
}

QString ProjectHealth::toText(const QList<HealthItem> &items)
{
    QStringList lines;
    for (const HealthItem &item : items) {
        const QString mark = item.ok ? QStringLiteral("✓") : (item.required ? QStringLiteral("✗") : QStringLiteral("–"));
        lines << QStringLiteral("%1 %2  [%3]").arg(mark, item.title, item.id);
        if (!item.ok) {
            lines << QStringLiteral("    %1").arg(item.problem);
            if (!item.fixText.isEmpty()) {
                lines << QStringLiteral("    ") + QCoreApplication::translate("core", "fix: %1").arg(item.fixText);
            }
            if (!item.fixCommand.isEmpty()) {
                lines << QStringLiteral("    ") + QCoreApplication::translate("core", "run: %1").arg(item.fixCommand);
            } else if (!item.fixFiles.isEmpty()) {
                lines << QStringLiteral("    run: releasedesk-cli project health --fix %1").arg(item.id);
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rd
