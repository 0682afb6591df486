#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace rd::test {

// The interpreter the build tests use for fixtures, venvs and pip: Debian's /usr/bin/python3
// (it has venv, ensurepip and pip), else python3 on PATH.
QString testPython();

// Whether a tool a check needs is installed. When it is not, the check is skipped with a line
// that says so (and how to install it); under CI (CI set), where setup.sh installs every tool, a
// missing tool fails the test instead of skipping silently.
bool haveTool(const QString &tool, const QString &debianPackage);

// Runs a program to completion (2 minutes at most); returns its exit code (-1 when it could not
// run) and fills output with stdout+stderr.
int runTool(const QString &program, const QStringList &arguments, QString *output = nullptr, const QString &workingDirectory = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Runs tests/support/<script> with testPython().
int runSupportScript(const QString &script, const QStringList &arguments, QString *output = nullptr);

// The process environment without the machine's pip configuration (PIP_* variables, pip.conf)
// and without pip's HTTP cache, so that pip only sees what a test gives it.
QProcessEnvironment hermeticEnvironment();
// The same for this process (GUI tests, whose pages start pip with the process environment):
// its PIP_* variables become hermeticEnvironment()'s, and SOURCE_DATE_EPOCH is unset.
void useHermeticPipEnvironment();

// The demo project (tallyho, DemoProject::create) under root, with these [project]
// dependencies and these lines added to releasedesk.toml's [build] table. Returns the project
// folder, or an empty string (and a failed QVERIFY) when it could not be made.
QString makeDemoProject(const QString &root, const QStringList &dependencies, const QStringList &buildLines = {});

// Every file under dir, relative and sorted.
QStringList filesUnder(const QString &dir);

// tests/support/pep503_server.py on a random loopback port for the lifetime of the object:
// a PEP 503 simple index over a folder of wheels/sdists (/simple/...), the same folder as plain
// files (/files/...), and a python.org-like tree (/ftp/python/<ver>/...). GET /_stats returns
// {"downloads": {"/path": count}}; POST /_reset clears it.
class Pep503Server
{
public:
    // Files whose name contains `slow` are sent at about 5 KiB/s (for cancel tests).
    explicit Pep503Server(const QString &packagesDir, const QString &ftpDir = {}, const QString &slow = {});
    ~Pep503Server();

    bool isRunning() const { return m_error.isEmpty(); }
    QString startError() const { return m_error; }
    QString indexUrl() const { return m_base + QStringLiteral("/simple/"); }
    QString ftpUrl() const { return m_base + QStringLiteral("/ftp/python"); }
    QString baseUrl() const { return m_base; }

    // How many times files (not index pages) were downloaded since the start or the last reset.
    int fileDownloads();
    void reset();

private:
    QProcess m_process;
    QString m_base;
    QString m_error;
};

} // namespace rd::test
