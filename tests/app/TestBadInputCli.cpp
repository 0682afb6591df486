// Issue 13's "bad input and partial failure" rows, as a user would type them: each gets a clear
// message naming what is wrong (and the exit code says whether it was a usage error), and changes
// nothing: the Gitea test server's releases and assets, and the project folder, are compared
// before and after every row.
#include "support/GiteaTestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments, const QString &workDir = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RELEASEDESK_TOKEN"), GiteaTestServer::aliceToken());
    environment.remove(QStringLiteral("RELEASEDESK_UPDATE_SIGNING_KEY"));
    process.setProcessEnvironment(environment);
    if (!workDir.isEmpty()) {
        process.setWorkingDirectory(workDir);
    }
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    process.waitForFinished(60'000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QStringList names(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items) {
        list << QString::fromUtf8(item);
    }
    return list;
}

QStringList treeOf(const QString &root)
{
    QStringList tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QStringLiteral("/.git/"))) {
            tree << QDir(root).relativeFilePath(path) + QLatin1Char(' ') + QString::number(it.fileInfo().size());
        }
    }
    tree.sort();
    return tree;
}

} // namespace

class TestBadInputCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        QVERIFY2(m_server.isRunning(), qPrintable(m_server.startError()));
        m_server.seedStandard();
        // A pre-release whose tag reads as final, to see that an upload does not flip it.
        m_server.seed(QJsonObject { { QStringLiteral("repos"),
            QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
                { QStringLiteral("name"), QStringLiteral("tallyho") },
                { QStringLiteral("releases"),
                    QJsonArray { QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v2.0.0") },
                        { QStringLiteral("prerelease"), true } } } } } } } });
        const CliRun demo = cli({ QStringLiteral("demo"), QStringLiteral("create"), m_temp.filePath(QStringLiteral("demo")) });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_project = m_temp.filePath(QStringLiteral("demo/tallyho"));
        // A project with a dependency, for the rows about where pip finds it.
        const CliRun depsDemo
            = cli({ QStringLiteral("demo"), QStringLiteral("create"), m_temp.filePath(QStringLiteral("deps-demo")) });
        QVERIFY2(depsDemo.exitCode == 0, qPrintable(depsDemo.err));
        m_depsProject = m_temp.filePath(QStringLiteral("deps-demo/tallyho"));
        QFile::remove(m_depsProject + QStringLiteral("/releasedesk.toml")); // the demo's offline wheel folder
        {
            QFile pyproject(m_depsProject + QStringLiteral("/pyproject.toml"));
            QVERIFY(pyproject.open(QIODevice::ReadOnly));
            QByteArray text = pyproject.readAll();
            pyproject.close();
            QVERIFY(text.contains("\ndependencies = []\n"));
            text.replace("\ndependencies = []\n", "\ndependencies = [\"helperlib>=1.0\"]\n");
            QVERIFY(pyproject.open(QIODevice::WriteOnly | QIODevice::Truncate));
            pyproject.write(text);
        }
        QFile::remove(m_project + QStringLiteral("/releasedesk.toml"));
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(m_temp.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("empty.zip"), QByteArray());
        write(QStringLiteral("App-v2.0.0-win-x64.zip"), QByteArray(1000, 'z'));
        write(QStringLiteral("notes.md"), "Notes from a file\n");
        write(QStringLiteral("tool.exe"), QByteArray("MZ") + QByteArray(5000, 'x')); // a Windows program, no installer
        QDir().mkpath(m_temp.filePath(QStringLiteral("a-folder")));
    }

    void refusedAndNothingChanged_data()
    {
        QTest::addColumn<QStringList>("arguments"); // {server} {temp} {project} {depsproject} are filled in
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("notInMessage");
        const QStringList upload = names({ "release", "upload", "{temp}/App-v2.0.0-win-x64.zip", "--server", "{server}", "--repo",
            "alice/tallyho", "--tag", "v2.0.0" });
        QTest::newRow("server without a scheme") << names({ "release", "upload", "{temp}/App-v2.0.0-win-x64.zip", "--server",
            "gitea.example.invalid", "--repo", "alice/tallyho", "--tag", "v2.0.0" })
                                                 << 2 << "has no scheme"
                                                 << "";
        QTest::newRow("port out of range") << names({ "server", "check", "--server", "http://127.0.0.1:99999", "--repo",
            "alice/tallyho" }) << 2 << "99999 is not a port"
                                           << "could not be found";
        QTest::newRow("api url with credentials") << upload + names({ "--api-url", "http://user:pass@127.0.0.1:1/api/v1" }) << 2
                                                  << "--api-url: The server URL must not contain"
                                                  << "pass@";
        QTest::newRow("empty file") << names(
            { "release", "upload", "{temp}/empty.zip", "--server", "{server}", "--repo", "alice/tallyho", "--tag", "v2.0.0" })
                                    << 1 << "is empty (0 bytes)"
                                    << "FILE_MAX_SIZE";
        QTest::newRow("a folder as FILE") << names(
            { "release", "upload", "{temp}/a-folder", "--server", "{server}", "--repo", "alice/tallyho", "--tag", "v2.0.0" })
                                          << 1 << "is a folder, not a file"
                                          << "FILE_MAX_SIZE";
        QTest::newRow("a missing FILE") << names(
            { "release", "upload", "{temp}/nothing.zip", "--server", "{server}", "--repo", "alice/tallyho", "--tag", "v2.0.0" })
                                        << 1 << "does not exist"
                                        << "FILE_MAX_SIZE";
        QTest::newRow("max file size 0.2") << upload + names({ "--max-file-size", "0.2" }) << 2
                                           << "--max-file-size '0.2' is not a whole number"
                                           << "";
        QTest::newRow("max file size -5") << upload + names({ "--max-file-size", "-5" }) << 2 << "--max-file-size '-5'"
                                          << "";
        QTest::newRow("parallel 0") << upload + names({ "--parallel", "0" }) << 2 << "--parallel '0' is not a whole number from 1"
                                    << "";
        QTest::newRow("retries abc") << upload + names({ "--retries", "abc" }) << 2 << "--retries 'abc'"
                                     << "";
        QTest::newRow("timeout abc") << upload + names({ "--timeout", "abc" }) << 2 << "--timeout 'abc'"
                                     << "";
        QTest::newRow("prerelease and final on create") << names({ "release", "create", "--server", "{server}", "--repo",
            "alice/tallyho", "--tag", "v3.0.0", "--prerelease", "--final" })
                                                        << 2 << "exclude each other"
                                                        << "";
        QTest::newRow("notes file and notes text") << upload + names({ "--notes", "{temp}/notes.md", "--notes-text", "T" }) << 2
                                                   << "--notes and --notes-text exclude each other"
                                                   << "";
        QTest::newRow("tag with ..") << names({ "release", "upload", "{temp}/App-v2.0.0-win-x64.zip", "--server", "{server}",
            "--repo", "alice/tallyho", "--tag", "v1.0.0/../../x" })
                                     << 2 << "not a valid tag name"
                                     << "";
        QTest::newRow("tag with git's forbidden characters")
            << names({ "release", "create", "--server", "{server}", "--repo", "alice/tallyho", "--tag", "bad tag~^:" }) << 2
            << "not a valid tag name"
            << "";
        QTest::newRow("--kind github against a Gitea server")
            << names({ "release", "inspect", "--server", "{server}", "--repo", "alice/tallyho", "--kind", "github" }) << 1
            << "use --kind gitea"
            << "";
        // Issue 13's unclear messages, now named for what they are.
        QTest::newRow("installer verify on a text file")
            << names({ "installer", "verify", "{temp}/notes.md" }) << 2 << "is not a Windows program"
            << "32-bit";
        QTest::newRow("installer verify on a program that is no installer")
            << names({ "installer", "verify", "{temp}/tool.exe" }) << 2 << "not an NSIS installer"
            << "32-bit";
        QTest::newRow("installer verify on a folder")
            << names({ "installer", "verify", "{temp}/a-folder" }) << 2 << "is a folder, not an installer"
            << "32-bit";
        QTest::newRow("build with a wheel folder that does not exist")
            << names({ "build", "linux", "--project", "{project}", "--find-links", "{temp}/no-wheels", "--out", "{temp}/out" })
            << 1 << "The wheel folder {temp}/no-wheels (--find-links) does not exist"
            << "win_amd64";
        QTest::newRow("build --no-index with no wheel folder, for a project with dependencies")
            << names({ "build", "linux", "--project", "{depsproject}", "--no-index", "--out", "{temp}/out" }) << 2
            << "--no-index leaves pip nowhere to find the project's dependencies (helperlib>=1.0)"
            << "wheel for";
        QTest::newRow("build from a package index that cannot be reached")
            << names({ "build", "linux", "--project", "{depsproject}", "--index-url", "http://127.0.0.1:9/simple", "--out",
                   "{temp}/out" })
            << 1 << "The package index http://127.0.0.1:9/simple could not be reached: the connection was refused"
            << "pip could not";
        QTest::newRow("server check of a local folder")
            << names({ "server", "check", "--server", "{temp}", "--kind", "local" }) << 2 << "--kind must be gitea or github"
            << "";
        QTest::newRow("release run with credentials in --api-url") << names({ "release", "run", "--project", "{project}",
            "--server", "{server}", "--repo", "alice/tallyho", "--api-url", "http://user:pass@127.0.0.1:1/api/v1", "--dry-run" })
                                                                   << 2 << "--api-url"
                                                                   << "pass@";
        QTest::newRow("bump a label") << names({ "version", "bump", "minor", "--project", "{project}", "--version", "nightly" })
                                      << 1 << "nothing to bump"
                                      << "0.0.0";
    }

    void refusedAndNothingChanged()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(QString, notInMessage);
        message.replace(QStringLiteral("{temp}"), m_temp.path());
        for (QString &argument : arguments) {
            argument.replace(QStringLiteral("{server}"), m_server.url())
                .replace(QStringLiteral("{temp}"), m_temp.path())
                .replace(QStringLiteral("{project}"), m_project)
                .replace(QStringLiteral("{depsproject}"), m_depsProject);
        }
        const QJsonValue before = m_server.state().value(QStringLiteral("repos"));
        const QStringList projectBefore = treeOf(m_project);
        const QStringList depsProjectBefore = treeOf(m_depsProject);
        const CliRun run = cli(arguments);
        const QString all = run.out + run.err;
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(all)));
        QVERIFY2(all.contains(message), qPrintable(all));
        if (!notInMessage.isEmpty()) {
            QVERIFY2(!all.contains(notInMessage), qPrintable(all));
        }
        QCOMPARE(m_server.state().value(QStringLiteral("repos")), before);
        QCOMPARE(treeOf(m_project), projectBefore);
        QCOMPARE(treeOf(m_depsProject), depsProjectBefore);
    }

    void readOnlyCommandsWriteNothing()
    {
        QVERIFY(!QFileInfo::exists(m_project + QStringLiteral("/releasedesk.toml")));
        const CliRun show = cli({ QStringLiteral("project"), QStringLiteral("show"), m_project });
        QCOMPARE(show.exitCode, 0);
        QVERIFY(!QFileInfo::exists(m_project + QStringLiteral("/releasedesk.toml")));
    }

    void uploadKeepsThePrereleaseFlag()
    {
        const CliRun run = cli({ QStringLiteral("release"), QStringLiteral("upload"),
            m_temp.filePath(QStringLiteral("App-v2.0.0-win-x64.zip")), QStringLiteral("--server"), m_server.url(),
            QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--tag"), QStringLiteral("v2.0.0") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2((run.out + run.err).contains(QStringLiteral("v2.0.0 stays a pre-release")), qPrintable(run.out + run.err));
        const QJsonArray releases = m_server.state()
                                        .value(QStringLiteral("repos"))
                                        .toObject()
                                        .value(QStringLiteral("alice/tallyho"))
                                        .toObject()
                                        .value(QStringLiteral("releases"))
                                        .toArray();
        bool found = false;
        for (const QJsonValue &release : releases) {
            if (release.toObject().value(QStringLiteral("tag_name")).toString() == QStringLiteral("v2.0.0")) {
                found = true;
                QVERIFY(release.toObject().value(QStringLiteral("prerelease")).toBool());
            }
        }
        QVERIFY(found);
    }

    // Issue 13: every output goes through the redactor, including error messages that quote a
    // path and the build's log lines; secrets from the environment are known from the start.
    void environmentSecretsNeverPrinted_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("error quoting a path") << names({ "project", "show", "{secretdir}" });
        QTest::newRow("build error quoting the project folder")
            << names({ "build", "linux", "--project", "{secretdir}", "--out", "{secretdir}/out" });
        QTest::newRow("usage error quoting a value") << names({ "release", "upload", "{secretdir}/a.zip", "--server", "{server}",
            "--repo", "alice/tallyho", "--tag", "v1.0.0", "--parallel", "{secret}" });
        QTest::newRow("json error") << names({ "version", "resolve", "--project", "{secretdir}", "--json" });
    }

    void environmentSecretsNeverPrinted()
    {
        QFETCH(QStringList, arguments);
        const QString secret = QStringLiteral("s3cr3tSigningPassw0rdXYZ");
        const QString dir = m_temp.filePath(QStringLiteral("p-") + secret);
        for (QString &argument : arguments) {
            argument.replace(QStringLiteral("{secretdir}"), dir)
                .replace(QStringLiteral("{secret}"), secret)
                .replace(QStringLiteral("{server}"), m_server.url());
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RELEASEDESK_SIGN_PASSWORD"), secret);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RD_CLI_PATH), arguments);
        QVERIFY(process.waitForFinished(60'000));
        const QString all = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QVERIFY2(process.exitCode() != 0, qPrintable(all));
        QVERIFY2(!all.contains(secret), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("***")), qPrintable(all));
    }

    void cleartextServerIsWarned()
    {
        const CliRun run = cli({ QStringLiteral("server"), QStringLiteral("check"), QStringLiteral("--server"),
            QStringLiteral("http://gitea.example.invalid"), QStringLiteral("--repo"), QStringLiteral("alice/tallyho") });
        QVERIFY(run.err.contains(QStringLiteral("clear text")));
        const CliRun loopback = cli({ QStringLiteral("server"), QStringLiteral("check"), QStringLiteral("--server"),
            m_server.url(), QStringLiteral("--repo"), QStringLiteral("alice/tallyho") });
        QVERIFY(!loopback.err.contains(QStringLiteral("clear text")));
    }

private:
    QTemporaryDir m_temp;
    GiteaTestServer m_server;
    QString m_project;
    QString m_depsProject;
};

QTEST_GUILESS_MAIN(TestBadInputCli)
#include "TestBadInputCli.moc"
