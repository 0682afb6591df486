#include "CliSupport.h"

#include "secrets/Redactor.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>

#include <cstdio>

namespace rd::cli {

RedactingStream::RedactingStream(FILE *file)
    : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 RedactingStream::writeData(const char *data, qint64 size)
{
    // QTextStream hands over whole lines (endl/flush), so a secret is never split across writes.
    const QByteArray text = Redactor::instance().redact(QString::fromUtf8(data, size)).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), m_file);
    std::fflush(m_file);
    return size;
}

Context::Context(QStringList args)
    : arguments(std::move(args))
    , out(&m_stdout)
    , err(&m_stderr)
{ }

bool Context::parse(QCommandLineParser &parser, const QString &usage, int &exitCode)
{
    m_usage = usage;
    parser.setApplicationDescription(usage);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QCoreApplication::translate("cli", "Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Machine-readable JSON output."));
    parser.addOption(help);
    parser.addOption(json);
    if (!parser.parse(QStringList { QStringLiteral("releasedesk-cli") } + arguments)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    m_json = parser.isSet(json);
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        exitCode = Ok;
        return false;
    }
    return true;
}

int Context::printJson(const QJsonObject &object, int exitCode)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out.flush();
    return exitCode;
}

int Context::printError(const Error &raw, int exitCode)
{
    return printError(raw, QJsonObject(), exitCode);
}

int Context::printError(const Error &raw, const QJsonObject &result, int exitCode)
{
    // Every message may quote a URL or a tool's output: nothing leaves without the redactor.
    const Redactor &redactor = Redactor::instance();
    const Error error = Error::make(raw.code, redactor.redact(raw.message), redactor.redact(raw.hint));
    if (onRunner()) {
        (m_json ? err : out) << QStringLiteral("::error::") << runnerEscape(error.message) << Qt::endl;
    }
    if (m_json) {
        QJsonObject object = result;
        object.insert(QStringLiteral("ok"), false);
        object.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), errorCodeName(error.code) }, { QStringLiteral("message"), error.message },
                { QStringLiteral("hint"), error.hint } });
        return printJson(object, exitCode);
    }
    err << QStringLiteral("error: ") << error.message << Qt::endl;
    if (!error.hint.isEmpty()) {
        err << QStringLiteral("hint: ") << error.hint << Qt::endl;
    }
    return exitCode;
}

int Context::usageError(const QString &message)
{
    err << QStringLiteral("error: ") << Redactor::instance().redact(message) << Qt::endl;
    if (!m_usage.isEmpty()) {
        err << QStringLiteral("usage: ") << m_usage << Qt::endl;
    }
    err << QCoreApplication::translate("cli", "Run with --help for the options.") << Qt::endl;
    return Usage;
}

ServerOptions::ServerOptions(bool projectDefaults)
    : server(QStringLiteral("server"),
        projectDefaults ? QCoreApplication::translate("cli", "Server URL, or a folder for --kind local (default: [server] url).")
                        : QCoreApplication::translate("cli", "Server URL, or a folder for --kind local."),
        QStringLiteral("URL"))
    , repo(QStringLiteral("repo"),
          projectDefaults ? QCoreApplication::translate("cli", "Repository as OWNER/NAME (default: [server] repo).")
                          : QCoreApplication::translate("cli", "Repository as OWNER/NAME (not for --kind local)."),
          QStringLiteral("OWNER/NAME"))
    , kind(QStringLiteral("kind"),
          projectDefaults
              ? QCoreApplication::translate("cli", "gitea (also Forgejo), github or local (default: [server] kind, else gitea).")
              : QCoreApplication::translate("cli", "gitea (default; also Forgejo), github or local."),
          QStringLiteral("KIND"))
    , apiUrl(QStringLiteral("api-url"), QCoreApplication::translate("cli", "API base URL when it is not derived from --server."),
          QStringLiteral("URL"))
{ }

Result<ProviderConfig> ServerOptions::read(
    Context &context, const QCommandLineParser &parser, const ServerFallback &fallback, bool localAllowed) const
{
    QString kindName = parser.isSet(kind) ? parser.value(kind) : fallback.kind;
    if (kindName.isEmpty()) {
        kindName = QStringLiteral("gitea");
    }
    QString url = parser.isSet(server) ? parser.value(server) : fallback.url;
    QString repository = parser.isSet(repo) ? parser.value(repo) : fallback.repository;
    if (!parser.isSet(server) && kindName == QStringLiteral("local") && url.isEmpty()) {
        url = fallback.localStorePath;
    }
    if (url.isEmpty() && !parser.isSet(kind) && fallback.fromRunner) {
        // Gitea and GitHub runners say where they are.
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &prefix : { QStringLiteral("GITEA_"), QStringLiteral("GITHUB_") }) {
            if (!env.value(prefix + QStringLiteral("SERVER_URL")).isEmpty()) {
                url = env.value(prefix + QStringLiteral("SERVER_URL"));
                if (repository.isEmpty()) {
                    repository = env.value(prefix + QStringLiteral("REPOSITORY"));
                }
                break;
            }
        }
    }
    auto serverKind = serverKindFromName(kindName);
    if (!serverKind) {
        return std::unexpected(serverKind.error());
    }
    if (*serverKind == ServerKind::Local && !localAllowed) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("cli", "--kind must be gitea or github here."),
            QCoreApplication::translate("cli", "A local release folder has no server to check."));
    }
    const QString whereFrom = fallback.url.isEmpty() && fallback.repository.isEmpty() && fallback.kind.isEmpty()
        ? QString()
        : QCoreApplication::translate("cli", ", or set [server] url and repo in releasedesk.toml");
    if (url.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("cli", "--server is needed: no server to release to."),
            QCoreApplication::translate("cli", "Pass --server URL --repo OWNER/NAME%1.").arg(whereFrom));
    }
    ProviderConfig config;
    config.server.kind = *serverKind;
    if (*serverKind == ServerKind::Local) {
        config.server.url = QDir(fallback.baseDir.isEmpty() ? QDir::currentPath() : fallback.baseDir).absoluteFilePath(url);
        return config;
    }
    if (repository.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("cli", "--repo OWNER/NAME is needed: no repository to release to."),
            QCoreApplication::translate("cli", "Pass --repo OWNER/NAME%1.").arg(whereFrom));
    }
    auto normalised = ServerConfig::normaliseUrl(url);
    if (!normalised) {
        return std::unexpected(normalised.error());
    }
    if (const QString warning = ServerConfig::cleartextWarning(*normalised); !warning.isEmpty()) {
        warnRunner(context, warning);
    }
    config.server.url = *normalised;
    config.repository = repository.trimmed();
    if (parser.isSet(apiUrl)) {
        // Same rules as --server: a scheme, and never credentials inside the URL.
        auto api = ServerConfig::normaliseUrl(parser.value(apiUrl));
        if (!api) {
            Error error = api.error();
            error.message = QStringLiteral("--api-url: ") + error.message;
            return std::unexpected(error);
        }
        config.apiBase = QUrl(parser.value(apiUrl).trimmed());
    }
    return config;
}

QString tokenFromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { QStringLiteral("RELEASEDESK_TOKEN"), QStringLiteral("DEPLOY_TOKEN") }) {
        const QString value = env.value(name).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    if (!env.value(QStringLiteral("GITEA_TOKEN")).isEmpty()) {
        // Never read: Gitea reserves the name, so a secret called so cannot exist; what is there
        // is something else (a runner's own job token), and using it would hide the real problem.
        Redactor::instance().add(env.value(QStringLiteral("GITEA_TOKEN")).trimmed());
        static bool warned = false;
        if (!warned) {
            warned = true;
            std::fputs("warning: GITEA_TOKEN is set but not used: Gitea reserves that name (its UI and API refuse a secret "
                       "called so). Store the token as the secret DEPLOY_TOKEN and pass it as DEPLOY_TOKEN.\n",
                stderr);
        }
    }
    return {};
}

QString tokenFor(const QString &serverUrl)
{
    QString value = tokenFromEnvironment();
    if (!value.isEmpty()) {
        Redactor::instance().add(value);
        return value;
    }
    SecretStore store;
    QEventLoop loop;
    store.tokenFor(serverUrl, &loop, [&](const Result<Secret> &secret) {
        if (secret) {
            value = secret->value;
        }
        loop.quit();
    });
    loop.exec();
    if (!value.isEmpty()) {
        Redactor::instance().add(value);
    }
    return value;
}

Result<QString> certificatePassword(const QString &certificate)
{
    SecretStore store;
    Result<QString> password = fail(Error::Code::Unknown, QCoreApplication::translate("cli", "no answer from the keychain"));
    QEventLoop loop;
    store.certificatePassword(certificate, &loop, [&](const Result<Secret> &secret) {
        password = secret ? Result<QString>(secret->value) : Result<QString>(std::unexpected(secret.error()));
        loop.quit();
    });
    loop.exec();
    return password;
}

bool readWholeNumber(Context &context, const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
    int &value, int &exitCode)
{
    const QString text = parser.value(option).trimmed();
    if (text.isEmpty() && !parser.isSet(option)) {
        return true;
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < min || number > max) {
        exitCode = context.usageError(QCoreApplication::translate("cli", "--%1 '%2' is not a whole number from %3 to %4.")
                                          .arg(option.names().constFirst(), parser.value(option))
                                          .arg(min)
                                          .arg(max));
        return false;
    }
    value = number;
    return true;
}

Result<PythonProject> projectFor(const QCommandLineParser &parser, const QCommandLineOption &project)
{
    ProjectLoadOptions loadOptions;
    loadOptions.createSettingsIfMissing = false;
    const QString dir = parser.isSet(project) ? parser.value(project) : QDir::currentPath();
    return loadPythonProject(QDir(dir).absolutePath(), loadOptions);
}

QCommandLineOption projectOption()
{
    return QCommandLineOption(QStringLiteral("project"),
        QCoreApplication::translate("cli", "The project folder (default: current folder)."), QStringLiteral("DIR"));
}

bool onRunner()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    return env.value(QStringLiteral("GITHUB_ACTIONS")) == QStringLiteral("true")
        || env.value(QStringLiteral("GITEA_ACTIONS")) == QStringLiteral("true");
}

QString runnerEscape(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%25"));
    escaped.replace(QLatin1Char('\r'), QStringLiteral("%0D"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("%0A"));
    return escaped;
}

void warnRunner(Context &context, const QString &warning)
{
    const QString text = Redactor::instance().redact(warning);
    context.err << QStringLiteral("warning: ") << text << Qt::endl;
    if (onRunner()) {
        (context.json() ? context.err : context.out) << QStringLiteral("::warning::") << runnerEscape(text) << Qt::endl;
    }
}

Status writeRunnerOutputs(const QList<std::pair<QString, QString>> &values)
{
    const QString path = QProcessEnvironment::systemEnvironment().value(QStringLiteral("GITHUB_OUTPUT"));
    if (path.isEmpty()) {
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("cli", "Cannot append to GITHUB_OUTPUT (%1): %2").arg(path, file.errorString()),
            QCoreApplication::translate("cli", "The runner sets GITHUB_OUTPUT to a writable file; check the job's environment."));
    }
    QByteArray lines;
    for (const auto &[key, value] : values) {
        lines += key.toUtf8() + '=' + QString(value).remove(QLatin1Char('\n')).toUtf8() + '\n';
    }
    if (file.write(lines) != lines.size()) {
        return fail(Error::Code::IoError, QCoreApplication::translate("cli", "Writing to GITHUB_OUTPUT (%1) failed.").arg(path));
    }
    return {};
}

void beginGroup(Context &context, const QString &title)
{
    if (onRunner() && !context.json()) {
        context.out << QStringLiteral("::group::") << runnerEscape(title) << Qt::endl;
    }
}

void endGroup(Context &context)
{
    if (onRunner() && !context.json()) {
        context.out << QStringLiteral("::endgroup::") << Qt::endl;
    }
}

int printFileChanges(Context &context, const QList<FileChange> &changes, const Status &status, bool dryRun,
    const QJsonObject &extra, const QString &written)
{
    if (context.json()) {
        QJsonArray files;
        for (const FileChange &change : changes) {
            files.append(change.toJson());
        }
        QJsonObject object = extra;
        object.insert(QStringLiteral("ok"), bool(status));
        object.insert(QStringLiteral("dry_run"), dryRun);
        object.insert(QStringLiteral("files"), files);
        if (!status) {
            object.insert(QStringLiteral("error"),
                QJsonObject {
                    { QStringLiteral("message"), status.error().message }, { QStringLiteral("hint"), status.error().hint } });
        }
        return context.printJson(object, status ? Ok : Failure);
    }
    for (const FileChange &change : changes) {
        const QString diff = change.diff();
        context.out << (diff.isEmpty() ? QStringLiteral("%1: unchanged\n").arg(change.relativePath) : diff);
    }
    context.out.flush();
    if (!status) {
        return context.printError(status.error());
    }
    context.err << (dryRun ? QCoreApplication::translate("cli", "Dry run: nothing was written.") : written) << Qt::endl;
    return Ok;
}

} // namespace rd::cli
