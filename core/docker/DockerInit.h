#pragma once

#include "common/FileChange.h"
#include "project/PythonProject.h"

namespace rd {

// `docker init`: the project's Dockerfile (and a .dockerignore when it has none) as file
// changes to show and write, and [docker] enabled = true in releasedesk.toml once written.
class DockerInit final
{
public:
    static QList<FileChange> changes(const PythonProject &project);
    static Status apply(const PythonProject &project, const QList<FileChange> &changes, bool force);
};

} // namespace rd
