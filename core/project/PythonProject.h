#pragma once

#include "common/Error.h"
#include "project/ProjectSettings.h"
#include "project/RemoteUrl.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

// A Python project folder as ReleaseDesk sees it: pyproject.toml, the package and its
// __version__, the git remote, and ReleaseDesk's own releasedesk.toml.
struct PythonProject
{
    QString rootDir;
    QString name; // [project] name
    QString version; // [project] version (empty when dynamic or absent)
    bool versionIsDynamic = false; // "version" in [project] dynamic
    QString requiresPython;
    QString description;
    QStringList dependencies;
    QMap<QString, QStringList> optionalDependencies;
    QMap<QString, QString> scripts; // [project.scripts]
    QString packageName; // import name, e.g. "tallyho"
    QString packageDir; // relative to rootDir, e.g. "src/tallyho"
    QString initVersion; // __version__ in the package's __init__.py, if any
    QString remoteUrlText; // as git reports it, credentials removed
    std::optional<RemoteUrl> remote;
    ProjectSettings settings;
    bool settingsCreated = false; // releasedesk.toml was absent and has been written with defaults
    QStringList warnings;

    QString pyprojectPath() const;
    QString settingsPath() const;
    QString initPath() const; // empty when no package was found
    QString displayName() const { return settings.appDisplayName.isEmpty() ? name : settings.appDisplayName; }

    QJsonObject toJson() const;
};

struct ProjectLoadOptions
{
    bool createSettingsIfMissing = true;
};

// Reads a project folder. Nothing is written unless pyproject.toml is valid; then a missing
// releasedesk.toml is created with defaults derived from the project.
Result<PythonProject> loadPythonProject(const QString &dir, const ProjectLoadOptions &options = {});

// Parses pyproject.toml text into the fields above (no disk access besides nothing).
Status parsePyproject(const QByteArray &text, const QString &pathForMessages, PythonProject &project);

// The __version__ assigned in a Python source file, or an empty string.
QString findDunderVersion(const QString &pythonSource);

} // namespace rd
