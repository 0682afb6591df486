#pragma once

#include "common/Error.h"
#include "process/Tool.h"

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

    static QProcessEnvironment environment();

private:
    QString m_dir;
};

} // namespace rd
