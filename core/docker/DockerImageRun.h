#pragma once

#include "common/Error.h"
#include "common/TaskControl.h"
#include "docker/DockerPlan.h"

#include <QJsonObject>
#include <QStringList>

namespace rd {

// What building and pushing did. A failed login is not an error (guide §7's graceful
// degradation): the image is built, the push is skipped, and pushSkipped says why.
struct DockerOutcome
{
    bool built = false;
    bool pushed = false;
    QString pushSkipped; // why the push did not happen ("login to host failed: ...")
    QStringList pushedReferences;
    QStringList warnings;

    QJsonObject toJson() const;
};

// Carries out a DockerPlan with the engine: build (every tag at once), then, when asked, log in
// with the token on stdin into a temporary credentials file (removed afterwards: the token never
// stays on disk or reaches a command line) and push each tag. Blocking and cancellable: call it
// from a worker thread or the CLI; output lines go to control.log().
class DockerImageRun final
{
public:
    enum class Mode { Build, BuildAndPush, Push };
    static Result<DockerOutcome> run(const DockerPlan &plan, Mode mode, const QString &token, const TaskControl &control);
};

} // namespace rd
