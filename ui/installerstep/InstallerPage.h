#pragma once

#include "common/Error.h"
#include "installer/InstallerBuildJob.h"
#include "installer/NsisScript.h"
#include "installer/PortablePayload.h"
#include "plan/CheckItem.h"
#include "project/InstallerSettings.h"
#include "project/PythonProject.h"

#include <QImage>
#include <QPointer>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace rd {
class WineCheck;
}

namespace rd::ui {

class ChecklistView;
class CommandLineRow;
class ReleaseSession;

// "Installer": the [installer] settings with an icon preview, signing options, the portable build
// folder to package, a read-only view of the generated installer.nsi, "Build installer" (makensis,
// signing, its log streamed to the log drawer) and "Verify under wine" (the five-step proof as a
// checklist with timings). Complete once an installer exists, or when the project has no Windows
// target.
class InstallerPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit InstallerPage(ReleaseSession *session, QWidget *parent = nullptr);
    ~InstallerPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // The settings as edited on the page (the project's [installer] until changed).
    InstallerSettings settings() const;
    // Regenerates the script preview from the fields (off the GUI thread).
    void refreshPreview();
    void buildInstaller();
    void verifyUnderWine();
    void cancel();

    bool isBusy() const { return m_busy; }
    bool isPreviewReady() const { return m_preview.has_value() && !m_previewBusy; }
    bool wineAvailable() const { return m_wineAvailable; }
    QString installerPath() const { return m_installerPath; }

signals:
    void busyChanged(bool busy);
    void previewReady();
    void buildFinished(bool ok);
    void verificationFinished(bool passed);

private:
    struct Preview
    {
        std::optional<NsisScriptInput> input;
        std::optional<NsisScript> script;
        std::optional<Error> error;
        QString iconPath;
        QImage icon;
        QStringList notes;
    };
    struct PreviewRequest
    {
        PythonProject project;
        QString releaseVersion;
        QString distDir;
        QString outputDir;
        InstallerSettings settings;
    };

    static Preview makePreview(const PreviewRequest &request);
    void showPreview(const Preview &preview);
    void loadFromProject();
    void startBuild(std::optional<SigningOptions> signing);
    void onBuilt(const Result<InstallerBuildResult> &result);
    void onVerified(const Checklist &results);
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &text);
    void highlightScriptLine(const QString &errorText);
    void updateButtons();
    void updateCliLine();
    bool hasWindowsTarget() const;
    QString absoluteCertificate() const;
    void log(const QString &source, const QString &line);

    ReleaseSession *m_session;
    // Settings.
    QComboBox *m_desktopShortcut;
    QComboBox *m_startWithWindows;
    QLineEdit *m_webUiUrl;
    QComboBox *m_compressor;
    QLabel *m_icon;
    QLabel *m_iconPath;
    // Signing.
    QCheckBox *m_sign;
    QLineEdit *m_certificate;
    QLineEdit *m_timestampUrl;
    // Input and output.
    QLineEdit *m_distDir;
    QLineEdit *m_outputDir;
    QLabel *m_previewNotes;
    QPlainTextEdit *m_script;
    CommandLineRow *m_cli;
    // Running.
    QPushButton *m_build;
    QPushButton *m_verify;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_result;
    ChecklistView *m_checks;
    QLabel *m_timings;

    InstallerSettings m_baseSettings; // the project's [installer], for what the page does not edit
    std::optional<Preview> m_preview;
    QPointer<InstallerBuildJob> m_job;
    QPointer<WineCheck> m_wine;
    QString m_installerPath;
    bool m_busy = false;
    bool m_previewBusy = false;
    bool m_wineAvailable = false;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace rd::ui
