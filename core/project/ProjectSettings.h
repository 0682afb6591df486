#pragma once

#include "common/Error.h"
#include "project/BuildSettings.h"
#include "project/DockerSettings.h"
#include "project/InstallerSettings.h"

#include <QString>
#include <QStringList>

namespace rd {

// ReleaseDesk's own per-project settings, kept in releasedesk.toml at the project root.
// No secret ever lives here: tokens are in the keychain or the environment.
struct ProjectSettings
{
    static constexpr auto fileName = "releasedesk.toml";

    QString appDisplayName;
    QString publisher;
    QString iconPath;
    QString serverUrl;
    QString serverKind = QStringLiteral("gitea"); // gitea | github | local
    QString repository; // owner/name
    QString localStorePath; // for serverKind == local
    QString tagPrefix = QStringLiteral("v");
    QStringList targets { QStringLiteral("windows"), QStringLiteral("linux") };
    QStringList assetPatterns { QStringLiteral("{app}-{tag}-setup.exe"), QStringLiteral("{app}-{tag}-win-x64.zip"),
        QStringLiteral("{app}-{tag}-linux-x64.tar.gz") };
    // [release]: the project's own preparation commands run before the builds (guide §5.2, e.g.
    // "npm ci", "npm run build" for a web frontend), the release notes file, the release title
    // ({app} {tag}, as the guide's workflows name releases) and draft-first publishing: on by
    // default, so nobody (and no app's update check) sees a release before all its files are on it.
    QStringList prepareCommands;
    QString notesFile = QStringLiteral("RELEASE_NOTES.md");
    QString releaseTitle = QStringLiteral("{app} {tag}");
    bool draftFirst = true;
    QString pythonVersion = QStringLiteral("3.11.9");
    QStringList extras;
    BuildSettings build; // the other [build] keys: mirrors, constraints, trim rules...
    InstallerSettings installer; // [installer]
    DockerSettings docker; // [docker]
    CiSettings ci; // [ci]

    // Reads releasedesk.toml from text; errors carry the line and column.
    static Result<ProjectSettings> parse(const QByteArray &toml, const QString &pathForMessages);
    // The file's text, with comments explaining each key.
    QByteArray toToml() const;
};

} // namespace rd
