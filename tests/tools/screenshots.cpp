// Not a test: ./tests/screenshots DIR walks the demo through every wizard page, the run window
// and the Release Inspector, and saves a PNG of each into DIR (the README's pictures). Runs under
// QT_QPA_PLATFORM=offscreen or a real display (xvfb-run). Everything it touches lives in a
// temporary home; python.org is not reached (the run window is shown planned, not run).
#include "MainWindow.h"
#include "ReleaseSession.h"
#include "container/DockerPage.h"
#include "inspector/InspectorWindow.h"
#include "notes/NotesPage.h"
#include "preview/UpdatePreviewWindow.h"
#include "projectstep/ProjectPage.h"
#include "readiness/ProjectHealthDialog.h"
#include "run/ReleaseRunWindow.h"
#include "secrets/SecretStore.h"
#include "support/FakeKeychainBackend.h"
#include "versionstep/VersionTagPage.h"
#include "wizard/ReleaseWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <functional>

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms = 300)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: screenshots DIR\n");
        return 2;
    }
    const QString out = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    QDir().mkpath(out);
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    QSettings settings(home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    rd::SecretStore secrets(std::make_unique<rd::FakeKeychainBackend>(), QProcessEnvironment());
    rd::ui::MainWindow window(&settings, &secrets);
    window.resize(1280, 800);
    window.show();
    window.openDemo();
    auto *projectPage = window.findChild<rd::ui::ProjectPage *>(QStringLiteral("projectPage"));
    if (!waitFor([&] { return projectPage->isComplete(); })) {
        std::fprintf(stderr, "the demo did not open\n");
        return 1;
    }
    bool ok = save(&window, out, QStringLiteral("01-project"));
    rd::ui::ReleaseWizard *wizard = window.wizard();
    wizard->next();
    auto *versionPage = window.findChild<rd::ui::VersionTagPage *>(QStringLiteral("versionTagPage"));
    waitFor([&] { return !versionPage->isBusy() && versionPage->isComplete(); });
    ok &= save(&window, out, QStringLiteral("02-version-and-tag"));
    versionPage->findChild<QCheckBox *>(QStringLiteral("tagLaterCheck"))->setChecked(true);
    wizard->next();
    auto *notesPage = window.findChild<rd::ui::NotesPage *>(QStringLiteral("notesPage"));
    bool drafted = false;
    QObject::connect(notesPage, &rd::ui::NotesPage::draftReady, notesPage, [&drafted](bool) { drafted = true; });
    notesPage->draftFromHistory();
    waitFor([&] { return drafted; });
    ok &= save(&window, out, QStringLiteral("03-release-notes"));
    const QStringList later { QStringLiteral("04-build"), QStringLiteral("05-installer"), QStringLiteral("06-publish") };
    for (const QString &name : later) {
        wizard->next();
        settle(1500);
        ok &= save(&window, out, name);
    }
    // Publish is a commit page: the Docker page is shown on its own (as it looks in the wizard).
    auto *dockerPage = new rd::ui::DockerPage(window.session());
    dockerPage->setAttribute(Qt::WA_DeleteOnClose);
    dockerPage->resize(1100, 720);
    dockerPage->initializePage();
    dockerPage->show();
    dockerPage->findChild<QLineEdit *>(QStringLiteral("dockerRegistryEdit"))->setText(QStringLiteral("git.example.com/demo"));
    dockerPage->refreshPlan();
    dockerPage->showDockerfileDiff();
    settle(2500);
    ok &= save(dockerPage, out, QStringLiteral("09-docker"));
    dockerPage->close();
    auto *health = new rd::ui::ProjectHealthDialog(window.session(), &window);
    health->resize(1100, 640);
    health->show();
    bool checked = false;
    QObject::connect(health, &rd::ui::ProjectHealthDialog::checked, health, [&checked] { checked = true; });
    waitFor([&] { return checked; });
    auto *list = health->findChild<QTreeWidget *>(QStringLiteral("healthList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("workflows.release")) {
            list->setCurrentItem(list->topLevelItem(i));
        }
    }
    settle(500);
    ok &= save(health, out, QStringLiteral("10-project-health"));
    health->close();
    rd::ui::ReleaseRunWindow *run = window.openReleaseRun();
    bool planned = false;
    QObject::connect(run, &rd::ui::ReleaseRunWindow::planned, run, [&planned](bool) { planned = true; });
    run->plan();
    waitFor([&] { return planned; }, 60'000);
    ok &= save(run, out, QStringLiteral("07-run-the-whole-release"));
    run->hide();
    window.openInspector();
    rd::ui::InspectorWindow *inspector = window.inspectorWindow();
    inspector->resize(1200, 760);
    waitFor([&] { return !inspector->isBusy(); });
    inspector->selectRelease(QStringLiteral("v0.7.1"));
    settle(1500);
    ok &= save(inspector, out, QStringLiteral("08-inspector-failed-release"));
    inspector->hide();
    window.openUpdatePreview();
    rd::ui::UpdatePreviewWindow *preview = window.updatePreviewWindow();
    preview->resize(1200, 760);
    preview->findChild<QLineEdit *>(QStringLiteral("previewCurrentEdit"))->setText(QStringLiteral("0.6.0"));
    auto *type = preview->findChild<QComboBox *>(QStringLiteral("previewInstallTypeCombo"));
    type->setCurrentIndex(type->findData(QStringLiteral("portable-linux")));
    preview->check();
    waitFor([&] {
        return preview->service()->state() != rd::UpdateService::State::Checking
            && preview->service()->state() != rd::UpdateService::State::Idle;
    });
    settle(1000);
    ok &= save(preview, out, QStringLiteral("11-update-preview"));
    return ok ? 0 : 1;
}
