#pragma once

#include "common/Error.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rd {

// An external tool (git, python3, makensis, wine...) found once on PATH, with the Debian
// package that provides it, so its absence is reported with something to install.
struct Tool
{
    QString name; // "git"
    QString debianPackage; // "git"
    QString path; // absolute path once found

    static Result<Tool> find(const QString &name, const QString &debianPackage);
};

// The outcome of a finished tool run.
struct ProcessOutput
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    QString stdoutText() const { return QString::fromUtf8(standardOutput).trimmed(); }
    QString stderrText() const { return QString::fromUtf8(standardError).trimmed(); }
    bool operator==(const ProcessOutput &) const = default;
};

// The niceness of the tools ReleaseDesk runs (pip, compileall, makensis, wine, git, docker):
// background work, a little lower in the scheduler than the window that started them, so a
// build never makes the GUI stutter. The same for ProcessJob and BlockingProcess.
constexpr int backgroundNiceness = 5;

struct ProcessRequest
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 60'000;
    QByteArray standardInput;
};

// Runs a short tool command to completion on the calling thread (for quick queries such as
// `git rev-parse`, from the CLI or a worker thread, never on the GUI thread). A non-zero exit
// code is a value, not an error; failing to start or timing out is an error.
Result<ProcessOutput> runProcess(const ProcessRequest &request);

// "git tag -a v1 -m 'x'" for logs and plans: arguments quoted only where a shell would need it.
QString displayCommand(const QString &program, const QStringList &arguments);

} // namespace rd
