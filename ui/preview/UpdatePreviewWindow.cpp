#include "preview/UpdatePreviewWindow.h"

#include "ReleaseSession.h"
#include "forge/ReleaseProvider.h"
#include "update/InstallType.h"
#include "update/UpdateApplier.h"
#include "update/UpdateSandbox.h"
#include "widgets/Background.h"
#include "widgets/ServerKindCombo.h"
#include "widgets/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

const QList<UpdateService::State> shownStates { UpdateService::State::Idle, UpdateService::State::Checking,
    UpdateService::State::UpToDate, UpdateService::State::UpdateAvailable, UpdateService::State::Downloading,
    UpdateService::State::Verifying, UpdateService::State::Applying, UpdateService::State::Error };

QString pillStyle(bool hasUpdate, bool pulse)
{
    if (!hasUpdate) {
        return QStringLiteral("QLabel { border-radius: 9px; padding: 2px 10px; background: palette(midlight); }");
    }
    return QStringLiteral("QLabel { border-radius: 9px; padding: 2px 10px; color: white; background: %1; }")
        .arg(pulse ? QStringLiteral("#2e7d32") : QStringLiteral("#66bb6a"));
}

} // namespace

UpdatePreviewWindow::UpdatePreviewWindow(ReleaseSession *session, QSettings *settings, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_service(new UpdateService(m_network, this))
{
    setObjectName(QStringLiteral("updatePreviewWindow"));
    setWindowTitle(tr("Update preview"));
    buildUi();
    connect(m_service, &UpdateService::stateChanged, this, &UpdatePreviewWindow::onStateChanged);
    connect(m_service, &UpdateService::answerChanged, this, &UpdatePreviewWindow::onAnswer);
    connect(m_service, &UpdateService::event, this, &UpdatePreviewWindow::appendTimeline);
    // The dismissed version survives restarts, as the app's does (per server and repository).
    connect(m_service, &UpdateService::settingsChanged, this, [this](const UpdateService::Settings &changed) {
        if (m_settings) {
            m_settings->setValue(dismissedKey(), changed.dismissedVersion);
        }
    });
    connect(m_service, &UpdateService::progress, this, [this](qint64 done, qint64 total, const QString &text) {
        m_progress->setVisible(true);
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_progress->setFormat(text);
    });
    connect(m_service, &UpdateService::readyToApply, this, [this](const QString &archive) {
        if (m_sandboxDir.isEmpty()) {
            m_overlay->setText(tr("Downloaded and verified: %1.\nAn installed app would now restart into it; choose an "
                                  "installed folder to apply it in a sandbox.")
                                   .arg(QFileInfo(archive).fileName()));
            m_overlay->setVisible(true);
            setBusy(false);
            return;
        }
        m_service->markApplying();
        m_overlay->setText(tr("Restarting…\nThe app has exited; the swap script puts %1 in place.").arg(m_service->answer().tag));
        m_overlay->setVisible(true);
        const QString sandbox = m_sandboxDir;
        const InstallType type = detectInstallType(sandbox, QString());
        runInBackground<Result<SandboxResult>>(
            this, [sandbox, archive, type] { return UpdateSandbox::apply(sandbox, archive, type); },
            [this](Result<SandboxResult> result) {
                setBusy(false);
                if (!result) {
                    m_service->markError(result.error().toString());
                    m_overlay->setText(tr("The update failed: %1").arg(result.error().toString()));
                    emit sandboxFinished(false);
                    return;
                }
                for (const QString &operation : std::as_const(result->operations)) {
                    appendTimeline(operation);
                }
                m_sandboxOutput = result->launchOutput;
                const bool ok = result->scriptExitCode == 0 && result->versionAfter != result->versionBefore;
                m_overlay->setText(ok ? tr("Restarted in %1.\nThe sandbox now runs %2 (was %3). run.sh printed:\n%4")
                                            .arg(result->sandboxDir, result->versionAfter, result->versionBefore,
                                                result->launchOutput.trimmed().left(400))
                                      : tr("The swap failed and the previous version (%1) was restored:\n%2")
                                            .arg(result->versionAfter, result->scriptOutput.trimmed().left(400)));
                if (!ok) {
                    m_service->markError(tr("The swap failed; the old version was restored."));
                }
                emit sandboxFinished(ok);
            });
    });
    auto *pulse = new QTimer(this);
    connect(pulse, &QTimer::timeout, this, [this] {
        const bool hasUpdate = m_service->state() == UpdateService::State::UpdateAvailable;
        m_pulseOn = hasUpdate && !m_pulseOn;
        m_pill->setStyleSheet(pillStyle(hasUpdate, m_pulseOn));
    });
    pulse->start(700);
    updateStateRow();
}

UpdatePreviewWindow::~UpdatePreviewWindow() = default;

void UpdatePreviewWindow::buildUi()
{
    auto *splitter = new QSplitter(this);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(splitter);

    // The scenario.
    auto *scenario = new QWidget(splitter);
    auto *scenarioLayout = new QVBoxLayout(scenario);
    auto *form = new QFormLayout;
    m_kind = new ServerKindCombo(ServerKindCombo::Local::Offered, scenario);
    m_kind->setObjectName(QStringLiteral("previewKindCombo"));
    m_server = new QLineEdit(scenario);
    m_server->setObjectName(QStringLiteral("previewServerEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://gitea.example.com"));
    m_repo = new QLineEdit(scenario);
    m_repo->setObjectName(QStringLiteral("previewRepoEdit"));
    m_repo->setPlaceholderText(QStringLiteral("owner/name"));
    m_folder = new QLineEdit(scenario);
    m_folder->setObjectName(QStringLiteral("previewFolderEdit"));
    m_folder->setPlaceholderText(tr("An extracted tarball or portable folder (optional)"));
    auto *browse = new QPushButton(tr("&Browse…"), scenario);
    browse->setObjectName(QStringLiteral("previewBrowseButton"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    m_current = new QLineEdit(scenario);
    m_current->setObjectName(QStringLiteral("previewCurrentEdit"));
    m_current->setPlaceholderText(QStringLiteral("1.0.0"));
    m_installType = new QComboBox(scenario);
    m_installType->setObjectName(QStringLiteral("previewInstallTypeCombo"));
    for (InstallType type : { InstallType::Installer, InstallType::PortableWindows, InstallType::PortableLinux,
             InstallType::Docker, InstallType::Dev }) {
        m_installType->addItem(installTypeTitle(type), installTypeName(type));
    }
    m_channel = new QComboBox(scenario);
    m_channel->setObjectName(QStringLiteral("previewChannelCombo"));
    m_channel->addItem(tr("Stable"), QStringLiteral("stable"));
    m_channel->addItem(tr("Pre-release"), QStringLiteral("prerelease"));
    m_publicKey = new QLineEdit(scenario);
    m_publicKey->setObjectName(QStringLiteral("previewPublicKeyEdit"));
    m_publicKey->setPlaceholderText(tr("ed25519:… (empty: checksums only)"));
    m_installId = new QLineEdit(QUuid::createUuid().toString(QUuid::WithoutBraces), scenario);
    m_installId->setObjectName(QStringLiteral("previewInstallIdEdit"));
    form->addRow(tr("Ser&ver type:"), m_kind);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Repository:"), m_repo);
    auto *folderLabel = new QLabel(tr("Installed &folder:"), scenario);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("C&urrent version:"), m_current);
    form->addRow(tr("&Install type:"), m_installType);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Trusted &key:"), m_publicKey);
    form->addRow(tr("Installation i&d:"), m_installId);
    scenarioLayout->addLayout(form);
    m_scenarioError = new QLabel(scenario);
    m_scenarioError->setObjectName(QStringLiteral("previewErrorLabel"));
    m_scenarioError->setWordWrap(true);
    setTone(m_scenarioError, Tone::Error);
    m_scenarioError->setVisible(false);
    scenarioLayout->addWidget(m_scenarioError);
    auto *buttons = new QHBoxLayout;
    m_checkButton = new QPushButton(tr("&Check as this app"), scenario);
    m_checkButton->setObjectName(QStringLiteral("previewCheckButton"));
    m_checkButton->setDefault(true);
    m_sandboxButton = new QPushButton(tr("&Apply in a sandbox"), scenario);
    m_sandboxButton->setObjectName(QStringLiteral("previewSandboxButton"));
    m_sandboxButton->setToolTip(tr("Copy the installed folder, download and verify the update, swap it in and run the copy"));
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_sandboxButton);
    scenarioLayout->addLayout(buttons);
    auto *warningsBox = new QGroupBox(tr("Before publishing"), scenario);
    auto *warningsLayout = new QVBoxLayout(warningsBox);
    m_warningList = new QListWidget(warningsBox);
    m_warningList->setObjectName(QStringLiteral("previewWarningList"));
    m_warningList->setWordWrap(true);
    m_warningList->setAccessibleName(tr("Warnings before publishing"));
    warningsLayout->addWidget(m_warningList);
    scenarioLayout->addWidget(warningsBox, 1);

    // The mock app.
    auto *app = new QWidget(splitter);
    auto *appLayout = new QVBoxLayout(app);
    auto *header = new QHBoxLayout;
    auto *appName = new QLabel(tr("<b>Your app</b>"), app);
    m_pill = new QLabel(app);
    m_pill->setObjectName(QStringLiteral("versionPill"));
    m_pill->setAccessibleName(tr("Version"));
    m_pill->setStyleSheet(pillStyle(false, false));
    header->addWidget(appName);
    header->addStretch();
    header->addWidget(m_pill);
    appLayout->addLayout(header);
    m_banner = new QFrame(app);
    m_banner->setObjectName(QStringLiteral("updateBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("#updateBanner { background: #e8f5e9; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("updateBannerText"));
    m_openReleases = new QPushButton(tr("Releases &page"), m_banner);
    m_openReleases->setObjectName(QStringLiteral("bannerReleasesButton"));
    m_bannerUpdate = new QPushButton(tr("Update n&ow"), m_banner);
    m_bannerUpdate->setObjectName(QStringLiteral("bannerUpdateButton"));
    m_dismiss = new QPushButton(tr("Dis&miss"), m_banner);
    m_dismiss->setObjectName(QStringLiteral("bannerDismissButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_openReleases);
    bannerLayout->addWidget(m_bannerUpdate);
    bannerLayout->addWidget(m_dismiss);
    m_banner->setVisible(false);
    appLayout->addWidget(m_banner);

    auto *tabs = new QTabWidget(app);
    auto *updatesTab = new QWidget(tabs);
    auto *updatesForm = new QFormLayout(updatesTab);
    m_appCurrent = new QLabel(updatesTab);
    m_appCurrent->setObjectName(QStringLiteral("appCurrentLabel"));
    m_appInstallType = new QLabel(updatesTab);
    m_appInstallType->setObjectName(QStringLiteral("appInstallTypeLabel"));
    m_appState = new QLabel(updatesTab);
    m_appState->setObjectName(QStringLiteral("appStateLabel"));
    m_appState->setWordWrap(true);
    m_appCheck = new QPushButton(tr("Check for updat&es"), updatesTab);
    m_appCheck->setObjectName(QStringLiteral("appCheckButton"));
    m_appUpdate = new QPushButton(tr("Update &now"), updatesTab);
    m_appUpdate->setObjectName(QStringLiteral("appUpdateButton"));
    m_appUpdate->setVisible(false);
    m_progress = new QProgressBar(updatesTab);
    m_progress->setObjectName(QStringLiteral("appDownloadProgress"));
    m_progress->setVisible(false);
    m_notes = new QTextBrowser(updatesTab);
    m_notes->setObjectName(QStringLiteral("appNotesView"));
    m_notes->setAccessibleName(tr("Release notes"));
    m_autoCheck = new QCheckBox(tr("Check au&tomatically"), updatesTab);
    m_autoCheck->setObjectName(QStringLiteral("appAutoCheckBox"));
    m_autoCheck->setChecked(true);
    m_interval = new QSpinBox(updatesTab);
    m_interval->setObjectName(QStringLiteral("appIntervalSpin"));
    m_interval->setRange(1, 24 * 30);
    m_interval->setValue(24);
    m_interval->setSuffix(tr(" h"));
    m_interval->setAccessibleName(tr("Check interval"));
    m_appChannel = new QComboBox(updatesTab);
    m_appChannel->setObjectName(QStringLiteral("appChannelCombo"));
    m_appChannel->addItem(tr("Stable"), QStringLiteral("stable"));
    m_appChannel->addItem(tr("Pre-release"), QStringLiteral("prerelease"));
    m_appChannel->setAccessibleName(tr("Update channel"));
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_appCheck);
    checkRow->addWidget(m_appUpdate);
    checkRow->addStretch();
    updatesForm->addRow(tr("Current version:"), m_appCurrent);
    updatesForm->addRow(tr("Install type:"), m_appInstallType);
    updatesForm->addRow(tr("Status:"), m_appState);
    updatesForm->addRow(checkRow);
    updatesForm->addRow(m_progress);
    updatesForm->addRow(tr("Release notes:"), m_notes);
    updatesForm->addRow(m_autoCheck);
    updatesForm->addRow(tr("Check every:"), m_interval);
    updatesForm->addRow(tr("Channel:"), m_appChannel);
    tabs->addTab(updatesTab, tr("Updates"));
    appLayout->addWidget(tabs, 1);
    m_overlay = new QLabel(app);
    m_overlay->setObjectName(QStringLiteral("restartOverlay"));
    m_overlay->setWordWrap(true);
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setStyleSheet(QStringLiteral("QLabel { background: palette(dark); color: palette(bright-text); padding: 12px; }"));
    m_overlay->setVisible(false);
    appLayout->addWidget(m_overlay);

    auto *stateRow = new QHBoxLayout;
    for (UpdateService::State state : shownStates) {
        auto *label = new QLabel(UpdateService::stateName(state), app);
        label->setObjectName(QStringLiteral("state_") + UpdateService::stateName(state));
        label->setAlignment(Qt::AlignCenter);
        m_stateLabels << label;
        stateRow->addWidget(label);
    }
    appLayout->addLayout(stateRow);
    m_timeline = new QPlainTextEdit(app);
    m_timeline->setObjectName(QStringLiteral("previewTimeline"));
    m_timeline->setReadOnly(true);
    m_timeline->setAccessibleName(tr("Timeline of requests, decisions and file operations"));
    m_timeline->setMaximumBlockCount(5000);
    appLayout->addWidget(new QLabel(tr("Timeline:"), app));
    appLayout->addWidget(m_timeline, 1);
    splitter->setStretchFactor(1, 2);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Installed folder"), m_folder->text());
        if (!folder.isEmpty()) {
            setInstalledFolder(folder);
        }
    });
    connect(m_folder, &QLineEdit::editingFinished, this, &UpdatePreviewWindow::detectFolder);
    connect(m_checkButton, &QPushButton::clicked, this, &UpdatePreviewWindow::check);
    connect(m_appCheck, &QPushButton::clicked, this, [this] {
        if (!m_provider) {
            check();
        } else if (!m_service->checkNow()) {
            m_appState->setText(tr("Checked moments ago; try again in a minute."));
        }
    });
    connect(m_sandboxButton, &QPushButton::clicked, this, &UpdatePreviewWindow::applyInSandbox);
    connect(m_appUpdate, &QPushButton::clicked, this, &UpdatePreviewWindow::applyInSandbox);
    connect(m_bannerUpdate, &QPushButton::clicked, this, &UpdatePreviewWindow::applyInSandbox);
    connect(m_dismiss, &QPushButton::clicked, m_service, &UpdateService::dismiss);
    connect(m_openReleases, &QPushButton::clicked, this, [this] {
        const QString url = m_service->answer().release.htmlUrl;
        appendTimeline(tr("Open the releases page: %1").arg(url));
        QDesktopServices::openUrl(QUrl(url));
    });
    auto settingsFromTab = [this] {
        UpdateService::Settings settings = m_service->settings();
        settings.enabled = m_autoCheck->isChecked();
        settings.intervalHours = m_interval->value();
        settings.prereleaseChannel = m_appChannel->currentData().toString() == QStringLiteral("prerelease");
        m_service->setSettings(settings);
    };
    connect(m_autoCheck, &QCheckBox::toggled, this, settingsFromTab);
    connect(m_interval, &QSpinBox::valueChanged, this, settingsFromTab);
    connect(m_appChannel, &QComboBox::currentIndexChanged, this, [this, settingsFromTab] {
        m_channel->setCurrentIndex(m_appChannel->currentIndex());
        settingsFromTab();
    });
    connect(
        m_channel, &QComboBox::currentIndexChanged, this, [this] { m_appChannel->setCurrentIndex(m_channel->currentIndex()); });
}

QString UpdatePreviewWindow::dismissedKey() const
{
    const ReleaseTarget target = targetFromForm();
    return QStringLiteral("updatePreview/dismissed/")
        + QString::fromLatin1((target.url + QLatin1Char('|') + target.repository).toUtf8().toHex());
}

void UpdatePreviewWindow::loadFromProject()
{
    if (!m_session || !m_session->hasProject()) {
        return;
    }
    setTarget(ReleaseTarget::fromProject(m_session->project(), m_settings));
}

void UpdatePreviewWindow::setTarget(const ReleaseTarget &target)
{
    m_kind->setKind(target.kind);
    m_server->setText(target.url);
    m_repo->setText(target.repository);
}

void UpdatePreviewWindow::setInstalledFolder(const QString &folder)
{
    m_folder->setText(folder);
    detectFolder();
}

void UpdatePreviewWindow::detectFolder()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        return;
    }
    const InstallType type = detectInstallType(folder);
    m_installType->setCurrentIndex(m_installType->findData(installTypeName(type)));
    const QString version = installedVersion(folder);
    if (!version.isEmpty()) {
        m_current->setText(version);
    }
    m_installId->setText(UpdateApplier::installIdFor(folder, false));
    appendTimeline(
        tr("Detected %1, version %2, in %3").arg(installTypeName(type), version.isEmpty() ? tr("unknown") : version, folder));
}

ReleaseTarget UpdatePreviewWindow::targetFromForm() const
{
    ReleaseTarget target;
    target.kind = m_kind->kind();
    target.url = m_server->text().trimmed();
    target.repository = m_repo->text().trimmed();
    return target;
}

UpdateRequest UpdatePreviewWindow::requestFromForm(QString *problem) const
{
    UpdateRequest request;
    auto current = Version::parse(m_current->text());
    if (!current) {
        *problem = tr("Current version: %1").arg(current.error().message);
        return request;
    }
    request.current = *current;
    request.installType = installTypeFromName(m_installType->currentData().toString()).value_or(InstallType::Dev);
    request.prereleaseChannel = m_channel->currentData().toString() == QStringLiteral("prerelease");
    if (!m_publicKey->text().trimmed().isEmpty()) {
        auto keys = UpdatePublicKey::parseList({ m_publicKey->text() });
        if (!keys) {
            *problem = tr("Trusted key: %1").arg(keys.error().message);
            return request;
        }
        request.trustedKeys = *keys;
    }
    request.installId = m_installId->text().trimmed();
    return request;
}

void UpdatePreviewWindow::check()
{
    QString problem;
    const UpdateRequest request = requestFromForm(&problem);
    const ReleaseTarget target = targetFromForm();
    if (problem.isEmpty() && !target.isValid()) {
        problem = tr("Give the server and the repository (owner/name), or a local release store.");
    }
    m_scenarioError->setText(problem);
    m_scenarioError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        return;
    }
    m_service->setRequest(request);
    UpdateService::Settings settings = m_service->settings();
    settings.prereleaseChannel = request.prereleaseChannel;
    settings.dismissedVersion = m_settings ? m_settings->value(dismissedKey()).toString() : QString();
    m_service->setSettings(settings);
    m_appCurrent->setText(request.current.toString());
    m_appInstallType->setText(installTypeTitle(request.installType));
    m_overlay->setVisible(false);
    openThenCheck();
}

void UpdatePreviewWindow::openThenCheck()
{
    const ReleaseTarget target = targetFromForm();
    setBusy(true);
    appendTimeline(tr("Connect to %1").arg(target.describe()));
    openProvider(target, m_session ? m_session->secretStore() : nullptr, m_network, this, std::nullopt,
        [this](const Result<ReleaseProvider *> &provider) {
            setBusy(false);
            if (!provider) {
                m_scenarioError->setText(provider.error().toString());
                m_scenarioError->setVisible(true);
                return;
            }
            if (m_provider) {
                m_provider->deleteLater();
            }
            m_provider = *provider;
            m_service->setProvider(m_provider);
            m_service->setDebounceMs(0); // the scenario's button always checks; the app's button is debounced below
            m_service->checkNow();
            m_service->setDebounceMs(60'000);
            // The warnings look at every release, independent of this installation.
            m_provider->listReleases(this, [this](const Result<ReleaseList> &releases) {
                m_warningList->clear();
                m_warnings
                    = releases ? UpdateCheck::warnings(*releases, !m_publicKey->text().trimmed().isEmpty()) : QStringList {};
                for (const QString &warning : std::as_const(m_warnings)) {
                    m_warningList->addItem(QStringLiteral("⚠ ") + warning);
                }
                if (releases && m_warnings.isEmpty()) {
                    m_warningList->addItem(tr("✓ Every installation type and channel gets the newest release."));
                }
            });
        });
}

void UpdatePreviewWindow::applyInSandbox()
{
    const UpdateAnswer &answer = m_service->answer();
    if (m_service->state() != UpdateService::State::UpdateAvailable || !answer.canApply) {
        m_scenarioError->setText(answer.reason.isEmpty() ? tr("Check first: there is no update to apply.") : answer.reason);
        m_scenarioError->setVisible(true);
        return;
    }
    const QString folder = m_folder->text().trimmed();
    m_sandbox = std::make_unique<QTemporaryDir>();
    m_sandboxDir.clear();
    setBusy(true);
    if (folder.isEmpty()) {
        appendTimeline(tr("No installed folder: download and verify only"));
        m_service->download(m_sandbox->path());
        return;
    }
    const QString root = m_sandbox->path();
    runInBackground<Result<QString>>(
        this, [folder, root] { return UpdateSandbox::copyInstallation(folder, root); },
        [this](Result<QString> copied) {
            if (!copied) {
                setBusy(false);
                m_scenarioError->setText(copied.error().toString());
                m_scenarioError->setVisible(true);
                return;
            }
            m_sandboxDir = *copied;
            appendTimeline(tr("Sandbox: a copy of the installation in %1").arg(m_sandboxDir));
            m_service->download(UpdateApplier::updateDirFor(m_sandboxDir));
        });
}

void UpdatePreviewWindow::onStateChanged(UpdateService::State state)
{
    updateStateRow();
    switch (state) {
    case UpdateService::State::Checking: m_appState->setText(tr("Checking…")); break;
    case UpdateService::State::UpToDate: m_appState->setText(m_service->answer().reason); break;
    case UpdateService::State::UpdateAvailable:
        m_appState->setText(tr("Version %1 is available.").arg(m_service->answer().version->toString()));
        break;
    case UpdateService::State::Downloading: m_appState->setText(tr("Downloading…")); break;
    case UpdateService::State::Verifying: m_appState->setText(tr("Checking the download against SHA256SUMS…")); break;
    case UpdateService::State::Applying: m_appState->setText(tr("Applying the update…")); break;
    case UpdateService::State::Error:
        m_appState->setText(tr("Error: %1").arg(m_service->errorReason()));
        setBusy(false);
        break;
    case UpdateService::State::Idle: break;
    }
    onAnswer(m_service->answer());
}

void UpdatePreviewWindow::onAnswer(const UpdateAnswer &answer)
{
    const bool available = m_service->state() == UpdateService::State::UpdateAvailable;
    m_pill->setText(answer.current.isEmpty()
            ? QStringLiteral("v?")
            : QStringLiteral("v") + answer.current + (available ? QStringLiteral("  ↑") : QString()));
    m_pill->setProperty("hasUpdate", available);
    m_pill->setToolTip(available ? tr("%1 is available: open the Updates tab").arg(answer.tag) : QString());
    m_banner->setVisible(m_service->bannerVisible());
    m_bannerText->setText(available
            ? tr("Version %1 is available.%2")
                  .arg(answer.version->toString(), answer.canApply ? QString() : QStringLiteral(" ") + answer.reason)
            : QString());
    m_bannerUpdate->setVisible(answer.canApply);
    m_appUpdate->setVisible(available && answer.canApply);
    m_notes->setMarkdown(available ? answer.release.body : QString());
}

void UpdatePreviewWindow::updateStateRow()
{
    const QString current = UpdateService::stateName(m_service->state());
    for (QLabel *label : std::as_const(m_stateLabels)) {
        const bool lit = label->text() == current;
        label->setProperty("lit", lit);
        label->setStyleSheet(lit ? QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text); "
                                                  "border-radius: 4px; padding: 2px 4px; font-weight: bold; }")
                                 : QStringLiteral("QLabel { color: palette(mid); padding: 2px 4px; }"));
    }
}

void UpdatePreviewWindow::appendTimeline(const QString &text)
{
    m_timeline->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz ")) + text);
}

QString UpdatePreviewWindow::timelineText() const
{
    return m_timeline->toPlainText();
}

void UpdatePreviewWindow::setBusy(bool busy)
{
    m_checkButton->setEnabled(!busy);
    m_sandboxButton->setEnabled(!busy);
    m_appUpdate->setEnabled(!busy);
    m_bannerUpdate->setEnabled(!busy);
}

} // namespace rd::ui
