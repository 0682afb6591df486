// The real system keychain through QtKeychain: a round trip, the "no D-Bus" error, and the
// watchdog against a real gnome-keyring unlock prompt that nobody answers.
//
// Runs under run-with-keyring.sh (CTest's launcher for this test): a private D-Bus session with
// a throw-away gnome-keyring unlocked with a known password, a temporary HOME and no display.
// Without that wrapper the keyring tests skip, so that the user's own keyring is never touched.

#include "secrets/QtKeychainBackend.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace std::chrono_literals;
using rd::Error;
using rd::KeychainBackend;
using rd::QtKeychainBackend;
using rd::SecretStore;

Q_DECLARE_METATYPE(Error::Code)

namespace {

const QString testService = QStringLiteral("ReleaseDesk-test");

template <typename T> QByteArray errorText(const std::expected<T, Error> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// The answer of one backend call.
class Answer final : public QObject
{
public:
    int calls = 0;
    std::optional<rd::Result<QString>> read;
    std::optional<rd::Status> status;

    KeychainBackend::ReadCallback readCallback()
    {
        return [this](const rd::Result<QString> &result) {
            ++calls;
            read = result;
        };
    }
    KeychainBackend::StatusCallback statusCallback()
    {
        return [this](const rd::Status &result) {
            ++calls;
            status = result;
        };
    }
};

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
};

ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10'000)) {
        run.output = process.errorString().toUtf8();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(20'000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5'000);
    }
    run.exitCode = process.exitCode();
    run.output = process.readAll();
    return run;
}

} // namespace

class TestRealKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // First: it needs a process that has not connected to D-Bus yet.
    void readWithoutDbusSessionIsExplained();

    void roundTrip_data();
    void roundTrip();
    void secretStoreRoundTrip();
    // Last: it leaves the test keyring locked.
    void watchdogFiresOnUnansweredUnlockPrompt();

private:
    bool m_underWrapper = false;
};

#define REQUIRE_TEST_KEYRING()                                                                                                   \
    do {                                                                                                                         \
        if (!m_underWrapper) {                                                                                                   \
            QSKIP("Not started through tests/core/secrets/run-with-keyring.sh (the CTest launcher of this test), "               \
                  "which provides a private D-Bus session and a throw-away keyring: the user's own keyring is "                  \
                  "never touched.");                                                                                             \
        }                                                                                                                        \
    } while (false)

void TestRealKeychain::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty()) {
        QSKIP("dbus-run-session is missing: install the Debian package dbus.");
    }
    if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
        QSKIP("gnome-keyring-daemon is missing: install the Debian package gnome-keyring.");
    }
    m_underWrapper = qEnvironmentVariable("RELEASEDESK_TEST_KEYRING") == QStringLiteral("1");
    if (m_underWrapper) {
        QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"), "the wrapper must run the test without a display");
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    }
}

void TestRealKeychain::readWithoutDbusSessionIsExplained()
{
    // No session bus address, no display (no X11 autolaunch) and an empty runtime directory (no
    // $XDG_RUNTIME_DIR/bus): what a headless run outside any session looks like.
    QTemporaryDir emptyRuntimeDir;
    QVERIFY(emptyRuntimeDir.isValid());
    const QStringList variables { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("DISPLAY"),
        QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("XDG_RUNTIME_DIR") };
    QList<std::optional<QByteArray>> saved;
    for (const QString &variable : variables) {
        const QByteArray name = variable.toLatin1();
        saved << (qEnvironmentVariableIsSet(name.constData()) ? std::optional<QByteArray>(qgetenv(name.constData()))
                                                              : std::nullopt);
        qunsetenv(name.constData());
    }
    qputenv("XDG_RUNTIME_DIR", emptyRuntimeDir.path().toLocal8Bit());
    const auto restore = qScopeGuard([&] {
        for (qsizetype i = 0; i < variables.size(); ++i) {
            const QByteArray name = variables.at(i).toLatin1();
            if (saved.at(i)) {
                qputenv(name.constData(), *saved.at(i));
            } else {
                qunsetenv(name.constData());
            }
        }
    });

    QtKeychainBackend backend;
    Answer answer;
    backend.read(testService, QStringLiteral("token:https://gitea.example.com"), &answer, answer.readCallback());
    QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 15'000);
    QVERIFY(!answer.read->has_value());
    const Error error = answer.read->error();
    QCOMPARE(error.code, Error::Code::ToolMissing);
    QVERIFY2(error.message.contains(QStringLiteral("There is no D-Bus session")), qPrintable(error.message));
    QVERIFY2(error.hint.contains(QStringLiteral("dbus-run-session")), qPrintable(error.hint));
    QVERIFY2(error.hint.contains(QStringLiteral("gnome-keyring")), qPrintable(error.hint));
}

void TestRealKeychain::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("Gitea token (40 hex digits)") << QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    QTest::newRow("password with spaces, quotes and non-ASCII") << QStringLiteral(" pässwörd \"with\" 'quotes' ✓ ");
    QTest::newRow("long secret (4 KiB)") << QString(4096, QLatin1Char('x'));
}

void TestRealKeychain::roundTrip()
{
    REQUIRE_TEST_KEYRING();
    QFETCH(QString, secret);
    const QString key = QStringLiteral("token:https://roundtrip.example.com/%1").arg(QString::fromUtf8(QTest::currentDataTag()));
    QtKeychainBackend backend;

    Answer written;
    backend.write(testService, key, QStringLiteral("first value"), &written, written.statusCallback());
    QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, 15'000);
    QVERIFY2(written.status->has_value(), errorText(*written.status).constData());

    Answer overwritten;
    backend.write(testService, key, secret, &overwritten, overwritten.statusCallback());
    QTRY_COMPARE_WITH_TIMEOUT(overwritten.calls, 1, 15'000);
    QVERIFY2(overwritten.status->has_value(), errorText(*overwritten.status).constData());

    Answer read;
    backend.read(testService, key, &read, read.readCallback());
    QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, 15'000);
    QVERIFY2(read.read->has_value(), errorText(*read.read).constData());
    QVERIFY(read.read->value() == secret);

    Answer removed;
    backend.remove(testService, key, &removed, removed.statusCallback());
    QTRY_COMPARE_WITH_TIMEOUT(removed.calls, 1, 15'000);
    QVERIFY2(removed.status->has_value(), errorText(*removed.status).constData());

    Answer missing;
    backend.read(testService, key, &missing, missing.readCallback());
    QTRY_COMPARE_WITH_TIMEOUT(missing.calls, 1, 15'000);
    QVERIFY(!missing.read->has_value());
    QCOMPARE(missing.read->error().code, Error::Code::NotFound);

    // Deleting what is not there is not a failure that matters: success or NotFound.
    Answer removedAgain;
    backend.remove(testService, key, &removedAgain, removedAgain.statusCallback());
    QTRY_COMPARE_WITH_TIMEOUT(removedAgain.calls, 1, 15'000);
    QVERIFY2(removedAgain.status->has_value() || removedAgain.status->error().code == Error::Code::NotFound,
        errorText(*removedAgain.status).constData());

    QCOMPARE(backend.pendingCount(), 0);
    QTRY_COMPARE(backend.jobsInFlight(), 0);
}

void TestRealKeychain::secretStoreRoundTrip()
{
    REQUIRE_TEST_KEYRING();
    QProcessEnvironment noTokens;
    noTokens.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    SecretStore store(std::make_unique<QtKeychainBackend>(), noTokens);
    const QString server = QStringLiteral("https://Store.Example.com/");
    const QString token = QStringLiteral("fedcba9876543210fedcba9876543210fedcba98");

    int calls = 0;
    std::optional<rd::Status> stored;
    store.storeToken(server, token, this, [&](const rd::Status &status) {
        ++calls;
        stored = status;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 15'000);
    QVERIFY2(stored->has_value(), errorText(*stored).constData());

    std::optional<rd::Result<rd::Secret>> found;
    store.tokenFor(QStringLiteral("https://store.example.com"), this, [&](const rd::Result<rd::Secret> &result) {
        ++calls;
        found = result;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 15'000);
    QVERIFY2(found->has_value(), errorText(*found).constData());
    QVERIFY(found->value().value == token);
    QCOMPARE(found->value().source, rd::SecretSource::Keychain);
    QCOMPARE(found->value().origin, QStringLiteral("ReleaseDesk/token:https://store.example.com"));

    std::optional<rd::Status> forgotten;
    store.forgetToken(server, this, [&](const rd::Status &status) {
        ++calls;
        forgotten = status;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 3, 15'000);
    QVERIFY2(forgotten->has_value(), errorText(*forgotten).constData());

    std::optional<rd::Result<rd::Secret>> gone;
    store.tokenFor(server, this, [&](const rd::Result<rd::Secret> &result) {
        ++calls;
        gone = result;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 4, 15'000);
    QVERIFY(!gone->has_value());
    QCOMPARE(gone->error().code, Error::Code::NotFound);
}

void TestRealKeychain::watchdogFiresOnUnansweredUnlockPrompt()
{
    REQUIRE_TEST_KEYRING();
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        QSKIP("Xvfb is missing: install the Debian package xvfb.");
    }
    const QString dbusSend = QStandardPaths::findExecutable(QStringLiteral("dbus-send"));
    const QString updateEnvironment = QStandardPaths::findExecutable(QStringLiteral("dbus-update-activation-environment"));
    if (dbusSend.isEmpty() || updateEnvironment.isEmpty()) {
        QSKIP("dbus-send or dbus-update-activation-environment is missing: install the Debian package dbus.");
    }

    const QString key = QStringLiteral("token:https://locked.example.com");
    QtKeychainBackend backend;
    {
        Answer written;
        backend.write(testService, key, QStringLiteral("locked-away"), &written, written.statusCallback());
        QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, 15'000);
        QVERIFY2(written.status->has_value(), errorText(*written.status).constData());
    }

    // A display for gnome-keyring's prompter, but nobody to answer it: what a locked keyring on
    // a desktop (or under Xvfb in CI) looks like. Xvfb prints its display number when ready.
    QProcess display;
    display.start(xvfb,
        { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
            QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("640x480x24") });
    QVERIFY2(display.waitForStarted(10'000), qPrintable(display.errorString()));
    const auto stopDisplay = qScopeGuard([&] {
        display.terminate();
        if (!display.waitForFinished(5'000)) {
            display.kill();
            display.waitForFinished(5'000);
        }
    });
    QVERIFY(display.waitForReadyRead(10'000));
    const QString displayName = QLatin1Char(':') + QString::fromLatin1(display.readAllStandardOutput()).trimmed();
    QVERIFY2(displayName.size() > 1, "Xvfb did not report its display");

    ToolRun run = runTool(updateEnvironment, { QStringLiteral("DISPLAY=") + displayName });
    QVERIFY2(run.finished && run.exitCode == 0, run.output.constData());
    const auto forgetDisplay = qScopeGuard([&] { runTool(updateEnvironment, { QStringLiteral("DISPLAY=") }); });

    run = runTool(dbusSend,
        { QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.secrets"),
            QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service.Lock"),
            QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login") });
    QVERIFY2(run.finished && run.exitCode == 0 && run.output.contains("collection/login"), run.output.constData());

    backend.setTimeout(1500ms);
    QSignalSpy timedOut(&backend, &KeychainBackend::timedOut);
    QSignalSpy lateAnswer(&backend, &KeychainBackend::lateAnswer);
    Answer read;
    backend.read(testService, key, &read, read.readCallback());
    QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, 10'000);
    QVERIFY(!read.read->has_value());
    QCOMPARE(read.read->error().code, Error::Code::Timeout);
    QCOMPARE(read.read->error().message, QStringLiteral("The system keychain did not answer within 1500 ms."));
    QCOMPARE(timedOut.count(), 1);
    // The job waits behind the prompt; it was not deleted under QtKeychain's feet.
    QCOMPARE(backend.jobsInFlight(), 1);
    QCOMPARE(backend.abandonedCount(), 1);

    // The prompt goes away (its display dies): the job finally answers, the answer is dropped,
    // and the job deletes itself.
    display.terminate();
    QVERIFY(display.waitForFinished(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(lateAnswer.count(), 1, 30'000);
    QCOMPARE(lateAnswer.at(0).at(2).toString(), key);
    QCOMPARE(read.calls, 1);
    QTRY_COMPARE_WITH_TIMEOUT(backend.jobsInFlight(), 0, 5'000);
    QCOMPARE(backend.abandonedCount(), 0);

    // QtKeychain runs one job at a time: the queue moves again, and the next request is answered
    // by the keychain itself, not by the watchdog (without a display the prompt fails at once).
    runTool(updateEnvironment, { QStringLiteral("DISPLAY=") });
    backend.setTimeout(10s);
    Answer again;
    backend.read(testService, key, &again, again.readCallback());
    QTRY_COMPARE_WITH_TIMEOUT(again.calls, 1, 15'000);
    QVERIFY2(again.read->has_value() || again.read->error().code != Error::Code::Timeout, errorText(*again.read).constData());
    QCOMPARE(timedOut.count(), 1);
}

QTEST_GUILESS_MAIN(TestRealKeychain)
#include "TestRealKeychain.moc"
