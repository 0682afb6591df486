// The token-never-leaks test: a distinctive canary token and certificate password are put in the
// environment, the engine is exercised, and every text it produced is searched for them.
//
// How to add a leak check (HTTP logs, CLI output, journals, files written...):
//   1. Add a private slot that exercises your component. The canary token is in RELEASEDESK_TOKEN
//      of this process (canaryToken(); child processes inherit it), the canary certificate
//      password in RELEASEDESK_SIGN_PASSWORD (canarySignPassword()); both are registered with the
//      Redactor, as SecretStore does in a real run.
//   2. Hand every text your component produced to record("where", text), and every file it wrote
//      to recordFile(path).
// All qDebug/qInfo/qWarning/qCritical output of the process is captured automatically, as it
// would be printed (after the redacting message filter), with every releasedesk.* category
// enabled. cleanup() fails the slot if any recorded text contains a canary or a fragment of one.

#include "secrets/QtKeychainBackend.h"
#include "secrets/Redactor.h"
#include "secrets/SecretStore.h"
#include "support/FakeKeychainBackend.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QObject>
#include <QProcessEnvironment>
#include <QTest>
#include <QUrl>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

using namespace std::chrono_literals;
using rd::Error;
using rd::FakeKeychainBackend;
using rd::Redactor;
using rd::Secret;
using rd::SecretStore;

namespace {

QString canaryToken()
{
    return QStringLiteral("rdtok_LEAKCANARY_7f3a9c2e41d8b6");
}

// With spaces and punctuation, so that encoded forms are exercised too.
QString canarySignPassword()
{
    return QStringLiteral("sign LEAKCANARY pass/93d1!");
}

// Texts that must never appear anywhere: the canaries, their encoded forms, and the distinctive
// fragment, which catches truncated or partly masked copies.
QStringList forbiddenTexts()
{
    return { canaryToken(), canarySignPassword(), QString::fromLatin1(QUrl::toPercentEncoding(canarySignPassword())),
        QStringLiteral("LEAKCANARY") };
}

const QString server = QStringLiteral("https://gitea.example.com");

QMutex g_capturedMutex;
QStringList g_captured;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_capturedMutex);
    g_captured << QStringLiteral("[%1] %2").arg(QString::fromLatin1(context.category ? context.category : "default"), message);
}

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

} // namespace

class TestTokenNeverLeaks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void environmentTokenIsHandedOutButNeverPrinted();
    void logMessagesAreRedacted_data();
    void logMessagesAreRedacted();
    void watchdogTimeoutErrorsNeverContainSecrets();
    void backendErrorsEchoingSecretsAreRedacted();
    void qtKeychainErrorDetailsAreRedacted();
    void invalidServerUrlsNeverEchoTheToken_data();
    void invalidServerUrlsNeverEchoTheToken();
    void secretDescriptionsNeverContainTheValue();

private:
    // Adds a text produced by the code under test to the texts searched in cleanup().
    void record(const QString &where, const QString &text);
    // Adds the content of a file the code under test wrote.
    void recordFile(const QString &path);
    std::unique_ptr<SecretStore> storeWithFakeKeychain(const QProcessEnvironment &environment, FakeKeychainBackend **keychain);

    QList<QPair<QString, QString>> m_recorded;
    QtMessageHandler m_testlibHandler = nullptr;
};

void TestTokenNeverLeaks::initTestCase()
{
    qputenv("RELEASEDESK_TOKEN", canaryToken().toUtf8());
    qputenv("RELEASEDESK_SIGN_PASSWORD", canarySignPassword().toUtf8());
    qunsetenv("DEPLOY_TOKEN");
    QLoggingCategory::setFilterRules(QStringLiteral("releasedesk.*=true"));

    // What a real run does at start-up: one SecretStore registers the environment secrets.
    SecretStore registering;
    QVERIFY(Redactor::instance().size() >= 2);

    m_testlibHandler = qInstallMessageHandler(captureMessage);
    Redactor::installMessageFilter();
}

void TestTokenNeverLeaks::cleanupTestCase()
{
    Redactor::removeMessageFilter();
    qInstallMessageHandler(m_testlibHandler);
}

void TestTokenNeverLeaks::init()
{
    m_recorded.clear();
    QMutexLocker lock(&g_capturedMutex);
    g_captured.clear();
}

void TestTokenNeverLeaks::cleanup()
{
    {
        QMutexLocker lock(&g_capturedMutex);
        for (qsizetype i = 0; i < g_captured.size(); ++i) {
            m_recorded.append({ QStringLiteral("log message %1").arg(i + 1), g_captured.at(i) });
        }
        g_captured.clear();
    }
    QVERIFY2(!m_recorded.isEmpty(), "the slot recorded no text: it checks nothing");
    for (const auto &[where, text] : std::as_const(m_recorded)) {
        for (const QString &forbidden : forbiddenTexts()) {
            // Case-insensitive: a lower-cased copy (a host name, a normalised key) is a leak too.
            // The message shows the text redacted, so a failure does not print the canary itself.
            QVERIFY2(!text.contains(forbidden, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("a secret leaked into %1: %2").arg(where, Redactor::instance().redact(text))));
        }
    }
    m_recorded.clear();
}

void TestTokenNeverLeaks::record(const QString &where, const QString &text)
{
    m_recorded.append({ where, text });
}

void TestTokenNeverLeaks::recordFile(const QString &path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    record(QStringLiteral("file %1").arg(path), QString::fromUtf8(file.readAll()));
}

std::unique_ptr<SecretStore> TestTokenNeverLeaks::storeWithFakeKeychain(
    const QProcessEnvironment &environment, FakeKeychainBackend **keychain)
{
    auto backend = std::make_unique<FakeKeychainBackend>();
    *keychain = backend.get();
    return std::make_unique<SecretStore>(std::move(backend), environment);
}

void TestTokenNeverLeaks::environmentTokenIsHandedOutButNeverPrinted()
{
    // The production wiring: system keychain backend and the process environment.
    SecretStore store;
    Sink token;
    store.tokenFor(server, &token, token.secretCallback());
    Sink password;
    store.certificatePassword(QStringLiteral("/tmp/signing.pfx"), &password, password.secretCallback());
    QTRY_COMPARE(token.calls + password.calls, 2);

    QVERIFY(token.secret->has_value());
    QVERIFY(password.secret->has_value());
    const Secret secret = token.secret->value();
    // Compared without QCOMPARE, whose failure message would print the value.
    QVERIFY(secret.value == canaryToken());
    QVERIFY(password.secret->value().value == canarySignPassword());
    record(QStringLiteral("Secret::describe()"), secret.describe());
    record(QStringLiteral("Secret::origin"), secret.origin);
    record(QStringLiteral("password Secret::describe()"), password.secret->value().describe());

    // Careless code printing what it got.
    qInfo() << "token for" << server << "is" << secret.value;
    qDebug().noquote() << QStringLiteral("request header Authorization: token ") + secret.value;
    qWarning() << "signing with password" << password.secret->value().value;
}

void TestTokenNeverLeaks::logMessagesAreRedacted_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("pattern"); // %1: token, %2: certificate password

    const QList<QPair<int, QString>> levels { { int(QtDebugMsg), QStringLiteral("qDebug") },
        { int(QtInfoMsg), QStringLiteral("qInfo") }, { int(QtWarningMsg), QStringLiteral("qWarning") },
        { int(QtCriticalMsg), QStringLiteral("qCritical") } };
    const QList<QPair<QString, QString>> patterns {
        { QStringLiteral("token in text"), QStringLiteral("using token %1 now") },
        { QStringLiteral("token in header"), QStringLiteral("> Authorization: token %1") },
        { QStringLiteral("token in URL query"), QStringLiteral("GET https://gitea.example.com/api/v1/user?access_token=%1") },
        { QStringLiteral("password on a command line"), QStringLiteral("osslsigncode sign -pass \"%2\" -in a.exe") },
        { QStringLiteral("both in JSON"), QStringLiteral(R"({"token":"%1","password":"%2"})") },
    };
    for (const auto &[level, levelName] : levels) {
        for (const auto &[patternName, pattern] : patterns) {
            QTest::addRow("%s, %s", qPrintable(levelName), qPrintable(patternName)) << level << pattern;
        }
    }
}

void TestTokenNeverLeaks::logMessagesAreRedacted()
{
    QFETCH(int, level);
    QFETCH(QString, pattern);

    const QString text
        = QString(pattern).replace(QStringLiteral("%1"), canaryToken()).replace(QStringLiteral("%2"), canarySignPassword());
    switch (QtMsgType(level)) {
    case QtDebugMsg: qDebug().noquote() << text; break;
    case QtInfoMsg: qInfo().noquote() << text; break;
    case QtWarningMsg: qWarning().noquote() << text; break;
    case QtCriticalMsg: qCritical().noquote() << text; break;
    default: QFAIL("unexpected level");
    }
    // The message did reach the handler below the filter, redacted.
    QMutexLocker lock(&g_capturedMutex);
    QCOMPARE(g_captured.size(), 1);
    QVERIFY(g_captured.constFirst().contains(Redactor::mask()));
}

void TestTokenNeverLeaks::watchdogTimeoutErrorsNeverContainSecrets()
{
    FakeKeychainBackend *keychain = nullptr;
    auto store = storeWithFakeKeychain(QProcessEnvironment(), &keychain);
    keychain->setNeverAnswer(true);
    store->backend()->setTimeout(50ms);

    Sink stored;
    store->storeToken(server, canaryToken(), &stored, stored.statusCallback());
    Sink read;
    store->tokenFor(server, &read, read.secretCallback());
    Sink password;
    store->storeCertificatePassword(
        QStringLiteral("/tmp/signing.pfx"), canarySignPassword(), &password, password.statusCallback());
    QTRY_COMPARE(stored.calls + read.calls + password.calls, 3);

    QCOMPARE(stored.status->error().code, Error::Code::Timeout);
    QCOMPARE(read.secret->error().code, Error::Code::Timeout);
    QCOMPARE(password.status->error().code, Error::Code::Timeout);
    record(QStringLiteral("storeToken timeout"), stored.status->error().toString());
    record(QStringLiteral("tokenFor timeout"), read.secret->error().toString());
    record(QStringLiteral("storeCertificatePassword timeout"), password.status->error().toString());

    // The late answers are dropped without printing anything secret either.
    QCOMPARE(keychain->releaseHeld(), 3);
    QCoreApplication::processEvents();
}

void TestTokenNeverLeaks::backendErrorsEchoingSecretsAreRedacted()
{
    FakeKeychainBackend *keychain = nullptr;
    auto store = storeWithFakeKeychain(QProcessEnvironment(), &keychain);
    // A keychain whose error text repeats the data it was given (some do).
    keychain->setFailure(
        Error::make(Error::Code::Unknown, QStringLiteral("could not store '%1' / '%2'").arg(canaryToken(), canarySignPassword()),
            QStringLiteral("retry with %1").arg(canaryToken())));

    Sink stored;
    store->storeToken(server, canaryToken(), &stored, stored.statusCallback());
    Sink read;
    store->tokenFor(server, &read, read.secretCallback());
    Sink forgotten;
    store->forgetToken(server, &forgotten, forgotten.statusCallback());
    Sink password;
    store->certificatePassword(QStringLiteral("/tmp/signing.pfx"), &password, password.secretCallback());
    QTRY_COMPARE(stored.calls + read.calls + forgotten.calls + password.calls, 4);

    for (const auto &[where, error] : { std::pair { QStringLiteral("storeToken error"), stored.status->error() },
             std::pair { QStringLiteral("tokenFor error"), read.secret->error() },
             std::pair { QStringLiteral("forgetToken error"), forgotten.status->error() },
             std::pair { QStringLiteral("certificatePassword error"), password.secret->error() } }) {
        QCOMPARE(error.code, Error::Code::Unknown);
        QVERIFY(error.message.contains(Redactor::mask()));
        record(where, error.toString());
        qWarning().noquote() << error.toString();
    }
}

void TestTokenNeverLeaks::qtKeychainErrorDetailsAreRedacted()
{
    const QList<int> codes { int(QKeychain::OtherError), int(QKeychain::AccessDenied), int(QKeychain::NoBackendAvailable),
        int(QKeychain::CouldNotDeleteEntry), int(QKeychain::EntryNotFound) };
    for (const int code : codes) {
        const Error error = rd::QtKeychainBackend::mapError(code,
            QStringLiteral("libsecret said: %1 (%2)").arg(canaryToken(), canarySignPassword()),
            rd::KeychainBackend::Operation::Write);
        record(QStringLiteral("QtKeychainBackend::mapError(%1)").arg(code), error.toString());
    }
}

void TestTokenNeverLeaks::invalidServerUrlsNeverEchoTheToken_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("token as URL password") << QStringLiteral("https://ci:%1@gitea.example.com").arg(canaryToken());
    QTest::newRow("token as URL user") << QStringLiteral("https://%1@gitea.example.com").arg(canaryToken());
    QTest::newRow("token in the query of a bad URL") << QStringLiteral("ftp://gitea.example.com/?token=%1").arg(canaryToken());
    QTest::newRow("token in the path of a bad URL") << QStringLiteral("ftp://gitea.example.com/%1").arg(canaryToken());
    QTest::newRow("token pasted instead of a URL") << canaryToken();
}

void TestTokenNeverLeaks::invalidServerUrlsNeverEchoTheToken()
{
    QFETCH(QString, url);
    FakeKeychainBackend *keychain = nullptr;
    auto store = storeWithFakeKeychain(QProcessEnvironment(), &keychain);

    Sink read;
    store->tokenFor(url, &read, read.secretCallback());
    Sink stored;
    store->storeToken(url, QStringLiteral("other-token"), &stored, stored.statusCallback());
    QTRY_COMPARE(read.calls + stored.calls, 2);
    record(QStringLiteral("tokenFor"), read.secret->has_value() ? read.secret->value().origin : read.secret->error().toString());
    record(
        QStringLiteral("storeToken"), stored.status->has_value() ? QStringLiteral("stored") : stored.status->error().toString());
    const auto key = SecretStore::tokenKey(url);
    record(QStringLiteral("tokenKey"), key ? *key : key.error().toString());
    for (const QString &entryUrl : { server }) {
        record(QStringLiteral("keychain entry key"), entryUrl);
    }
    QCOMPARE(keychain->entry(SecretStore::serviceName(), url), std::nullopt);
}

void TestTokenNeverLeaks::secretDescriptionsNeverContainTheValue()
{
    const Secret fromEnvironment { canaryToken(), rd::SecretSource::Environment, QStringLiteral("RELEASEDESK_TOKEN") };
    const Secret fromKeychain { canaryToken(), rd::SecretSource::Keychain, QStringLiteral("ReleaseDesk/token:") + server };
    for (const Secret &secret : { fromEnvironment, fromKeychain }) {
        record(QStringLiteral("describe()"), secret.describe());
        record(QStringLiteral("origin"), secret.origin);
        record(QStringLiteral("secretSourceName()"), rd::secretSourceName(secret.source));
    }
}

QTEST_GUILESS_MAIN(TestTokenNeverLeaks)
#include "TestTokenNeverLeaks.moc"
