#include "PublishPage.h"

#include "ReleaseSession.h"
#include "forge/ReleaseProvider.h"
#include "project/ArtifactNames.h"
#include "project/SettingsEdit.h"
#include "publish/AssetPlan.h"
#include "publish/Preflight.h"
#include "publish/ReleasePlanRunner.h"
#include "publish/Sha256Sums.h"
#include "release/ReleaseNotes.h"
#include "version/Version.h"
#include "widgets/Background.h"
#include "widgets/ChecklistView.h"
#include "widgets/CommandLineRow.h"
#include "widgets/Format.h"
#include "widgets/PlanView.h"
#include "widgets/ScrollingBody.h"
#include "widgets/ServerKindCombo.h"
#include "widgets/Tone.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace rd::ui {

namespace {

enum TransferColumn { FileColumn, BarColumn, SentColumn, SpeedColumn, LeftColumn, StateColumn };

const QColor failedColor(0xc6, 0x28, 0x28);
const QColor doneColor(0x2e, 0x7d, 0x32);

QString op(const PlanAction &action)
{
    return action.data.value(QStringLiteral("op")).toString();
}

bool isTransfer(const PlanAction &action)
{
    const QString kind = op(action);
    return kind == QStringLiteral("upload-asset") || kind == QStringLiteral("upload-sums")
        || (kind == QStringLiteral("skip") && action.data.contains(QStringLiteral("name")));
}

QString timeLeftText(double seconds)
{
    if (seconds < 1) {
        return PublishPage::tr("< 1 s left");
    }
    if (seconds < 90) {
        return PublishPage::tr("%1 s left").arg(qRound(seconds));
    }
    if (seconds < 90 * 60) {
        return PublishPage::tr("%1 min left").arg(qRound(seconds / 60));
    }
    return PublishPage::tr("%1 h left").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

PublishPage::PublishPage(ReleaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_network(new QNetworkAccessManager(this))
    , m_kind(new ServerKindCombo(ServerKindCombo::Local::Offered, this))
    , m_server(new QLineEdit(this))
    , m_repository(new QLineEdit(this))
    , m_tag(new QLabel(this))
    , m_draft(new QCheckBox(tr("Upload to a draft first, check it, then publish"), this))
    , m_prerelease(new QCheckBox(tr("Pre-release"), this))
    , m_fileList(new QTreeWidget(this))
    , m_addFiles(new QPushButton(tr("Add files…"), this))
    , m_check(new QPushButton(tr("Check again"), this))
    , m_preflightView(new ChecklistView(this))
    , m_planView(new PlanView(this))
    , m_planNotes(new QLabel(this))
    , m_transfers(new QTreeWidget(this))
    , m_overall(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_result(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_cli(new CommandLineRow(
          QStringLiteral("publishCliLine"), tr("The releasedesk-cli command that publishes the same files"), this))
{
    setObjectName(QStringLiteral("publishPage"));
    setTitle(tr("Publish"));
    setSubTitle(tr("The release files go to the server without duplicates or gaps, with a SHA256SUMS file. Nothing is "
                   "written before you press \"Publish release\"; publishing cannot be undone from here."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Publish release ▸"));

    m_kind->setObjectName(QStringLiteral("publishKindCombo"));
    m_server->setObjectName(QStringLiteral("publishServerEdit"));
    m_server->setPlaceholderText(tr("https://gitea.example.com (a folder for the local store)"));
    m_repository->setObjectName(QStringLiteral("publishRepoEdit"));
    m_repository->setPlaceholderText(tr("owner/name"));
    m_tag->setObjectName(QStringLiteral("publishTagLabel"));
    m_tag->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_draft->setObjectName(QStringLiteral("publishDraftCheck"));
    m_draft->setToolTip(tr("Nobody downloads a half release: everything goes to a draft, is checked, and only then published."));
    m_prerelease->setObjectName(QStringLiteral("publishPrereleaseCheck"));

    m_fileList->setObjectName(QStringLiteral("publishFileList"));
    m_fileList->setAccessibleName(tr("Files to publish"));
    m_fileList->setColumnCount(3);
    m_fileList->setHeaderLabels({ tr("File"), tr("Size"), tr("Folder") });
    m_fileList->setRootIsDecorated(false);
    m_fileList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fileList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_fileList->setMinimumHeight(70);
    m_fileList->setMaximumHeight(120);
    m_addFiles->setObjectName(QStringLiteral("publishAddFilesButton"));
    m_check->setObjectName(QStringLiteral("publishCheckButton"));

    m_preflightView->setObjectName(QStringLiteral("publishPreflightView"));
    m_preflightView->setAccessibleName(tr("Preflight checks"));
    m_preflightView->setMinimumHeight(120);
    m_preflightView->setMaximumHeight(170);
    m_planView->setObjectName(QStringLiteral("publishPlanView"));
    m_planView->setAccessibleName(tr("The publishing plan"));
    m_planView->setMinimumHeight(160);
    m_planNotes->setObjectName(QStringLiteral("publishPlanNotes"));
    m_planNotes->setWordWrap(true);
    setTone(m_planNotes, Tone::Warning);
    m_planNotes->hide();

    m_transfers->setObjectName(QStringLiteral("publishTransfers"));
    m_transfers->setAccessibleName(tr("Transfers in progress"));
    m_transfers->setColumnCount(6);
    m_transfers->setHeaderLabels({ tr("File"), tr("Progress"), tr("Sent"), tr("Speed"), tr("Time left"), tr("State") });
    m_transfers->setRootIsDecorated(false);
    m_transfers->setWordWrap(true);
    m_transfers->header()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_transfers->header()->resizeSection(BarColumn, 150);
    m_transfers->header()->setSectionResizeMode(SentColumn, QHeaderView::ResizeToContents);
    m_transfers->header()->setSectionResizeMode(SpeedColumn, QHeaderView::ResizeToContents);
    m_transfers->header()->setSectionResizeMode(LeftColumn, QHeaderView::ResizeToContents);
    m_transfers->header()->setStretchLastSection(true);
    m_transfers->setMinimumHeight(120);

    m_overall->setObjectName(QStringLiteral("publishOverallProgress"));
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    m_overall->hide();
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("publishError"));
    m_error->setWordWrap(true);
    setTone(m_error, Tone::Error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_result->setObjectName(QStringLiteral("publishResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(true);
    m_result->hide();
    m_cancel->setObjectName(QStringLiteral("publishCancelButton"));
    m_cancel->hide();
    m_retry->setObjectName(QStringLiteral("publishRetryButton"));
    m_retry->setToolTip(tr("Plans again and continues: files already on the release are kept, not sent twice."));
    m_retry->hide();

    // Layout.
    auto *targetBox = new QGroupBox(tr("Target"), this);
    auto *targetForm = new QFormLayout(targetBox);
    targetForm->addRow(tr("Server kind"), m_kind);
    targetForm->addRow(tr("Server"), m_server);
    targetForm->addRow(tr("Repository"), m_repository);
    m_saveTarget = new QPushButton(tr("&Save as the project's server (releasedesk.toml)"), this);
    m_saveTarget->setObjectName(QStringLiteral("publishSaveTargetButton"));
    m_saveTarget->setToolTip(tr("Write this server and repository into [server] of the project's releasedesk.toml, so "
                                "every page, the Inspector and releasedesk-cli use them."));
    m_saveTarget->hide();
    connect(m_saveTarget, &QPushButton::clicked, this, &PublishPage::saveTargetToProject);
    targetForm->addRow(QString(), m_saveTarget);
    targetForm->addRow(tr("Tag"), m_tag);
    auto *options = new QHBoxLayout;
    options->addWidget(m_prerelease);
    options->addWidget(m_draft);
    options->addStretch(1);
    targetForm->addRow(tr("Release"), options);

    auto *filesBox = new QGroupBox(tr("Files"), this);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addWidget(m_fileList);
    auto *fileButtons = new QHBoxLayout;
    auto *previewUpdates = new QPushButton(tr("&Preview what users will see…"), this);
    previewUpdates->setObjectName(QStringLiteral("publishUpdatePreviewButton"));
    previewUpdates->setToolTip(tr("Open the Update Preview on this server: what installed apps will be offered, and what would "
                                  "keep a release from someone"));
    connect(previewUpdates, &QPushButton::clicked, this, [this] { emit updatePreviewRequested(target()); });
    fileButtons->addWidget(previewUpdates);
    fileButtons->addStretch(1);
    fileButtons->addWidget(m_addFiles);
    fileButtons->addWidget(m_check);
    filesLayout->addLayout(fileButtons);

    auto *preflightBox = new QGroupBox(tr("Preflight"), this);
    auto *preflightLayout = new QVBoxLayout(preflightBox);
    preflightLayout->addWidget(m_preflightView);

    auto *planBox = new QGroupBox(tr("Plan"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_planView, 1);
    planLayout->addWidget(m_planNotes);

    auto *progressBox = new QGroupBox(tr("Progress"), this);
    auto *progressLayout = new QVBoxLayout(progressBox);
    progressLayout->addWidget(m_transfers, 1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(targetBox);
    layout->addWidget(filesBox);
    layout->addWidget(preflightBox);
    layout->addWidget(planBox, 1);
    layout->addWidget(progressBox, 1);
    layout->addWidget(m_cli);
    QScrollArea *scroll = scrollingBody(content, this);
    // Below the scrolled part, always in view: the overall bar, Cancel while it runs, Retry, the outcome.
    auto *overallRow = new QHBoxLayout;
    overallRow->addWidget(m_overall, 1);
    overallRow->addWidget(m_status, 1);
    overallRow->addWidget(m_retry);
    overallRow->addWidget(m_cancel);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_error);
    outer->addWidget(m_result);
    outer->addLayout(overallRow);
    m_scroll = scroll;
    m_progressBox = progressBox;

    // A changed target or option makes the plan stale: check again (reads only).
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PublishPage::onTargetEdited);
    connect(m_server, &QLineEdit::editingFinished, this, &PublishPage::onTargetEdited);
    connect(m_repository, &QLineEdit::editingFinished, this, &PublishPage::onTargetEdited);
    connect(m_draft, &QCheckBox::toggled, this, &PublishPage::onTargetEdited);
    connect(m_prerelease, &QCheckBox::toggled, this, &PublishPage::onTargetEdited);
    connect(m_check, &QPushButton::clicked, this, &PublishPage::check);
    connect(m_cancel, &QPushButton::clicked, this, &PublishPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &PublishPage::publish);
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Choose the files to publish"));
        if (chosen.isEmpty()) {
            return;
        }
        QStringList files = m_files;
        for (const QString &file : chosen) {
            if (!files.contains(file)) {
                files << file;
            }
        }
        setFiles(files);
    });
}

PublishPage::~PublishPage() = default;

void PublishPage::initializePage()
{
    m_published = false;
    setButtonText(QWizard::CommitButton, tr("Publish release ▸"));
    loadTarget();
    m_files = m_session->releaseAssets();
    fillFiles();
    check();
}

void PublishPage::loadTarget()
{
    m_loading = true;
    if (m_session->hasProject()) {
        const ReleaseTarget target = ReleaseTarget::fromProject(m_session->project(), m_settings);
        m_kind->setKind(target.kind);
        m_server->setText(target.url);
        m_repository->setText(target.repository);
    }
    const auto &tag = m_session->releaseTag();
    m_tag->setText(tag ? tag->tag : tr("none yet: create it on the Version & tag step"));
    m_prerelease->setChecked(tag && tag->prerelease);
    m_loading = false;
    updateSaveTarget();
}

void PublishPage::updateSaveTarget()
{
    if (m_saveTarget) {
        m_saveTarget->setVisible(m_session->hasProject() && target().isValid() && !target().sameAsProject(m_session->project()));
    }
}

bool PublishPage::saveTargetToProject()
{
    if (!m_session->hasProject()) {
        return false;
    }
    const ReleaseTarget t = target();
    const PythonProject &project = m_session->project();
    const QString url = t.kind == ServerKind::Local ? QDir(project.rootDir).relativeFilePath(t.url) : t.url;
    // Writing releasedesk.toml (fsync) and reading the project again (git) on a worker.
    const ServerSetting setting { serverKindName(t.kind), url, t.repository };
    const QString dir = project.rootDir;
    const QString saved = tr("Saved %1 into %2.").arg(t.describe(), project.settingsPath());
    m_saveTarget->setEnabled(false);
    runInBackground<Result<PythonProject>>(
        this,
        [dir, setting]() -> Result<PythonProject> {
            if (auto written = writeServerSetting(dir, setting); !written) {
                return std::unexpected(written.error());
            }
            ProjectLoadOptions options;
            options.createSettingsIfMissing = false;
            return loadPythonProject(dir, options);
        },
        [this, dir, saved](Result<PythonProject> reloaded) {
            m_saveTarget->setEnabled(true);
            if (!reloaded) {
                showError(reloaded.error().toString());
                updateSaveTarget();
                return;
            }
            if (m_session->hasProject() && m_session->project().rootDir == dir) {
                m_session->setProject(*reloaded); // the same project: the run's state stays
            }
            log(saved);
            updateSaveTarget();
        });
    return true;
}

ReleaseTarget PublishPage::target() const
{
    ReleaseTarget target;
    target.kind = m_kind->kind();
    target.url = m_server->text().trimmed();
    target.repository = m_repository->text().trimmed();
    if (m_settings && target.kind != ServerKind::Local) {
        const auto wanted = ServerConfig::normaliseUrl(target.url);
        for (const ServerConfig &server : ServerRegistry(m_settings).servers()) {
            const auto known = ServerConfig::normaliseUrl(server.url);
            if (wanted && known && *wanted == *known) {
                target.maxFileSize = server.maxReleaseFileSize;
                target.allowedTypes = server.allowedTypes;
            }
        }
    }
    return target;
}

void PublishPage::setFiles(const QStringList &files)
{
    m_files = files;
    fillFiles();
    check();
}

void PublishPage::fillFiles()
{
    m_fileList->clear();
    for (const QString &file : std::as_const(m_files)) {
        const QFileInfo info(file);
        auto *row = new QTreeWidgetItem(m_fileList);
        row->setText(0, info.fileName());
        row->setText(1, info.exists() ? formatBytes(info.size()) : tr("missing"));
        row->setText(2, QDir::toNativeSeparators(info.absolutePath()));
        row->setToolTip(0, QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    updateCliLine();
}

void PublishPage::onTargetEdited()
{
    if (m_loading) {
        return;
    }
    updateSaveTarget();
    updateCliLine();
    if (!m_busy) {
        check();
    }
}

bool PublishPage::isComplete() const
{
    if (m_published) {
        return true;
    }
    return !m_busy && m_checked && m_plan && m_checklist && checklistPassed(*m_checklist);
}

bool PublishPage::validatePage()
{
    if (m_published) {
        return true;
    }
    if (!m_busy && m_plan) {
        publish();
    }
    return false; // the page says when it is done; Next then moves on
}

QString PublishPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PublishPage::cliLine() const
{
    return m_cli->command();
}

void PublishPage::log(const QString &line)
{
    emit m_session->logLine(QStringLiteral("publish"), line);
}

QString PublishPage::friendly(const Error &error) const
{
    if (error.code == Error::Code::Cancelled) {
        return tr("Cancelled. Files that finished uploading stay on the release; Retry continues from there.");
    }
    return error.toString();
}

void PublishPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PublishPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_status->setText(what);
    updateButtons();
    emit busyChanged(busy);
    emit completeChanged();
}

void PublishPage::updateButtons()
{
    const bool running = m_busy;
    for (QWidget *field :
        std::initializer_list<QWidget *> { m_kind, m_server, m_repository, m_draft, m_prerelease, m_addFiles, m_check }) {
        field->setEnabled(!running && !m_published);
    }
    m_cancel->setVisible(running);
    m_retry->setVisible(!running && !m_published && m_plan && !m_planFresh);
}

void PublishPage::updateCliLine()
{
    QStringList parts { QStringLiteral("releasedesk-cli"), QStringLiteral("release"), QStringLiteral("upload") };
    for (const QString &file : std::as_const(m_files)) {
        parts << shellArgument(file);
    }
    parts << target().cliArguments();
    const auto &tag = m_session->releaseTag();
    parts << QStringLiteral("--tag") << shellArgument(tag ? tag->tag : QStringLiteral("TAG"));
    if (m_session->hasProject() && m_session->project().settings.tagPrefix != QStringLiteral("v")) {
        parts << QStringLiteral("--tag-prefix") << shellArgument(m_session->project().settings.tagPrefix);
    }
    parts << (m_prerelease->isChecked() ? QStringLiteral("--prerelease") : QStringLiteral("--final"));
    if (m_draft->isChecked()) {
        parts << QStringLiteral("--draft-then-publish");
    }
    m_cli->setCommand(parts.join(QLatin1Char(' ')));
}

// --- checking: preflight and plan (reads only) ---------------------------------------------------

void PublishPage::withProvider(std::function<void(ReleaseProvider *)> next)
{
    const ReleaseTarget wanted = target();
    if (m_provider && m_providerTarget == wanted) {
        next(m_provider);
        return;
    }
    if (m_provider) {
        m_provider->deleteLater();
    }
    const int generation = m_generation;
    openProvider(
        wanted, m_session->secretStore(), m_network, this, m_retryPolicy,
        [this, wanted, generation, next](const Result<ReleaseProvider *> &provider) {
            if (generation != m_generation) {
                if (provider) {
                    (*provider)->deleteLater();
                }
                return;
            }
            if (!provider) {
                showError(friendly(provider.error()));
                setBusy(false);
                emit checkFinished(false);
                return;
            }
            m_provider = *provider;
            m_providerTarget = wanted;
            connect(m_provider, &ReleaseProvider::logLine, this, &PublishPage::log);
            next(m_provider);
        },
        [this](const QString &line) { log(line); });
}

void PublishPage::check()
{
    if (m_busy) {
        return;
    }
    ++m_generation;
    m_checked = false;
    m_checklist.reset();
    m_plan.reset();
    m_planFresh = false;
    if (m_provider) {
        m_provider->deleteLater(); // a fresh one reads the token again
        m_provider.clear();
    }
    m_preflightView->setItems({});
    m_planView->setPlan({});
    m_planNotes->hide();
    m_transfers->clear();
    m_rows.clear();
    m_overall->hide();
    m_result->hide();
    showError({});
    updateCliLine();

    QString problem;
    if (!m_session->releaseTag()) {
        problem = tr("There is no tag to publish yet: create it on the Version & tag step.");
    } else if (!target().isValid()) {
        problem = target().kind == ServerKind::Local
            ? tr("Choose the folder of the local release store.")
            : tr("Set the server address and the repository (owner/name), here or in releasedesk.toml [server].");
    } else if (m_files.isEmpty()) {
        problem = tr("There are no files to publish: run the Build and Installer steps, or add files.");
    }
    if (!problem.isEmpty()) {
        showError(problem);
        updateButtons();
        emit completeChanged();
        emit checkFinished(false);
        return;
    }

    setBusy(true, tr("Checking the server and planning…"));
    const int generation = m_generation;
    withProvider([this, generation](ReleaseProvider *provider) {
        if (generation != m_generation) {
            return;
        }
        const ReleaseTarget t = target();
        PreflightOptions options;
        options.tag = m_session->releaseTag()->tag;
        options.files = m_files;
        options.maxFileSize = t.maxFileSize;
        options.allowedTypes = t.allowedTypes;
        options.expectedNames = m_session->expectedAssetNames();
        auto *preflight = new Preflight(provider, options, this);
        m_preflight = preflight;
        connect(preflight, &Preflight::itemChanged, this, [this, preflight, generation](int) {
            if (generation == m_generation) {
                m_preflightView->setItems(preflight->items());
            }
        });
        connect(preflight, &Preflight::finished, this, [this, preflight, generation](const Checklist &items) {
            preflight->deleteLater();
            if (generation != m_generation) {
                return;
            }
            m_preflightView->setItems(items);
            m_checklist = items;
            if (m_planner.isNull()) {
                setBusy(false, checklistPassed(items) ? tr("Ready to publish.") : tr("A check failed: see the preflight."));
                m_checked = true;
                updateButtons();
                emit completeChanged();
                emit checkFinished(checklistPassed(items) && m_plan.has_value());
            }
        });
        m_preflightView->setItems(preflight->items());
        preflight->start();
        startPlanning(false);
    });
}

void PublishPage::startPlanning(bool runAfter)
{
    if (!m_provider) {
        return;
    }
    PublishOptions options;
    options.tag = m_session->releaseTag()->tag;
    options.files = m_files;
    options.prerelease = m_prerelease->isChecked();
    if (m_session->hasProject()) {
        options.tagPrefix = m_session->project().settings.tagPrefix;
    }
    options.draftThenPublish = m_draft->isChecked();
    if (m_session->hasProject()) {
        // The title and the body as the engine writes them: the notes, then the Downloads table of
        // exactly these files (and SHA256SUMS).
        const PythonProject &project = m_session->project();
        if (auto version = Version::parse(m_session->version())) {
            options.title = ArtifactNames::forProject(project.settings, project.name, *version)
                                .title(project.settings.releaseTitle, options.tag);
        }
        ReleaseBody body;
        body.notes = m_session->releaseNotes();
        if (body.notes.trimmed().isEmpty()) {
            body.notes
                = ReleaseNotes::readNotesFile(QDir(project.rootDir).filePath(project.settings.notesFile)).value_or(QString());
        }
        const ReleaseTarget where = target();
        QStringList names;
        for (const QString &file : std::as_const(m_files)) {
            names << QFileInfo(file).fileName();
        }
        names << Sha256Sums::fileName();
        for (const QString &name : std::as_const(names)) {
            body.downloads << DownloadEntry { name,
                where.kind == ServerKind::Local ? QString()
                                                : ReleaseBody::downloadUrl(where.url, where.repository, options.tag, name) };
        }
        options.notes = body.toMarkdown();
    }
    auto *planner = new AssetPlan(m_provider, options, this);
    m_planner = planner;
    const int generation = m_generation;
    connect(planner, &AssetPlan::logLine, this, &PublishPage::log);
    connect(planner, &AssetPlan::progress, this, [this, generation](qint64, qint64, const QString &text) {
        if (generation == m_generation && !text.isEmpty()) {
            m_status->setText(text);
        }
    });
    connect(planner, &AssetPlan::finished, this, [this, planner, generation, runAfter](const Result<Plan> &plan) {
        planner->deleteLater();
        m_planner.clear();
        if (generation != m_generation) {
            return;
        }
        onPlanned(plan, runAfter);
    });
    planner->start();
}

void PublishPage::onPlanned(const Result<Plan> &plan, bool runAfter)
{
    if (!plan) {
        m_plan.reset();
        showError(friendly(plan.error()));
    } else {
        m_plan = *plan;
        m_planFresh = true;
        m_planView->setPlan(*plan);
        m_planNotes->setText(plan->notes.join(QLatin1Char('\n')));
        m_planNotes->setVisible(!plan->notes.isEmpty());
        fillTransfers(*plan);
    }
    if (runAfter) {
        if (m_plan) {
            run();
        } else {
            setBusy(false);
            emit publishFinished(false);
        }
        return;
    }
    if (m_checklist) { // the preflight is in too
        m_checked = true;
        setBusy(false, checklistPassed(*m_checklist) ? tr("Ready to publish.") : tr("A check failed: see the preflight."));
        emit checkFinished(checklistPassed(*m_checklist) && m_plan.has_value());
    }
}

void PublishPage::fillTransfers(const Plan &plan)
{
    m_transfers->clear();
    m_rows.clear();
    for (int i = 0; i < plan.actions.size(); ++i) {
        const PlanAction &action = plan.actions[i];
        if (!isTransfer(action)) {
            continue;
        }
        Transfer transfer;
        transfer.row = new QTreeWidgetItem(m_transfers);
        const QString name = action.data.value(QStringLiteral("name")).toString();
        transfer.row->setText(FileColumn, name);
        transfer.row->setData(FileColumn, Qt::UserRole, i);
        if (op(action) == QStringLiteral("skip")) {
            transfer.row->setText(StateColumn, tr("already there: kept"));
        } else {
            transfer.total = action.data.value(QStringLiteral("size")).toInteger();
            transfer.row->setText(SentColumn, QStringLiteral("0 / %1").arg(formatBytes(transfer.total)));
            transfer.row->setText(StateColumn, tr("waiting"));
            transfer.bar = new QProgressBar(m_transfers);
            transfer.bar->setObjectName(QStringLiteral("publishAssetBar_%1").arg(name));
            transfer.bar->setRange(0, 1000);
            transfer.bar->setValue(0);
            transfer.bar->setTextVisible(true);
            m_transfers->setItemWidget(transfer.row, BarColumn, transfer.bar);
        }
        m_rows.insert(i, transfer);
    }
}

// --- publishing --------------------------------------------------------------------------------

void PublishPage::publish()
{
    if (m_busy || m_published) {
        return;
    }
    if (m_plan && m_planFresh) {
        run();
        return;
    }
    // After a run (failed or cancelled): plan again from what the release holds now, then go on.
    ++m_generation;
    showError({});
    setBusy(true, tr("Planning again from what the release holds now…"));
    const int generation = m_generation;
    withProvider([this, generation](ReleaseProvider *) {
        if (generation == m_generation) {
            startPlanning(true);
        }
    });
}

void PublishPage::run()
{
    if (!m_plan || !m_provider) {
        return;
    }
    m_cancelled = false;
    m_planFresh = false;
    showError({});
    m_result->hide();
    m_planView->setPlan(*m_plan);
    fillTransfers(*m_plan);
    m_overall->setValue(0);
    m_overall->show();
    setBusy(true, tr("Publishing…"));
    m_scroll->ensureWidgetVisible(m_progressBox);
    log(tr("Publishing %1 to %2").arg(m_plan->data.value(QStringLiteral("tag")).toString(), m_providerTarget.describe()));

    auto *runner = new ReleasePlanRunner(m_provider, *m_plan, this);
    m_runner = runner;
    connect(runner, &ReleasePlanRunner::logLine, this, &PublishPage::log);
    connect(runner, &ReleasePlanRunner::actionStarted, this, [this](int index, const QString &) { onActionStarted(index); });
    connect(runner, &ReleasePlanRunner::actionFinished, this, &PublishPage::onActionFinished);
    connect(runner, &ReleasePlanRunner::assetProgress, this,
        [this](int index, qint64 done, qint64 total, const QString &) { onAssetProgress(index, done, total); });
    connect(runner, &ReleasePlanRunner::progress, this, [this](qint64 done, qint64 total, const QString &text) {
        m_overall->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_overall->setFormat(text);
        emit overallProgress(done, total);
        m_status->setText(m_cancelled ? tr("Cancelling…") : text);
    });
    connect(runner, &ReleasePlanRunner::finished, this, [this, runner](const Result<ReleaseInfo> &result) {
        runner->deleteLater();
        onRunFinished(result);
    });
    runner->start();
}

void PublishPage::onActionStarted(int index)
{
    m_planView->setActionState(index, PlanView::ActionState::Running);
    auto it = m_rows.find(index);
    if (it == m_rows.end() || !it->bar) {
        return;
    }
    it->clock.start();
    it->lastBytes = 0;
    it->lastMs = 0;
    it->rate = 0;
    it->row->setText(StateColumn, tr("uploading…"));
    it->row->setForeground(StateColumn, palette().color(QPalette::Text));
}

void PublishPage::onAssetProgress(int index, qint64 done, qint64 total)
{
    m_planView->setActionProgress(index, done, total);
    auto it = m_rows.find(index);
    if (it == m_rows.end() || !it->bar) {
        return;
    }
    Transfer &t = *it;
    if (!t.clock.isValid()) {
        t.clock.start();
    }
    if (total > 0) {
        t.total = total;
    }
    const qint64 ms = t.clock.elapsed();
    // Speed: bytes over the time since the last sample, smoothed, so a stall shows quickly.
    if (ms > t.lastMs && done >= t.lastBytes) {
        const double sample = double(done - t.lastBytes) * 1000.0 / double(ms - t.lastMs);
        t.rate = t.rate <= 0 ? sample : 0.7 * t.rate + 0.3 * sample;
        t.lastMs = ms;
        t.lastBytes = done;
    }
    t.bar->setValue(t.total > 0 ? int(std::min<qint64>(done, t.total) * 1000 / t.total) : 0);
    t.bar->setFormat(t.total > 0 ? QStringLiteral("%1%").arg(done * 100 / t.total) : QString());
    t.row->setText(SentColumn, QStringLiteral("%1 / %2").arg(formatBytes(done), formatBytes(t.total)));
    if (t.rate > 0) {
        t.row->setText(SpeedColumn, tr("%1/s").arg(formatBytes(qint64(t.rate))));
        t.row->setText(LeftColumn, done >= t.total ? QString() : timeLeftText(double(t.total - done) / t.rate));
    }
    if (done >= t.total && t.total > 0) {
        t.row->setText(StateColumn, tr("checking…"));
    }
}

void PublishPage::onActionFinished(int index, const QString &outcome)
{
    const bool failed = outcome.startsWith(QStringLiteral("failed: "));
    const QString reason = failed ? outcome.mid(8) : QString();
    m_planView->setActionState(index, failed ? PlanView::ActionState::Failed : PlanView::ActionState::Done, reason);
    auto it = m_rows.find(index);
    if (it == m_rows.end()) {
        return;
    }
    if (!it->bar) {
        return; // a kept file
    }
    if (failed) {
        it->bar->setFormat(tr("failed"));
        it->row->setText(StateColumn, tr("✗ %1").arg(reason));
        it->row->setToolTip(StateColumn, reason);
        it->row->setForeground(StateColumn, failedColor);
        it->row->setText(LeftColumn, QString());
        it->row->setText(SpeedColumn, QString());
        return;
    }
    const qint64 ms = it->clock.isValid() ? std::max<qint64>(1, it->clock.elapsed()) : 0;
    it->bar->setValue(1000);
    it->bar->setFormat(QStringLiteral("100%"));
    it->row->setText(SentColumn, formatBytes(it->total));
    it->row->setText(SpeedColumn, ms > 0 ? tr("%1/s").arg(formatBytes(it->total * 1000 / ms)) : QString());
    it->row->setText(LeftColumn, QString());
    it->row->setText(StateColumn, tr("✓ uploaded"));
    it->row->setForeground(StateColumn, doneColor);
}

void PublishPage::onRunFinished(const Result<ReleaseInfo> &result)
{
    m_runner.clear();
    int uploaded = 0;
    int kept = 0;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const PlanAction &action = m_plan->actions.at(it.key());
        if (action.data.value(QStringLiteral("name")).toString() == Sha256Sums::fileName()) {
            continue; // counted as the release's bookkeeping, not as a file
        }
        if (!it->bar) {
            ++kept;
        } else if (m_planView->actionState(it.key()) == PlanView::ActionState::Done) {
            ++uploaded;
        }
    }
    if (!result) {
        // Rows that never started say so, so the failed one stands out.
        for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
            if (it->bar && m_planView->actionState(it.key()) == PlanView::ActionState::Waiting) {
                it->row->setText(StateColumn, tr("not sent"));
            }
        }
        const QString text = friendly(result.error());
        showError(text);
        log(tr("Publishing failed: %1").arg(text));
        setBusy(false, tr("Not finished: %1 uploaded.").arg(uploaded));
        emit publishFinished(false);
        return;
    }
    m_published = true;
    QString text
        = tr("Published %1 on %2: %3, %4 already there, SHA256SUMS listing every file.")
              .arg(result->tagName, m_providerTarget.describe(), tr("%n file(s) uploaded", "", uploaded), QString::number(kept));
    if (result->draft) {
        text += QLatin1Char(' ') + tr("The release is still a draft.");
    }
    if (!result->htmlUrl.isEmpty()) {
        text += QStringLiteral(" <a href=\"%1\">%2</a>").arg(result->htmlUrl.toHtmlEscaped(), tr("Open the release"));
    }
    m_result->setText(text);
    m_result->show();
    m_session->setPublishedRelease({ result->tagName, m_providerTarget.describe(), result->htmlUrl, m_cli->command(),
        result->draft, int(uploaded), int(kept) });
    log(tr("Published %1: %2 uploaded, %3 kept.").arg(result->tagName).arg(uploaded).arg(kept));
    setButtonText(QWizard::CommitButton, tr("Next ▸"));
    setBusy(false, tr("Published."));
    emit publishFinished(true);
}

void PublishPage::cancel()
{
    m_cancelled = true;
    if (m_runner) {
        m_status->setText(tr("Cancelling…"));
        m_runner->cancel();
        return;
    }
    if (m_planner) {
        m_planner->cancel();
    }
}

} // namespace rd::ui
