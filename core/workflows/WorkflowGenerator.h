#pragma once

#include "common/FileChange.h"
#include "project/PythonProject.h"

#include <QString>
#include <QStringList>

namespace rd {

// Which Actions dialect the workflows speak: Gitea's (gitea.* contexts, .gitea/workflows) or
// GitHub's (github.*, .github/workflows). The syntax is otherwise the same (guide §9).
enum class Forge { Gitea, GitHub };

struct WorkflowOptions
{
    Forge forge = Forge::Gitea;
    QString branch; // the branch test.yml watches (empty: [ci] branch, else the current one, else master)
};

// The project's CI workflows (guide §1, §1.1, §2, §9), each job a releasedesk-cli call so the
// runners use the same engine as the desktop app:
//   test.yml     lint (ruff), then test (pytest), on pushes and pull requests of the branch; in
//                /tmp/venv when [ci] isolated_venv (monorepos, persistent runners, §1.1);
//   release.yml  on v* tags: create the release (release_id, tag and version as job outputs),
//                one build job per target in parallel (each builds and uploads its files), a
//                docker job when [docker] enabled, then finish (SHA256SUMS, check, publish);
//   build.yml    workflow_dispatch: the builds as artifacts, no release.
// The token is the DEPLOY_TOKEN secret: Gitea reserves GITEA_TOKEN.
class WorkflowGenerator final
{
public:
    WorkflowGenerator(const PythonProject &project, const WorkflowOptions &options);

    QString folder() const; // ".gitea/workflows"
    QString testWorkflow() const;
    QString releaseWorkflow() const;
    QString buildWorkflow() const;
    QList<FileChange> changes() const;

    static std::optional<Forge> forgeFromName(const QString &name);
    static QString forgeName(Forge forge);
    // The forge a project's server is: [server] kind github, or a github.com remote.
    static Forge forgeOf(const PythonProject &project);

private:
    QString context() const; // "gitea" | "github"
    QStringList installCliSteps(const QString &indent) const;
    QStringList checkoutSteps(const QString &indent, bool fullHistory) const;
    QString header(const QString &what) const;

    PythonProject m_project;
    WorkflowOptions m_options;
    QString m_branch;
};

} // namespace rd
