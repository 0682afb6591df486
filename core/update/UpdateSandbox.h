#pragma once

#include "common/Error.h"
#include "update/InstallType.h"

#include <QString>
#include <QStringList>

namespace rd {

// "Apply in a sandbox" for the Update Preview: really updates a copy of an installed folder,
// exactly as the installed app would (stage, swap script, restart), and reports what the
// restarted app printed. Blocking: run it on a worker thread.
struct SandboxResult
{
    QString sandboxDir; // the copy that was updated
    QString versionBefore;
    QString versionAfter;
    int scriptExitCode = -1;
    QString scriptOutput;
    QString launchOutput; // what run.sh printed (Linux); empty when not launched
    QStringList operations; // the file operations, for the timeline
};

class UpdateSandbox final
{
public:
    // Copies installDir (symlinks kept as links) to <sandboxRoot>/<folder name>.
    static Result<QString> copyInstallation(const QString &installDir, const QString &sandboxRoot);
    // Stages `archive` into `sandboxDir`, runs the swap script and, for a Linux portable copy,
    // its run.sh (10 s at most). Windows portable copies need wine (else ToolMissing).
    static Result<SandboxResult> apply(const QString &sandboxDir, const QString &archive, InstallType type);
};

} // namespace rd
