#pragma once

#include "common/TaskControl.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace rd::ui {

class LogView;
class ReleaseSession;

// "Docker" (guide §7): the project's Dockerfile (generated and shown as a diff before it is
// written; an edited one is replaced only when asked), the image's plan (registry, tags: latest
// only for a stable version, the exact build, login and push commands), then Build or Build and
// push with the engine found (docker, or podman without a daemon), on a worker thread with
// progress, log and Cancel. A failed login skips the push with a warning, as the guide's workflow
// does. Without an engine the page shows the commands to run elsewhere.
class DockerPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit DockerPage(ReleaseSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isBusy() const { return m_busy; }

    void showDockerfileDiff();
    // Writes the Dockerfile and [docker] on a worker; false when there is nothing to start.
    // dockerfileWritten() tells how it ended.
    bool writeDockerfile();
    void refreshPlan();
    void build(bool push);
    void cancel();
    void callWebhook();

signals:
    void imageFinished(bool ok, const QString &message);
    void dockerfileWritten(bool ok);

private:
    void setBusy(bool busy);
    QString webhookUrl() const;

    ReleaseSession *m_session;
    QLabel *m_summary;
    QLineEdit *m_registry;
    QPushButton *m_generate;
    QPushButton *m_write;
    QCheckBox *m_replace;
    QPlainTextEdit *m_diff;
    QPlainTextEdit *m_plan;
    QPushButton *m_build;
    QPushButton *m_push;
    QPushButton *m_cancel;
    QPushButton *m_webhook;
    QProgressBar *m_progress;
    LogView *m_log;
    QLabel *m_status;
    TaskControl m_control;
    bool m_busy = false;
    bool m_engineFound = false;
    bool m_dockerfileExists = false;
};

} // namespace rd::ui
