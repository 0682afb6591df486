// Issue 12's GUI: the wizard's Docker page (the Dockerfile generated and shown as a diff before it
// is written, a user's edit replaced only when ticked, the image's plan; plan mode when no engine
// is installed) and the Project health dialog opened from the main window's menu (the checklist,
// a fix shown as a diff and applied by a click, the item ✓ afterwards).
#include "MainWindow.h"
#include "ReleaseSession.h"
#include "container/DockerPage.h"
#include "demo/DemoProject.h"
#include "projectstep/ProjectPage.h"
#include "readiness/ProjectHealthDialog.h"
#include "secrets/SecretStore.h"
#include "support/FakeKeychainBackend.h"
#include "support/GiteaTestServer.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rd;
using namespace rd::ui;

class TestDockerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dockerfileShownThenWritten();
    void planModeWithoutAnEngine();
    void healthFixedFromTheDialog();
    void healthAsksTheServerAboutActions();

private:
    QString demo(const QString &name);
    QTemporaryDir m_temp;
};

void TestDockerPage::initTestCase()
{
    QVERIFY(m_temp.isValid());
    qputenv("XDG_CONFIG_HOME", m_temp.filePath(QStringLiteral("config")).toUtf8());
}

QString TestDockerPage::demo(const QString &name)
{
    auto layout = DemoProject::create(m_temp.filePath(name));
    return layout ? layout->projectDir : QString();
}

void TestDockerPage::dockerfileShownThenWritten()
{
    const QString dir = demo(QStringLiteral("docker"));
    QVERIFY(!dir.isEmpty());
    ReleaseSession session;
    auto project = loadPythonProject(dir);
    QVERIFY(project.has_value());
    session.setProject(*project);
    DockerPage page(&session);
    page.initializePage();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("dockerSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("no Dockerfile")), 20'000);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("dockerBuildButton"))->isEnabled());

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("dockerGenerateButton")), Qt::LeftButton);
    auto *diff = page.findChild<QPlainTextEdit *>(QStringLiteral("dockerDiff"));
    QVERIFY(diff->toPlainText().contains(QStringLiteral("+FROM ${BASE_IMAGE} AS wheels")));
    QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("Dockerfile")))); // shown, not written
    auto *write = page.findChild<QPushButton *>(QStringLiteral("dockerWriteButton"));
    QVERIFY(write->isEnabled());
    // The demo releases to a local store: the registry is given by hand.
    page.findChild<QLineEdit *>(QStringLiteral("dockerRegistryEdit"))->setText(QStringLiteral("registry.example.com/demo"));
    QSignalSpy written(&page, &DockerPage::dockerfileWritten);
    QTest::mouseClick(write, Qt::LeftButton);
    QVERIFY(written.wait(20'000));
    QCOMPARE(written.takeFirst().first().toBool(), true);
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("Dockerfile"))));
    QVERIFY(session.project().settings.docker.enabled);
    auto *plan = page.findChild<QPlainTextEdit *>(QStringLiteral("dockerPlanView"));
    QTRY_VERIFY_WITH_TIMEOUT(plan->toPlainText().contains(QStringLiteral("--password-stdin")), 20'000);
    QVERIFY(plan->toPlainText().contains(QStringLiteral(":latest"))); // 0.7.2 is stable

    // The user edits the Dockerfile: generating again shows their lines, and Write refuses
    // until "Replace my edited Dockerfile" is ticked.
    QFile file(QDir(dir).filePath(QStringLiteral("Dockerfile")));
    QVERIFY(file.open(QIODevice::Append));
    file.write("RUN echo mine\n");
    file.close();
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("dockerGenerateButton")), Qt::LeftButton);
    QVERIFY(diff->toPlainText().contains(QStringLiteral("-RUN echo mine")));
    auto *replace = page.findChild<QCheckBox *>(QStringLiteral("dockerReplaceCheck"));
    QVERIFY(replace->isVisible());
    QTest::mouseClick(write, Qt::LeftButton);
    QVERIFY(written.wait(20'000));
    QCOMPARE(written.takeFirst().first().toBool(), false); // refused: the user's edit stays
    QFile kept(QDir(dir).filePath(QStringLiteral("Dockerfile")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().contains("RUN echo mine"));
    kept.close();
    replace->setChecked(true);
    QTest::mouseClick(write, Qt::LeftButton);
    QVERIFY(written.wait(20'000));
    QCOMPARE(written.takeFirst().first().toBool(), true);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(!kept.readAll().contains("RUN echo mine"));
}

void TestDockerPage::planModeWithoutAnEngine()
{
    const QString dir = demo(QStringLiteral("planmode"));
    QVERIFY(!dir.isEmpty());
    QFile dockerfile(QDir(dir).filePath(QStringLiteral("Dockerfile")));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM scratch\n");
    dockerfile.close();
    // A PATH with git only: neither docker nor podman.
    const QString bin = m_temp.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    QFile::link(QStandardPaths::findExecutable(QStringLiteral("git")), QDir(bin).filePath(QStringLiteral("git")));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.toUtf8());
    ReleaseSession session;
    auto project = loadPythonProject(dir);
    QVERIFY(project.has_value());
    session.setProject(*project);
    DockerPage page(&session);
    page.findChild<QLineEdit *>(QStringLiteral("dockerRegistryEdit"))->setText(QStringLiteral("registry.example.com/demo"));
    page.initializePage();
    page.show();
    auto *summary = page.findChild<QLabel *>(QStringLiteral("dockerSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("No docker or podman here")), 20'000);
    QVERIFY(summary->text().contains(QStringLiteral("registry.example.com/demo/tallyho")));
    qputenv("PATH", path);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("dockerBuildButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("dockerPushButton"))->isEnabled());
    QVERIFY(page.findChild<QPlainTextEdit *>(QStringLiteral("dockerPlanView"))
                ->toPlainText()
                .contains(QStringLiteral("docker build")));
}

void TestDockerPage::healthFixedFromTheDialog()
{
    const QString dir = demo(QStringLiteral("health"));
    QVERIFY(!dir.isEmpty());
    QSettings settings(m_temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
    MainWindow window(&settings, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openProject(dir);
    auto *projectPage = window.findChild<ProjectPage *>(QStringLiteral("projectPage"));
    QTRY_VERIFY_WITH_TIMEOUT(projectPage->isComplete() && window.session()->hasProject(), 30'000);

    window.findChild<QAction *>(QStringLiteral("projectHealthAction"))->trigger();
    ProjectHealthDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ProjectHealthDialog *>(QStringLiteral("projectHealthDialog"))) != nullptr);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("healthList"));
    QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() > 5, 20'000);
    QTreeWidgetItem *ruff = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("pyproject.ruff")) {
            ruff = list->topLevelItem(i);
        }
    }
    QVERIFY(ruff);
    QVERIFY(ruff->text(0).startsWith(QStringLiteral("✗ ")));
    list->setCurrentItem(ruff);
    auto *detail = dialog->findChild<QPlainTextEdit *>(QStringLiteral("healthDetail"));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("+[tool.ruff]")));
    QSignalSpy rechecked(dialog, &ProjectHealthDialog::checked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("healthFixButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rechecked.count(), 1, 20'000);
    QFile pyproject(QDir(dir).filePath(QStringLiteral("pyproject.toml")));
    QVERIFY(pyproject.open(QIODevice::ReadOnly));
    QVERIFY(pyproject.readAll().contains("[tool.ruff]"));
    const auto fixed = std::find_if(dialog->items().cbegin(), dialog->items().cend(),
        [](const HealthItem &item) { return item.id == QStringLiteral("pyproject.ruff"); });
    QVERIFY(fixed != dialog->items().cend() && fixed->ok);
}

void TestDockerPage::healthAsksTheServerAboutActions()
{
    rd::test::GiteaTestServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    server.seedStandard();
    server.seed(QJsonObject { { QStringLiteral("repos"),
        QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
            { QStringLiteral("name"), QStringLiteral("tallyho") }, { QStringLiteral("actions_enabled"), false } } } } });
    const QString dir = demo(QStringLiteral("server-health"));
    QVERIFY(!dir.isEmpty());
    QFile toml(QDir(dir).filePath(QStringLiteral("releasedesk.toml")));
    QVERIFY(toml.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(toml.readAll());
    toml.close();
    // The demo releases to its local store: point its [server] at the test server instead.
    text.replace(QRegularExpression(QStringLiteral("^kind = .*$"), QRegularExpression::MultilineOption),
        QStringLiteral("kind = \"gitea\""));
    text.replace(QRegularExpression(QStringLiteral("^url = .*$"), QRegularExpression::MultilineOption),
        QStringLiteral("url = \"%1\"").arg(server.url()));
    text.replace(QRegularExpression(QStringLiteral("^repo = .*$"), QRegularExpression::MultilineOption),
        QStringLiteral("repo = \"alice/tallyho\""));
    QVERIFY(toml.open(QIODevice::WriteOnly | QIODevice::Truncate));
    toml.write(text.toUtf8());
    toml.close();
    auto project = loadPythonProject(dir);
    QVERIFY(project.has_value());
    QCOMPARE(project->settings.serverKind, QStringLiteral("gitea"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("RELEASEDESK_TOKEN"), rd::test::GiteaTestServer::aliceToken());
    SecretStore secrets(std::make_unique<FakeKeychainBackend>(), env);
    ReleaseSession session;
    session.setSecretStore(&secrets);
    session.setProject(*project);
    ProjectHealthDialog dialog(&session);
    auto serverItem = [&dialog]() -> std::optional<HealthItem> {
        for (const HealthItem &item : dialog.items()) {
            if (item.id == QStringLiteral("server.actions")) {
                return item;
            }
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(serverItem().has_value(), 20'000);
    QCOMPARE(serverItem()->ok, false);
    QVERIFY(serverItem()->problem.contains(QStringLiteral("Actions are disabled for alice/tallyho")));
    QVERIFY(dialog.findChild<QTreeWidget *>(QStringLiteral("healthList"))
                ->findItems(QStringLiteral("✗ Actions"), Qt::MatchStartsWith)
                .size()
        == 1);
}

QTEST_MAIN(TestDockerPage)
#include "TestDockerPage.moc"
