#include "CliSupport.h"

#include "secrets/Redactor.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcessEnvironment>

#include <cstdio>

namespace rd::cli {

Context::Context(QStringList args)
    : arguments(std::move(args))
    , out(stdout)
    , err(stderr)
{ }

bool Context::parse(QCommandLineParser &parser, const QString &usage, int &exitCode)
{
    m_usage = usage;
    parser.setApplicationDescription(usage);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Machine-readable JSON output."));
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

int Context::printError(const Error &error, int exitCode)
{
    if (m_json) {
        QJsonObject object { { QStringLiteral("ok"), false },
            { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), errorCodeName(error.code) }, { QStringLiteral("message"), error.message },
                    { QStringLiteral("hint"), error.hint } } } };
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
    err << QStringLiteral("error: ") << message << Qt::endl;
    if (!m_usage.isEmpty()) {
        err << QStringLiteral("usage: ") << m_usage << Qt::endl;
    }
    err << QStringLiteral("Run with --help for the options.") << Qt::endl;
    return Usage;
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
    Result<QString> password = fail(Error::Code::Unknown, QStringLiteral("no answer from the keychain"));
    QEventLoop loop;
    store.certificatePassword(certificate, &loop, [&](const Result<Secret> &secret) {
        password = secret ? Result<QString>(secret->value) : Result<QString>(std::unexpected(secret.error()));
        loop.quit();
    });
    loop.exec();
    return password;
}

} // namespace rd::cli
