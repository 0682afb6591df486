// The proof under wine: real makensis builds a signed v1 and a v2 whose payload lacks a file v1
// had (the Pillow case), and WineCheck installs, upgrades, uninstalls and checks them in one
// fresh prefix. Missing tools skip the test, naming the Debian package.
#include "installer/MakensisJob.h"
#include "installer/NsisScript.h"
#include "installer/PortablePayload.h"
#include "installer/Signer.h"
#include "installer/WineCheck.h"
#include "support/InstallerFixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rd;

namespace {

bool have(const char *tool)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty();
}

const QString appName = QStringLiteral("Tally Hö & Co");

} // namespace

class TestWineCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registryParsing_data();
    void registryParsing();
    void cancelFinishesOnce();
    void fullProof_data();
    void fullProof();

private:
    // Builds an installer for dist; sign: through makensis's !finalize/!uninstfinalize hooks.
    QString build(
        const QString &dist, const QString &version, const QString &outDir, bool sign, QString *error, bool breakRemoval = false);

    QTemporaryDir m_temp;
    test::TestCertificate m_certificate;
    bool m_canSign = false;
};

void TestWineCheck::initTestCase()
{
    QVERIFY(m_temp.isValid());
    if (have("openssl") && have("osslsigncode")) {
        const QString error
            = test::makeCertificate(m_temp.filePath(QStringLiteral("cert")), QStringLiteral("p4ss word"), false, &m_certificate);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_canSign = true;
    }
}

void TestWineCheck::registryParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariant>("value");
    const QString reg
        = QStringLiteral("WINE REGISTRY Version 2\n;; All keys relative to \\\\User\\\\S-1-5-21\n\n#arch=win64\n\n"
                         "[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\Tally H\\x00f6 & Co] 1795616308\n"
                         "#time=1dd7ce7d78db628\n"
                         "\"DisplayName\"=\"Tally H\\x00f6 & Co\"\n"
                         "\"EstimatedSize\"=dword:00000064\n"
                         "\"UninstallString\"=\"\\\"C:\\\\rdcheck\\\\App\\\\uninstall.exe\\\"\"\n"
                         "@=\"default\"\n\n"
                         "[Software\\\\Other] 1\n\"x\"=\"y\"\n");
    const QString key = QStringLiteral("Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Tally Hö & Co");
    QTest::newRow("non-ASCII string") << reg << key << "DisplayName" << QVariant(QStringLiteral("Tally Hö & Co"));
    QTest::newRow("dword") << reg << key << "EstimatedSize" << QVariant::fromValue(quint32(100));
    QTest::newRow("escaped quotes and backslashes")
        << reg << key << "UninstallString" << QVariant(QStringLiteral("\"C:\\rdcheck\\App\\uninstall.exe\""));
    QTest::newRow("default value") << reg << key << "@" << QVariant(QStringLiteral("default"));
    QTest::newRow("key names are case-insensitive")
        << reg << QStringLiteral("software\\other") << "x" << QVariant(QStringLiteral("y"));
}

void TestWineCheck::registryParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(QVariant, value);
    const WineRegistry registry = WineRegistry::parse(text);
    QVERIFY(registry.hasKey(key));
    QCOMPARE(registry.values(key).value(name), value);
    QCOMPARE(registry.subkeys(QStringLiteral("Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall")),
        QStringList { QStringLiteral("Tally Hö & Co") });
}

QString TestWineCheck::build(
    const QString &dist, const QString &version, const QString &outDir, bool sign, QString *error, bool breakRemoval)
{
    auto payload = PortablePayload::inspect(dist);
    if (!payload) {
        *error = payload.error().toString();
        return {};
    }
    NsisScriptInput in;
    in.appName = appName;
    in.publisher = QStringLiteral("ReleaseDesk \"Test\" Publisher");
    in.version = *Version::parse(version);
    in.payload = *payload;
    in.outputDir = outDir;
    in.settings.compressor = InstallerSettings::Compressor::Zlib;
    in.settings.runningWaitSeconds = 1; // the running-instance row waits this long
    in.settings.webUiUrl = QStringLiteral("http://localhost:8765/");
    auto script = NsisScript::generate(in);
    if (!script) {
        *error = script.error().toString();
        return {};
    }
    QString text = script->text();
    if (breakRemoval) {
        // What pynsist and a naive script do: File /r over the old files, nothing removed first
        // (the uninstaller keeps its removal).
        const QString removal = QStringLiteral("!insertmacro RD_REMOVE_PAYLOAD");
        const qsizetype at = text.indexOf(removal, text.indexOf(QStringLiteral("SecCore")));
        text.remove(at, removal.size());
    }
    const QString scriptPath = outDir + QStringLiteral("/installer-") + version + QStringLiteral(".nsi");
    QDir().mkpath(outDir);
    QFile file(scriptPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write ") + scriptPath;
        return {};
    }
    file.close();

    std::unique_ptr<SigningSession> session;
    if (sign) {
        SigningOptions options;
        options.certificatePath = m_certificate.p12;
        options.password = m_certificate.password;
        options.description = appName;
        auto created = SigningSession::create(options, QStandardPaths::findExecutable(QStringLiteral("osslsigncode")));
        if (!created) {
            *error = created.error().toString();
            return {};
        }
        session = std::move(*created);
    }
    MakensisRequest request;
    request.scriptPath = scriptPath;
    request.version = script->version();
    request.outputPath = script->outputPath();
    request.signCommand = session ? session->hookCommand() : QString();
    MakensisJob job(request);
    Result<MakensisResult> result = fail(Error::Code::Unknown, QStringLiteral("not finished"));
    bool done = false;
    connect(&job, &MakensisJob::finished, this, [&](const Result<MakensisResult> &r) {
        result = r;
        done = true;
    });
    job.start();
    if (!QTest::qWaitFor([&done] { return done; }, 300'000) || !result) {
        *error = result ? QStringLiteral("makensis timed out") : result.error().toString();
        return {};
    }
    return result->outputPath;
}

void TestWineCheck::cancelFinishesOnce()
{
    if (!have("wine") || !have("wineserver")) {
        QSKIP("wine is not installed (Debian package wine)");
    }
    const QString exe = test::fakePythonExe();
    if (exe.isEmpty()) {
        QSKIP("no Windows executable to stand in for an installer: install gcc-mingw-w64-x86-64 (or wine)");
    }
    WineCheckOptions options;
    options.installer = exe;
    options.workDir = m_temp.filePath(QStringLiteral("cancel"));
    WineCheck check(options);
    int finishedCount = 0;
    Checklist results;
    connect(&check, &WineCheck::finished, this, [&](const Checklist &items) {
        results = items;
        ++finishedCount;
    });
    check.start();
    check.cancel();
    check.cancel(); // twice is harmless
    QVERIFY(QTest::qWaitFor([&finishedCount] { return finishedCount > 0; }, 60'000));
    QCoreApplication::processEvents();
    QCOMPARE(finishedCount, 1);
    QCOMPARE(results.first().id, QStringLiteral("prefix"));
    QCOMPARE(results.first().verdict, CheckItem::Verdict::Failed);
    QVERIFY(results.first().detail.startsWith(QStringLiteral("cancelled")));
    for (const CheckItem &item : results.mid(1)) {
        QCOMPARE(item.verdict, CheckItem::Verdict::Skipped);
    }
    QVERIFY(!checklistPassed(results));
    QVERIFY(!QFileInfo::exists(check.prefixDir()));
    QVERIFY(QDir(options.workDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestWineCheck::fullProof_data()
{
    QTest::addColumn<bool>("naiveUpgrade");
    QTest::addColumn<QString>("expectFailedRow"); // empty: every row passes
    QTest::newRow("generated installer passes all checks") << false << QString();
    QTest::newRow("a File /r-only upgrade is caught") << true << QStringLiteral("upgrade");
}

void TestWineCheck::fullProof()
{
    QFETCH(bool, naiveUpgrade);
    QFETCH(QString, expectFailedRow);
    if (!have("wine") || !have("wineserver")) {
        QSKIP("wine is not installed (Debian package wine)");
    }
    if (!have("makensis")) {
        QSKIP("makensis is not installed (Debian package nsis)");
    }
    if (naiveUpgrade && qEnvironmentVariableIsSet("RELEASEDESK_QUICK_WINE")) {
        QSKIP("RELEASEDESK_QUICK_WINE: only the main proof");
    }
    const QString base
        = m_temp.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));

    // v1 ships the Pillow-style file that v2 drops; both have the user's config as an example only.
    test::DistSpec v1;
    v1.version = QStringLiteral("1.0.0");
    v1.extraFiles.insert(QStringLiteral("python/Lib/site-packages/pillowish/_version.py"), "__version__ = '1.0.0'\n");
    v1.extraFiles.insert(QStringLiteral("app/src/tallyho/legacy.py"), "OLD = True\n");
    test::DistSpec v2;
    v2.version = QStringLiteral("1.1.0");
    const QString dist1 = base + QStringLiteral("/dist-v1/Tallyho");
    const QString dist2 = base + QStringLiteral("/dist-v2/Tallyho");
    QCOMPARE(test::makeDist(dist1, v1), QString());
    QCOMPARE(test::makeDist(dist2, v2), QString());
    QString how;
    test::fakePythonExe(&how);
    qInfo("python.exe stand-in: %s", qPrintable(how));

    QString error;
    const QString installer1 = build(dist1, v1.version, base + QStringLiteral("/out"), m_canSign, &error);
    QVERIFY2(!installer1.isEmpty(), qPrintable(error));
    const QString installer2 = build(dist2, v2.version, base + QStringLiteral("/out"), false, &error, naiveUpgrade);
    QVERIFY2(!installer2.isEmpty(), qPrintable(error));
    QVERIFY(installer1.endsWith(QStringLiteral("/Tally-H-Co-v1.0.0-setup.exe")));

    WineCheckOptions options;
    options.installer = installer1;
    options.upgradeInstaller = installer2;
    options.payloadDir = dist1;
    options.upgradePayloadDir = dist2;
    options.caFile = m_canSign ? m_certificate.pem : QString();
    options.workDir = base;
    WineCheck check(options);
    int finishedCount = 0;
    Checklist results;
    QStringList log;
    connect(&check, &WineCheck::logLine, this, [&log](const QString &line) { log << line; });
    connect(&check, &WineCheck::finished, this, [&](const Checklist &items) {
        results = items;
        ++finishedCount;
    });
    QElapsedTimer timer;
    timer.start();
    check.start();
    QVERIFY(QTest::qWaitFor([&finishedCount] { return finishedCount > 0; }, 15 * 60 * 1000));
    QCoreApplication::processEvents();
    QCOMPARE(finishedCount, 1);
    qInfo("WineCheck took %.1f s:\n%s", double(timer.elapsed()) / 1000.0, qPrintable(checklistText(results)));

    QCOMPARE(results.size(), WineCheck::stepIds().size());
    for (const CheckItem &item : std::as_const(results)) {
        if (item.id == expectFailedRow) {
            QCOMPARE(item.verdict, CheckItem::Verdict::Failed);
            QVERIFY2(item.detail.contains(QStringLiteral("stale files survived")), qPrintable(item.detail));
            QVERIFY2(
                item.detail.contains(QStringLiteral("_version.py")) || item.detail.contains(QStringLiteral("rd_stale_probe")),
                qPrintable(item.detail));
            continue;
        }
        // The lenient rows only where a tool is truly absent, said so, and never under CI (which
        // installs mingw and osslsigncode): there these rows must be plain Ok like the others.
        if (item.id == QStringLiteral("running") && !how.contains(QStringLiteral("mingw"))) {
            QVERIFY2(!qEnvironmentVariableIsSet("CI"), "CI must build the holding python.exe with mingw");
            qInfo("SKIP strict running-app row: no mingw, so the fake python.exe cannot be held (apt install "
                  "gcc-mingw-w64-x86-64)");
            QCOMPARE(item.verdict, CheckItem::Verdict::Warning); // a python.exe that cannot be held
            continue;
        }
        if (item.id == QStringLiteral("signature") && !m_canSign) {
            QVERIFY2(!qEnvironmentVariableIsSet("CI"), "CI must sign the installer (osslsigncode, openssl)");
            qInfo("SKIP strict signature row: nothing to sign with (apt install osslsigncode openssl)");
            QVERIFY(item.verdict != CheckItem::Verdict::Failed);
            continue;
        }
        QVERIFY2(item.verdict == CheckItem::Verdict::Ok,
            qPrintable(item.title + QStringLiteral(": ") + item.detail + QStringLiteral(" / ") + item.hint));
        QVERIFY2(check.durationsMs().contains(item.id), qPrintable(item.id));
    }
    if (expectFailedRow.isEmpty()) {
        QVERIFY(checklistPassed(results));
    } else {
        QVERIFY(!checklistPassed(results));
    }
    // The throw-away prefix is gone, and the password never reached a log line.
    QVERIFY(!QFileInfo::exists(check.prefixDir()));
    for (const QString &line : std::as_const(log)) {
        QVERIFY2(!m_canSign || !line.contains(m_certificate.password), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestWineCheck)
#include "TestWineCheck.moc"
