#pragma once

#include "common/Error.h"
#include "common/TaskControl.h"
#include "process/Tool.h"

namespace rd {

// Runs a tool to completion on a worker thread (never the GUI thread), streaming its output
// line by line to control.log() and polling control.isCancelled(). The tool runs in its own
// process group, so cancel and timeout stop it *and its children* (pip's build backends,
// compileall workers): SIGTERM to the group, SIGKILL after a grace period. A non-zero exit code
// is a value; failing to start, a timeout (request.timeoutMs, <= 0 for none) or a cancel are
// errors (Cancelled, Timeout).
class BlockingProcess final
{
public:
    static Result<ProcessOutput> run(const ProcessRequest &request, const TaskControl &control, int killGraceMs = 3000);
};

} // namespace rd
