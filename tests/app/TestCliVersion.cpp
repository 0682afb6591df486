// Runs the built releasedesk-cli (RD_CLI_PATH) for the version and tag commands, as a user or a
// CI script would, and checks stdout, stderr and the exit codes (0 ok, 1 failure, 2 usage).
#include "support/GitFixture.h"
#include "version/Version.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rd::test;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment cliEnvironment(const QStringList &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GITEA_REF_NAME"));
    env.remove(QStringLiteral("GITHUB_REF_NAME"));
    for (const QString &variable : extra) {
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    }
    return env;
}

CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, const QStringList &env = {}, const QString &dir = {})
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(env));
    if (!dir.isEmpty()) {
        process.setWorkingDirectory(dir);
    }
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return CliResult { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString describe(const CliResult &result)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(QString::number(result.exitCode), result.out, result.err);
}

QJsonObject jsonOf(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

class TestCliVersion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stringCommands_data();
    void stringCommands();
    void sortIsFastForManyLines();
    void demoWorkflow();

private:
    QTemporaryDir m_temp;
    QString m_project; // the demo's tallyho
    QString m_remote;
};

void TestCliVersion::initTestCase()
{
    isolateGit();
    QVERIFY2(QFileInfo::exists(QStringLiteral(RD_CLI_PATH)), RD_CLI_PATH);
    const CliResult created = runCli(
        { QStringLiteral("demo"), QStringLiteral("create"), m_temp.filePath(QStringLiteral("demo")), QStringLiteral("--json") });
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    m_project = jsonOf(created).value(QStringLiteral("project")).toString();
    m_remote = jsonOf(created).value(QStringLiteral("remote")).toString();
    QVERIFY(QFileInfo::exists(QDir(m_project).filePath(QStringLiteral("pyproject.toml"))));
}

void TestCliVersion::stringCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // exact stdout
    QTest::addColumn<QString>("err"); // part of stderr (empty: stderr must be empty)

    auto args = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items) {
            list << QString::fromUtf8(item);
        }
        return list;
    };

    QTest::newRow("normalize an rc spelling") << args({ "version", "normalize", "v1.0-RC.1" }) << QByteArray() << 0 << "1.0rc1\n"
                                              << "";
    QTest::newRow("normalize implicit post and epoch")
        << args({ "version", "normalize", "1!2.0-1" }) << QByteArray() << 0 << "1!2.0.post1\n"
        << "";
    QTest::newRow("normalize invalid: exit 1 with the reason")
        << args({ "version", "normalize", "1.0-foo" }) << QByteArray() << 1 << ""
        << "error: '1.0-foo' is not a valid PEP 440 version: unexpected text 'foo' after '1.0'";
    QTest::newRow("normalize without an argument: usage") << args({ "version", "normalize" }) << QByteArray() << 2 << ""
                                                          << "error: version normalize needs exactly one version string.";
    QTest::newRow("normalize --json")
        << args({ "version", "normalize", "1.0.dev", "--json" }) << QByteArray() << 0
        << "{\n    \"input\": \"1.0.dev\",\n    \"ok\": true,\n    \"prerelease\": true,\n    \"version\": \"1.0.dev0\"\n}\n"
        << "";
    QTest::newRow("sort in PEP 440 order, blank lines ignored")
        << args({ "version", "sort" }) << QByteArray("1.0\n\n1.0a1\n1.0.post1\n  \n0.9\r\n1.0.dev0\n1.0+local\n1.0rc1.post1\n")
        << 0 << "0.9\n1.0.dev0\n1.0a1\n1.0rc1.post1\n1.0\n1.0+local\n1.0.post1\n"
        << "";
    QTest::newRow("sort keeps equal versions in input order")
        << args({ "version", "sort" }) << QByteArray("1.0.0\n1.0\nv1\n0.1\n") << 0 << "0.1\n1.0.0\n1.0\nv1\n"
        << "";
    QTest::newRow("sort --normalize --reverse") << args({ "version", "sort", "--normalize", "--reverse" })
                                                << QByteArray("V1.0-RC1\n1.0-beta.2\n") << 0 << "1.0rc1\n1.0b2\n"
                                                << "";
    QTest::newRow("sort names the invalid line") << args({ "version", "sort" }) << QByteArray("1.0\n\n2.0\nbanana\n") << 1 << ""
                                                 << "error: line 4: 'banana' is not a valid PEP 440 version";
    QTest::newRow("sort takes no arguments") << args({ "version", "sort", "extra" }) << QByteArray() << 2 << ""
                                             << "takes no arguments";
    QTest::newRow("sort of nothing prints nothing") << args({ "version", "sort" }) << QByteArray("\n\n") << 0 << ""
                                                    << "";
    QTest::newRow("from-tag alpha") << args({ "version", "from-tag", "v0.3.0-alpha.1" }) << QByteArray() << 0 << "0.3.0a1\n"
                                    << "";
    QTest::newRow("from-tag rc") << args({ "version", "from-tag", "v0.3.0-rc.3" }) << QByteArray() << 0 << "0.3.0rc3\n"
                                 << "";
    QTest::newRow("from-tag with a prefix") << args({ "version", "from-tag", "release-1.0", "--prefix", "release-" })
                                            << QByteArray() << 0 << "1.0\n"
                                            << "";
    QTest::newRow("from-tag of a branch name fails") << args({ "version", "from-tag", "main" }) << QByteArray() << 1 << ""
                                                     << "error: Tag 'main' does not start with the tag prefix 'v'.";
    QTest::newRow("from-tag with a bad prefix is a usage error")
        << args({ "version", "from-tag", "x1.0", "--prefix", "x1" }) << QByteArray() << 2 << ""
        << "ends with a digit";
    QTest::newRow("to-tag beta") << args({ "version", "to-tag", "0.3.0b2" }) << QByteArray() << 0 << "v0.3.0-beta.2\n"
                                 << "";
    QTest::newRow("to-tag without a prefix")
        << args({ "version", "to-tag", "1.0.0rc1", "--prefix=" }) << QByteArray() << 0 << "1.0.0-rc.1\n"
        << "";
    QTest::newRow("to-tag of an epoch fails") << args({ "version", "to-tag", "1!2.0" }) << QByteArray() << 1 << ""
                                              << "has an epoch";
    QTest::newRow("to-tag of a label fails") << args({ "version", "to-tag", "nightly" }) << QByteArray() << 1 << ""
                                             << "'nightly' is not a valid PEP 440 version";
    QTest::newRow("unknown version command")
        << args({ "version", "frobnicate" }) << QByteArray() << 2 << ""
        << "error: 'version' needs one of: normalize, sort, from-tag, to-tag, resolve, bump, stamp";
    QTest::newRow("unknown option") << args({ "version", "normalize", "1.0", "--frob" }) << QByteArray() << 2 << ""
                                    << "Unknown option 'frob'.";
}

void TestCliVersion::stringCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const CliResult result = runCli(arguments, input);
    QVERIFY2(result.exitCode == exitCode, qPrintable(describe(result)));
    QCOMPARE(result.out, out);
    if (err.isEmpty()) {
        QCOMPARE(result.err, QString());
    } else {
        QVERIFY2(result.err.contains(err), qPrintable(describe(result)));
    }
}

void TestCliVersion::sortIsFastForManyLines()
{
    // 100,000 versions of every kind in random order; the output must be sorted and complete.
    QRandomGenerator random(440);
    QByteArray input;
    const char *const pre[] = { "", "a1", "b2", "rc1", ".dev3", ".post1", "rc2.post1.dev4" };
    for (int i = 0; i < 100'000; ++i) {
        input += QByteArray::number(random.bounded(5)) + '.' + QByteArray::number(random.bounded(20)) + '.'
            + QByteArray::number(random.bounded(50)) + pre[random.bounded(7)] + '\n';
    }
    QElapsedTimer timer;
    timer.start();
    const CliResult result = runCli({ QStringLiteral("version"), QStringLiteral("sort"), QStringLiteral("--normalize") }, input);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 100'000);
    QVERIFY2(elapsed < 10'000, qPrintable(QStringLiteral("sorting 100k versions took %1 ms").arg(elapsed)));
    qInfo("version sort of 100,000 lines: %lld ms", elapsed);
    // Ascending by the engine's own order, and the same multiset of versions.
    QStringList inputLines = QString::fromUtf8(input).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : inputLines) {
        line = rd::Version::parse(line)->toString();
    }
    std::sort(inputLines.begin(), inputLines.end());
    QStringList sortedAsText = lines;
    std::sort(sortedAsText.begin(), sortedAsText.end());
    QCOMPARE(sortedAsText, inputLines);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QVERIFY2(*rd::Version::parse(lines[i - 1]) <= *rd::Version::parse(lines[i]),
            qPrintable(lines[i - 1] + QStringLiteral(" > ") + lines[i]));
    }
}

void TestCliVersion::demoWorkflow()
{
    const QString project = m_project;
    const QStringList projectArg { QStringLiteral("--project"), project };
    auto check = [](const char *step, const CliResult &result, int exitCode) {
        if (result.exitCode != exitCode) {
            QTest::qFail(qPrintable(QStringLiteral("%1: expected exit %2, got %3")
                                        .arg(QString::fromUtf8(step), QString::number(exitCode), describe(result))),
                __FILE__, __LINE__);
            return false;
        }
        return true;
    };
    const QString before = filesSnapshot(project) + refsSnapshot(project) + refsSnapshot(m_remote);

    // resolve: pyproject.toml wins on the demo (HEAD 0.7.2 is untagged).
    CliResult result = runCli(QStringList { QStringLiteral("version"), QStringLiteral("resolve") } + projectArg);
    QVERIFY(check("resolve", result, 0));
    QVERIFY2(result.out.contains(QStringLiteral("→ 4. pyproject.toml   0.7.2   (wins)")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("2. git tag          skipped: no tag points at HEAD")));
    QVERIFY(result.out.contains(QStringLiteral("Tag          v0.7.2\n")));
    QVERIFY(result.out.contains(QStringLiteral("Pre-release  no\n")));

    result = runCli(QStringList { QStringLiteral("version"), QStringLiteral("resolve"), QStringLiteral("--json") } + projectArg);
    QVERIFY(check("resolve --json", result, 0));
    QJsonObject json = jsonOf(result);
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("0.7.2"));
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("pyproject.toml"));
    QCOMPARE(json.value(QStringLiteral("sources")).toArray().size(), 5);

    // CI label: 0.0.0.dev0 with warnings, from the project folder itself (no --project).
    result = runCli(
        { QStringLiteral("version"), QStringLiteral("resolve") }, {}, { QStringLiteral("GITEA_REF_NAME=nightly") }, project);
    QVERIFY(check("resolve with GITEA_REF_NAME=nightly", result, 0));
    QVERIFY(result.out.contains(QStringLiteral("Version      0.0.0.dev0\n")));
    QVERIFY(result.out.contains(QStringLiteral("warning: GITEA_REF_NAME: 'nightly' is not a PEP 440 version")));
    QVERIFY(result.out.contains(QStringLiteral("warning: The version sources disagree")));

    // bump: prints, writes nothing.
    result = runCli(QStringList { QStringLiteral("version"), QStringLiteral("bump"), QStringLiteral("minor") } + projectArg);
    QVERIFY(check("bump minor", result, 0));
    QCOMPARE(result.out, QStringLiteral("0.8.0\n"));
    result
        = runCli(QStringList { QStringLiteral("version"), QStringLiteral("bump"), QStringLiteral("rc"), QStringLiteral("--json") }
            + projectArg);
    QVERIFY(check("bump rc --json", result, 0));
    QCOMPARE(jsonOf(result).value(QStringLiteral("version")).toString(), QStringLiteral("0.7.3rc1"));
    QCOMPARE(jsonOf(result).value(QStringLiteral("tag")).toString(), QStringLiteral("v0.7.3-rc.1"));
    QCOMPARE(jsonOf(result).value(QStringLiteral("prerelease")).toBool(), true);
    result = runCli(QStringList { QStringLiteral("version"), QStringLiteral("bump"), QStringLiteral("final") } + projectArg);
    QVERIFY(check("bump final of a final", result, 1));
    QVERIFY(result.err.contains(QStringLiteral("nothing to promote")));
    result = runCli(QStringList { QStringLiteral("version"), QStringLiteral("bump"), QStringLiteral("huge") } + projectArg);
    QVERIFY(check("bump with a bad kind", result, 2));

    // stamp: dry run shows the diff and writes nothing; a label is refused.
    result = runCli(QStringList { QStringLiteral("version"), QStringLiteral("stamp"), QStringLiteral("0.8.0rc1"),
                        QStringLiteral("--dry-run") }
        + projectArg);
    QVERIFY(check("stamp --dry-run", result, 0));
    QVERIFY(result.out.contains(QStringLiteral("-version = \"0.7.2\"\n+version = \"0.8.0rc1\"\n")));
    QVERIFY(result.out.contains(QStringLiteral("-__version__ = \"0.7.2\"\n+__version__ = \"0.8.0rc1\"\n")));
    QVERIFY(result.out.contains(QStringLiteral("Dry run: nothing was written.")));
    result = runCli(QStringList { QStringLiteral("version"), QStringLiteral("stamp"), QStringLiteral("nightly") } + projectArg);
    QVERIFY(check("stamp nightly", result, 2));
    QVERIFY(result.err.contains(QStringLiteral("'nightly' is not a PEP 440 version, so it cannot be stamped")));

    // tag create: bad input and refusals change nothing.
    result = runCli(
        QStringList { QStringLiteral("tag"), QStringLiteral("create"), QStringLiteral("banana"), QStringLiteral("--push") }
        + projectArg);
    QVERIFY(check("tag create banana", result, 2));
    QVERIFY(result.err.contains(QStringLiteral("'banana' is neither a release tag")));
    result = runCli(
        QStringList { QStringLiteral("tag"), QStringLiteral("create"), QStringLiteral("0.8.0"), QStringLiteral("--push") }
        + projectArg);
    QVERIFY(check("tag create 0.8.0 while the files say 0.7.2", result, 1));
    QVERIFY(result.out.contains(QStringLiteral(
        "✗ Version files: pyproject.toml says 0.7.2, src/tallyho/__init__.py says 0.7.2, but the tag v0.8.0 is version 0.8.0.")));
    QVERIFY(result.err.contains(QStringLiteral("error: The preflight failed (1 of 9 checks): v0.8.0 was not created.")));
    result = runCli(
        QStringList { QStringLiteral("tag"), QStringLiteral("create"), QStringLiteral("v0.7.1"), QStringLiteral("--push") }
        + projectArg);
    QVERIFY(check("tag create of an existing tag", result, 1));
    QVERIFY(result.out.contains(QStringLiteral("✗ Tag (local): The tag v0.7.1 already exists here")));
    QVERIFY(result.out.contains(QStringLiteral("✗ Tag (remote): The tag v0.7.1 already exists on origin.")));
    result = runCli(
        QStringList { QStringLiteral("tag"), QStringLiteral("delete"), QStringLiteral("v9.9.9"), QStringLiteral("--remote") }
        + projectArg);
    QVERIFY(check("tag delete of a missing tag", result, 1));
    QVERIFY(result.err.contains(QStringLiteral("The tag v9.9.9 exists neither here nor on origin.")));
    result = runCli(QStringList { QStringLiteral("tag"), QStringLiteral("create") } + projectArg);
    QVERIFY(check("tag create without a version", result, 2));
    QCOMPARE(filesSnapshot(project) + refsSnapshot(project) + refsSnapshot(m_remote), before);

    // tag create --dry-run on the demo as it is: the plan, nothing run.
    result = runCli(QStringList { QStringLiteral("tag"), QStringLiteral("create"), QStringLiteral("0.7.2"),
                        QStringLiteral("--push"), QStringLiteral("--dry-run"), QStringLiteral("--json") }
        + projectArg);
    QVERIFY(check("tag create --dry-run --json", result, 0));
    json = jsonOf(result);
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("checks")).toArray().size(), 9);
    const QJsonArray actions = json.value(QStringLiteral("plan")).toObject().value(QStringLiteral("actions")).toArray();
    QCOMPARE(actions.size(), 2);
    QVERIFY(actions[0]
                .toObject()
                .value(QStringLiteral("effect"))
                .toString()
                .startsWith(QStringLiteral("git tag -a v0.7.2 -m 'tallyho v0.7.2' ")));
    QCOMPARE(
        actions[1].toObject().value(QStringLiteral("effect")).toString(), QStringLiteral("git push origin refs/tags/v0.7.2"));
    QCOMPARE(filesSnapshot(project) + refsSnapshot(project) + refsSnapshot(m_remote), before);

    // The release: stamp 0.8.0rc1, commit and push, tag and push.
    result
        = runCli(QStringList { QStringLiteral("version"), QStringLiteral("stamp"), QStringLiteral("0.8.0-rc.1") } + projectArg);
    QVERIFY(check("stamp", result, 0));
    QVERIFY(result.out.contains(QStringLiteral("Stamped 0.8.0rc1 into 2 files.")));
    QVERIFY(readFile(QDir(project).filePath(QStringLiteral("pyproject.toml"))).contains("\nversion = \"0.8.0rc1\"\n"));
    QVERIFY(readFile(QDir(project).filePath(QStringLiteral("src/tallyho/__init__.py"))).contains("__version__ = \"0.8.0rc1\"\n"));
    result = runCli(
        QStringList { QStringLiteral("tag"), QStringLiteral("create"), QStringLiteral("0.8.0rc1"), QStringLiteral("--push") }
        + projectArg);
    QVERIFY(check("tag create before committing the stamp", result, 1));
    QVERIFY(result.out.contains(QStringLiteral("✗ Working tree: 2 uncommitted changes")));
    RD_GIT(project, QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Release 0.8.0rc1"));
    RD_GIT(project, QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main"));
    result = runCli(QStringList { QStringLiteral("tag"), QStringLiteral("create"), QStringLiteral("0.8.0rc1"),
                        QStringLiteral("--push"), QStringLiteral("--message"), QStringLiteral("Tallyho 0.8.0 RC 1") }
        + projectArg);
    QVERIFY(check("tag create --push", result, 0));
    QVERIFY(result.out.contains(QStringLiteral("$ git push origin refs/tags/v0.8.0-rc.1\n")));
    QVERIFY(result.out.contains(QStringLiteral("Tag v0.8.0-rc.1 created and pushed to origin.")));
    QVERIFY(result.out.contains(QStringLiteral("v0.8.0-rc.1 is a pre-release: it will not become \"latest\".")));
    QCOMPARE(git(project,
                 { QStringLiteral("tag"), QStringLiteral("-l"), QStringLiteral("--format=%(contents:subject)"),
                     QStringLiteral("v0.8.0-rc.1") })
                 .output,
        QStringLiteral("Tallyho 0.8.0 RC 1"));
    QVERIFY(git(m_remote, { QStringLiteral("tag"), QStringLiteral("--list") }).output.contains(QStringLiteral("v0.8.0-rc.1")));

    // Now the tag on HEAD wins the chain.
    result = runCli(QStringList { QStringLiteral("version"), QStringLiteral("resolve") } + projectArg);
    QVERIFY(check("resolve after tagging", result, 0));
    QVERIFY2(
        result.out.contains(QStringLiteral("→ 2. git tag          v0.8.0-rc.1 → 0.8.0rc1   (wins)")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Pre-release  yes\n")));

    // Option B suggests the next rc; option A dry run lists delete, re-create, push.
    result = runCli(QStringList { QStringLiteral("tag"), QStringLiteral("retrigger"), QStringLiteral("v0.8.0-rc.1"),
                        QStringLiteral("--next"), QStringLiteral("--dry-run") }
        + projectArg);
    QVERIFY(check("retrigger --next --dry-run (files still say rc1)", result, 1));
    QVERIFY(result.out.contains(QStringLiteral("Option B: the next number after v0.8.0-rc.1 is v0.8.0-rc.2.")));
    result = runCli(QStringList { QStringLiteral("tag"), QStringLiteral("retrigger"), QStringLiteral("v0.8.0-rc.1"),
                        QStringLiteral("--dry-run") }
        + projectArg);
    QVERIFY(check("retrigger --dry-run", result, 0));
    QVERIFY(result.out.contains(QStringLiteral("$ git push origin :refs/tags/v0.8.0-rc.1\n")));
    QVERIFY(result.out.contains(QStringLiteral("$ git tag -a -f v0.8.0-rc.1 -m 'tallyho v0.8.0-rc.1' ")));

    // tag delete --remote: gone here and there.
    result = runCli(
        QStringList { QStringLiteral("tag"), QStringLiteral("delete"), QStringLiteral("v0.8.0-rc.1"), QStringLiteral("--remote") }
        + projectArg);
    QVERIFY(check("tag delete --remote", result, 0));
    QVERIFY(result.out.contains(QStringLiteral("Tag v0.8.0-rc.1 deleted.")));
    QVERIFY(!git(project, { QStringLiteral("tag"), QStringLiteral("--list") }).output.contains(QStringLiteral("v0.8.0-rc.1")));
    QVERIFY(!git(m_remote, { QStringLiteral("tag"), QStringLiteral("--list") }).output.contains(QStringLiteral("v0.8.0-rc.1")));
}

QTEST_GUILESS_MAIN(TestCliVersion)
#include "TestCliVersion.moc"
