#include "DockerInit.h"

#include "docker/DockerfileGenerator.h"
#include "project/SettingsEdit.h"

namespace rd {

QList<FileChange> DockerInit::changes(const PythonProject &project)
{
    QList<FileChange> changes;
    changes << FileChange::of(
        project.rootDir, project.settings.docker.dockerfile, DockerfileGenerator::generate(project).toUtf8());
    FileChange ignore
        = FileChange::of(project.rootDir, QStringLiteral(".dockerignore"), DockerfileGenerator::dockerignore().toUtf8());
    if (!ignore.exists) { // the user's own .dockerignore is theirs
        changes << ignore;
    }
    return changes;
}

Status DockerInit::apply(const PythonProject &project, const QList<FileChange> &changes, bool force)
{
    if (auto written = applyFileChanges(changes, force); !written) {
        return written;
    }
    if (project.settings.docker.enabled) {
        return {};
    }
    return writeTableSettings(
        project.rootDir, QStringLiteral("docker"), { { QStringLiteral("enabled"), QStringLiteral("true") } });
}

} // namespace rd
