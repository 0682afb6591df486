// The Windows portable build of the demo app (tallyho) with real pip against a loopback PEP 503
// index (tests/support/pep503_server.py) of wheels made by tests/support/make_wheels.py, and the
// embeddable-Python fixture zip served in python.org's ftp layout. pip, compileall and the
// fixtures run with /usr/bin/python3 (Debian's, with pip); the zip is checked with unzip -t and
// Python's zipfile.
#include "build/AppFiles.h"
#include "build/BuildRun.h"
#include "build/BuildTargetJob.h"
#include "build/EmbeddablePython.h"
#include "build/TrimRules.h"
#include "build/WheelResolver.h"
#include "support/BuildFixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
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
    QList<qint64> progress;
};

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// Partial files left by an interrupted archive writer.
QStringList partials(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.partial*"), QStringLiteral("*.unverified") }, QDir::Files);
}

// Processes whose command line mentions `needle` (pip runs of a build still alive?).
QStringList processesMentioning(const QString &needle)
{
    QStringList found;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isNumber = false;
        pid.toInt(&isNumber);
        if (!isNumber) {
            continue;
        }
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QByteArray text = cmdline.readAll().replace('\0', ' ');
            if (text.contains(needle.toUtf8())) {
                found << pid + QLatin1Char(' ') + QString::fromUtf8(text);
            }
        }
    }
    return found;
}

} // namespace

class TestWindowsBuild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsPortableZip();
    void secondBuildDownloadsNothing();
    void refusesNumpy2AgainstPin();
    void verifyListsOffenders();
    void refusesWrongTag();
    void refusesBadPythonHash();
    void addsTkinterFromMsis();
    void patchesPthIdempotently_data();
    void patchesPthIdempotently();
    void vbsLauncher();
    void verifyVbs_data();
    void verifyVbs();
    void compilesThenDropsSources();
    void keepsSourcesForOtherPython();
    void trimPatterns_data();
    void trimPatterns();
    void cancelStopsPipAndLeavesNothing();
    void indexPasswordStaysOffCommandLines();

private:
    BuildRequest request(const QString &project, const QString &out) const;
    void run(BuildRun &build, Outcome &outcome);

    QTemporaryDir m_temp;
    QString m_fixtures;
    std::unique_ptr<Pep503Server> m_server;
    QString m_cache;
    QString m_project;
    QString m_firstReport;
};

void TestWindowsBuild::initTestCase()
{
    m_temp.setAutoRemove(qEnvironmentVariableIsEmpty("RD_KEEP_TEST_FILES"));
    if (!m_temp.autoRemove()) {
        qInfo() << "keeping" << m_temp.path();
    }
    m_fixtures = m_temp.filePath(QStringLiteral("fx"));
    QString output;
    QVERIFY2(runSupportScript(QStringLiteral("make_wheels.py"), { m_fixtures }, &output) == 0, qPrintable(output));
    m_server = std::make_unique<Pep503Server>(m_fixtures + QStringLiteral("/index"), m_fixtures + QStringLiteral("/ftp"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
    m_cache = m_temp.filePath(QStringLiteral("cache"));
    // numpy comes in through soundcard without a pin (the guide's 13.3 case); puresdist has no
    // wheel at all (the pure-Python fallback builds one); withdata uses .data/ folders.
    m_project = makeDemoProject(m_temp.filePath(QStringLiteral("demo")),
        { QStringLiteral("soundcard"), QStringLiteral("helperlib>=1.0"), QStringLiteral("withdata"), QStringLiteral("puresdist"),
            QStringLiteral("pywin32-never-on-linux; sys_platform == 'linux'") },
        { QStringLiteral("constraints = [\"numpy>=1.24,<2\"]") });
    QVERIFY(!m_project.isEmpty());
}

BuildRequest TestWindowsBuild::request(const QString &project, const QString &out) const
{
    BuildRequest request;
    request.projectDir = project;
    request.outDir = out;
    request.targets = { QStringLiteral("windows") };
    request.version = QStringLiteral("0.7.3");
    request.indexUrl = m_server->indexUrl();
    request.pythonBaseUrl = m_server->ftpUrl();
    request.hostPython = testPython();
    request.cacheDir = m_cache;
    request.environment = hermeticEnvironment();
    request.sourceDateEpoch = 1'700'000'000;
    return request;
}

void TestWindowsBuild::run(BuildRun &build, Outcome &outcome)
{
    connect(&build, &BuildRun::finished, this, [&outcome](const Result<BuildReport> &result) {
        outcome.result = result;
        ++outcome.finishedCount;
    });
    connect(&build, &BuildRun::logLine, this, [&outcome](const QString &line) { outcome.log << line; });
    connect(&build, &BuildRun::progress, this, [&outcome](qint64 done, qint64 total, const QString &) {
        QVERIFY(total == BuildTargetJob::progressTotal);
        outcome.progress << done;
    });
    build.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.finishedCount == 1, 120'000);
    QTest::qWait(50); // a second finished() would arrive now
    QCOMPARE(outcome.finishedCount, 1);
}

void TestWindowsBuild::buildsPortableZip()
{
    const QString out = m_temp.filePath(QStringLiteral("out1"));
    BuildRun build(request(m_project, out));
    Outcome outcome;
    run(build, outcome);
    QVERIFY2(outcome.result && *outcome.result,
        qPrintable(outcome.result && !*outcome.result
                ? outcome.result->error().toString() + QLatin1Char('\n') + outcome.log.join(QLatin1Char('\n'))
                : QString()));
    const BuildReport &report = **outcome.result;
    QCOMPARE(report.version, QStringLiteral("0.7.3"));
    QCOMPARE(report.targets.size(), 1);
    const TargetReport &windows = report.targets.first();
    const QString zip = QDir(out).filePath(QStringLiteral("Tallyho-v0.7.3-win-x64.zip"));
    QCOMPARE(windows.output, zip);
    QVERIFY(QFileInfo(zip).isFile());
    QCOMPARE(windows.size, QFileInfo(zip).size());
    QCOMPARE(windows.python.value(QStringLiteral("source")).toString(), QStringLiteral("download"));
    QVERIFY(outcome.progress.last() == BuildTargetJob::progressTotal);
    for (qsizetype i = 1; i < outcome.progress.size(); ++i) {
        QVERIFY(outcome.progress.at(i) >= outcome.progress.at(i - 1));
    }

    // Readable by the real tools.
    QString output;
    if (haveTool(QStringLiteral("unzip"), QStringLiteral("unzip"))) {
        QCOMPARE(runTool(QStringLiteral("unzip"), { QStringLiteral("-t"), zip }, &output), 0);
    }
    QCOMPARE(runSupportScript(QStringLiteral("check_archive.py"), { QStringLiteral("zip"), zip }, &output), 0);
    QCOMPARE(runSupportScript(QStringLiteral("check_archive.py"), { QStringLiteral("list"), zip }, &output), 0);
    const QStringList names = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &expected : { QStringLiteral("Tallyho/python/python.exe"), QStringLiteral("Tallyho/python/python311.dll"),
             QStringLiteral("Tallyho/python/python311.zip"), QStringLiteral("Tallyho/python/python311._pth"),
             QStringLiteral("Tallyho/python/Lib/site-packages/numpy/__init__.py"),
             QStringLiteral("Tallyho/python/Lib/site-packages/numpy/core/_multiarray_umath.cp311-win_amd64.pyd"),
             QStringLiteral("Tallyho/python/Lib/site-packages/soundcard/__init__.py"),
             QStringLiteral("Tallyho/python/Lib/site-packages/puresdist.py"),
             QStringLiteral("Tallyho/python/Lib/site-packages/withdata_pure.py"),
             QStringLiteral("Tallyho/python/Lib/site-packages/withdata_plat.py"),
             QStringLiteral("Tallyho/python/Scripts/withdata-tool"), QStringLiteral("Tallyho/app/src/tallyho/__init__.py"),
             QStringLiteral("Tallyho/app/src/tallyho/__main__.py"), QStringLiteral("Tallyho/scripts/start-hidden.vbs"),
             QStringLiteral("Tallyho/VERSION") }) {
        QVERIFY2(names.contains(expected), qPrintable(expected));
    }
    for (const QString &name : names) {
        QVERIFY2(!name.contains(QStringLiteral("__pycache__")), qPrintable(name));
        QVERIFY2(!name.endsWith(QStringLiteral(".pyi")), qPrintable(name));
        QVERIFY2(!name.contains(QStringLiteral("helperlib/tests/")), qPrintable(name));
        QVERIFY2(!name.contains(QStringLiteral("numpy/f2py")), qPrintable(name));
        QVERIFY2(!name.contains(QStringLiteral("withdata.h")), qPrintable(name)); // .data/headers are not installed
        QVERIFY2(!name.contains(QStringLiteral("pywin32")), qPrintable(name)); // its marker is false on Windows
        QVERIFY2(name.startsWith(QStringLiteral("Tallyho/")), qPrintable(name));
    }

    // The right numpy despite the unpinned transitive dependency; every wheel's tag reported.
    QStringList wheels;
    for (const ResolvedWheel &wheel : windows.wheels) {
        wheels << wheel.tag.fileName;
        QVERIFY(!wheel.matchedTag.isEmpty());
        QVERIFY(!wheel.sha256.isEmpty());
    }
    QVERIFY2(
        wheels.contains(QStringLiteral("numpy-1.26.4-cp311-cp311-win_amd64.whl")), qPrintable(wheels.join(QLatin1Char(' '))));
    auto fallback = std::find_if(windows.wheels.begin(), windows.wheels.end(),
        [](const ResolvedWheel &w) { return w.tag.distribution == QStringLiteral("puresdist"); });
    QVERIFY(fallback != windows.wheels.end());
    QCOMPARE(fallback->origin, QStringLiteral("pure-python fallback"));
    QCOMPARE(fallback->matchedTag, QStringLiteral("py3-none-any"));

    // Trim savings per rule.
    QHash<QString, TrimSaving> trims;
    for (const TrimSaving &trim : windows.trims) {
        trims.insert(trim.rule, trim);
    }
    QVERIFY(trims.value(QStringLiteral("tests")).bytes > 0);
    QVERIFY(trims.value(QStringLiteral("stubs")).files >= 2);
    QVERIFY(trims.value(QStringLiteral("numpy-build-tools")).bytes > 0);
    QVERIFY(trims.contains(QStringLiteral("numpy-submodules")) == false); // disabled rules save nothing and are not listed
    if (haveTool(QStringLiteral("x86_64-w64-mingw32-strip"), QStringLiteral("binutils-mingw-w64-x86-64"))
        && haveTool(QStringLiteral("x86_64-w64-mingw32-gcc"), QStringLiteral("gcc-mingw-w64-x86-64"))) {
        QVERIFY(trims.value(QStringLiteral("strip-debug")).bytes > 0); // the fixture DLLs are built with -g
    }

    // Extract it to look inside: ._pth, VERSION, the stamped version, the launcher.
    const QString extracted = m_temp.filePath(QStringLiteral("x1"));
    QDir().mkpath(extracted);
    QCOMPARE(runTool(QStringLiteral("unzip"), { QStringLiteral("-q"), zip, QStringLiteral("-d"), extracted }, &output), 0);
    const QString pth = readText(extracted + QStringLiteral("/Tallyho/python/python311._pth"));
    QCOMPARE(pth,
        QStringLiteral("python311.zip\r\n.\r\n\r\n# Uncomment to run site.main() "
                       "automatically\r\nLib\\site-packages\r\n..\\app\\src\r\nimport site\r\n"));
    QCOMPARE(readText(extracted + QStringLiteral("/Tallyho/VERSION")), QStringLiteral("0.7.3\n"));
    QVERIFY(readText(extracted + QStringLiteral("/Tallyho/app/src/tallyho/__init__.py"))
                .contains(QStringLiteral("__version__ = \"0.7.3\"")));
    QVERIFY(readText(extracted + QStringLiteral("/Tallyho/python/Lib/site-packages/numpy/__init__.py"))
                .contains(QStringLiteral("1.26.4")));
    QFile vbsFile(extracted + QStringLiteral("/Tallyho/scripts/start-hidden.vbs"));
    QVERIFY(vbsFile.open(QIODevice::ReadOnly));
    const QByteArray vbs = vbsFile.readAll();
    QVERIFY(AppFiles::verifyVbs(vbs));
    QVERIFY(vbs.contains("-m tallyho\", 0, False"));
    if (haveTool(QStringLiteral("file"), QStringLiteral("file"))) {
        runTool(QStringLiteral("file"), { extracted + QStringLiteral("/Tallyho/scripts/start-hidden.vbs") }, &output);
        QVERIFY2(output.contains(QStringLiteral("ASCII text, with CRLF line terminators")), qPrintable(output));
    }
    // Reproducible timestamps (SOURCE_DATE_EPOCH-like) in the archive.
    QCOMPARE(
        QFileInfo(extracted + QStringLiteral("/Tallyho/VERSION")).lastModified().toSecsSinceEpoch() / 10, 1'700'000'000 / 10);

    // SHA256SUMS and the JSON report next to the output.
    const QString sums = readText(QDir(out).filePath(QStringLiteral("SHA256SUMS")));
    QCOMPARE(sums, windows.sha256 + QStringLiteral("  Tallyho-v0.7.3-win-x64.zip\n"));
    QCOMPARE(runTool(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral("SHA256SUMS") }, &output, out), 0);
    const QJsonObject json = QJsonDocument::fromJson(readText(report.reportFile).toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("0.7.3"));
    const QJsonObject target = json.value(QStringLiteral("targets")).toArray().first().toObject();
    QVERIFY(target.value(QStringLiteral("wheels")).toArray().size() >= 5);
    QVERIFY(target.value(QStringLiteral("components")).toArray().size() == 4);
    QVERIFY(!target.value(QStringLiteral("trim")).toArray().isEmpty());
    m_firstReport = report.reportFile;

    // Nothing half-made anywhere, and the user's project untouched.
    QVERIFY(partials(out).isEmpty());
    QVERIFY(readText(m_project + QStringLiteral("/pyproject.toml")).contains(QStringLiteral("version = \"0.7.2\"")));
}

void TestWindowsBuild::secondBuildDownloadsNothing()
{
    if (m_firstReport.isEmpty()) {
        QSKIP("needs buildsPortableZip, which failed above");
    }
    m_server->reset();
    const QString out = m_temp.filePath(QStringLiteral("out2"));
    BuildRun build(request(m_project, out));
    Outcome outcome;
    run(build, outcome);
    QVERIFY2(outcome.result && *outcome.result, qPrintable(outcome.log.join(QLatin1Char('\n'))));
    const TargetReport &windows = (*outcome.result)->targets.first();
    QVERIFY(windows.wheelsFromCache);
    QCOMPARE(windows.python.value(QStringLiteral("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(m_server->fileDownloads(), 0);
    for (const QString &line : std::as_const(outcome.log)) {
        QVERIFY2(!line.contains(QStringLiteral("pip download")), qPrintable(line)); // pip did not even run
    }
    // Same inputs, same SOURCE_DATE_EPOCH: the same bytes.
    const QString first = QDir(m_temp.filePath(QStringLiteral("out1"))).filePath(QStringLiteral("Tallyho-v0.7.3-win-x64.zip"));
    QCOMPARE(EmbeddablePython::sha256(windows.output).value_or(QString()), EmbeddablePython::sha256(first).value_or(QString()));
}

void TestWindowsBuild::refusesNumpy2AgainstPin()
{
    // The index only has numpy 2.0.0; soundcard pulls numpy without a pin; the project pins <2.
    Pep503Server np2(m_fixtures + QStringLiteral("/index-np2"), m_fixtures + QStringLiteral("/ftp"));
    QVERIFY(np2.isRunning());
    const QString project = makeDemoProject(m_temp.filePath(QStringLiteral("np2")), { QStringLiteral("soundcard") },
        { QStringLiteral("constraints = [\"numpy>=1.24,<2\"]") });
    QVERIFY(!project.isEmpty());
    BuildRequest req = request(project, m_temp.filePath(QStringLiteral("out-np2")));
    req.indexUrl = np2.indexUrl();
    BuildRun build(req);
    Outcome outcome;
    run(build, outcome);
    QVERIFY(outcome.result && !*outcome.result);
    const QString message = outcome.result->error().message;
    QVERIFY2(message.contains(QStringLiteral("numpy")), qPrintable(message));
    // pip's own account of the conflict, as it says it: who wants numpy, which pin excludes 2.x.
    QVERIFY2(message.contains(QStringLiteral("The pins cannot be met for CPython 3.11 on win_amd64")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("soundcard 0.4.2 depends on numpy")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("numpy<2,>=1.24")), qPrintable(message));
    QCOMPARE(outcome.result->error().code, Error::Code::Rejected);
    QVERIFY(!QFileInfo::exists(m_temp.filePath(QStringLiteral("out-np2/Tallyho-v0.7.3-win-x64.zip"))));

    // Pinned directly in pyproject.toml: the index's only numpy is named in the refusal.
    const QString direct = makeDemoProject(m_temp.filePath(QStringLiteral("np2-direct")), { QStringLiteral("numpy>=1.24,<2") });
    QVERIFY(!direct.isEmpty());
    BuildRequest directReq = request(direct, m_temp.filePath(QStringLiteral("out-np2-direct")));
    directReq.indexUrl = np2.indexUrl();
    BuildRun directBuild(directReq);
    Outcome directOutcome;
    run(directBuild, directOutcome);
    QVERIFY(directOutcome.result && !*directOutcome.result);
    const QString directMessage = directOutcome.result->error().message;
    QVERIFY2(directMessage.contains(
                 QStringLiteral("the index has 2.0.0 but the pins allow none of them (numpy>=1.24,<2 from the requirements)")),
        qPrintable(directMessage));
    QVERIFY(!QFileInfo::exists(m_temp.filePath(QStringLiteral("out-np2/SHA256SUMS"))));
}

void TestWindowsBuild::verifyListsOffenders()
{
    // The check after every download, on real wheel files: numpy 2 breaks the pin, a Linux
    // wheel does not run on Windows, and the error lists both.
    auto wheels = WheelResolver::scan(m_fixtures + QStringLiteral("/index"), QStringLiteral("index"));
    QVERIFY(wheels);
    WheelRequest req;
    req.constraints = { QStringLiteral("numpy>=1.24,<2") };
    req.requirements = { QStringLiteral("soundcard"), QStringLiteral("helperlib>=1.0") };
    auto pins = WheelResolver::pins(req);
    QVERIFY(pins);
    const WheelTarget target = WheelTarget::windows(11);
    auto checked = WheelResolver::verify(*wheels, *pins, &target);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, Error::Code::Rejected);
    const QString message = checked.error().message;
    QVERIFY2(message.contains(QStringLiteral(
                 "numpy 2.0.0 (numpy-2.0.0-cp311-cp311-win_amd64.whl) breaks the pin numpy>=1.24,<2 from build.constraints")),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("linuxonly 1.0")) && message.contains(QStringLiteral("manylinux_2_17_x86_64")),
        qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("numpy 1.26.4")), qPrintable(message));
    QVERIFY(message.startsWith(QStringLiteral("2 wheels cannot go into the build")));
}

void TestWindowsBuild::refusesWrongTag()
{
    // linuxonly has only a manylinux wheel: no win_amd64 wheel, and the fallback finds a wheel
    // that is not pure Python. The guide's script would have shipped the Linux wheel.
    const QString project = makeDemoProject(m_temp.filePath(QStringLiteral("tag")), { QStringLiteral("linuxonly") });
    QVERIFY(!project.isEmpty());
    BuildRun build(request(project, m_temp.filePath(QStringLiteral("out-tag"))));
    Outcome outcome;
    run(build, outcome);
    QVERIFY(outcome.result && !*outcome.result);
    const QString message = outcome.result->error().message;
    QVERIFY2(message.contains(QStringLiteral("linuxonly")) && message.contains(QStringLiteral("not pure Python")),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("manylinux_2_17_x86_64")), qPrintable(message));
    QVERIFY(!QFileInfo::exists(m_temp.filePath(QStringLiteral("out-tag/Tallyho-v0.7.3-win-x64.zip"))));
}

void TestWindowsBuild::refusesBadPythonHash()
{
    QTemporaryDir cache;
    BuildRequest req = request(m_project, m_temp.filePath(QStringLiteral("out-hash")));
    req.cacheDir = cache.path();
    req.pythonSha256 = QString(64, QLatin1Char('0'));
    BuildRun build(req);
    Outcome outcome;
    run(build, outcome);
    QVERIFY(outcome.result && !*outcome.result);
    QVERIFY2(outcome.result->error().message.contains(QStringLiteral("SHA-256")), qPrintable(outcome.result->error().message));
    QCOMPARE(filesUnder(cache.path()), QStringList()); // the bad download is not kept
}

void TestWindowsBuild::addsTkinterFromMsis()
{
    // tcltk.msi and lib.msi in python.org's layout ({ver}/amd64/), made with wixl by the fixtures.
    if (!QFileInfo::exists(m_fixtures + QStringLiteral("/ftp/3.11.9/amd64/tcltk.msi"))
        || QStandardPaths::findExecutable(QStringLiteral("msiextract")).isEmpty()) {
        QSKIP("needs wixl (fixture MSIs) and msiextract (Debian packages wixl, msitools)");
    }
    const QString project = makeDemoProject(m_temp.filePath(QStringLiteral("tk")), {}, { QStringLiteral("tkinter = true") });
    QVERIFY(!project.isEmpty());
    QTemporaryDir cache;
    BuildRequest req = request(project, m_temp.filePath(QStringLiteral("out-tk")));
    req.cacheDir = cache.path();
    for (int round = 0; round < 2; ++round) {
        m_server->reset();
        BuildRun build(req);
        Outcome outcome;
        run(build, outcome);
        QVERIFY2(outcome.result && *outcome.result, qPrintable(outcome.log.join(QLatin1Char('\n'))));
        // The second build takes the MSIs and the Python zip from the cache.
        QCOMPARE(m_server->fileDownloads(), round == 0 ? 3 : 0);
    }
    const QString zip = m_temp.filePath(QStringLiteral("out-tk/Tallyho-v0.7.3-win-x64.zip"));
    QString output;
    QCOMPARE(runSupportScript(QStringLiteral("check_archive.py"), { QStringLiteral("list"), zip }, &output), 0);
    const QStringList names = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &expected : { QStringLiteral("Tallyho/python/_tkinter.pyd"), QStringLiteral("Tallyho/python/tcl86t.dll"),
             QStringLiteral("Tallyho/python/tk86t.dll"), QStringLiteral("Tallyho/python/Lib/tkinter/__init__.py"),
             QStringLiteral("Tallyho/python/Lib/tkinter/constants.py"), QStringLiteral("Tallyho/python/tcl/tcl8.6/init.tcl"),
             QStringLiteral("Tallyho/python/tcl/tk8.6/tk.tcl") }) {
        QVERIFY2(names.contains(expected), qPrintable(expected));
    }
    QVERIFY(!names.contains(QStringLiteral("Tallyho/python/Lib/json/__init__.py"))); // only tkinter from lib.msi
    const QString extracted = m_temp.filePath(QStringLiteral("x-tk"));
    QDir().mkpath(extracted);
    QCOMPARE(runTool(QStringLiteral("unzip"), { QStringLiteral("-q"), zip, QStringLiteral("-d"), extracted }, &output), 0);
    const QString pth = readText(extracted + QStringLiteral("/Tallyho/python/python311._pth"));
    QVERIFY2(pth.contains(QStringLiteral("\r\nLib\r\n")) && pth.endsWith(QStringLiteral("import site\r\n")), qPrintable(pth));
}

void TestWindowsBuild::patchesPthIdempotently_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("official 3.11 file (CRLF)")
        << QByteArray("python311.zip\r\n.\r\n\r\n# Uncomment to run site.main() automatically\r\n#import site\r\n")
        << QByteArray("python311.zip\r\n.\r\n\r\n# Uncomment to run site.main() "
                      "automatically\r\nLib\\site-packages\r\n..\\app\\src\r\nimport site\r\n");
    QTest::newRow("LF endings are kept") << QByteArray("python311.zip\n.\n#import site\n")
                                         << QByteArray("python311.zip\n.\nLib\\site-packages\n..\\app\\src\nimport site\n");
    QTest::newRow("no import site line") << QByteArray(
        "python311.zip\r\n.\r\n") << QByteArray("python311.zip\r\n.\r\nLib\\site-packages\r\n..\\app\\src\r\nimport site\r\n");
    QTest::newRow("paths already there with slashes")
        << QByteArray("python311.zip\r\n.\r\nLib/site-packages\r\n../app/src\r\nimport site\r\n")
        << QByteArray("python311.zip\r\n.\r\nLib/site-packages\r\n../app/src\r\nimport site\r\n");
    QTest::newRow("spaces in the comment") << QByteArray("python311.zip\r\n#  import site  \r\n")
                                           << QByteArray(
                                                  "python311.zip\r\nLib\\site-packages\r\n..\\app\\src\r\nimport site\r\n");
}

void TestWindowsBuild::patchesPthIdempotently()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, expected);
    const QStringList paths = EmbeddablePython::defaultPthPaths();
    const QByteArray once = EmbeddablePython::patchedPth(original, paths);
    QCOMPARE(once, expected);
    QCOMPARE(EmbeddablePython::patchedPth(once, paths), once);
    // On disk: the second patch reports no change and leaves the bytes alone.
    QTemporaryDir dir;
    writeText(dir.filePath(QStringLiteral("python311._pth")), original);
    auto first = EmbeddablePython::patchPth(dir.path(), QStringLiteral("3.11.9"));
    QVERIFY(first);
    QCOMPARE(*first, original != expected);
    auto second = EmbeddablePython::patchPth(dir.path(), QStringLiteral("3.11.9"));
    QVERIFY(second);
    QCOMPARE(*second, false);
    QCOMPARE(readText(dir.filePath(QStringLiteral("python311._pth"))).toUtf8(), expected);
}

void TestWindowsBuild::vbsLauncher()
{
    auto vbs = AppFiles::hiddenLauncher(
        QStringLiteral("T\u00e4lly \u2014 Ho"), QStringLiteral("1.0"), QStringLiteral("tally_ho.main"));
    QVERIFY(vbs);
    QVERIFY(AppFiles::verifyVbs(*vbs));
    QVERIFY(vbs->contains("' Hidden launcher for T?lly ? Ho 1.0"));
    QVERIFY(vbs->contains("embeddedPython = appRoot & \"\\python\\python.exe\""));
    QVERIFY(vbs->contains("shell.Run \"\"\"\" & embeddedPython & \"\"\" -m tally_ho.main\", 0, False"));
    QVERIFY(vbs->contains("shell.Run \"python -m tally_ho.main\", 0, False"));
    for (const QByteArray &line : vbs->split('\n')) {
        QVERIFY2(!(line.contains(".Run") && line.contains("pythonw")), line.constData()); // null stdout/stderr handles
    }
    // A module name wscript cannot read is refused, not mangled.
    auto refused = AppFiles::hiddenLauncher(QStringLiteral("App"), QStringLiteral("1.0"), QStringLiteral("caf\u00e9"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    // Written and read back.
    QTemporaryDir dir;
    QVERIFY(AppFiles::writeHiddenLauncher(dir.path(), QStringLiteral("App"), QStringLiteral("1.0"), QStringLiteral("app")));
    QFile file(dir.filePath(QStringLiteral("scripts/start-hidden.vbs")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(AppFiles::verifyVbs(file.readAll()));
}

void TestWindowsBuild::verifyVbs_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem"); // empty: fine
    QTest::newRow("ASCII and CRLF") << QByteArray("a\r\nb\r\n") << QString();
    QTest::newRow("LF only") << QByteArray("a\nb\n") << QStringLiteral("LF without CR");
    QTest::newRow("mixed") << QByteArray("a\r\nb\n") << QStringLiteral("LF without CR");
    QTest::newRow("UTF-8 em dash in a comment") << QByteArray("' a \xE2\x80\x94"
                                                              " b\r\n")
                                                << QStringLiteral("non-ASCII byte 0xe2");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "a\r\n")
                                     << QStringLiteral("byte order mark");
    QTest::newRow("bare CR") << QByteArray("a\rb\r\n") << QStringLiteral("CR without LF");
    QTest::newRow("no final newline") << QByteArray("a\r\nb") << QStringLiteral("no CRLF after the last line");
}

void TestWindowsBuild::verifyVbs()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    auto checked = AppFiles::verifyVbs(text);
    if (problem.isEmpty()) {
        QVERIFY(checked);
    } else {
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(problem), qPrintable(checked.error().message));
    }
}

void TestWindowsBuild::compilesThenDropsSources()
{
    // /usr/bin/python3 (3.11) compiles for a 3.11 target: sources go, their .pyc stay and import;
    // a file that does not compile keeps its source.
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site-packages"));
    writeText(site + QStringLiteral("/good/__init__.py"), "from .mod import value\n");
    writeText(site + QStringLiteral("/good/mod.py"), "value = 41 + 1\n");
    writeText(site + QStringLiteral("/broken.py"), "def oops(:\n");
    TaskControl control;
    QStringList log;
    control.setLogSink([&log](const QString &line) { log << line; });
    auto result
        = BytecodeCompiler::compileAndDropSources(testPython(), site, QStringLiteral("3.11.9"), hermeticEnvironment(), control);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->saving.files, 2);
    QVERIFY(!QFileInfo::exists(site + QStringLiteral("/good/mod.py")));
    QVERIFY(QFileInfo::exists(site + QStringLiteral("/good/mod.pyc")));
    QVERIFY(QFileInfo::exists(site + QStringLiteral("/broken.py"))); // did not compile: kept
    QVERIFY(!QFileInfo::exists(site + QStringLiteral("/broken.pyc")));
    QVERIFY(result->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("kept")));
    QString output;
    QCOMPARE(runTool(testPython(),
                 { QStringLiteral("-c"),
                     QStringLiteral("import sys; sys.path.insert(0, sys.argv[1]); import good; print(good.value)"), site },
                 &output),
        0);
    QCOMPARE(output.trimmed(), QStringLiteral("42"));
}

void TestWindowsBuild::keepsSourcesForOtherPython()
{
    QTemporaryDir dir;
    writeText(dir.filePath(QStringLiteral("mod.py")), "value = 1\n");
    auto result
        = BytecodeCompiler::compileAndDropSources(testPython(), dir.path(), QStringLiteral("3.10.11"), hermeticEnvironment());
    QVERIFY(result);
    QCOMPARE(result->saving.files, 0);
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("mod.py"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("mod.pyc"))));
    QVERIFY(result->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("3.10.11")));
}

void TestWindowsBuild::trimPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    QTest::newRow("name at any depth") << QStringLiteral("__pycache__") << QStringLiteral("a/b/__pycache__") << true;
    QTest::newRow("suffix at any depth") << QStringLiteral("*.pyi") << QStringLiteral("numpy/__init__.pyi") << true;
    QTest::newRow("anchored") << QStringLiteral("numpy/f2py") << QStringLiteral("numpy/f2py") << true;
    QTest::newRow("anchored, not deeper") << QStringLiteral("numpy/f2py") << QStringLiteral("x/numpy/f2py") << false;
    QTest::newRow("tests below a package") << QStringLiteral("*/**/tests") << QStringLiteral("helperlib/tests") << true;
    QTest::newRow("tests deep") << QStringLiteral("*/**/tests") << QStringLiteral("a/b/c/tests") << true;
    QTest::newRow("top-level tests package kept") << QStringLiteral("*/**/tests") << QStringLiteral("tests") << false;
    QTest::newRow("star stays in one name") << QStringLiteral("cv2/*.dll") << QStringLiteral("cv2/sub/x.dll") << false;
    QTest::newRow("dll glob") << QStringLiteral("cv2/opencv_videoio_ffmpeg*.dll")
                              << QStringLiteral("cv2/opencv_videoio_ffmpeg490_64.dll") << true;
}

void TestWindowsBuild::trimPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QCOMPARE(TrimRules::matches(pattern, path), matches);
}

void TestWindowsBuild::cancelStopsPipAndLeavesNothing()
{
    // The numpy wheels trickle out of this server: cancel while pip downloads them.
    Pep503Server slow(m_fixtures + QStringLiteral("/index"), m_fixtures + QStringLiteral("/ftp"), QStringLiteral("numpy"));
    QVERIFY(slow.isRunning());
    QTemporaryDir cache;
    const QString out = m_temp.filePath(QStringLiteral("out-cancel"));
    const QString project = makeDemoProject(m_temp.filePath(QStringLiteral("cancel")), { QStringLiteral("soundcard") });
    QVERIFY(!project.isEmpty());
    BuildRequest req = request(project, out);
    req.indexUrl = slow.indexUrl();
    req.pythonBaseUrl = slow.ftpUrl();
    req.cacheDir = cache.path();
    BuildRun build(req);
    Outcome outcome;
    connect(&build, &BuildRun::finished, this, [&outcome](const Result<BuildReport> &result) {
        outcome.result = result;
        ++outcome.finishedCount;
    });
    connect(&build, &BuildRun::logLine, this, [&outcome](const QString &line) { outcome.log << line; });
    build.start();
    QTRY_VERIFY2_WITH_TIMEOUT(outcome.log.join(QLatin1Char('\n')).contains(QStringLiteral("/files/numpy-")),
        qPrintable(outcome.log.join(QLatin1Char('\n'))), 60'000);
    QVERIFY(outcome.finishedCount == 0);
    QVERIFY(!processesMentioning(QStringLiteral("pip download")).isEmpty());
    const QString workDir = build.context()->workDir;
    build.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.finishedCount == 1, 20'000);
    QVERIFY(!*outcome.result);
    QCOMPARE(outcome.result->error().code, Error::Code::Cancelled);
    // pip and its children are gone, nothing is under the final name, the work folder is removed.
    QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(QStringLiteral("--platform win_amd64")).isEmpty(), 5'000);
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("Tallyho-v0.7.3-win-x64.zip"))));
    QVERIFY(partials(out).isEmpty());
    QVERIFY(!QFileInfo::exists(workDir));
}

void TestWindowsBuild::indexPasswordStaysOffCommandLines()
{
    // A mirror URL with credentials reaches pip through PIP_INDEX_URL, never through an argument
    // (every user of the machine can read command lines); the loopback index ignores the login.
    QTemporaryDir cache;
    const QString project = makeDemoProject(m_temp.filePath(QStringLiteral("creds")), { QStringLiteral("helperlib>=1.0") });
    QVERIFY(!project.isEmpty());
    BuildRequest req = request(project, m_temp.filePath(QStringLiteral("out-creds")));
    const QString secret = QStringLiteral("idx-s3cret-4711");
    req.indexUrl = QString(m_server->indexUrl())
                       .replace(QStringLiteral("http://"), QStringLiteral("http://ci-user:") + secret + QLatin1Char('@'));
    QVERIFY(req.indexUrl.contains(secret));
    req.cacheDir = cache.path();
    BuildRun build(req);
    Outcome outcome;
    run(build, outcome);
    QVERIFY2(outcome.result && *outcome.result, qPrintable(outcome.log.join(QLatin1Char('\n'))));
    bool ranPip = false;
    for (const QString &line : std::as_const(outcome.log)) {
        ranPip = ranPip || line.contains(QStringLiteral("pip download"));
        if (line.startsWith(QStringLiteral("$ "))) {
            QVERIFY2(!line.contains(secret), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("--index-url")), qPrintable(line));
        }
    }
    QVERIFY(ranPip);
    QVERIFY(m_server->fileDownloads() > 0);
}

QTEST_GUILESS_MAIN(TestWindowsBuild)
#include "TestWindowsBuild.moc"
