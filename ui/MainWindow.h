#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QPushButton;
class QLabel;
class QDockWidget;
class QSettings;

namespace rd {
class SecretStore;
}

namespace rd::ui {

class InspectorWindow;
class UpdatePreviewWindow;
class ReleaseRunWindow;
class LogView;
class ReleaseSession;
class ReleaseWizard;
class StepList;

// The main window: the step list beside the release wizard, the project and version in the
// title and a version pill, and the log drawer at the bottom.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    ReleaseWizard *wizard() const { return m_wizard; }
    ReleaseSession *session() const { return m_session; }
    LogView *logView(); // made on first use, or right after the first paint
    // The Release Inspector (non-modal; null until first opened).
    InspectorWindow *inspectorWindow() const;
    UpdatePreviewWindow *updatePreviewWindow() const;

    void openProject(const QString &dir);
    void openDemo();
    void showSettings();
    void showAbout();
    void openInspector();
    void openUpdatePreview();
    // The whole release as one run (the engine of `release run`); resume continues a journaled run.
    ReleaseRunWindow *openReleaseRun();
    ReleaseRunWindow *releaseRunWindow() const;
    // The tags of the open project's runs that stopped before the end (offered for resuming).
    void showResumeOffer(const QStringList &tags);

signals:
    // The window has painted once and made what it had put off (the later pages, the log view).
    void startupCompleted();

protected:
    bool event(QEvent *event) override;

private:
    void createMenus();
    void updateTitle();

    QSettings *m_settings;
    SecretStore *m_secrets;
    ReleaseSession *m_session;
    StepList *m_steps;
    ReleaseWizard *m_wizard;
    LogView *m_log = nullptr;
    QDockWidget *m_logDock;
    QLabel *m_versionPill;
    QPointer<InspectorWindow> m_inspector;
    QPointer<UpdatePreviewWindow> m_updatePreview;
    QPointer<ReleaseRunWindow> m_runWindow;
    QAction *m_resumeAction = nullptr;
    QPushButton *m_resumeOffer = nullptr;
    bool m_startupCompletionQueued = false;
    void offerResume();
};

} // namespace rd::ui
