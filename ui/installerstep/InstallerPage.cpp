#include "InstallerPage.h"

#include "ReleaseSession.h"
#include "installer/WineCheck.h"
#include "publish/FileHasher.h"
#include "secrets/SecretStore.h"
#include "widgets/Background.h"
#include "widgets/ChecklistView.h"
#include "widgets/CommandLineRow.h"
#include "widgets/Format.h"
#include "widgets/ScrollingBody.h"
#include "widgets/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

void fillOptionCombo(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("rd::ui::InstallerPage", "Offered and ticked"),
        QVariant::fromValue(int(InstallerSettings::Option::Checked)));
    combo->addItem(QCoreApplication::translate("rd::ui::InstallerPage", "Offered, not ticked"),
        QVariant::fromValue(int(InstallerSettings::Option::Unchecked)));
    combo->addItem(QCoreApplication::translate("rd::ui::InstallerPage", "Not offered"),
        QVariant::fromValue(int(InstallerSettings::Option::Absent)));
}

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

InstallerPage::InstallerPage(ReleaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_desktopShortcut(new QComboBox(this))
    , m_startWithWindows(new QComboBox(this))
    , m_webUiUrl(new QLineEdit(this))
    , m_compressor(new QComboBox(this))
    , m_icon(new QLabel(this))
    , m_iconPath(new QLabel(this))
    , m_sign(new QCheckBox(tr("Sign the installer and its uninstaller"), this))
    , m_certificate(new QLineEdit(this))
    , m_timestampUrl(new QLineEdit(this))
    , m_distDir(new QLineEdit(this))
    , m_outputDir(new QLineEdit(this))
    , m_previewNotes(new QLabel(this))
    , m_script(new QPlainTextEdit(this))
    , m_cli(new CommandLineRow(
          QStringLiteral("installerCliLine"), tr("The releasedesk-cli command that builds the same installer"), this))
    , m_build(new QPushButton(tr("Build installer"), this))
    , m_verify(new QPushButton(tr("Verify under wine"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_result(new QLabel(this))
    , m_checks(new ChecklistView(this))
    , m_timings(new QLabel(this))
{
    setObjectName(QStringLiteral("installerPage"));
    setTitle(tr("Installer"));
    setSubTitle(tr("The portable Windows build becomes a setup program (NSIS), signed if a certificate is set, "
                   "and proven under wine."));

    // Settings ([installer]).
    m_desktopShortcut->setObjectName(QStringLiteral("installerDesktopShortcutCombo"));
    fillOptionCombo(m_desktopShortcut);
    m_startWithWindows->setObjectName(QStringLiteral("installerStartWithWindowsCombo"));
    fillOptionCombo(m_startWithWindows);
    m_webUiUrl->setObjectName(QStringLiteral("installerWebUiUrlEdit"));
    m_webUiUrl->setPlaceholderText(tr("Opened after \"Launch\" on the finish page, e.g. http://127.0.0.1:8080/"));
    m_webUiUrl->setClearButtonEnabled(true);
    m_compressor->setObjectName(QStringLiteral("installerCompressorCombo"));
    // The trade-off, measured on a 95 MB payload (an embeddable Python, ~6,000 modules, a 40 MB
    // extension): makensis runs on one core, so its time is the release's critical path.
    m_compressor->addItem(
        tr("bzip2, solid (default: ~9.5 s, 23.6 MB)"), QVariant::fromValue(int(InstallerSettings::Compressor::Bzip2)));
    m_compressor->addItem(
        tr("LZMA, solid (smallest: ~68 s, 22.6 MB)"), QVariant::fromValue(int(InstallerSettings::Compressor::Lzma)));
    m_compressor->addItem(tr("zlib (~11.5 s, 29.4 MB)"), QVariant::fromValue(int(InstallerSettings::Compressor::Zlib)));
    m_compressor->setToolTip(tr("Measured on a 95 MB payload: bzip2 builds about 7x faster than LZMA for an installer about "
                                "4% larger; zlib is fast but about 30% larger. makensis uses one core, so on a release "
                                "its time is what everyone waits for."));
    m_icon->setObjectName(QStringLiteral("installerIconPreview"));
    m_icon->setFixedSize(48, 48);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setFrameShape(QFrame::StyledPanel);
    m_iconPath->setObjectName(QStringLiteral("installerIconPath"));
    m_iconPath->setWordWrap(true);
    m_iconPath->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Signing: the password comes from the environment or the keychain, never from this page.
    m_sign->setObjectName(QStringLiteral("installerSignCheck"));
    m_certificate->setObjectName(QStringLiteral("installerCertificateEdit"));
    m_certificate->setPlaceholderText(tr("PKCS#12 certificate (.pfx or .p12)"));
    m_certificate->setClearButtonEnabled(true);
    m_timestampUrl->setObjectName(QStringLiteral("installerTimestampUrlEdit"));
    m_timestampUrl->setPlaceholderText(tr("RFC 3161 time-stamping server (optional)"));
    m_timestampUrl->setClearButtonEnabled(true);

    m_distDir->setObjectName(QStringLiteral("installerDistDirEdit"));
    m_distDir->setPlaceholderText(tr("The {App} folder with python\\, app\\, scripts\\ and VERSION (filled by the Build step)"));
    m_distDir->setClearButtonEnabled(true);
    m_outputDir->setObjectName(QStringLiteral("installerOutputDirEdit"));
    m_outputDir->setPlaceholderText(tr("Where the setup program and installer.nsi are written"));

    m_previewNotes->setObjectName(QStringLiteral("installerPreviewNotes"));
    m_previewNotes->setWordWrap(true);
    setTone(m_previewNotes, Tone::Warning);
    m_previewNotes->hide();
    m_script->setObjectName(QStringLiteral("installerScriptView"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setMinimumHeight(200);

    m_build->setObjectName(QStringLiteral("installerBuildButton"));
    m_verify->setObjectName(QStringLiteral("installerVerifyButton"));
    m_verify->setEnabled(false);
    m_verify->setToolTip(tr("Looking for wine…"));
    m_cancel->setObjectName(QStringLiteral("installerCancelButton"));
    m_cancel->hide();
    m_progress->setObjectName(QStringLiteral("installerProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("installerStatus"));
    m_error->setObjectName(QStringLiteral("installerError"));
    m_error->setWordWrap(true);
    setTone(m_error, Tone::Error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_result->setObjectName(QStringLiteral("installerResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_checks->setObjectName(QStringLiteral("installerWineChecklist"));
    m_checks->setAccessibleName(tr("Installer checks under wine"));
    m_checks->setMinimumHeight(140);
    m_timings->setObjectName(QStringLiteral("installerWineTimings"));
    m_timings->setWordWrap(true);
    m_timings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Layout.
    auto *settingsBox = new QGroupBox(tr("Installer settings"), this);
    auto *settingsForm = new QFormLayout;
    settingsForm->addRow(tr("Desktop shortcut"), m_desktopShortcut);
    settingsForm->addRow(tr("Start with Windows"), m_startWithWindows);
    settingsForm->addRow(tr("Web UI address"), m_webUiUrl);
    settingsForm->addRow(tr("Compression"), m_compressor);
    auto *iconColumn = new QVBoxLayout;
    iconColumn->addWidget(m_icon, 0, Qt::AlignHCenter);
    iconColumn->addWidget(m_iconPath);
    iconColumn->addStretch(1);
    auto *settingsLayout = new QHBoxLayout(settingsBox);
    settingsLayout->addLayout(settingsForm, 1);
    settingsLayout->addLayout(iconColumn);

    auto *signingBox = new QGroupBox(tr("Signing"), this);
    auto *signingForm = new QFormLayout(signingBox);
    signingForm->addRow(QString(), m_sign);
    signingForm->addRow(tr("Certificate"), m_certificate);
    signingForm->addRow(tr("Time-stamping server"), m_timestampUrl);
    auto *passwordNote
        = new QLabel(tr("The certificate password is read from RELEASEDESK_SIGN_PASSWORD or the system keychain."), this);
    passwordNote->setWordWrap(true);
    signingForm->addRow(QString(), passwordNote);

    auto *filesBox = new QGroupBox(tr("Files"), this);
    auto *filesForm = new QFormLayout(filesBox);
    filesForm->addRow(tr("Portable build folder"), m_distDir);
    filesForm->addRow(tr("Output folder"), m_outputDir);

    auto *scriptBox = new QGroupBox(tr("Generated installer.nsi"), this);
    auto *scriptLayout = new QVBoxLayout(scriptBox);
    scriptLayout->addWidget(m_previewNotes);
    scriptLayout->addWidget(m_script, 1);
    scriptLayout->addWidget(m_cli);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_cancel);
    actions->addWidget(m_verify);
    actions->addWidget(m_build);

    auto *wineBox = new QGroupBox(tr("Verification under wine"), this);
    auto *wineLayout = new QVBoxLayout(wineBox);
    wineLayout->addWidget(m_checks);
    wineLayout->addWidget(m_timings);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(settingsBox);
    layout->addWidget(signingBox);
    layout->addWidget(filesBox);
    layout->addWidget(scriptBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(wineBox);
    QScrollArea *scroll = scrollingBody(content, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    outer->addLayout(actions);

    // Every edit regenerates the preview; the generation counter drops stale answers.
    auto changed = [this] {
        if (!m_loading) {
            refreshPreview();
        }
    };
    connect(m_desktopShortcut, &QComboBox::currentIndexChanged, this, changed);
    connect(m_startWithWindows, &QComboBox::currentIndexChanged, this, changed);
    connect(m_compressor, &QComboBox::currentIndexChanged, this, changed);
    connect(m_webUiUrl, &QLineEdit::editingFinished, this, changed);
    connect(m_distDir, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading) {
            m_session->setPortableDistDir(m_distDir->text().trimmed());
            refreshPreview();
        }
    });
    connect(m_outputDir, &QLineEdit::editingFinished, this, changed);
    connect(m_sign, &QCheckBox::toggled, this, [this] {
        updateButtons();
        updateCliLine();
    });
    connect(m_certificate, &QLineEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_sign->setChecked(!m_certificate->text().trimmed().isEmpty());
        }
        updateButtons();
        updateCliLine();
    });
    connect(m_timestampUrl, &QLineEdit::textChanged, this, &InstallerPage::updateCliLine);
    connect(m_build, &QPushButton::clicked, this, &InstallerPage::buildInstaller);
    connect(m_verify, &QPushButton::clicked, this, &InstallerPage::verifyUnderWine);
    connect(m_cancel, &QPushButton::clicked, this, &InstallerPage::cancel);

    connect(m_session, &ReleaseSession::artifactsChanged, this, [this] {
        const QString dir = m_session->portableDistDir();
        if (!m_busy && dir != m_distDir->text().trimmed()) {
            m_distDir->setText(dir);
            refreshPreview();
        }
    });
    connect(m_session, &ReleaseSession::projectChanged, this, &InstallerPage::completeChanged);

    // Whether wine is installed decides the "Verify under wine" button (looked up off the GUI thread).
    runInBackground<Status>(
        this, [] { return WineCheck::available(); },
        [this](Status available) {
            m_wineAvailable = available.has_value();
            m_verify->setToolTip(available ? tr("Install, upgrade and uninstall the installer silently in a throw-away "
                                                "wine prefix (takes a minute or two).")
                                           : available.error().toString());
            updateButtons();
        });
    updateButtons();
}

InstallerPage::~InstallerPage()
{
    // Jobs are children: cancel them so their processes stop before the page goes.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    if (m_wine) {
        m_wine->disconnect(this);
        m_wine->cancel();
    }
}

void InstallerPage::initializePage()
{
    loadFromProject();
    refreshPreview();
}

void InstallerPage::loadFromProject()
{
    m_loading = true;
    if (m_session->hasProject()) {
        const PythonProject &project = m_session->project();
        m_baseSettings = project.settings.installer;
        selectData(m_desktopShortcut, int(m_baseSettings.desktopShortcut));
        selectData(m_startWithWindows, int(m_baseSettings.startWithWindows));
        selectData(m_compressor, int(m_baseSettings.compressor));
        m_webUiUrl->setText(m_baseSettings.webUiUrl);
        m_certificate->setText(m_baseSettings.signingCertificate.isEmpty()
                ? QString()
                : QDir(project.rootDir).absoluteFilePath(m_baseSettings.signingCertificate));
        m_timestampUrl->setText(m_baseSettings.timestampUrl);
        m_sign->setChecked(!m_certificate->text().isEmpty());
        if (m_outputDir->text().trimmed().isEmpty()) {
            m_outputDir->setText(QDir(project.rootDir).filePath(QStringLiteral("dist")));
        }
    }
    if (!m_session->portableDistDir().isEmpty()) {
        m_distDir->setText(m_session->portableDistDir());
    }
    if (const QStringList outputs = m_session->buildOutputs(); !outputs.isEmpty()) {
        // The setup program goes beside the portable zip, wherever the Build page put it.
        m_outputDir->setText(QFileInfo(outputs.first()).absolutePath());
    }
    if (m_installerPath.isEmpty()) {
        m_installerPath = m_session->installerPath();
    }
    m_loading = false;
    updateButtons();
    updateCliLine();
}

InstallerSettings InstallerPage::settings() const
{
    InstallerSettings edited = m_baseSettings;
    edited.desktopShortcut = InstallerSettings::Option(m_desktopShortcut->currentData().toInt());
    edited.startWithWindows = InstallerSettings::Option(m_startWithWindows->currentData().toInt());
    edited.compressor = InstallerSettings::Compressor(m_compressor->currentData().toInt());
    edited.webUiUrl = m_webUiUrl->text().trimmed();
    edited.signingCertificate = m_certificate->text().trimmed();
    edited.timestampUrl = m_timestampUrl->text().trimmed();
    return edited;
}

bool InstallerPage::hasWindowsTarget() const
{
    return !m_session->hasProject() || m_session->project().settings.targets.contains(QStringLiteral("windows"));
}

bool InstallerPage::isComplete() const
{
    if (m_busy || !m_session->hasProject()) {
        return false;
    }
    return !hasWindowsTarget() || !m_installerPath.isEmpty();
}

QString InstallerPage::absoluteCertificate() const
{
    const QString path = m_certificate->text().trimmed();
    if (path.isEmpty() || !m_session->hasProject()) {
        return path;
    }
    return QDir(m_session->project().rootDir).absoluteFilePath(path);
}

void InstallerPage::log(const QString &source, const QString &line)
{
    emit m_session->logLine(source, line);
}

// --- preview ----------------------------------------------------------------------------------

InstallerPage::Preview InstallerPage::makePreview(const PreviewRequest &request)
{
    Preview preview;
    PortablePayload payload;
    if (request.distDir.isEmpty()) {
        preview.notes << tr("No portable build folder yet: the script below lists no files. Run the Build step or "
                            "choose the {App} folder.");
    } else if (auto inspected = PortablePayload::inspect(request.distDir)) {
        payload = *inspected;
        preview.notes << payload.warnings;
    } else {
        preview.error = inspected.error();
        return preview;
    }

    // The version: the release's (once tagged), then the build's VERSION file, then the project's.
    QString versionText = request.releaseVersion;
    if (versionText.isEmpty()) {
        versionText = !payload.versionText.isEmpty()
            ? payload.versionText
            : (request.project.version.isEmpty() ? request.project.initVersion : request.project.version);
    } else if (!payload.versionText.isEmpty() && payload.versionText != versionText) {
        preview.notes << tr("The portable build says %1 in VERSION, the release is %2: rebuild it for %2.")
                             .arg(payload.versionText, versionText);
    }
    auto version = Version::parse(versionText);
    if (!version) {
        preview.error = versionText.isEmpty() ? Error::make(Error::Code::InvalidInput, tr("There is no version to build."),
                            tr("Create the tag on the Version & tag step, or build a portable version with a VERSION file."))
                                              : version.error();
        return preview;
    }

    NsisScriptInput input = NsisScriptInput::fromProject(request.project, *version, payload, request.outputDir);
    input.settings = request.settings;
    auto script = NsisScript::generate(input);
    if (!script) {
        preview.error = script.error();
        return preview;
    }
    preview.notes << script->warnings();
    preview.input = input;
    preview.script = *script;

    preview.iconPath = input.iconPath;
    if (preview.iconPath.isEmpty() && !payload.iconRelativePath.isEmpty()) {
        preview.iconPath = QDir(payload.root).filePath(payload.iconRelativePath);
    }
    if (!preview.iconPath.isEmpty()) {
        QImageReader reader(preview.iconPath);
        preview.icon = reader.read();
    }
    return preview;
}

void InstallerPage::refreshPreview()
{
    if (!m_session->hasProject()) {
        return;
    }
    PreviewRequest request;
    request.project = m_session->project();
    if (const auto &tag = m_session->releaseTag()) {
        request.releaseVersion = tag->version;
    }
    request.distDir = m_distDir->text().trimmed();
    if (!request.distDir.isEmpty()) {
        request.distDir = QDir(request.project.rootDir).absoluteFilePath(request.distDir);
    }
    request.outputDir = QDir(request.project.rootDir).absoluteFilePath(m_outputDir->text().trimmed());
    request.settings = settings();
    const int generation = ++m_generation;
    m_previewBusy = true;
    updateButtons();
    updateCliLine();
    runInBackground<Preview>(
        this, [request] { return makePreview(request); },
        [this, generation](Preview preview) {
            if (generation != m_generation) {
                return;
            }
            m_previewBusy = false;
            m_preview = std::move(preview);
            showPreview(*m_preview);
            updateButtons();
            emit previewReady();
        });
}

void InstallerPage::showPreview(const Preview &preview)
{
    if (!m_busy) {
        showError(preview.error ? preview.error->toString() : QString());
    }
    m_script->setPlainText(preview.script ? preview.script->text() : QString());
    m_script->setExtraSelections({});
    m_previewNotes->setText(preview.notes.join(QLatin1Char('\n')));
    m_previewNotes->setVisible(!preview.notes.isEmpty());
    if (!preview.icon.isNull()) {
        m_icon->setPixmap(
            QPixmap::fromImage(preview.icon).scaled(m_icon->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_iconPath->setText(QFileInfo(preview.iconPath).fileName());
        m_iconPath->setToolTip(preview.iconPath);
    } else {
        m_icon->setPixmap({});
        m_icon->setText(tr("No icon"));
        m_iconPath->setText(preview.iconPath.isEmpty() ? tr("Set [app] icon or put an .ico in app\\")
                                                       : tr("Cannot read %1").arg(QFileInfo(preview.iconPath).fileName()));
        m_iconPath->setToolTip(preview.iconPath);
    }
}

void InstallerPage::updateCliLine()
{
    if (!m_session->hasProject()) {
        m_cli->setCommand(QString());
        return;
    }
    QStringList parts { QStringLiteral("releasedesk-cli"), QStringLiteral("installer"), QStringLiteral("build"),
        QStringLiteral("--project"), shellArgument(m_session->project().rootDir), QStringLiteral("--build-dir"),
        shellArgument(m_distDir->text().trimmed().isEmpty() ? QStringLiteral("DIR") : m_distDir->text().trimmed()),
        QStringLiteral("--out"), shellArgument(m_outputDir->text().trimmed()) };
    if (const auto &tag = m_session->releaseTag()) {
        parts << QStringLiteral("--version") << shellArgument(tag->version);
    }
    if (!m_sign->isChecked()) {
        parts << QStringLiteral("--no-sign");
    } else if (!m_certificate->text().trimmed().isEmpty()) {
        parts << QStringLiteral("--cert") << shellArgument(absoluteCertificate());
        if (!m_timestampUrl->text().trimmed().isEmpty()) {
            parts << QStringLiteral("--timestamp") << shellArgument(m_timestampUrl->text().trimmed());
        }
    }
    m_cli->setCommand(parts.join(QLatin1Char(' ')));
}

// --- build ------------------------------------------------------------------------------------

void InstallerPage::updateButtons()
{
    const bool ready = !m_busy && !m_previewBusy && m_preview && m_preview->input && m_session->hasProject();
    const bool signingOk = !m_sign->isChecked() || !m_certificate->text().trimmed().isEmpty();
    m_build->setEnabled(ready && signingOk);
    m_build->setToolTip(signingOk ? QString() : tr("Choose a certificate, or untick signing."));
    m_verify->setEnabled(m_wineAvailable && !m_busy && !m_installerPath.isEmpty());
    for (QWidget *field : std::initializer_list<QWidget *> { m_desktopShortcut, m_startWithWindows, m_webUiUrl, m_compressor,
             m_sign, m_certificate, m_timestampUrl, m_distDir, m_outputDir }) {
        field->setEnabled(!m_busy);
    }
    m_cancel->setVisible(m_busy);
}

void InstallerPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_status->setText(what);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
    }
    updateButtons();
    emit busyChanged(busy);
    emit completeChanged();
}

void InstallerPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void InstallerPage::highlightScriptLine(const QString &errorText)
{
    static const QRegularExpression lineRef(QStringLiteral("installer\\.nsi line (\\d+)"));
    const QRegularExpressionMatch match = lineRef.match(errorText);
    if (!match.hasMatch()) {
        return;
    }
    const QTextBlock block = m_script->document()->findBlockByLineNumber(match.captured(1).toInt() - 1);
    if (!block.isValid()) {
        return;
    }
    QTextEdit::ExtraSelection selection;
    selection.format.setBackground(QColor(0xff, 0xcd, 0xd2));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = QTextCursor(block);
    m_script->setExtraSelections({ selection });
    m_script->setTextCursor(selection.cursor);
    m_script->centerCursor();
}

void InstallerPage::buildInstaller()
{
    if (m_busy || !m_preview || !m_preview->input) {
        return;
    }
    showError({});
    m_result->hide();
    if (!m_sign->isChecked()) {
        startBuild(std::nullopt);
        return;
    }
    const QString certificate = absoluteCertificate();
    if (certificate.isEmpty()) {
        showError(tr("Choose the certificate to sign with, or untick signing."));
        return;
    }
    SecretStore *secrets = m_session->secretStore();
    if (!secrets) {
        showError(tr("No password store is available to read the certificate password."));
        return;
    }
    setBusy(true, tr("Reading the certificate password…"));
    const QString timestampUrl = m_timestampUrl->text().trimmed();
    secrets->certificatePassword(certificate, this, [this, certificate, timestampUrl](const Result<Secret> &secret) {
        if (!secret) {
            setBusy(false);
            showError(secret.error().toString());
            return;
        }
        SigningOptions signing;
        signing.certificatePath = certificate;
        signing.password = secret->value;
        signing.timestampUrl = timestampUrl;
        log(QStringLiteral("sign"), tr("Certificate password read from %1.").arg(secret->describe()));
        startBuild(signing);
    });
}

void InstallerPage::startBuild(std::optional<SigningOptions> signing)
{
    InstallerBuildRequest request;
    request.input = *m_preview->input;
    request.signing = std::move(signing);
    setBusy(true, tr("Building the installer…"));
    m_installerPath.clear();
    m_session->setInstallerPath({});
    m_checks->setItems({});
    m_timings->clear();
    m_script->setExtraSelections({});

    auto *job = new InstallerBuildJob(std::move(request), this);
    m_job = job;
    connect(job, &InstallerBuildJob::logLine, this, [this](const QString &line) { log(QStringLiteral("makensis"), line); });
    connect(job, &InstallerBuildJob::progress, this, [this](qint64 done, qint64 total, const QString &text) {
        if (total > 0) {
            m_progress->setRange(0, int(total));
            m_progress->setValue(int(done));
        } else {
            m_progress->setRange(0, 0);
        }
        m_status->setText(text);
    });
    connect(job, &InstallerBuildJob::finished, this, [this, job](const Result<InstallerBuildResult> &result) {
        // The script the job wrote is the one the error lines refer to.
        const QString text = job->scriptText();
        if (!text.isEmpty() && text != m_script->toPlainText()) {
            m_script->setPlainText(text);
        }
        job->deleteLater();
        onBuilt(result);
    });
    job->start();
}

void InstallerPage::onBuilt(const Result<InstallerBuildResult> &result)
{
    setBusy(false);
    if (!result) {
        const QString text
            = result.error().code == Error::Code::Cancelled ? tr("The build was cancelled.") : result.error().toString();
        showError(text);
        highlightScriptLine(text);
        log(QStringLiteral("makensis"), text);
        emit buildFinished(false);
        return;
    }
    m_installerPath = result->installerPath;
    m_session->setInstallerPath(m_installerPath);
    QStringList lines;
    lines << tr("Built %1 (%2) in %3.")
                 .arg(QDir::toNativeSeparators(result->installerPath), formatSize(result->sizeBytes),
                     formatDuration(result->makensisMs));
    lines << tr("Version %1, Windows file version %2.").arg(result->version, result->windowsVersion);
    lines << (result->isSigned ? tr("Signed: installer and uninstaller (%1).").arg(result->signature.subject)
                               : tr("Not signed."));
    for (const QString &warning : result->warnings) {
        lines << tr("Warning: %1").arg(warning);
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->show();
    // The status names the file, its size and its hash: what was built, not only that it was.
    const QString path = result->installerPath;
    runInBackground<Result<FileDigest>>(
        this, [path] { return FileHasher::hashNow(path); },
        [this, path](Result<FileDigest> digest) {
            if (path != m_installerPath) {
                return; // built again since
            }
            m_status->setText(digest ? tr("Installer built: %1, %2, SHA-256 %3")
                                           .arg(QFileInfo(path).fileName(), formatSize(digest->size), digest->sha256)
                                     : tr("Installer built: %1").arg(QFileInfo(path).fileName()));
        });
    m_status->setText(tr("Installer built: %1 (%2)").arg(QFileInfo(path).fileName(), formatSize(result->sizeBytes)));
    updateButtons();
    emit completeChanged();
    emit buildFinished(true);
}

// --- wine -------------------------------------------------------------------------------------

void InstallerPage::verifyUnderWine()
{
    if (m_busy || m_installerPath.isEmpty() || !m_wineAvailable) {
        return;
    }
    showError({});
    WineCheckOptions options;
    options.installer = m_installerPath;
    if (m_preview && m_preview->input && !m_preview->input->payload.root.isEmpty()) {
        options.payloadDir = m_preview->input->payload.root;
    }
    setBusy(true, tr("Verifying under wine…"));
    Checklist pending;
    for (const QString &id : WineCheck::stepIds()) {
        pending << CheckItem { id, id, CheckItem::Verdict::Skipped, tr("waiting"), {} };
    }
    m_checks->setItems(pending);
    m_timings->clear();

    auto *check = new WineCheck(options, this);
    m_wine = check;
    connect(check, &WineCheck::logLine, this, [this](const QString &line) { log(QStringLiteral("wine"), line); });
    connect(check, &WineCheck::progress, this, [this, check](qint64 done, qint64 total, const QString &text) {
        if (total > 0) {
            m_progress->setRange(0, int(total));
            m_progress->setValue(int(done));
        }
        m_status->setText(text);
        m_checks->setItems(check->results());
    });
    connect(check, &WineCheck::finished, this, [this, check](const Checklist &results) {
        const QMap<QString, qint64> durations = check->durationsMs();
        check->deleteLater();
        m_checks->setItems(results);
        QStringList parts;
        qint64 total = 0;
        for (const CheckItem &item : results) {
            if (durations.contains(item.id)) {
                parts << tr("%1 %2").arg(item.title, formatDuration(durations.value(item.id)));
                total += durations.value(item.id);
            }
        }
        m_timings->setText(
            parts.isEmpty() ? QString() : tr("Timings: %1 (total %2)").arg(parts.join(tr(", ")), formatDuration(total)));
        onVerified(results);
    });
    check->start();
}

void InstallerPage::onVerified(const Checklist &results)
{
    const bool passed = checklistPassed(results);
    const int warnings = int(std::count_if(
        results.cbegin(), results.cend(), [](const CheckItem &item) { return item.verdict == CheckItem::Verdict::Warning; }));
    setBusy(false,
        !passed            ? tr("A wine check failed: see the checklist.")
            : warnings > 0 ? tr("The wine checks passed with %n warning(s): see the ⚠ rows.", "", warnings)
                           : tr("All wine checks passed."));
    emit verificationFinished(passed);
}

void InstallerPage::cancel()
{
    if (m_job) {
        m_status->setText(tr("Cancelling…"));
        m_job->cancel();
    }
    if (m_wine) {
        m_status->setText(tr("Cancelling…"));
        m_wine->cancel();
    }
}

} // namespace rd::ui
