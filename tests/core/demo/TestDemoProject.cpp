#include "demo/DemoProject.h"
#include "project/PythonProject.h"

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

namespace {

QString run(const QString &program, const QStringList &args, const QString &dir, int *exitCode = nullptr,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.waitForFinished(60'000);
    if (exitCode) {
        *exitCode = process.exitCode();
    }
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
}

} // namespace

class TestDemoProject : public QObject
{
    Q_OBJECT

private slots:
    void createsRealSampleApplication();
    void refusesNonEmptyFolder();
};

void TestDemoProject::createsRealSampleApplication()
{
    QTemporaryDir temp;
    const QString root = temp.filePath(QStringLiteral("demo"));
    auto layout = DemoProject::create(root);
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));

    // The project reads back as a Python project with its version in both places.
    auto project = loadPythonProject(layout->projectDir);
    QVERIFY(project);
    QCOMPARE(project->name, QStringLiteral("tallyho"));
    QCOMPARE(project->version, QString::fromLatin1(DemoProject::headVersion));
    QCOMPARE(project->initVersion, QString::fromLatin1(DemoProject::headVersion));
    QCOMPARE(project->scripts.value(QStringLiteral("tallyho")), QStringLiteral("tallyho.__main__:main"));
    QCOMPARE(project->settings.serverKind, QStringLiteral("local"));
    QVERIFY(project->warnings.isEmpty());

    // The sample application really runs and prints its version.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is needed (Debian package python3)");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), QDir(layout->projectDir).filePath(QStringLiteral("src")));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    int code = -1;
    QCOMPARE(run(python, { QStringLiteral("-m"), QStringLiteral("tallyho") }, layout->projectDir, &code, env),
        QStringLiteral("tallyho 0.7.2"));
    QCOMPARE(code, 0);
    QCOMPARE(
        run(python,
            { QStringLiteral("-m"), QStringLiteral("tallyho"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a") },
            layout->projectDir, &code, env),
        QStringLiteral("a: 2\nb: 1"));
    // Its own test passes.
    const QString tests = run(python,
        { QStringLiteral("-m"), QStringLiteral("unittest"), QStringLiteral("discover"), QStringLiteral("-s"),
            QStringLiteral("tests") },
        layout->projectDir, &code, env);
    QVERIFY2(code == 0, qPrintable(tests));
    QVERIFY(tests.contains(QStringLiteral("OK")));

    // A real git history: three commits, two annotated tags, a clean tree, pushed to origin.
    QCOMPARE(run(QStringLiteral("git"), { QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD") },
                 layout->projectDir),
        QStringLiteral("3"));
    QCOMPARE(run(QStringLiteral("git"), { QStringLiteral("tag"), QStringLiteral("--list") }, layout->projectDir),
        QStringLiteral("v0.7.0\nv0.7.1"));
    QCOMPARE(run(QStringLiteral("git"), { QStringLiteral("cat-file"), QStringLiteral("-t"), QStringLiteral("v0.7.1") },
                 layout->projectDir),
        QStringLiteral("tag"));
    QCOMPARE(
        run(QStringLiteral("git"), { QStringLiteral("status"), QStringLiteral("--porcelain") }, layout->projectDir), QString());
    QCOMPARE(run(QStringLiteral("git"), { QStringLiteral("ls-remote"), QStringLiteral("--tags"), QStringLiteral("origin") },
                 layout->projectDir)
                 .count(QStringLiteral("refs/tags/v0.7.")),
        4); // each annotated tag and its peeled ^{} line

    // The local release store exists with its index.
    QFile index(QDir(layout->storeDir).filePath(QStringLiteral("index.json")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QJsonObject store = QJsonDocument::fromJson(index.readAll()).object();
    QCOMPARE(store.value(QStringLiteral("format")).toInt(), 1);
    // A realistic history: a complete release, one that failed half-way, a draft.
    QCOMPARE(store.value(QStringLiteral("releases")).toArray().size(), 3);
}

void TestDemoProject::refusesNonEmptyFolder()
{
    QTemporaryDir temp;
    QFile keep(temp.filePath(QStringLiteral("keep.txt")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    auto layout = DemoProject::create(temp.path());
    QVERIFY(!layout);
    QCOMPARE(layout.error().code, Error::Code::Precondition);
    // Nothing was changed.
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);
    QVERIFY(keep.open(QIODevice::ReadOnly));
    QCOMPARE(keep.readAll(), QByteArray("mine"));
}

QTEST_GUILESS_MAIN(TestDemoProject)
#include "TestDemoProject.moc"
