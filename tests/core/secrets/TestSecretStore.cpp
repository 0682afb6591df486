#include "secrets/QtKeychainBackend.h"
#include "secrets/Redactor.h"
#include "secrets/SecretStore.h"
#include "support/FakeKeychainBackend.h"

#include <QDir>
#include <QObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

using namespace std::chrono_literals;
using rd::Error;
using rd::FakeKeychainBackend;
using rd::KeychainBackend;
using rd::Secret;
using rd::SecretSource;
using rd::SecretStore;

Q_DECLARE_METATYPE(Error::Code)
Q_DECLARE_METATYPE(SecretSource)

namespace {

const QString server = QStringLiteral("https://gitea.example.com");
const QString serverKey = QStringLiteral("token:https://gitea.example.com");

// The context object of a call and the place its answer lands.
class Sink final : public QObject
{
public:
    int calls = 0;
    std::optional<rd::Result<Secret>> secret;
    std::optional<rd::Status> status;

    SecretStore::SecretCallback secretCallback()
    {
        return [this](const rd::Result<Secret> &result) {
            ++calls;
            secret = result;
        };
    }
    SecretStore::StatusCallback statusCallback()
    {
        return [this](const rd::Status &result) {
            ++calls;
            status = result;
        };
    }
};

struct Fixture
{
    FakeKeychainBackend *keychain = nullptr;
    std::unique_ptr<SecretStore> store;
};

Fixture makeStore(const QProcessEnvironment &environment = QProcessEnvironment())
{
    auto backend = std::make_unique<FakeKeychainBackend>();
    Fixture fixture;
    fixture.keychain = backend.get();
    fixture.store = std::make_unique<SecretStore>(std::move(backend), environment);
    return fixture;
}

// The error text of a failed result, for assertion messages ("" when it succeeded).
template <typename T> QByteArray errorText(const std::expected<T, Error> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// Runs the posted events once more: anything wrongly delivered late would arrive now.
void flushEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void tokenPrecedence_data();
    void tokenPrecedence();
    void tokenKey_data();
    void tokenKey();
    void invalidServerUrl_data();
    void invalidServerUrl();

    void storeReadForgetRoundTrip();
    void forgetWithoutEntrySucceeds();
    void storeTokenRejectsBadInput_data();
    void storeTokenRejectsBadInput();
    void certificatePassword_data();
    void certificatePassword();

    void slowKeychainAnswersWithinWatchdog();
    void watchdogFiresWhenKeychainNeverAnswers();
    void watchdogCoversEveryOperation_data();
    void watchdogCoversEveryOperation();
    void timeoutMessage_data();
    void timeoutMessage();
    void backendErrorsCarryEnvironmentHint_data();
    void backendErrorsCarryEnvironmentHint();
    void qtKeychainErrorsMapped_data();
    void qtKeychainErrorsMapped();

    void answersAreAlwaysAsynchronous();
    void noCallbackAfterContextDestroyed();
    void concurrentRequestsGetTheirOwnAnswers();
};

void TestSecretStore::init()
{
    // The registry is process-wide: start each test without the secrets of the previous ones.
    rd::Redactor::instance().clear();
}

void TestSecretStore::tokenPrecedence_data()
{
    // A null QString means "variable not set".
    QTest::addColumn<QString>("releasedeskToken");
    QTest::addColumn<QString>("deployToken");
    QTest::addColumn<QString>("keychainToken");
    QTest::addColumn<QString>("expectedToken");
    QTest::addColumn<SecretSource>("expectedSource");
    QTest::addColumn<QString>("expectedOrigin");
    QTest::addColumn<int>("keychainRequests");

    QTest::newRow("RELEASEDESK_TOKEN wins over DEPLOY_TOKEN and keychain")
        << QStringLiteral("rd-env") << QStringLiteral("deploy-env") << QStringLiteral("kc") << QStringLiteral("rd-env")
        << SecretSource::Environment << QStringLiteral("RELEASEDESK_TOKEN") << 0;
    QTest::newRow("DEPLOY_TOKEN when RELEASEDESK_TOKEN is not set")
        << QString() << QStringLiteral("deploy-env") << QStringLiteral("kc") << QStringLiteral("deploy-env")
        << SecretSource::Environment << QStringLiteral("DEPLOY_TOKEN") << 0;
    QTest::newRow("empty RELEASEDESK_TOKEN counts as unset")
        << QStringLiteral("") << QStringLiteral("deploy-env") << QString() << QStringLiteral("deploy-env")
        << SecretSource::Environment << QStringLiteral("DEPLOY_TOKEN") << 0;
    QTest::newRow("blank RELEASEDESK_TOKEN counts as unset")
        << QStringLiteral("  \n") << QStringLiteral("deploy-env") << QString() << QStringLiteral("deploy-env")
        << SecretSource::Environment << QStringLiteral("DEPLOY_TOKEN") << 0;
    QTest::newRow("trailing newline is not part of the token")
        << QStringLiteral("rd-env\n") << QString() << QString() << QStringLiteral("rd-env") << SecretSource::Environment
        << QStringLiteral("RELEASEDESK_TOKEN") << 0;
    QTest::newRow("keychain when the environment has nothing")
        << QString() << QString() << QStringLiteral("kc-token") << QStringLiteral("kc-token") << SecretSource::Keychain
        << QStringLiteral("ReleaseDesk/token:https://gitea.example.com") << 1;
    QTest::newRow("keychain when both variables are empty (as CTest sets them)")
        << QStringLiteral("") << QStringLiteral("") << QStringLiteral("kc-token") << QStringLiteral("kc-token")
        << SecretSource::Keychain << QStringLiteral("ReleaseDesk/token:https://gitea.example.com") << 1;
}

void TestSecretStore::tokenPrecedence()
{
    QFETCH(QString, releasedeskToken);
    QFETCH(QString, deployToken);
    QFETCH(QString, keychainToken);
    QFETCH(QString, expectedToken);
    QFETCH(SecretSource, expectedSource);
    QFETCH(QString, expectedOrigin);
    QFETCH(int, keychainRequests);

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    if (!releasedeskToken.isNull()) {
        environment.insert(QStringLiteral("RELEASEDESK_TOKEN"), releasedeskToken);
    }
    if (!deployToken.isNull()) {
        environment.insert(QStringLiteral("DEPLOY_TOKEN"), deployToken);
    }
    Fixture fixture = makeStore(environment);
    if (!keychainToken.isNull()) {
        fixture.keychain->setEntry(SecretStore::serviceName(), serverKey, keychainToken);
    }

    Sink sink;
    fixture.store->tokenFor(server, &sink, sink.secretCallback());
    QTRY_COMPARE(sink.calls, 1);
    QVERIFY2(sink.secret->has_value(), errorText(*sink.secret).constData());
    const Secret &secret = sink.secret->value();
    QCOMPARE(secret.value, expectedToken);
    QCOMPARE(secret.source, expectedSource);
    QCOMPARE(secret.origin, expectedOrigin);
    QCOMPARE(fixture.keychain->requestCount(), keychainRequests);
    QVERIFY(!secret.describe().contains(expectedToken));
    QCOMPARE(fixture.store->tokenFromEnvironment().has_value(), expectedSource == SecretSource::Environment);
}

void TestSecretStore::tokenKey_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedKey");

    QTest::newRow("plain https URL") << QStringLiteral("https://gitea.example.com") << serverKey;
    QTest::newRow("trailing slashes") << QStringLiteral("https://gitea.example.com//") << serverKey;
    QTest::newRow("upper-case scheme and host") << QStringLiteral("HTTPS://Gitea.Example.COM/") << serverKey;
    QTest::newRow("surrounding blanks") << QStringLiteral("  https://gitea.example.com \n") << serverKey;
    QTest::newRow("default https port") << QStringLiteral("https://gitea.example.com:443/") << serverKey;
    QTest::newRow("default http port") << QStringLiteral("http://gitea.example.com:80")
                                       << QStringLiteral("token:http://gitea.example.com");
    QTest::newRow("other port kept") << QStringLiteral("https://gitea.example.com:3000/")
                                     << QStringLiteral("token:https://gitea.example.com:3000");
    QTest::newRow("API URL means the server") << QStringLiteral("https://gitea.example.com/api/v1/") << serverKey;
    QTest::newRow("query and fragment dropped") << QStringLiteral("https://gitea.example.com/?tab=releases#top") << serverKey;
    QTest::newRow("sub-path installation kept")
        << QStringLiteral("https://example.com/gitea/") << QStringLiteral("token:https://example.com/gitea");
    QTest::newRow("bare host name, read as ServerConfig does")
        << QStringLiteral("gitea.example.com") << QStringLiteral("token:http://gitea.example.com");
}

void TestSecretStore::tokenKey()
{
    QFETCH(QString, url);
    QFETCH(QString, expectedKey);
    const rd::Result<QString> key = SecretStore::tokenKey(url);
    QVERIFY2(key.has_value(), errorText(key).constData());
    QCOMPARE(*key, expectedKey);
    // Normalising is idempotent.
    QCOMPARE(*SecretStore::tokenKey(key->mid(6)), expectedKey);
}

void TestSecretStore::invalidServerUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mustNotAppear");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("ftp scheme") << QStringLiteral("ftp://files.example.com") << QString();
    QTest::newRow("file path") << QStringLiteral("/home/me/store") << QString();
    QTest::newRow("a known token pasted as the URL") << QStringLiteral("env-token") << QStringLiteral("env-token");
    QTest::newRow("user and password in the URL")
        << QStringLiteral("https://ci:pa55w0rd@gitea.example.com") << QStringLiteral("pa55w0rd");
}

void TestSecretStore::invalidServerUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, mustNotAppear);

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("RELEASEDESK_TOKEN"), QStringLiteral("env-token"));
    Fixture fixture = makeStore(environment);
    Sink sink;
    fixture.store->tokenFor(url, &sink, sink.secretCallback());
    QTRY_COMPARE(sink.calls, 1);
    QVERIFY(!sink.secret->has_value());
    const Error error = sink.secret->error();
    QCOMPARE(error.code, Error::Code::InvalidInput);
    QVERIFY(!error.hint.isEmpty());
    if (!mustNotAppear.isEmpty()) {
        QVERIFY2(!error.toString().contains(mustNotAppear), qPrintable(error.toString()));
    }
    QCOMPARE(fixture.keychain->requestCount(), 0);
}

void TestSecretStore::storeReadForgetRoundTrip()
{
    Fixture fixture = makeStore();
    SecretStore &store = *fixture.store;

    Sink stored;
    store.storeToken(
        QStringLiteral("HTTPS://Gitea.Example.com/"), QStringLiteral(" tok-123abc \n"), &stored, stored.statusCallback());
    QTRY_COMPARE(stored.calls, 1);
    QVERIFY2(stored.status->has_value(), errorText(*stored.status).constData());
    QCOMPARE(
        fixture.keychain->entry(QStringLiteral("ReleaseDesk"), serverKey), std::optional<QString>(QStringLiteral("tok-123abc")));

    Sink read;
    store.tokenFor(server, &read, read.secretCallback());
    QTRY_COMPARE(read.calls, 1);
    QVERIFY(read.secret->has_value());
    QCOMPARE(read.secret->value().value, QStringLiteral("tok-123abc"));
    QCOMPARE(read.secret->value().source, SecretSource::Keychain);
    QCOMPARE(read.secret->value().describe(), QStringLiteral("the system keychain"));

    Sink forgotten;
    store.forgetToken(server, &forgotten, forgotten.statusCallback());
    QTRY_COMPARE(forgotten.calls, 1);
    QVERIFY(forgotten.status->has_value());
    QCOMPARE(fixture.keychain->entryCount(), 0);

    Sink missing;
    store.tokenFor(server, &missing, missing.secretCallback());
    QTRY_COMPARE(missing.calls, 1);
    QVERIFY(!missing.secret->has_value());
    const Error error = missing.secret->error();
    QCOMPARE(error.code, Error::Code::NotFound);
    QVERIFY2(error.message.contains(server), qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("RELEASEDESK_TOKEN")));
    QVERIFY(error.message.contains(QStringLiteral("DEPLOY_TOKEN")));
    QVERIFY(error.hint.contains(QStringLiteral("RELEASEDESK_TOKEN")));
}

void TestSecretStore::forgetWithoutEntrySucceeds()
{
    Fixture fixture = makeStore();
    Sink sink;
    fixture.store->forgetToken(server, &sink, sink.statusCallback());
    QTRY_COMPARE(sink.calls, 1);
    QVERIFY(sink.status->has_value());
    QCOMPARE(fixture.keychain->requestCount(), 1);
}

void TestSecretStore::storeTokenRejectsBadInput_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty token") << QString();
    QTest::newRow("blank token") << QStringLiteral(" \t\n");
    QTest::newRow("token with a space inside") << QStringLiteral("abc def");
    QTest::newRow("two tokens on two lines") << QStringLiteral("abc123\ndef456");
}

void TestSecretStore::storeTokenRejectsBadInput()
{
    QFETCH(QString, token);
    Fixture fixture = makeStore();
    Sink sink;
    fixture.store->storeToken(server, token, &sink, sink.statusCallback());
    QTRY_COMPARE(sink.calls, 1);
    QVERIFY(!sink.status->has_value());
    QCOMPARE(sink.status->error().code, Error::Code::InvalidInput);
    QCOMPARE(fixture.keychain->requestCount(), 0);
    if (!token.trimmed().isEmpty()) {
        QVERIFY(!sink.status->error().toString().contains(token.trimmed()));
    }
}

void TestSecretStore::certificatePassword_data()
{
    QTest::addColumn<QString>("environmentPassword"); // null: not set
    QTest::addColumn<QString>("storedPassword"); // null: nothing stored
    QTest::addColumn<QString>("expectedPassword"); // null: NotFound expected
    QTest::addColumn<SecretSource>("expectedSource");

    QTest::newRow("RELEASEDESK_SIGN_PASSWORD wins over the keychain")
        << QStringLiteral("env pass") << QStringLiteral("kc pass") << QStringLiteral("env pass") << SecretSource::Environment;
    QTest::newRow("keychain when the variable is not set") << QString() << QStringLiteral(" kc pass with spaces ")
                                                           << QStringLiteral(" kc pass with spaces ") << SecretSource::Keychain;
    QTest::newRow("keychain when the variable is empty")
        << QStringLiteral("") << QStringLiteral("kc pass") << QStringLiteral("kc pass") << SecretSource::Keychain;
    QTest::newRow("nowhere gives not found") << QString() << QString() << QString() << SecretSource::Keychain;
}

void TestSecretStore::certificatePassword()
{
    QFETCH(QString, environmentPassword);
    QFETCH(QString, storedPassword);
    QFETCH(QString, expectedPassword);
    QFETCH(SecretSource, expectedSource);

    QProcessEnvironment environment;
    if (!environmentPassword.isNull()) {
        environment.insert(QStringLiteral("RELEASEDESK_SIGN_PASSWORD"), environmentPassword);
    }
    Fixture fixture = makeStore(environment);
    const QString relativePath = QStringLiteral("certs/../certs/signing.pfx");
    const QString absolutePath = QDir::current().absoluteFilePath(QStringLiteral("certs/signing.pfx"));

    if (!storedPassword.isNull()) {
        Sink stored;
        fixture.store->storeCertificatePassword(relativePath, storedPassword, &stored, stored.statusCallback());
        QTRY_COMPARE(stored.calls, 1);
        QVERIFY(stored.status->has_value());
        QCOMPARE(fixture.keychain->entry(QStringLiteral("ReleaseDesk"), QStringLiteral("signing-password:") + absolutePath),
            std::optional<QString>(storedPassword));
    }

    Sink sink;
    fixture.store->certificatePassword(absolutePath, &sink, sink.secretCallback());
    QTRY_COMPARE(sink.calls, 1);
    if (expectedPassword.isNull()) {
        QVERIFY(!sink.secret->has_value());
        const Error error = sink.secret->error();
        QCOMPARE(error.code, Error::Code::NotFound);
        QVERIFY2(error.message.contains(absolutePath), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("RELEASEDESK_SIGN_PASSWORD")));
        QVERIFY(error.hint.contains(QStringLiteral("RELEASEDESK_SIGN_PASSWORD")));
        return;
    }
    QVERIFY2(sink.secret->has_value(), errorText(*sink.secret).constData());
    QCOMPARE(sink.secret->value().value, expectedPassword);
    QCOMPARE(sink.secret->value().source, expectedSource);
}

void TestSecretStore::slowKeychainAnswersWithinWatchdog()
{
    Fixture fixture = makeStore();
    fixture.keychain->setEntry(SecretStore::serviceName(), serverKey, QStringLiteral("slow-token"));
    fixture.keychain->setAnswerDelay(50ms);
    fixture.store->backend()->setTimeout(10s);
    QSignalSpy timedOut(fixture.store->backend(), &KeychainBackend::timedOut);

    Sink sink;
    fixture.store->tokenFor(server, &sink, sink.secretCallback());
    QCOMPARE(sink.calls, 0);
    QTRY_COMPARE(sink.calls, 1);
    QVERIFY(sink.secret->has_value());
    QCOMPARE(sink.secret->value().value, QStringLiteral("slow-token"));
    QCOMPARE(timedOut.count(), 0);
    QCOMPARE(fixture.store->backend()->pendingCount(), 0);
}

void TestSecretStore::watchdogFiresWhenKeychainNeverAnswers()
{
    Fixture fixture = makeStore();
    fixture.keychain->setEntry(SecretStore::serviceName(), serverKey, QStringLiteral("late-token"));
    fixture.keychain->setNeverAnswer(true);
    KeychainBackend *backend = fixture.store->backend();
    backend->setTimeout(100ms);
    QSignalSpy timedOut(backend, &KeychainBackend::timedOut);
    QSignalSpy lateAnswer(backend, &KeychainBackend::lateAnswer);

    Sink sink;
    fixture.store->tokenFor(server, &sink, sink.secretCallback());
    QTRY_COMPARE(sink.calls, 1);
    QVERIFY(!sink.secret->has_value());
    const Error error = sink.secret->error();
    QCOMPARE(error.code, Error::Code::Timeout);
    QCOMPARE(error.message, QStringLiteral("The system keychain did not answer within 100 ms."));
    QVERIFY2(error.hint.contains(QStringLiteral("Seahorse")), qPrintable(error.hint));
    QVERIFY2(error.hint.contains(QStringLiteral("RELEASEDESK_TOKEN")), qPrintable(error.hint));
    QCOMPARE(timedOut.count(), 1);
    QCOMPARE(timedOut.at(0).at(0).value<KeychainBackend::Operation>(), KeychainBackend::Operation::Read);
    QCOMPARE(timedOut.at(0).at(2).toString(), serverKey);
    QCOMPARE(fixture.keychain->abandonCount(), 1);
    QCOMPARE(backend->pendingCount(), 0);
    QCOMPARE(backend->abandonedCount(), 1);

    // The user unlocks the keyring: the held request is answered after all, and dropped.
    QCOMPARE(fixture.keychain->releaseHeld(), 1);
    QCOMPARE(lateAnswer.count(), 1);
    QCOMPARE(lateAnswer.at(0).at(2).toString(), serverKey);
    flushEvents();
    QCOMPARE(sink.calls, 1);
    QCOMPARE(sink.secret->error().code, Error::Code::Timeout);
    QCOMPARE(backend->abandonedCount(), 0);

    // And the next request works normally.
    fixture.keychain->setNeverAnswer(false);
    Sink again;
    fixture.store->tokenFor(server, &again, again.secretCallback());
    QTRY_COMPARE(again.calls, 1);
    QVERIFY(again.secret->has_value());
    QCOMPARE(again.secret->value().value, QStringLiteral("late-token"));
}

void TestSecretStore::watchdogCoversEveryOperation_data()
{
    QTest::addColumn<KeychainBackend::Operation>("operation");
    QTest::newRow("read") << KeychainBackend::Operation::Read;
    QTest::newRow("write") << KeychainBackend::Operation::Write;
    QTest::newRow("delete") << KeychainBackend::Operation::Remove;
}

void TestSecretStore::watchdogCoversEveryOperation()
{
    QFETCH(KeychainBackend::Operation, operation);
    Fixture fixture = makeStore();
    fixture.keychain->setNeverAnswer(true);
    fixture.store->backend()->setTimeout(50ms);

    Sink sink;
    switch (operation) {
    case KeychainBackend::Operation::Read:
        fixture.store->certificatePassword(QStringLiteral("/tmp/x.pfx"), &sink, sink.secretCallback());
        break;
    case KeychainBackend::Operation::Write:
        fixture.store->storeToken(server, QStringLiteral("tok"), &sink, sink.statusCallback());
        break;
    case KeychainBackend::Operation::Remove: fixture.store->forgetToken(server, &sink, sink.statusCallback()); break;
    }
    QTRY_COMPARE(sink.calls, 1);
    const Error error = operation == KeychainBackend::Operation::Read ? sink.secret->error() : sink.status->error();
    QCOMPARE(error.code, Error::Code::Timeout);
    const QString variable = operation == KeychainBackend::Operation::Read ? QStringLiteral("RELEASEDESK_SIGN_PASSWORD")
                                                                           : QStringLiteral("RELEASEDESK_TOKEN");
    QVERIFY2(error.hint.contains(variable), qPrintable(error.hint));

    fixture.keychain->releaseHeld();
    flushEvents();
    QCOMPARE(sink.calls, 1);
}

void TestSecretStore::timeoutMessage_data()
{
    QTest::addColumn<int>("milliseconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default 10 s")
        << 10'000
        << QStringLiteral("The system keychain did not answer within 10 s. It may be locked and waiting for you to "
                          "unlock it; unlock it (for example in Seahorse) and try again.");
    QTest::newRow("sub-second in ms") << 250
                                      << QStringLiteral("The system keychain did not answer within 250 ms. It may be "
                                                        "locked and waiting for you to unlock it; unlock it (for "
                                                        "example in Seahorse) and try again.");
}

void TestSecretStore::timeoutMessage()
{
    QFETCH(int, milliseconds);
    QFETCH(QString, expected);
    QCOMPARE(KeychainBackend::timeoutError(std::chrono::milliseconds(milliseconds)).toString(), expected);
    QCOMPARE(KeychainBackend::defaultTimeout, std::chrono::milliseconds(10'000));
    QCOMPARE(rd::QtKeychainBackend().timeout(), KeychainBackend::defaultTimeout);
}

void TestSecretStore::backendErrorsCarryEnvironmentHint_data()
{
    QTest::addColumn<Error>("failure");
    QTest::addColumn<QString>("expectedHint");

    QTest::newRow("locked keychain") << Error::make(Error::Code::Forbidden,
        QStringLiteral("The system keychain refused to read the secret."), QStringLiteral("Unlock it and try again."))
                                     << QStringLiteral("Unlock it and try again, or set RELEASEDESK_TOKEN for this run.");
    QTest::newRow("no keychain at all") << Error::make(
        Error::Code::ToolMissing, QStringLiteral("No system keychain is available."), QStringLiteral("Install gnome-keyring"))
                                        << QStringLiteral("Install gnome-keyring, or set RELEASEDESK_TOKEN for this run.");
    QTest::newRow("error without a hint") << Error::make(Error::Code::Unknown, QStringLiteral("Something broke."))
                                          << QStringLiteral("Set RELEASEDESK_TOKEN for this run.");
}

void TestSecretStore::backendErrorsCarryEnvironmentHint()
{
    QFETCH(Error, failure);
    QFETCH(QString, expectedHint);

    Fixture fixture = makeStore();
    fixture.keychain->setFailure(failure);

    Sink read;
    fixture.store->tokenFor(server, &read, read.secretCallback());
    Sink stored;
    fixture.store->storeToken(server, QStringLiteral("tok"), &stored, stored.statusCallback());
    Sink forgotten;
    fixture.store->forgetToken(server, &forgotten, forgotten.statusCallback());
    QTRY_COMPARE(read.calls + stored.calls + forgotten.calls, 3);

    for (const Error &error : { read.secret->error(), stored.status->error(), forgotten.status->error() }) {
        QCOMPARE(error.code, failure.code);
        QCOMPARE(error.message, failure.message);
        QCOMPARE(error.hint, expectedHint);
    }
}

void TestSecretStore::qtKeychainErrorsMapped_data()
{
    QTest::addColumn<int>("qkeychainError");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<Error::Code>("expectedCode");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QStringList>("hintParts");

    QTest::newRow("entry not found is NotFound") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
                                                 << Error::Code::NotFound << QStringLiteral("no such entry") << QStringList {};
    QTest::newRow("no backend available names the packages")
        << int(QKeychain::NoBackendAvailable) << QStringLiteral("No keychain service available") << Error::Code::ToolMissing
        << QStringLiteral("No system keychain is available") << QStringList { QStringLiteral("gnome-keyring") };
    QTest::newRow("access denied means locked")
        << int(QKeychain::AccessDenied) << QStringLiteral("Cannot create an item in a locked collection")
        << Error::Code::Forbidden << QStringLiteral("probably locked") << QStringList { QStringLiteral("Seahorse") };
    QTest::newRow("access denied by the user")
        << int(QKeychain::AccessDeniedByUser) << QString() << Error::Code::Forbidden << QStringLiteral("was denied")
        << QStringList { QStringLiteral("Allow ReleaseDesk") };
    QTest::newRow("entry could not be deleted")
        << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("Could not delete") << Error::Code::IoError
        << QStringLiteral("could not delete") << QStringList { QStringLiteral("Seahorse") };
    QTest::newRow("no D-Bus session (Cannot autolaunch)")
        << int(QKeychain::OtherError) << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
        << Error::Code::ToolMissing << QStringLiteral("There is no D-Bus session")
        << QStringList { QStringLiteral("dbus-run-session"), QStringLiteral("gnome-keyring"), QStringLiteral("dbus") };
    QTest::newRow("no Secret Service on the bus")
        << int(QKeychain::OtherError) << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
        << Error::Code::ToolMissing << QStringLiteral("No Secret Service provider")
        << QStringList { QStringLiteral("gnome-keyring") };
    QTest::newRow("other error keeps the detail")
        << int(QKeychain::OtherError) << QStringLiteral("Something odd happened") << Error::Code::Unknown
        << QStringLiteral("Something odd happened") << QStringList { QStringLiteral("try again") };
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << Error::Code::ToolMissing
                                     << QStringLiteral("on this platform") << QStringList {};
}

void TestSecretStore::qtKeychainErrorsMapped()
{
    QFETCH(int, qkeychainError);
    QFETCH(QString, detail);
    QFETCH(Error::Code, expectedCode);
    QFETCH(QString, messagePart);
    QFETCH(QStringList, hintParts);

    const Error error = rd::QtKeychainBackend::mapError(qkeychainError, detail, KeychainBackend::Operation::Read);
    QCOMPARE(error.code, expectedCode);
    QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.message));
    for (const QString &part : std::as_const(hintParts)) {
        QVERIFY2(error.hint.contains(part), qPrintable(error.hint));
    }
}

void TestSecretStore::answersAreAlwaysAsynchronous()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("RELEASEDESK_TOKEN"), QStringLiteral("env-token"));
    Fixture fixture = makeStore(environment);

    Sink fromEnvironment;
    fixture.store->tokenFor(server, &fromEnvironment, fromEnvironment.secretCallback());
    Sink invalid;
    fixture.store->tokenFor(QStringLiteral("ftp://x"), &invalid, invalid.secretCallback());
    Sink fromKeychain;
    fixture.store->storeToken(server, QStringLiteral("tok"), &fromKeychain, fromKeychain.statusCallback());
    QCOMPARE(fromEnvironment.calls + invalid.calls + fromKeychain.calls, 0);
    QTRY_COMPARE(fromEnvironment.calls + invalid.calls + fromKeychain.calls, 3);
}

void TestSecretStore::noCallbackAfterContextDestroyed()
{
    Fixture fixture = makeStore();
    fixture.keychain->setEntry(SecretStore::serviceName(), serverKey, QStringLiteral("tok"));
    fixture.keychain->setAnswerDelay(20ms);
    auto calls = std::make_shared<int>(0);

    auto *context = new QObject;
    fixture.store->tokenFor(server, context, [calls](const rd::Result<Secret> &) { ++*calls; });
    auto *environmentContext = new QObject;
    fixture.store->storeToken(server, QStringLiteral(""), environmentContext, [calls](const rd::Status &) { ++*calls; });
    delete context;
    delete environmentContext;

    Sink later;
    fixture.store->tokenFor(server, &later, later.secretCallback());
    QTRY_COMPARE(later.calls, 1);
    flushEvents();
    QCOMPARE(*calls, 0);
    QCOMPARE(fixture.store->backend()->pendingCount(), 0);
}

void TestSecretStore::concurrentRequestsGetTheirOwnAnswers()
{
    Fixture fixture = makeStore();
    fixture.keychain->setAnswerDelay(10ms);
    const QStringList servers { QStringLiteral("https://a.example.com"), QStringLiteral("https://b.example.com"),
        QStringLiteral("https://c.example.com") };
    for (const QString &url : servers) {
        fixture.keychain->setEntry(
            SecretStore::serviceName(), *SecretStore::tokenKey(url), QStringLiteral("tok-") + url.mid(8, 1));
    }
    Sink sinks[3];
    for (int i = 0; i < 3; ++i) {
        fixture.store->tokenFor(servers.at(i), &sinks[i], sinks[i].secretCallback());
    }
    QTRY_COMPARE(sinks[0].calls + sinks[1].calls + sinks[2].calls, 3);
    QCOMPARE(sinks[0].secret->value().value, QStringLiteral("tok-a"));
    QCOMPARE(sinks[1].secret->value().value, QStringLiteral("tok-b"));
    QCOMPARE(sinks[2].secret->value().value, QStringLiteral("tok-c"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
