#pragma once

#include "common/FileChange.h"
#include "forge/ReleaseInfo.h"
#include "project/PythonProject.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd {

// One item of a project's readiness (guide §12 and the prerequisites): what it checks, whether it
// holds, what is wrong in words, and the fix: a command, and the files it would write (as diffs).
struct HealthItem
{
    QString id; // "workflows.release"
    QString title; // "Release workflow"
    bool ok = false;
    bool required = true; // false: recommended (the Dockerfile of a project without Docker...)
    QString problem; // empty when ok
    QString fixText; // what to do
    QString fixCommand; // "releasedesk-cli workflows init"
    QList<FileChange> fixFiles; // what `project health --fix ID` writes

    QJsonObject toJson() const;
};

// The readiness of a project for releasing on Gitea (guide §12, §1, §10.1, §14): workflows,
// the DEPLOY_TOKEN secret name, the version's single source, ruff and pytest settings,
// pre-commit, ReleaseDesk's settings, the installer, the Dockerfile, an update checker for a
// self-hosted app; and, given the repository as the server sees it, Actions enabled there.
// Reads only.
class ProjectHealth final
{
public:
    static QList<HealthItem> check(const PythonProject &project);
    // The server item: Actions enabled for the repository (from GET /repos/{owner}/{repo}).
    static HealthItem serverItem(const Result<RepositoryInfo> &repository, const QString &serverUrl, const QString &fullName);
    static QJsonObject toJson(const QString &projectDir, const QList<HealthItem> &items);
    static QString toText(const QList<HealthItem> &items);
};

} // namespace rd
