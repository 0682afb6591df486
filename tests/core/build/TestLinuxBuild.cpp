// The Linux tarball of the demo app (tallyho) with a venv of /usr/bin/python3 (Debian's: venv,
// ensurepip, pip), dependencies from a loopback PEP 503 index of wheels made by
// tests/support/make_wheels.py (setuptools and wheel for the project's own build come from
// Debian's /usr/share/python-wheels through that index). The tarball is extracted somewhere else
// and run from there; both targets are also built concurrently.
#include "build/BuildRun.h"
#include "build/BuildTargetJob.h"
#include "build/LinuxScripts.h"
#include "support/BuildFixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace rd;
using namespace rd::test;

namespace {

struct Outcome
{
    std::optional<Result<BuildReport>> result;
    QStringList log;
    int finishedCount = 0;
};

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestLinuxBuild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsRelocatableTarball();
    void serviceScripts();
    void secondBuildDownloadsNothing();
    void buildsBothTargetsConcurrently();
    void unitNames_data();
    void unitNames();

private:
    BuildRequest request(const QString &out) const;
    void run(BuildRun &build, Outcome &outcome);

    QTemporaryDir m_temp;
    QString m_fixtures;
    std::unique_ptr<Pep503Server> m_server;
    QString m_cache;
    QString m_project;
    QString m_moved; // the extracted copy of the first tarball
};

void TestLinuxBuild::initTestCase()
{
    m_temp.setAutoRemove(qEnvironmentVariableIsEmpty("RD_KEEP_TEST_FILES"));
    if (!QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable()) {
        QSKIP("the Linux build tests need /usr/bin/python3 with venv (Debian packages python3, python3-venv)");
    }
    m_fixtures = m_temp.filePath(QStringLiteral("fx"));
    QString output;
    QVERIFY2(runSupportScript(QStringLiteral("make_wheels.py"), { m_fixtures }, &output) == 0, qPrintable(output));
    m_server = std::make_unique<Pep503Server>(m_fixtures + QStringLiteral("/index"), m_fixtures + QStringLiteral("/ftp"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
    m_cache = m_temp.filePath(QStringLiteral("cache"));
    m_project = makeDemoProject(m_temp.filePath(QStringLiteral("demo")), { QStringLiteral("helperlib>=1.0") });
    QVERIFY(!m_project.isEmpty());
}

BuildRequest TestLinuxBuild::request(const QString &out) const
{
    BuildRequest request;
    request.projectDir = m_project;
    request.outDir = out;
    request.targets = { QStringLiteral("linux") };
    request.version = QStringLiteral("0.7.3");
    request.indexUrl = m_server->indexUrl();
    request.pythonBaseUrl = m_server->ftpUrl();
    request.hostPython = QStringLiteral("/usr/bin/python3");
    request.linuxPython = QStringLiteral("/usr/bin/python3");
    request.cacheDir = m_cache;
    request.environment = hermeticEnvironment();
    return request;
}

void TestLinuxBuild::run(BuildRun &build, Outcome &outcome)
{
    connect(&build, &BuildRun::finished, this, [&outcome](const Result<BuildReport> &result) {
        outcome.result = result;
        ++outcome.finishedCount;
    });
    connect(&build, &BuildRun::logLine, this, [&outcome](const QString &line) { outcome.log << line; });
    build.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.finishedCount == 1, 180'000);
    QVERIFY2(*outcome.result,
        qPrintable(!*outcome.result ? outcome.result->error().toString() + QLatin1Char('\n') + outcome.log.join(QLatin1Char('\n'))
                                    : QString()));
}

void TestLinuxBuild::buildsRelocatableTarball()
{
    const QString out = m_temp.filePath(QStringLiteral("out1"));
    BuildRun build(request(out));
    Outcome outcome;
    run(build, outcome);
    if (QTest::currentTestFailed()) {
        return;
    }
    const TargetReport &linux64 = (*outcome.result)->targets.first();
    const QString tarball = QDir(out).filePath(QStringLiteral("Tallyho-v0.7.3-linux-x64.tar.gz"));
    QCOMPARE(linux64.output, tarball);
    QVERIFY(
        linux64.details.value(QStringLiteral("relocation")).toObject().value(QStringLiteral("leftovers")).toArray().isEmpty());
    QVERIFY(!linux64.wheelsFromCache);

    // Readable by tar and Python's tarfile; the layout of guide §5.
    QString output;
    QCOMPARE(runTool(QStringLiteral("tar"), { QStringLiteral("tzf"), tarball }, &output), 0);
    QCOMPARE(runSupportScript(QStringLiteral("check_archive.py"), { QStringLiteral("tar"), tarball }, &output), 0);
    QCOMPARE(runSupportScript(QStringLiteral("check_archive.py"), { QStringLiteral("list"), tarball }, &output), 0);
    const QStringList names = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &expected : { QStringLiteral("Tallyho/run.sh"), QStringLiteral("Tallyho/install-service.sh"),
             QStringLiteral("Tallyho/uninstall-service.sh"), QStringLiteral("Tallyho/VERSION"),
             QStringLiteral("Tallyho/venv/pyvenv.cfg"), QStringLiteral("Tallyho/venv/bin/python"),
             QStringLiteral("Tallyho/app/src/tallyho/__init__.py"),
             QStringLiteral("Tallyho/venv/lib/python3.11/site-packages/helperlib/__init__.py"),
             QStringLiteral("Tallyho/venv/lib/python3.11/site-packages/tallyho-0.7.3.dist-info/METADATA") }) {
        QVERIFY2(
            names.contains(expected), qPrintable(expected + QStringLiteral(" missing from\n") + names.join(QLatin1Char('\n'))));
    }
    for (const QString &name : names) {
        // The app package left the venv; pip (build-only) and its scripts too; no bytecode caches.
        QVERIFY2(!name.startsWith(QStringLiteral("Tallyho/venv/lib/python3.11/site-packages/tallyho/")), qPrintable(name));
        QVERIFY2(!name.contains(QStringLiteral("site-packages/pip/")), qPrintable(name));
        QVERIFY2(!name.startsWith(QStringLiteral("Tallyho/venv/bin/pip")), qPrintable(name));
        QVERIFY2(!name.contains(QStringLiteral("__pycache__")), qPrintable(name));
        QVERIFY2(!name.contains(QStringLiteral("direct_url.json")), qPrintable(name));
    }

    // Extract it elsewhere (a path with a space), after the build folder is gone, and run it.
    QVERIFY(!QFileInfo::exists(build.context()->workDir));
    m_moved = m_temp.filePath(QStringLiteral("moved here/opt"));
    QDir().mkpath(m_moved);
    QCOMPARE(runTool(QStringLiteral("tar"), { QStringLiteral("xzf"), tarball, QStringLiteral("-C"), m_moved }, &output), 0);
    const QString app = m_moved + QStringLiteral("/Tallyho");
    QVERIFY(QFileInfo(app + QStringLiteral("/run.sh")).isExecutable());
    QProcessEnvironment clean = QProcessEnvironment::systemEnvironment();
    clean.remove(QStringLiteral("PYTHONPATH"));
    clean.remove(QStringLiteral("VIRTUAL_ENV"));
    QCOMPARE(runTool(app + QStringLiteral("/run.sh"), { QStringLiteral("--version") }, &output, QDir::tempPath(), clean), 0);
    QCOMPARE(output.trimmed(), QStringLiteral("tallyho 0.7.3"));
    QCOMPARE(
        runTool(app + QStringLiteral("/run.sh"), { QStringLiteral("pears"), QStringLiteral("apples"), QStringLiteral("pears") },
            &output, QDir::tempPath(), clean),
        0);
    QCOMPARE(output.trimmed(), QStringLiteral("pears: 2\napples: 1"));
    // The venv's own python finds the dependencies and the app's metadata (importlib.metadata).
    QCOMPARE(runTool(app + QStringLiteral("/venv/bin/python"),
                 { QStringLiteral("-c"),
                     QStringLiteral("import helperlib, importlib.metadata as m, sys; print(helperlib.greet('x'), "
                                    "m.version('tallyho'), sys.prefix)") },
                 &output, QDir::tempPath(), clean),
        0);
    QCOMPARE(output.trimmed(), QStringLiteral("hello x 0.7.3 %1/venv").arg(app));
    // bin/activate finds its own folder.
    QCOMPARE(runTool(QStringLiteral("bash"),
                 { QStringLiteral("-c"), QStringLiteral("source \"$1/venv/bin/activate\" && echo \"$VIRTUAL_ENV\""),
                     QStringLiteral("bash"), app },
                 &output, QDir::tempPath(), clean),
        0);
    QCOMPARE(output.trimmed(), app + QStringLiteral("/venv"));
    // pyvenv.cfg names the system interpreter only, not the build folder.
    const QString cfg = readText(app + QStringLiteral("/venv/pyvenv.cfg"));
    QVERIFY2(!cfg.contains(QStringLiteral("command")), qPrintable(cfg));
    QVERIFY2(cfg.contains(QStringLiteral("home = /usr/bin")), qPrintable(cfg));
    QCOMPARE(readText(app + QStringLiteral("/VERSION")), QStringLiteral("0.7.3\n"));
}

void TestLinuxBuild::serviceScripts()
{
    if (m_moved.isEmpty()) {
        QSKIP("needs buildsRelocatableTarball, which failed above");
    }
    const QString app = m_moved + QStringLiteral("/Tallyho");
    QString output;
    QCOMPARE(runTool(app + QStringLiteral("/install-service.sh"), { QStringLiteral("--dry-run") }, &output), 0);
    for (const QString &line : { QStringLiteral("[Service]"), QStringLiteral("Type=simple"), QStringLiteral("Restart=on-failure"),
             QStringLiteral("RestartSec=5"), QStringLiteral("ExecStart=\"%1/run.sh\"").arg(app),
             QStringLiteral("WorkingDirectory=%1").arg(app), QStringLiteral("WantedBy=multi-user.target"),
             QStringLiteral("Description=Tallyho 0.7.3") }) {
        QVERIFY2(output.contains(line), qPrintable(line + QStringLiteral(" not in\n") + output));
    }
    QVERIFY(
        !QFileInfo::exists(QStringLiteral("/etc/systemd/system/tallyho.service")) || output.contains(QStringLiteral("Dry run")));
    // The printed unit is a valid unit file.
    const QString systemdAnalyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (haveTool(QStringLiteral("systemd-analyze"), QStringLiteral("systemd"))) {
        QTemporaryDir units;
        QFile unit(units.filePath(QStringLiteral("tallyho.service")));
        QVERIFY(unit.open(QIODevice::WriteOnly));
        unit.write(output.toUtf8());
        unit.close();
        QString verify;
        QVERIFY2(runTool(systemdAnalyze, { QStringLiteral("verify"), unit.fileName() }, &verify) == 0, qPrintable(verify));
    }
    QCOMPARE(runTool(app + QStringLiteral("/uninstall-service.sh"), { QStringLiteral("--dry-run") }, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("systemctl disable --now tallyho.service")), qPrintable(output));
    QCOMPARE(runTool(app + QStringLiteral("/install-service.sh"), { QStringLiteral("--bogus") }, &output), 2);
}

void TestLinuxBuild::secondBuildDownloadsNothing()
{
    m_server->reset();
    BuildRun build(request(m_temp.filePath(QStringLiteral("out2"))));
    Outcome outcome;
    run(build, outcome);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY((*outcome.result)->targets.first().wheelsFromCache);
    QCOMPARE(m_server->fileDownloads(), 0);
    for (const QString &line : std::as_const(outcome.log)) {
        QVERIFY2(!line.contains(QStringLiteral("pip wheel")), qPrintable(line));
    }
}

void TestLinuxBuild::buildsBothTargetsConcurrently()
{
    BuildRequest req = request(m_temp.filePath(QStringLiteral("out-all")));
    req.targets = { QStringLiteral("windows"), QStringLiteral("linux") };
    BuildRun build(req);
    QHash<QString, std::pair<qint64, qint64>> spans; // target -> first and last progress time
    QElapsedTimer clock;
    clock.start();
    connect(&build, &BuildRun::targetsStarted, this, [&] {
        for (BuildTargetJob *job : build.jobs()) {
            connect(job, &BuildTargetJob::progress, this, [&spans, &clock, job](qint64, qint64, const QString &) {
                auto &span = spans[job->target()];
                if (span.first == 0) {
                    span.first = clock.elapsed() + 1;
                }
                span.second = clock.elapsed() + 1;
            });
        }
    });
    Outcome outcome;
    run(build, outcome);
    if (QTest::currentTestFailed()) {
        return;
    }
    const BuildReport &report = **outcome.result;
    QCOMPARE(report.targets.size(), 2);
    // They ran at the same time: each started before the other ended.
    const auto windows = spans.value(QStringLiteral("windows"));
    const auto linux64 = spans.value(QStringLiteral("linux"));
    QVERIFY(windows.first > 0 && linux64.first > 0);
    QVERIFY(windows.first < linux64.second && linux64.first < windows.second);
    // SHA256SUMS covers both and sha256sum agrees.
    const QString sums = readText(QDir(req.outDir).filePath(QStringLiteral("SHA256SUMS")));
    QCOMPARE(sums.count(QLatin1Char('\n')), 2);
    QVERIFY(sums.contains(QStringLiteral("  Tallyho-v0.7.3-win-x64.zip\n")));
    QVERIFY(sums.contains(QStringLiteral("  Tallyho-v0.7.3-linux-x64.tar.gz\n")));
    QString output;
    QCOMPARE(
        runTool(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral("SHA256SUMS") }, &output, req.outDir), 0);
    QVERIFY(QFileInfo::exists(report.reportFile));
}

void TestLinuxBuild::unitNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unit");
    QTest::newRow("package") << QStringLiteral("tallyho") << QStringLiteral("tallyho");
    QTest::newRow("spaces and punctuation") << QStringLiteral("Tally Ho!") << QStringLiteral("tally-ho");
    QTest::newRow("underscores kept") << QStringLiteral("my_app") << QStringLiteral("my_app");
    QTest::newRow("nothing usable") << QStringLiteral("???") << QStringLiteral("app");
}

void TestLinuxBuild::unitNames()
{
    QFETCH(QString, name);
    QFETCH(QString, unit);
    QCOMPARE(LinuxScripts::unitName(name), unit);
}

QTEST_GUILESS_MAIN(TestLinuxBuild)
#include "TestLinuxBuild.moc"
