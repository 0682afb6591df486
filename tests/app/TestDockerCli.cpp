// Issue 12's Docker step through the real releasedesk-cli: the generated multi-stage Dockerfile,
// `docker init` (a diff first, a user's edited Dockerfile never replaced silently), a real build
// with podman from a base image made at test time, pushed to Debian's docker-registry on
// loopback and read back through the registry API (tags, labels, user, healthcheck: `latest`
// only for a stable version), a failed login that skips the push without failing, the redeploy
// webhook's answers, and plan mode when no engine is installed.
#include "docker/DockerPlan.h"
#include "docker/DockerfileGenerator.h"
#include "support/BuildFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

Q_DECLARE_METATYPE(rd::DockerfileInputs)

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// A support script that serves something on loopback until destroyed; it prints "READY <url>".
class ServedScript
{
public:
    explicit ServedScript(const QStringList &arguments)
    {
        m_process.start(
            testPython(), QStringList { QStringLiteral(RD_SOURCE_DIR "/tests/support/container_fixture.py") } + arguments);
        QByteArray buffer;
        for (int i = 0; i < 200 && m_url.isEmpty(); ++i) {
            if (m_process.waitForReadyRead(100)) {
                buffer += m_process.readAllStandardOutput();
            }
            if (buffer.startsWith("READY ") && buffer.contains('\n')) {
                m_url = QString::fromUtf8(buffer.mid(6, buffer.indexOf('\n') - 6)).trimmed();
            }
            if (m_process.state() == QProcess::NotRunning) {
                break;
            }
        }
    }
    ~ServedScript()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    QString url() const { return m_url; }
    QString hostPort() const { return QString(m_url).remove(QStringLiteral("http://")); }

private:
    QProcess m_process;
    QString m_url;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

DockerfileInputs plainInputs()
{
    DockerfileInputs in;
    in.appName = QStringLiteral("Tallyho");
    in.distribution = QStringLiteral("tallyho");
    in.sourceUrl = QStringLiteral("https://git.example.com/demo/tallyho");
    in.initFile = QStringLiteral("src/tallyho/__init__.py");
    in.baseImage = QStringLiteral("python:3.11-slim");
    in.command = QStringList { QStringLiteral("tallyho") };
    return in;
}

} // namespace

class TestDockerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatedDockerfile_data();
    void generatedDockerfile();
    void registryAndTags_data();
    void registryAndTags();
    void initShowsTheDiffAndKeepsTheUsersEdits();
    void planModeWithoutAnEngine();
    void buildPushAndReadBackThroughTheRegistry();
    void failedLoginSkipsThePush();
    void webhook_data();
    void webhook();

private:
    CliRun cli(const QStringList &arguments, const QString &workingDirectory = {},
        const QProcessEnvironment &extra = QProcessEnvironment()) const;
    QString freshProject(const QString &name, const QStringList &dockerLines = {});
    bool haveContainerTools() const;

    QTemporaryDir m_temp;
    QProcessEnvironment m_env;
};

void TestDockerCli::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_env = hermeticEnvironment();
    m_env.remove(QStringLiteral("GITHUB_ACTIONS"));
    m_env.remove(QStringLiteral("GITEA_ACTIONS"));
    m_env.remove(QStringLiteral("GITHUB_OUTPUT"));
    m_env.remove(QStringLiteral("RELEASEDESK_TOKEN"));
    m_env.remove(QStringLiteral("DEPLOY_TOKEN"));
    // A storage of its own: nothing of the machine's podman images is touched or seen.
    m_env.insert(QStringLiteral("RELEASEDESK_PODMAN_ARGS"),
        QStringLiteral("--root %1 --runroot %2")
            .arg(m_temp.filePath(QStringLiteral("storage")), m_temp.filePath(QStringLiteral("run"))));
}

CliRun TestDockerCli::cli(const QStringList &arguments, const QString &workingDirectory, const QProcessEnvironment &extra) const
{
    QProcess process;
    QProcessEnvironment env = m_env;
    for (const QString &key : extra.keys()) {
        env.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(10 * 60 * 1000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestDockerCli::freshProject(const QString &name, const QStringList &dockerLines)
{
    const QString dir = makeDemoProject(m_temp.filePath(name), {});
    if (dir.isEmpty()) {
        return {};
    }
    if (!dockerLines.isEmpty()) {
        const QString settings = QDir(dir).filePath(QStringLiteral("releasedesk.toml"));
        QByteArray toml = readFile(settings);
        toml += "\n[docker]\n" + dockerLines.join(QLatin1Char('\n')).toUtf8() + "\n";
        writeFile(settings, toml);
    }
    runTool(QStringLiteral("git"), { QStringLiteral("-C"), dir, QStringLiteral("add"), QStringLiteral("-A") });
    runTool(QStringLiteral("git"),
        { QStringLiteral("-C"), dir, QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("settings") });
    return dir;
}

bool TestDockerCli::haveContainerTools() const
{
    return !QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty();
}

void TestDockerCli::generatedDockerfile_data()
{
    QTest::addColumn<DockerfileInputs>("inputs");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const DockerfileInputs plain = plainInputs();
    QTest::newRow("plain project: wheels then runtime, no frontend, no healthcheck")
        << plain
        << QStringList { QStringLiteral("ARG BASE_IMAGE=python:3.11-slim\n"), QStringLiteral("FROM ${BASE_IMAGE} AS wheels\n"),
               QStringLiteral("python3 -m pip wheel --no-cache-dir --wheel-dir /wheels \".\""),
               QStringLiteral("sed -i \"s/^version *= *\\\"[^\\\"]*\\\"/version = \\\"$APP_VERSION\\\"/\" pyproject.toml"),
               QStringLiteral("src/tallyho/__init__.py"), QStringLiteral("org.opencontainers.image.version=\"${APP_VERSION}\""),
               QStringLiteral("org.opencontainers.image.source=\"https://git.example.com/demo/tallyho\""),
               QStringLiteral("USER appuser\n"), QStringLiteral("CMD [\"tallyho\"]\n"),
               QStringLiteral("--find-links /tmp/wheels \"tallyho\"") }
        << QStringList { QStringLiteral("AS frontend"), QStringLiteral("HEALTHCHECK"), QStringLiteral("EXPOSE"),
               QStringLiteral("apt-get"), QStringLiteral("curl") };

    DockerfileInputs frontend = plain;
    frontend.frontend = true;
    frontend.frontendLockFile = true;
    QTest::newRow("frontend with a lock file: npm ci stage feeds the wheels")
        << frontend
        << QStringList { QStringLiteral("FROM ${NODE_IMAGE} AS frontend\n"), QStringLiteral("RUN npm ci\n"),
               QStringLiteral("RUN npm run build\n"), QStringLiteral("COPY --from=frontend /src ./\n"),
               QStringLiteral("COPY package.json package-lock.json ./\n") }
        << QStringList { QStringLiteral("npm install") };

    DockerfileInputs noLock = frontend;
    noLock.frontendLockFile = false;
    QTest::newRow("frontend without a lock file: npm install")
        << noLock << QStringList { QStringLiteral("RUN npm install\n"), QStringLiteral("COPY package.json ./\n") }
        << QStringList { QStringLiteral("npm ci") };

    DockerfileInputs service = plain;
    service.port = 8080;
    service.healthUrl = QStringLiteral("http://localhost:8080/health");
    service.systemPackages = QStringList { QStringLiteral("libgl1"), QStringLiteral("ffmpeg") };
    service.command = QStringList { QStringLiteral("uvicorn"), QStringLiteral("tallyho.main:app"), QStringLiteral("--port"),
        QStringLiteral("8080") };
    QTest::newRow("web service: EXPOSE, python healthcheck (no curl in slim), apt packages, exec-form CMD")
        << service
        << QStringList { QStringLiteral("EXPOSE 8080\n"), QStringLiteral("HEALTHCHECK --interval=30s --timeout=5s"),
               QStringLiteral("urllib.request.urlopen(sys.argv[1], timeout=4)"),
               QStringLiteral("\"http://localhost:8080/health\"]"),
               QStringLiteral("apt-get install -y --no-install-recommends libgl1 ffmpeg"),
               QStringLiteral("CMD [\"uvicorn\", \"tallyho.main:app\", \"--port\", \"8080\"]\n") }
        << QStringList { QStringLiteral("curl") };

    DockerfileInputs dynamic = plain;
    dynamic.versionIsDynamic = true;
    dynamic.extras = QStringList { QStringLiteral("web"), QStringLiteral("tray") };
    dynamic.baseImage = QStringLiteral("python:3.12-slim-bookworm");
    QTest::newRow("dynamic version and extras: scm pretend version, extras on both pip lines, other base")
        << dynamic
        << QStringList { QStringLiteral("ENV SETUPTOOLS_SCM_PRETEND_VERSION=${APP_VERSION}\n"),
               QStringLiteral("--wheel-dir /wheels \".[web,tray]\""), QStringLiteral("\"tallyho[web,tray]\""),
               QStringLiteral("ARG BASE_IMAGE=python:3.12-slim-bookworm\n") }
        << QStringList { QStringLiteral("sed -i") };

    DockerfileInputs quoting = plain;
    quoting.appName = QStringLiteral("Tally \"Ho\" $HOME");
    quoting.sourceUrl.clear();
    QTest::newRow("quotes in the name are escaped; no source: a vendor label instead")
        << quoting << QStringList { QStringLiteral("org.opencontainers.image.title=\"Tally \\\"Ho\\\" $HOME\"") }
        << QStringList { QStringLiteral("image.source") };
}

void TestDockerCli::generatedDockerfile()
{
    QFETCH(DockerfileInputs, inputs);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString text = DockerfileGenerator::generate(inputs);
    for (const QString &part : present) {
        QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing: %1\n%2").arg(part, text)));
    }
    for (const QString &part : absent) {
        QVERIFY2(!text.contains(part), qPrintable(QStringLiteral("unexpected: %1\n%2").arg(part, text)));
    }
    // The stages in order: a frontend before the wheels, the runtime last.
    const qsizetype wheels = text.indexOf(QStringLiteral("AS wheels"));
    const qsizetype runtime = text.lastIndexOf(QStringLiteral("FROM ${BASE_IMAGE}\n"));
    QVERIFY(wheels > 0 && runtime > wheels);
    if (inputs.frontend) {
        QVERIFY(text.indexOf(QStringLiteral("AS frontend")) < wheels);
    }
    // The version is stamped before pip reads the metadata.
    if (!inputs.versionIsDynamic) {
        QVERIFY(text.indexOf(QStringLiteral("sed -i")) < text.indexOf(QStringLiteral("pip wheel")));
    }
}

void TestDockerCli::registryAndTags_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("prerelease");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("gitea on https: host/owner, stable gets latest")
        << QStringLiteral("https://git.example.com") << QStringLiteral("Demo") << QStringLiteral("git.example.com/demo")
        << QStringLiteral("v1.2.3") << false
        << QStringList { QStringLiteral("v1.2.3"), QStringLiteral("1.2.3"), QStringLiteral("latest") };
    QTest::newRow("gitea on a port keeps the port; a pre-release never gets latest")
        << QStringLiteral("http://10.0.0.5:3000/") << QStringLiteral("team") << QStringLiteral("10.0.0.5:3000/team")
        << QStringLiteral("v0.3.0-alpha.1") << true
        << QStringList { QStringLiteral("v0.3.0-alpha.1"), QStringLiteral("0.3.0-alpha.1") };
    QTest::newRow("default https port is left out; rc is a pre-release")
        << QStringLiteral("https://git.example.com:443") << QStringLiteral("o") << QStringLiteral("git.example.com/o")
        << QStringLiteral("v2.0.0-rc.2") << true << QStringList { QStringLiteral("v2.0.0-rc.2"), QStringLiteral("2.0.0-rc.2") };
    QTest::newRow("github.com pushes to ghcr.io")
        << QStringLiteral("https://github.com") << QStringLiteral("Owner") << QStringLiteral("ghcr.io/owner")
        << QStringLiteral("v1.0.0") << false
        << QStringList { QStringLiteral("v1.0.0"), QStringLiteral("1.0.0"), QStringLiteral("latest") };
    QTest::newRow("a local version's + is not a docker tag character")
        << QStringLiteral("https://git.example.com") << QStringLiteral("o") << QStringLiteral("git.example.com/o")
        << QStringLiteral("v1.0.0+build.5") << false
        << QStringList { QStringLiteral("v1.0.0-build.5"), QStringLiteral("1.0.0-build.5"), QStringLiteral("latest") };
}

void TestDockerCli::registryAndTags()
{
    QFETCH(QString, server);
    QFETCH(QString, owner);
    QFETCH(QString, registry);
    QFETCH(QString, tag);
    QFETCH(bool, prerelease);
    QFETCH(QStringList, tags);
    QCOMPARE(DockerPlan::registryFor(server, owner), registry);
    QCOMPARE(DockerPlan::tagsFor(tag, QStringLiteral("v"), prerelease), tags);
}

void TestDockerCli::initShowsTheDiffAndKeepsTheUsersEdits()
{
    const QString dir = freshProject(QStringLiteral("init"));
    QVERIFY(!dir.isEmpty());
    const QString dockerfile = QDir(dir).filePath(QStringLiteral("Dockerfile"));

    CliRun dry = cli({ QStringLiteral("docker"), QStringLiteral("init"), QStringLiteral("--dry-run") }, dir);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(
        dry.out.contains(QStringLiteral("+++ b/Dockerfile")) && dry.out.contains(QStringLiteral("+FROM ${BASE_IMAGE} AS wheels")),
        qPrintable(dry.out));
    QVERIFY(!QFile::exists(dockerfile));
    QVERIFY(!readFile(QDir(dir).filePath(QStringLiteral("releasedesk.toml"))).contains("[docker]"));

    CliRun init = cli({ QStringLiteral("docker"), QStringLiteral("init") }, dir);
    QCOMPARE(init.exitCode, 0);
    QVERIFY(QFile::exists(dockerfile));
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral(".dockerignore"))));
    QVERIFY(readFile(QDir(dir).filePath(QStringLiteral("releasedesk.toml"))).contains("[docker]\nenabled = true"));

    // The user edits the Dockerfile: init shows what it would change and writes nothing.
    const QByteArray edited = readFile(dockerfile) + "RUN echo my own step\n";
    QVERIFY(writeFile(dockerfile, edited));
    CliRun again = cli({ QStringLiteral("docker"), QStringLiteral("init") }, dir);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.out.contains(QStringLiteral("-RUN echo my own step")), qPrintable(again.out));
    QVERIFY2(again.err.contains(QStringLiteral("--force")), qPrintable(again.err));
    QCOMPARE(readFile(dockerfile), edited);

    CliRun forced = cli({ QStringLiteral("docker"), QStringLiteral("init"), QStringLiteral("--force") }, dir);
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(!readFile(dockerfile).contains("my own step"));
}

void TestDockerCli::planModeWithoutAnEngine()
{
    const QString dir = freshProject(QStringLiteral("plan"), { QStringLiteral("enabled = true") });
    QVERIFY(!dir.isEmpty());
    QCOMPARE(cli({ QStringLiteral("docker"), QStringLiteral("init") }, dir).exitCode, 0);
    // A PATH with git but neither docker nor podman.
    const QString bin = m_temp.filePath(QStringLiteral("bin-no-engine"));
    QVERIFY(QDir().mkpath(bin));
    QVERIFY(QFile::link(QStandardPaths::findExecutable(QStringLiteral("git")), QDir(bin).filePath(QStringLiteral("git"))));
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), bin);

    CliRun plan = cli({ QStringLiteral("docker"), QStringLiteral("plan"), QStringLiteral("--version"), QStringLiteral("1.4.0"),
                          QStringLiteral("--registry"), QStringLiteral("git.example.com/Demo"), QStringLiteral("--json") },
        dir, env);
    QCOMPARE(plan.exitCode, 0);
    const QJsonObject json = plan.json();
    QCOMPARE(json.value(QStringLiteral("engine_found")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("repository")).toString(), QStringLiteral("git.example.com/demo/tallyho"));
    QCOMPARE(json.value(QStringLiteral("tags")).toArray(),
        QJsonArray::fromStringList({ QStringLiteral("v1.4.0"), QStringLiteral("1.4.0"), QStringLiteral("latest") }));
    const QJsonArray commands = json.value(QStringLiteral("commands")).toArray();
    QCOMPARE(commands.size(), 5); // build, login, 3 pushes
    QVERIFY(commands.at(1).toObject().value(QStringLiteral("command")).toString().contains(QStringLiteral("--password-stdin")));
    QVERIFY(
        json.value(QStringLiteral("pull")).toArray().contains(QStringLiteral("docker pull git.example.com/demo/tallyho:1.4.0")));

    CliRun build = cli({ QStringLiteral("docker"), QStringLiteral("build"), QStringLiteral("--version"), QStringLiteral("1.4.0"),
                           QStringLiteral("--registry"), QStringLiteral("git.example.com/demo") },
        dir, env);
    QCOMPARE(build.exitCode, 1);
    QVERIFY2(build.err.contains(QStringLiteral("Neither docker nor podman is installed")), qPrintable(build.err));
    QVERIFY2(build.out.contains(QStringLiteral("build")), qPrintable(build.out)); // the commands to run elsewhere
}

void TestDockerCli::buildPushAndReadBackThroughTheRegistry()
{
    if (!haveContainerTools()) {
        QSKIP("podman or docker-registry is not installed (apt install podman docker-registry)");
    }
    QString output;
    QCOMPARE(runTool(testPython(),
                 { QStringLiteral(RD_SOURCE_DIR "/tests/support/container_fixture.py"), QStringLiteral("base"),
                     m_temp.filePath(QStringLiteral("baseroot")), QStringLiteral("localhost/rd-python-base:test") },
                 &output, {}, m_env),
        0);
    ServedScript registry({ QStringLiteral("registry"), m_temp.filePath(QStringLiteral("registry")) });
    QVERIFY2(!registry.url().isEmpty(), "docker-registry did not start");

    const QString dir = freshProject(QStringLiteral("image"),
        { QStringLiteral("port = 8080"), QStringLiteral("health_url = \"http://localhost:8080/health\"") });
    QVERIFY(!dir.isEmpty());
    QCOMPARE(cli({ QStringLiteral("docker"), QStringLiteral("init") }, dir).exitCode, 0);
    runTool(QStringLiteral("git"), { QStringLiteral("-C"), dir, QStringLiteral("add"), QStringLiteral("-A") });
    runTool(QStringLiteral("git"),
        { QStringLiteral("-C"), dir, QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("docker") });

    const QStringList common { QStringLiteral("--registry"), registry.hostPort() + QStringLiteral("/demo"),
        QStringLiteral("--build-arg"), QStringLiteral("BASE_IMAGE=localhost/rd-python-base:test"), QStringLiteral("--build-arg"),
        QStringLiteral("PIP_NO_INDEX=1"), QStringLiteral("--build-arg"),
        QStringLiteral("PIP_FIND_LINKS=/usr/share/python-wheels") };
    QProcessEnvironment token;
    token.insert(QStringLiteral("DEPLOY_TOKEN"), QStringLiteral("registry-token-7f3a"));

    CliRun stable = cli(
        QStringList { QStringLiteral("docker"), QStringLiteral("push"), QStringLiteral("--version"), QStringLiteral("1.2.3") }
            + common,
        dir, token);
    QVERIFY2(stable.exitCode == 0, qPrintable(stable.err.right(3000)));
    QVERIFY2(stable.out.contains(QStringLiteral("Pushed ")), qPrintable(stable.out));
    QVERIFY(!(stable.out + stable.err).contains(QStringLiteral("registry-token-7f3a")));

    CliRun pre = cli(QStringList { QStringLiteral("docker"), QStringLiteral("push"), QStringLiteral("--version"),
                         QStringLiteral("1.3.0rc1"), QStringLiteral("--json") }
            + common,
        dir, token);
    QVERIFY2(pre.exitCode == 0, qPrintable(pre.err.right(3000)));
    QCOMPARE(pre.json().value(QStringLiteral("pushed")).toBool(), true);

    QCOMPARE(runTool(testPython(),
                 { QStringLiteral(RD_SOURCE_DIR "/tests/support/container_fixture.py"), QStringLiteral("inspect"), registry.url(),
                     QStringLiteral("demo/tallyho") },
                 &output),
        0);
    const QJsonObject seen = QJsonDocument::fromJson(output.trimmed().split(QLatin1Char('\n')).last().toUtf8()).object();
    QCOMPARE(seen.value(QStringLiteral("tags")).toArray(),
        QJsonArray::fromStringList({ QStringLiteral("1.2.3"), QStringLiteral("1.3.0-rc.1"), QStringLiteral("latest"),
            QStringLiteral("v1.2.3"), QStringLiteral("v1.3.0-rc.1") }));
    const QJsonObject labels = seen.value(QStringLiteral("labels")).toObject();
    QCOMPARE(
        labels.value(QStringLiteral("v1.2.3")).toObject().value(QStringLiteral("org.opencontainers.image.version")).toString(),
        QStringLiteral("1.2.3"));
    QCOMPARE(labels.value(QStringLiteral("1.3.0-rc.1"))
                 .toObject()
                 .value(QStringLiteral("org.opencontainers.image.version"))
                 .toString(),
        QStringLiteral("1.3.0rc1"));
    // The pre-release left latest on the stable image.
    QCOMPARE(
        labels.value(QStringLiteral("latest")).toObject().value(QStringLiteral("org.opencontainers.image.version")).toString(),
        QStringLiteral("1.2.3"));
    QVERIFY(!labels.value(QStringLiteral("latest"))
                 .toObject()
                 .value(QStringLiteral("org.opencontainers.image.revision"))
                 .toString()
                 .isEmpty());
    QCOMPARE(
        seen.value(QStringLiteral("users")).toObject().value(QStringLiteral("v1.2.3")).toString(), QStringLiteral("appuser"));
    QVERIFY(seen.value(QStringLiteral("healthchecks")).toObject().value(QStringLiteral("v1.2.3")).isObject());
}

void TestDockerCli::failedLoginSkipsThePush()
{
    if (!haveContainerTools()) {
        QSKIP("podman or docker-registry is not installed (apt install podman docker-registry)");
    }
    // A server that is no registry: the login fails, the image is built, the push is skipped,
    // and the command still succeeds (the guide's graceful degradation), saying so.
    ServedScript notARegistry({ QStringLiteral("webhook") });
    QVERIFY(!notARegistry.url().isEmpty());
    QString output;
    QCOMPARE(runTool(testPython(),
                 { QStringLiteral(RD_SOURCE_DIR "/tests/support/container_fixture.py"), QStringLiteral("base"),
                     m_temp.filePath(QStringLiteral("baseroot2")), QStringLiteral("localhost/rd-python-base:test") },
                 &output, {}, m_env),
        0);
    const QString dir = freshProject(QStringLiteral("nologin"));
    QVERIFY(!dir.isEmpty());
    QCOMPARE(cli({ QStringLiteral("docker"), QStringLiteral("init") }, dir).exitCode, 0);
    QProcessEnvironment env;
    env.insert(QStringLiteral("DEPLOY_TOKEN"), QStringLiteral("registry-token-9c1d"));
    env.insert(QStringLiteral("GITEA_ACTIONS"), QStringLiteral("true"));
    CliRun run = cli({ QStringLiteral("docker"), QStringLiteral("push"), QStringLiteral("--version"), QStringLiteral("2.0.0"),
                         QStringLiteral("--registry"), notARegistry.hostPort() + QStringLiteral("/demo"),
                         QStringLiteral("--build-arg"), QStringLiteral("BASE_IMAGE=localhost/rd-python-base:test"),
                         QStringLiteral("--build-arg"), QStringLiteral("PIP_NO_INDEX=1"), QStringLiteral("--build-arg"),
                         QStringLiteral("PIP_FIND_LINKS=/usr/share/python-wheels") },
        dir, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(3000)));
    QVERIFY2(run.out.contains(QStringLiteral("Built ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Not pushed: login to ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("::warning::login to ")), qPrintable(run.out)); // a runner annotation
    QVERIFY(!run.out.contains(QStringLiteral("Pushed ")));
    QVERIFY(!(run.out + run.err).contains(QStringLiteral("registry-token-9c1d")));
}

void TestDockerCli::webhook_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    QTest::newRow("200: success, answer shown") << "/ok/hook-secret-1" << QStringList() << 0 << "answered HTTP 200";
    QTest::newRow("500: exit 1 naming the status") << "/fail/hook-secret-2" << QStringList() << 1 << "answered HTTP 500";
    QTest::newRow("no answer in time: exit 1 naming the timeout")
        << "/slow/hook-secret-3" << QStringList { QStringLiteral("--timeout"), QStringLiteral("1") } << 1
        << "did not answer within 1 s";
}

void TestDockerCli::webhook()
{
    QFETCH(QString, path);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    ServedScript hook({ QStringLiteral("webhook") });
    QVERIFY(!hook.url().isEmpty());
    static int projects = 0;
    const QString dir = freshProject(QStringLiteral("hook-%1").arg(++projects));
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_REDEPLOY_WEBHOOK_URL"), hook.url() + path);
    CliRun run = cli(QStringList { QStringLiteral("docker"), QStringLiteral("webhook") } + options, dir, env);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((run.out + run.err).contains(says), qPrintable(run.out + run.err));
    // The URL is the credential: only its host is ever shown.
    QVERIFY2(!(run.out + run.err).contains(QStringLiteral("hook-secret")), qPrintable(run.out + run.err));
}

QTEST_GUILESS_MAIN(TestDockerCli)
#include "TestDockerCli.moc"
