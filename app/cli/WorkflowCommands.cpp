// releasedesk-cli workflows init: the project's Gitea (or GitHub) Actions workflows.
#include "CliSupport.h"

namespace rd::cli {

QList<Command> workflowCommands()
{
    return {};
}

} // namespace rd::cli
