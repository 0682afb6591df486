#include "MainWindow.h"

#include "ReleaseSession.h"
#include "inspector/InspectorWindow.h"
#include "preview/UpdatePreviewWindow.h"
#include "projectstep/ProjectPage.h"
#include "publishing/PublishPage.h"
#include "readiness/ProjectHealthDialog.h"
#include "release/ReleaseRun.h"
#include "run/ReleaseRunWindow.h"
#include "settings/SettingsDialog.h"
#include "widgets/Background.h"
#include "widgets/LogView.h"
#include "widgets/Tone.h"
#include "wizard/ReleaseWizard.h"
#include "wizard/StepList.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd::ui {

MainWindow::MainWindow(QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_session(new ReleaseSession(this))
    , m_steps(new StepList(this))
    , m_wizard(nullptr)
    , m_logDock(new QDockWidget(tr("Log"), this))
    , m_versionPill(new PillLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session->setSecretStore(m_secrets);
    m_wizard = new ReleaseWizard(m_session, m_steps, this);

    auto *stepsPanel = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(stepsPanel);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(new QLabel(tr("Steps"), stepsPanel));
    stepsLayout->addWidget(m_steps, 1);
    // The overall bar of a running publish, visible from every page.
    auto *stepsProgress = new QProgressBar(stepsPanel);
    stepsProgress->setObjectName(QStringLiteral("stepsProgress"));
    stepsProgress->setRange(0, 1000);
    stepsProgress->hide();
    stepsLayout->addWidget(stepsProgress);
    // The later pages are made after the first paint (ReleaseWizard::ensurePages); wire them then.
    connect(m_wizard, &ReleaseWizard::pagesCreated, this, [this, stepsProgress] {
        PublishPage *publish = m_wizard->publishPage();
        publish->setServerSettings(m_settings);
        connect(publish, &PublishPage::overallProgress, stepsProgress, [stepsProgress](qint64 done, qint64 total) {
            stepsProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            stepsProgress->show();
        });
        connect(publish, &PublishPage::updatePreviewRequested, this, [this](const ReleaseTarget &target) {
            openUpdatePreview();
            m_updatePreview->setTarget(target);
        });
        connect(publish, &PublishPage::busyChanged, stepsProgress, [stepsProgress](bool busy) {
            if (!busy) {
                stepsProgress->hide();
            }
        });
    });
    auto *inspectorButton = new QPushButton(tr("Inspector…"), stepsPanel);
    inspectorButton->setObjectName(QStringLiteral("inspectorButton"));
    inspectorButton->setToolTip(tr("Look at the releases on the server: duplicates, missing files, checksums; repair them"));
    connect(inspectorButton, &QPushButton::clicked, this, &MainWindow::openInspector);
    stepsLayout->addWidget(inspectorButton);
    auto *previewButton = new QPushButton(tr("Update preview…"), stepsPanel);
    previewButton->setObjectName(QStringLiteral("updatePreviewButton"));
    previewButton->setToolTip(tr("See what your users' installed apps will be offered, and try the update on a copy"));
    connect(previewButton, &QPushButton::clicked, this, &MainWindow::openUpdatePreview);
    stepsLayout->addWidget(previewButton);

    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(new QWidget(m_logDock)); // the log view itself is made after the first paint
    m_logDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_versionPill->setObjectName(QStringLiteral("versionPill"));
    // The project bar: a plain row rather than a QToolBar, whose overflow button would decode
    // the style's standard icons before the first paint (a fifth of the window's start-up).
    auto *projectBar = new QWidget(this);
    projectBar->setObjectName(QStringLiteral("projectBar"));
    auto *barLayout = new QHBoxLayout(projectBar);
    barLayout->setContentsMargins(6, 2, 6, 2);
    auto addBarButton = [&](const QString &text, const QString &name, auto slot) {
        auto *button = new QToolButton(projectBar);
        button->setObjectName(name);
        button->setText(text);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        barLayout->addWidget(button);
    };
    addBarButton(tr("Open project…"), QStringLiteral("openProjectButton"), [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the project folder"));
        if (!dir.isEmpty()) {
            openProject(dir);
        }
    });
    addBarButton(tr("Open demo"), QStringLiteral("openDemoButton"), [this] { openDemo(); });
    barLayout->addStretch(1);
    barLayout->addWidget(m_versionPill);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(stepsPanel);
    splitter->addWidget(m_wizard);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 190, 800 });
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(projectBar);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    createMenus();
    connect(m_session, &ReleaseSession::projectChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ReleaseSession::projectChanged, this, &MainWindow::offerResume);
    m_resumeOffer = new QPushButton(this);
    m_resumeOffer->setObjectName(QStringLiteral("resumeOfferButton"));
    m_resumeOffer->setAccessibleName(tr("Resume the unfinished release"));
    m_resumeOffer->hide();
    statusBar()->addPermanentWidget(m_resumeOffer);
    connect(m_resumeOffer, &QPushButton::clicked, this, [this] { m_resumeAction->trigger(); });
    connect(m_session, &ReleaseSession::logLine, this,
        [this](const QString &source, const QString &line) { logView()->appendLine(source, line); });
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 760);
    resizeDocks({ m_logDock }, { 160 }, Qt::Vertical);
}

MainWindow::~MainWindow() = default;

bool MainWindow::event(QEvent *event)
{
    // Cold start: the window paints with the Project page and an empty log drawer; the rest of
    // the window is made right after that first paint.
    if (event->type() == QEvent::Paint && !m_startupCompletionQueued) {
        m_startupCompletionQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_wizard->ensurePages();
            logView();
            emit startupCompleted();
        });
    }
    return QMainWindow::event(event);
}

LogView *MainWindow::logView()
{
    if (!m_log) {
        m_log = new LogView(m_logDock);
        delete m_logDock->widget();
        m_logDock->setWidget(m_log);
    }
    return m_log;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the project folder"));
        if (!dir.isEmpty()) {
            openProject(dir);
        }
    });
    file->addAction(tr("Open the &demo"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    QAction *health = project->addAction(tr("Project &health…"), this, [this] {
        if (!m_session->hasProject()) {
            statusBar()->showMessage(tr("Open a project first."), 5000);
            return;
        }
        auto *dialog = new ProjectHealthDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    health->setObjectName(QStringLiteral("projectHealthAction"));

    QMenu *release = menuBar()->addMenu(tr("&Release"));
    QAction *inspector = release->addAction(tr("Release &Inspector…"), this, &MainWindow::openInspector);
    inspector->setObjectName(QStringLiteral("inspectorAction"));
    inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *preview = release->addAction(tr("&Update preview…"), this, &MainWindow::openUpdatePreview);
    preview->setObjectName(QStringLiteral("updatePreviewAction"));
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    release->addSeparator();
    QAction *runAll = release->addAction(tr("&Run the whole release…"), this, &MainWindow::openReleaseRun);
    runAll->setObjectName(QStringLiteral("runReleaseAction"));
    runAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_resumeAction = release->addAction(tr("Re&sume release…"), this, [this] {
        if (ReleaseRunWindow *window = openReleaseRun()) {
            window->run(); // continues from the journal: done steps whose files still hash the same are kept
        }
    });
    m_resumeAction->setObjectName(QStringLiteral("resumeReleaseAction"));
    m_resumeAction->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_logDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ReleaseDesk"), this, &MainWindow::showAbout);
}

void MainWindow::openProject(const QString &dir)
{
    m_wizard->restart();
    m_wizard->projectPage()->openFolder(dir);
}

void MainWindow::openDemo()
{
    m_wizard->restart();
    m_wizard->projectPage()->openDemo();
}

void MainWindow::updateTitle()
{
    const QString title = m_session->title();
    setWindowTitle(title.isEmpty() ? tr("ReleaseDesk") : tr("ReleaseDesk — %1").arg(title));
    const QString version = m_session->version();
    m_versionPill->setText(QStringLiteral("v") + version);
    m_versionPill->setVisible(!version.isEmpty());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_secrets, this);
    if (m_session->hasProject()) {
        dialog.preset(m_session->project().settings.serverUrl, m_session->project().settings.serverKind,
            m_session->project().settings.repository);
        dialog.setProjectDir(m_session->project().rootDir);
    }
    dialog.exec();
    if (dialog.projectSettingsWritten() && m_session->hasProject()) {
        // The project now names the server: every page and the CLI read it from releasedesk.toml.
        // Read again on a worker (git runs there), and set if it is still the open project.
        const QString dir = m_session->project().rootDir;
        runInBackground<Result<PythonProject>>(
            this,
            [dir] {
                ProjectLoadOptions options;
                options.createSettingsIfMissing = false;
                return loadPythonProject(dir, options);
            },
            [this, dir](Result<PythonProject> reloaded) {
                if (reloaded && m_session->hasProject() && m_session->project().rootDir == dir) {
                    m_session->setProject(*reloaded);
                }
            });
    }
}

InspectorWindow *MainWindow::inspectorWindow() const
{
    return m_inspector.data();
}

UpdatePreviewWindow *MainWindow::updatePreviewWindow() const
{
    return m_updatePreview.data();
}

void MainWindow::openUpdatePreview()
{
    if (!m_updatePreview) {
        m_updatePreview = new UpdatePreviewWindow(m_session, m_settings, this);
        m_updatePreview->loadFromProject();
        m_updatePreview->resize(1100, 720);
    }
    m_updatePreview->show();
    m_updatePreview->raise();
    m_updatePreview->activateWindow();
}

void MainWindow::openInspector()
{
    if (!m_inspector) {
        m_inspector = new InspectorWindow(m_session, m_settings, this);
        m_inspector->loadFromProject();
        if (m_inspector->target().isValid()) {
            m_inspector->refresh();
        }
    }
    m_inspector->show();
    m_inspector->raise();
    m_inspector->activateWindow();
}

ReleaseRunWindow *MainWindow::openReleaseRun()
{
    if (!m_session->hasProject()) {
        statusBar()->showMessage(tr("Open a project first."), 5000);
        return nullptr;
    }
    if (!m_runWindow) {
        m_runWindow = new ReleaseRunWindow(m_session, this);
        connect(m_runWindow, &ReleaseRunWindow::finishedRun, this, [this](bool) { offerResume(); });
        connect(m_session, &ReleaseSession::runReset, m_runWindow, [this] {
            if (m_runWindow && !m_runWindow->isBusy()) {
                m_runWindow->deleteLater(); // another project: a fresh window next time
            }
        });
    }
    m_runWindow->show();
    m_runWindow->raise();
    m_runWindow->activateWindow();
    return m_runWindow;
}

ReleaseRunWindow *MainWindow::releaseRunWindow() const
{
    return m_runWindow.data();
}

void MainWindow::offerResume()
{
    if (!m_session->hasProject()) {
        showResumeOffer({});
        return;
    }
    // The journals are read on a worker: this runs on every change of the project.
    const QString dist = QDir(m_session->project().rootDir).filePath(QStringLiteral("dist"));
    runInBackground<QStringList>(
        this, [dist] { return ReleaseRun::unfinishedRuns(dist).keys(); },
        [this, dist](QStringList tags) {
            if (m_session->hasProject() && QDir(m_session->project().rootDir).filePath(QStringLiteral("dist")) == dist) {
                showResumeOffer(tags);
            }
        });
}

void MainWindow::showResumeOffer(const QStringList &tags)
{
    m_resumeAction->setEnabled(!tags.isEmpty());
    m_resumeOffer->setVisible(!tags.isEmpty());
    if (!tags.isEmpty()) {
        m_resumeOffer->setText(tr("Resume the release of %1…").arg(tags.join(QStringLiteral(", "))));
        statusBar()->showMessage(
            tr("A release of %1 stopped before the end; it can be resumed.").arg(tags.join(QStringLiteral(", "))));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ReleaseDesk"),
        tr("<h3>ReleaseDesk %1</h3>"
           "<p>Cut, inspect and repair releases of Python applications hosted on Gitea.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(RELEASEDESK_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace rd::ui
