#pragma once

#include "common/Error.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace rd::cli {

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// What a command gets: its own arguments (after "group command"), and where to write.
class Context
{
public:
    explicit Context(QStringList arguments);

    QStringList arguments;
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

// The token for headless runs: RELEASEDESK_TOKEN, then DEPLOY_TOKEN.
QString tokenFromEnvironment();
// The token for a server: the environment, then the keychain (bounded by its watchdog). It is
// added to the redactor, so no output shows it.
QString tokenFor(const QString &serverUrl);
// The code-signing password: RELEASEDESK_SIGN_PASSWORD, then the keychain.
Result<QString> certificatePassword(const QString &certificate);

} // namespace rd::cli
