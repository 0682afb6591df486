// Issue 5's "done when", end to end through the real releasedesk-cli, as a runner would run it:
// the demo project's portable Windows build (build windows --keep-work, the embeddable-Python
// fixture of make_wheels.py, offline) becomes a signed installer (installer build --cert), and
// `installer verify` proves it under wine: install, upgrade to a v2 build that lacks a module v1
// had, the running-app lock, uninstall, the signature, the launcher. Needs wine, makensis,
// osslsigncode and openssl; skipped (and said so) only when one of them is absent.
#include "support/BuildFixtures.h"
#include "support/InstallerFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 300'000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    process.waitForFinished(timeoutMs);
    return CliRun { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace

class TestDemoInstallerPipeline : public QObject
{
    Q_OBJECT

private slots:
    void buildDirMayBeTheZipOrTheOutputFolder_data();
    void buildDirMayBeTheZipOrTheOutputFolder();
    void initTestCase();
    void cleanupTestCase();
    void demoBuildBecomesVerifiedSignedInstaller();

private:
    // build windows for the project at version; returns the kept {App} folder.
    QString buildPortable(const QString &version, const QString &out);

    QTemporaryDir m_temp;
    QString m_fixtures;
    QString m_project;
    QString m_pythonZip;
    QProcessEnvironment m_environment;
    QStringList m_workDirs;
};

void TestDemoInstallerPipeline::initTestCase()
{
    for (const char *tool : { "wine", "wineserver", "makensis", "osslsigncode", "openssl" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (Debian packages wine, nsis, osslsigncode, openssl); "
                                            "CI installs them")
                                 .arg(QString::fromLatin1(tool))));
        }
    }
    QVERIFY2(QFileInfo::exists(QStringLiteral(RD_CLI_PATH)), RD_CLI_PATH);
    m_fixtures = m_temp.filePath(QStringLiteral("fx"));
    QString output;
    QVERIFY2(runSupportScript(QStringLiteral("make_wheels.py"), { m_fixtures }, &output) == 0, qPrintable(output));
    m_project = makeDemoProject(m_temp.filePath(QStringLiteral("demo")), {});
    QVERIFY(!m_project.isEmpty());
    // The fixture's python.exe exits at once; the stand-in holds like a running app, so the
    // running-instance check has something to find (a real embeddable Python would).
    const QString holdingPython = fakePythonExe();
    QVERIFY2(!holdingPython.isEmpty(), "no python.exe stand-in (install gcc-mingw-w64-x86-64)");
    m_pythonZip = m_temp.filePath(QStringLiteral("python-3.11.9-embed-amd64.zip"));
    const QString rezip
        = QStringLiteral("import sys, zipfile\n"
                         "src, dst, exe = sys.argv[1:4]\n"
                         "with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:\n"
                         "    for info in zin.infolist():\n"
                         "        data = open(exe, 'rb').read() if info.filename == 'python.exe' else zin.read(info)\n"
                         "        zout.writestr(info, data)\n");
    QVERIFY2(runTool(testPython(),
                 { QStringLiteral("-c"), rezip, m_fixtures + QStringLiteral("/python-3.11.9-embed-amd64.zip"), m_pythonZip,
                     holdingPython },
                 &output)
            == 0,
        qPrintable(output));
    m_environment = hermeticEnvironment();
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_temp.filePath(QStringLiteral("cache")));
}

void TestDemoInstallerPipeline::cleanupTestCase()
{
    for (const QString &dir : std::as_const(m_workDirs)) {
        QDir(dir).removeRecursively();
    }
}

QString TestDemoInstallerPipeline::buildPortable(const QString &version, const QString &out)
{
    const CliRun run = cli(
        { QStringLiteral("build"), QStringLiteral("windows"), QStringLiteral("--project"), m_project, QStringLiteral("--out"),
            out, QStringLiteral("--version"), version, QStringLiteral("--python-zip"), m_pythonZip, QStringLiteral("--no-index"),
            QStringLiteral("--host-python"), testPython(), QStringLiteral("--keep-work"), QStringLiteral("--json") },
        m_environment);
    if (run.exitCode != 0) {
        qWarning().noquote() << run.err;
        return {};
    }
    const QJsonObject target = run.json().value(QStringLiteral("targets")).toArray().first().toObject();
    const QString dist = target.value(QStringLiteral("details")).toObject().value(QStringLiteral("dist_dir")).toString();
    // The kept work folder is the parent of the {App} folder's parent; removed at the end.
    m_workDirs << QFileInfo(dist).absolutePath();
    return dist;
}

void TestDemoInstallerPipeline::buildDirMayBeTheZipOrTheOutputFolder_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("the {App} folder") << QStringLiteral("app-folder");
    QTest::newRow("the portable zip, as a runner job receives it") << QStringLiteral("zip");
    QTest::newRow("the build's output folder") << QStringLiteral("out-folder");
    QTest::newRow("a folder holding the extracted zip") << QStringLiteral("extracted");
    QTest::newRow("a folder without a build") << QStringLiteral("empty");
}

// Issue 13: `installer build --build-dir` takes what a user or a runner has at hand.
void TestDemoInstallerPipeline::buildDirMayBeTheZipOrTheOutputFolder()
{
    QFETCH(QString, form);
    const QString out = m_temp.filePath(QStringLiteral("forms-out"));
    static QString dist;
    if (dist.isEmpty()) {
        dist = buildPortable(QStringLiteral("0.7.2"), out);
    }
    QVERIFY(!dist.isEmpty());
    const QString zip = QDir(out).filePath(QStringLiteral("Tallyho-v0.7.2-win-x64.zip"));
    QVERIFY(QFileInfo::exists(zip));
    QString buildDir = dist;
    if (form == QStringLiteral("zip")) {
        buildDir = zip;
    } else if (form == QStringLiteral("out-folder")) {
        buildDir = out;
    } else if (form == QStringLiteral("extracted")) {
        buildDir = m_temp.filePath(QStringLiteral("extracted"));
        QDir().mkpath(buildDir);
        QString output;
        QVERIFY(
            runTool(testPython(),
                { QStringLiteral("-c"),
                    QStringLiteral("import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"), zip, buildDir },
                &output)
            == 0);
    } else if (form == QStringLiteral("empty")) {
        buildDir = m_temp.filePath(QStringLiteral("nothing-built"));
        QDir().mkpath(buildDir);
    }
    const QString setupOut = m_temp.filePath(QStringLiteral("setup-") + form);
    const CliRun run = cli({ QStringLiteral("installer"), QStringLiteral("build"), QStringLiteral("--project"), m_project,
                               QStringLiteral("--build-dir"), buildDir, QStringLiteral("--out"), setupOut,
                               QStringLiteral("--no-sign"), QStringLiteral("--json") },
        m_environment);
    if (form == QStringLiteral("empty")) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("no *-win-x64.zip"), run.out.constData());
        QVERIFY(!QFileInfo::exists(QDir(setupOut).filePath(QStringLiteral("Tallyho-v0.7.2-setup.exe"))));
        return;
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QFileInfo(run.json().value(QStringLiteral("installer")).toString()).fileName(),
        QStringLiteral("Tallyho-v0.7.2-setup.exe"));
    QVERIFY(QFileInfo(QDir(setupOut).filePath(QStringLiteral("Tallyho-v0.7.2-setup.exe"))).size() > 100'000);
}

void TestDemoInstallerPipeline::demoBuildBecomesVerifiedSignedInstaller()
{
    // v1 ships a module that v2 drops: after the upgrade it must be gone (the Pillow case).
    const QString legacy = QDir(m_project).filePath(QStringLiteral("src/tallyho/legacy_codec.py"));
    {
        QFile file(legacy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# removed in 0.7.3\nCODEC = 'old'\n");
    }
    const QString dist1 = buildPortable(QStringLiteral("0.7.2"), m_temp.filePath(QStringLiteral("out1")));
    QVERIFY(!dist1.isEmpty());
    QCOMPARE(QFileInfo(QDir(dist1).filePath(QStringLiteral("python/python.exe"))).size(), QFileInfo(fakePythonExe()).size());
    const QStringList v1Files = filesUnder(dist1);
    QVERIFY2(std::any_of(v1Files.cbegin(), v1Files.cend(),
                 [](const QString &path) { return path.contains(QStringLiteral("legacy_codec")); }),
        qPrintable(v1Files.join(QLatin1Char('\n'))));
    QVERIFY(QFile::remove(legacy));
    const QString dist2 = buildPortable(QStringLiteral("0.7.3"), m_temp.filePath(QStringLiteral("out2")));
    QVERIFY(!dist2.isEmpty());
    const QStringList v2Files = filesUnder(dist2);
    QVERIFY(std::none_of(
        v2Files.cbegin(), v2Files.cend(), [](const QString &path) { return path.contains(QStringLiteral("legacy_codec")); }));

    // Signed installers from both builds; the password only ever travels in the environment.
    TestCertificate certificate;
    const QString password = QStringLiteral("pipeline-s3cret");
    QCOMPARE(makeCertificate(m_temp.filePath(QStringLiteral("cert")), password, false, &certificate), QString());
    QProcessEnvironment signing = m_environment;
    signing.insert(QStringLiteral("RELEASEDESK_SIGN_PASSWORD"), password);
    QStringList installers;
    for (const auto &[dist, out] :
        { std::pair { dist1, QStringLiteral("setup1") }, std::pair { dist2, QStringLiteral("setup2") } }) {
        const CliRun run = cli(
            { QStringLiteral("installer"), QStringLiteral("build"), QStringLiteral("--project"), m_project,
                QStringLiteral("--build-dir"), dist, QStringLiteral("--out"), m_temp.filePath(out), QStringLiteral("--cert"),
                certificate.p12, QStringLiteral("--ca-file"), certificate.pem, QStringLiteral("--json") },
            signing);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.out.contains(password.toUtf8()) && !run.err.contains(password.toUtf8()), "the password leaked");
        const QJsonObject json = run.json();
        QVERIFY(json.value(QStringLiteral("signed")).toBool());
        installers << json.value(QStringLiteral("installer")).toString();
    }
    QCOMPARE(QFileInfo(installers.at(0)).fileName(), QStringLiteral("Tallyho-v0.7.2-setup.exe"));
    QCOMPARE(QFileInfo(installers.at(1)).fileName(), QStringLiteral("Tallyho-v0.7.3-setup.exe"));

    // The proof under wine.
    const CliRun verify = cli({ QStringLiteral("installer"), QStringLiteral("verify"), installers.at(0), QStringLiteral("--v2"),
                                  installers.at(1), QStringLiteral("--build-dir"), dist1, QStringLiteral("--v2-build-dir"), dist2,
                                  QStringLiteral("--ca-file"), certificate.pem, QStringLiteral("--json") },
        m_environment, 900'000);
    const QJsonObject result = verify.json();
    QStringList summary;
    QStringList ids;
    for (const QJsonValue &row : result.value(QStringLiteral("checks")).toArray()) {
        const QString id = row[QStringLiteral("id")].toString();
        ids << id;
        summary << QStringLiteral("%1 %2 %3s: %4")
                       .arg(id, row[QStringLiteral("verdict")].toString())
                       .arg(row[QStringLiteral("seconds")].toDouble(), 0, 'f', 1)
                       .arg(row[QStringLiteral("detail")].toString());
    }
    qInfo().noquote() << QStringLiteral("wine proof of the demo's installer:\n") + summary.join(QLatin1Char('\n'));
    QVERIFY2(verify.exitCode == 0, qPrintable(summary.join(QLatin1Char('\n')) + QString::fromUtf8(verify.err)));
    QVERIFY(result.value(QStringLiteral("ok")).toBool());
    for (const QString &step : { QStringLiteral("install"), QStringLiteral("upgrade"), QStringLiteral("uninstall"),
             QStringLiteral("signature"), QStringLiteral("launcher") }) {
        QVERIFY2(ids.contains(step), qPrintable(ids.join(QLatin1Char(' '))));
    }
    for (const QJsonValue &row : result.value(QStringLiteral("checks")).toArray()) {
        QVERIFY2(row[QStringLiteral("verdict")].toString() == QStringLiteral("ok"), qPrintable(summary.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestDemoInstallerPipeline)
#include "TestDemoInstallerPipeline.moc"
