#pragma once

#include "common/Error.h"
#include "project/PythonProject.h"
#include "version/TagScheme.h"
#include "version/Version.h"

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// One link of the version resolution chain and what it gave.
struct VersionSource
{
    enum class Kind {
        Argument, // the version the user gave (CLI --version, the GUI field)
        GitTag, // git describe --tags --exact-match, read through the tag scheme
        CiRefName, // GITEA_REF_NAME, then GITHUB_REF_NAME
        Pyproject, // [project] version in pyproject.toml
        DunderVersion, // __version__ in the package's __init__.py
    };

    Kind kind = Kind::Argument;
    QString name; // "argument", "git tag", "GITEA_REF_NAME", "pyproject.toml", "__version__"
    QString origin; // where it was read: "--version", "git describe --tags --exact-match", "src/app/__init__.py"
    QString raw; // the value as found (empty when the source had none)
    std::optional<Version> version; // the value read as a version (placeholder 0.0.0.dev0 for a label)
    QString skipReason; // why the source gave nothing, when version is empty
    QString warning; // e.g. the label was not PEP 440 and became 0.0.0.dev0
    bool winner = false;

    bool hasValue() const { return version.has_value(); }
    QString normalized() const { return version ? version->toString() : QString(); }
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
    bool operator==(const VersionSource &) const = default;
};

// The outcome of the chain: the version that drives the tag, the files and the pre-release flag.
struct VersionResolution
{
    Version version;
    QString tag; // version written with the project's tag scheme (empty if it has none)
    QString tagPrefix;
    bool prerelease = false; // alpha/beta/rc or dev: not "latest"
    QList<VersionSource> sources; // every link in chain order, winner flagged
    QStringList warnings; // coerced labels, disagreeing sources, a version without a tag

    const VersionSource &winner() const;
    QJsonObject toJson() const;
    // For the CLI: the chain as aligned rows, then the result and the warnings.
    QString toText() const;
};

// Finds the release version the way the CI guide's build scripts do (§3, §10.1.1), but reports
// every link instead of silently taking the first:
//   explicit argument → exact git tag on HEAD → GITEA_REF_NAME / GITHUB_REF_NAME →
//   pyproject.toml [project] version → __version__.
// The first link with a value wins; the others are still read so that disagreement is shown.
// A label that is not PEP 440 ("dev", "nightly", "snapshot-2024") becomes 0.0.0.dev0 with a
// warning. Reading runs git queries (synchronously: the CLI or a worker thread) and changes
// nothing.
class VersionResolver final
{
public:
    explicit VersionResolver(PythonProject project);

    void setExplicitVersion(const QString &version) { m_explicit = version; }
    // The CI variables are read from here (default: the process environment).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    // Every link in order, read but not decided (no winner flagged yet).
    QList<VersionSource> readSources() const;
    // The resolution; NotFound when no link gives a value (the message lists why each was
    // skipped), InvalidInput when the project's tag prefix is unusable.
    Result<VersionResolution> resolve() const;

private:
    VersionSource readArgument(const TagScheme &scheme) const;
    VersionSource readGitTag(const TagScheme &scheme) const;
    VersionSource readCiRefName(const TagScheme &scheme) const;
    VersionSource readPyproject() const;
    VersionSource readDunderVersion() const;

    PythonProject m_project;
    QString m_explicit;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

} // namespace rd
