#include "MainWindow.h"
#include "ReleaseSession.h"
#include "project/ProjectPage.h"
#include "secrets/FakeKeychainBackend.h"
#include "secrets/SecretStore.h"
#include "wizard/ReleaseWizard.h"
#include "wizard/StepList.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensDemoOnProjectPage();
    void showsErrorInlineForBadFolder();

private:
    QTemporaryDir m_home;
};

void TestMainWindow::initTestCase()
{
    // The demo goes to the data folder: keep it inside the test's own temporary home.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
