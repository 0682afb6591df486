#include "BuildContext.h"

#include "build/AppFiles.h"
#include "build/EmbeddablePython.h"
#include "git/Git.h"
#include "project/ArtifactNames.h"
#include "version/Version.h"
#include "versioning/VersionResolver.h"
#include "versioning/VersionStamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rd {

QStringList BuildContext::requirements() const
{
    QStringList out = project.dependencies;
    for (const QString &extra : extras) {
        out << project.optionalDependencies.value(extra);
    }
    out.removeDuplicates();
    return out;
}

QString BuildContext::outputName(const QString &suffix) const
{
    auto parsed = Version::parse(version);
    if (!parsed) {
        return QStringLiteral("%1-v%2-%3").arg(appName, version, suffix);
    }
    return ArtifactNames(displayName, project.settings.tagPrefix, *parsed).withSuffix(suffix);
}

namespace {

// Top-level folders of a project that are never part of a build.
bool skippedAtTop(const QString &name)
{
    static const QStringList names { QStringLiteral("build"), QStringLiteral("dist"), QStringLiteral(".venv"),
        QStringLiteral("venv"), QStringLiteral(".tox"), QStringLiteral(".nox"), QStringLiteral("node_modules"),
        QStringLiteral(".eggs") };
    return names.contains(name);
}

Status stageProject(const QString &from, const QString &to, const QStringList &excludedPaths, const TaskControl &control)
{
    if (!QDir().mkpath(to)) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the folder %1.").arg(to));
    }
    const QFileInfoList entries = QDir(from).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (control.isCancelled()) {
            return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled while copying the project."));
        }
        const bool isDir = entry.isDir() && !entry.isSymLink();
        if (AppFiles::skipped(entry.fileName(), isDir) || (isDir && skippedAtTop(entry.fileName()))
            || excludedPaths.contains(entry.canonicalFilePath())) {
            continue;
        }
        auto copied = AppFiles::copyTree(entry.filePath(), QDir(to).filePath(entry.fileName()));
        if (!copied) {
            return std::unexpected(copied.error());
        }
    }
    return {};
}

QString absoluteFrom(const QString &base, const QString &path)
{
    if (path.isEmpty()) {
        return {};
    }
    if (path.contains(QStringLiteral("://"))) {
        return path; // a URL stays a URL
    }
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

Status stage(
    BuildContext &context, const ProjectLoadOptions &loadOptions, const PythonProject &original, const TaskControl &control);

} // namespace

Result<BuildContext> BuildContext::prepare(const BuildRequest &request, const TaskControl &control)
{
    BuildContext context;
    context.request = request;
    ProjectLoadOptions loadOptions;
    loadOptions.createSettingsIfMissing = false; // a build never writes into the user's project
    auto original = loadPythonProject(request.projectDir, loadOptions);
    if (!original) {
        return std::unexpected(original.error());
    }
    if (original->packageDir.isEmpty()) {
        return fail(Error::Code::Precondition,
            QCoreApplication::translate("core", "No Python package was found in %1.").arg(original->rootDir),
            QCoreApplication::translate("core", "Put the code in src/<name>/ or <name>/ with an __init__.py."));
    }
    context.sourceDir = original->rootDir;

    // 1. The version, decided first and never a non-PEP 440 string: a label such as "dev" (the
    // guide's build.yml passes it) becomes 0.0.0.dev0 with a warning, as the chain does everywhere.
    VersionResolver resolver(*original);
    resolver.setExplicitVersion(request.version);
    resolver.setEnvironment(request.environment);
    auto resolution = resolver.resolve();
    if (!resolution) {
        return std::unexpected(resolution.error());
    }
    context.version = resolution->version.toString();
    context.versionNotes = resolution->warnings;
    context.versionNotes.prepend(QStringLiteral("Version %1 from %2").arg(context.version, resolution->winner().name));
    control.log(context.versionNotes.first());
    for (const QString &warning : std::as_const(resolution->warnings)) {
        control.log(QStringLiteral("warning: ") + warning);
    }

    // 2. Settings, with the request's overrides.
    const ProjectSettings &settings = original->settings;
    context.settings = settings.build;
    BuildSettings &build = context.settings;
    auto override = [](QString &target, const QString &value) {
        if (!value.isEmpty()) {
            target = value;
        }
    };
    override(build.pythonZip, request.pythonZip);
    override(build.pythonBaseUrl, request.pythonBaseUrl);
    override(build.pythonSha256, request.pythonSha256);
    override(build.indexUrl, request.indexUrl);
    override(build.constraintsFile, request.constraintsFile);
    override(build.hostPython, request.hostPython);
    override(build.linuxPython, request.linuxPython);
    if (!request.extraIndexUrls.isEmpty()) {
        build.extraIndexUrls = request.extraIndexUrls;
    }
    if (!request.findLinks.isEmpty()) {
        build.findLinks = request.findLinks;
    }
    if (request.noIndex) {
        build.noIndex = *request.noIndex;
    }
    context.pythonVersion = request.pythonVersion.isEmpty() ? settings.pythonVersion : request.pythonVersion;
    if (auto tag = EmbeddablePython::shortVersion(context.pythonVersion); !tag) {
        return std::unexpected(tag.error());
    }
    context.extras = request.extras ? *request.extras : settings.extras;
    for (const QString &extra : std::as_const(context.extras)) {
        if (!original->optionalDependencies.contains(extra)) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "The project has no extra named '%1'.").arg(extra),
                QCoreApplication::translate("core", "Known extras: %1.")
                    .arg(original->optionalDependencies.keys().join(QStringLiteral(", "))));
        }
    }
    // Relative paths in releasedesk.toml are relative to the project.
    build.pythonZip = absoluteFrom(original->rootDir, build.pythonZip);
    context.constraintsFile = absoluteFrom(original->rootDir, build.constraintsFile);
    QStringList findLinks;
    for (const QString &links : std::as_const(build.findLinks)) {
        findLinks << absoluteFrom(original->rootDir, links);
        const bool isUrl = links.contains(QStringLiteral("://"));
        if (!isUrl && !QFileInfo(findLinks.constLast()).isDir()) {
            return fail(Error::Code::NotFound,
                QCoreApplication::translate("core", "The wheel folder %1 (--find-links) does not exist.").arg(links),
                QCoreApplication::translate("core", "Pass a folder of .whl files, or a URL that lists them."));
        }
    }
    // Said here, not as pip's "no matching distribution" for the first dependency it tries.
    if (build.noIndex && findLinks.isEmpty() && !original->dependencies.isEmpty()) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core",
                "--no-index leaves pip nowhere to find the project's dependencies (%1): no --find-links "
                "folder was given.")
                .arg(original->dependencies.join(QStringLiteral(", "))),
            QCoreApplication::translate(
                "core", "Pass --find-links DIR (a folder of wheels), or leave out --no-index to use the package index."));
    }
    context.pip.python
        = build.hostPython.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : build.hostPython;
    context.pip.indexUrl = build.indexUrl;
    context.pip.extraIndexUrls = build.extraIndexUrls;
    context.pip.findLinks = findLinks;
    context.pip.noIndex = build.noIndex;
    context.pip.environment = request.environment;
    context.linuxPython = build.linuxPython;
    if (context.linuxPython.isEmpty()) {
        context.linuxPython = QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable()
            ? QStringLiteral("/usr/bin/python3")
            : QStandardPaths::findExecutable(QStringLiteral("python3"));
    }
    context.cacheDir = request.cacheDir.isEmpty() ? EmbeddablePython::defaultCacheDir() : request.cacheDir;
    context.level = request.compressionLevel;
    if (request.sourceDateEpoch >= 0) {
        context.mtime = request.sourceDateEpoch;
    } else if (bool ok = false; request.environment.contains(QStringLiteral("SOURCE_DATE_EPOCH"))) {
        context.mtime = request.environment.value(QStringLiteral("SOURCE_DATE_EPOCH")).toLongLong(&ok);
        if (!ok) {
            context.mtime = QDateTime::currentSecsSinceEpoch();
        }
    } else if (auto committed = Git(original->rootDir)
                                    .run({ QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ct"),
                                        QStringLiteral("HEAD") });
               committed && committed->trimmed().toLongLong() > 0) {
        // The commit's time: the same commit gives byte-identical archives, whenever and wherever built.
        context.mtime = committed->trimmed().toLongLong();
    } else {
        context.mtime = QDateTime::currentSecsSinceEpoch();
        context.versionNotes << QStringLiteral("Not a git checkout: the archives are dated now, so they are not reproducible.");
    }

    // 3. Folders.
    context.outDir = QDir::cleanPath(QDir(request.outDir.isEmpty() ? QDir::currentPath() : request.outDir).absolutePath());
    if (!QDir().mkpath(context.outDir)) {
        return fail(
            Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the output folder %1.").arg(context.outDir));
    }
    if (request.workDir.isEmpty()) {
        QTemporaryDir temp(QDir(QDir::tempPath()).filePath(QStringLiteral("releasedesk-build-XXXXXX")));
        if (!temp.isValid()) {
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot create a temporary folder in %1.").arg(QDir::tempPath()));
        }
        temp.setAutoRemove(false); // the run removes it when done (unless keepWork)
        context.workDir = temp.path();
    } else {
        context.workDir = QDir(request.workDir).absolutePath();
        QDir(context.workDir).removeRecursively();
        QDir().mkpath(context.workDir);
    }

    // 4. Stage a copy of the project and stamp the version into it (the work folder goes
    // again when that fails).
    auto staging = stage(context, loadOptions, *original, control);
    if (!staging) {
        if (!request.keepWork) {
            QDir(context.workDir).removeRecursively();
        }
        return std::unexpected(staging.error());
    }
    return context;
}

namespace {

Status stage(
    BuildContext &context, const ProjectLoadOptions &loadOptions, const PythonProject &original, const TaskControl &control)
{
    const BuildSettings &build = context.settings;
    context.stagedDir = QDir(context.workDir).filePath(QStringLiteral("project"));
    const QStringList excluded { QFileInfo(context.outDir).canonicalFilePath(), QFileInfo(context.workDir).canonicalFilePath() };
    if (auto staged = stageProject(original.rootDir, context.stagedDir, excluded, control); !staged) {
        return staged;
    }
    auto staged = loadPythonProject(context.stagedDir, loadOptions);
    if (!staged) {
        return std::unexpected(staged.error());
    }
    auto stamp = VersionStamp::plan(*staged, context.version);
    if (!stamp) {
        return std::unexpected(stamp.error());
    }
    if (auto applied = VersionStamp::apply(*stamp); !applied) {
        return applied;
    }
    for (const StampedFile &file : std::as_const(stamp->files)) {
        if (file.changed()) {
            control.log(QCoreApplication::translate("core", "Stamped %1 into %2 (was %3)")
                            .arg(context.version, file.relativePath, file.oldVersion));
        }
    }
    for (const QString &note : std::as_const(stamp->notes)) {
        context.versionNotes << note;
    }
    auto stamped = loadPythonProject(context.stagedDir, loadOptions);
    if (!stamped) {
        return std::unexpected(stamped.error());
    }
    context.project = *stamped;

    // 5. Names.
    context.displayName = original.displayName();
    context.appName = ArtifactNames::fileSafe(context.displayName);
    context.module = build.entryModule;
    if (context.module.isEmpty()) {
        const QString main = QDir(context.stagedDir).filePath(context.project.packageDir + QStringLiteral("/__main__.py"));
        if (QFileInfo::exists(main) || context.project.scripts.isEmpty()) {
            context.module = context.project.packageName;
        } else {
            context.module = context.project.scripts.first().section(QLatin1Char(':'), 0, 0).trimmed();
        }
    }
    return {};
}

} // namespace

} // namespace rd
