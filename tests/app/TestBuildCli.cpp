// releasedesk-cli build …: the real executable (RD_CLI_PATH) on the demo project, offline
// (--no-index, Debian's wheels for the project's own build), with the embeddable-Python fixture
// zip of tests/support/make_wheels.py (run with /usr/bin/python3): exit codes, --json, files.
#include "support/BuildFixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(hermeticEnvironment());
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    process.waitForFinished(180'000);
    return CliRun { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace

class TestBuildCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsWindowsAsJson();
    void usageErrors_data();
    void usageErrors();
    void failureIsExitOne();
    void devLabelBecomesDevZero();

private:
    QTemporaryDir m_temp;
    QString m_fixtures;
    QString m_project;
};

void TestBuildCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RD_CLI_PATH)), RD_CLI_PATH);
    m_fixtures = m_temp.filePath(QStringLiteral("fx"));
    QString output;
    QVERIFY2(runSupportScript(QStringLiteral("make_wheels.py"), { m_fixtures }, &output) == 0, qPrintable(output));
    m_project = makeDemoProject(m_temp.filePath(QStringLiteral("demo")), {});
    QVERIFY(!m_project.isEmpty());
}

void TestBuildCli::buildsWindowsAsJson()
{
    const QString out = m_temp.filePath(QStringLiteral("out"));
    const CliRun run = cli({ QStringLiteral("build"), QStringLiteral("windows"), QStringLiteral("--project"), m_project,
        QStringLiteral("--out"), out, QStringLiteral("--version"), QStringLiteral("1.0.0rc1"), QStringLiteral("--python-zip"),
        m_fixtures + QStringLiteral("/python-3.11.9-embed-amd64.zip"), QStringLiteral("--no-index"),
        QStringLiteral("--host-python"), testPython(), QStringLiteral("--cache-dir"), m_temp.filePath(QStringLiteral("cache")),
        QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(json.value(QStringLiteral("ok")).toBool(), run.out.constData());
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0rc1"));
    const QJsonObject target = json.value(QStringLiteral("targets")).toArray().first().toObject();
    QCOMPARE(target.value(QStringLiteral("file")).toString(), QStringLiteral("Tallyho-v1.0.0-rc.1-win-x64.zip"));
    QCOMPARE(
        target.value(QStringLiteral("python")).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("local"));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("Tallyho-v1.0.0-rc.1-win-x64.zip"))));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("SHA256SUMS"))));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("Tallyho-v1.0.0-rc.1-build-report.json"))));
    // Log lines went to stderr, only JSON to stdout.
    QVERIFY(run.err.contains("Patched python311._pth"));
}

void TestBuildCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no target") << QStringList { QStringLiteral("build") };
    QTest::newRow("unknown target") << QStringList { QStringLiteral("build"), QStringLiteral("macos") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("build"), QStringLiteral("linux"),
        QStringLiteral("--frobnicate") };
}

void TestBuildCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    if (arguments.contains(QStringLiteral("--version"))) {
        arguments << QStringLiteral("--project") << m_project << QStringLiteral("--out")
                  << m_temp.filePath(QStringLiteral("never"));
    }
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_temp.filePath(QStringLiteral("never/SHA256SUMS"))));
}

void TestBuildCli::failureIsExitOne()
{
    const CliRun run = cli({ QStringLiteral("build"), QStringLiteral("windows"), QStringLiteral("--project"),
        m_temp.filePath(QStringLiteral("nothing-here")), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(
        json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
}

// The guide's build.yml passes `dev`: like the version chain everywhere, a label that is not
// PEP 440 becomes 0.0.0.dev0, said as a warning, instead of refusing the build.
void TestBuildCli::devLabelBecomesDevZero()
{
    const QString out = m_temp.filePath(QStringLiteral("out-dev"));
    const CliRun run = cli({ QStringLiteral("build"), QStringLiteral("windows"), QStringLiteral("--project"), m_project,
        QStringLiteral("--out"), out, QStringLiteral("--version"), QStringLiteral("dev"), QStringLiteral("--python-zip"),
        m_fixtures + QStringLiteral("/python-3.11.9-embed-amd64.zip"), QStringLiteral("--no-index"),
        QStringLiteral("--host-python"), testPython(), QStringLiteral("--cache-dir"), m_temp.filePath(QStringLiteral("cache")),
        QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("version")).toString(), QStringLiteral("0.0.0.dev0"));
    QVERIFY2(run.err.contains("warning: ") && run.err.contains("0.0.0.dev0"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestBuildCli)
#include "TestBuildCli.moc"
