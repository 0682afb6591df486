#include "PythonProject.h"

#include "common/AtomicFile.h"
#include "common/Log.h"
#include "git/Git.h"
#include "project/TomlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace rd {

QString PythonProject::pyprojectPath() const
{
    return QDir(rootDir).filePath(QStringLiteral("pyproject.toml"));
}

QString PythonProject::settingsPath() const
{
    return QDir(rootDir).filePath(QString::fromLatin1(ProjectSettings::fileName));
}

QString PythonProject::initPath() const
{
    return packageDir.isEmpty() ? QString() : QDir(rootDir).filePath(packageDir + QStringLiteral("/__init__.py"));
}

QJsonObject PythonProject::toJson() const
{
    QJsonObject optional;
    for (auto it = optionalDependencies.cbegin(); it != optionalDependencies.cend(); ++it) {
        optional.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    QJsonObject scriptsJson;
    for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
        scriptsJson.insert(it.key(), it.value());
    }
    QJsonObject remoteJson;
    if (remote) {
        remoteJson = QJsonObject { { QStringLiteral("server"), remote->serverUrl }, { QStringLiteral("host"), remote->host },
            { QStringLiteral("owner"), remote->owner }, { QStringLiteral("repo"), remote->repo } };
    }
    return QJsonObject {
        { QStringLiteral("root"), rootDir },
        { QStringLiteral("name"), name },
        { QStringLiteral("version"), version },
        { QStringLiteral("version_dynamic"), versionIsDynamic },
        { QStringLiteral("requires_python"), requiresPython },
        { QStringLiteral("dependencies"), QJsonArray::fromStringList(dependencies) },
        { QStringLiteral("optional_dependencies"), optional },
        { QStringLiteral("scripts"), scriptsJson },
        { QStringLiteral("package"), packageName },
        { QStringLiteral("package_dir"), packageDir },
        { QStringLiteral("init_version"), initVersion },
        { QStringLiteral("remote_url"), remoteUrlText },
        { QStringLiteral("remote"), remoteJson },
        { QStringLiteral("settings_file"), settingsPath() },
        { QStringLiteral("settings_created"), settingsCreated },
        { QStringLiteral("app_display_name"), displayName() },
        { QStringLiteral("server_url"), settings.serverUrl },
        { QStringLiteral("server_kind"), settings.serverKind },
        { QStringLiteral("repository"), settings.repository },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
    };
}

QString findDunderVersion(const QString &pythonSource)
{
    static const QRegularExpression assignment(
        QStringLiteral(R"(^__version__\s*(?::\s*str\s*)?=\s*(['"])([^'"\n]*)\1)"), QRegularExpression::MultilineOption);
    const auto match = assignment.match(pythonSource);
    return match.hasMatch() ? match.captured(2) : QString();
}

Status parsePyproject(const QByteArray &text, const QString &pathForMessages, PythonProject &project)
{
    auto parsed = parseToml(text, pathForMessages);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    const toml::table &root = *parsed;
    const toml::table *table = root[std::string_view("project")].as_table();
    if (!table) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "%1 has no [project] table.").arg(pathForMessages),
            QCoreApplication::translate("core", "Add a [project] table with at least name and version (PEP 621)."));
    }
    const toml::node_view projectTable { *table };
    auto name = projectTable[std::string_view("name")].value<std::string>();
    if (!name || name->empty()) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "%1: [project] has no name.").arg(pathForMessages),
            QCoreApplication::translate("core", "Add name = \"your-app\" under [project]."));
    }
    project.name = QString::fromStdString(*name);
    if (auto version = projectTable[std::string_view("version")].value<std::string>()) {
        project.version = QString::fromStdString(*version);
    }
    if (const toml::array *dynamic = projectTable[std::string_view("dynamic")].as_array()) {
        project.versionIsDynamic = stringList(*dynamic).contains(QStringLiteral("version"));
    }
    if (project.version.isEmpty() && !project.versionIsDynamic) {
        project.warnings << QStringLiteral("pyproject.toml sets no [project] version and does not list it in dynamic.");
    }
    if (auto requiresPython = projectTable[std::string_view("requires-python")].value<std::string>()) {
        project.requiresPython = QString::fromStdString(*requiresPython);
    }
    if (auto description = projectTable[std::string_view("description")].value<std::string>()) {
        project.description = QString::fromStdString(*description);
    }
    if (const toml::array *deps = projectTable[std::string_view("dependencies")].as_array()) {
        project.dependencies = stringList(*deps);
    }
    if (const toml::table *optional = projectTable[std::string_view("optional-dependencies")].as_table()) {
        for (const auto &[key, value] : *optional) {
            if (const toml::array *deps = value.as_array()) {
                project.optionalDependencies.insert(QString::fromUtf8(key.data(), qsizetype(key.length())), stringList(*deps));
            }
        }
    }
    if (const toml::table *scripts = projectTable[std::string_view("scripts")].as_table()) {
        for (const auto &[key, value] : *scripts) {
            if (auto target = value.value<std::string>()) {
                project.scripts.insert(QString::fromUtf8(key.data(), qsizetype(key.length())), QString::fromStdString(*target));
            }
        }
    }
    return {};
}

namespace {

// The import package: src/<name>/ or <name>/ (with - and . turned into _), else the only
// package under src/.
void findPackage(PythonProject &project)
{
    const QDir root(project.rootDir);
    QString importName = project.name.toLower();
    importName.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
    for (const QString &candidate : { QStringLiteral("src/") + importName, importName }) {
        if (QFileInfo::exists(root.filePath(candidate + QStringLiteral("/__init__.py")))) {
            project.packageName = importName;
            project.packageDir = candidate;
            return;
        }
    }
    const QDir src(root.filePath(QStringLiteral("src")));
    const QStringList packages = src.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QStringList withInit;
    for (const QString &dir : packages) {
        if (QFileInfo::exists(src.filePath(dir + QStringLiteral("/__init__.py")))) {
            withInit << dir;
        }
    }
    if (withInit.size() == 1) {
        project.packageName = withInit.first();
        project.packageDir = QStringLiteral("src/") + withInit.first();
        return;
    }
    project.warnings << QStringLiteral("No package folder found for '%1' (looked for src/%2/__init__.py and %2/__init__.py).")
                            .arg(project.name, importName);
}

void readRemote(PythonProject &project)
{
    auto url = Git(project.rootDir).remoteUrl();
    if (!url) {
        project.warnings << url.error().message;
        return;
    }
    if (QDir::isAbsolutePath(*url) || url->startsWith(QStringLiteral("file://")) || url->startsWith(QLatin1Char('.'))) {
        // A remote on this machine (the demo's bare repository): git works, there is no server.
        project.remoteUrlText = *url;
        return;
    }
    auto remote = RemoteUrl::parse(*url);
    if (!remote) {
        project.warnings << remote.error().message;
        return;
    }
    project.remote = *remote;
    project.remoteUrlText = remote->ssh ? *url : QUrl(*url).adjusted(QUrl::RemoveUserInfo).toString();
}

} // namespace

Result<PythonProject> loadPythonProject(const QString &dir, const ProjectLoadOptions &options)
{
    const QFileInfo dirInfo(dir);
    if (!dirInfo.isDir()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "The folder %1 does not exist.").arg(dir),
            QCoreApplication::translate("core", "Choose the folder of your Python project (the one with pyproject.toml)."));
    }
    PythonProject project;
    project.rootDir = dirInfo.canonicalFilePath();
    auto text = readWholeFile(project.pyprojectPath());
    if (!text) {
        if (text.error().code == Error::Code::NotFound) {
            return fail(Error::Code::NotFound,
                QCoreApplication::translate("core", "%1 has no pyproject.toml.").arg(project.rootDir),
                QCoreApplication::translate("core",
                    "Choose the folder of your Python project (the one with pyproject.toml), "
                    "or create a pyproject.toml with a [project] table."));
        }
        return std::unexpected(text.error());
    }
    if (auto parsed = parsePyproject(*text, QStringLiteral("pyproject.toml"), project); !parsed) {
        return std::unexpected(parsed.error());
    }
    findPackage(project);
    if (!project.packageDir.isEmpty()) {
        if (auto init = readWholeFile(project.initPath())) {
            project.initVersion = findDunderVersion(QString::fromUtf8(*init));
        }
    }
    readRemote(project);

    if (QFileInfo::exists(project.settingsPath())) {
        auto settingsText = readWholeFile(project.settingsPath());
        if (!settingsText) {
            return std::unexpected(settingsText.error());
        }
        auto settings = ProjectSettings::parse(*settingsText, QString::fromLatin1(ProjectSettings::fileName));
        if (!settings) {
            return std::unexpected(settings.error());
        }
        project.settings = *settings;
    } else {
        project.settings.appDisplayName = project.name;
        if (project.remote) {
            project.settings.serverUrl = project.remote->serverUrl;
            project.settings.repository = project.remote->fullName();
        }
        if (options.createSettingsIfMissing) {
            if (auto written = writeFileAtomically(project.settingsPath(), project.settings.toToml()); !written) {
                project.warnings << written.error().toString();
            } else {
                project.settingsCreated = true;
                qCInfo(lcProject) << "created" << project.settingsPath();
            }
        }
    }
    return project;
}

} // namespace rd
