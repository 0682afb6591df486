// releasedesk-cli release …: the real executable against the test server (exit codes, --json
// lines, --dry-run, a process killed during an upload and run again).
#include "support/ReleaseFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines; // --json: one object per line
};

} // namespace

class TestReleaseCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void uploadJsonLinesThenNothingToDo_data();
    void uploadJsonLinesThenNothingToDo();
    void dryRunChangesNothing();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void badTokenExitsOneWithoutLeakingIt();
    void killedDuringUploadThenRunAgain();
    void inspectRepairInspect();

private:
    Run cli(const QStringList &arguments, const QString &token = GiteaTestServer::aliceToken());
    QStringList serverArgs(const QString &kind);
    std::map<QString, std::unique_ptr<ReleaseFixture>> m_fixtures;
};

void TestReleaseCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RD_CLI_PATH)), RD_CLI_PATH);
    for (const QString &kind : { QStringLiteral("gitea"), QStringLiteral("github"), QStringLiteral("local") }) {
        auto fixture = std::make_unique<ReleaseFixture>(kind);
        QVERIFY2(fixture->isRunning(), qPrintable(fixture->startError()));
        m_fixtures[kind] = std::move(fixture);
    }
}

void TestReleaseCli::init()
{
    for (auto &[kind, fixture] : m_fixtures) {
        fixture->reset();
    }
}

QStringList TestReleaseCli::serverArgs(const QString &kind)
{
    ReleaseFixture &f = *m_fixtures[kind];
    if (kind == QStringLiteral("local")) {
        return { QStringLiteral("--kind"), QStringLiteral("local"), QStringLiteral("--server"), f.serverUrl() };
    }
    QStringList args { QStringLiteral("--kind"), kind, QStringLiteral("--server"), f.serverUrl(), QStringLiteral("--repo"),
        QStringLiteral("alice/tallyho") };
    if (kind == QStringLiteral("github")) {
        args << QStringLiteral("--api-url") << f.serverUrl();
    }
    return args;
}

Run TestReleaseCli::cli(const QStringList &arguments, const QString &token)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RELEASEDESK_TOKEN"), token);
    env.remove(QStringLiteral("DEPLOY_TOKEN"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    for (const QByteArray &line : run.out.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            run.lines << QJsonDocument::fromJson(line).object();
        }
    }
    return run;
}

void TestReleaseCli::uploadJsonLinesThenNothingToDo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gitea") << QStringLiteral("gitea");
    QTest::newRow("github") << QStringLiteral("github");
    QTest::newRow("local store") << QStringLiteral("local");
}

void TestReleaseCli::uploadJsonLinesThenNothingToDo()
{
    QFETCH(QString, kind);
    ReleaseFixture &f = *m_fixtures[kind];
    const QStringList files { f.makeFile(QStringLiteral("Tallyho-v1.0.0-setup.exe"), 150'000, 1),
        f.makeFile(QStringLiteral("Tallyho-v1.0.0-win-x64.zip"), 120'000, 2) };
    const QStringList args = QStringList { QStringLiteral("release"), QStringLiteral("upload") } + files + serverArgs(kind)
        + QStringList { QStringLiteral("--tag"), QStringLiteral("v1.0.0"), QStringLiteral("--json") };
    const Run first = cli(args);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.lines.size() >= 3);
    for (const QJsonObject &line : first.lines) {
        QVERIFY2(line.contains(QStringLiteral("event")), first.out.constData()); // every line is a JSON object
    }
    QCOMPARE(first.lines.last().value(QStringLiteral("event")).toString(), QStringLiteral("result"));
    QVERIFY(first.lines.last().value(QStringLiteral("ok")).toBool());
    QStringList events;
    for (const QJsonObject &line : first.lines) {
        events << line.value(QStringLiteral("event")).toString();
    }
    QVERIFY(events.contains(QStringLiteral("preflight")));
    QVERIFY(events.contains(QStringLiteral("plan")));
    QVERIFY(events.contains(QStringLiteral("action")));
    const QString problems = f.verifyPublished(QStringLiteral("v1.0.0"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    const Run second = cli(args);
    QCOMPARE(second.exitCode, 0);
    const QJsonObject plan = [&] {
        for (const QJsonObject &line : second.lines) {
            if (line.value(QStringLiteral("event")).toString() == QStringLiteral("plan")) {
                return line;
            }
        }
        return QJsonObject();
    }();
    for (const QJsonValue &action : plan.value(QStringLiteral("actions")).toArray()) {
        QVERIFY(action.toObject().value(QStringLiteral("changes_nothing")).toBool());
    }
}

void TestReleaseCli::dryRunChangesNothing()
{
    ReleaseFixture &f = *m_fixtures[QStringLiteral("gitea")];
    const QString file = f.makeFile(QStringLiteral("dry.zip"), 10'000, 1);
    const Run run
        = cli(QStringList { QStringLiteral("release"), QStringLiteral("upload"), file } + serverArgs(QStringLiteral("gitea"))
            + QStringList { QStringLiteral("--tag"), QStringLiteral("v1.0.0"), QStringLiteral("--dry-run") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("POST "));
    QVERIFY(run.out.contains("Dry run"));
    QCOMPARE(f.storedReleases().size(), 0);
}

void TestReleaseCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no tag") << QStringList { QStringLiteral("release"), QStringLiteral("upload"), QStringLiteral("x.zip"),
        QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--repo"), QStringLiteral("a/b") };
    QTest::newRow("no file") << QStringList { QStringLiteral("release"), QStringLiteral("upload"), QStringLiteral("--server"),
        QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--repo"), QStringLiteral("a/b"), QStringLiteral("--tag"),
        QStringLiteral("v1") };
    QTest::newRow("unknown kind") << QStringList { QStringLiteral("release"), QStringLiteral("inspect"), QStringLiteral("--kind"),
        QStringLiteral("svn"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9") };
    QTest::newRow("repository not owner/name") << QStringList { QStringLiteral("release"), QStringLiteral("inspect"),
        QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--repo"), QStringLiteral("tallyho") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("release"), QStringLiteral("delete"),
        QStringLiteral("--frobnicate") };
}

void TestReleaseCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QVERIFY2(run.exitCode == 2, run.err.constData());
}

void TestReleaseCli::badTokenExitsOneWithoutLeakingIt()
{
    ReleaseFixture &f = *m_fixtures[QStringLiteral("gitea")];
    const QString file = f.makeFile(QStringLiteral("a.zip"), 1000, 1);
    const QString token = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    const Run run
        = cli(QStringList { QStringLiteral("release"), QStringLiteral("upload"), file } + serverArgs(QStringLiteral("gitea"))
                + QStringList { QStringLiteral("--tag"), QStringLiteral("v1.0.0"), QStringLiteral("--json") },
            token);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.out.contains(token.toUtf8()));
    QVERIFY(!run.err.contains(token.toUtf8()));
    QVERIFY(!run.lines.isEmpty());
    QCOMPARE(run.lines.last().value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(run.lines.last()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("token")));
}

void TestReleaseCli::killedDuringUploadThenRunAgain()
{
    ReleaseFixture &f = *m_fixtures[QStringLiteral("gitea")];
    const QStringList files { f.makeFile(QStringLiteral("big-1.bin"), 1'500'000, 5),
        f.makeFile(QStringLiteral("big-2.bin"), 1'200'000, 6) };
    // Slow uploads, so the process is certainly mid-upload when it is killed.
    f.server()->setFaults(QJsonObject { { QStringLiteral("upload_rate_bps"), 400'000 } });
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RELEASEDESK_TOKEN"), GiteaTestServer::aliceToken());
    process.setProcessEnvironment(env);
    const QStringList args = QStringList { QStringLiteral("release"), QStringLiteral("upload") } + files
        + serverArgs(QStringLiteral("gitea"))
        + QStringList { QStringLiteral("--tag"), QStringLiteral("v1.0.0"), QStringLiteral("--json") };
    process.start(QStringLiteral(RD_CLI_PATH), args);
    QVERIFY(process.waitForStarted());
    QByteArray seen;
    while (!seen.contains("\"event\":\"progress\"") && process.state() == QProcess::Running) {
        process.waitForReadyRead(5000);
        seen += process.readAllStandardOutput();
    }
    QVERIFY2(seen.contains("\"event\":\"progress\""), seen.constData());
    process.kill();
    process.waitForFinished();
    f.server()->setFaults(QJsonObject { { QStringLiteral("clear"), true }, { QStringLiteral("upload_rate_bps"), QJsonValue() } });

    const Run again = cli(args);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QString problems = f.verifyPublished(QStringLiteral("v1.0.0"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestReleaseCli::inspectRepairInspect()
{
    ReleaseFixture &f = *m_fixtures[QStringLiteral("gitea")];
    const QString folder = QDir(f.workDir()).filePath(QStringLiteral("dist"));
    const QString exe = f.makeFile(QStringLiteral("dist/Tallyho-v2.0.0-setup.exe"), 50'000, 8);
    QFile file(exe);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    f.seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v2.0.0") },
        { QStringLiteral("assets"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Tallyho-v2.0.0-setup.exe") },
                             { QStringLiteral("content_b64"), QString::fromLatin1(good.toBase64()) },
                             { QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z") } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Tallyho-v2.0.0-setup.exe") },
                    { QStringLiteral("size"), 50'000 },
                    { QStringLiteral("created_at"), QStringLiteral("2026-01-02T00:00:00Z") } } } } });
    const QStringList common
        = serverArgs(QStringLiteral("gitea")) + QStringList { QStringLiteral("--tag"), QStringLiteral("v2.0.0") };
    const Run inspected
        = cli(QStringList { QStringLiteral("release"), QStringLiteral("inspect"), QStringLiteral("--json") } + common);
    QCOMPARE(inspected.exitCode, 1);
    const QJsonObject result = inspected.lines.last();
    QCOMPARE(result.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
    const QJsonArray findings
        = result.value(QStringLiteral("releases")).toArray().first().toObject().value(QStringLiteral("findings")).toArray();
    QStringList kinds;
    for (const QJsonValue &finding : findings) {
        kinds << finding.toObject().value(QStringLiteral("kind")).toString();
    }
    QVERIFY2(kinds.contains(QStringLiteral("duplicate-name")), qPrintable(kinds.join(QLatin1Char(' '))));

    const Run dry = cli(QStringList { QStringLiteral("release"), QStringLiteral("repair"), QStringLiteral("--local"), folder,
                            QStringLiteral("--dry-run") }
        + common);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("DELETE "), dry.out.constData());
    QCOMPARE(f.storedAssets(QStringLiteral("v2.0.0")).size(), 2);

    const Run repaired
        = cli(QStringList { QStringLiteral("release"), QStringLiteral("repair"), QStringLiteral("--local"), folder } + common);
    QVERIFY2(repaired.exitCode == 0, repaired.err.constData());
    const QString problems = f.verifyPublished(QStringLiteral("v2.0.0"), { exe });
    QVERIFY2(problems.isEmpty(), qPrintable(problems)); // the older copy (matching the local file) kept, SHA256SUMS added

    const Run clean
        = cli(QStringList { QStringLiteral("release"), QStringLiteral("inspect"), QStringLiteral("--local"), folder } + common);
    QVERIFY2(clean.exitCode == 0, clean.out.constData());
}

QTEST_GUILESS_MAIN(TestReleaseCli)
#include "TestReleaseCli.moc"
