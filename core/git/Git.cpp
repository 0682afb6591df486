#include "Git.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rd {

Git::Git(QString workingDirectory)
    : m_dir(std::move(workingDirectory))
{ }

QProcessEnvironment Git::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never let git wait for a password on a terminal nobody watches.
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

Result<ProcessOutput> Git::runRaw(const QStringList &arguments, int timeoutMs) const
{
    auto git = Tool::find(QStringLiteral("git"), QStringLiteral("git"));
    if (!git) {
        return std::unexpected(git.error());
    }
    ProcessRequest request;
    request.program = git->path;
    request.arguments = arguments;
    request.workingDirectory = m_dir;
    request.environment = environment();
    request.timeoutMs = timeoutMs;
    return runProcess(request);
}

Result<QString> Git::run(const QStringList &arguments, int timeoutMs) const
{
    auto output = runRaw(arguments, timeoutMs);
    if (!output) {
        return std::unexpected(output.error());
    }
    if (output->exitCode != 0) {
        const QString message = output->stderrText().isEmpty() ? output->stdoutText() : output->stderrText();
        return fail(Error::Code::ToolFailed,
            QCoreApplication::translate("core", "%1 failed: %2").arg(displayCommand(QStringLiteral("git"), arguments), message));
    }
    return output->stdoutText();
}

bool Git::isRepository() const
{
    auto inside = run({ QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree") });
    return inside && *inside == QStringLiteral("true");
}

Result<QString> Git::remoteUrl() const
{
    if (!isRepository()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 is not a git repository.").arg(m_dir),
            QCoreApplication::translate("core", "Run git init and add a remote pointing at your Gitea repository."));
    }
    auto remotes = run({ QStringLiteral("remote") });
    if (!remotes) {
        return std::unexpected(remotes.error());
    }
    const QStringList names = remotes->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (names.isEmpty()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("core", "The repository has no git remote."),
            QCoreApplication::translate("core", "Add one: git remote add origin https://gitea.example.com/owner/repo.git"));
    }
    const QString name = names.contains(QStringLiteral("origin")) ? QStringLiteral("origin") : names.first();
    return run({ QStringLiteral("remote"), QStringLiteral("get-url"), name });
}

Result<QStringList> Git::removeStaleLocks(const QStringList &names, const QDateTime &writtenBefore) const
{
    if (names.isEmpty()) {
        return QStringList {};
    }
    // One git for all names. --git-path knows worktrees and GIT_DIR; it prints one path per name,
    // relative to the working directory.
    QStringList arguments { QStringLiteral("rev-parse") };
    for (const QString &name : names) {
        arguments << QStringLiteral("--git-path") << name + QStringLiteral(".lock");
    }
    auto paths = run(arguments);
    if (!paths) {
        return std::unexpected(paths.error());
    }
    QStringList removed;
    for (const QString &path : paths->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString lock = QDir(m_dir).absoluteFilePath(path.trimmed());
        const QFileInfo info(lock);
        if (!info.exists() || info.lastModified() >= writtenBefore) {
            continue;
        }
        if (!QFile::remove(lock)) {
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "The lock file %1, left by a git that was stopped, cannot be removed.")
                    .arg(lock),
                QCoreApplication::translate("core", "Remove it by hand once no git command is running in %1.").arg(m_dir));
        }
        removed << lock;
    }
    return removed;
}

} // namespace rd
