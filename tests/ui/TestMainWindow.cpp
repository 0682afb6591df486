#include "MainWindow.h"
#include "ReleaseSession.h"
#include "buildstep/BuildPage.h"
#include "demo/DemoProject.h"
#include "i18n/Translations.h"
#include "installerstep/InstallerPage.h"
#include "projectstep/ProjectPage.h"
#include "publishing/PublishPage.h"
#include "secrets/SecretStore.h"
#include "support/FakeKeychainBackend.h"
#include "versionstep/VersionTagPage.h"
#include "widgets/LogView.h"
#include "wizard/ReleaseWizard.h"
#include "wizard/StepList.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rd;
using namespace rd::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensDemoOnProjectPage();
    void showsErrorInlineForBadFolder();
    void createsTagFromVersionPage();
    void stampAndCommitReadsTheProjectAgain();
    void offersToResumeAnUnfinishedRun();
    void makesLaterPagesAfterFirstPaint();
    void makesLaterPagesWhenAskedBeforePaint();

private:
    // Opens a new demo project (made under root) in window and goes on to Version & tag.
    void openDemoOnVersionPage(MainWindow &window, const QString &root);

    QTemporaryDir m_home;
};

void TestMainWindow::initTestCase()
{
    // The demo goes to the data folder: keep it inside the test's own temporary home.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    // A fresh machine has no git identity: give the tagger (and Stamp's commit) one.
    qputenv("GIT_AUTHOR_NAME", "Release Manager");
    qputenv("GIT_AUTHOR_EMAIL", "rm@example.invalid");
    qputenv("GIT_COMMITTER_NAME", "Release Manager");
    qputenv("GIT_COMMITTER_EMAIL", "rm@example.invalid");
    // English, as the program installs it at start: with its plural forms.
    QCOMPARE(Translations::installLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

void TestMainWindow::opensDemoOnProjectPage()
{
    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *wizard = window.findChild<ReleaseWizard *>(QStringLiteral("releaseWizard"));
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::ProjectPageId));
    auto *steps = window.findChild<StepList *>(QStringLiteral("stepList"));
    QVERIFY(steps);
    QCOMPARE(steps->count(), 8);
    QCOMPARE(steps->state(0), StepList::State::Current);

    auto *demoButton = window.findChild<QPushButton *>(QStringLiteral("projectDemoButton"));
    QVERIFY(demoButton);
    QTest::mouseClick(demoButton, Qt::LeftButton);
    auto *page = window.findChild<ProjectPage *>(QStringLiteral("projectPage"));
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 30'000);

    auto *name = window.findChild<QLabel *>(QStringLiteral("projectValue_name"));
    QCOMPARE(name->text(), QStringLiteral("tallyho"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("projectValue_version"))->text(), QStringLiteral("0.7.2"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("projectValue_initVersion"))->text(), QStringLiteral("0.7.2"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("tallyho 0.7.2")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("versionPill"))->text(), QStringLiteral("v0.7.2"));
    QVERIFY(window.session()->hasProject());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("projectError"))->isVisible());
}

void TestMainWindow::showsErrorInlineForBadFolder()
{
    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir empty;
    auto *folder = window.findChild<QLineEdit *>(QStringLiteral("projectFolderEdit"));
    QVERIFY(folder);
    folder->clear();
    QTest::keyClicks(folder, empty.path());
    QTest::keyClick(folder, Qt::Key_Return);
    auto *error = window.findChild<QLabel *>(QStringLiteral("projectError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10'000);
    QVERIFY(error->text().contains(QStringLiteral("pyproject.toml")));
    auto *page = window.findChild<ProjectPage *>(QStringLiteral("projectPage"));
    QVERIFY(!page->isComplete());
    QVERIFY(!window.session()->hasProject());
}

void TestMainWindow::openDemoOnVersionPage(MainWindow &window, const QString &root)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto layout = DemoProject::create(QDir(root).filePath(QStringLiteral("demo")));
    QVERIFY(layout);
    window.openProject(layout->projectDir);
    auto *wizard = window.wizard();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20'000);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::VersionPageId));
}

void TestMainWindow::createsTagFromVersionPage()
{
    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    QTemporaryDir demoRoot;
    openDemoOnVersionPage(window, demoRoot.path());
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString projectDir = window.session()->project().rootDir;
    auto *wizard = window.wizard();

    auto *page = window.findChild<VersionTagPage *>(QStringLiteral("versionTagPage"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30'000);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("resolvedVersionLabel"))->text(), QStringLiteral("0.7.2"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("resolvedTagLabel"))->text(), QStringLiteral("v0.7.2"));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("prereleaseBadge"))->isVisible());
    auto *sources = window.findChild<QTreeWidget *>(QStringLiteral("versionSourcesView"));
    QCOMPARE(sources->topLevelItemCount(), 5);
    // Every source is in view: the last row is not cut by the table's height.
    QTRY_VERIFY(sources->visualItemRect(sources->topLevelItem(4)).bottom() <= sources->viewport()->height());
    QVERIFY(!sources->verticalScrollBar()->isVisible());
    bool pyprojectWins = false;
    for (int i = 0; i < sources->topLevelItemCount(); ++i) {
        if (sources->topLevelItem(i)->text(0) == QStringLiteral("pyproject.toml")) {
            pyprojectWins = !sources->topLevelItem(i)->text(2).isEmpty();
        }
    }
    QVERIFY(pyprojectWins);
    QVERIFY2(page->isComplete(), "the demo passes the tag preflight");

    // A bump to a release candidate shows the badge and the files to stamp.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("bump_rc")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30'000);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("resolvedVersionLabel"))->text(), QStringLiteral("0.7.3rc1"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("resolvedTagLabel"))->text(), QStringLiteral("v0.7.3-rc.1"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("prereleaseBadge"))->isVisible());
    QVERIFY(!page->isComplete()); // the files still say 0.7.2

    // Back to the chain's own answer, then create and push the tag.
    auto *overrideEdit = window.findChild<QLineEdit *>(QStringLiteral("versionOverrideEdit"));
    overrideEdit->clear();
    QTest::keyClick(overrideEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->isComplete(), 30'000);
    wizard->button(QWizard::CommitButton)->click();
    // The next step is the release notes; the tag is a commit, so Back is disabled there.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReleaseWizard::NotesPageId), 30'000);
    QVERIFY(page->tagCreated());
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReleaseWizard::BuildPageId), 30'000);
    auto *buildPage = window.findChild<BuildPage *>(QStringLiteral("buildPage"));
    QVERIFY(buildPage);
    // The build page builds the tagged version (the CLI line says so) and may be skipped.
    QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("buildCliEdit"))->text().contains(QStringLiteral("--version 0.7.2")));
    QVERIFY(buildPage->isComplete());
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReleaseWizard::InstallerPageId), 30'000);
    auto *installerPage = window.findChild<InstallerPage *>(QStringLiteral("installerPage"));
    QVERIFY(installerPage);
    QVERIFY(!installerPage->isComplete()); // the demo targets Windows and no installer exists yet
    // A project without a Windows target needs no installer: the page lets the release go on.
    PythonProject linuxOnly = window.session()->project();
    linuxOnly.settings.targets = { QStringLiteral("linux") };
    window.session()->setProject(linuxOnly);
    QTRY_VERIFY_WITH_TIMEOUT(installerPage->isComplete(), 10'000);
    wizard->next();

    // Publish: the demo's target is its local release store. Without build outputs there is
    // nothing to send, and the page says so; with a file it checks, plans and publishes.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReleaseWizard::PublishPageId), 30'000);
    auto *publishPage = window.findChild<PublishPage *>(QStringLiteral("publishPage"));
    QVERIFY(publishPage);
    QTRY_VERIFY_WITH_TIMEOUT(!publishPage->errorText().isEmpty(), 10'000);
    QVERIFY(!publishPage->isComplete());
    QCOMPARE(publishPage->target().kind, ServerKind::Local);
    QTemporaryDir dist;
    QFile archive(dist.filePath(QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz")));
    QVERIFY(archive.open(QIODevice::WriteOnly));
    archive.write("a demo archive");
    archive.close();
    publishPage->setFiles({ archive.fileName() });
    QTRY_VERIFY_WITH_TIMEOUT(!publishPage->isBusy() && publishPage->isComplete(), 30'000);
    QVERIFY(publishPage->cliLine().contains(QStringLiteral("--kind local")));
    QSignalSpy overall(publishPage, &PublishPage::overallProgress);
    wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(publishPage->isPublished(), 30'000);
    QVERIFY(!overall.isEmpty()); // the bar under the step list followed the run
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("stepsProgress"))->isVisible());
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::PublishPageId)); // the result stays in view
    wizard->button(QWizard::CommitButton)->click();
    // Docker comes after Publish; a project without Docker just goes on.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReleaseWizard::DockerPageId), 30'000);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReleaseWizard::SummaryPageId), 30'000);
    QProcess git;
    git.setWorkingDirectory(projectDir);
    git.start(QStringLiteral("git"),
        { QStringLiteral("ls-remote"), QStringLiteral("--tags"), QStringLiteral("origin"), QStringLiteral("v0.7.2") });
    QVERIFY(git.waitForFinished());
    QVERIFY(git.readAllStandardOutput().contains("refs/tags/v0.7.2"));
    const QString summary = window.findChild<QLabel *>(QStringLiteral("summaryText"))->text();
    QVERIFY(summary.contains(QStringLiteral("v0.7.2")));
    // The recap names what was published and how to do the same from a terminal.
    QVERIFY2(summary.contains(QStringLiteral("1 file uploaded")), qPrintable(summary)); // English plural forms
    const QString commands = window.findChild<QPlainTextEdit *>(QStringLiteral("summaryCommands"))->toPlainText();
    QVERIFY2(commands.startsWith(QStringLiteral("releasedesk-cli release run --project ")), qPrintable(commands));
    QVERIFY2(commands.contains(QStringLiteral("releasedesk-cli release upload")), qPrintable(commands));
    QVERIFY2(commands.contains(QStringLiteral("releasedesk-cli tag create 0.7.2")), qPrintable(commands));
    // Long command lines scroll in their box; they never widen the window past the screen.
    QVERIFY2(window.width() <= 1400, qPrintable(QString::number(window.width())));
    QVERIFY(window.session()->publishedRelease().has_value());
    // Back from the summary reaches the Docker step at most: publishing before it is a commit.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::DockerPageId));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
}

QTEST_MAIN(TestMainWindow)
// Cold start: the window paints with the Project page and an empty log drawer; the other pages and
// the log view follow right after that first paint, so the window shows sooner.
// "Stamp and commit" writes the bumped version into the project's files and commits them, then
// every page sees the project as it now is (read again on the worker, not on the GUI thread).
void TestMainWindow::stampAndCommitReadsTheProjectAgain()
{
    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    QTemporaryDir demoRoot;
    openDemoOnVersionPage(window, demoRoot.path());
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString projectDir = window.session()->project().rootDir;
    auto *page = window.findChild<VersionTagPage *>(QStringLiteral("versionTagPage"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30'000);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("bump_minor")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30'000);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("resolvedVersionLabel"))->text(), QStringLiteral("0.8.0"));
    auto *stamp = window.findChild<QPushButton *>(QStringLiteral("stampButton"));
    QVERIFY(stamp && stamp->isEnabled());
    QTest::mouseClick(stamp, Qt::LeftButton);
    // The session's project is the one read after the commit: its files now say 0.8.0.
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->project().version, QStringLiteral("0.8.0"), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30'000);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("versionPill"))->text(), QStringLiteral("v0.8.0"));
    QProcess git;
    git.setWorkingDirectory(projectDir);
    git.start(QStringLiteral("git"), { QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s") });
    QVERIFY(git.waitForFinished(30'000));
    QCOMPARE(QString::fromUtf8(git.readAllStandardOutput()).trimmed(), QStringLiteral("Release 0.8.0"));
}

// A project whose dist/.releasedesk holds the journal of a run that stopped half-way: the
// window offers to resume it (the journals are read on a worker); another project has none.
void TestMainWindow::offersToResumeAnUnfinishedRun()
{
    QTemporaryDir root;
    auto stopped = DemoProject::create(root.filePath(QStringLiteral("stopped")));
    auto clean = DemoProject::create(root.filePath(QStringLiteral("clean")));
    QVERIFY(stopped && clean);
    const QString journalDir = QDir(stopped->projectDir).filePath(QStringLiteral("dist/.releasedesk"));
    QVERIFY(QDir().mkpath(journalDir));
    QFile journal(QDir(journalDir).filePath(QStringLiteral("run-v0.7.2.json")));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(R"({"format": 1, "tag": "v0.7.2", "steps": [{"id": "tag", "state": "done"},
        {"id": "upload:Tallyho-v0.7.2-win-x64.zip", "state": "running"}]})");
    journal.close();

    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *offer = window.findChild<QPushButton *>(QStringLiteral("resumeOfferButton"));
    auto *resume = window.findChild<QAction *>(QStringLiteral("resumeReleaseAction"));
    QVERIFY(offer && resume);
    window.openProject(stopped->projectDir);
    QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 20'000);
    QVERIFY2(offer->text().contains(QStringLiteral("v0.7.2")), qPrintable(offer->text()));
    QVERIFY(resume->isEnabled());
    window.openProject(clean->projectDir);
    QTRY_VERIFY_WITH_TIMEOUT(!offer->isVisible(), 20'000);
    QVERIFY(!resume->isEnabled());
}

void TestMainWindow::makesLaterPagesAfterFirstPaint()
{
    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    QVERIFY(!window.wizard()->hasAllPages());
    QVERIFY(!window.findChild<LogView *>(QStringLiteral("logView")));
    QSignalSpy completed(&window, &MainWindow::startupCompleted);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(completed.count() == 1 || completed.wait(5'000));
    QVERIFY(window.wizard()->hasAllPages());
    QVERIFY(window.findChild<VersionTagPage *>(QStringLiteral("versionTagPage")));
    QVERIFY(window.findChild<LogView *>(QStringLiteral("logView")));
    // The step list offered all eight steps from the start.
    QCOMPARE(window.findChild<StepList *>(QStringLiteral("stepList"))->count(), 8);
}

// Before the first paint (or with no window shown at all), going on from the Project page, a click
// in the step list or a log line makes what they need at once.
void TestMainWindow::makesLaterPagesWhenAskedBeforePaint()
{
    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    QTemporaryDir demoRoot;
    auto layout = DemoProject::create(demoRoot.filePath(QStringLiteral("demo")));
    QVERIFY(layout);
    window.openProject(layout->projectDir);
    auto *wizard = window.wizard();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20'000);
    QVERIFY(!wizard->hasAllPages());
    // The button reads Next, not Finish, although the next page is not made yet.
    QVERIFY(!wizard->currentPage()->isFinalPage());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::VersionPageId));
    QVERIFY(wizard->hasAllPages());
    emit window.session()->logLine(QStringLiteral("test"), QStringLiteral("a line before the first paint"));
    auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("logText"));
    QVERIFY(log);
    QVERIFY(log->toPlainText().contains(QStringLiteral("a line before the first paint")));
}

#include "TestMainWindow.moc"
