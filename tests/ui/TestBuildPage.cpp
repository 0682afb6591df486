// The Build page clicked through: the demo project built for Windows and Linux side by side
// from a loopback PEP 503 index and python.org-like tree (tests/support/make_wheels.py), one
// log and progress bar per target, results handed to the session; cancel while pip downloads;
// bad input refused before anything runs.
#include "ReleaseSession.h"
#include "build/BuildRequest.h"
#include "buildstep/BuildPage.h"
#include "project/PythonProject.h"
#include "support/BuildFixtures.h"
#include "widgets/LogView.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace rd;
using namespace rd::ui;
using namespace rd::test;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget) {
        qWarning("no widget named %s", name);
    }
    return widget;
}

QStringList treeColumn(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int index = 0; index < tree->topLevelItemCount(); ++index) {
        texts << tree->topLevelItem(index)->text(column);
    }
    return texts;
}

} // namespace

class TestBuildPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesBadInput_data();
    void refusesBadInput();
    void buildsBothTargets();
    void cancelStopsTheBuild();

private:
    struct Page
    {
        std::unique_ptr<ReleaseSession> session;
        std::unique_ptr<BuildPage> page;
    };
    Page openPage(const QString &name, const QStringList &dependencies, const QString &ftpUrl);

    QTemporaryDir m_temp;
    QString m_fixtures;
    std::unique_ptr<Pep503Server> m_server;
};

void TestBuildPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CACHE_HOME", m_temp.filePath(QStringLiteral("cache")).toUtf8());
    useHermeticPipEnvironment();

    m_fixtures = m_temp.filePath(QStringLiteral("fx"));
    QString output;
    QVERIFY2(runSupportScript(QStringLiteral("make_wheels.py"), { m_fixtures }, &output) == 0, qPrintable(output));
    m_server = std::make_unique<Pep503Server>(m_fixtures + QStringLiteral("/index"), m_fixtures + QStringLiteral("/ftp"));
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
}

TestBuildPage::Page TestBuildPage::openPage(const QString &name, const QStringList &dependencies, const QString &ftpUrl)
{
    Page result;
    const QString projectDir = makeDemoProject(m_temp.filePath(name), dependencies,
        { QStringLiteral("host_python = \"%1\"").arg(testPython()), QStringLiteral("linux_python = \"%1\"").arg(testPython()),
            QStringLiteral("python_base_url = \"%1\"").arg(ftpUrl) });
    if (projectDir.isEmpty()) {
        return result;
    }
    auto project = loadPythonProject(projectDir);
    if (!project) {
        qWarning() << project.error().toString();
        return result;
    }
    result.session = std::make_unique<ReleaseSession>();
    result.session->setProject(*project);
    result.page = std::make_unique<BuildPage>(result.session.get());
    result.page->initializePage();
    result.page->resize(900, 1200);
    result.page->show();
    return result;
}

void TestBuildPage::refusesBadInput_data()
{
    QTest::addColumn<bool>("windows");
    QTest::addColumn<bool>("linux");
    QTest::addColumn<bool>("offline");
    QTest::addColumn<QString>("findLinks");
    QTest::addColumn<bool>("buildEnabled");
    QTest::addColumn<QString>("message");

    QTest::newRow("no target chosen") << false << false << false << QString() << false << QString();
    QTest::newRow("offline without a wheel folder")
        << true << false << true << QString() << true << QStringLiteral("Offline builds need at least one wheel folder");
}

void TestBuildPage::refusesBadInput()
{
    QFETCH(bool, windows);
    QFETCH(bool, linux);
    QFETCH(bool, offline);
    QFETCH(QString, findLinks);
    QFETCH(bool, buildEnabled);
    QFETCH(QString, message);

    Page opened = openPage(
        QStringLiteral("bad-%1").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')),
        {}, m_server->ftpUrl());
    QVERIFY(opened.page);
    BuildPage *page = opened.page.get();
    child<QCheckBox>(page, "buildWindowsCheck")->setChecked(windows);
    child<QCheckBox>(page, "buildLinuxCheck")->setChecked(linux);
    child<QCheckBox>(page, "buildOfflineCheck")->setChecked(offline);
    child<QLineEdit>(page, "buildFindLinksEdit")->setText(findLinks);
    auto *build = child<QPushButton>(page, "buildStartButton");
    QCOMPARE(build->isEnabled(), buildEnabled);
    if (!buildEnabled) {
        return;
    }
    QSignalSpy finished(page, &BuildPage::buildFinished);
    QTest::mouseClick(build, Qt::LeftButton);
    QVERIFY(!page->isBuilding());
    auto *error = child<QLabel>(page, "buildError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!QFileInfo::exists(page->request().outDir));
}

void TestBuildPage::buildsBothTargets()
{
    Page opened = openPage(QStringLiteral("both"), { QStringLiteral("helperlib>=1.0") }, m_server->ftpUrl());
    QVERIFY(opened.page);
    BuildPage *page = opened.page.get();
    ReleaseSession *session = opened.session.get();
    QVERIFY(child<QCheckBox>(page, "buildWindowsCheck")->isChecked());
    QVERIFY(child<QCheckBox>(page, "buildLinuxCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(page, "buildPythonVersionEdit")->text(), QStringLiteral("3.11.9"));
    QVERIFY(treeColumn(child<QTreeWidget>(page, "buildTrimRules"), 0).contains(QStringLiteral("pycache")));

    child<QLineEdit>(page, "buildIndexUrlEdit")->setText(m_server->indexUrl());
    const QString cli = child<QLineEdit>(page, "buildCliEdit")->text();
    QVERIFY2(cli.startsWith(QStringLiteral("releasedesk-cli build all --project ")), qPrintable(cli));
    QVERIFY2(cli.contains(QStringLiteral("--index-url ") + m_server->indexUrl()), qPrintable(cli));

    QSignalSpy finished(page, &BuildPage::buildFinished);
    QSignalSpy artifacts(session, &ReleaseSession::artifactsChanged);
    QSignalSpy drawer(session, &ReleaseSession::logLine);
    QTest::mouseClick(child<QPushButton>(page, "buildStartButton"), Qt::LeftButton);
    QVERIFY(page->isBuilding());
    QVERIFY(!page->isComplete());
    QVERIFY(child<QPushButton>(page, "buildCancelButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(page, "buildIndexUrlEdit")->isEnabled());

    // One progress bar and one log per target, both running at once.
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QProgressBar *>(QStringLiteral("buildProgress_windows")) != nullptr, 60'000);
    QVERIFY(page->findChild<QProgressBar *>(QStringLiteral("buildProgress_linux")) != nullptr);
    QCOMPARE(child<QTabWidget>(page, "buildLogs")->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 240'000);
    const auto *error = child<QLabel>(page, "buildError");
    QVERIFY2(finished.first().first().toBool(), qPrintable(error->text()));
    QVERIFY(page->isComplete());
    // Every line of a target's log reaches the log drawer once, not twice.
    QStringList drawerLines;
    for (const QList<QVariant> &signal : std::as_const(drawer)) {
        drawerLines << signal.at(1).toString();
    }
    const QStringList linuxLog = child<LogView>(page, "buildLog_linux")->lines();
    QVERIFY(!linuxLog.isEmpty());
    const QString sample = linuxLog.last().section(QStringLiteral("] "), 1); // without the time and source
    QCOMPARE(drawerLines.count(QStringLiteral("[linux] ") + sample) + drawerLines.count(sample), 1);

    // The results: both archives, SHA256SUMS and the report, with sizes.
    auto *results = child<QTreeWidget>(page, "buildResults");
    const QStringList files = treeColumn(results, 0);
    QVERIFY2(files.contains(QStringLiteral("Tallyho-v0.7.2-win-x64.zip")), qPrintable(files.join(QLatin1Char(' '))));
    QVERIFY(files.contains(QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz")));
    QVERIFY(files.contains(QStringLiteral("SHA256SUMS")));
    for (const QString &size : treeColumn(results, 1)) {
        QVERIFY2(size.contains(QRegularExpression(QStringLiteral("^[0-9.]+ (bytes|KB|MB)$"))), qPrintable(size));
    }
    QCOMPARE(child<QProgressBar>(page, "buildProgress_windows")->value(), 1000);
    QCOMPARE(child<QProgressBar>(page, "buildProgress_linux")->value(), 1000);
    QVERIFY(!child<LogView>(page, "buildLog_windows")->lines().isEmpty());
    QVERIFY(!child<LogView>(page, "buildLog_linux")->lines().isEmpty());

    // The session now holds the archives (for Publish) and the unpacked Windows folder (for Installer);
    // not the build's SHA256SUMS, which would go stale once the installer exists.
    const QStringList outputs = session->buildOutputs();
    QCOMPARE(outputs.size(), 2);
    for (const QString &output : outputs) {
        QVERIFY2(!QFileInfo(output).fileName().startsWith(QStringLiteral("SHA256SUMS")), qPrintable(output));
    }
    for (const QString &output : outputs) {
        QVERIFY2(QFileInfo(output).isFile(), qPrintable(output));
    }
    QVERIFY(artifacts.count() >= 2);
    const QString dist = session->portableDistDir();
    QVERIFY2(QFileInfo(QDir(dist).filePath(QStringLiteral("python/python.exe"))).isFile(), qPrintable(dist));
    QVERIFY(QFileInfo(QDir(dist).filePath(QStringLiteral("scripts/start-hidden.vbs"))).isFile());
    QCOMPARE(QFileInfo(QDir(dist).filePath(QStringLiteral("VERSION"))).size() > 0, true);

    // The trim rules now say what they saved.
    const QStringList savings = treeColumn(child<QTreeWidget>(page, "buildTrimRules"), 2);
    QVERIFY2(
        std::any_of(savings.cbegin(), savings.cend(), [](const QString &text) { return text.contains(QStringLiteral("file")); }),
        qPrintable(savings.join(QLatin1Char('|'))));
    QCOMPARE(child<QPushButton>(page, "buildStartButton")->text(), QStringLiteral("Build again"));
}

void TestBuildPage::cancelStopsTheBuild()
{
    // numpy's wheels trickle out of this server: cancel while pip downloads them.
    Pep503Server slow(m_fixtures + QStringLiteral("/index"), m_fixtures + QStringLiteral("/ftp"), QStringLiteral("numpy"));
    QVERIFY(slow.isRunning());
    Page opened = openPage(QStringLiteral("cancel"), { QStringLiteral("soundcard") }, slow.ftpUrl());
    QVERIFY(opened.page);
    BuildPage *page = opened.page.get();
    child<QCheckBox>(page, "buildLinuxCheck")->setChecked(false);
    child<QLineEdit>(page, "buildIndexUrlEdit")->setText(slow.indexUrl());
    const QString out = page->request().outDir;

    QSignalSpy finished(page, &BuildPage::buildFinished);
    QTest::mouseClick(child<QPushButton>(page, "buildStartButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<LogView *>(QStringLiteral("buildLog_windows")) != nullptr, 60'000);
    auto *log = child<LogView>(page, "buildLog_windows");
    QTRY_VERIFY2_WITH_TIMEOUT(log->lines().join(QLatin1Char('\n')).contains(QStringLiteral("/files/numpy-")),
        qPrintable(log->lines().join(QLatin1Char('\n'))), 90'000);
    QCOMPARE(finished.count(), 0);
    QTest::mouseClick(child<QPushButton>(page, "buildCancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30'000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(child<QLabel>(page, "buildError")->isVisible());
    QVERIFY2(child<QLabel>(page, "buildStatus_windows")->text().startsWith(QStringLiteral("✗")),
        qPrintable(child<QLabel>(page, "buildStatus_windows")->text()));
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("Tallyho-v0.7.2-win-x64.zip"))));
    QVERIFY(opened.session->buildOutputs().isEmpty());
    QVERIFY(child<QPushButton>(page, "buildStartButton")->isEnabled());
}

QTEST_MAIN(TestBuildPage)
#include "TestBuildPage.moc"
