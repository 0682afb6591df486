#include "common/UnifiedDiff.h"
#include "project/PythonProject.h"
#include "versioning/VersionFileEdit.h"
#include "versioning/VersionStamp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Expected outcomes in the tables: the new text, "note: <part>" (nothing stamped) or
// "error: <part>".
bool isNote(const QByteArray &expected)
{
    return expected.startsWith("note: ");
}

bool isError(const QByteArray &expected)
{
    return expected.startsWith("error: ");
}

void checkEdit(const Result<VersionEdit> &edit, const QByteArray &input, const QByteArray &expected, const QString &oldVersion)
{
    if (isError(expected)) {
        QVERIFY2(!edit, edit ? edit->text.constData() : "");
        QVERIFY2(edit.error().message.contains(QString::fromUtf8(expected.mid(7))), qPrintable(edit.error().message));
        return;
    }
    QVERIFY2(edit, qPrintable(edit ? QString() : edit.error().toString()));
    if (isNote(expected)) {
        QVERIFY(!edit->found);
        QCOMPARE(edit->text, input); // untouched, byte for byte
        QVERIFY2(edit->note.contains(QString::fromUtf8(expected.mid(6))), qPrintable(edit->note));
        return;
    }
    QVERIFY(edit->found);
    QCOMPARE(edit->text, expected);
    QCOMPARE(edit->oldVersion, oldVersion);
}

} // namespace

class TestVersionStamp : public QObject
{
    Q_OBJECT

private slots:
    void pyproject_data();
    void pyproject();
    void dunderVersion_data();
    void dunderVersion();
    void packageJson_data();
    void packageJson();
    void packageJsonVersion_data();
    void packageJsonVersion();
    void unifiedDiff_data();
    void unifiedDiff();
    void planDryRunAndApply();
    void dynamicVersionLeavesPyprojectAlone();
    void refusesNonPep440();
    void applyRefusesFileChangedSincePlan();
    void planAsActions();
};

void TestVersionStamp::pyproject_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("oldVersion");

    QTest::newRow("double quotes") << QByteArray("[project]\nname = \"app\"\nversion = \"1.0\"\n")
                                   << QByteArray("[project]\nname = \"app\"\nversion = \"2.0rc1\"\n") << "1.0";
    QTest::newRow("single quotes (literal string) stay single")
        << QByteArray("[project]\nname = 'app'\nversion = '1.0'\n") << QByteArray("[project]\nname = 'app'\nversion = '2.0rc1'\n")
        << "1.0";
    QTest::newRow("comment on the line and odd spacing kept")
        << QByteArray("[project]\nname=\"app\"\n  version   =\t\"1.0\"   # bumped by CI\n")
        << QByteArray("[project]\nname=\"app\"\n  version   =\t\"2.0rc1\"   # bumped by CI\n") << "1.0";
    QTest::newRow("CRLF line endings kept")
        << QByteArray("# app\r\n[project]\r\nname = \"app\"\r\nversion = \"1.0\"\r\n\r\n[tool.x]\r\nkey = 1\r\n")
        << QByteArray("# app\r\n[project]\r\nname = \"app\"\r\nversion = \"2.0rc1\"\r\n\r\n[tool.x]\r\nkey = 1\r\n") << "1.0";
    QTest::newRow("version in [tool.x] before and after [project] is left alone")
        << QByteArray("[tool.x]\nversion = \"9.9\"\n\n[project]\nname = \"app\"\nversion = \"1.0\"\n\n[tool.poetry]\nversion = "
                      "\"8.8\"\n")
        << QByteArray("[tool.x]\nversion = \"9.9\"\n\n[project]\nname = \"app\"\nversion = \"2.0rc1\"\n\n[tool.poetry]\nversion "
                      "= \"8.8\"\n")
        << "1.0";
    QTest::newRow("version in [project.urls]-like sub-table is left alone")
        << QByteArray("[project]\nname = \"app\"\nversion = \"1.0\"\n[project.entry-points.x]\nversion = \"mod:fn\"\n")
        << QByteArray("[project]\nname = \"app\"\nversion = \"2.0rc1\"\n[project.entry-points.x]\nversion = \"mod:fn\"\n")
        << "1.0";
    QTest::newRow("table header with spaces and a comment")
        << QByteArray("[ project ]  # metadata\nname = \"app\"\nversion = \"1.0\"\n")
        << QByteArray("[ project ]  # metadata\nname = \"app\"\nversion = \"2.0rc1\"\n") << "1.0";
    QTest::newRow("quoted key") << QByteArray("[project]\nname = \"app\"\n\"version\" = \"1.0\"\n")
                                << QByteArray("[project]\nname = \"app\"\n\"version\" = \"2.0rc1\"\n") << "1.0";
    QTest::newRow("dotted key at the top level")
        << QByteArray("project.name = \"app\"\nproject.version = \"1.0\"\n[tool.x]\nversion = \"1.0\"\n")
        << QByteArray("project.name = \"app\"\nproject.version = \"2.0rc1\"\n[tool.x]\nversion = \"1.0\"\n") << "1.0";
    QTest::newRow("look-alike lines inside a multi-line string and array are skipped")
        << QByteArray("[project]\nname = \"app\"\ndescription = \"\"\"\n[project]\nversion = \"0.0\"\n\"\"\"\n"
                      "classifiers = [\n  \"a\", # [tool]\n  'version = \"x\"',\n]\nversion = \"1.0\"\n")
        << QByteArray("[project]\nname = \"app\"\ndescription = \"\"\"\n[project]\nversion = \"0.0\"\n\"\"\"\n"
                      "classifiers = [\n  \"a\", # [tool]\n  'version = \"x\"',\n]\nversion = \"2.0rc1\"\n")
        << "1.0";
    QTest::newRow("byte-order mark and no final newline")
        << QByteArray("\xEF\xBB\xBF[project]\nname = \"app\"\nversion = \"1.0\"")
        << QByteArray("\xEF\xBB\xBF[project]\nname = \"app\"\nversion = \"2.0rc1\"") << "1.0";
    QTest::newRow("already the version: same bytes")
        << QByteArray("[project]\nname = \"app\"\nversion = \"2.0rc1\"\n")
        << QByteArray("[project]\nname = \"app\"\nversion = \"2.0rc1\"\n") << "2.0rc1";
    QTest::newRow("dynamic version: pyproject is not touched")
        << QByteArray("[project]\nname = \"app\"\ndynamic = [\"version\"]\n[tool.x]\nversion = \"1.0\"\n")
        << QByteArray("note: lists version in [project] dynamic") << QString();
    QTest::newRow("no version at all: not touched") << QByteArray("[project]\nname = \"app\"\n[tool.x]\nversion = \"1.0\"\n")
                                                    << QByteArray("note: sets no [project] version") << QString();
    QTest::newRow("inline project table is refused")
        << QByteArray("project = { name = \"app\", version = \"1.0\" }\n")
        << QByteArray("error: could not find the line that sets [project] version") << QString();
    QTest::newRow("multi-line version string is refused") << QByteArray("[project]\nname = \"app\"\nversion = \"\"\"1.0\"\"\"\n")
                                                          << QByteArray("error: not written as a one-line string") << QString();
    QTest::newRow("version that is not a string is refused")
        << QByteArray("[project]\nname = \"app\"\nversion = 1\n") << QByteArray("error: [project] version is not a string")
        << QString();
    QTest::newRow("invalid TOML is refused")
        << QByteArray("[project\nname = \"app\"\n") << QByteArray("error: is not valid TOML") << QString();
}

void TestVersionStamp::pyproject()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QString, oldVersion);
    checkEdit(VersionFileEdit::pyproject(input, QStringLiteral("2.0rc1")), input, expected, oldVersion);
}

void TestVersionStamp::dunderVersion_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("oldVersion");

    QTest::newRow("double quotes") << QByteArray("\"\"\"Doc.\"\"\"\n\n__version__ = \"1.0\"\n")
                                   << QByteArray("\"\"\"Doc.\"\"\"\n\n__version__ = \"2.0rc1\"\n") << "1.0";
    QTest::newRow("single quotes stay single")
        << QByteArray("__version__ = '1.0'  # keep\n") << QByteArray("__version__ = '2.0rc1'  # keep\n") << "1.0";
    QTest::newRow("annotated assignment") << QByteArray("__version__: str = \"1.0\"\n")
                                          << QByteArray("__version__: str = \"2.0rc1\"\n") << "1.0";
    QTest::newRow("CRLF line endings") << QByteArray("import os\r\n__version__ = \"1.0\"\r\nx = 1\r\n")
                                       << QByteArray("import os\r\n__version__ = \"2.0rc1\"\r\nx = 1\r\n") << "1.0";
    QTest::newRow("every top-level assignment")
        << QByteArray("__version__ = \"1.0\"\nif True:\n    __version__ = \"0.0\"\n__version__ = '1.0'\n")
        << QByteArray("__version__ = \"2.0rc1\"\nif True:\n    __version__ = \"0.0\"\n__version__ = '2.0rc1'\n") << "1.0";
    QTest::newRow("importlib.metadata version is left alone")
        << QByteArray("try:\n    __version__ = version(\"app\")\nexcept PackageNotFoundError:\n    __version__ = \"0.0.0-dev\"\n")
        << QByteArray("note: no top-level __version__") << QString();
    QTest::newRow("triple-quoted string is left alone")
        << QByteArray("__version__ = \"\"\"1.0\"\"\"\n") << QByteArray("note: no top-level __version__") << QString();
    QTest::newRow("no __version__") << QByteArray("print('hi')\n") << QByteArray("note: no top-level __version__") << QString();
}

void TestVersionStamp::dunderVersion()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QString, oldVersion);
    checkEdit(VersionFileEdit::dunderVersion(input, QStringLiteral("2.0rc1")), input, expected, oldVersion);
}

void TestVersionStamp::packageJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("oldVersion");

    QTest::newRow("top-level version") << QByteArray("{\n  \"name\": \"web\",\n  \"version\": \"1.0.0\"\n}\n")
                                       << QByteArray("{\n  \"name\": \"web\",\n  \"version\": \"2.0.0-rc.1\"\n}\n") << "1.0.0";
    QTest::newRow("nested versions before and after are left alone")
        << QByteArray("{\n    \"engines\": {\"version\": \"18\"},\n    \"deps\": [{\"version\": \"1\"}, \"version\"],\n"
                      "    \"version\" : \"1.0.0\",\n    \"x\": {\"a\": {\"version\": \"3\"}}\n}")
        << QByteArray("{\n    \"engines\": {\"version\": \"18\"},\n    \"deps\": [{\"version\": \"1\"}, \"version\"],\n"
                      "    \"version\" : \"2.0.0-rc.1\",\n    \"x\": {\"a\": {\"version\": \"3\"}}\n}")
        << "1.0.0";
    QTest::newRow("a string value that says version is not a key")
        << QByteArray("{\"description\": \"\\\"version\\\": 9\", \"version\": \"1.0.0\"}")
        << QByteArray("{\"description\": \"\\\"version\\\": 9\", \"version\": \"2.0.0-rc.1\"}") << "1.0.0";
    QTest::newRow("CRLF and tabs kept") << QByteArray("{\r\n\t\"version\": \"1.0.0\",\r\n\t\"private\": true\r\n}\r\n")
                                        << QByteArray("{\r\n\t\"version\": \"2.0.0-rc.1\",\r\n\t\"private\": true\r\n}\r\n")
                                        << "1.0.0";
    QTest::newRow("no top-level version: not touched") << QByteArray("{\"name\": \"web\", \"engines\": {\"version\": \"18\"}}")
                                                       << QByteArray("note: no top-level \"version\"") << QString();
    QTest::newRow("version that is not a string is refused")
        << QByteArray("{\"version\": 1}") << QByteArray("error: is not a string") << QString();
    QTest::newRow("invalid JSON is refused")
        << QByteArray("{\"version\": \"1.0.0\",}") << QByteArray("error: is not valid JSON") << QString();
    QTest::newRow("an array at the top is refused")
        << QByteArray("[1]") << QByteArray("error: does not hold an object") << QString();
}

void TestVersionStamp::packageJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QString, oldVersion);
    checkEdit(VersionFileEdit::packageJson(input, QStringLiteral("2.0.0-rc.1")), input, expected, oldVersion);
}

void TestVersionStamp::packageJsonVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected");
    QTest::newRow("final") << "1.2.3"
                           << "1.2.3";
    QTest::newRow("alpha") << "0.3.0a1"
                           << "0.3.0-alpha.1";
    QTest::newRow("rc of a two-part release is padded") << "1.0rc1"
                                                        << "1.0.0-rc.1";
    QTest::newRow("single number") << "2"
                                   << "2.0.0";
    QTest::newRow("dev release") << "1.0.0.dev3"
                                 << "1.0.0-dev.3";
    QTest::newRow("local label") << "1.0.0+ubuntu.1"
                                 << "1.0.0+ubuntu.1";
}

void TestVersionStamp::packageJsonVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, expected);
    const Version parsed = *Version::parse(version);
    QCOMPARE(VersionStamp::packageJsonVersion(parsed), expected);
    // PEP 440 reads the npm spelling back as the same version.
    QCOMPARE(*Version::parse(expected), parsed);
}

void TestVersionStamp::unifiedDiff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equal texts give no diff") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << 3 << QString();
    QTest::newRow("one changed line in the middle")
        << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n") << 3
        << "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n";
    QTest::newRow("change on the first line")
        << QByteArray("x\ny\nz\n") << QByteArray("X\ny\nz\n") << 1 << "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-x\n+X\n y\n";
    QTest::newRow("two changes far apart make two hunks")
        << QByteArray("a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n") << QByteArray("A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n") << 1
        << "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-a\n+A\n 1\n@@ -9,2 +9,2 @@\n 8\n-b\n+B\n";
    QTest::newRow("two changes close together make one hunk") << QByteArray("a\n1\n2\nb\n") << QByteArray("A\n1\n2\nB\n") << 1
                                                              << "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n-b\n+B\n";
    QTest::newRow("insertion into an empty file")
        << QByteArray() << QByteArray("new\n") << 3 << "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+new\n";
    QTest::newRow("line added at the end without a newline")
        << QByteArray("a\nb\n") << QByteArray("a\nb\nc") << 3
        << "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n b\n+c\n\\ No newline at end of file\n";
    QTest::newRow("CRLF lines are shown without the CR")
        << QByteArray("k = \"1\"\r\nz\r\n") << QByteArray("k = \"2\"\r\nz\r\n") << 3
        << "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-k = \"1\"\n+k = \"2\"\n z\n";
    QTest::newRow("line ending change is a change")
        << QByteArray("a\r\n") << QByteArray("a\n") << 3 << "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+a\n";
    QTest::newRow("deleted lines") << QByteArray("a\nb\nc\nd\n") << QByteArray("a\nd\n") << 0
                                   << "--- a/f\n+++ b/f\n@@ -2,2 +1,0 @@\n-b\n-c\n";
}

void TestVersionStamp::unifiedDiff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, context);
    QFETCH(QString, expected);
    QCOMPARE(UnifiedDiff::diff(before, after, QStringLiteral("a/f"), QStringLiteral("b/f"), context), expected);
}

void TestVersionStamp::planDryRunAndApply()
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QByteArray pyproject
        = "# Build metadata\r\n[build-system]\r\nrequires = [\"setuptools\"]\r\n\r\n[project]\r\nname = \"app\"\r\n"
          "version = '0.7.2'  # the release\r\ndescription = \"x\"\r\n\r\n[tool.x]\r\nversion = \"0.7.2\"\r\n";
    const QByteArray init = "\"\"\"App.\"\"\"\n__version__ = '0.7.2'\n";
    const QByteArray rootPackage
        = "{\n  \"name\": \"app\",\n  \"version\": \"0.7.2\",\n  \"dependencies\": {\"version\": \"0.7.2\"}\n}\n";
    const QByteArray frontend
        = "{\"name\": \"ui\", \"engines\": {\"node\": \">=18\", \"version\": \"0.1\"}, \"version\": \"0.7.2\"}";
    const QByteArray nodeModules = "{\"name\": \"dep\", \"version\": \"0.7.2\"}";
    const QByteArray other = "version = \"0.7.2\"\n";
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), pyproject);
    writeFile(dir.filePath(QStringLiteral("src/app/__init__.py")), init);
    writeFile(dir.filePath(QStringLiteral("package.json")), rootPackage);
    writeFile(dir.filePath(QStringLiteral("frontend/package.json")), frontend);
    writeFile(dir.filePath(QStringLiteral("node_modules/package.json")), nodeModules);
    writeFile(dir.filePath(QStringLiteral("other.toml")), other);

    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));

    auto plan = VersionStamp::plan(*project, QStringLiteral("v0.8.0-RC.1"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->version, QStringLiteral("0.8.0rc1"));
    QVERIFY(plan->hasChanges());
    QCOMPARE(plan->files.size(), 4);
    QCOMPARE(plan->files[0].relativePath, QStringLiteral("pyproject.toml"));
    QCOMPARE(plan->files[0].oldVersion, QStringLiteral("0.7.2"));
    QCOMPARE(plan->files[0].newVersion, QStringLiteral("0.8.0rc1"));
    QCOMPARE(plan->files[1].relativePath, QStringLiteral("src/app/__init__.py"));
    QCOMPARE(plan->files[2].relativePath, QStringLiteral("package.json"));
    QCOMPARE(plan->files[2].newVersion, QStringLiteral("0.8.0-rc.1"));
    QCOMPARE(plan->files[3].relativePath, QStringLiteral("frontend/package.json"));
    QCOMPARE(plan->files[0].diff,
        QStringLiteral("--- a/pyproject.toml\n+++ b/pyproject.toml\n@@ -4,7 +4,7 @@\n \n [project]\n name = \"app\"\n"
                       "-version = '0.7.2'  # the release\n+version = '0.8.0rc1'  # the release\n"
                       " description = \"x\"\n \n [tool.x]\n"));
    QCOMPARE(plan->files[1].diff,
        QStringLiteral(
            "--- a/src/app/__init__.py\n+++ b/src/app/__init__.py\n@@ -1,2 +1,2 @@\n \"\"\"App.\"\"\"\n-__version__ = '0.7.2'\n"
            "+__version__ = '0.8.0rc1'\n"));
    QVERIFY(plan->diff().startsWith(plan->files[0].diff + plan->files[1].diff));
    QVERIFY(plan->toText().contains(QStringLiteral("pyproject.toml: 0.7.2 → 0.8.0rc1")));

    // The plan is a dry run: nothing was written.
    QCOMPARE(readFile(dir.filePath(QStringLiteral("pyproject.toml"))), pyproject);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("src/app/__init__.py"))), init);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("package.json"))), rootPackage);

    auto applied = VersionStamp::apply(*plan);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QByteArray expectedPyproject = pyproject;
    expectedPyproject.replace("version = '0.7.2'", "version = '0.8.0rc1'");
    QCOMPARE(readFile(dir.filePath(QStringLiteral("pyproject.toml"))), expectedPyproject);
    QVERIFY(expectedPyproject.contains("[tool.x]\r\nversion = \"0.7.2\"\r\n")); // the other table's version stays
    QCOMPARE(readFile(dir.filePath(QStringLiteral("src/app/__init__.py"))),
        QByteArray("\"\"\"App.\"\"\"\n__version__ = '0.8.0rc1'\n"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("package.json"))),
        QByteArray("{\n  \"name\": \"app\",\n  \"version\": \"0.8.0-rc.1\",\n  \"dependencies\": {\"version\": \"0.7.2\"}\n}\n"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("frontend/package.json"))),
        QByteArray("{\"name\": \"ui\", \"engines\": {\"node\": \">=18\", \"version\": \"0.1\"}, \"version\": \"0.8.0-rc.1\"}"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("node_modules/package.json"))), nodeModules);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("other.toml"))), other);

    // Planning the same version again finds nothing to change.
    auto project2 = loadPythonProject(temp.path(), options);
    QVERIFY(project2);
    auto again = VersionStamp::plan(*project2, QStringLiteral("0.8.0rc1"));
    QVERIFY(again);
    QVERIFY(!again->hasChanges());
    QVERIFY(again->diff().isEmpty());
}

void TestVersionStamp::dynamicVersionLeavesPyprojectAlone()
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QByteArray pyproject = "[project]\nname = \"app\"\ndynamic = [\"version\"]\n\n[tool.setuptools.dynamic]\nversion = "
                                 "{attr = \"app.__version__\"}\n";
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), pyproject);
    writeFile(dir.filePath(QStringLiteral("app/__init__.py")), "__version__ = \"1.0\"\n");
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY(project);
    auto plan = VersionStamp::plan(*project, QStringLiteral("1.1"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->files.size(), 1);
    QCOMPARE(plan->files[0].relativePath, QStringLiteral("app/__init__.py"));
    QCOMPARE(plan->notes.size(), 1);
    QVERIFY2(plan->notes[0].startsWith(QStringLiteral("pyproject.toml: pyproject.toml lists version in [project] dynamic")),
        qPrintable(plan->notes[0]));
    QVERIFY(VersionStamp::apply(*plan));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("pyproject.toml"))), pyproject);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("app/__init__.py"))), QByteArray("__version__ = \"1.1\"\n"));
}

void TestVersionStamp::refusesNonPep440()
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QByteArray pyproject = "[project]\nname = \"app\"\nversion = \"1.0\"\n";
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), pyproject);
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY(project);
    for (const QString &label :
        { QStringLiteral("dev"), QStringLiteral("nightly"), QStringLiteral("snapshot-2024"), QStringLiteral("1.0-SNAPSHOT") }) {
        auto plan = VersionStamp::plan(*project, label);
        QVERIFY2(!plan, qPrintable(label));
        QCOMPARE(plan.error().code, Error::Code::InvalidInput);
        QVERIFY2(plan.error().message.contains(QStringLiteral("is not a PEP 440 version")), qPrintable(plan.error().message));
    }
    // A plan whose version was tampered with is refused too, and nothing is written.
    auto plan = VersionStamp::plan(*project, QStringLiteral("1.1"));
    QVERIFY(plan);
    StampPlan tampered = *plan;
    tampered.version = QStringLiteral("nightly");
    auto applied = VersionStamp::apply(tampered);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, Error::Code::InvalidInput);
    tampered = *plan;
    tampered.version = QStringLiteral("1.1.0-RC1"); // PEP 440, but not normalised
    QVERIFY(!VersionStamp::apply(tampered));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("pyproject.toml"))), pyproject);
}

void TestVersionStamp::applyRefusesFileChangedSincePlan()
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), "[project]\nname = \"app\"\nversion = \"1.0\"\n");
    writeFile(dir.filePath(QStringLiteral("app/__init__.py")), "__version__ = \"1.0\"\n");
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY(project);
    auto plan = VersionStamp::plan(*project, QStringLiteral("1.1"));
    QVERIFY(plan);
    const QByteArray edited = "__version__ = \"1.0\"\nEDITED = True\n";
    writeFile(dir.filePath(QStringLiteral("app/__init__.py")), edited);
    auto applied = VersionStamp::apply(*plan);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, Error::Code::Conflict);
    QVERIFY(applied.error().message.contains(QStringLiteral("app/__init__.py changed since the stamp was planned")));
    // Checked before anything is written: pyproject.toml is untouched too.
    QCOMPARE(
        readFile(dir.filePath(QStringLiteral("pyproject.toml"))), QByteArray("[project]\nname = \"app\"\nversion = \"1.0\"\n"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("app/__init__.py"))), edited);
}

void TestVersionStamp::planAsActions()
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    writeFile(dir.filePath(QStringLiteral("pyproject.toml")), "[project]\nname = \"app\"\nversion = \"1.0\"\n");
    writeFile(dir.filePath(QStringLiteral("app/__init__.py")), "__version__ = \"1.1\"\n");
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    auto project = loadPythonProject(temp.path(), options);
    QVERIFY(project);
    auto plan = VersionStamp::plan(*project, QStringLiteral("1.1"));
    QVERIFY(plan);
    const Plan actions = plan->toPlan();
    QCOMPARE(actions.actions.size(), 1); // __init__.py already says 1.1
    QCOMPARE(actions.actions[0].kind, PlanAction::Kind::WriteFile);
    QCOMPARE(actions.actions[0].id, QStringLiteral("stamp:pyproject.toml"));
    QCOMPARE(actions.actions[0].description, QStringLiteral("Set the version in pyproject.toml from 1.0 to 1.1."));
    QCOMPARE(actions.notes, QStringList { QStringLiteral("app/__init__.py already says 1.1.") });
    const QJsonObject json = plan->toJson();
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("1.1"));
    QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("files")).toArray()[0].toObject().value(QStringLiteral("changed")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("files")).toArray()[1].toObject().value(QStringLiteral("changed")).toBool(), false);
}

QTEST_GUILESS_MAIN(TestVersionStamp)
#include "TestVersionStamp.moc"
