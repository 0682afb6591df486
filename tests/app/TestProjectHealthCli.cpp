// Issue 12's readiness check through the real releasedesk-cli: `project health` on a bare project
// lists every missing item with what is wrong and its fix; after `docker init`, `workflows init`
// and `--fix all` those items are ok; GITEA_TOKEN in a workflow, a hatchling project testing in
// the toolcache Python, and a repository with Actions disabled on the server are named.
#include "support/BuildFixtures.h"
#include "support/GiteaTestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd::test;

namespace {

struct Health
{
    int exitCode = -1;
    QJsonObject report;
    QString err;
    QJsonObject item(const QString &id) const
    {
        for (const QJsonValue &value : report.value(QStringLiteral("items")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id) {
                return value.toObject();
            }
        }
        return {};
    }
    QStringList failing() const
    {
        QStringList ids;
        for (const QJsonValue &value : report.value(QStringLiteral("items")).toArray()) {
            if (!value.toObject().value(QStringLiteral("ok")).toBool()) {
                ids << value.toObject().value(QStringLiteral("id")).toString();
            }
        }
        return ids;
    }
};

bool appendTo(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(text) == text.size();
}

} // namespace

class TestProjectHealthCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bareProjectListsEveryMissingItem();
    void findings_data();
    void findings();
    void actionsOnTheServer_data();
    void actionsOnTheServer();

private:
    int cli(const QStringList &arguments, const QString &dir, QString *out = nullptr) const;
    Health health(const QString &dir, const QStringList &extra = { QStringLiteral("--offline") }) const;
    QString project(const QString &name);

    QTemporaryDir m_temp;
    QProcessEnvironment m_env;
    int m_projects = 0;
};

void TestProjectHealthCli::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_env = hermeticEnvironment();
    m_env.remove(QStringLiteral("RELEASEDESK_TOKEN"));
    m_env.remove(QStringLiteral("GITHUB_ACTIONS"));
    m_env.remove(QStringLiteral("GITEA_ACTIONS"));
}

int TestProjectHealthCli::cli(const QStringList &arguments, const QString &dir, QString *out) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    process.waitForFinished(120'000);
    if (out) {
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

Health TestProjectHealthCli::health(const QString &dir, const QStringList &extra) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(RD_CLI_PATH),
        QStringList { QStringLiteral("project"), QStringLiteral("health"), dir, QStringLiteral("--json") } + extra);
    process.waitForFinished(120'000);
    Health result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestProjectHealthCli::project(const QString &name)
{
    const QString dir = makeDemoProject(m_temp.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_projects)), {});
    return dir;
}

void TestProjectHealthCli::bareProjectListsEveryMissingItem()
{
    const QString dir = project(QStringLiteral("bare"));
    QVERIFY(!dir.isEmpty());
    const Health bare = health(dir);
    QCOMPARE(bare.exitCode, 1);
    QCOMPARE(bare.report.value(QStringLiteral("ok")).toBool(), false);
    const QStringList missing = bare.failing();
    for (const QString &id : { QStringLiteral("workflows.test"), QStringLiteral("workflows.release"),
             QStringLiteral("version.single_source"), QStringLiteral("pyproject.ruff"), QStringLiteral("precommit"),
             QStringLiteral("dockerfile"), QStringLiteral("update_checker") }) {
        QVERIFY2(missing.contains(id), qPrintable(id + QStringLiteral(" not reported: ") + missing.join(u',')));
        const QJsonObject item = bare.item(id);
        QVERIFY2(!item.value(QStringLiteral("problem")).toString().isEmpty(), qPrintable(id));
        QVERIFY2(
            !item.value(QStringLiteral("fix")).toObject().value(QStringLiteral("text")).toString().isEmpty(), qPrintable(id));
    }
    QVERIFY(bare.item(QStringLiteral("settings")).value(QStringLiteral("ok")).toBool());
    // The workflow items name their fix and carry the files it writes, as diffs.
    const QJsonArray files = bare.item(QStringLiteral("workflows.release"))
                                 .value(QStringLiteral("fix"))
                                 .toObject()
                                 .value(QStringLiteral("files"))
                                 .toArray();
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first()
                .toObject()
                .value(QStringLiteral("diff"))
                .toString()
                .contains(QStringLiteral("+++ b/.gitea/workflows/release.yml")));
    QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral(".gitea")))); // a check writes nothing

    QCOMPARE(cli({ QStringLiteral("docker"), QStringLiteral("init") }, dir), 0);
    QCOMPARE(cli({ QStringLiteral("workflows"), QStringLiteral("init") }, dir), 0);
    const Health after = health(dir);
    for (const QString &id : { QStringLiteral("workflows.test"), QStringLiteral("workflows.release"),
             QStringLiteral("dockerfile"), QStringLiteral("secrets.deploy_token") }) {
        QVERIFY2(after.item(id).value(QStringLiteral("ok")).toBool(), qPrintable(id));
    }
    QVERIFY(after.failing().contains(QStringLiteral("pyproject.ruff")));

    QString out;
    QCOMPARE(cli({ QStringLiteral("project"), QStringLiteral("health"), QStringLiteral("--offline"), QStringLiteral("--fix"),
                     QStringLiteral("all") },
                 dir, &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("+[tool.ruff]")), qPrintable(out));
    const Health fixed = health(dir);
    QCOMPARE(fixed.exitCode, 0);
    QCOMPARE(fixed.failing(), QStringList { QStringLiteral("update_checker") }); // recommended, nothing to write for it
    // The fixed package still runs, reports its version, and version stamp still finds __version__
    // (-I -S: no installed tallyho can answer instead of the source tree; -B: no .pyc, whose
    // mtime+size check cannot see a same-length stamp written within the same second).
    QString python;
    QCOMPARE(runTool(testPython(),
                 { QStringLiteral("-I"), QStringLiteral("-S"), QStringLiteral("-B"), QStringLiteral("-c"),
                     QStringLiteral("import sys; sys.path.insert(0, 'src'); import tallyho; print(tallyho.__version__)") },
                 &python, dir),
        0);
    QCOMPARE(python.trimmed(), QStringLiteral("0.7.2"));
    QCOMPARE(
        cli({ QStringLiteral("version"), QStringLiteral("stamp"), QStringLiteral("0.9.0"), QStringLiteral("--project"), dir },
            dir, &out),
        0);
    QCOMPARE(runTool(testPython(),
                 { QStringLiteral("-I"), QStringLiteral("-S"), QStringLiteral("-B"), QStringLiteral("-c"),
                     QStringLiteral("import sys; sys.path.insert(0, 'src'); import tallyho; print(tallyho.__version__)") },
                 &python, dir),
        0);
    QCOMPARE(python.trimmed(), QStringLiteral("0.9.0"));
}

void TestProjectHealthCli::findings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("append");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("says");

    QTest::newRow("a workflow using the reserved GITEA_TOKEN")
        << ".gitea/workflows/release.yml" << QByteArray("# token: ${{ secrets.GITEA_TOKEN }}\n") << "secrets.deploy_token"
        << "Gitea reserves that name";
    QTest::newRow("hatchling and tests in the toolcache Python (uninstall-no-record-file)")
        << "pyproject.toml" << QByteArray("\n[tool.hatch.build]\n# built with hatchling\n")
        << "troubleshooting.uninstall_no_record"
        << "uninstall-no-record-file";
    QTest::newRow("docker enabled without a Dockerfile: required")
        << "releasedesk.toml" << QByteArray("\n[docker]\nenabled = true\n") << "dockerfile"
        << "the release's Docker step fails";
}

void TestProjectHealthCli::findings()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, append);
    QFETCH(QString, item);
    QFETCH(QString, says);
    const QString dir = project(QStringLiteral("finding"));
    QVERIFY(!dir.isEmpty());
    QCOMPARE(cli({ QStringLiteral("workflows"), QStringLiteral("init") }, dir), 0);
    QVERIFY(health(dir).item(item).value(QStringLiteral("ok")).toBool() || item == QStringLiteral("dockerfile"));
    QVERIFY(appendTo(QDir(dir).filePath(file), append));
    const Health seen = health(dir);
    const QJsonObject found = seen.item(item);
    QCOMPARE(found.value(QStringLiteral("ok")).toBool(), false);
    QVERIFY2(found.value(QStringLiteral("problem")).toString().contains(says),
        qPrintable(found.value(QStringLiteral("problem")).toString()));
}

void TestProjectHealthCli::actionsOnTheServer_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::newRow("Actions enabled: ok") << true;
    QTest::newRow("Actions disabled for the repository: named, with where to enable them") << false;
}

void TestProjectHealthCli::actionsOnTheServer()
{
    QFETCH(bool, enabled);
    GiteaTestServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    server.seedStandard();
    server.seed(QJsonObject { { QStringLiteral("repos"),
        QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
            { QStringLiteral("name"), QStringLiteral("tallyho") }, { QStringLiteral("actions_enabled"), enabled } } } } });
    const QString dir = project(QStringLiteral("server"));
    QVERIFY(!dir.isEmpty());
    m_env.insert(QStringLiteral("RELEASEDESK_TOKEN"), GiteaTestServer::aliceToken());
    const Health seen
        = health(dir, { QStringLiteral("--server"), server.url(), QStringLiteral("--repo"), QStringLiteral("alice/tallyho") });
    m_env.remove(QStringLiteral("RELEASEDESK_TOKEN"));
    const QJsonObject item = seen.item(QStringLiteral("server.actions"));
    QCOMPARE(item.value(QStringLiteral("ok")).toBool(), enabled);
    if (!enabled) {
        QVERIFY(
            item.value(QStringLiteral("problem")).toString().contains(QStringLiteral("Actions are disabled for alice/tallyho")));
        QVERIFY(item.value(QStringLiteral("fix"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("Settings")));
    }
}

QTEST_GUILESS_MAIN(TestProjectHealthCli)
#include "TestProjectHealthCli.moc"
