// The Release Inspector against the Gitea test server: opened from the main window, it lists the
// releases with badges, shows a broken release (a duplicate, a missing file, a bad checksum) with
// its duplicate group highlighted and the missing file greyed, plans the repair without writing,
// applies it, and the server holds exactly the build's files afterwards. Deleting a release is
// planned first, too.
#include "MainWindow.h"
#include "ReleaseSession.h"
#include "demo/DemoProject.h"
#include "inspector/InspectorWindow.h"
#include "project/PythonProject.h"
#include "secrets/SecretStore.h"
#include "support/FakeKeychainBackend.h"
#include "support/ReleaseFixture.h"
#include "widgets/PlanView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace rd;
using namespace rd::ui;
using namespace rd::test;

namespace {

const QString tag = QStringLiteral("v0.7.2");
const QString zip = QStringLiteral("Tallyho-v0.7.2-win-x64.zip");
const QString tgz = QStringLiteral("Tallyho-v0.7.2-linux-x64.tar.gz");
const QString exe = QStringLiteral("Tallyho-v0.7.2-setup.exe");
const QString zipGood = QStringLiteral("zip bytes of the real build 0123456789");
const QString zipOther = QStringLiteral("zip bytes of an older, broken upload");
const QString exeGood = QStringLiteral("exe bytes of the real build");
const QString exeBad = QStringLiteral("exe bytes of a corrupt build"); // same length, other bytes
const QString tgzGood = QStringLiteral("tgz bytes of the real build");

QJsonObject asset(const QString &name, const QString &content, const QString &created)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("content"), content },
        { QStringLiteral("created_at"), created } };
}

QString sha(const QString &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QTreeWidgetItem *rowNamed(QTreeWidget *tree, const QString &text, int column = 0)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column) == text) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

QList<QTreeWidgetItem *> rowsNamed(QTreeWidget *tree, const QString &text)
{
    QList<QTreeWidgetItem *> rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == text) {
            rows << tree->topLevelItem(i);
        }
    }
    return rows;
}

} // namespace

class TestInspectorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void findsAndRepairsABrokenRelease();
    void cancelsARepairThenAppliesItAgain();
    void deletesAReleaseOnlyAfterThePlan();
    void publishesADraftWithNewNotes();
    void inspectsAChosenServer();

private:
    InspectorWindow *openInspector(MainWindow &window);

    QTemporaryDir m_home;
    std::unique_ptr<ReleaseFixture> m_fixture;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QSettings> m_settings;
    std::optional<PythonProject> m_project;
    QStringList m_files;
};

void TestInspectorWindow::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<ReleaseFixture>(QStringLiteral("gitea"));
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->startError()));
    auto backend = std::make_unique<FakeKeychainBackend>();
    backend->setEntry(SecretStore::serviceName(), *SecretStore::tokenKey(m_fixture->serverUrl()), GiteaTestServer::aliceToken());
    m_secrets = std::make_unique<SecretStore>(std::move(backend), QProcessEnvironment());
    m_settings = std::make_unique<QSettings>(m_home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    auto layout = DemoProject::create(m_home.filePath(QStringLiteral("demo")));
    QVERIFY(layout);
    auto project = loadPythonProject(layout->projectDir);
    QVERIFY(project);
    project->settings.serverKind = QStringLiteral("gitea");
    project->settings.serverUrl = m_fixture->serverUrl();
    project->settings.repository = QStringLiteral("alice/tallyho");
    m_project = *project;

    // The local build of v0.7.2: what the release should hold.
    const QDir dist(m_home.filePath(QStringLiteral("dist")));
    QVERIFY(dist.mkpath(QStringLiteral(".")));
    for (const auto &[name, content] : { std::pair { zip, zipGood }, std::pair { tgz, tgzGood }, std::pair { exe, exeGood } }) {
        QFile file(dist.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
        m_files << file.fileName();
    }
}

void TestInspectorWindow::init()
{
    m_fixture->reset();
    // v0.7.2 went wrong: the zip twice (a broken older copy), the Linux archive missing, the
    // installer's bytes not what SHA256SUMS says.
    const QString sums = sha(exeGood) + QStringLiteral("  ") + exe + QLatin1Char('\n') + sha(zipGood) + QStringLiteral("  ") + zip
        + QLatin1Char('\n');
    m_fixture->seedRelease(
        QJsonObject { { QStringLiteral("tag_name"), tag }, { QStringLiteral("name"), QStringLiteral("Tallyho 0.7.2") },
            { QStringLiteral("body"), QStringLiteral("## Changes\n\n- Counting is **faster**.\n") },
            { QStringLiteral("created_at"), QStringLiteral("2026-03-02T10:00:00Z") },
            { QStringLiteral("assets"),
                QJsonArray { asset(zip, zipOther, QStringLiteral("2026-03-02T10:01:00Z")),
                    asset(exe, exeBad, QStringLiteral("2026-03-02T10:02:00Z")),
                    asset(zip, zipGood, QStringLiteral("2026-03-02T10:03:00Z")),
                    asset(QStringLiteral("SHA256SUMS"), sums, QStringLiteral("2026-03-02T10:04:00Z")) } } });
    // A healthy earlier release and a draft pre-release.
    const QString old = QStringLiteral("Tallyho-v0.7.1-");
    const QString oldSums = sha(QStringLiteral("a")) + QStringLiteral("  ") + old + QStringLiteral("linux-x64.tar.gz\n")
        + sha(QStringLiteral("b")) + QStringLiteral("  ") + old + QStringLiteral("setup.exe\n") + sha(QStringLiteral("c"))
        + QStringLiteral("  ") + old + QStringLiteral("win-x64.zip\n");
    m_fixture->seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v0.7.1") },
        { QStringLiteral("created_at"), QStringLiteral("2026-02-01T10:00:00Z") },
        { QStringLiteral("assets"),
            QJsonArray {
                asset(old + QStringLiteral("linux-x64.tar.gz"), QStringLiteral("a"), QStringLiteral("2026-02-01T10:01:00Z")),
                asset(old + QStringLiteral("setup.exe"), QStringLiteral("b"), QStringLiteral("2026-02-01T10:01:00Z")),
                asset(old + QStringLiteral("win-x64.zip"), QStringLiteral("c"), QStringLiteral("2026-02-01T10:01:00Z")),
                asset(QStringLiteral("SHA256SUMS"), oldSums, QStringLiteral("2026-02-01T10:02:00Z")) } } });
    m_fixture->seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v0.8.0rc1") },
        { QStringLiteral("draft"), true }, { QStringLiteral("prerelease"), true },
        { QStringLiteral("created_at"), QStringLiteral("2026-03-10T10:00:00Z") }, { QStringLiteral("assets"), QJsonArray {} } });
}

InspectorWindow *TestInspectorWindow::openInspector(MainWindow &window)
{
    window.session()->setProject(*m_project);
    window.session()->setReleaseTag(tag, QStringLiteral("0.7.2"), false, true);
    window.session()->setBuildOutputs(m_files);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return nullptr;
    }
    auto *button = window.findChild<QPushButton *>(QStringLiteral("inspectorButton"));
    if (!button) {
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return window.inspectorWindow();
}

void TestInspectorWindow::findsAndRepairsABrokenRelease()
{
    MainWindow window(m_settings.get(), m_secrets.get());
    InspectorWindow *inspector = openInspector(window);
    QVERIFY(inspector);
    QCOMPARE(inspector->objectName(), QStringLiteral("inspectorWindow"));
    QVERIFY(inspector->isWindow());
    QVERIFY(inspector->isVisible());
    QVERIFY(!window.isHidden()); // non-modal: the main window stays usable
    inspector->setRetryPolicy(RetryPolicy::immediate(2));
    QCOMPARE(inspector->target().url, m_fixture->serverUrl());
    QCOMPARE(inspector->target().repository, QStringLiteral("alice/tallyho"));
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->isBusy() && inspector->selectedReport(), 30'000);
    QVERIFY2(inspector->errorText().isEmpty(), qPrintable(inspector->errorText()));

    // Look deeper: download and hash every asset, so bytes that differ from SHA256SUMS show.
    auto *deep = inspector->findChild<QCheckBox *>(QStringLiteral("inspectorDeepCheck"));
    QVERIFY(deep);
    QTest::mouseClick(deep, Qt::LeftButton, {}, QPoint(5, deep->height() / 2));
    QVERIFY(deep->isChecked());
    QSignalSpy shown(inspector, &InspectorWindow::releaseShown);
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("inspectorRefreshButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !inspector->isBusy(), 30'000);
    QVERIFY2(inspector->errorText().isEmpty(), qPrintable(inspector->errorText()));

    // The release list with badges.
    auto *list = inspector->findChild<QTreeWidget *>(QStringLiteral("inspectorReleaseList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3);
    QTreeWidgetItem *broken = rowNamed(list, tag);
    QVERIFY(broken);
    const QString badges = broken->text(2);
    QVERIFY2(badges.contains(QStringLiteral("⚠ duplicates")), qPrintable(badges));
    QVERIFY2(badges.contains(QStringLiteral("✗ missing")), qPrintable(badges));
    QVERIFY2(badges.contains(QStringLiteral("✗ checksum")), qPrintable(badges));
    QVERIFY(broken->isSelected());
    QTreeWidgetItem *healthy = rowNamed(list, QStringLiteral("v0.7.1"));
    QVERIFY(healthy);
    QCOMPARE(healthy->text(2), QStringLiteral("✓"));
    QTreeWidgetItem *draft = rowNamed(list, QStringLiteral("v0.8.0rc1"));
    QVERIFY(draft);
    QVERIFY2(draft->text(2).startsWith(QStringLiteral("draft  pre-release")), qPrintable(draft->text(2)));

    // The selected release: notes rendered, the duplicate group highlighted, the missing file greyed.
    QCOMPARE(inspector->selectedTag(), tag);
    auto *notes = inspector->findChild<QTextBrowser *>(QStringLiteral("inspectorNotes"));
    QVERIFY(notes->toPlainText().contains(QStringLiteral("Counting is faster")));
    QVERIFY(!notes->toPlainText().contains(QStringLiteral("##")));
    auto *assets = inspector->findChild<QTreeWidget *>(QStringLiteral("inspectorAssetTable"));
    QVERIFY(assets);
    const QList<QTreeWidgetItem *> zips = rowsNamed(assets, zip);
    QCOMPARE(zips.size(), 2);
    for (QTreeWidgetItem *row : zips) {
        QVERIFY2(row->text(4).startsWith(QStringLiteral("group 1")), qPrintable(row->text(4)));
        QVERIFY(row->background(0).color().isValid() && row->background(0).style() != Qt::NoBrush);
        QCOMPARE(row->data(5, Qt::UserRole).toString(), QStringLiteral("duplicate"));
    }
    QTreeWidgetItem *missing = rowNamed(assets, tgz);
    QVERIFY(missing);
    QCOMPARE(missing->data(5, Qt::UserRole).toString(), QStringLiteral("missing"));
    QCOMPARE(missing->foreground(0).color(), inspector->palette().color(QPalette::Disabled, QPalette::Text));
    QTreeWidgetItem *installer = rowNamed(assets, exe);
    QVERIFY(installer);
    QVERIFY2(installer->text(5).startsWith(QStringLiteral("✗")), qPrintable(installer->text(5)));
    auto *findings = inspector->findChild<QTreeWidget *>(QStringLiteral("inspectorFindings"));
    QVERIFY(findings->topLevelItemCount() >= 3);

    // Selected rows narrow the re-upload to those files (planned only: nothing is written).
    auto *reupload = inspector->findChild<QCheckBox *>(QStringLiteral("inspectorReuploadCheck"));
    assets->clearSelection();
    missing->setSelected(true);
    QVERIFY2(reupload->text().contains(QStringLiteral("1 selected")), qPrintable(reupload->text()));
    {
        QSignalSpy plannedSelection(inspector, &InspectorWindow::planReady);
        QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("inspectorPlanRepairButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!plannedSelection.isEmpty() && !inspector->isBusy(), 30'000);
        QStringList uploads;
        const Plan selectionPlan = *inspector->plan(); // a copy: plan() returns by value
        for (const PlanAction &action : selectionPlan.actions) {
            if (action.data.value(QStringLiteral("op")).toString() == QStringLiteral("upload-asset")) {
                uploads << action.data.value(QStringLiteral("name")).toString();
            }
        }
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.first(), tgz);
    }
    assets->clearSelection();
    QVERIFY(!reupload->text().contains(QStringLiteral("selected")));

    // Plan the repair: shown, nothing written.
    const QJsonArray before = m_fixture->storedAssets(tag);
    const int requestsBefore = m_fixture->requests().size();
    QSignalSpy planned(inspector, &InspectorWindow::planReady);
    auto *planButton = inspector->findChild<QPushButton *>(QStringLiteral("inspectorPlanRepairButton"));
    QVERIFY(planButton->isEnabled());
    QTest::mouseClick(planButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty() && !inspector->isBusy(), 30'000);
    QVERIFY(planned.first().first().toBool());
    QVERIFY(inspector->plan());
    const Plan repairPlan = *inspector->plan();
    QStringList ops;
    for (const PlanAction &action : repairPlan.actions) {
        ops << action.data.value(QStringLiteral("op")).toString();
    }
    QVERIFY2(ops.contains(QStringLiteral("delete-asset")), qPrintable(ops.join(QLatin1Char(' '))));
    QCOMPARE(ops.count(QStringLiteral("upload-asset")), 2); // the missing archive and the corrupt installer
    QVERIFY2(ops.contains(QStringLiteral("upload-sums")), qPrintable(ops.join(QLatin1Char(' '))));
    auto *planView = inspector->findChild<PlanView *>(QStringLiteral("inspectorPlanView"));
    QCOMPARE(planView->topLevelItemCount(), inspector->plan()->actions.size());
    QCOMPARE(m_fixture->storedAssets(tag), before);
    for (const QJsonValue &value : m_fixture->requests(requestsBefore)) {
        const QString method = value.toObject().value(QStringLiteral("method")).toString();
        QVERIFY2(method == QStringLiteral("GET"), qPrintable(method));
    }

    // Apply: the plan runs, then the release is looked at again.
    auto *apply = inspector->findChild<QPushButton *>(QStringLiteral("inspectorApplyButton"));
    QVERIFY(apply->isEnabled());
    QSignalSpy applied(inspector, &InspectorWindow::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 60'000);
    QVERIFY2(applied.first().first().toBool(), qPrintable(inspector->errorText()));
    for (int i = 0; i < planView->topLevelItemCount(); ++i) {
        QCOMPARE(planView->actionState(i), PlanView::ActionState::Done);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->isBusy() && inspector->selectedReport(), 30'000);

    // The server holds the build's files once each, with a SHA256SUMS that lists them.
    const QString problems = m_fixture->verifyPublished(tag, m_files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    for (const QJsonValue &value : m_fixture->storedAssets(tag)) {
        const QJsonObject stored = value.toObject();
        if (stored.value(QStringLiteral("name")).toString() == zip) {
            QCOMPARE(stored.value(QStringLiteral("sha256")).toString(), sha(zipGood));
        }
    }
    QVERIFY2(inspector->selectedReport()->healthy(), qPrintable(inspector->selectedReport()->toText()));
    broken = rowNamed(list, tag);
    QVERIFY(broken);
    QCOMPARE(broken->text(2), QStringLiteral("✓"));
}

void TestInspectorWindow::cancelsARepairThenAppliesItAgain()
{
    MainWindow window(m_settings.get(), m_secrets.get());
    InspectorWindow *inspector = openInspector(window);
    QVERIFY(inspector);
    inspector->setRetryPolicy(RetryPolicy::immediate(2));
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->isBusy() && inspector->selectedReport(), 30'000);
    auto *planButton = inspector->findChild<QPushButton *>(QStringLiteral("inspectorPlanRepairButton"));
    auto *apply = inspector->findChild<QPushButton *>(QStringLiteral("inspectorApplyButton"));
    auto *cancel = inspector->findChild<QPushButton *>(QStringLiteral("inspectorCancelButton"));
    auto *planView = inspector->findChild<PlanView *>(QStringLiteral("inspectorPlanView"));
    QSignalSpy planned(inspector, &InspectorWindow::planReady);
    QTest::mouseClick(planButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty() && !inspector->isBusy(), 30'000);
    QVERIFY(inspector->plan() && !inspector->plan()->isEmpty());

    // Uploads hang on the server: Cancel stops the run while they are in flight.
    m_fixture->server()->setFaults(QJsonObject { { QStringLiteral("delay_ms"),
        QJsonObject { { QStringLiteral("ms"), 20'000 }, { QStringLiteral("method"), QStringLiteral("POST") },
            { QStringLiteral("path_regex"), QStringLiteral("/assets") } } } });
    QSignalSpy applied(inspector, &InspectorWindow::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(planView->actionState(0) == PlanView::ActionState::Running, 10'000);
    // The first file's bytes are out (its row shows a progress bar); the server has not answered.
    QTRY_VERIFY_WITH_TIMEOUT(planView->findChild<QProgressBar *>(QStringLiteral("planProgress_0")), 10'000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 10'000); // well before the server would answer
    QCOMPARE(applied.first().first().toBool(), false);
    QVERIFY2(inspector->errorText().startsWith(QStringLiteral("Cancelled")), qPrintable(inspector->errorText()));
    QVERIFY(!inspector->isBusy());
    QVERIFY(!cancel->isVisible());
    m_fixture->server()->setFaults(QJsonObject { { QStringLiteral("clear"), true } });

    // Look again, plan again, apply: the release ends up right.
    QSignalSpy shown(inspector, &InspectorWindow::releaseShown);
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("inspectorRefreshButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !inspector->isBusy(), 30'000);
    planned.clear();
    QTest::mouseClick(planButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty() && !inspector->isBusy(), 30'000);
    applied.clear();
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 30'000);
    QVERIFY2(applied.first().first().toBool(), qPrintable(inspector->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->isBusy() && inspector->selectedReport(), 30'000);
    QHash<QString, int> copies;
    for (const QJsonValue &value : m_fixture->storedAssets(tag)) {
        const QJsonObject stored = value.toObject();
        const QString name = stored.value(QStringLiteral("name")).toString();
        ++copies[name];
        if (name == zip) {
            QCOMPARE(stored.value(QStringLiteral("sha256")).toString(), sha(zipGood));
        }
        if (name == tgz) {
            QCOMPARE(stored.value(QStringLiteral("sha256")).toString(), sha(tgzGood));
        }
    }
    QCOMPARE(copies.value(zip), 1);
    QCOMPARE(copies.value(tgz), 1);
    QCOMPARE(copies.value(QStringLiteral("SHA256SUMS")), 1);
}

void TestInspectorWindow::deletesAReleaseOnlyAfterThePlan()
{
    MainWindow window(m_settings.get(), m_secrets.get());
    window.session()->setProject(*m_project);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The menu action opens the same window.
    auto *action = window.findChild<QAction *>(QStringLiteral("inspectorAction"));
    QVERIFY(action);
    action->trigger();
    InspectorWindow *inspector = window.inspectorWindow();
    QVERIFY(inspector);
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->isBusy() && inspector->releases().size() == 3, 30'000);
    action->trigger();
    QCOMPARE(window.inspectorWindow(), inspector);

    auto *list = inspector->findChild<QTreeWidget *>(QStringLiteral("inspectorReleaseList"));
    QTreeWidgetItem *draft = rowNamed(list, QStringLiteral("v0.8.0rc1"));
    QVERIFY(draft);
    QSignalSpy shown(inspector, &InspectorWindow::releaseShown);
    list->setCurrentItem(draft);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !inspector->isBusy(), 30'000);
    QCOMPARE(inspector->selectedTag(), QStringLiteral("v0.8.0rc1"));

    auto *planDelete = inspector->findChild<QPushButton *>(QStringLiteral("inspectorPlanDeleteButton"));
    QSignalSpy planned(inspector, &InspectorWindow::planReady);
    QTest::mouseClick(planDelete, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty() && !inspector->isBusy(), 30'000);
    auto *apply = inspector->findChild<QPushButton *>(QStringLiteral("inspectorApplyButton"));
    QVERIFY2(apply->text().contains(QStringLiteral("cannot be undone")), qPrintable(apply->text()));
    int rows = 0;
    for (const QJsonValue &value : m_fixture->storedReleases()) {
        rows += value.toObject().value(QStringLiteral("tag_name")).toString() == QStringLiteral("v0.8.0rc1") ? 1 : 0;
    }
    QCOMPARE(rows, 1); // planned, not done

    QSignalSpy applied(inspector, &InspectorWindow::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 30'000);
    QVERIFY2(applied.first().first().toBool(), qPrintable(inspector->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->isBusy() && inspector->releases().size() == 2, 30'000);
    QVERIFY(!rowNamed(list, QStringLiteral("v0.8.0rc1")));
    for (const QJsonValue &value : m_fixture->storedReleases()) {
        const QJsonObject release = value.toObject();
        QVERIFY(release.value(QStringLiteral("tag_name")).toString() != QStringLiteral("v0.8.0rc1")
            || release.value(QStringLiteral("is_tag")).toBool());
    }
}

void TestInspectorWindow::publishesADraftWithNewNotes()
{
    MainWindow window(m_settings.get(), m_secrets.get());
    InspectorWindow *inspector = openInspector(window);
    QVERIFY(inspector);
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->isBusy() && inspector->selectedReport(), 30'000);
    auto *list = inspector->findChild<QTreeWidget *>(QStringLiteral("inspectorReleaseList"));
    QSignalSpy shown(inspector, &InspectorWindow::releaseShown);
    list->setCurrentItem(rowNamed(list, QStringLiteral("v0.8.0rc1")));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !inspector->isBusy(), 30'000);
    // The build folder belongs to v0.7.2: this release is not compared with it.
    QVERIFY(inspector->selectedReport()->local.isEmpty());

    auto *publish = inspector->findChild<QCheckBox *>(QStringLiteral("inspectorPublishDraftCheck"));
    QVERIFY(publish->isEnabled());
    QTest::mouseClick(publish, Qt::LeftButton, {}, QPoint(5, publish->height() / 2));
    auto *editNotes = inspector->findChild<QCheckBox *>(QStringLiteral("inspectorEditNotesCheck"));
    QTest::mouseClick(editNotes, Qt::LeftButton, {}, QPoint(5, editNotes->height() / 2));
    auto *editor = inspector->findChild<QPlainTextEdit *>(QStringLiteral("inspectorNotesEdit"));
    QVERIFY(editor->isVisible());
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("First release candidate."));

    QSignalSpy planned(inspector, &InspectorWindow::planReady);
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("inspectorPlanRepairButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty() && !inspector->isBusy(), 30'000);
    QVERIFY(inspector->plan() && !inspector->plan()->isEmpty());
    QVERIFY2(inspector->plan()->toText().contains(QStringLiteral("PATCH")), qPrintable(inspector->plan()->toText()));
    for (const QJsonValue &value : m_fixture->storedReleases()) {
        if (value.toObject().value(QStringLiteral("tag_name")).toString() == QStringLiteral("v0.8.0rc1")) {
            QVERIFY(value.toObject().value(QStringLiteral("draft")).toBool()); // not yet
        }
    }

    QSignalSpy applied(inspector, &InspectorWindow::applied);
    QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("inspectorApplyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 30'000);
    QVERIFY2(applied.first().first().toBool(), qPrintable(inspector->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->isBusy() && inspector->selectedReport(), 30'000);
    QCOMPARE(inspector->selectedTag(), QStringLiteral("v0.8.0rc1"));
    QVERIFY(!inspector->selectedReport()->release.draft);
    QCOMPARE(inspector->selectedReport()->release.body, QStringLiteral("First release candidate."));
    QVERIFY(!rowNamed(list, QStringLiteral("v0.8.0rc1"))->text(2).contains(QStringLiteral("draft")));
}

void TestInspectorWindow::inspectsAChosenServer()
{
    // No project: the server is typed in (here a local release store), and SHA256SUMS is fixed.
    ReleaseFixture store(QStringLiteral("local"));
    QVERIFY2(store.isRunning(), qPrintable(store.startError()));
    store.reset();
    store.seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v1.0.0") },
        { QStringLiteral("assets"),
            QJsonArray { asset(QStringLiteral("app.zip"), QStringLiteral("zip"), QStringLiteral("2026-01-01T00:00:00Z")) } } });
    ReleaseSession session;
    InspectorWindow inspector(&session, m_settings.get());
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    auto *kind = inspector.findChild<QComboBox *>(QStringLiteral("inspectorKindCombo"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("local")));
    auto *server = inspector.findChild<QComboBox *>(QStringLiteral("inspectorServerCombo"));
    server->lineEdit()->clear();
    QTest::keyClicks(server->lineEdit(), store.serverUrl());
    QSignalSpy refreshed(&inspector, &InspectorWindow::refreshed);
    QTest::keyClick(server->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !inspector.isBusy(), 30'000);
    QVERIFY2(refreshed.first().first().toBool(), qPrintable(inspector.errorText()));
    auto *list = inspector.findChild<QTreeWidget *>(QStringLiteral("inspectorReleaseList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY2(
        list->topLevelItem(0)->text(2).contains(QStringLiteral("⚠ no SHA256SUMS")), qPrintable(list->topLevelItem(0)->text(2)));

    QSignalSpy shown(&inspector, &InspectorWindow::releaseShown);
    list->setCurrentItem(list->topLevelItem(0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !inspector.isBusy(), 30'000);
    QSignalSpy planned(&inspector, &InspectorWindow::planReady);
    QTest::mouseClick(inspector.findChild<QPushButton *>(QStringLiteral("inspectorPlanRepairButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty() && !inspector.isBusy(), 30'000);
    QVERIFY(inspector.plan());
    QCOMPARE(inspector.plan()->actions.size(), 1);
    QCOMPARE(inspector.plan()->actions.first().data.value(QStringLiteral("op")).toString(), QStringLiteral("upload-sums"));
    QSignalSpy applied(&inspector, &InspectorWindow::applied);
    QTest::mouseClick(inspector.findChild<QPushButton *>(QStringLiteral("inspectorApplyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 30'000);
    QVERIFY2(applied.first().first().toBool(), qPrintable(inspector.errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!inspector.isBusy() && inspector.selectedReport(), 30'000);
    QVERIFY2(inspector.selectedReport()->healthy(), qPrintable(inspector.selectedReport()->toText()));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("✓"));
}

QTEST_MAIN(TestInspectorWindow)
#include "TestInspectorWindow.moc"
