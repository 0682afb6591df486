#include "project/PythonProject.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

void writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

} // namespace

class TestPythonProject : public QObject
{
    Q_OBJECT

private slots:
    void readsPyproject();
    void readsDynamicVersion();
    void reportsMalformedPyproject_data();
    void reportsMalformedPyproject();
    void missingPyprojectWritesNothing();
    void createsSettingsWithDefaults();
    void readsExistingSettings();
    void rejectsBadSettings();
    void findsDunderVersion_data();
    void findsDunderVersion();
    void readsGitRemote();
};

void TestPythonProject::readsPyproject()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), R"(# comment
[project]
name = "My-App"
version = "1.2.3"
requires-python = ">=3.10"
dependencies = ["fastapi>=0.115", "numpy>=1.24,<2"]

[project.optional-dependencies]
camera = ["opencv-python-headless"]
dev = ["pytest", "ruff"]

[project.scripts]
my-app = "my_app.main:run"

[tool.other]
version = "9.9.9"
)");
    writeFile(dir.filePath(QStringLiteral("src/my_app/__init__.py")), "__version__ = '1.2.3'\n");
    auto project = loadPythonProject(dir.path());
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    QCOMPARE(project->name, QStringLiteral("My-App"));
    QCOMPARE(project->version, QStringLiteral("1.2.3"));
    QVERIFY(!project->versionIsDynamic);
    QCOMPARE(project->requiresPython, QStringLiteral(">=3.10"));
    QCOMPARE(project->dependencies, (QStringList { QStringLiteral("fastapi>=0.115"), QStringLiteral("numpy>=1.24,<2") }));
    QCOMPARE(project->optionalDependencies.value(QStringLiteral("dev")),
        (QStringList { QStringLiteral("pytest"), QStringLiteral("ruff") }));
    QCOMPARE(project->optionalDependencies.size(), 2);
    QCOMPARE(project->scripts.value(QStringLiteral("my-app")), QStringLiteral("my_app.main:run"));
    QCOMPARE(project->packageName, QStringLiteral("my_app"));
    QCOMPARE(project->packageDir, QStringLiteral("src/my_app"));
    QCOMPARE(project->initVersion, QStringLiteral("1.2.3"));
}

void TestPythonProject::readsDynamicVersion()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), "[project]\nname = \"app\"\ndynamic = [\"version\", \"readme\"]\n");
    writeFile(dir.filePath(QStringLiteral("app/__init__.py")), "__version__: str = \"0.4.0rc1\"\n");
    auto project = loadPythonProject(dir.path());
    QVERIFY(project);
    QVERIFY(project->versionIsDynamic);
    QVERIFY(project->version.isEmpty());
    QCOMPARE(project->packageDir, QStringLiteral("app"));
    QCOMPARE(project->initVersion, QStringLiteral("0.4.0rc1"));
}

void TestPythonProject::reportsMalformedPyproject_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated string") << QByteArray("[project]\nname = \"app\nversion = \"1\"\n") << QStringLiteral("line 2");
    QTest::newRow("bad value on line 3") << QByteArray("[project]\nname = \"app\"\nversion = 1.0.0\"\n")
                                         << QStringLiteral("line 3, column");
    QTest::newRow("duplicate key") << QByteArray("[project]\nname = \"a\"\nname = \"b\"\n") << QStringLiteral("line 3");
    QTest::newRow("no project table") << QByteArray("[tool.poetry]\nname = \"app\"\n") << QStringLiteral("no [project] table");
    QTest::newRow("no name") << QByteArray("[project]\nversion = \"1.0\"\n") << QStringLiteral("has no name");
}

void TestPythonProject::reportsMalformedPyproject()
{
    QFETCH(QByteArray, toml);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), toml);
    auto project = loadPythonProject(dir.path());
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::ParseError);
    QVERIFY2(project.error().message.contains(expected), qPrintable(project.error().message));
    QVERIFY(!project.error().hint.isEmpty());
    // Bad input changes nothing: no settings file appears.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("releasedesk.toml"))));
}

void TestPythonProject::missingPyprojectWritesNothing()
{
    QTemporaryDir dir;
    auto project = loadPythonProject(dir.path());
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::NotFound);
    QVERIFY(project.error().message.contains(QStringLiteral("pyproject.toml")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 0);

    auto missingDir = loadPythonProject(dir.filePath(QStringLiteral("nope")));
    QVERIFY(!missingDir);
    QCOMPARE(missingDir.error().code, Error::Code::NotFound);
}

void TestPythonProject::createsSettingsWithDefaults()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), "[project]\nname = \"tallyho\"\nversion = \"1.0\"\n");
    auto project = loadPythonProject(dir.path());
    QVERIFY(project);
    QVERIFY(project->settingsCreated);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("releasedesk.toml"))));
    QCOMPARE(project->settings.appDisplayName, QStringLiteral("tallyho"));

    // The file written parses back to the same settings, and a second load does not rewrite it.
    auto again = loadPythonProject(dir.path());
    QVERIFY(again);
    QVERIFY(!again->settingsCreated);
    QCOMPARE(again->settings.appDisplayName, QStringLiteral("tallyho"));
    QCOMPARE(again->settings.tagPrefix, QStringLiteral("v"));
    QCOMPARE(again->settings.targets, project->settings.targets);
    QCOMPARE(again->settings.assetPatterns, project->settings.assetPatterns);
    QCOMPARE(again->settings.pythonVersion, QStringLiteral("3.11.9"));

    ProjectLoadOptions readOnly;
    readOnly.createSettingsIfMissing = false;
    QTemporaryDir other;
    writeFile(other.filePath(QStringLiteral("pyproject.toml")), "[project]\nname = \"x\"\n");
    QVERIFY(loadPythonProject(other.path(), readOnly));
    QVERIFY(!QFile::exists(other.filePath(QStringLiteral("releasedesk.toml"))));
}

void TestPythonProject::readsExistingSettings()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), "[project]\nname = \"tallyho\"\nversion = \"1.0\"\n");
    writeFile(dir.filePath(QStringLiteral("releasedesk.toml")), R"([app]
display_name = "Tally Ho!"
[server]
kind = "github"
url = "https://github.com"
repo = "alice/tallyho"
[release]
tag_prefix = "release-"
targets = ["linux"]
)");
    auto project = loadPythonProject(dir.path());
    QVERIFY(project);
    QCOMPARE(project->displayName(), QStringLiteral("Tally Ho!"));
    QCOMPARE(project->settings.serverKind, QStringLiteral("github"));
    QCOMPARE(project->settings.repository, QStringLiteral("alice/tallyho"));
    QCOMPARE(project->settings.tagPrefix, QStringLiteral("release-"));
    QCOMPARE(project->settings.targets, QStringList { QStringLiteral("linux") });
}

void TestPythonProject::rejectsBadSettings()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), "[project]\nname = \"tallyho\"\n");
    writeFile(dir.filePath(QStringLiteral("releasedesk.toml")), "[server]\nkind = \"gitlab\"\n");
    auto project = loadPythonProject(dir.path());
    QVERIFY(!project);
    QVERIFY(project.error().message.contains(QStringLiteral("gitlab")));
    QVERIFY(project.error().hint.contains(QStringLiteral("gitea")));
}

void TestPythonProject::findsDunderVersion_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("double quotes") << "__version__ = \"1.0\"\n"
                                   << "1.0";
    QTest::newRow("single quotes") << "x = 1\n__version__='2.0rc1'\n"
                                   << "2.0rc1";
    QTest::newRow("annotated") << "__version__: str = \"3.0\"\n"
                               << "3.0";
    QTest::newRow("indented is not module level") << "if x:\n    __version__ = \"4\"\n"
                                                  << "";
    QTest::newRow("from importlib") << "__version__ = version(\"app\")\n"
                                    << "";
    QTest::newRow("CRLF file") << "\"\"\"doc\"\"\"\r\n__version__ = \"5.1\"\r\n"
                               << "5.1";
}

void TestPythonProject::findsDunderVersion()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(findDunderVersion(source), expected);
}

void TestPythonProject::readsGitRemote()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), "[project]\nname = \"tallyho\"\n");
    QProcess git;
    git.setWorkingDirectory(dir.path());
    git.start(QStringLiteral("git"), { QStringLiteral("init"), QStringLiteral("-q") });
    QVERIFY(git.waitForFinished());
    git.start(QStringLiteral("git"),
        { QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
            QStringLiteral("git@gitea.example.com:alice/tallyho.git") });
    QVERIFY(git.waitForFinished());
    QCOMPARE(git.exitCode(), 0);
    auto project = loadPythonProject(dir.path());
    QVERIFY(project);
    QVERIFY(project->remote.has_value());
    QCOMPARE(project->remote->serverUrl, QStringLiteral("https://gitea.example.com"));
    QCOMPARE(project->remote->fullName(), QStringLiteral("alice/tallyho"));
    // Defaults for a new releasedesk.toml come from the remote.
    QCOMPARE(project->settings.serverUrl, QStringLiteral("https://gitea.example.com"));
    QCOMPARE(project->settings.repository, QStringLiteral("alice/tallyho"));
}

QTEST_GUILESS_MAIN(TestPythonProject)
#include "TestPythonProject.moc"
