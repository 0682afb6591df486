#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "project/PythonProject.h"
#include "version/Version.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// One file a stamp rewrites.
struct StampedFile
{
    enum class Kind { Pyproject, DunderVersion, PackageJson };

    Kind kind = Kind::Pyproject;
    QString path; // absolute
    QString relativePath; // to the project root, as shown ("src/tallyho/__init__.py")
    QString oldVersion; // as the file had it
    QString newVersion; // as it will have it (package.json: the semver spelling, see below)
    QByteArray oldContent;
    QByteArray newContent;
    QString diff; // unified diff, empty when the file already has the version

    bool changed() const { return oldContent != newContent; }
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
    bool operator==(const StampedFile &) const = default;
};

// What stamping a version would change: built by VersionStamp::plan, shown (dry-run, the GUI
// preview), then written by VersionStamp::apply.
struct StampPlan
{
    QString projectDir;
    QString version; // the normalised PEP 440 version stamped into Python files
    QList<StampedFile> files; // the files that set a version (changed or already right)
    QStringList notes; // files left alone and why (dynamic version, no __version__...)

    bool hasChanges() const;
    QString diff() const; // every changed file's diff, one after the other
    // One WriteFile action per changed file (for plan views and PlanRunner).
    Plan toPlan() const;
    QJsonObject toJson() const;
    QString toText() const;
};

// Stamps one version into the files of a Python project (guide §10.2, done carefully):
//   - pyproject.toml: [project] version only (never a version key of another table); left
//     alone, with a note, when version is dynamic or absent;
//   - the package's __init__.py: every top-level __version__ string (quote style kept);
//   - package.json at the project root and in its direct sub-folders (a web front end), when
//     it has a top-level "version": npm needs semver, so it gets the tag spelling without the
//     prefix, with the release padded to three numbers (0.3.0a1 -> 0.3.0-alpha.1, 1.0 -> 1.0.0);
//     PEP 440 reads that back as the same version.
// Only the characters of the old version change; every other byte is kept.
class VersionStamp final
{
public:
    // Reads the files and computes the new contents; writes nothing. InvalidInput when the
    // version is not PEP 440 (a bare "dev" or "nightly" in pyproject.toml makes pip fail).
    static Result<StampPlan> plan(const PythonProject &project, const QString &version);
    static Result<StampPlan> plan(const PythonProject &project, const Version &version);

    // Writes each changed file atomically. Refuses (nothing written) when the plan's version is
    // not normalised PEP 440 or a file no longer has the content the plan was made from.
    static Status apply(const StampPlan &plan);

    // The semver-style spelling package.json gets (see above).
    static QString packageJsonVersion(const Version &version);
};

} // namespace rd
