// Issue 10's "done when", through the real releasedesk-cli against the Gitea test server: the
// whole release as one run (`release run`), its dry run, a second run that changes nothing, and
// runs killed with SIGKILL during the build, during the installer and mid-upload that resume to
// a complete release (each asset once, finished artifacts not rebuilt). Also: the same commit
// built twice, in different folders and at different times, gives the same zip and tarball.
#include "support/BuildFixtures.h"
#include "support/GiteaTestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <csignal>

using namespace rd::test;

namespace {

// What went wrong in a run's JSON event stream: everything but progress and log events (which
// would fill a failure message long before the error itself).
QByteArray withoutProgress(const QByteArray &events)
{
    QByteArray kept;
    for (const QByteArray &line : events.split('\n')) {
        const bool noise = line.contains("\"event\":\"progress\"")
            || (line.contains("\"event\":\"log\"") && !line.contains("\"step\":\"tag\"")) || line.contains("\"state\":\"done\"")
            || line.contains("\"event\":\"step-started\"");
        if (!noise) {
            kept += line + '\n';
        }
    }
    return kept.right(3000);
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // The last JSON line on stdout (the result of --json).
    QJsonObject result() const
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
    }
    QJsonObject plan() const
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').first()).object().value(QStringLiteral("plan")).toObject();
    }
};

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Every process whose environment carries the marker: the CLI and whatever it started (pip,
// makensis), as a crashed machine would lose them all.
void killMarked(const QString &marker)
{
    const QByteArray needle = QStringLiteral("RD_TEST_RUN=%1").arg(marker).toUtf8();
    for (int round = 0; round < 3; ++round) {
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            bool ok = false;
            const int number = pid.toInt(&ok);
            if (!ok || number == int(QCoreApplication::applicationPid())) {
                continue;
            }
            QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
            if (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(needle)) {
                ::kill(number, SIGKILL);
            }
        }
        QThread::msleep(100);
    }
}

} // namespace

class TestReleaseRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dryRunWritesNothing();
    void wholeReleaseThenNothingToDo();
    void killedRunResumes_data();
    void killedRunResumes();
    void sameCommitSameArchives();
    void unavailableTargetSkippedOrFailed();
    void stampedCommitIsTaggedAndReleased();
    void notesDraftAndRender();

private:
    QString makeProject(const QString &name);
    QStringList releaseArguments(const QString &project, const QString &out) const;
    CliRun cli(const QStringList &arguments, int timeoutMs = 600'000);
    // The release of tag on the server: asset name -> (count, sha256 of the stored bytes).
    QJsonObject releaseOnServer(const QString &tag);

    QTemporaryDir m_temp;
    QString m_fixtures;
    QString m_pythonZip;
    bool m_makensis = false;
    std::unique_ptr<GiteaTestServer> m_server;
    QProcessEnvironment m_environment;
    int m_projects = 0;
};

void TestReleaseRun::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RD_CLI_PATH)), RD_CLI_PATH);
    m_fixtures = m_temp.filePath(QStringLiteral("fx"));
    QString output;
    QVERIFY2(runSupportScript(QStringLiteral("make_wheels.py"), { m_fixtures }, &output) == 0, qPrintable(output));
    m_pythonZip = m_fixtures + QStringLiteral("/python-3.11.9-embed-amd64.zip");
    m_makensis = !QStandardPaths::findExecutable(QStringLiteral("makensis")).isEmpty();
    if (!m_makensis) {
        qWarning("makensis is not installed (Debian package nsis): the installer step is left out here; CI installs it");
    }
    m_server = std::make_unique<GiteaTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
    m_environment = hermeticEnvironment();
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_temp.filePath(QStringLiteral("cache")));
    m_environment.insert(QStringLiteral("RELEASEDESK_TOKEN"), GiteaTestServer::aliceToken());
    for (const char *name :
        { "GITEA_REF_NAME", "GITHUB_REF_NAME", "GITEA_SERVER_URL", "GITHUB_SERVER_URL", "SOURCE_DATE_EPOCH" }) {
        m_environment.remove(QString::fromLatin1(name));
    }
}

void TestReleaseRun::init()
{
    m_server->reset();
    m_server->seedStandard();
}

QString TestReleaseRun::makeProject(const QString &name)
{
    const QString project = makeDemoProject(m_temp.filePath(name), { QStringLiteral("helperlib>=1.0") });
    if (project.isEmpty()) {
        return {};
    }
    // 1.5 MiB that does not compress: uploads take a measurable while at the server's set rate.
    QByteArray data(1536 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    QFile blob(QDir(project).filePath(QStringLiteral("src/tallyho/sounds.bin")));
    if (!blob.open(QIODevice::WriteOnly) || blob.write(data) != data.size()) {
        return {};
    }
    blob.close();
    QString output;
    for (const QStringList &arguments : { QStringList { QStringLiteral("add"), QStringLiteral("-A") },
             QStringList {
                 QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Add sounds") } }) {
        if (runTool(QStringLiteral("git"), arguments, &output, project) != 0) {
            qWarning().noquote() << output;
            return {};
        }
    }
    // The commit exists on the server too, as it would after a push (the release's target).
    QString head;
    runTool(QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, &head, project);
    m_server->seed(QJsonObject { { QStringLiteral("repos"),
        QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
            { QStringLiteral("name"), QStringLiteral("tallyho") },
            { QStringLiteral("commits"),
                QJsonArray { QJsonObject { { QStringLiteral("sha"), head.trimmed() },
                    { QStringLiteral("message"), QStringLiteral("Add sounds\n") } } } } } } } });
    return project;
}

QStringList TestReleaseRun::releaseArguments(const QString &project, const QString &out) const
{
    QStringList arguments { QStringLiteral("release"), QStringLiteral("run"), QStringLiteral("--project"), project,
        QStringLiteral("--out"), out, QStringLiteral("--server"), m_server->url(), QStringLiteral("--repo"),
        QStringLiteral("alice/tallyho"), QStringLiteral("--kind"), QStringLiteral("gitea"), QStringLiteral("--python-zip"),
        m_pythonZip, QStringLiteral("--find-links"), m_fixtures + QStringLiteral("/index"), QStringLiteral("--no-index"),
        QStringLiteral("--json") };
    if (!m_makensis) {
        arguments << QStringLiteral("--no-installer");
    }
    return arguments;
}

CliRun TestReleaseRun::cli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    process.waitForFinished(timeoutMs);
    return CliRun { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

QJsonObject TestReleaseRun::releaseOnServer(const QString &tag)
{
    const QJsonObject state = m_server->state();
    const QJsonObject repo = state.value(QStringLiteral("repos")).toObject().value(QStringLiteral("alice/tallyho")).toObject();
    {
        for (const QJsonValue &value : repo.value(QStringLiteral("releases")).toArray()) {
            const QJsonObject release = value.toObject();
            if (release.value(QStringLiteral("tag_name")).toString() == tag
                && !release.value(QStringLiteral("is_tag")).toBool()) {
                return release;
            }
        }
    }
    return {};
}

void TestReleaseRun::dryRunWritesNothing()
{
    const QString project = makeProject(QStringLiteral("dry"));
    QVERIFY(!project.isEmpty());
    const QString out = m_temp.filePath(QStringLiteral("dry-out"));
    QString tagsBefore;
    runTool(QStringLiteral("git"), { QStringLiteral("tag"), QStringLiteral("--list") }, &tagsBefore, project);
    const int requestsBefore = int(m_server->state().value(QStringLiteral("requests")).toArray().size());

    const CliRun run = cli(releaseArguments(project, out) << QStringLiteral("--dry-run"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject plan = run.plan();
    QCOMPARE(plan.value(QStringLiteral("tag")).toString(), QStringLiteral("v0.7.2"));
    QStringList ids;
    QStringList writes;
    for (const QJsonValue &value : plan.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        ids << step.value(QStringLiteral("id")).toString();
        for (const QJsonValue &request : step.value(QStringLiteral("requests")).toArray()) {
            writes << request.toObject().value(QStringLiteral("method")).toString();
        }
    }
    QVERIFY2(
        ids.contains(QStringLiteral("build:windows")) && ids.contains(QStringLiteral("build:linux")), qPrintable(ids.join(u' ')));
    QVERIFY(ids.contains(QStringLiteral("upload:Tallyho-v0.7.2-linux-x64.tar.gz")));
    QVERIFY(ids.contains(QStringLiteral("upload:Tallyho-v0.7.2-win-x64.zip")));
    QCOMPARE(ids.contains(QStringLiteral("upload:Tallyho-v0.7.2-setup.exe")), m_makensis);
    // The plan names every write: the release's POST and one POST per file and SHA256SUMS.
    QCOMPARE(writes.count(QStringLiteral("POST")), 1 + (m_makensis ? 3 : 2) + 1);
    // Nothing was written: no folder, no journal, no tag, and only reads reached the server.
    QVERIFY(!QFileInfo::exists(out));
    QString tagsAfter;
    runTool(QStringLiteral("git"), { QStringLiteral("tag"), QStringLiteral("--list") }, &tagsAfter, project);
    QCOMPARE(tagsAfter, tagsBefore);
    const QJsonArray log = m_server->state().value(QStringLiteral("requests")).toArray();
    QVERIFY2(log.size() > requestsBefore, "the dry run asked the server nothing: it cannot have looked the release up");
    for (qsizetype i = requestsBefore; i < log.size(); ++i) {
        QCOMPARE(log.at(i).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    }
    QVERIFY(releaseOnServer(QStringLiteral("v0.7.2")).isEmpty());
}

void TestReleaseRun::wholeReleaseThenNothingToDo()
{
    const QString project = makeProject(QStringLiteral("whole"));
    QVERIFY(!project.isEmpty());
    // The project's own preparation (a frontend build, here a generated file) runs before the builds.
    {
        QFile settings(QDir(project).filePath(QStringLiteral("releasedesk.toml")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QString toml = QString::fromUtf8(settings.readAll());
        settings.close();
        toml.replace(QStringLiteral("[release]\n"),
            QStringLiteral(
                "[release]\nprepare = [\"echo built > src/tallyho/frontend.txt\", \"test -s src/tallyho/frontend.txt\"]\n"));
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write(toml.toUtf8());
    }
    const QString out = m_temp.filePath(QStringLiteral("whole-out"));
    const CliRun run = cli(releaseArguments(project, out));
    QVERIFY2(run.exitCode == 0, run.err.right(4000).constData());
    const QJsonObject result = run.result();
    QCOMPARE(result.value(QStringLiteral("changed_nothing")).toBool(), false);
    QString listing;
    QCOMPARE(runTool(QStringLiteral("tar"),
                 { QStringLiteral("-tzf"), QDir(out).filePath(QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz")) }, &listing),
        0);
    QVERIFY2(listing.contains(QStringLiteral("src/tallyho/frontend.txt")), "the prepare step's output is not in the build");
    QVERIFY2(run.err.contains("\"step\":\"prepare\""), "the prepare step's log is not in the run's events");

    // The release holds exactly the artifacts, once each, with the local bytes, and a SHA256SUMS
    // listing exactly them (computed over what was uploaded, installer included).
    const QJsonObject release = releaseOnServer(QStringLiteral("v0.7.2"));
    QVERIFY(!release.isEmpty());
    QCOMPARE(release.value(QStringLiteral("name")).toString(), QStringLiteral("Tallyho v0.7.2"));
    QCOMPARE(release.value(QStringLiteral("draft")).toBool(), false); // created as a draft, published once complete
    QCOMPARE(release.value(QStringLiteral("prerelease")).toBool(), false);
    QVERIFY2(release.value(QStringLiteral("body")).toString().contains(QStringLiteral("## Downloads")),
        qPrintable(release.value(QStringLiteral("body")).toString()));
    QStringList expected { QStringLiteral("Tallyho-v0.7.2-win-x64.zip"), QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz"),
        QStringLiteral("SHA256SUMS") };
    if (m_makensis) {
        expected << QStringLiteral("Tallyho-v0.7.2-setup.exe");
    }
    QMap<QString, QString> stored;
    QString sums;
    for (const QJsonValue &value : release.value(QStringLiteral("assets")).toArray()) {
        const QJsonObject asset = value.toObject();
        const QString name = asset.value(QStringLiteral("name")).toString();
        QVERIFY2(!stored.contains(name), qPrintable(QStringLiteral("%1 is on the release twice").arg(name)));
        stored.insert(name, asset.value(QStringLiteral("sha256")).toString());
    }
    QStringList names = stored.keys();
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
    QStringList sumLines;
    for (const QString &name : std::as_const(expected)) {
        if (name == QStringLiteral("SHA256SUMS")) {
            continue;
        }
        QCOMPARE(stored.value(name), sha256Of(QDir(out).filePath(name)));
        sumLines << QStringLiteral("%1  %2").arg(stored.value(name), name);
    }
    sumLines.sort(); // SHA256SUMS is sorted by name
    std::sort(sumLines.begin(), sumLines.end(), [](const QString &a, const QString &b) { return a.mid(66) < b.mid(66); });
    const QByteArray sumsText = (sumLines.join(u'\n') + u'\n').toUtf8();
    QCOMPARE(stored.value(QStringLiteral("SHA256SUMS")),
        QString::fromLatin1(QCryptographicHash::hash(sumsText, QCryptographicHash::Sha256).toHex()));
    // Side files of the build (report, installer.nsi) are not release files.
    for (const QString &name : std::as_const(names)) {
        QVERIFY(!name.endsWith(QStringLiteral(".json")) && !name.endsWith(QStringLiteral(".nsi")));
    }

    // A second run of the finished release changes nothing and says so.
    const int writesBefore = int(m_server->state().value(QStringLiteral("requests")).toArray().size());
    const CliRun again = cli(releaseArguments(project, out));
    QVERIFY2(again.exitCode == 0, again.err.right(4000).constData());
    QCOMPARE(again.result().value(QStringLiteral("changed_nothing")).toBool(), true);
    const QJsonArray log = m_server->state().value(QStringLiteral("requests")).toArray();
    for (qsizetype i = writesBefore; i < log.size(); ++i) {
        const QString method = log.at(i).toObject().value(QStringLiteral("method")).toString();
        QVERIFY2(method == QStringLiteral("GET"), qPrintable(log.at(i).toObject().value(QStringLiteral("path")).toString()));
    }

    // --fresh rebuilds everything: the archives come out byte-identical, so they are not
    // uploaded again; only what is not reproducible (the installer) is replaced.
    const int freshBefore = int(m_server->state().value(QStringLiteral("requests")).toArray().size());
    const CliRun fresh = cli(releaseArguments(project, out) << QStringLiteral("--fresh"));
    QVERIFY2(fresh.exitCode == 0, fresh.err.right(4000).constData());
    const QJsonArray freshLog = m_server->state().value(QStringLiteral("requests")).toArray();
    for (qsizetype i = freshBefore; i < freshLog.size(); ++i) {
        const QJsonObject entry = freshLog.at(i).toObject();
        const QString path = entry.value(QStringLiteral("path")).toString();
        if (entry.value(QStringLiteral("method")).toString() == QStringLiteral("POST")) {
            QVERIFY2(!path.contains(QStringLiteral("win-x64.zip")) && !path.contains(QStringLiteral("linux-x64.tar.gz")),
                qPrintable(path));
        }
    }
    QMap<QString, int> counts;
    for (const QJsonValue &value : releaseOnServer(QStringLiteral("v0.7.2")).value(QStringLiteral("assets")).toArray()) {
        ++counts[value.toObject().value(QStringLiteral("name")).toString()];
    }
    QCOMPARE(counts.keys(), expected);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }
}

void TestReleaseRun::killedRunResumes_data()
{
    QTest::addColumn<QString>("killWhen"); // the step whose "running" state in the journal triggers the kill
    QTest::addColumn<QStringList>("doneBeforeKill"); // files that must not be rebuilt by the resume
    // Where git is held when the run is killed (a hook keeps it there): "write", while it holds
    // refs/tags/v0.7.2.lock (git leaves the .lock behind, and the resume must get past it);
    // "push", once the tag exists here but before it reaches the remote (the resume must push it,
    // not take the local tag for a pushed one).
    QTest::addColumn<QString>("gitHeld");
    QTest::newRow("during the Windows build") << QStringLiteral("build:windows") << QStringList {} << QString();
    QTest::newRow("while git writes the tag") << QStringLiteral("tag") << QStringList {} << QStringLiteral("write");
    QTest::newRow("between creating and pushing the tag") << QStringLiteral("tag") << QStringList {} << QStringLiteral("push");
    QTest::newRow("during the installer") << QStringLiteral("installer")
                                          << QStringList { QStringLiteral("Tallyho-v0.7.2-win-x64.zip") } << QString();
    QTest::newRow("mid-upload") << QStringLiteral("upload:Tallyho-v0.7.2-win-x64.zip")
                                << QStringList { QStringLiteral("Tallyho-v0.7.2-win-x64.zip") } << QString();
}

void TestReleaseRun::killedRunResumes()
{
    QFETCH(QString, killWhen);
    QFETCH(QStringList, doneBeforeKill);
    QFETCH(QString, gitHeld);
    const bool whileGitWritesTheTag = gitHeld == QStringLiteral("write");
    const bool beforeThePush = gitHeld == QStringLiteral("push");
    if (killWhen == QStringLiteral("installer") && !m_makensis) {
        QSKIP("makensis is not installed (Debian package nsis); CI installs it");
    }
    const QString name = QStringLiteral("kill%1").arg(++m_projects);
    const QString project = makeProject(name);
    QVERIFY(!project.isEmpty());
    const QString tagLock = QDir(project).filePath(QStringLiteral(".git/refs/tags/v0.7.2.lock"));
    // git calls the hook with "prepared" once it holds the ref's lock; the first time, the hook
    // removes this file and waits there until the test kills it.
    const QString block = m_temp.filePath(name + QStringLiteral("-block"));
    if (whileGitWritesTheTag) {
        QFile(block).open(QIODevice::WriteOnly);
        QFile hook(QDir(project).filePath(QStringLiteral(".git/hooks/reference-transaction")));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write(QStringLiteral("#!/bin/sh\n"
                                  "if [ \"$1\" = prepared ] && grep -q refs/tags/ && [ -e '%1' ]; then\n"
                                  "  rm -f '%1'; sleep 120\n"
                                  "fi\n"
                                  "exit 0\n")
                       .arg(block)
                       .toUtf8());
        hook.close();
        QVERIFY(hook.setPermissions(hook.permissions() | QFileDevice::ExeOwner));
    }
    // The demo's remote (a bare repository next to it), whose pre-push hook holds the first push.
    const QString localTag = QDir(project).filePath(QStringLiteral(".git/refs/tags/v0.7.2"));
    QString remote;
    if (beforeThePush) {
        QCOMPARE(runTool(QStringLiteral("git"), { QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin") },
                     &remote, project),
            0);
        remote = remote.trimmed();
        QFile(block).open(QIODevice::WriteOnly);
        QFile hook(QDir(project).filePath(QStringLiteral(".git/hooks/pre-push")));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write(QStringLiteral("#!/bin/sh\n"
                                  "if [ -e '%1' ]; then rm -f '%1'; sleep 120; fi\n"
                                  "exit 0\n")
                       .arg(block)
                       .toUtf8());
        hook.close();
        QVERIFY(hook.setPermissions(hook.permissions() | QFileDevice::ExeOwner));
    }
    const QString out = m_temp.filePath(name + QStringLiteral("-out"));
    const QString journal = QDir(out).filePath(QStringLiteral(".releasedesk/run-v0.7.2.json"));
    if (killWhen.startsWith(QStringLiteral("upload:"))) {
        m_server->setFaults(QJsonObject { { QStringLiteral("upload_rate_bps"), 400'000 } });
    }

    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("RD_TEST_RUN"), marker);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RD_CLI_PATH), releaseArguments(project, out));
    QVERIFY(process.waitForStarted());
    // Watch the journal; kill everything the moment the step is running (for an upload: once
    // some bytes are on the wire).
    QElapsedTimer clock;
    clock.start();
    bool killed = false;
    QElapsedTimer runningFor;
    while (!killed && clock.elapsed() < 300'000 && process.state() == QProcess::Running) {
        QFile file(journal);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
            for (const QJsonValue &value : object.value(QStringLiteral("steps")).toArray()) {
                const QJsonObject step = value.toObject();
                if (step.value(QStringLiteral("id")).toString() == killWhen
                    && step.value(QStringLiteral("state")).toString() == QStringLiteral("running")) {
                    if (!runningFor.isValid()) {
                        runningFor.start();
                    }
                    if (whileGitWritesTheTag && (QFileInfo::exists(block) || !QFileInfo::exists(tagLock))) {
                        continue;
                    }
                    if (beforeThePush && (QFileInfo::exists(block) || !QFileInfo::exists(localTag))) {
                        continue;
                    }
                    if (killWhen.startsWith(QStringLiteral("upload:")) && runningFor.elapsed() > 1500) {
                        // A second run of the same release while this one uploads is refused, and
                        // names the run that holds it.
                        const CliRun second = cli(releaseArguments(project, out));
                        const QByteArray said = second.out + second.err; // --json: the error is on stdout
                        QVERIFY2(second.exitCode != 0, said.constData());
                        QVERIFY2(
                            said.contains("Another run of v0.7.2 is in progress (releasedesk-cli, process"), said.constData());
                    }
                    if (!killWhen.startsWith(QStringLiteral("upload:")) || runningFor.elapsed() > 1500) {
                        killMarked(marker);
                        killed = true;
                    }
                }
            }
        }
        process.waitForFinished(20);
    }
    process.waitForFinished(10'000);
    QVERIFY2(killed,
        qPrintable(QStringLiteral("%1 was never seen running; the run ended with %2:\n%3")
                       .arg(killWhen)
                       .arg(process.exitCode())
                       .arg(QString::fromUtf8(process.readAllStandardError().right(3000)))));
    // A killed upload may still be arriving: its bytes were in the socket buffers when the process
    // died, and the server reads them to the end (a real server behind a proxy does the same).
    // Resume once the server has finished with every request of the killed run, so the check
    // below is about resuming, not about that race (which a second resume would clean up).
    QElapsedTimer settling;
    settling.start();
    auto inFlight = [this] {
        int open = 0;
        for (const QJsonValue &value : m_server->state().value(QStringLiteral("requests")).toArray()) {
            open += value.toObject().value(QStringLiteral("status")).isNull()
                    && value.toObject().value(QStringLiteral("fault")).isNull()
                ? 1
                : 0;
        }
        return open;
    };
    while (inFlight() > 0 && settling.elapsed() < 30'000) {
        QTest::qWait(100);
    }
    m_server->setFaults(QJsonObject { { QStringLiteral("clear"), true } });

    QMap<QString, std::pair<QDateTime, QString>> before;
    for (const QString &file : std::as_const(doneBeforeKill)) {
        const QString path = QDir(out).filePath(file);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        before.insert(file, { QFileInfo(path).lastModified(), sha256Of(path) });
    }

    if (whileGitWritesTheTag) {
        QVERIFY2(QFileInfo::exists(tagLock), "the killed git should have left its lock file");
    }

    const CliRun resumed = cli(releaseArguments(project, out) << QStringLiteral("--resume"));
    if (resumed.exitCode != 0) {
        qWarning().noquote() << withoutProgress(resumed.err); // QVERIFY2 cuts its message at 1 KiB
    }
    QVERIFY2(resumed.exitCode == 0, withoutProgress(resumed.err).constData());
    if (whileGitWritesTheTag) {
        QVERIFY(!QFileInfo::exists(tagLock));
        QString tagged;
        QString head;
        QCOMPARE(
            runTool(QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("v0.7.2^{commit}") }, &tagged, project),
            0);
        QCOMPARE(runTool(QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, &head, project), 0);
        QCOMPARE(tagged.trimmed(), head.trimmed());
    }
    if (beforeThePush) {
        // The resume pushed the tag that the killed run had created here only: the remote has
        // the very same tag object.
        QString here;
        QString there;
        QCOMPARE(
            runTool(QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("refs/tags/v0.7.2") }, &here, project),
            0);
        QCOMPARE(
            runTool(QStringLiteral("git"), { QStringLiteral("ls-remote"), remote, QStringLiteral("refs/tags/v0.7.2") }, &there),
            0);
        QVERIFY2(!there.trimmed().isEmpty(), "the resume did not push the tag that existed here only");
        QCOMPARE(there.section(QLatin1Char('\t'), 0, 0).trimmed(), here.trimmed());
        QVERIFY2(resumed.err.contains("pushed (it existed here only)") || resumed.out.contains("pushed (it existed here only)"),
            withoutProgress(resumed.err).constData());
    }

    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString path = QDir(out).filePath(it.key());
        QCOMPARE(QFileInfo(path).lastModified(), it->first); // not rebuilt
        QCOMPARE(sha256Of(path), it->second);
    }
    const QJsonObject release = releaseOnServer(QStringLiteral("v0.7.2"));
    QVERIFY(!release.isEmpty());
    QMap<QString, int> counts;
    for (const QJsonValue &value : release.value(QStringLiteral("assets")).toArray()) {
        const QJsonObject asset = value.toObject();
        const QString assetName = asset.value(QStringLiteral("name")).toString();
        ++counts[assetName];
        if (assetName != QStringLiteral("SHA256SUMS")) {
            QCOMPARE(asset.value(QStringLiteral("sha256")).toString(), sha256Of(QDir(out).filePath(assetName)));
        }
    }
    QStringList expected { QStringLiteral("SHA256SUMS"), QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz"),
        QStringLiteral("Tallyho-v0.7.2-win-x64.zip") };
    if (m_makensis) {
        expected << QStringLiteral("Tallyho-v0.7.2-setup.exe");
    }
    expected.sort();
    QCOMPARE(counts.keys(), expected);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 is on the release %2 times").arg(it.key()).arg(it.value())));
    }
}

void TestReleaseRun::sameCommitSameArchives()
{
    const QString project = makeProject(QStringLiteral("repro"));
    QVERIFY(!project.isEmpty());
    // A clone in another folder, built a few seconds later into another output folder.
    const QString clone = m_temp.filePath(QStringLiteral("repro-clone"));
    QString output;
    QCOMPARE(runTool(QStringLiteral("git"), { QStringLiteral("clone"), QStringLiteral("-q"), project, clone }, &output), 0);
    auto build = [&](const QString &dir, const QString &out) {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(RD_CLI_PATH),
            { QStringLiteral("build"), QStringLiteral("all"), QStringLiteral("--project"), dir, QStringLiteral("--out"), out,
                QStringLiteral("--python-zip"), m_pythonZip, QStringLiteral("--find-links"),
                m_fixtures + QStringLiteral("/index"), QStringLiteral("--no-index") });
        process.waitForFinished(600'000);
        return process.exitCode() == 0 ? QString() : QString::fromUtf8(process.readAllStandardError().right(3000));
    };
    const QString first = m_temp.filePath(QStringLiteral("repro-a"));
    const QString second = m_temp.filePath(QStringLiteral("repro-b"));
    QString error = build(project, first);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QThread::sleep(2); // a different wall-clock second for every file written
    error = build(clone, second);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &file :
        { QStringLiteral("Tallyho-v0.7.2-win-x64.zip"), QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz") }) {
        const QString a = sha256Of(QDir(first).filePath(file));
        QVERIFY2(!a.isEmpty(), qPrintable(file));
        QCOMPARE(sha256Of(QDir(second).filePath(file)), a);
    }
}

void TestReleaseRun::unavailableTargetSkippedOrFailed()
{
    // Offline without a local embeddable Python (its download URL is a closed port here): by
    // default the release fails naming the cause; with --skip-unavailable the Windows target and
    // what needs it are skipped, said so, and the rest of the release is complete.
    const QString project = makeProject(QStringLiteral("offline"));
    QVERIFY(!project.isEmpty());
    QStringList arguments = releaseArguments(project, m_temp.filePath(QStringLiteral("offline-out")));
    const qsizetype zip = arguments.indexOf(QStringLiteral("--python-zip"));
    arguments.remove(zip, 2);
    arguments << QStringLiteral("--python-base-url") << QStringLiteral("http://127.0.0.1:1/ftp/python");

    const CliRun failed = cli(arguments);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.result()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("build:windows")),
        failed.out.constData());

    const CliRun skipped = cli(QStringList(arguments) << QStringLiteral("--skip-unavailable"));
    QVERIFY2(skipped.exitCode == 0, skipped.err.right(4000).constData());
    QStringList states;
    for (const QJsonValue &value : skipped.result().value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        states << step.value(QStringLiteral("id")).toString() + QLatin1Char('=') + step.value(QStringLiteral("state")).toString();
    }
    QVERIFY2(states.contains(QStringLiteral("build:windows=skipped")), qPrintable(states.join(u' ')));
    QVERIFY2(states.contains(QStringLiteral("upload:Tallyho-v0.7.2-win-x64.zip=skipped")), qPrintable(states.join(u' ')));
    QVERIFY2(states.contains(QStringLiteral("build:linux=done")), qPrintable(states.join(u' ')));
    QStringList names;
    for (const QJsonValue &value : releaseOnServer(QStringLiteral("v0.7.2")).value(QStringLiteral("assets")).toArray()) {
        names << value.toObject().value(QStringLiteral("name")).toString();
    }
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("SHA256SUMS"), QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz") }));
}

void TestReleaseRun::stampedCommitIsTaggedAndReleased()
{
    // --stamp writes the version into the project's files and commits it; the tag, the builds
    // and the release are of that commit, and a resume after it accepts the commit it made.
    const QString project = makeProject(QStringLiteral("stamp"));
    QVERIFY(!project.isEmpty());
    QString head;
    runTool(QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, &head, project);
    const QString out = m_temp.filePath(QStringLiteral("stamp-out"));
    QStringList arguments = releaseArguments(project, out);
    arguments << QStringLiteral("--version") << QStringLiteral("0.7.3") << QStringLiteral("--stamp")
              << QStringLiteral("--targets") << QStringLiteral("linux");
    // The release's target is the stamped commit, unknown to the server until pushed: the test
    // server resolves it once it exists, so let the server know every commit of the new HEAD.
    const CliRun dry = cli(QStringList(arguments) << QStringLiteral("--dry-run"));
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY2(dry.out.contains("git commit -m 'Release v0.7.3'"), dry.out.constData());
    QString unchanged;
    runTool(QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, &unchanged, project);
    QCOMPARE(unchanged, head); // the dry run wrote nothing

    const CliRun run = cli(QStringList(arguments) << QStringLiteral("--no-tag"));
    // Without the tag step the release is created on the stamped commit: seed it on the server first.
    if (run.exitCode != 0) {
        QString stamped;
        runTool(QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, &stamped, project);
        m_server->seed(QJsonObject { { QStringLiteral("repos"),
            QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
                { QStringLiteral("name"), QStringLiteral("tallyho") },
                { QStringLiteral("commits"),
                    QJsonArray { QJsonObject { { QStringLiteral("sha"), stamped.trimmed() },
                        { QStringLiteral("message"), QStringLiteral("Release v0.7.3\n") } } } } } } } });
        const CliRun resumed = cli(QStringList(arguments) << QStringLiteral("--no-tag") << QStringLiteral("--resume"));
        QVERIFY2(resumed.exitCode == 0, withoutProgress(resumed.err).constData());
    }
    QString log;
    runTool(QStringLiteral("git"), { QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s") }, &log, project);
    QCOMPARE(log.trimmed(), QStringLiteral("Release v0.7.3"));
    QFile pyproject(QDir(project).filePath(QStringLiteral("pyproject.toml")));
    QVERIFY(pyproject.open(QIODevice::ReadOnly));
    QVERIFY(pyproject.readAll().contains("version = \"0.7.3\""));
    const QJsonObject release = releaseOnServer(QStringLiteral("v0.7.3"));
    QVERIFY(!release.isEmpty());
    QString stamped;
    runTool(QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, &stamped, project);
    QCOMPARE(release.value(QStringLiteral("target")).toString(), stamped.trimmed());
    // A second run finds the files stamped already and changes nothing.
    const CliRun again = cli(QStringList(arguments) << QStringLiteral("--no-tag"));
    QVERIFY2(again.exitCode == 0, again.err.right(4000).constData());
    QCOMPARE(again.result().value(QStringLiteral("changed_nothing")).toBool(), true);
}

void TestReleaseRun::notesDraftAndRender()
{
    const QString project = makeProject(QStringLiteral("notes"));
    QVERIFY(!project.isEmpty());
    QString output;
    for (const QString &message : { QStringLiteral("feat(cli): count backwards"), QStringLiteral("fix: no crash on empty input"),
             QStringLiteral("feat!: drop Python 3.8"), QStringLiteral("Release v0.7.2") }) {
        QFile touch(QDir(project).filePath(QStringLiteral("CHANGES.txt")));
        QVERIFY(touch.open(QIODevice::Append));
        touch.write(message.toUtf8() + '\n');
        touch.close();
        QCOMPARE(runTool(QStringLiteral("git"), { QStringLiteral("add"), QStringLiteral("-A") }, &output, project), 0);
        QCOMPARE(
            runTool(QStringLiteral("git"), { QStringLiteral("commit"), QStringLiteral("-qm"), message }, &output, project), 0);
    }
    const CliRun draft = cli({ QStringLiteral("notes"), QStringLiteral("draft"), QStringLiteral("--project"), project });
    QVERIFY2(draft.exitCode == 0, draft.err.constData());
    const QString markdown = QString::fromUtf8(draft.out);
    // Since v0.7.1: the demo's own commit and "Add sounds" are plain, the three are conventional.
    QVERIFY2(markdown.contains(QStringLiteral("### Breaking changes\n\n- drop Python 3.8")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("### Features\n\n- **cli:** count backwards")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("### Bug fixes\n\n- no crash on empty input")), qPrintable(markdown));
    QVERIFY2(!markdown.contains(QStringLiteral("Release v0.7.2")), qPrintable(markdown)); // release commits left out
    QVERIFY2(!markdown.contains(QStringLiteral("reset counters")), qPrintable(markdown)); // before v0.7.1

    // Once HEAD carries the release's own tag, the draft still covers the commits since the one before.
    QCOMPARE(runTool(QStringLiteral("git"), { QStringLiteral("tag"), QStringLiteral("v0.7.2") }, &output, project), 0);
    const CliRun tagged = cli({ QStringLiteral("notes"), QStringLiteral("draft"), QStringLiteral("--project"), project });
    QVERIFY2(tagged.exitCode == 0, tagged.err.constData());
    QCOMPARE(QString::fromUtf8(tagged.out), markdown);

    const CliRun bad = cli({ QStringLiteral("notes"), QStringLiteral("draft"), QStringLiteral("--project"), project,
        QStringLiteral("--since"), QStringLiteral("v9.9.9") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("v9.9.9"), bad.err.constData());

    const CliRun render = cli({ QStringLiteral("notes"), QStringLiteral("render"), QStringLiteral("--project"), project,
        QStringLiteral("--tag"), QStringLiteral("v0.8.0rc1"), QStringLiteral("--assets"),
        QStringLiteral("dist/Tallyho-v0.8.0-rc.1-win-x64.zip"), QStringLiteral("--json") });
    QVERIFY2(render.exitCode == 0, render.err.constData());
    const QJsonObject body = QJsonDocument::fromJson(render.out).object();
    QCOMPARE(body.value(QStringLiteral("tag_name")).toString(), QStringLiteral("v0.8.0rc1"));
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Tallyho v0.8.0rc1"));
    QCOMPARE(body.value(QStringLiteral("prerelease")).toBool(), true); // from the version, not a substring
    const QString text = body.value(QStringLiteral("body")).toString();
    QVERIFY2(text.contains(QStringLiteral("## Downloads")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("| Windows portable (zip) | `Tallyho-v0.8.0-rc.1-win-x64.zip` |")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestReleaseRun)
#include "TestReleaseRun.moc"
