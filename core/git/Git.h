#pragma once

#include "common/Error.h"
#include "process/Tool.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rd {

// The git command line, run with argument lists (never a shell string) so the user's
// credential helpers and SSH config apply. Quick queries run synchronously: call them from the
// CLI or a worker thread, not from the GUI thread.
class Git final
{
public:
    explicit Git(QString workingDirectory);

    // Runs `git <arguments>`; a non-zero exit becomes a ToolFailed error carrying git's message.
    Result<QString> run(const QStringList &arguments, int timeoutMs = 60'000) const;
    // Runs `git <arguments>` and returns the raw output whatever the exit code.
    Result<ProcessOutput> runRaw(const QStringList &arguments, int timeoutMs = 60'000) const;

    const QString &workingDirectory() const { return m_dir; }

    bool isRepository() const;
    // URL of "origin", else of the first remote.
    Result<QString> remoteUrl() const;

    // Lock files a killed git left behind. git writes X.lock, then renames it over X; killed in
    // between, the .lock stays and every later git refuses to touch X ("Unable to create
    // '.../X.lock': File exists"). Removes the .lock of each of `names` (paths inside the git
    // directory: "refs/tags/v1.0", "index", "HEAD") last written before `writtenBefore`, and
    // returns the paths it removed. Call it only for what a run of ours was writing when that
    // run died: a lock of a git that is still running must stay.
    Result<QStringList> removeStaleLocks(const QStringList &names, const QDateTime &writtenBefore) const;

    static QProcessEnvironment environment();

private:
    QString m_dir;
};

} // namespace rd
