#include "ReleaseSession.h"
#include "demo/DemoProject.h"
#include "installer/WineCheck.h"
#include "installerstep/InstallerPage.h"
#include "project/PythonProject.h"
#include "support/InstallerFixtures.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::ui;

class TestInstallerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsInstallerFromPortableBuild();
    void completeWithoutWindowsTarget();

private:
    QTemporaryDir m_home;
};

void TestInstallerPage::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

void TestInstallerPage::buildsInstallerFromPortableBuild()
{
    if (QStandardPaths::findExecutable(QStringLiteral("makensis")).isEmpty()) {
        QSKIP("makensis is not installed (Debian package nsis)");
    }
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString dist = temp.filePath(QStringLiteral("Tallyho"));
    test::DistSpec spec;
    spec.version = QStringLiteral("0.7.2");
    QCOMPARE(test::makeDist(dist, spec), QString());

    auto layout = DemoProject::create(temp.filePath(QStringLiteral("demo")));
    QVERIFY(layout);
    auto project = loadPythonProject(layout->projectDir);
    QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));

    ReleaseSession session;
    session.setProject(*project);
    session.setPortableDistDir(dist);
    QStringList log;
    connect(&session, &ReleaseSession::logLine, this,
        [&log](const QString &source, const QString &line) { log << source + QStringLiteral(": ") + line; });

    InstallerPage page(&session);
    page.resize(900, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *output = page.findChild<QLineEdit *>(QStringLiteral("installerOutputDirEdit"));
    QVERIFY(output);
    output->setText(temp.filePath(QStringLiteral("out")));
    page.initializePage();
    QVERIFY(!page.isComplete());

    auto *distEdit = page.findChild<QLineEdit *>(QStringLiteral("installerDistDirEdit"));
    QVERIFY(distEdit);
    QCOMPARE(distEdit->text(), dist);

    // The generated script, read-only, for the demo app.
    QTRY_VERIFY_WITH_TIMEOUT(page.isPreviewReady(), 30'000);
    auto *script = page.findChild<QPlainTextEdit *>(QStringLiteral("installerScriptView"));
    QVERIFY(script);
    QVERIFY(script->isReadOnly());
    QVERIFY2(
        script->toPlainText().contains(QStringLiteral("Target amd64-unicode")), qPrintable(script->toPlainText().left(2000)));
    QVERIFY(script->toPlainText().contains(project->displayName()));
    auto *error = page.findChild<QLabel *>(QStringLiteral("installerError"));
    QVERIFY(error);
    QVERIFY2(error->isHidden(), qPrintable(error->text()));

    // The fixture has an icon: the preview shows it.
    auto *icon = page.findChild<QLabel *>(QStringLiteral("installerIconPreview"));
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull());

    // A settings edit regenerates the script.
    auto *compressor = page.findChild<QComboBox *>(QStringLiteral("installerCompressorCombo"));
    QVERIFY(compressor);
    compressor->setCurrentIndex(compressor->findData(int(InstallerSettings::Compressor::Zlib)));
    QTRY_VERIFY_WITH_TIMEOUT(page.isPreviewReady() && script->toPlainText().contains(QStringLiteral("zlib")), 30'000);

    // Build without signing.
    auto *sign = page.findChild<QWidget *>(QStringLiteral("installerSignCheck"));
    QVERIFY(sign);
    auto *build = page.findChild<QPushButton *>(QStringLiteral("installerBuildButton"));
    QVERIFY(build);
    QTRY_VERIFY_WITH_TIMEOUT(build->isEnabled(), 30'000);
    QTest::mouseClick(build, Qt::LeftButton);
    QVERIFY(page.isBusy());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("installerCancelButton"))->isVisible());

    const QString setup = temp.filePath(QStringLiteral("out/Tallyho-v0.7.2-setup.exe"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 300'000);
    QVERIFY2(error->isHidden(), qPrintable(error->text()));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(setup), 10'000);
    QVERIFY(QFileInfo(setup).size() > 0);
    QCOMPARE(page.installerPath(), setup);
    QCOMPARE(session.installerPath(), setup);
    QVERIFY(page.isComplete());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("installerCancelButton"))->isVisible());

    // The log drawer received makensis's own output, under the "makensis" source.
    const QStringList makensisLines = log.filter(QStringLiteral("makensis: "));
    QVERIFY2(makensisLines.size() > 3, qPrintable(log.join(QLatin1Char('\n'))));
    bool outputLines = false;
    for (const QString &line : std::as_const(log)) {
        outputLines
            = outputLines || line.contains(QStringLiteral("Output:")) || line.contains(QStringLiteral("Processing script file"));
    }
    QVERIFY2(outputLines, qPrintable(log.join(QLatin1Char('\n'))));

    // "Verify under wine" is offered exactly when wine is installed (not run here: too slow).
    auto *verify = page.findChild<QPushButton *>(QStringLiteral("installerVerifyButton"));
    QVERIFY(verify);
    const bool wine = WineCheck::available().has_value();
    QTRY_COMPARE_WITH_TIMEOUT(page.wineAvailable(), wine, 10'000);
    QCOMPARE(verify->isEnabled(), wine);
}

void TestInstallerPage::completeWithoutWindowsTarget()
{
    QTemporaryDir temp;
    auto layout = DemoProject::create(temp.filePath(QStringLiteral("demo")));
    QVERIFY(layout);
    auto project = loadPythonProject(layout->projectDir);
    QVERIFY(project);
    project->settings.targets = { QStringLiteral("linux") };
    ReleaseSession session;
    session.setProject(*project);
    InstallerPage page(&session);
    page.initializePage();
    QVERIFY(page.isComplete());
    // Without a portable build there is nothing to build, and nothing to verify.
    QTRY_VERIFY_WITH_TIMEOUT(
        page.isPreviewReady() || !page.findChild<QLabel *>(QStringLiteral("installerError"))->text().isEmpty(), 30'000);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("installerVerifyButton"))->isEnabled());
}

QTEST_MAIN(TestInstallerPage)
#include "TestInstallerPage.moc"
