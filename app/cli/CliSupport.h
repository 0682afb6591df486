#pragma once

#include "common/Error.h"
#include "common/FileChange.h"
#include "forge/ProviderFactory.h"
#include "project/PythonProject.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace rd::cli {

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// A standard stream that passes every write through the redactor, so no line a command prints
// (its own messages, tool output, JSON) can carry a registered secret.
class RedactingStream final : public QIODevice
{
public:
    explicit RedactingStream(FILE *file);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_file;
};

// What a command gets: its own arguments (after "group command"), and where to write.
class Context
{
public:
    explicit Context(QStringList arguments);

    QStringList arguments;

private:
    RedactingStream m_stdout { stdout };
    RedactingStream m_stderr { stderr };

public:
    QTextStream out;
    QTextStream err;

    // Parses the arguments into parser (adds --help and --json). Returns false after printing a
    // usage error or the help text; exitCode then says what to return.
    bool parse(QCommandLineParser &parser, const QString &usage, int &exitCode);
    bool json() const { return m_json; }

    int printJson(const QJsonObject &object, int exitCode = Ok);
    // Prints the error (as JSON under --json) and returns Failure (or Usage for InvalidInput
    // when usageError is true).
    int printError(const Error &error, int exitCode = Failure);
    // The same, and under --json what the command had found so far (`result`) goes with it.
    int printError(const Error &error, const QJsonObject &result, int exitCode = Failure);
    int usageError(const QString &message);

private:
    bool m_json = false;
    QString m_usage;
};

using Handler = std::function<int(Context &)>;

struct Command
{
    QString group; // "project"
    QString name; // "show" (empty for a one-word command)
    QString summary; // one line for the help text
    Handler run;
};

// Each area registers its commands here (commands/*.cpp).
QList<Command> projectCommands();
QList<Command> demoCommands();
QList<Command> serverCommands();
QList<Command> installerCommands();
QList<Command> versionCommands();
QList<Command> tagCommands();
QList<Command> releaseCommands();
QList<Command> buildCommands();
QList<Command> runCommands();
QList<Command> dockerCommands();
QList<Command> workflowCommands();
QList<Command> updateCommands();

// A whole-number option within [min, max]: false after printing a usage error that names the
// option, the value and the range ("--retries 'abc' is not a whole number from 1 to 20"); value
// keeps its default when the option is not given.
bool readWholeNumber(Context &context, const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
    int &value, int &exitCode);

// The project a command works on (--project DIR, else the current folder), read without
// creating releasedesk.toml.
Result<PythonProject> projectFor(const QCommandLineParser &parser, const QCommandLineOption &project);
QCommandLineOption projectOption();

// On a Gitea or GitHub Actions runner (GITEA_ACTIONS / GITHUB_ACTIONS = true) the CLI speaks the
// runner's language: errors and warnings also as ::error::/::warning:: annotations, long logs in
// ::group:: blocks, and results in $GITHUB_OUTPUT for later steps and jobs.
bool onRunner();
QString runnerEscape(const QString &text);
void warnRunner(Context &context, const QString &warning);
Status writeRunnerOutputs(const QList<std::pair<QString, QString>> &values);
void beginGroup(Context &context, const QString &title);
void endGroup(Context &context);

// The outcome of a command that offers files (docker init, workflows init): each file's diff
// (or, with --json, the files and `extra`), then the error, or what was done ("Dry run: nothing
// was written." for a dry run). Returns the exit code.
int printFileChanges(Context &context, const QList<FileChange> &changes, const Status &status, bool dryRun,
    const QJsonObject &extra, const QString &written);

// What stands in for a server option that is not given: releasedesk.toml's [server] for the
// project-based commands (their help says so), and a runner's GITEA_/GITHUB_SERVER_URL.
struct ServerFallback
{
    QString kind;
    QString url;
    QString repository;
    QString localStorePath;
    QString baseDir; // a relative local store path is relative to the project
    bool fromRunner = false;
};

// --server, --repo, --kind and --api-url: where the releases are. Every command that talks to a
// server reads them here, with the same rules: a URL needs its scheme and never carries
// credentials (--api-url too), http off loopback gets a warning, the local store takes a folder.
struct ServerOptions
{
    explicit ServerOptions(bool projectDefaults = false);

    QCommandLineOption server;
    QCommandLineOption repo;
    QCommandLineOption kind;
    QCommandLineOption apiUrl;

    void addTo(QCommandLineParser &parser, bool withApiUrl = true) const
    {
        parser.addOptions({ server, repo, kind });
        if (withApiUrl) {
            parser.addOption(apiUrl);
        }
    }
    // The provider's configuration without its token. InvalidInput names the option and what to
    // pass; localAllowed false refuses --kind local (a check of a real server).
    Result<ProviderConfig> read(
        Context &context, const QCommandLineParser &parser, const ServerFallback &fallback = {}, bool localAllowed = true) const;
};

// The token for headless runs: RELEASEDESK_TOKEN, then DEPLOY_TOKEN.
QString tokenFromEnvironment();
// The token for a server: the environment, then the keychain (bounded by its watchdog). It is
// added to the redactor, so no output shows it.
QString tokenFor(const QString &serverUrl);
// The code-signing password: RELEASEDESK_SIGN_PASSWORD, then the keychain.
Result<QString> certificatePassword(const QString &certificate);

} // namespace rd::cli
