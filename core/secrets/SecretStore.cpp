#include "SecretStore.h"

#include "QtKeychainBackend.h"
#include "Redactor.h"
#include "SecretsLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace rd {

namespace {

const QString tokenKeyPrefix = QStringLiteral("token:");
const QString certificateKeyPrefix = QStringLiteral("signing-password:");

// Redacts an error that may carry text from elsewhere and adds the environment alternative.
Error forCaller(Error error, const QString &variable)
{
    Redactor &redactor = Redactor::instance();
    error.message = redactor.redact(error.message);
    QString hint = redactor.redact(error.hint).trimmed();
    if (hint.isEmpty()) {
        hint = QCoreApplication::translate("core", "Set %1 for this run.").arg(variable);
    } else {
        if (hint.endsWith(QLatin1Char('.'))) {
            hint.chop(1);
        }
        hint += QStringLiteral(", or set %1 for this run.").arg(variable);
    }
    error.hint = hint;
    return error;
}

Error redacted(Error error)
{
    error.message = Redactor::instance().redact(error.message);
    error.hint = Redactor::instance().redact(error.hint);
    return error;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(std::make_unique<QtKeychainBackend>(), QProcessEnvironment::systemEnvironment(), parent)
{ }

SecretStore::SecretStore(std::unique_ptr<KeychainBackend> backend, const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_backend(backend.release())
    , m_environment(environment)
{
    Q_ASSERT(m_backend);
    m_backend->setParent(this);
    // Whatever else may print the environment later, these values are secrets from the start.
    QStringList variables = tokenVariables();
    variables << signPasswordVariable();
    for (const QString &variable : std::as_const(variables)) {
        Redactor::instance().add(m_environment.value(variable));
    }
}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return QStringLiteral("ReleaseDesk");
}

QStringList SecretStore::tokenVariables()
{
    return { QStringLiteral("RELEASEDESK_TOKEN"), QStringLiteral("DEPLOY_TOKEN") };
}

QString SecretStore::signPasswordVariable()
{
    return QStringLiteral("RELEASEDESK_SIGN_PASSWORD");
}

Result<QString> SecretStore::normaliseServerUrl(const QString &serverUrl)
{
    const QString trimmed = serverUrl.trimmed();
    if (Redactor::instance().containsSecret(trimmed)) {
        // A token pasted into the URL field: it must not end up in a keychain key or a message.
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The server URL contains a token or password."),
            QCoreApplication::translate(
                "core", "Enter the server's address (e.g. https://gitea.example.com) and the token separately."));
    }
    QUrl url = QUrl::fromUserInput(trimmed);
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QStringLiteral("http") || scheme == QStringLiteral("https");
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty() || !web) {
        const QString shown = Redactor::instance().redact(QUrl(trimmed).adjusted(QUrl::RemoveUserInfo).toString());
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "'%1' is not a server URL.").arg(shown),
            QCoreApplication::translate("core", "Use the address you open in the browser, e.g. https://gitea.example.com."));
    }
    if (!url.userInfo().isEmpty()) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The server URL must not contain a user name or password."),
            QCoreApplication::translate("core", "Remove them from the URL and store the token in the settings instead."));
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == QStringLiteral("https") && url.port() == 443) || (scheme == QStringLiteral("http") && url.port() == 80)) {
        url.setPort(-1);
    }
    url.setQuery(QString());
    url.setFragment(QString());
    QString text = url.toString();
    while (text.endsWith(QLatin1Char('/'))) {
        text.chop(1);
    }
    if (text.endsWith(QStringLiteral("/api/v1"))) {
        text.chop(7);
    }
    while (text.endsWith(QLatin1Char('/'))) {
        text.chop(1);
    }
    return text;
}

Result<QString> SecretStore::tokenKey(const QString &serverUrl)
{
    const Result<QString> url = normaliseServerUrl(serverUrl);
    if (!url) {
        return std::unexpected(url.error());
    }
    return tokenKeyPrefix + *url;
}

Result<QString> SecretStore::certificateKey(const QString &certificatePath)
{
    if (certificatePath.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "No certificate file was given."),
            QCoreApplication::translate("core", "Choose the .pfx/.p12 file used for code signing."));
    }
    return certificateKeyPrefix + QDir::cleanPath(QFileInfo(certificatePath).absoluteFilePath());
}

std::optional<Secret> SecretStore::tokenFromEnvironment() const
{
    return fromEnvironment(tokenVariables());
}

std::optional<Secret> SecretStore::certificatePasswordFromEnvironment() const
{
    return fromEnvironment({ signPasswordVariable() });
}

std::optional<Secret> SecretStore::fromEnvironment(const QStringList &variables) const
{
    for (const QString &variable : variables) {
        // Tokens and passwords never start or end with white space; a stray newline from
        // `export X=$(cat file)` or a CI form is not part of them.
        const QString value = m_environment.value(variable).trimmed();
        if (!value.isEmpty()) {
            Redactor::instance().add(value);
            return Secret { value, SecretSource::Environment, variable };
        }
    }
    return std::nullopt;
}

void SecretStore::tokenFor(const QString &serverUrl, QObject *context, SecretCallback done)
{
    const Result<QString> url = normaliseServerUrl(serverUrl);
    const QStringList variables = tokenVariables();
    const QString shown = url ? *url : QString();
    lookup(tokenKey(serverUrl), variables,
        QStringLiteral("No token for %1 is stored in the system keychain, and neither %2 nor %3 is set.")
            .arg(shown, variables.at(0), variables.at(1)),
        QStringLiteral("Save a token for this server in ReleaseDesk's settings, or set %1 for this run.").arg(variables.at(0)),
        context, std::move(done));
}

void SecretStore::certificatePassword(const QString &certificatePath, QObject *context, SecretCallback done)
{
    const Result<QString> key = certificateKey(certificatePath);
    const QString shown = key ? key->mid(certificateKeyPrefix.size()) : QString();
    lookup(key, { signPasswordVariable() },
        QStringLiteral("No password for the signing certificate %1 is stored in the system keychain, and %2 is not set.")
            .arg(shown, signPasswordVariable()),
        QStringLiteral("Enter it in the signing settings, or set %1 for this run.").arg(signPasswordVariable()), context,
        std::move(done));
}

QString SecretStore::updateSigningKeyVariable()
{
    return QStringLiteral("RELEASEDESK_UPDATE_SIGNING_KEY");
}

void SecretStore::updateSigningKey(QObject *context, SecretCallback done)
{
    lookup(QStringLiteral("update-signing-key"), { updateSigningKeyVariable() },
        QStringLiteral("No update signing key is stored in the system keychain, and %1 is not set.")
            .arg(updateSigningKeyVariable()),
        QStringLiteral("Make one with `releasedesk-cli update keygen`, or set %1 on the runner.").arg(updateSigningKeyVariable()),
        context, std::move(done));
}

void SecretStore::storeUpdateSigningKey(const QString &secretKeyText, QObject *context, StatusCallback done)
{
    Redactor::instance().add(secretKeyText);
    store(QStringLiteral("update-signing-key"), secretKeyText, updateSigningKeyVariable(), context, std::move(done));
}

void SecretStore::storeToken(const QString &serverUrl, const QString &token, QObject *context, StatusCallback done)
{
    const QString trimmed = token.trimmed();
    Redactor::instance().add(token);
    if (trimmed.isEmpty()) {
        post(context, [done] {
            done(fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "The token is empty."),
                QCoreApplication::translate(
                    "core", "Paste the access token created in the server's user settings (Applications).")));
        });
        return;
    }
    if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace(); })) {
        post(context, [done] {
            done(fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "The token contains spaces or line breaks."),
                QCoreApplication::translate("core", "Paste only the token itself.")));
        });
        return;
    }
    store(tokenKey(serverUrl), trimmed, tokenVariables().constFirst(), context, std::move(done));
}

void SecretStore::storeCertificatePassword(
    const QString &certificatePath, const QString &password, QObject *context, StatusCallback done)
{
    Redactor::instance().add(password);
    if (password.isEmpty()) {
        post(context, [done] {
            done(fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "The certificate password is empty."),
                QCoreApplication::translate("core", "Enter the password of the .pfx/.p12 file.")));
        });
        return;
    }
    // Passwords are stored exactly as given: spaces may be part of them.
    store(certificateKey(certificatePath), password, signPasswordVariable(), context, std::move(done));
}

void SecretStore::forgetToken(const QString &serverUrl, QObject *context, StatusCallback done)
{
    forget(tokenKey(serverUrl), tokenVariables().constFirst(), context, std::move(done));
}

void SecretStore::forgetCertificatePassword(const QString &certificatePath, QObject *context, StatusCallback done)
{
    forget(certificateKey(certificatePath), signPasswordVariable(), context, std::move(done));
}

void SecretStore::lookup(const Result<QString> &key, const QStringList &variables, const QString &notFoundMessage,
    const QString &notFoundHint, QObject *context, SecretCallback done)
{
    if (!key) {
        post(context, [done, error = redacted(key.error())] { done(std::unexpected(error)); });
        return;
    }
    const QString entry = *key;
    if (std::optional<Secret> secret = fromEnvironment(variables)) {
        qCInfo(lcSecrets).noquote() << QStringLiteral("%1: using %2.").arg(entry, secret->describe());
        post(context, [done, found = std::move(*secret)] { done(found); });
        return;
    }
    const QString variable = variables.constFirst();
    m_backend->read(
        serviceName(), entry, context, [done, entry, variable, notFoundMessage, notFoundHint](const Result<QString> &result) {
            if (result && !result->isEmpty()) {
                qCInfo(lcSecrets).noquote() << QStringLiteral("%1: using the system keychain.").arg(entry);
                done(Secret { *result, SecretSource::Keychain, serviceName() + QLatin1Char('/') + entry });
                return;
            }
            if (result || result.error().code == Error::Code::NotFound) {
                qCDebug(lcSecrets).noquote() << QStringLiteral("%1: not in the environment nor in the keychain.").arg(entry);
                done(fail(Error::Code::NotFound, notFoundMessage, notFoundHint));
                return;
            }
            const Error error = forCaller(result.error(), variable);
            qCDebug(lcSecrets).noquote() << QStringLiteral("%1: %2").arg(entry, error.toString());
            done(std::unexpected(error));
        });
}

void SecretStore::store(
    const Result<QString> &key, const QString &secret, const QString &variable, QObject *context, StatusCallback done)
{
    if (!key) {
        post(context, [done, error = redacted(key.error())] { done(std::unexpected(error)); });
        return;
    }
    const QString entry = *key;
    m_backend->write(serviceName(), entry, secret, context, [done, entry, variable](const Status &status) {
        if (status) {
            qCInfo(lcSecrets).noquote() << QStringLiteral("%1: saved in the system keychain.").arg(entry);
            done(status);
            return;
        }
        const Error error = forCaller(status.error(), variable);
        qCDebug(lcSecrets).noquote() << QStringLiteral("%1: %2").arg(entry, error.toString());
        done(std::unexpected(error));
    });
}

void SecretStore::forget(const Result<QString> &key, const QString &variable, QObject *context, StatusCallback done)
{
    if (!key) {
        post(context, [done, error = redacted(key.error())] { done(std::unexpected(error)); });
        return;
    }
    const QString entry = *key;
    m_backend->remove(serviceName(), entry, context, [done, entry, variable](const Status &status) {
        if (status || status.error().code == Error::Code::NotFound) {
            qCInfo(lcSecrets).noquote() << QStringLiteral("%1: removed from the system keychain.").arg(entry);
            done(Status());
            return;
        }
        const Error error = forCaller(status.error(), variable);
        qCDebug(lcSecrets).noquote() << QStringLiteral("%1: %2").arg(entry, error.toString());
        done(std::unexpected(error));
    });
}

void SecretStore::post(QObject *context, std::function<void()> call)
{
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [hasContext, guard = QPointer<QObject>(context), call = std::move(call)] {
            if (hasContext && !guard) {
                return;
            }
            call();
        },
        Qt::QueuedConnection);
}

} // namespace rd
