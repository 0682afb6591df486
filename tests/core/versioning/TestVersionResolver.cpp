#include "project/PythonProject.h"
#include "support/GitFixture.h"
#include "versioning/VersionResolver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

const QString Absent = QStringLiteral("<absent>");
const QString Dynamic = QStringLiteral("<dynamic>");
const QString NoRepo = QStringLiteral("<no git>");

// A project in dir: pyproject.toml with `pyVersion` (or none, or dynamic), src/app/__init__.py
// with `initVersion` (or none), a releasedesk.toml for a non-default prefix, and, unless tags is
// {NoRepo}, a git repository with one commit carrying the given tags.
void makeProject(
    const QString &dir, const QString &pyVersion, const QString &initVersion, const QStringList &tags, const QString &prefix)
{
    QByteArray toml = "[project]\nname = \"app\"\n";
    if (pyVersion == Dynamic) {
        toml += "dynamic = [\"version\"]\n";
    } else if (pyVersion != Absent) {
        toml += "version = \"" + pyVersion.toUtf8() + "\"\n";
    }
    toml += "\n[tool.x]\nversion = \"42.0\"\n";
    writeFile(QDir(dir).filePath(QStringLiteral("pyproject.toml")), toml);
    writeFile(QDir(dir).filePath(QStringLiteral("src/app/__init__.py")),
        initVersion == Absent ? QByteArray("from importlib.metadata import version\n__version__ = version(\"app\")\n")
                              : "__version__ = \"" + initVersion.toUtf8() + "\"\n");
    if (prefix != QStringLiteral("v")) {
        writeFile(
            QDir(dir).filePath(QStringLiteral("releasedesk.toml")), "[release]\ntag_prefix = \"" + prefix.toUtf8() + "\"\n");
    }
    if (tags == QStringList { NoRepo }) {
        return;
    }
    RD_GIT(dir, QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"));
    RD_GIT(dir, QStringLiteral("add"), QStringLiteral("-A"));
    RD_GIT(dir, QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("initial"));
    for (const QString &tag : tags) {
        RD_GIT(dir, QStringLiteral("tag"), QStringLiteral("-a"), tag, QStringLiteral("-m"), QStringLiteral("release ") + tag);
    }
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items) {
        list << QString::fromUtf8(item);
    }
    return list;
}

QProcessEnvironment environmentFrom(const QStringList &variables)
{
    QProcessEnvironment env;
    for (const QString &variable : variables) {
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    }
    return env;
}

} // namespace

class TestVersionResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolvesChain_data();
    void resolvesChain();
    void reportsEverySkippedSource();
    void noVersionAnywhere();
    void jsonListsAllSources();
    void badTagPrefixIsReported();
};

void TestVersionResolver::initTestCase()
{
    isolateGit();
}

void TestVersionResolver::resolvesChain_data()
{
    QTest::addColumn<QString>("pyVersion");
    QTest::addColumn<QString>("initVersion");
    QTest::addColumn<QStringList>("tags"); // tags on HEAD, or {NoRepo}
    QTest::addColumn<QString>("explicitVersion");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("version"); // resolved, normalised
    QTest::addColumn<QString>("winner"); // source name
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("prerelease");
    QTest::addColumn<QStringList>("warnings"); // a part of each expected warning, in order

    const QStringList none;
    const QStringList noRepo { NoRepo };
    const QString disagree = QStringLiteral("The version sources disagree");

    QTest::newRow("pyproject only, no git repository") << "1.2.3"
                                                       << "1.2.3" << noRepo << QString() << none << "v"
                                                       << "1.2.3"
                                                       << "pyproject.toml"
                                                       << "v1.2.3" << false << none;
    QTest::newRow("sources agree, no tag on HEAD") << "1.2.3"
                                                   << "1.2.3" << none << QString() << none << "v"
                                                   << "1.2.3"
                                                   << "pyproject.toml"
                                                   << "v1.2.3" << false << none;
    QTest::newRow("exact tag on HEAD agrees with the files") << "1.2.3"
                                                             << "1.2.3" << strings({ "v1.2.3" }) << QString() << none << "v"
                                                             << "1.2.3"
                                                             << "git tag"
                                                             << "v1.2.3" << false << none;
    QTest::newRow("exact tag on HEAD wins over a disagreeing pyproject")
        << "1.2.3"
        << "1.2.3" << strings({ "v1.2.4" }) << QString() << none << "v"
        << "1.2.4"
        << "git tag"
        << "v1.2.4" << false
        << QStringList { disagree
               + QStringLiteral(
                   ": git tag says 1.2.4 (v1.2.4), pyproject.toml says 1.2.3, __version__ says 1.2.3. git tag wins") };
    QTest::newRow("pre-release tag on HEAD") << "0.3.0a1"
                                             << "0.3.0a1" << strings({ "v0.3.0-alpha.1" }) << QString() << none << "v"
                                             << "0.3.0a1"
                                             << "git tag"
                                             << "v0.3.0-alpha.1" << true << none;
    QTest::newRow("explicit argument beats tag, CI and files")
        << "1.2.3"
        << "1.2.3" << strings({ "v1.2.3" }) << "2.0.0-RC.1" << strings({ "GITEA_REF_NAME=v1.9.0" }) << "v"
        << "2.0.0rc1"
        << "argument"
        << "v2.0.0-rc.1" << true << QStringList { disagree };
    QTest::newRow("explicit argument given as a tag") << "1.2.3"
                                                      << "1.2.3" << none << "v1.2.3" << none << "v"
                                                      << "1.2.3"
                                                      << "argument"
                                                      << "v1.2.3" << false << none;
    QTest::newRow("GITEA_REF_NAME as a full tag ref")
        << "1.2.3"
        << "1.2.3" << none << QString() << strings({ "GITEA_REF_NAME=refs/tags/v1.3.0" }) << "v"
        << "1.3.0"
        << "GITEA_REF_NAME"
        << "v1.3.0" << false << QStringList { disagree };
    QTest::newRow("GITHUB_REF_NAME as a bare pre-release tag")
        << "1.3.0a2"
        << "1.3.0a2" << none << QString() << strings({ "GITHUB_REF_NAME=v1.3.0-alpha.2" }) << "v"
        << "1.3.0a2"
        << "GITHUB_REF_NAME"
        << "v1.3.0-alpha.2" << true << none;
    QTest::newRow("GITEA_REF_NAME before GITHUB_REF_NAME")
        << "1.3.0"
        << "1.3.0" << none << QString() << strings({ "GITEA_REF_NAME=v1.3.0", "GITHUB_REF_NAME=v7.0.0" }) << "v"
        << "1.3.0"
        << "GITEA_REF_NAME"
        << "v1.3.0" << false << none;
    QTest::newRow("git tag on HEAD beats the CI ref name")
        << "1.3.0"
        << "1.3.0" << strings({ "v1.3.0" }) << QString() << strings({ "GITEA_REF_NAME=v1.2.0" }) << "v"
        << "1.3.0"
        << "git tag"
        << "v1.3.0" << false << QStringList { disagree };
    QTest::newRow("branch ref name is skipped (GITEA_REF_TYPE=branch)")
        << "1.2.3"
        << "1.2.3" << none << QString() << strings({ "GITEA_REF_NAME=main", "GITEA_REF_TYPE=branch" }) << "v"
        << "1.2.3"
        << "pyproject.toml"
        << "v1.2.3" << false << none;
    QTest::newRow("refs/heads ref name is skipped")
        << "1.2.3"
        << "1.2.3" << none << QString() << strings({ "GITHUB_REF_NAME=refs/heads/release" }) << "v"
        << "1.2.3"
        << "pyproject.toml"
        << "v1.2.3" << false << none;
    QTest::newRow("CI label nightly becomes 0.0.0.dev0 with a warning")
        << "1.2.3"
        << "1.2.3" << none << QString() << strings({ "GITEA_REF_NAME=nightly" }) << "v"
        << "0.0.0.dev0"
        << "GITEA_REF_NAME"
        << "v0.0.0-dev.0" << true
        << QStringList { QStringLiteral(
                             "GITEA_REF_NAME: 'nightly' is not a PEP 440 version, so the Python package gets the placeholder "
                             "version 0.0.0.dev0."),
               disagree };
    QTest::newRow("explicit label dev becomes 0.0.0.dev0")
        << "1.2.3"
        << "1.2.3" << none << "dev" << none << "v"
        << "0.0.0.dev0"
        << "argument"
        << "v0.0.0-dev.0" << true << QStringList { QStringLiteral("argument: 'dev' is not a PEP 440 version"), disagree };
    QTest::newRow("explicit label snapshot-2024 becomes 0.0.0.dev0")
        << "1.2.3"
        << "1.2.3" << noRepo << "snapshot-2024" << none << "v"
        << "0.0.0.dev0"
        << "argument"
        << "v0.0.0-dev.0" << true
        << QStringList { QStringLiteral("argument: 'snapshot-2024' is not a PEP 440 version"), disagree };
    QTest::newRow("bare dev in pyproject is coerced with a warning")
        << "dev" << Absent << none << QString() << none << "v"
        << "0.0.0.dev0"
        << "pyproject.toml"
        << "v0.0.0-dev.0" << true << strings({ "pyproject.toml: 'dev' is not a PEP 440 version" });
    QTest::newRow("dynamic version falls through to __version__") << Dynamic << "0.9.0" << none << QString() << none << "v"
                                                                  << "0.9.0"
                                                                  << "__version__"
                                                                  << "v0.9.0" << false << none;
    QTest::newRow("a tag on HEAD that is not a release tag is skipped")
        << "1.2.3"
        << "1.2.3" << strings({ "deployed-prod" }) << QString() << none << "v"
        << "1.2.3"
        << "pyproject.toml"
        << "v1.2.3" << false << none;
    QTest::newRow("several release tags on HEAD: the highest wins")
        << "1.0.0"
        << "1.0.0" << strings({ "v1.0.0-rc.1", "v1.0.0" }) << QString() << none << "v"
        << "1.0.0"
        << "git tag"
        << "v1.0.0" << false << strings({ "git tag: HEAD carries several release tags" });
    QTest::newRow("custom prefix release-") << "2.1.0"
                                            << "2.1.0" << strings({ "release-2.1.0" }) << QString() << none << "release-"
                                            << "2.1.0"
                                            << "git tag"
                                            << "release-2.1.0" << false << none;
    QTest::newRow("a v tag is not a release tag under prefix app/v")
        << "2.1.0"
        << "2.1.0" << strings({ "v9.9.9" }) << QString() << none << "app/v"
        << "2.1.0"
        << "pyproject.toml"
        << "app/v2.1.0" << false << none;
    QTest::newRow("1.0 and 1.0.0 agree") << "1.0.0"
                                         << "1.0" << strings({ "v1.0" }) << QString() << none << "v"
                                         << "1.0"
                                         << "git tag"
                                         << "v1.0" << false << none;
    QTest::newRow("epoch version has no tag") << "1!2.0"
                                              << "1!2.0" << noRepo << QString() << none << "v"
                                              << "1!2.0"
                                              << "pyproject.toml" << QString() << false << strings({ "has an epoch" });
}

void TestVersionResolver::resolvesChain()
{
    QFETCH(QString, pyVersion);
    QFETCH(QString, initVersion);
    QFETCH(QStringList, tags);
    QFETCH(QString, explicitVersion);
    QFETCH(QStringList, env);
    QFETCH(QString, prefix);
    QFETCH(QString, version);
    QFETCH(QString, winner);
    QFETCH(QString, tag);
    QFETCH(bool, prerelease);
    QFETCH(QStringList, warnings);

    QTemporaryDir temp;
    makeProject(temp.path(), pyVersion, initVersion, tags, prefix);
    if (QTest::currentTestFailed()) {
        return;
    }
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    VersionResolver resolver(*project);
    resolver.setEnvironment(environmentFrom(env));
    resolver.setExplicitVersion(explicitVersion);
    auto resolution = resolver.resolve();
    QVERIFY2(resolution, qPrintable(resolution ? QString() : resolution.error().toString()));

    QCOMPARE(resolution->version.toString(), version);
    QCOMPARE(resolution->winner().name, winner);
    QCOMPARE(resolution->tag, tag);
    QCOMPARE(resolution->prerelease, prerelease);
    QCOMPARE(resolution->tagPrefix, prefix);
    QCOMPARE(resolution->sources.size(), 5);
    // Exactly one winner: the first source with a value.
    int winners = 0;
    bool seenValue = false;
    for (const VersionSource &source : std::as_const(resolution->sources)) {
        winners += source.winner ? 1 : 0;
        if (source.winner) {
            QVERIFY(!seenValue);
        }
        seenValue = seenValue || source.hasValue();
        QVERIFY2(source.hasValue() || !source.skipReason.isEmpty(),
            qPrintable(source.name + QStringLiteral(" has neither value nor reason")));
    }
    QCOMPARE(winners, 1);
    QCOMPARE(resolution->warnings.size(), warnings.size());
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        QVERIFY2(resolution->warnings[i].contains(warnings[i]),
            qPrintable(QStringLiteral("warning %1: '%2' lacks '%3'").arg(i).arg(resolution->warnings[i], warnings[i])));
    }
    // The text form names the winner and every warning.
    const QString text = resolution->toText();
    QVERIFY(text.contains(QStringLiteral("(wins)")));
    for (const QString &warning : std::as_const(resolution->warnings)) {
        QVERIFY(text.contains(QStringLiteral("warning: ") + warning));
    }
}

void TestVersionResolver::reportsEverySkippedSource()
{
    QTemporaryDir temp;
    makeProject(temp.path(), QStringLiteral("1.2.3"), QStringLiteral("1.2.3"), {}, QStringLiteral("v"));
    if (QTest::currentTestFailed()) {
        return;
    }
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY(project);
    VersionResolver resolver(*project);
    resolver.setEnvironment(environmentFrom({ QStringLiteral("GITHUB_REF_NAME=refs/pull/7/merge") }));
    auto resolution = resolver.resolve();
    QVERIFY(resolution);
    const auto &sources = resolution->sources;
    QCOMPARE(sources[0].kind, VersionSource::Kind::Argument);
    QCOMPARE(sources[0].skipReason, QStringLiteral("no version given"));
    QCOMPARE(sources[1].kind, VersionSource::Kind::GitTag);
    QCOMPARE(sources[1].skipReason, QStringLiteral("no tag points at HEAD"));
    QCOMPARE(sources[1].origin, QStringLiteral("git describe --tags --exact-match HEAD"));
    QCOMPARE(sources[2].name, QStringLiteral("GITHUB_REF_NAME"));
    QCOMPARE(sources[2].raw, QStringLiteral("refs/pull/7/merge"));
    QCOMPARE(sources[2].skipReason, QStringLiteral("GITHUB_REF_NAME names a pull request ref, not a tag"));
    QVERIFY(sources[3].winner);
    QCOMPARE(sources[3].raw, QStringLiteral("1.2.3"));
    QCOMPARE(sources[4].origin, QStringLiteral("src/app/__init__.py"));
    QCOMPARE(sources[4].normalized(), QStringLiteral("1.2.3"));
    QVERIFY(!sources[4].winner);
}

void TestVersionResolver::noVersionAnywhere()
{
    QTemporaryDir temp;
    makeProject(temp.path(), Dynamic, Absent, { NoRepo }, QStringLiteral("v"));
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY(project);
    VersionResolver resolver(*project);
    resolver.setEnvironment(QProcessEnvironment());
    auto resolution = resolver.resolve();
    QVERIFY(!resolution);
    QCOMPARE(resolution.error().code, Error::Code::NotFound);
    const QString message = resolution.error().message;
    QVERIFY2(message.contains(QStringLiteral("argument: no version given")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("git tag: the project is not in a git repository")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("pyproject.toml: version is listed in [project] dynamic")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("__version__: src/app/__init__.py assigns no string to __version__")),
        qPrintable(message));
    QCOMPARE(resolution.error().hint,
        QStringLiteral(
            "Give one (--version 1.2.3), tag HEAD (v1.2.3), or set version = \"1.2.3\" under [project] in pyproject.toml."));
    // readSources still lists the chain for a GUI to show.
    QCOMPARE(resolver.readSources().size(), 5);
}

void TestVersionResolver::jsonListsAllSources()
{
    QTemporaryDir temp;
    makeProject(temp.path(), QStringLiteral("1.2.3"), QStringLiteral("1.2.3"), { QStringLiteral("v1.2.4") }, QStringLiteral("v"));
    if (QTest::currentTestFailed()) {
        return;
    }
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY(project);
    VersionResolver resolver(*project);
    resolver.setEnvironment(QProcessEnvironment());
    auto resolution = resolver.resolve();
    QVERIFY(resolution);
    const QJsonObject json = resolution->toJson();
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.4"));
    QCOMPARE(json.value(QStringLiteral("tag")).toString(), QStringLiteral("v1.2.4"));
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("git tag"));
    QCOMPARE(json.value(QStringLiteral("prerelease")).toBool(), false);
    const QJsonArray sources = json.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 5);
    QCOMPARE(sources[1].toObject().value(QStringLiteral("raw")).toString(), QStringLiteral("v1.2.4"));
    QCOMPARE(sources[1].toObject().value(QStringLiteral("normalized")).toString(), QStringLiteral("1.2.4"));
    QCOMPARE(sources[1].toObject().value(QStringLiteral("winner")).toBool(), true);
    QVERIFY(sources[0].toObject().value(QStringLiteral("normalized")).isNull());
    QCOMPARE(sources[0].toObject().value(QStringLiteral("skipped")).toString(), QStringLiteral("no version given"));
    QCOMPARE(sources[3].toObject().value(QStringLiteral("normalized")).toString(), QStringLiteral("1.2.3"));
    QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 1);
}

void TestVersionResolver::badTagPrefixIsReported()
{
    QTemporaryDir temp;
    makeProject(temp.path(), QStringLiteral("1.2.3"), QStringLiteral("1.2.3"), { NoRepo }, QStringLiteral("v1"));
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY(project);
    auto resolution = VersionResolver(*project).resolve();
    QVERIFY(!resolution);
    QCOMPARE(resolution.error().code, Error::Code::InvalidInput);
    QVERIFY2(resolution.error().message.contains(QStringLiteral("ends with a digit")), qPrintable(resolution.error().message));
}

QTEST_GUILESS_MAIN(TestVersionResolver)
#include "TestVersionResolver.moc"
