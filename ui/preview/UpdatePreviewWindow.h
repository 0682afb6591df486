#pragma once

#include "publishing/ReleaseTarget.h"
#include "update/UpdateService.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QTextBrowser;

namespace rd {
class ReleaseProvider;
}

namespace rd::ui {

class ServerKindCombo;

class ReleaseSession;

// The Update Preview (UX.md): on the left the scenario (server, an installed folder or a version
// and install type, channel, trusted key, installation id); on the right a live mock of the
// user's app driven by the real update engine (UpdateService): the version pill that pulses when
// an update exists, the dismissible banner, the Updates settings tab of guide §11.8, the
// download bar, the restart overlay, and the state machine as a row of lit states. "Apply in a
// sandbox" really updates a copy of the installed folder and runs it. A timeline lists every
// request, decision and file operation; warnings list what would keep a release from someone.
class UpdatePreviewWindow final : public QWidget
{
    Q_OBJECT

public:
    UpdatePreviewWindow(ReleaseSession *session, QSettings *settings, QWidget *parent = nullptr);
    ~UpdatePreviewWindow() override;

    void loadFromProject();
    void setTarget(const ReleaseTarget &target);
    void setInstalledFolder(const QString &folder);
    void check(); // the scenario's check (as the app's "Check now")
    void applyInSandbox();

    UpdateService *service() const { return m_service; }
    QString timelineText() const;
    QStringList warnings() const { return m_warnings; }
    QString sandboxFolder() const { return m_sandboxDir; }
    QString sandboxOutput() const { return m_sandboxOutput; }

signals:
    void sandboxFinished(bool ok);

private:
    void buildUi();
    void openThenCheck();
    void onStateChanged(UpdateService::State state);
    void onAnswer(const UpdateAnswer &answer);
    void updateStateRow();
    void appendTimeline(const QString &text);
    void detectFolder();
    void setBusy(bool busy);
    UpdateRequest requestFromForm(QString *problem) const;
    ReleaseTarget targetFromForm() const;
    QString dismissedKey() const;

    QPointer<ReleaseSession> m_session;
    QSettings *m_settings = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    UpdateService *m_service = nullptr;
    QPointer<ReleaseProvider> m_provider;
    std::unique_ptr<QTemporaryDir> m_sandbox;
    QString m_sandboxDir;
    QString m_sandboxOutput;
    QStringList m_warnings;
    bool m_pulseOn = false;

    // Scenario.
    ServerKindCombo *m_kind = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_repo = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_current = nullptr;
    QComboBox *m_installType = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_publicKey = nullptr;
    QLineEdit *m_installId = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_sandboxButton = nullptr;
    QListWidget *m_warningList = nullptr;
    QLabel *m_scenarioError = nullptr;

    // The mock app.
    QLabel *m_pill = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_openReleases = nullptr;
    QPushButton *m_bannerUpdate = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_appCurrent = nullptr;
    QLabel *m_appInstallType = nullptr;
    QLabel *m_appState = nullptr;
    QPushButton *m_appCheck = nullptr;
    QPushButton *m_appUpdate = nullptr;
    QProgressBar *m_progress = nullptr;
    QTextBrowser *m_notes = nullptr;
    QCheckBox *m_autoCheck = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_appChannel = nullptr;
    QLabel *m_overlay = nullptr;
    QList<QLabel *> m_stateLabels;
    QPlainTextEdit *m_timeline = nullptr;
};

} // namespace rd::ui
