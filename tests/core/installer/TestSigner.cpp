// Code signing with real osslsigncode and self-signed certificates made at test time with
// openssl: signing and verification, the wrong-password and expired-certificate messages, the
// password never on a command line, and a signed installer build. Missing tools skip, naming
// the Debian package.
#include "installer/InstallerBuildJob.h"
#include "installer/PortablePayload.h"
#include "installer/Signer.h"
#include "support/InstallerFixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

bool have(const char *tool)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty();
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

template <typename Job, typename Value> Result<Value> runJob(Job &job, QStringList *log, int *finishedCount)
{
    Result<Value> result = fail(Error::Code::Unknown, QStringLiteral("did not finish"));
    QObject::connect(&job, &Job::logLine, &job, [log](const QString &line) { *log << line; });
    QObject::connect(&job, &Job::finished, &job, [&](const Result<Value> &r) {
        result = r;
        ++*finishedCount;
    });
    job.start();
    if (!QTest::qWaitFor([finishedCount] { return *finishedCount > 0; }, 120'000)) {
        return fail(Error::Code::Timeout, QStringLiteral("job timed out"));
    }
    QCoreApplication::processEvents();
    return result;
}

#define SKIP_WITHOUT_CERTIFICATES()                                                                                              \
    if (m_good.p12.isEmpty()) {                                                                                                  \
        QSKIP("openssl is not installed (Debian package openssl): no test certificates");                                        \
    }

const QString goodPassword = QStringLiteral("correct horse $ \"battery\"");

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void explainSignFailure_data();
    void explainSignFailure();
    void parseVerifyOutput_data();
    void parseVerifyOutput();
    void checkCertificate_data();
    void checkCertificate();
    void sign_data();
    void sign();
    void signingSessionKeepsPasswordPrivate();
    void signedInstallerBuild_data();
    void signedInstallerBuild();

private:
    QTemporaryDir m_temp;
    test::TestCertificate m_good;
    test::TestCertificate m_expired;
    QString m_exe;
};

void TestSigner::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_exe = test::fakePythonExe();
    if (!have("openssl")) {
        return; // the rows that need certificates skip
    }
    QString error = test::makeCertificate(m_temp.filePath(QStringLiteral("good")), goodPassword, false, &m_good);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = test::makeCertificate(m_temp.filePath(QStringLiteral("expired")), goodPassword, true, &m_expired);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSigner::explainSignFailure_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("wrong password")
        << "Failed to parse PKCS#12 file: cert.p12 (Wrong password?)\nFailed to read key or certificates\n"
        << "the certificate password is wrong";
    QTest::newRow("mac verify failure") << "error:11800071:PKCS12 routines:PKCS12_parse:mac verify failure"
                                        << "the certificate password is wrong";
    QTest::newRow("expired") << "Verify error: certificate has expired"
                             << "the certificate has expired";
    QTest::newRow("unreadable file") << "Failed to read PKCS#12 file: x.p12\nNo such file or directory"
                                     << "the certificate file cannot be read";
    QTest::newRow("unknown") << "Something else"
                             << "";
}

void TestSigner::explainSignFailure()
{
    QFETCH(QString, output);
    QFETCH(QString, explanation);
    QCOMPARE(Signer::explainSignFailure(output), explanation);
}

void TestSigner::parseVerifyOutput_data()
{
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not signed") << QByteArray("Current PE checksum   : 00000000\nUnable to extract existing signature\nFailed\n")
                                << 1 << false << false << "the file is not signed";
    QTest::newRow("valid") << QByteArray(
        "Message digest algorithm  : SHA256\nSigner #0:\n\t\tSubject: /CN=Test\nTimestamp is not available\n"
        "Signature verification: ok\nSucceeded\n")
                           << 0 << true << true << "";
    QTest::newRow("self-signed without CA file") << QByteArray("Subject: /CN=Test\nSignature verification: failed\nUse the "
                                                               "\"-CAfile\" option to add one or more trusted CA certificates\n")
                                                 << 1 << true << false << "the certificate's issuer is not trusted here";
    QTest::newRow("expired") << QByteArray(
        "Subject: /CN=Old\nSignature verification: failed\nVerify error: certificate has expired\nFailed\n")
                             << 1 << true << false << "the signing certificate has expired";
}

void TestSigner::parseVerifyOutput()
{
    QFETCH(QByteArray, out);
    QFETCH(int, exitCode);
    QFETCH(bool, isSigned);
    QFETCH(bool, valid);
    QFETCH(QString, problem);
    ProcessOutput output;
    output.exitCode = exitCode;
    output.standardOutput = out;
    const SignatureInfo info = Signer::parseVerifyOutput(output);
    QCOMPARE(info.isSigned, isSigned);
    QCOMPARE(info.valid, valid);
    QCOMPARE(info.problem, problem);
    if (valid) {
        QCOMPARE(info.subject, QStringLiteral("/CN=Test"));
        QCOMPARE(info.digest, QStringLiteral("SHA256"));
    }
}

void TestSigner::checkCertificate_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("code"); // -1: ok
    QTest::addColumn<QString>("message");
    QTest::newRow("right password") << "good" << goodPassword << -1 << "";
    QTest::newRow("wrong password") << "good"
                                    << "nope" << int(Error::Code::Unauthorized)
                                    << "password for the signing certificate cert.p12 is wrong";
    QTest::newRow("expired certificate") << "expired" << goodPassword << int(Error::Code::Precondition)
                                         << "\"ReleaseDesk Expired Test\" expired on 2020-02-01T00:00:00Z";
    QTest::newRow("missing file") << "missing" << goodPassword << int(Error::Code::NotFound) << "cannot be read";
}

void TestSigner::checkCertificate()
{
    SKIP_WITHOUT_CERTIFICATES();
    QFETCH(QString, which);
    QFETCH(QString, password);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString path = which == QStringLiteral("good") ? m_good.p12
        : which == QStringLiteral("expired")             ? m_expired.p12
                                                         : m_temp.filePath(QStringLiteral("missing.p12"));
    auto info = Signer::checkCertificate(path, password);
    if (code < 0) {
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QCOMPARE(info->subject, QStringLiteral("ReleaseDesk Test Signing"));
        QVERIFY(info->notAfter > QDateTime::currentDateTimeUtc());
    } else {
        QVERIFY(!info);
        QCOMPARE(int(info.error().code), code);
        QVERIFY2(info.error().message.contains(message), qPrintable(info.error().message));
        QVERIFY(!info.error().hint.isEmpty());
        QVERIFY(!info.error().toString().contains(goodPassword));
    }
}

void TestSigner::sign_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QString>("error"); // empty: signed and verified
    QTest::newRow("self-signed, verified with its CA file") << "good" << goodPassword << true << "";
    QTest::newRow("wrong password") << "good"
                                    << "wrong" << true << "password for the signing certificate cert.p12 is wrong";
    QTest::newRow("expired certificate") << "expired" << goodPassword << true << "expired on 2020-02-01";
    QTest::newRow("signed but untrusted without the CA file") << "good" << goodPassword << false << "issuer is not trusted";
}

void TestSigner::sign()
{
    SKIP_WITHOUT_CERTIFICATES();
    QFETCH(QString, which);
    QFETCH(QString, password);
    QFETCH(bool, withCa);
    QFETCH(QString, error);
    if (!have("osslsigncode")) {
        QSKIP("osslsigncode is not installed (Debian package osslsigncode)");
    }
    if (m_exe.isEmpty()) {
        QSKIP("no Windows executable to sign (install gcc-mingw-w64-x86-64 or wine)");
    }
    const test::TestCertificate &certificate = which == QStringLiteral("good") ? m_good : m_expired;
    const QString file
        = m_temp.filePath(QStringLiteral("sign/%1.exe")
                              .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile::remove(file);
    QVERIFY(QFile::copy(m_exe, file));
    const QByteArray before = sha256(file);

    SigningOptions options;
    options.certificatePath = certificate.p12;
    options.password = password;
    options.caFile = withCa ? certificate.pem : QString();
    options.description = QStringLiteral("Tallyho");
    Signer signer(file, options);
    QStringList log;
    int finishedCount = 0;
    const Result<SignatureInfo> result = runJob<Signer, SignatureInfo>(signer, &log, &finishedCount);
    QCOMPARE(finishedCount, 1);
    for (const QString &line : std::as_const(log)) {
        QVERIFY2(
            !line.contains(goodPassword) && !line.contains(QStringLiteral("wrong")), qPrintable(line)); // never on a command line
    }
    QVERIFY(!QFile::exists(file + QStringLiteral(".signed")));
    if (error.isEmpty()) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY(result->valid);
        QCOMPARE(result->subject, QStringLiteral("/CN=ReleaseDesk Test Signing"));
        QCOMPARE(result->digest, QStringLiteral("SHA256"));
        QVERIFY(sha256(file) != before);
        // The password went through a private file (Debian 12's osslsigncode 2.5 cannot read stdin)...
        QVERIFY(log.join(QLatin1Char('\n')).contains(QStringLiteral("-readpass /")));
        // ...which is gone once signing is done.
        QVERIFY(!log.join(QLatin1Char('\n')).contains(password));
    } else {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
        QVERIFY(!result.error().hint.isEmpty());
        if (withCa) {
            QCOMPARE(sha256(file), before); // refused before anything was written
        }
    }
}

void TestSigner::signingSessionKeepsPasswordPrivate()
{
    SKIP_WITHOUT_CERTIFICATES();
    SigningOptions options;
    options.certificatePath = m_good.p12;
    options.password = goodPassword;
    options.timestampUrl = QStringLiteral("http://timestamp.invalid/");
    QString dir;
    {
        auto session = SigningSession::create(options, QStringLiteral("/usr/bin/osslsigncode"));
        QVERIFY(session);
        dir = (*session)->directory();
        const QString script = (*session)->hookCommand();
        QCOMPARE(QFileInfo(dir).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
            QFileDevice::Permissions());
        const QFileInfo password(dir + QStringLiteral("/password"));
        QCOMPARE(password.permissions()
                & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::Permissions());
        QFile text(script);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QString body = QString::fromUtf8(text.readAll());
        QVERIFY(!body.contains(goodPassword));
        QVERIFY(body.contains(QStringLiteral("'-readpass' '%1/password'").arg(dir)));
        QVERIFY(body.contains(QStringLiteral("'-ts' 'http://timestamp.invalid/'")));
        QVERIFY(body.contains(QStringLiteral("'-h' 'sha256'")));
        QVERIFY(QFileInfo(script).isExecutable());
    }
    QVERIFY(!QFileInfo::exists(dir)); // deleted with the session
}

void TestSigner::signedInstallerBuild_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");
    QTest::newRow("installer and uninstaller signed") << goodPassword << "";
    QTest::newRow("wrong password stops before makensis") << "wrong"
                                                          << "is wrong";
}

void TestSigner::signedInstallerBuild()
{
    SKIP_WITHOUT_CERTIFICATES();
    QFETCH(QString, password);
    QFETCH(QString, error);
    if (!have("osslsigncode") || !have("makensis")) {
        QSKIP("osslsigncode or makensis is not installed (Debian packages osslsigncode, nsis)");
    }
    const QString base
        = m_temp.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QCOMPARE(test::makeDist(base + QStringLiteral("/Tallyho"), {}), QString());
    auto payload = PortablePayload::inspect(base + QStringLiteral("/Tallyho"));
    QVERIFY(payload);
    InstallerBuildRequest request;
    request.input.appName = QStringLiteral("Tallyho");
    request.input.publisher = QStringLiteral("ReleaseDesk");
    request.input.version = *Version::parse(QStringLiteral("2.0.0rc1"));
    request.input.payload = *payload;
    request.input.outputDir = base + QStringLiteral("/out");
    request.input.settings.compressor = InstallerSettings::Compressor::Zlib;
    SigningOptions signing;
    signing.certificatePath = m_good.p12;
    signing.password = password;
    signing.caFile = m_good.pem;
    request.signing = signing;
    InstallerBuildJob job(request);
    QStringList log;
    int finishedCount = 0;
    const Result<InstallerBuildResult> result = runJob<InstallerBuildJob, InstallerBuildResult>(job, &log, &finishedCount);
    QCOMPARE(finishedCount, 1);
    const QString all = log.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(goodPassword));
    QVERIFY(!QDir(base + QStringLiteral("/out")).entryList({ QStringLiteral("*.partial") }, QDir::Files).size());
    if (error.isEmpty()) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY(result->isSigned);
        QCOMPARE(result->installerPath, base + QStringLiteral("/out/Tallyho-v2.0.0-rc.1-setup.exe"));
        QCOMPARE(result->windowsVersion, QStringLiteral("2.0.0.30015"));
        // Both hooks ran: the uninstaller (a temporary file makensis names) and then the installer.
        QCOMPARE(all.count(QStringLiteral("ReleaseDesk: signed ")), 2);
        QVERIFY(all.contains(QStringLiteral("-DSIGN_COMMAND=")));
        // The signing folder with the password file is gone.
        const QString hook = all.section(QStringLiteral("-DSIGN_COMMAND="), 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY(!hook.isEmpty());
        QVERIFY(!QFileInfo::exists(QFileInfo(hook).absolutePath()));
    } else {
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Unauthorized);
        QVERIFY(result.error().message.contains(error));
        QVERIFY(!all.contains(QStringLiteral("$ makensis")));
        QVERIFY(!QFileInfo::exists(base + QStringLiteral("/out/Tallyho-v2.0.0-rc.1-setup.exe")));
    }
}

QTEST_GUILESS_MAIN(TestSigner)
#include "TestSigner.moc"
