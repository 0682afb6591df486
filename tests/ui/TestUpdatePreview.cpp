// Issue 11's Update Preview, clicked through by objectName against the Gitea test server: the
// scenario taken from an installed folder (an extracted Linux tarball), "update available" with
// the version pill and the banner, the warnings before publishing, the banner dismissed (and the
// dismissal kept), the app's own Check button debounced, then "Apply in a sandbox": a copy of the
// installation is downloaded into, verified, swapped by the real script and started, and prints
// the new version while the original folder and data/ stay as they were.
#include "MainWindow.h"
#include "preview/UpdatePreviewWindow.h"
#include "secrets/SecretStore.h"
#include "support/FakeKeychainBackend.h"
#include "support/GiteaTestServer.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::ui;

namespace {

bool writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return false;
    }
    file.close();
    if (executable) {
        file.setPermissions(file.permissions() | QFile::ExeOwner | QFile::ExeUser);
    }
    return true;
}

// A Linux portable tree as the builds lay it out: VERSION, run.sh (prints the version), venv/, app/.
bool makeTree(const QString &root, const QString &version)
{
    return writeFile(root + QStringLiteral("/VERSION"), version.toUtf8() + '\n')
        && writeFile(
            root + QStringLiteral("/run.sh"), "#!/bin/sh\necho \"Tallyho $(cat \"$(dirname \"$0\")/VERSION\") running\"\n", true)
        && writeFile(root + QStringLiteral("/venv/bin/activate"), "# venv\n")
        && writeFile(root + QStringLiteral("/app/src/tallyho/__init__.py"), "__version__ = \"" + version.toUtf8() + "\"\n");
}

} // namespace

class TestUpdatePreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        qputenv("XDG_CONFIG_HOME", m_temp.filePath(QStringLiteral("config")).toUtf8());
    }

    void fromUpdateAvailableToSandbox()
    {
        test::GiteaTestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        // The release's real tarball, made with tar.
        const QString build = m_temp.filePath(QStringLiteral("build"));
        QVERIFY(makeTree(build + QStringLiteral("/Tallyho"), QStringLiteral("1.1.0")));
        const QString tarball = m_temp.filePath(QStringLiteral("Tallyho-v1.1.0-linux-x64.tar.gz"));
        QCOMPARE(QProcess::execute(QStringLiteral("tar"),
                     { QStringLiteral("czf"), tarball, QStringLiteral("-C"), build, QStringLiteral("Tallyho") }),
            0);
        QFile tarFile(tarball);
        QVERIFY(tarFile.open(QIODevice::ReadOnly));
        const QByteArray tarBytes = tarFile.readAll();
        const QByteArray sums
            = QCryptographicHash::hash(tarBytes, QCryptographicHash::Sha256).toHex() + "  Tallyho-v1.1.0-linux-x64.tar.gz\n";
        auto asset = [](const QString &name, const QByteArray &bytes) {
            return QJsonObject { { QStringLiteral("name"), name },
                { QStringLiteral("content_b64"), QString::fromLatin1(bytes.toBase64()) } };
        };
        server.seed(QJsonObject {
            { QStringLiteral("users"), QJsonArray { QJsonObject { { QStringLiteral("login"), QStringLiteral("alice") } } } },
            { QStringLiteral("repos"),
                QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
                    { QStringLiteral("name"), QStringLiteral("tallyho") },
                    { QStringLiteral("releases"),
                        QJsonArray { QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v1.0.0") },
                                         { QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z") } },
                            QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v1.1.0") },
                                { QStringLiteral("body"), QStringLiteral("## What's new\n\n- Faster tallies") },
                                { QStringLiteral("created_at"), QStringLiteral("2026-02-01T00:00:00Z") },
                                { QStringLiteral("assets"),
                                    QJsonArray { asset(QStringLiteral("Tallyho-v1.1.0-linux-x64.tar.gz"), tarBytes),
                                        asset(QStringLiteral("SHA256SUMS"), sums) } } },
                            QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v1.2.0-rc.1") },
                                { QStringLiteral("prerelease"), true },
                                { QStringLiteral("created_at"), QStringLiteral("2026-03-01T00:00:00Z") } } } } } } } });

        // The user's installation: 1.0.0, with data the update must never touch.
        const QString installed = m_temp.filePath(QStringLiteral("installed/Tallyho"));
        QVERIFY(makeTree(installed, QStringLiteral("1.0.0")));
        QVERIFY(writeFile(installed + QStringLiteral("/data/tallies.db"), "precious user data\n"));

        QSettings settings(m_temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
        MainWindow main(&settings, &secrets);
        main.show();
        main.findChild<QAction *>(QStringLiteral("updatePreviewAction"))->trigger();
        UpdatePreviewWindow *preview = main.updatePreviewWindow();
        QVERIFY(preview);
        QVERIFY(QTest::qWaitForWindowExposed(preview));

        auto *serverEdit = preview->findChild<QLineEdit *>(QStringLiteral("previewServerEdit"));
        auto *repoEdit = preview->findChild<QLineEdit *>(QStringLiteral("previewRepoEdit"));
        auto *folderEdit = preview->findChild<QLineEdit *>(QStringLiteral("previewFolderEdit"));
        serverEdit->setText(server.url());
        repoEdit->setText(QStringLiteral("alice/tallyho"));
        folderEdit->setFocus();
        QTest::keyClicks(folderEdit, installed);
        QTest::keyClick(folderEdit, Qt::Key_Return);
        // The folder's markers and VERSION fill in the scenario.
        QTRY_COMPARE(preview->findChild<QLineEdit *>(QStringLiteral("previewCurrentEdit"))->text(), QStringLiteral("1.0.0"));
        QCOMPARE(preview->findChild<QComboBox *>(QStringLiteral("previewInstallTypeCombo"))->currentData().toString(),
            QStringLiteral("portable-linux"));

        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("previewCheckButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(preview->service()->state(), UpdateService::State::UpdateAvailable, 20'000);
        auto *pill = preview->findChild<QLabel *>(QStringLiteral("versionPill"));
        QVERIFY(pill->property("hasUpdate").toBool());
        auto *banner = preview->findChild<QFrame *>(QStringLiteral("updateBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(preview->findChild<QLabel *>(QStringLiteral("updateBannerText"))->text().contains(QStringLiteral("1.1.0")));
        QVERIFY(preview->findChild<QPushButton *>(QStringLiteral("appUpdateButton"))->isVisible());
        QVERIFY(preview->findChild<QLabel *>(QStringLiteral("state_UPDATE_AVAILABLE"))->property("lit").toBool());
        // The pre-release is not offered on the stable channel; the timeline says why.
        QVERIFY(preview->timelineText().contains(QStringLiteral("Skip v1.2.0-rc.1: a pre-release")));
        // Before publishing: 1.1.0 has no Windows files, and the pre-release has no SHA256SUMS.
        QTRY_VERIFY(!preview->warnings().isEmpty());
        const QString warnings = preview->warnings().join(QLatin1Char('\n'));
        QVERIFY2(
            warnings.contains(QStringLiteral("v1.1.0 (newest stable) has no file for Windows installer")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("v1.2.0-rc.1 has no SHA256SUMS")), qPrintable(warnings));
        QVERIFY(!warnings.contains(QStringLiteral("Linux portable (tar.gz) installations"))
            || warnings.contains(QStringLiteral("v1.2.0-rc.1 (newest pre-release) has no file for Linux")));

        // Dismiss: the banner goes, the choice is kept, the pill still says there is an update.
        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("bannerDismissButton")), Qt::LeftButton);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(preview->service()->settings().dismissedVersion, QStringLiteral("1.1.0"));
        QVERIFY(pill->property("hasUpdate").toBool());
        // The app's own Check button right after a check is debounced: nothing is sent.
        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("appCheckButton")), Qt::LeftButton);
        QTRY_VERIFY(preview->timelineText().contains(QStringLiteral("Check refused")));
        QVERIFY(!banner->isVisible()); // still dismissed

        // Apply in a sandbox: a copy is updated for real and started.
        QSignalSpy finished(preview, &UpdatePreviewWindow::sandboxFinished);
        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("previewSandboxButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(preview->timelineText()));
        QCOMPARE(preview->service()->state(), UpdateService::State::Applying);
        QVERIFY(preview->findChild<QLabel *>(QStringLiteral("restartOverlay"))->isVisible());
        const QString sandbox = preview->sandboxFolder();
        QVERIFY(sandbox != installed);
        QFile sandboxVersion(sandbox + QStringLiteral("/VERSION"));
        QVERIFY(sandboxVersion.open(QIODevice::ReadOnly));
        QCOMPARE(sandboxVersion.readAll().trimmed(), QByteArray("1.1.0"));
        QVERIFY2(
            preview->sandboxOutput().contains(QStringLiteral("Tallyho 1.1.0 running")), qPrintable(preview->sandboxOutput()));
        QFile sandboxData(sandbox + QStringLiteral("/data/tallies.db"));
        QVERIFY(sandboxData.open(QIODevice::ReadOnly));
        QCOMPARE(sandboxData.readAll(), QByteArray("precious user data\n"));
        QVERIFY(!QFileInfo::exists(sandbox + QStringLiteral("/.releasedesk-update")));
        // The original installation is untouched.
        QFile original(installed + QStringLiteral("/VERSION"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll().trimmed(), QByteArray("1.0.0"));
        const QString timeline = preview->timelineText();
        // The dismissal is kept: a new preview window on the same server starts with it.
        UpdatePreviewWindow again(nullptr, &settings);
        again.findChild<QLineEdit *>(QStringLiteral("previewServerEdit"))->setText(server.url());
        again.findChild<QLineEdit *>(QStringLiteral("previewRepoEdit"))->setText(QStringLiteral("alice/tallyho"));
        again.setInstalledFolder(installed);
        again.check();
        QTRY_COMPARE_WITH_TIMEOUT(again.service()->state(), UpdateService::State::UpdateAvailable, 20'000);
        QVERIFY(again.service()->answer().dismissed);
        QVERIFY(!again.findChild<QFrame *>(QStringLiteral("updateBanner"))->isVisibleTo(&again));
        // The Publish page opens the preview on its target.
        main.findChild<QLineEdit *>(QStringLiteral("publishServerEdit"))->setText(QStringLiteral("https://gitea.example.com"));
        main.findChild<QLineEdit *>(QStringLiteral("publishRepoEdit"))->setText(QStringLiteral("team/app"));
        main.findChild<QPushButton *>(QStringLiteral("publishUpdatePreviewButton"))->click();
        QCOMPARE(serverEdit->text(), QStringLiteral("https://gitea.example.com"));
        QCOMPARE(repoEdit->text(), QStringLiteral("team/app"));
        QVERIFY(preview->isVisible());
        QVERIFY(timeline.contains(QStringLiteral("GET SHA256SUMS of v1.1.0")));
        QVERIFY(timeline.contains(QStringLiteral("Swap app")));
        QVERIFY(timeline.contains(QStringLiteral("Verified against SHA256SUMS")));
    }

private:
    QTemporaryDir m_temp;
};

QTEST_MAIN(TestUpdatePreview)
#include "TestUpdatePreview.moc"
