// Issue 12's workflows through the real releasedesk-cli: `workflows init` for Gitea and GitHub
// (contexts, folders, the isolated venv, the docker job, the CLI from a container), a user's edit
// never replaced silently, and the generated release.yml executed step by step the way a Gitea
// runner runs it (fresh clones per job, GITEA_REF_NAME, GITHUB_OUTPUT, secrets) against the Gitea
// test server: the release comes out complete, and a second run of the workflow leaves it as it was.
#include "support/BuildFixtures.h"
#include "support/GiteaTestServer.h"

#include <QCryptographicHash>
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
    QString out;
    QString err;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString script()
{
    return QStringLiteral(RD_SOURCE_DIR "/tests/support/run_workflow.py");
}

} // namespace

class TestWorkflowsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void generated_data();
    void generated();
    void initKeepsTheUsersEdits();
    void releaseWorkflowRunsOnARunner();

private:
    CliRun cli(const QStringList &arguments, const QString &workingDirectory) const;
    QString project(const QString &name, const QStringList &settingsLines = {}, const QStringList &buildLines = {});
    QJsonObject checkWorkflow(const QString &path);
    QJsonObject runWorkflow(const QString &path, const QString &repo, const QString &tag, int *exitCode);
    QJsonObject releaseOnServer(const QString &tag);

    QTemporaryDir m_temp;
    QString m_fixtures;
    std::unique_ptr<GiteaTestServer> m_server;
    QProcessEnvironment m_env;
    int m_projects = 0;
};

void TestWorkflowsCli::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_env = hermeticEnvironment();
    for (const char *name : { "GITEA_REF_NAME", "GITHUB_REF_NAME", "GITEA_SERVER_URL", "GITHUB_SERVER_URL", "GITHUB_ACTIONS",
             "GITEA_ACTIONS", "GITHUB_OUTPUT", "RELEASEDESK_TOKEN", "DEPLOY_TOKEN", "SOURCE_DATE_EPOCH" }) {
        m_env.remove(QString::fromLatin1(name));
    }
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_temp.filePath(QStringLiteral("cache")));
    // The runner finds releasedesk-cli on PATH, as the generated install step expects.
    m_env.insert(QStringLiteral("PATH"),
        QFileInfo(QStringLiteral(RD_CLI_PATH)).absolutePath() + QLatin1Char(':') + m_env.value(QStringLiteral("PATH")));
    m_server = std::make_unique<GiteaTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
}

void TestWorkflowsCli::init()
{
    m_server->reset();
    m_server->seedStandard();
}

CliRun TestWorkflowsCli::cli(const QStringList &arguments, const QString &workingDirectory) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    process.waitForFinished(120'000);
    return CliRun { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString TestWorkflowsCli::project(const QString &name, const QStringList &settingsLines, const QStringList &buildLines)
{
    const QString dir = makeDemoProject(m_temp.filePath(name), {}, buildLines);
    if (dir.isEmpty()) {
        return {};
    }
    if (!settingsLines.isEmpty()) {
        QFile settings(QDir(dir).filePath(QStringLiteral("releasedesk.toml")));
        if (!settings.open(QIODevice::Append)) {
            return {};
        }
        settings.write("\n" + settingsLines.join(QLatin1Char('\n')).toUtf8() + "\n");
    }
    return dir;
}

QJsonObject TestWorkflowsCli::checkWorkflow(const QString &path)
{
    QString output;
    if (runTool(testPython(), { script(), QStringLiteral("check"), path }, &output) != 0) {
        qWarning().noquote() << output;
        return {};
    }
    return QJsonDocument::fromJson(output.trimmed().split(QLatin1Char('\n')).last().toUtf8()).object();
}

QJsonObject TestWorkflowsCli::runWorkflow(const QString &path, const QString &repo, const QString &tag, int *exitCode)
{
    const QJsonObject context { { QStringLiteral("server_url"), m_server->url() },
        { QStringLiteral("repository"), QStringLiteral("alice/tallyho") }, { QStringLiteral("ref_name"), tag },
        { QStringLiteral("actor"), QStringLiteral("alice") } };
    const QJsonObject secrets { { QStringLiteral("DEPLOY_TOKEN"), GiteaTestServer::aliceToken() } };
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(testPython(),
        { script(), QStringLiteral("run"), path, QStringLiteral("--repo"), repo, QStringLiteral("--ref"), tag,
            QStringLiteral("--work"), m_temp.filePath(QStringLiteral("runner-%1").arg(++m_projects)), QStringLiteral("--context"),
            QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact)), QStringLiteral("--secrets"),
            QString::fromUtf8(QJsonDocument(secrets).toJson(QJsonDocument::Compact)) });
    process.waitForFinished(15 * 60 * 1000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    const QJsonObject report = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    if (*exitCode != 0) {
        qWarning().noquote() << out.right(20000) << process.readAllStandardError().right(4000);
    }
    return report;
}

QJsonObject TestWorkflowsCli::releaseOnServer(const QString &tag)
{
    const QJsonObject repo
        = m_server->state().value(QStringLiteral("repos")).toObject().value(QStringLiteral("alice/tallyho")).toObject();
    for (const QJsonValue &value : repo.value(QStringLiteral("releases")).toArray()) {
        const QJsonObject release = value.toObject();
        if (release.value(QStringLiteral("tag_name")).toString() == tag && !release.value(QStringLiteral("is_tag")).toBool()) {
            return release;
        }
    }
    return {};
}

void TestWorkflowsCli::generated_data()
{
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("releaseJobs");
    QTest::addColumn<QStringList>("present"); // in release.yml + test.yml + build.yml
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("gitea: gitea contexts, DEPLOY_TOKEN, parallel builds after create, finish last")
        << QStringList() << QStringList() << QStringLiteral(".gitea/workflows")
        << QStringList { QStringLiteral("create-release"), QStringLiteral("build-windows"), QStringLiteral("build-linux"),
               QStringLiteral("finish") }
        << QStringList { QStringLiteral("${{ gitea.ref_name }}"), QStringLiteral("${{ gitea.server_url }}"),
               QStringLiteral("${{ gitea.repository }}"), QStringLiteral("${{ secrets.DEPLOY_TOKEN }}"),
               QStringLiteral("release run --phase build --targets windows"), QStringLiteral("upload-artifact@v3"),
               QStringLiteral("ruff check ."), QStringLiteral("pytest --tb=short -q"), QStringLiteral("runs-on: ubuntu-latest") }
        << QStringList { QStringLiteral("GITEA_TOKEN }}"), QStringLiteral("github.ref_name"), QStringLiteral("/tmp/venv"),
               QStringLiteral("build-docker"), QStringLiteral("container:") };
    QTest::newRow("github: github contexts, upload-artifact v4, own runner label")
        << QStringList { QStringLiteral("[ci]"), QStringLiteral("runner = \"self-hosted\"") }
        << QStringList { QStringLiteral("--forge"), QStringLiteral("github") } << QStringLiteral(".github/workflows")
        << QStringList { QStringLiteral("create-release"), QStringLiteral("build-windows"), QStringLiteral("build-linux"),
               QStringLiteral("finish") }
        << QStringList { QStringLiteral("${{ github.ref_name }}"), QStringLiteral("upload-artifact@v4"),
               QStringLiteral("runs-on: self-hosted") }
        << QStringList { QStringLiteral("gitea.") };
    QTest::newRow("persistent runner: tests in a fresh /tmp/venv (guide §1.1)")
        << QStringList { QStringLiteral("[ci]"), QStringLiteral("isolated_venv = true") } << QStringList()
        << QStringLiteral(".gitea/workflows")
        << QStringList { QStringLiteral("create-release"), QStringLiteral("build-windows"), QStringLiteral("build-linux"),
               QStringLiteral("finish") }
        << QStringList { QStringLiteral("rm -rf /tmp/venv"), QStringLiteral("python -m venv /tmp/venv"),
               QStringLiteral("/tmp/venv/bin/pytest") }
        << QStringList { QStringLiteral("pip install -e") };
    QTest::newRow("docker on and the CLI from a container image: a docker job the finish waits for")
        << QStringList { QStringLiteral("[docker]"), QStringLiteral("enabled = true"), QStringLiteral("[ci]"),
               QStringLiteral("cli = \"container\""), QStringLiteral("cli_url = \"git.example.com/tools/releasedesk-cli:1\"") }
        << QStringList() << QStringLiteral(".gitea/workflows")
        << QStringList { QStringLiteral("create-release"), QStringLiteral("build-windows"), QStringLiteral("build-linux"),
               QStringLiteral("build-docker"), QStringLiteral("finish") }
        << QStringList { QStringLiteral("release run --phase docker --docker"), QStringLiteral("DOCKER_REDEPLOY_WEBHOOK_URL"),
               QStringLiteral("image: 'git.example.com/tools/releasedesk-cli:1'") }
        << QStringList { QStringLiteral("Install releasedesk-cli") };
}

void TestWorkflowsCli::generated()
{
    QFETCH(QStringList, settings);
    QFETCH(QStringList, options);
    QFETCH(QString, folder);
    QFETCH(QStringList, releaseJobs);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString dir = project(QStringLiteral("gen-%1").arg(++m_projects), settings);
    QVERIFY(!dir.isEmpty());
    const CliRun run = cli(QStringList { QStringLiteral("workflows"), QStringLiteral("init") } + options, dir);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QString all;
    for (const QString &name : { QStringLiteral("test.yml"), QStringLiteral("release.yml"), QStringLiteral("build.yml") }) {
        const QString path = QDir(dir).filePath(folder + QLatin1Char('/') + name);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        all += QString::fromUtf8(readFile(path));
        QVERIFY2(!checkWorkflow(path).isEmpty(), qPrintable(path)); // valid YAML, a job graph without cycles
    }
    for (const QString &part : present) {
        QVERIFY2(all.contains(part), qPrintable(QStringLiteral("missing: ") + part));
    }
    for (const QString &part : absent) {
        QVERIFY2(!all.contains(part), qPrintable(QStringLiteral("unexpected: ") + part));
    }
    const QJsonObject release = checkWorkflow(QDir(dir).filePath(folder + QStringLiteral("/release.yml")));
    QCOMPARE(release.value(QStringLiteral("on"))
                 .toObject()
                 .value(QStringLiteral("push"))
                 .toObject()
                 .value(QStringLiteral("tags"))
                 .toArray(),
        QJsonArray { QStringLiteral("v*") });
    const QJsonObject jobs = release.value(QStringLiteral("jobs")).toObject();
    QCOMPARE(jobs.keys().size(), releaseJobs.size());
    for (const QString &job : releaseJobs) {
        QVERIFY2(jobs.contains(job), qPrintable(job));
    }
    // Builds wait for the release only (they run in parallel); finish waits for all of them.
    QCOMPARE(jobs.value(QStringLiteral("build-linux")).toObject().value(QStringLiteral("needs")).toArray(),
        QJsonArray { QStringLiteral("create-release") });
    QJsonArray finishNeeds = jobs.value(QStringLiteral("finish")).toObject().value(QStringLiteral("needs")).toArray();
    QCOMPARE(finishNeeds.size(), releaseJobs.size() - 1);
    QVERIFY(jobs.value(QStringLiteral("create-release"))
                .toObject()
                .value(QStringLiteral("outputs"))
                .toObject()
                .contains(QStringLiteral("release_id")));
}

void TestWorkflowsCli::initKeepsTheUsersEdits()
{
    const QString dir = project(QStringLiteral("edits"));
    QVERIFY(!dir.isEmpty());
    const QString release = QDir(dir).filePath(QStringLiteral(".gitea/workflows/release.yml"));
    const CliRun dry = cli({ QStringLiteral("workflows"), QStringLiteral("init"), QStringLiteral("--dry-run") }, dir);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QStringLiteral("+++ b/.gitea/workflows/release.yml")));
    QVERIFY(!QFile::exists(release));
    QCOMPARE(cli({ QStringLiteral("workflows"), QStringLiteral("init") }, dir).exitCode, 0);
    const CliRun again = cli({ QStringLiteral("workflows"), QStringLiteral("init") }, dir);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral(".gitea/workflows/release.yml: unchanged")), qPrintable(again.out));

    QFile file(release);
    QVERIFY(file.open(QIODevice::Append));
    file.write("# my own note\n");
    file.close();
    const QByteArray edited = readFile(release);
    const CliRun refused = cli({ QStringLiteral("workflows"), QStringLiteral("init") }, dir);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains(QStringLiteral("-# my own note")), qPrintable(refused.out));
    QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
    QCOMPARE(readFile(release), edited);
    QCOMPARE(cli({ QStringLiteral("workflows"), QStringLiteral("init"), QStringLiteral("--force") }, dir).exitCode, 0);
    QVERIFY(!readFile(release).contains("my own note"));
}

void TestWorkflowsCli::releaseWorkflowRunsOnARunner()
{
    QString output;
    m_fixtures = m_temp.filePath(QStringLiteral("fx"));
    QVERIFY2(runSupportScript(QStringLiteral("make_wheels.py"), { m_fixtures }, &output) == 0, qPrintable(output));
    const bool makensis = !QStandardPaths::findExecutable(QStringLiteral("makensis")).isEmpty();
    if (!makensis) {
        qWarning("makensis is not installed (Debian package nsis): the installer is left out here; CI installs it");
    }
    // The project's own settings say where its wheels and embeddable Python come from (offline).
    QStringList settings;
    if (!makensis) {
        settings << QStringLiteral("[ci]");
    }
    const QString dir = project(QStringLiteral("runner"), {},
        { QStringLiteral("python_zip = \"%1/python-3.11.9-embed-amd64.zip\"").arg(m_fixtures),
            QStringLiteral("find_links = [\"%1/index\"]").arg(m_fixtures), QStringLiteral("no_index = true") });
    QVERIFY(!dir.isEmpty());
    QCOMPARE(cli({ QStringLiteral("workflows"), QStringLiteral("init") }, dir).exitCode, 0);
    QString head;
    for (const QStringList &arguments : { QStringList { QStringLiteral("add"), QStringLiteral("-A") },
             QStringList { QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("CI workflows") },
             QStringList { QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v0.8.0"), QStringLiteral("-m"),
                 QStringLiteral("v0.8.0") } }) {
        QCOMPARE(runTool(QStringLiteral("git"), arguments, &output, dir), 0);
    }
    runTool(QStringLiteral("git"), { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, &head, dir);
    m_server->seed(QJsonObject { { QStringLiteral("repos"),
        QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
            { QStringLiteral("name"), QStringLiteral("tallyho") },
            { QStringLiteral("commits"),
                QJsonArray { QJsonObject { { QStringLiteral("sha"), head.trimmed() },
                    { QStringLiteral("message"), QStringLiteral("CI workflows\n") } } } },
            { QStringLiteral("tags"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("v0.8.0") },
                    { QStringLiteral("sha"), head.trimmed() } } } } } } } });
    const QString workflow = QDir(dir).filePath(QStringLiteral(".gitea/workflows/release.yml"));
    if (!makensis) {
        // Without makensis the Windows job would fail at its installer: leave the installer out.
        QSKIP("makensis is not installed (apt install nsis): the Windows job needs it");
    }

    int exitCode = -1;
    const QJsonObject first = runWorkflow(workflow, dir, QStringLiteral("v0.8.0"), &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject jobs = first.value(QStringLiteral("jobs")).toObject();
    QCOMPARE(jobs.keys().size(), 4);
    const QJsonObject outputs
        = jobs.value(QStringLiteral("create-release")).toObject().value(QStringLiteral("outputs")).toObject();
    QCOMPARE(outputs.value(QStringLiteral("tag")).toString(), QStringLiteral("v0.8.0"));
    QCOMPARE(outputs.value(QStringLiteral("version")).toString(), QStringLiteral("0.8.0"));

    const QJsonObject release = releaseOnServer(QStringLiteral("v0.8.0"));
    QVERIFY(!release.isEmpty());
    QCOMPARE(
        QString::number(release.value(QStringLiteral("id")).toInteger()), outputs.value(QStringLiteral("release_id")).toString());
    QCOMPARE(release.value(QStringLiteral("draft")).toBool(), false);
    QCOMPARE(release.value(QStringLiteral("prerelease")).toBool(), false);
    QMap<QString, QJsonObject> assets;
    for (const QJsonValue &value : release.value(QStringLiteral("assets")).toArray()) {
        const QJsonObject asset = value.toObject();
        QVERIFY2(!assets.contains(asset.value(QStringLiteral("name")).toString()), "an asset is on the release twice");
        assets.insert(asset.value(QStringLiteral("name")).toString(), asset);
    }
    const QStringList expected { QStringLiteral("SHA256SUMS"), QStringLiteral("Tallyho-v0.8.0-linux-x64.tar.gz"),
        QStringLiteral("Tallyho-v0.8.0-setup.exe"), QStringLiteral("Tallyho-v0.8.0-win-x64.zip") };
    QCOMPARE(assets.keys(), expected);
    // SHA256SUMS lists exactly the other three files, with the hashes of the bytes the server holds
    // (the finish job never had the files: it hashed what the build jobs uploaded).
    QStringList sumLines;
    for (const QString &name : expected.mid(1)) {
        const QString sha = assets.value(name).value(QStringLiteral("sha256")).toString();
        QVERIFY(!sha.isEmpty());
        sumLines << QStringLiteral("%1  %2").arg(sha, name);
    }
    const QByteArray sumsText = (sumLines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    QCOMPARE(assets.value(QStringLiteral("SHA256SUMS")).value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(sumsText, QCryptographicHash::Sha256).toHex()));
    // The notes carry the Downloads table of every target, not only the last build job's.
    const QString body = release.value(QStringLiteral("body")).toString();
    QVERIFY2(body.contains(QStringLiteral("Tallyho-v0.8.0-setup.exe")) && body.contains(QStringLiteral("linux-x64.tar.gz")),
        qPrintable(body));

    // The workflow re-run (a re-triggered job): the release is left exactly as it was.
    const QJsonObject second = runWorkflow(workflow, dir, QStringLiteral("v0.8.0"), &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject after = releaseOnServer(QStringLiteral("v0.8.0"));
    // (Download counts may grow: the finish job hashes what the build jobs uploaded.)
    auto files = [](const QJsonObject &of) {
        QStringList list;
        for (const QJsonValue &value : of.value(QStringLiteral("assets")).toArray()) {
            const QJsonObject asset = value.toObject();
            list << QStringLiteral("%1 #%2 %3 %4")
                        .arg(asset.value(QStringLiteral("name")).toString())
                        .arg(asset.value(QStringLiteral("id")).toInteger())
                        .arg(asset.value(QStringLiteral("size")).toInteger())
                        .arg(asset.value(QStringLiteral("sha256")).toString());
        }
        return list;
    };
    QCOMPARE(files(after), files(release));
    QCOMPARE(after.value(QStringLiteral("body")).toString(), body);
    QCOMPARE(after.value(QStringLiteral("id")), release.value(QStringLiteral("id")));
    Q_UNUSED(second);
}

QTEST_GUILESS_MAIN(TestWorkflowsCli)
#include "TestWorkflowsCli.moc"
