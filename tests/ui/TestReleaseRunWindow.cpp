// Issue 10 in the GUI: the demo released from Release → Run the whole release on a machine
// with no git identity and no network (the local release store ends with every file); opening
// another project starts a fresh run (no files of the first one reach the second's release);
// the Release notes page drafts from history and shows the exact body; tagging can be left for
// later, and a step visited without doing its work is not marked done.
#include "MainWindow.h"
#include "ReleaseSession.h"
#include "buildstep/BuildPage.h"
#include "demo/DemoProject.h"
#include "forge/ProviderFactory.h"
#include "inspector/InspectorWindow.h"
#include "installerstep/InstallerPage.h"
#include "notes/NotesPage.h"
#include "projectstep/ProjectPage.h"
#include "publish/Preflight.h"
#include "publishing/PublishPage.h"
#include "run/ReleaseRunWindow.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "support/BuildFixtures.h"
#include "support/FakeKeychainBackend.h"
#include "versionstep/VersionTagPage.h"
#include "wizard/ReleaseWizard.h"
#include "wizard/StepList.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rd;
using namespace rd::ui;

namespace {

bool replaceInFile(const QString &path, const QString &from, const QString &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(from, to);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

} // namespace

class TestReleaseRunWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoReleasedFromTheRunWindow();
    void demoWalkedFromProjectToSummary();
    void openingAnotherProjectStartsAFreshRun();
    void notesPageDraftsAndShowsTheBody();
    void inspectorRepairsTheDemosFailedRelease();
    void settingsAndProjectAgree();

private:
    bool openProject(MainWindow &window, const QString &dir);

    QTemporaryDir m_home;
    QString m_pythonZip;
    bool m_makensis = false;
};

void TestReleaseRunWindow::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    // No git identity anywhere: not in a global or system configuration, not in the environment.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qputenv("GIT_CONFIG_GLOBAL", "/dev/null");
    for (const char *name : { "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL",
             "GITEA_REF_NAME", "GITHUB_REF_NAME", "SOURCE_DATE_EPOCH", "PIP_FIND_LINKS", "PIP_INDEX_URL" }) {
        qunsetenv(name);
    }
    QStandardPaths::setTestModeEnabled(true);
    const QString fixtures = m_home.filePath(QStringLiteral("fx"));
    QString output;
    QVERIFY2(rd::test::runSupportScript(QStringLiteral("make_wheels.py"), { fixtures }, &output) == 0, qPrintable(output));
    m_pythonZip = fixtures + QStringLiteral("/python-3.11.9-embed-amd64.zip");
    m_makensis = !QStandardPaths::findExecutable(QStringLiteral("makensis")).isEmpty();
    if (!m_makensis) {
        qWarning("makensis is not installed (Debian package nsis): the installer is left out here; CI installs it");
    }
    if (!QFileInfo::exists(QStringLiteral("/usr/share/python-wheels"))) {
        QSKIP("Debian's python3-setuptools-whl / python3-wheel-whl are not installed (the demo builds offline from them); "
              "setup.sh installs them");
    }
}

bool TestReleaseRunWindow::openProject(MainWindow &window, const QString &dir)
{
    window.openProject(dir);
    auto *page = window.findChild<ProjectPage *>(QStringLiteral("projectPage"));
    return QTest::qWaitFor(
        [&] {
            return page->isComplete() && window.session()->hasProject() && QDir(window.session()->project().rootDir) == QDir(dir);
        },
        30'000);
}

void TestReleaseRunWindow::demoReleasedFromTheRunWindow()
{
    QSettings settings(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("projectDemoButton")), Qt::LeftButton);
    auto *projectPage = window.findChild<ProjectPage *>(QStringLiteral("projectPage"));
    QTRY_VERIFY_WITH_TIMEOUT(projectPage->isComplete(), 30'000);
    const QString projectDir = window.session()->project().rootDir;
    const QString store = QDir(projectDir).absoluteFilePath(window.session()->project().settings.localStorePath);

    // Release → Run the whole release…
    auto *action = window.findChild<QAction *>(QStringLiteral("runReleaseAction"));
    QVERIFY(action);
    action->trigger();
    ReleaseRunWindow *run = window.releaseRunWindow();
    QVERIFY(run);
    QTRY_VERIFY(run->isVisible());
    if (!m_makensis) {
        run->findChild<QCheckBox *>(QStringLiteral("runInstaller"))->setChecked(false);
    }
    auto *zip = run->findChild<QLineEdit *>(QStringLiteral("runPythonZip"));
    zip->setText(m_pythonZip); // offline: python.org is out of reach
    QVERIFY(run->cliLine().contains(QStringLiteral("--python-zip")));

    // The plan first: every step listed, nothing written.
    QSignalSpy planned(run, &ReleaseRunWindow::planned);
    QTest::mouseClick(run->findChild<QPushButton *>(QStringLiteral("runPlanButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 1, 60'000);
    QCOMPARE(planned.first().first().toBool(), true);
    auto *steps = run->findChild<QTreeWidget *>(QStringLiteral("runSteps"));
    QStringList ids;
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        ids << steps->topLevelItem(i)->text(0);
    }
    QVERIFY2(
        ids.contains(QStringLiteral("build:windows")) && ids.contains(QStringLiteral("upload:Tallyho-v0.7.2-linux-x64.tar.gz")),
        qPrintable(ids.join(u' ')));
    QVERIFY(!QFileInfo::exists(QDir(store).filePath(QStringLiteral("v0.7.2"))));

    // Then the run: the tag (the demo's own identity), both builds, the installer, the uploads.
    QSignalSpy finished(run, &ReleaseRunWindow::finishedRun);
    QTest::mouseClick(run->findChild<QPushButton *>(QStringLiteral("runReleaseButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 600'000);
    const QString status = run->findChild<QLabel *>(QStringLiteral("runStatus"))->text();
    QVERIFY2(finished.first().first().toBool(), qPrintable(status));

    QStringList expected { QStringLiteral("SHA256SUMS"), QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz"),
        QStringLiteral("Tallyho-v0.7.2-win-x64.zip") };
    if (m_makensis) {
        expected << QStringLiteral("Tallyho-v0.7.2-setup.exe");
    }
    expected.sort();
    QStringList stored = QDir(QDir(store).filePath(QStringLiteral("v0.7.2"))).entryList(QDir::Files, QDir::Name);
    QCOMPARE(stored, expected);
    QString tags;
    QCOMPARE(rd::test::runTool(QStringLiteral("git"),
                 { QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("v0.7.2") }, &tags, projectDir),
        0);
    QCOMPARE(tags.trimmed(), QStringLiteral("v0.7.2"));
    // The wizard's steps follow what was done.
    auto *stepList = window.findChild<StepList *>(QStringLiteral("stepList"));
    QCOMPARE(stepList->state(ReleaseWizard::BuildPageId), StepList::State::Done);
    QCOMPARE(stepList->state(ReleaseWizard::PublishPageId), StepList::State::Done);
    QVERIFY(window.session()->publishedRelease().has_value());
}

void TestReleaseRunWindow::demoWalkedFromProjectToSummary()
{
    // The wizard, page by page, on a fresh demo, with no git identity and no network: tag, notes,
    // a real build of both targets, the installer, publishing to the local store, the summary.
    auto demo = DemoProject::create(m_home.filePath(QStringLiteral("walk")));
    QVERIFY(demo);
    QSettings settings(m_home.filePath(QStringLiteral("settings5.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openProject(window, demo->projectDir));
    ReleaseWizard *wizard = window.wizard();
    wizard->next();
    auto *versionPage = window.findChild<VersionTagPage *>(QStringLiteral("versionTagPage"));
    QTRY_VERIFY_WITH_TIMEOUT(!versionPage->isBusy() && versionPage->isComplete(), 30'000);
    wizard->button(QWizard::CommitButton)->click(); // Create tag
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReleaseWizard::NotesPageId), 30'000);
    QVERIFY(versionPage->tagCreated());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::BuildPageId));

    auto *buildPage = window.findChild<BuildPage *>(QStringLiteral("buildPage"));
    window.findChild<QLineEdit *>(QStringLiteral("buildPythonZipEdit"))->setText(m_pythonZip);
    QSignalSpy built(buildPage, &BuildPage::buildFinished);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("buildStartButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(built.count(), 1, 600'000);
    QVERIFY2(built.first().first().toBool(), qPrintable(window.findChild<QLabel *>(QStringLiteral("buildError"))->text()));
    auto *stepList = window.findChild<StepList *>(QStringLiteral("stepList"));
    QCOMPARE(stepList->state(ReleaseWizard::BuildPageId), StepList::State::Current);
    wizard->next();
    QCOMPARE(stepList->state(ReleaseWizard::BuildPageId), StepList::State::Done);

    auto *installerPage = window.findChild<InstallerPage *>(QStringLiteral("installerPage"));
    if (m_makensis) {
        QTRY_VERIFY_WITH_TIMEOUT(installerPage->isPreviewReady(), 60'000);
        QSignalSpy installer(installerPage, &InstallerPage::buildFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("installerBuildButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(installer.count(), 1, 600'000);
        QVERIFY(installer.first().first().toBool());
    } else {
        PythonProject linuxOnly = window.session()->project();
        linuxOnly.settings.targets = { QStringLiteral("linux") };
        window.session()->setProject(linuxOnly);
    }
    QTRY_VERIFY_WITH_TIMEOUT(installerPage->isComplete(), 30'000);
    wizard->next();

    auto *publishPage = window.findChild<PublishPage *>(QStringLiteral("publishPage"));
    QTRY_VERIFY_WITH_TIMEOUT(!publishPage->isBusy() && publishPage->isComplete(), 60'000);
    wizard->button(QWizard::CommitButton)->click(); // Publish release
    QTRY_VERIFY_WITH_TIMEOUT(publishPage->isPublished(), 120'000);
    wizard->button(QWizard::CommitButton)->click();
    // Docker comes after Publish; a project without Docker just goes on.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReleaseWizard::DockerPageId), 30'000);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReleaseWizard::SummaryPageId), 30'000);

    // The local store has the release: every file once, SHA256SUMS over all of them (the
    // installer included), and the body with its Downloads table.
    QStringList expected { QStringLiteral("SHA256SUMS"), QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz") };
    if (m_makensis) {
        expected << QStringLiteral("Tallyho-v0.7.2-win-x64.zip") << QStringLiteral("Tallyho-v0.7.2-setup.exe");
    }
    expected.sort();
    const QDir release(QDir(demo->storeDir).filePath(QStringLiteral("v0.7.2")));
    QCOMPARE(release.entryList(QDir::Files, QDir::Name), expected);
    QFile sums(release.filePath(QStringLiteral("SHA256SUMS")));
    QVERIFY(sums.open(QIODevice::ReadOnly));
    const QString sumsText = QString::fromUtf8(sums.readAll());
    for (const QString &name : std::as_const(expected)) {
        if (name != QStringLiteral("SHA256SUMS")) {
            QVERIFY2(sumsText.contains(QStringLiteral("  ") + name), qPrintable(sumsText));
        }
    }
    QFile index(QDir(demo->storeDir).filePath(QStringLiteral("index.json")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString indexText = QString::fromUtf8(index.readAll());
    QVERIFY2(indexText.contains(QStringLiteral("## Downloads")), "the release was published without its body");
    QVERIFY2(indexText.contains(QStringLiteral("Tallyho v0.7.2")), "the release's title is not the project's");
    QCOMPARE(stepList->state(ReleaseWizard::PublishPageId), StepList::State::Done);
}

void TestReleaseRunWindow::openingAnotherProjectStartsAFreshRun()
{
    // Project A (quillmark 2.3.1, its build outputs in the session), then the demo (tallyho 0.7.2).
    auto a = DemoProject::create(m_home.filePath(QStringLiteral("a")));
    QVERIFY(a);
    QVERIFY(replaceInFile(QDir(a->projectDir).filePath(QStringLiteral("releasedesk.toml")), QStringLiteral("\"Tallyho\""),
        QStringLiteral("\"quillmark\"")));
    QVERIFY(replaceInFile(
        QDir(a->projectDir).filePath(QStringLiteral("pyproject.toml")), QStringLiteral("0.7.2"), QStringLiteral("2.3.1")));
    auto b = DemoProject::create(m_home.filePath(QStringLiteral("b")));
    QVERIFY(b);

    QSettings settings(m_home.filePath(QStringLiteral("settings2.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openProject(window, a->projectDir));
    const QString stale = QDir(a->projectDir).filePath(QStringLiteral("dist/quillmark-v2.3.1-linux-x64.tar.gz"));
    QVERIFY(QDir().mkpath(QFileInfo(stale).absolutePath()));
    QFile file(stale);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not tallyho") > 0);
    file.close();
    window.session()->setReleaseTag(QStringLiteral("v2.3.1"), QStringLiteral("2.3.1"), false, false);
    window.session()->setBuildOutputs({ stale });
    window.session()->setInstallerPath(QDir(a->projectDir).filePath(QStringLiteral("dist/quillmark-v2.3.1-setup.exe")));
    auto *stepList = window.findChild<StepList *>(QStringLiteral("stepList"));
    QCOMPARE(stepList->state(ReleaseWizard::BuildPageId), StepList::State::Done);
    // A build of another version is done, but not current: it says so.
    window.session()->setReleaseTag(QStringLiteral("v2.3.2"), QStringLiteral("2.3.2"), false, false);
    QCOMPARE(stepList->state(ReleaseWizard::BuildPageId), StepList::State::Outdated);

    QVERIFY(openProject(window, b->projectDir));
    QVERIFY(window.session()->buildOutputs().isEmpty());
    QVERIFY(window.session()->installerPath().isEmpty());
    QVERIFY(!window.session()->releaseTag().has_value());
    QVERIFY(window.session()->releaseAssets().isEmpty());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("versionPill"))->text(), QStringLiteral("v0.7.2"));
    QCOMPARE(stepList->state(ReleaseWizard::BuildPageId), StepList::State::ToDo);

    // Even a file handed over by hand is refused by the preflight: its name is not one of this
    // release's (the Publish page passes the session's expected names).
    QVERIFY(window.session()->expectedAssetNames().contains(QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz")));
    ProviderConfig config;
    config.server.kind = ServerKind::Local;
    config.server.url = b->storeDir;
    QNetworkAccessManager network;
    auto provider = createProvider(config, &network);
    QVERIFY(provider);
    PreflightOptions options;
    options.tag = QStringLiteral("v0.7.2");
    options.files = { stale };
    options.expectedNames = window.session()->expectedAssetNames();
    Preflight preflight(provider->get(), options);
    QSignalSpy done(&preflight, &Preflight::finished);
    preflight.start();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30'000);
    const Checklist items = done.first().first().value<Checklist>();
    auto filesRow
        = std::find_if(items.cbegin(), items.cend(), [](const CheckItem &item) { return item.id == QStringLiteral("files"); });
    QVERIFY(filesRow != items.cend());
    QCOMPARE(filesRow->verdict, CheckItem::Verdict::Failed);
    QVERIFY2(filesRow->detail.contains(QStringLiteral("quillmark-v2.3.1-linux-x64.tar.gz is not a file of release v0.7.2")),
        qPrintable(filesRow->detail));
}

void TestReleaseRunWindow::notesPageDraftsAndShowsTheBody()
{
    auto demo = DemoProject::create(m_home.filePath(QStringLiteral("notes")));
    QVERIFY(demo);
    QSettings settings(m_home.filePath(QStringLiteral("settings3.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openProject(window, demo->projectDir));
    auto *wizard = window.wizard();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::VersionPageId));
    auto *versionPage = window.findChild<VersionTagPage *>(QStringLiteral("versionTagPage"));
    QVERIFY(versionPage);
    QTRY_VERIFY_WITH_TIMEOUT(!versionPage->isBusy(), 30'000);

    // Clicking a later step does not pass "Create tag" by itself...
    auto *stepList = window.findChild<StepList *>(QStringLiteral("stepList"));
    wizard->goToStep(ReleaseWizard::BuildPageId);
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::VersionPageId));
    // ...but "tag later" goes on without writing anything to git.
    auto *later = versionPage->findChild<QCheckBox *>(QStringLiteral("tagLaterCheck"));
    QVERIFY(later);
    later->setChecked(true);
    QTRY_VERIFY(versionPage->isComplete());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::NotesPageId));
    QString tags;
    rd::test::runTool(QStringLiteral("git"), { QStringLiteral("tag"), QStringLiteral("--list"), QStringLiteral("v0.7.2") }, &tags,
        demo->projectDir);
    QVERIFY(tags.trimmed().isEmpty());
    QCOMPARE(window.session()->releaseTag()->tag, QStringLiteral("v0.7.2"));

    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("notesEditor"));
    QVERIFY(editor);
    QVERIFY2(!editor->toPlainText().isEmpty(), "the demo's RELEASE_NOTES.md was not loaded");
    auto *page = window.findChild<NotesPage *>(QStringLiteral("notesPage"));
    QSignalSpy drafted(page, &NotesPage::draftReady);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("draftNotesButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(drafted.count(), 1, 30'000);
    QVERIFY(drafted.first().first().toBool());
    const QString draft = editor->toPlainText();
    QVERIFY2(draft.contains(QStringLiteral("Count in steps")), qPrintable(draft)); // the commit since v0.7.1
    QVERIFY2(!draft.contains(QStringLiteral("reset counters")), qPrintable(draft)); // before v0.7.1
    auto *body = window.findChild<QPlainTextEdit *>(QStringLiteral("releaseBodyView"));
    QTRY_VERIFY(body->toPlainText().contains(QStringLiteral("## Downloads")));
    QVERIFY2(body->toPlainText().contains(QStringLiteral("`Tallyho-v0.7.2-linux-x64.tar.gz`")), qPrintable(body->toPlainText()));
    QTRY_VERIFY(body->toPlainText().startsWith(draft.trimmed().left(20))); // the preview follows the editor
    QCOMPARE(window.session()->releaseNotes(), draft);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveNotesButton")), Qt::LeftButton);
    QFile saved(QDir(demo->projectDir).filePath(QStringLiteral("RELEASE_NOTES.md")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()).trimmed(), draft.trimmed());
    QCOMPARE(stepList->state(ReleaseWizard::NotesPageId), StepList::State::Current);

    // Next on the Build page without building: visited, not done.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::BuildPageId));
    wizard->next();
    QCOMPARE(stepList->state(ReleaseWizard::BuildPageId), StepList::State::Skipped);
    QCOMPARE(stepList->state(ReleaseWizard::NotesPageId), StepList::State::Done);
    // A click in the list goes back there.
    wizard->goToStep(ReleaseWizard::NotesPageId);
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::NotesPageId));
}

void TestReleaseRunWindow::inspectorRepairsTheDemosFailedRelease()
{
    auto demo = DemoProject::create(m_home.filePath(QStringLiteral("inspect")));
    QVERIFY(demo);
    QSettings settings(m_home.filePath(QStringLiteral("settings4.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openProject(window, demo->projectDir));
    window.findChild<QAction *>(QStringLiteral("inspectorAction"))->trigger();
    InspectorWindow *inspector = window.inspectorWindow();
    QVERIFY(inspector);
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->isBusy() && !inspector->releases().isEmpty(), 30'000);
    // The demo's history: a complete release, one that failed half-way, a draft.
    QCOMPARE(inspector->releases().size(), 3);

    QSignalSpy shown(inspector, &InspectorWindow::releaseShown);
    inspector->selectRelease(QStringLiteral("v0.7.1"));
    QTRY_VERIFY_WITH_TIMEOUT(
        inspector->selectedReport().has_value() && inspector->selectedTag() == QStringLiteral("v0.7.1") && !inspector->isBusy(),
        30'000);
    QSet<Finding::Kind> kinds;
    const std::optional<ReleaseReport> report = inspector->selectedReport();
    for (const Finding &finding : report->findings) {
        kinds.insert(finding.kind);
    }
    QVERIFY(kinds.contains(Finding::Kind::MissingAsset)); // the installer never arrived
    QVERIFY(kinds.contains(Finding::Kind::LeftoverUpload)); // an interrupted replacement
    QVERIFY(kinds.contains(Finding::Kind::ChecksumMismatch)); // SHA256SUMS lies about the tarball

    QSignalSpy planned(inspector, &InspectorWindow::planReady);
    inspector->planRepair();
    QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 1, 30'000);
    QVERIFY(planned.first().first().toBool());
    QSignalSpy applied(inspector, &InspectorWindow::applied);
    inspector->apply();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 60'000);
    QVERIFY(applied.first().first().toBool());

    // On disk: the leftover is gone and SHA256SUMS now tells the truth about the two files there.
    const QDir release(QDir(demo->storeDir).filePath(QStringLiteral("v0.7.1")));
    QVERIFY(!release.entryList(QDir::Files).join(u' ').contains(QStringLiteral("rdtmp-")));
    QFile sums(release.filePath(QStringLiteral("SHA256SUMS")));
    QVERIFY(sums.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sums.readAll());
    for (const QString &name :
        { QStringLiteral("Tallyho-v0.7.1-linux-x64.tar.gz"), QStringLiteral("Tallyho-v0.7.1-win-x64.zip") }) {
        QFile file(release.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        QVERIFY2(text.contains(hash + QStringLiteral("  ") + name), qPrintable(text));
    }
}

void TestReleaseRunWindow::settingsAndProjectAgree()
{
    // A project that names no server; Settings knows one. Publish opens with it filled in, offers
    // to save it (with the repository typed there) into releasedesk.toml, and Settings' own Save
    // can write the open project's [server] too.
    auto demo = DemoProject::create(m_home.filePath(QStringLiteral("agree")));
    QVERIFY(demo);
    const QString toml = QDir(demo->projectDir).filePath(QStringLiteral("releasedesk.toml"));
    QVERIFY(replaceInFile(toml, QStringLiteral("kind = \"local\""), QStringLiteral("kind = \"gitea\"")));
    QVERIFY(replaceInFile(toml, QStringLiteral("repo = \"demo/tallyho\""), QStringLiteral("repo = \"\"")));
    QSettings settings(m_home.filePath(QStringLiteral("settings6.ini")), QSettings::IniFormat);
    ServerConfig saved;
    saved.url = QStringLiteral("http://127.0.0.1:9");
    saved.kind = ServerKind::Gitea;
    ServerRegistry(&settings).upsert(saved);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openProject(window, demo->projectDir));

    PublishPage *publish = window.wizard()->publishPage();
    publish->initializePage();
    auto *server = window.findChild<QLineEdit *>(QStringLiteral("publishServerEdit"));
    QCOMPARE(server->text(), QStringLiteral("http://127.0.0.1:9"));
    auto *repo = window.findChild<QLineEdit *>(QStringLiteral("publishRepoEdit"));
    repo->setText(QStringLiteral("alice/tallyho"));
    emit repo->editingFinished();
    auto *save = window.findChild<QPushButton *>(QStringLiteral("publishSaveTargetButton"));
    QTRY_VERIFY(save->isVisibleTo(publish));
    QTest::mouseClick(save, Qt::LeftButton);
    // Written and read again on a worker: the session then holds what the file says.
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->project().settings.serverUrl, QStringLiteral("http://127.0.0.1:9"), 20'000);
    QCOMPARE(window.session()->project().settings.repository, QStringLiteral("alice/tallyho"));
    QVERIFY(!save->isVisibleTo(publish)); // nothing left to save
    auto reread = loadPythonProject(demo->projectDir);
    QVERIFY(reread);
    QCOMPARE(reread->settings.repository, QStringLiteral("alice/tallyho"));

    // Settings → Save with "use for the open project".
    SettingsDialog dialog(&settings, &secrets);
    dialog.setProjectDir(demo->projectDir);
    dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->setText(QStringLiteral("https://git.example.org"));
    dialog.findChild<QLineEdit *>(QStringLiteral("serverRepoEdit"))->setText(QStringLiteral("team/tallyho"));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("serverUseForProjectCheck"))->isChecked());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveServerButton")), Qt::LeftButton);
    QVERIFY(dialog.projectSettingsWritten());
    reread = loadPythonProject(demo->projectDir);
    QVERIFY(reread);
    QCOMPARE(reread->settings.serverUrl, QStringLiteral("https://git.example.org"));
    QCOMPARE(reread->settings.repository, QStringLiteral("team/tallyho"));
}

QTEST_MAIN(TestReleaseRunWindow)
#include "TestReleaseRunWindow.moc"
