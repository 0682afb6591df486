#include "VersionStamp.h"

#include "common/AtomicFile.h"
#include "common/UnifiedDiff.h"
#include "version/TagScheme.h"
#include "versioning/VersionFileEdit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace rd {

namespace {

// package.json files: the project root and its direct sub-folders (a web front end), skipping
// folders that hold installed or built copies.
QStringList packageJsonFiles(const QString &rootDir)
{
    QStringList files;
    const QDir root(rootDir);
    if (QFileInfo::exists(root.filePath(QStringLiteral("package.json")))) {
        files << root.filePath(QStringLiteral("package.json"));
    }
    static const QStringList skipped { QStringLiteral("node_modules"), QStringLiteral("build"), QStringLiteral("dist"),
        QStringLiteral("venv"), QStringLiteral("env"), QStringLiteral("__pycache__"), QStringLiteral("site-packages") };
    for (const QString &dir : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (skipped.contains(dir)) {
            continue;
        }
        const QString candidate = root.filePath(dir + QStringLiteral("/package.json"));
        if (QFileInfo(candidate).isFile()) {
            files << candidate;
        }
    }
    return files;
}

Status addFile(StampPlan &plan, StampedFile::Kind kind, const QString &path, const QString &newVersion)
{
    auto content = readWholeFile(path);
    if (!content) {
        return std::unexpected(content.error());
    }
    const QString relative = QDir(plan.projectDir).relativeFilePath(path);
    Result<VersionEdit> edit = VersionEdit {};
    switch (kind) {
    case StampedFile::Kind::Pyproject: edit = VersionFileEdit::pyproject(*content, newVersion); break;
    case StampedFile::Kind::DunderVersion: edit = VersionFileEdit::dunderVersion(*content, newVersion); break;
    case StampedFile::Kind::PackageJson: edit = VersionFileEdit::packageJson(*content, newVersion); break;
    }
    if (!edit) {
        Error error = edit.error();
        if (!error.message.startsWith(relative)) {
            error.message = relative + QStringLiteral(": ") + error.message;
        }
        return std::unexpected(error);
    }
    if (!edit->found) {
        plan.notes << QStringLiteral("%1: %2").arg(relative, edit->note);
        return {};
    }
    StampedFile file;
    file.kind = kind;
    file.path = path;
    file.relativePath = relative;
    file.oldVersion = edit->oldVersion;
    file.newVersion = newVersion;
    file.oldContent = *content;
    file.newContent = edit->text;
    file.diff
        = UnifiedDiff::diff(file.oldContent, file.newContent, QStringLiteral("a/") + relative, QStringLiteral("b/") + relative);
    plan.files << file;
    return {};
}

} // namespace

QString StampedFile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Pyproject: return QStringLiteral("pyproject");
    case Kind::DunderVersion: return QStringLiteral("dunder_version");
    case Kind::PackageJson: return QStringLiteral("package_json");
    }
    return QStringLiteral("pyproject");
}

QJsonObject StampedFile::toJson() const
{
    return QJsonObject { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("path"), path },
        { QStringLiteral("relative_path"), relativePath }, { QStringLiteral("old_version"), oldVersion },
        { QStringLiteral("new_version"), newVersion }, { QStringLiteral("changed"), changed() },
        { QStringLiteral("diff"), diff } };
}

bool StampPlan::hasChanges() const
{
    return std::any_of(files.cbegin(), files.cend(), [](const StampedFile &file) { return file.changed(); });
}

QString StampPlan::diff() const
{
    QString text;
    for (const StampedFile &file : files) {
        text += file.diff;
    }
    return text;
}

Plan StampPlan::toPlan() const
{
    Plan plan;
    plan.title = QCoreApplication::translate("core", "Stamp version %1").arg(version);
    for (const StampedFile &file : files) {
        if (file.changed()) {
            plan.actions << PlanAction::writeFile(QStringLiteral("stamp:") + file.relativePath,
                QCoreApplication::translate("core", "Set the version in %1 from %2 to %3.")
                    .arg(file.relativePath, file.oldVersion, file.newVersion),
                file.path, file.newContent, file.diff);
        }
    }
    for (const StampedFile &file : files) {
        if (!file.changed()) {
            plan.notes << QCoreApplication::translate("core", "%1 already says %2.").arg(file.relativePath, file.newVersion);
        }
    }
    plan.notes += notes;
    return plan;
}

QJsonObject StampPlan::toJson() const
{
    QJsonArray list;
    for (const StampedFile &file : files) {
        list.append(file.toJson());
    }
    return QJsonObject { { QStringLiteral("project"), projectDir }, { QStringLiteral("version"), version },
        { QStringLiteral("changes"), hasChanges() }, { QStringLiteral("files"), list },
        { QStringLiteral("notes"), QJsonArray::fromStringList(notes) } };
}

QString StampPlan::toText() const
{
    QString text;
    for (const StampedFile &file : files) {
        if (file.changed()) {
            text += QStringLiteral("%1: %2 → %3\n").arg(file.relativePath, file.oldVersion, file.newVersion);
        } else {
            text += QStringLiteral("%1: already %2\n").arg(file.relativePath, file.newVersion);
        }
    }
    for (const QString &note : notes) {
        text += QStringLiteral("note: %1\n").arg(note);
    }
    const QString changes = diff();
    if (!changes.isEmpty()) {
        text += QLatin1Char('\n') + changes;
    }
    return text;
}

QString VersionStamp::packageJsonVersion(const Version &version)
{
    auto tag = TagScheme::withPrefix(QString())->tagFromVersion(version);
    if (!tag) {
        return version.toString();
    }
    QStringList release;
    for (const VersionNumber &part : version.release()) {
        release << part.toString();
    }
    const QString releaseText = release.join(QLatin1Char('.'));
    QString padded = releaseText;
    for (qsizetype parts = release.size(); parts < 3; ++parts) {
        padded += QStringLiteral(".0");
    }
    return padded + tag->mid(releaseText.size());
}

Result<StampPlan> VersionStamp::plan(const PythonProject &project, const QString &version)
{
    auto parsed = Version::parse(version);
    if (!parsed) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core",
                "'%1' is not a PEP 440 version, so it cannot be stamped: pip would refuse pyproject.toml "
                "(project.version must be pep440).")
                .arg(version.trimmed()),
            QCoreApplication::translate("core",
                "Give a version such as 1.2.3, 1.2.3rc1 or 1.2.3.dev0 (a build label like 'nightly' becomes "
                "0.0.0.dev0)."));
    }
    return plan(project, *parsed);
}

Result<StampPlan> VersionStamp::plan(const PythonProject &project, const Version &version)
{
    StampPlan plan;
    plan.projectDir = project.rootDir;
    plan.version = version.toString();
    if (auto added = addFile(plan, StampedFile::Kind::Pyproject, project.pyprojectPath(), plan.version); !added) {
        return std::unexpected(added.error());
    }
    if (project.initPath().isEmpty()) {
        plan.notes << QCoreApplication::translate(
            "core", "No package folder with an __init__.py was found, so no __version__ is stamped.");
    } else if (auto added = addFile(plan, StampedFile::Kind::DunderVersion, project.initPath(), plan.version); !added) {
        return std::unexpected(added.error());
    }
    const QString npmVersion = packageJsonVersion(version);
    for (const QString &path : packageJsonFiles(project.rootDir)) {
        if (auto added = addFile(plan, StampedFile::Kind::PackageJson, path, npmVersion); !added) {
            return std::unexpected(added.error());
        }
    }
    if (plan.files.isEmpty()) {
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "No file in %1 sets a version to stamp (%2).")
                .arg(project.rootDir, plan.notes.join(QLatin1Char(' '))),
            QCoreApplication::translate(
                "core", "Set version = \"%1\" under [project] in pyproject.toml, or __version__ = \"%1\" in the package.")
                .arg(plan.version));
    }
    return plan;
}

Status VersionStamp::apply(const StampPlan &plan)
{
    auto version = Version::parse(plan.version);
    if (!version || version->toString() != plan.version) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "Refusing to stamp '%1': it is not a normalised PEP 440 version.")
                .arg(plan.version),
            QCoreApplication::translate("core", "Normalise it first (releasedesk-cli version normalize %1).").arg(plan.version));
    }
    const QString npmVersion = packageJsonVersion(*version);
    for (const StampedFile &file : plan.files) {
        const QString expected = file.kind == StampedFile::Kind::PackageJson ? npmVersion : plan.version;
        if (file.newVersion != expected) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "Refusing to stamp '%1' into %2: the plan is for version %3.")
                    .arg(file.newVersion, file.relativePath, plan.version));
        }
        if (!file.changed()) {
            continue;
        }
        auto current = readWholeFile(file.path);
        if (!current) {
            return std::unexpected(current.error());
        }
        if (*current != file.oldContent) {
            return fail(Error::Code::Conflict,
                QCoreApplication::translate("core", "%1 changed since the stamp was planned; nothing was written.")
                    .arg(file.relativePath),
                QCoreApplication::translate("core", "Plan the stamp again to see the current difference."));
        }
    }
    QStringList written;
    for (const StampedFile &file : plan.files) {
        if (!file.changed()) {
            continue;
        }
        if (auto done = writeFileAtomically(file.path, file.newContent); !done) {
            Error error = done.error();
            if (!written.isEmpty()) {
                error.hint = QCoreApplication::translate("core", "%1 were already written; %2")
                                 .arg(written.join(QStringLiteral(", ")), error.hint);
            }
            return std::unexpected(error);
        }
        written << file.relativePath;
    }
    return {};
}

} // namespace rd
