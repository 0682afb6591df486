#pragma once

#include "KeychainBackend.h"
#include "Secret.h"
#include "common/Error.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace rd {

// Where the engine gets its secrets: API tokens per server and the code-signing certificate
// password. The environment comes first (headless and CI runs), then the system keychain.
//
//   token:                RELEASEDESK_TOKEN, then DEPLOY_TOKEN, then the keychain entry
//                         service "ReleaseDesk", key "token:<normalised server URL>"
//   certificate password: RELEASEDESK_SIGN_PASSWORD, then the keychain entry
//                         service "ReleaseDesk", key "signing-password:<absolute certificate path>"
// An empty or blank variable counts as unset. Environment tokens apply to every server.
//
// Every call answers through its callback exactly once and always asynchronously, unless the
// context object or the store is destroyed first (null context: as long as the store lives).
// Every secret handed out or stored is registered with the Redactor first, and no message or
// hint produced here contains one. Keychain requests are bounded by the backend's watchdog
// (backend()->setTimeout()); its errors carry a hint naming the environment variable to use instead.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    using SecretCallback = std::function<void(const Result<Secret> &)>;
    using StatusCallback = KeychainBackend::StatusCallback;

    // The system keychain (QtKeychainBackend) and the process environment.
    explicit SecretStore(QObject *parent = nullptr);
    // For tests and special set-ups: the store takes ownership of the backend.
    SecretStore(std::unique_ptr<KeychainBackend> backend, const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~SecretStore() override;

    KeychainBackend *backend() const { return m_backend; }

    // The token for a server; Error::Code::NotFound if neither the environment nor the keychain has one.
    void tokenFor(const QString &serverUrl, QObject *context, SecretCallback done);
    // Saves a token in the keychain (trimmed; must not be empty or contain spaces).
    void storeToken(const QString &serverUrl, const QString &token, QObject *context, StatusCallback done);
    // Deletes the keychain entry; succeeds if there was none. The environment is not affected.
    void forgetToken(const QString &serverUrl, QObject *context, StatusCallback done);

    void certificatePassword(const QString &certificatePath, QObject *context, SecretCallback done);
    void storeCertificatePassword(const QString &certificatePath, const QString &password, QObject *context, StatusCallback done);
    void forgetCertificatePassword(const QString &certificatePath, QObject *context, StatusCallback done);

    // The update signing key(s) (core/signing): RELEASEDESK_UPDATE_SIGNING_KEY, else the keychain.
    void updateSigningKey(QObject *context, SecretCallback done);
    void storeUpdateSigningKey(const QString &secretKeyText, QObject *context, StatusCallback done);
    static QString updateSigningKeyVariable(); // RELEASEDESK_UPDATE_SIGNING_KEY

    // The environment part alone, synchronously (e.g. for a dry run to say where a token will come from).
    std::optional<Secret> tokenFromEnvironment() const;
    std::optional<Secret> certificatePasswordFromEnvironment() const;

    static QString serviceName(); // "ReleaseDesk"
    static QStringList tokenVariables(); // RELEASEDESK_TOKEN, DEPLOY_TOKEN, in order of precedence
    static QString signPasswordVariable(); // RELEASEDESK_SIGN_PASSWORD

    // Scheme and host lower-case; default port, query, fragment, trailing slashes and a trailing
    // /api/v1 removed (the same server as ServerConfig::normaliseUrl, plus default ports). Refuses
    // non-http(s) URLs, URLs with user info, and text containing a registered secret (a pasted token).
    static Result<QString> normaliseServerUrl(const QString &serverUrl);
    static Result<QString> tokenKey(const QString &serverUrl); // "token:https://gitea.example.com"
    static Result<QString> certificateKey(const QString &certificatePath); // "signing-password:/abs/cert.pfx"

private:
    std::optional<Secret> fromEnvironment(const QStringList &variables) const;
    void lookup(const Result<QString> &key, const QStringList &variables, const QString &notFoundMessage,
        const QString &notFoundHint, QObject *context, SecretCallback done);
    void store(const Result<QString> &key, const QString &secret, const QString &variable, QObject *context, StatusCallback done);
    void forget(const Result<QString> &key, const QString &variable, QObject *context, StatusCallback done);
    void post(QObject *context, std::function<void()> call);

    KeychainBackend *m_backend;
    QProcessEnvironment m_environment;
};

} // namespace rd
