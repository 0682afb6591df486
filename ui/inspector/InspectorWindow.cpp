#include "InspectorWindow.h"

#include "ReleaseSession.h"
#include "forge/ReleaseProvider.h"
#include "publish/ReleasePlanRunner.h"
#include "publish/RepairPlan.h"
#include "publish/Sha256Sums.h"
#include "widgets/PlanView.h"
#include "widgets/ServerKindCombo.h"
#include "widgets/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

enum ReleaseColumn { TagColumn, DateColumn, BadgeColumn };
enum AssetColumn { NameColumn, SizeColumn, DownloadsColumn, CreatedColumn, GroupColumn, StatusColumn };

const QColor problemColor(0xc6, 0x28, 0x28);
const QColor warningColor(0xb2, 0x6a, 0x00);
const QColor okColor(0x2e, 0x7d, 0x32);
// Duplicate groups take turns between two highlight colours, so neighbouring groups stay apart.
const QColor groupColors[] = { QColor(0xff, 0xe0, 0xb2), QColor(0xff, 0xcc, 0xbc) };

bool has(const ReleaseReport &report, Finding::Kind kind)
{
    for (const Finding &finding : report.findings) {
        if (finding.kind == kind) {
            return true;
        }
    }
    return false;
}

QString dateText(const ReleaseInfo &release)
{
    const QDateTime when = release.publishedAt.isValid() ? release.publishedAt : release.createdAt;
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

InspectorWindow::InspectorWindow(ReleaseSession *session, QSettings *settings, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_kind(new ServerKindCombo(ServerKindCombo::Local::Offered, this))
    , m_server(new QComboBox(this))
    , m_repository(new QLineEdit(this))
    , m_localFolder(new QLineEdit(this))
    , m_localTag(new QLineEdit(this))
    , m_readSums(new QCheckBox(tr("Read each release's SHA256SUMS"), this))
    , m_deep(new QCheckBox(tr("Download and hash every asset"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_releaseList(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_notes(new QTextBrowser(this))
    , m_notesEdit(new QPlainTextEdit(this))
    , m_assets(new QTreeWidget(this))
    , m_findings(new QTreeWidget(this))
    , m_removeDuplicates(new QCheckBox(tr("Remove duplicates (keep the copy matching the build or SHA256SUMS)"), this))
    , m_reupload(new QCheckBox(tr("Upload missing or differing files from the build folder"), this))
    , m_fixChecksums(new QCheckBox(tr("Fix SHA256SUMS"), this))
    , m_removeLeftovers(new QCheckBox(tr("Remove leftovers of interrupted uploads"), this))
    , m_publishDraft(new QCheckBox(tr("Publish the draft"), this))
    , m_editNotes(new QCheckBox(tr("Replace the release notes"), this))
    , m_planRepair(new QPushButton(tr("Plan repair"), this))
    , m_planDelete(new QPushButton(tr("Plan deleting the release…"), this))
    , m_planView(new PlanView(this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("inspectorWindow"));
    setWindowTitle(tr("Release Inspector"));
    resize(1150, 760);

    m_kind->setObjectName(QStringLiteral("inspectorKindCombo"));
    m_server->setObjectName(QStringLiteral("inspectorServerCombo"));
    m_server->setAccessibleName(tr("Server"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setMinimumContentsLength(30);
    m_server->lineEdit()->setPlaceholderText(tr("https://gitea.example.com (a folder for the local store)"));
    if (m_settings) {
        for (const ServerConfig &server : ServerRegistry(m_settings).servers()) {
            m_server->addItem(server.url, serverKindName(server.kind));
        }
    }
    m_server->setCurrentIndex(-1);
    m_repository->setObjectName(QStringLiteral("inspectorRepoEdit"));
    m_repository->setAccessibleName(tr("Repository"));
    m_repository->setPlaceholderText(tr("owner/name"));
    m_localFolder->setObjectName(QStringLiteral("inspectorLocalFolderEdit"));
    m_localFolder->setAccessibleName(tr("Local build folder"));
    m_localFolder->setPlaceholderText(tr("Build folder of one release: its files are expected there and compared"));
    m_localFolder->setClearButtonEnabled(true);
    m_localTag->setObjectName(QStringLiteral("inspectorLocalTagEdit"));
    m_localTag->setAccessibleName(tr("Release of the local build folder"));
    m_localTag->setPlaceholderText(tr("tag"));
    m_localTag->setToolTip(tr("The release the build folder belongs to; other releases are not compared with it."));
    m_localTag->setMaximumWidth(120);
    m_readSums->setObjectName(QStringLiteral("inspectorReadSumsCheck"));
    m_readSums->setChecked(true);
    m_deep->setObjectName(QStringLiteral("inspectorDeepCheck"));
    m_deep->setToolTip(tr("Finds assets whose bytes differ from SHA256SUMS or from their listed size; downloads everything."));
    m_refresh->setObjectName(QStringLiteral("inspectorRefreshButton"));
    m_refresh->setDefault(true);

    m_releaseList->setObjectName(QStringLiteral("inspectorReleaseList"));
    m_releaseList->setAccessibleName(tr("Releases"));
    m_releaseList->setColumnCount(3);
    m_releaseList->setHeaderLabels({ tr("Tag"), tr("Date"), tr("State") });
    m_releaseList->setRootIsDecorated(false);
    m_releaseList->header()->setSectionResizeMode(TagColumn, QHeaderView::ResizeToContents);
    m_releaseList->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_releaseList->header()->setStretchLastSection(true);
    m_releaseList->setMinimumWidth(300);

    m_title->setObjectName(QStringLiteral("inspectorReleaseTitle"));
    m_title->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_title->setOpenExternalLinks(true);
    m_title->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("inspectorNotes"));
    m_notes->setAccessibleName(tr("Release notes"));
    m_notes->setOpenExternalLinks(true);
    m_notesEdit->setObjectName(QStringLiteral("inspectorNotesEdit"));
    m_notesEdit->setAccessibleName(tr("Edit the release notes"));
    m_notesEdit->setPlaceholderText(tr("New release notes (Markdown)"));
    m_notesEdit->hide();
    m_assets->setObjectName(QStringLiteral("inspectorAssetTable"));
    m_assets->setAccessibleName(tr("Files of the release"));
    m_assets->setColumnCount(6);
    m_assets->setHeaderLabels({ tr("Name"), tr("Size"), tr("Downloads"), tr("Created"), tr("Duplicate group"), tr("Check") });
    m_assets->setRootIsDecorated(false);
    for (const int column : { NameColumn, SizeColumn, DownloadsColumn, CreatedColumn, GroupColumn }) {
        m_assets->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_assets->header()->setStretchLastSection(true);
    // Selected rows narrow the re-upload to those files (Ctrl/Shift-click for several).
    m_assets->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_assets, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QStringList chosen = selectedLocalAssets();
        m_reupload->setText(chosen.isEmpty()
                ? tr("Upload missing or differing files from the build folder")
                : tr("Upload the %n selected file(s) from the build folder again", nullptr, int(chosen.size())));
    });
    m_findings->setObjectName(QStringLiteral("inspectorFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setColumnCount(2);
    m_findings->setHeaderLabels({ QString(), tr("Finding") });
    m_findings->setRootIsDecorated(false);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_removeDuplicates->setObjectName(QStringLiteral("inspectorRemoveDuplicatesCheck"));
    m_removeDuplicates->setChecked(true);
    m_reupload->setObjectName(QStringLiteral("inspectorReuploadCheck"));
    m_reupload->setChecked(true);
    m_fixChecksums->setObjectName(QStringLiteral("inspectorFixChecksumsCheck"));
    m_fixChecksums->setChecked(true);
    m_removeLeftovers->setObjectName(QStringLiteral("inspectorRemoveLeftoversCheck"));
    m_removeLeftovers->setChecked(true);
    m_publishDraft->setObjectName(QStringLiteral("inspectorPublishDraftCheck"));
    m_editNotes->setObjectName(QStringLiteral("inspectorEditNotesCheck"));
    m_planRepair->setObjectName(QStringLiteral("inspectorPlanRepairButton"));
    m_planDelete->setObjectName(QStringLiteral("inspectorPlanDeleteButton"));
    m_planView->setObjectName(QStringLiteral("inspectorPlanView"));
    m_planView->setAccessibleName(tr("The repair plan"));
    m_planView->setMinimumHeight(120);
    m_apply->setObjectName(QStringLiteral("inspectorApplyButton"));
    m_apply->setToolTip(tr("Runs the plan above. Deleted assets and releases cannot be brought back."));
    m_cancel->setObjectName(QStringLiteral("inspectorCancelButton"));
    m_cancel->hide();
    m_progress->setObjectName(QStringLiteral("inspectorProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("inspectorError"));
    m_error->setWordWrap(true);
    setTone(m_error, Tone::Error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    // Layout: the target on top, the releases left, the selected release right.
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_kind);
    targetRow->addWidget(m_server, 2);
    targetRow->addWidget(m_repository, 1);
    targetRow->addWidget(m_refresh);
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("inspectorLocalFolderBrowse"));
    auto *localRow = new QHBoxLayout;
    localRow->addWidget(new QLabel(tr("Build folder"), this));
    localRow->addWidget(m_localFolder, 1);
    localRow->addWidget(browse);
    localRow->addWidget(new QLabel(tr("of release"), this));
    localRow->addWidget(m_localTag);
    localRow->addWidget(m_readSums);
    localRow->addWidget(m_deep);

    // The selected release: a vertical splitter, so the user decides what gets the room.
    auto *notesPane = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesPane);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_title);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_notesEdit, 1);
    auto *actionsBox = new QGroupBox(tr("Actions"), this);
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    auto *optionsGrid = new QGridLayout;
    optionsGrid->addWidget(m_removeDuplicates, 0, 0);
    optionsGrid->addWidget(m_reupload, 0, 1);
    optionsGrid->addWidget(m_fixChecksums, 1, 0);
    optionsGrid->addWidget(m_removeLeftovers, 1, 1);
    optionsGrid->addWidget(m_publishDraft, 2, 0);
    optionsGrid->addWidget(m_editNotes, 2, 1);
    actionsLayout->addLayout(optionsGrid);
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_planRepair);
    planButtons->addWidget(m_planDelete);
    planButtons->addStretch(1);
    actionsLayout->addLayout(planButtons);
    actionsLayout->addWidget(m_planView, 1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_status, 1);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_apply);
    actionsLayout->addLayout(runRow);
    auto *detail = new QSplitter(Qt::Vertical, this);
    detail->setObjectName(QStringLiteral("inspectorDetailSplitter"));
    detail->setChildrenCollapsible(false);
    detail->addWidget(notesPane);
    detail->addWidget(m_assets);
    detail->addWidget(m_findings);
    detail->addWidget(actionsBox);
    detail->setStretchFactor(1, 2);
    detail->setStretchFactor(3, 2);
    detail->setSizes({ 110, 230, 90, 330 });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_releaseList);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 430, 720 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetRow);
    layout->addLayout(localRow);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &InspectorWindow::refresh);
    connect(m_server->lineEdit(), &QLineEdit::returnPressed, this, &InspectorWindow::refresh);
    connect(m_repository, &QLineEdit::returnPressed, this, &InspectorWindow::refresh);
    connect(m_server, &QComboBox::activated, this, [this](int index) {
        const int kind = m_kind->findData(m_server->itemData(index));
        if (kind >= 0) {
            m_kind->setCurrentIndex(kind);
        }
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the build folder of the release"));
        if (!dir.isEmpty()) {
            setLocalFolder(dir, m_selectedTag);
        }
    });
    connect(m_releaseList, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_releaseList->selectedItems();
        if (selected.isEmpty() || m_busy) {
            return;
        }
        const QString tag = selected.first()->data(TagColumn, Qt::UserRole).toString();
        if (tag != m_selectedTag || !m_selected) {
            selectRelease(tag);
        }
    });
    connect(m_planRepair, &QPushButton::clicked, this, &InspectorWindow::planRepair);
    connect(m_planDelete, &QPushButton::clicked, this, &InspectorWindow::planDelete);
    connect(m_apply, &QPushButton::clicked, this, &InspectorWindow::apply);
    connect(m_cancel, &QPushButton::clicked, this, &InspectorWindow::cancel);
    // A changed option makes the plan stale.
    connect(m_editNotes, &QCheckBox::toggled, this, [this](bool on) {
        m_notesEdit->setVisible(on);
        m_notes->setVisible(!on);
    });
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_plan && !m_busy) {
            m_plan.reset();
            m_planView->setPlan({});
            updateButtons();
        }
    });
    for (QCheckBox *option : { m_removeDuplicates, m_reupload, m_fixChecksums, m_removeLeftovers, m_publishDraft, m_editNotes }) {
        connect(option, &QCheckBox::toggled, this, [this] {
            m_plan.reset();
            m_planView->setPlan({});
            updateButtons();
        });
    }
    updateButtons();
}

InspectorWindow::~InspectorWindow() = default;

void InspectorWindow::loadFromProject()
{
    if (!m_session || !m_session->hasProject()) {
        return;
    }
    setTarget(ReleaseTarget::fromProject(m_session->project(), m_settings));
    const QStringList assets = m_session->releaseAssets();
    if (const auto &tag = m_session->releaseTag()) {
        m_selectedTag = tag->tag;
        if (!assets.isEmpty()) {
            setLocalFolder(QFileInfo(assets.first()).absolutePath(), tag->tag);
        }
    }
}

void InspectorWindow::setTarget(const ReleaseTarget &target)
{
    m_kind->setKind(target.kind);
    m_server->setEditText(target.url);
    m_repository->setText(target.repository);
}

ReleaseTarget InspectorWindow::target() const
{
    ReleaseTarget target;
    target.kind = m_kind->kind();
    target.url = m_server->currentText().trimmed();
    target.repository = m_repository->text().trimmed();
    return target;
}

void InspectorWindow::setLocalFolder(const QString &folder, const QString &tag)
{
    m_localFolder->setText(folder);
    m_localTag->setText(tag);
}

QString InspectorWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void InspectorWindow::log(const QString &line)
{
    if (m_session) {
        emit m_session->logLine(QStringLiteral("inspector"), line);
    }
}

void InspectorWindow::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void InspectorWindow::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_status->setText(what);
    if (!busy) {
        m_progress->hide();
    }
    updateButtons();
    emit busyChanged(busy);
}

void InspectorWindow::updateButtons()
{
    const bool idle = !m_busy;
    for (QWidget *field : std::initializer_list<QWidget *> { m_kind, m_server, m_repository, m_localFolder, m_localTag,
             m_readSums, m_deep, m_refresh, m_releaseList, m_removeDuplicates, m_reupload, m_fixChecksums, m_removeLeftovers,
             m_editNotes, m_notesEdit }) {
        field->setEnabled(idle);
    }
    m_publishDraft->setEnabled(idle && m_selected && m_selected->release.draft);
    m_planRepair->setEnabled(idle && m_selected.has_value());
    m_planDelete->setEnabled(idle && m_selected.has_value());
    m_apply->setEnabled(idle && m_plan && !m_plan->isEmpty());
    m_cancel->setVisible(m_busy);
}

QStringList InspectorWindow::badges(const ReleaseReport &report)
{
    QStringList out;
    if (report.release.draft) {
        out << tr("draft");
    }
    if (report.release.prerelease) {
        out << tr("pre-release");
    }
    if (has(report, Finding::Kind::DuplicateName)) {
        out << tr("⚠ duplicates");
    }
    if (has(report, Finding::Kind::MissingAsset)) {
        out << tr("✗ missing");
    }
    if (has(report, Finding::Kind::ChecksumMismatch)) {
        out << tr("✗ checksum");
    }
    if (has(report, Finding::Kind::ZeroSize) || has(report, Finding::Kind::SizeMismatch)) {
        out << tr("✗ size");
    }
    if (has(report, Finding::Kind::NoChecksums)) {
        out << tr("⚠ no SHA256SUMS");
    } else if (has(report, Finding::Kind::NotInChecksums) || has(report, Finding::Kind::ChecksumWithoutAsset)) {
        out << tr("⚠ SHA256SUMS incomplete");
    }
    if (has(report, Finding::Kind::LeftoverUpload)) {
        out << tr("⚠ leftover upload");
    }
    if (report.healthy() && !report.release.draft) {
        out << tr("✓");
    }
    return out;
}

// --- reading -----------------------------------------------------------------------------------

void InspectorWindow::withProvider(std::function<void(ReleaseProvider *)> next)
{
    const ReleaseTarget wanted = target();
    if (m_provider && m_providerTarget == wanted) {
        next(m_provider);
        return;
    }
    if (m_provider) {
        m_provider->deleteLater();
        m_provider.clear();
    }
    const int generation = m_generation;
    openProvider(
        wanted, m_session ? m_session->secretStore() : nullptr, m_network, this, m_retryPolicy,
        [this, wanted, generation, next](const Result<ReleaseProvider *> &provider) {
            if (generation != m_generation) {
                if (provider) {
                    (*provider)->deleteLater();
                }
                return;
            }
            if (!provider) {
                showError(provider.error().toString());
                setBusy(false);
                emit refreshed(false);
                return;
            }
            m_provider = *provider;
            m_providerTarget = wanted;
            connect(m_provider, &ReleaseProvider::logLine, this, &InspectorWindow::log);
            next(m_provider);
        },
        [this](const QString &line) { log(line); });
}

InspectOptions InspectorWindow::inspectOptions(const QString &tag) const
{
    InspectOptions options;
    options.tag = tag;
    if (m_session && m_session->hasProject()) {
        const PythonProject &project = m_session->project();
        options.appName = project.displayName();
        options.patterns = project.settings.assetPatterns;
        options.tagPrefix = project.settings.tagPrefix;
    }
    options.readChecksums = m_readSums->isChecked() || !tag.isEmpty();
    options.deep = m_deep->isChecked();
    if (!tag.isEmpty()) {
        const QString folder = m_localFolder->text().trimmed();
        if (!folder.isEmpty() && QFileInfo(folder).isDir() && tag == m_localTag->text().trimmed()) {
            options.localFolder = folder;
        }
    }
    return options;
}

void InspectorWindow::refresh()
{
    if (m_busy) {
        return;
    }
    ++m_generation;
    showError({});
    if (!target().isValid()) {
        showError(target().kind == ServerKind::Local ? tr("Choose the folder of the local release store.")
                                                     : tr("Give the server address and the repository (owner/name)."));
        emit refreshed(false);
        return;
    }
    if (m_provider) {
        m_provider->deleteLater(); // a fresh one reads the token again
        m_provider.clear();
    }
    m_plan.reset();
    m_planView->setPlan({});
    setBusy(true, tr("Reading the releases…"));
    const int generation = m_generation;
    withProvider([this, generation](ReleaseProvider *provider) {
        auto *inspector = new Inspector(provider, inspectOptions({}), this);
        m_inspector = inspector;
        connect(inspector, &Inspector::logLine, this, &InspectorWindow::log);
        connect(inspector, &Inspector::progress, this, [this](qint64, qint64, const QString &text) {
            if (!text.isEmpty()) {
                m_status->setText(text);
            }
        });
        connect(inspector, &Inspector::finished, this, [this, inspector, generation](const Result<InspectReport> &report) {
            inspector->deleteLater();
            if (generation != m_generation) {
                return;
            }
            if (!report) {
                m_reports.clear();
                showReleases();
                clearDetail();
                showError(report.error().toString());
                setBusy(false);
                emit refreshed(false);
                return;
            }
            m_reports = *report;
            showReleases();
            setBusy(false, tr("%n release(s).", nullptr, int(m_reports.size())));
            bool found = false;
            for (const ReleaseReport &release : std::as_const(m_reports)) {
                found |= release.release.tagName == m_selectedTag;
            }
            emit refreshed(true);
            if (found) {
                selectRelease(m_selectedTag);
            } else {
                m_selectedTag.clear();
                clearDetail();
            }
        });
        inspector->start();
    });
}

void InspectorWindow::showReleases()
{
    const QSignalBlocker blocker(m_releaseList);
    m_releaseList->clear();
    for (const ReleaseReport &report : std::as_const(m_reports)) {
        auto *row = new QTreeWidgetItem(m_releaseList);
        row->setText(TagColumn, report.release.tagName);
        row->setData(TagColumn, Qt::UserRole, report.release.tagName);
        row->setText(DateColumn, dateText(report.release));
        row->setText(BadgeColumn, badges(report).join(QStringLiteral("  ")));
        QStringList tips;
        for (const Finding &finding : report.findings) {
            tips << finding.message;
        }
        row->setToolTip(BadgeColumn, tips.join(QLatin1Char('\n')));
        const int problems = report.count(Finding::Severity::Problem);
        const int warnings = report.count(Finding::Severity::Warning);
        row->setForeground(BadgeColumn, problems > 0 ? problemColor : warnings > 0 ? warningColor : okColor);
        if (problems > 0) {
            QFont bold = row->font(TagColumn);
            bold.setBold(true);
            row->setFont(TagColumn, bold);
        }
        if (report.release.tagName == m_selectedTag) {
            row->setSelected(true);
        }
    }
}

void InspectorWindow::selectRelease(const QString &tag)
{
    if (m_busy) {
        return;
    }
    m_selectedTag = tag;
    {
        const QSignalBlocker blocker(m_releaseList);
        for (int i = 0; i < m_releaseList->topLevelItemCount(); ++i) {
            QTreeWidgetItem *row = m_releaseList->topLevelItem(i);
            row->setSelected(row->data(TagColumn, Qt::UserRole).toString() == tag);
        }
    }
    m_plan.reset();
    m_planView->setPlan({});
    showError({});
    setBusy(true, tr("Inspecting %1…").arg(tag));
    const int generation = ++m_generation;
    withProvider([this, generation, tag](ReleaseProvider *provider) {
        auto *inspector = new Inspector(provider, inspectOptions(tag), this);
        m_inspector = inspector;
        connect(inspector, &Inspector::logLine, this, &InspectorWindow::log);
        connect(inspector, &Inspector::finished, this, [this, inspector, generation, tag](const Result<InspectReport> &report) {
            inspector->deleteLater();
            if (generation != m_generation) {
                return;
            }
            if (!report || report->isEmpty()) {
                m_selected.reset();
                clearDetail();
                showError(report ? tr("There is no release for %1 any more.").arg(tag) : report.error().toString());
                setBusy(false);
                emit releaseShown(tag);
                return;
            }
            m_selected = report->first();
            // The list shows what the closer look found.
            for (ReleaseReport &listed : m_reports) {
                if (listed.release.tagName == tag) {
                    listed = *m_selected;
                }
            }
            showReleases();
            showRelease(*m_selected);
            setBusy(false,
                m_selected->healthy() ? tr("%1 looks right.").arg(tag)
                                      : tr("%1: %2, %3.")
                                            .arg(tag, tr("%n problem(s)", nullptr, m_selected->count(Finding::Severity::Problem)),
                                                tr("%n warning(s)", nullptr, m_selected->count(Finding::Severity::Warning))));
            emit releaseShown(tag);
        });
        inspector->start();
    });
}

void InspectorWindow::clearDetail()
{
    m_selected.reset();
    m_title->setText(tr("Choose a release on the left."));
    m_notes->clear();
    m_assets->clear();
    m_findings->clear();
    m_plan.reset();
    m_planView->setPlan({});
    updateButtons();
}

void InspectorWindow::showRelease(const ReleaseReport &report)
{
    const ReleaseInfo &release = report.release;
    QString title = QStringLiteral("<b>%1</b>").arg(release.tagName.toHtmlEscaped());
    if (!release.name.isEmpty() && release.name != release.tagName) {
        title += QStringLiteral(" — ") + release.name.toHtmlEscaped();
    }
    const QStringList marks = badges(report);
    if (!marks.isEmpty()) {
        title += QStringLiteral(" · ") + marks.join(QStringLiteral(" · ")).toHtmlEscaped();
    }
    if (!release.htmlUrl.isEmpty()) {
        title += QStringLiteral(" · <a href=\"%1\">%2</a>").arg(release.htmlUrl.toHtmlEscaped(), tr("open"));
    }
    m_title->setText(title);
    {
        const QSignalBlocker blocker(m_notesEdit);
        m_notesEdit->setPlainText(release.body);
    }
    if (release.body.trimmed().isEmpty()) {
        m_notes->setPlainText(tr("No release notes."));
    } else {
        m_notes->setMarkdown(release.body);
    }

    // Which assets the findings concern, and the duplicate groups.
    QHash<qint64, QStringList> problems;
    QHash<qint64, Finding::Severity> worst;
    for (const Finding &finding : report.findings) {
        for (const qint64 id : finding.assetIds) {
            if (finding.kind == Finding::Kind::DuplicateName) {
                continue; // shown by the group column
            }
            problems[id] << finding.message;
            worst[id] = std::max(worst.value(id, Finding::Severity::Info), finding.severity);
        }
    }
    QHash<QString, int> group;
    QHash<QString, int> counts;
    for (const AssetInfo &asset : release.assets) {
        ++counts[asset.name];
    }
    m_assets->clear();
    for (const AssetInfo &asset : release.assets) {
        auto *row = new QTreeWidgetItem(m_assets);
        row->setText(NameColumn, asset.name);
        row->setData(NameColumn, Qt::UserRole, asset.id);
        row->setText(SizeColumn, formatBytes(asset.size));
        row->setData(SizeColumn, Qt::UserRole, asset.size);
        row->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(DownloadsColumn, QString::number(asset.downloadCount));
        row->setTextAlignment(DownloadsColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(CreatedColumn,
            asset.createdAt.isValid() ? asset.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : QString());
        QString state = QStringLiteral("ok");
        if (counts.value(asset.name) > 1) {
            if (!group.contains(asset.name)) {
                group.insert(asset.name, int(group.size()) + 1);
            }
            const int number = group.value(asset.name);
            row->setText(GroupColumn, tr("group %1 (%2 copies)").arg(number).arg(counts.value(asset.name)));
            for (int column = 0; column < m_assets->columnCount(); ++column) {
                row->setBackground(column, groupColors[(number - 1) % 2]);
            }
            state = QStringLiteral("duplicate");
        }
        if (problems.contains(asset.id)) {
            const QString text = problems.value(asset.id).join(QStringLiteral("; "));
            row->setText(StatusColumn, (worst.value(asset.id) == Finding::Severity::Problem ? tr("✗ ") : tr("⚠ ")) + text);
            row->setToolTip(StatusColumn, text);
            row->setForeground(StatusColumn, worst.value(asset.id) == Finding::Severity::Problem ? problemColor : warningColor);
            if (state == QStringLiteral("ok")) {
                state = QStringLiteral("problem");
            }
        } else if (report.remoteHash.contains(asset.id) || (report.checksumsRead && report.sums.contains(asset.name))) {
            row->setText(StatusColumn, tr("✓"));
            row->setForeground(StatusColumn, okColor);
        }
        row->setData(StatusColumn, Qt::UserRole, state);
    }
    // Expected files the release does not have: greyed rows.
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (const QString &name : report.expected) {
        if (counts.contains(name)) {
            continue;
        }
        auto *row = new QTreeWidgetItem(m_assets);
        row->setText(NameColumn, name);
        row->setData(NameColumn, Qt::UserRole, qint64(0));
        row->setText(SizeColumn, report.local.contains(name) ? formatBytes(report.local.value(name).size) : tr("—"));
        row->setText(StatusColumn, tr("✗ missing"));
        row->setToolTip(StatusColumn,
            report.local.contains(name) ? tr("In the build folder, not on the release") : tr("Expected by the naming patterns"));
        row->setData(StatusColumn, Qt::UserRole, QStringLiteral("missing"));
        for (int column = 0; column < m_assets->columnCount(); ++column) {
            row->setForeground(column, grey);
        }
        QFont italic = row->font(NameColumn);
        italic.setItalic(true);
        row->setFont(NameColumn, italic);
    }

    m_findings->clear();
    for (const Finding &finding : report.findings) {
        auto *row = new QTreeWidgetItem(m_findings);
        const bool problem = finding.severity == Finding::Severity::Problem;
        const bool warning = finding.severity == Finding::Severity::Warning;
        row->setText(0, problem ? tr("✗") : warning ? tr("⚠") : tr("ℹ"));
        row->setForeground(0, problem ? problemColor : warning ? warningColor : palette().color(QPalette::Text));
        row->setText(1, finding.message);
        row->setToolTip(1, finding.message);
        row->setData(1, Qt::UserRole, Finding::kindName(finding.kind));
    }
    if (report.findings.isEmpty()) {
        auto *row = new QTreeWidgetItem(m_findings);
        row->setText(0, tr("✓"));
        row->setForeground(0, okColor);
        row->setText(1, tr("Nothing wrong found."));
    }
    if (!release.draft) {
        m_publishDraft->setChecked(false);
    }
    updateButtons();
}

// --- planning and applying ---------------------------------------------------------------------

QStringList InspectorWindow::selectedLocalAssets() const
{
    QStringList names;
    if (!m_selected) {
        return names;
    }
    for (const QTreeWidgetItem *row : m_assets->selectedItems()) {
        const QString name = row->text(NameColumn);
        if (m_selected->local.contains(name) && !names.contains(name)) {
            names << name;
        }
    }
    return names;
}

void InspectorWindow::planRepair()
{
    if (m_busy || !m_selected) {
        return;
    }
    RepairOptions options;
    options.removeDuplicates = m_removeDuplicates->isChecked();
    options.reupload = m_reupload->isChecked();
    options.reuploadOnly = selectedLocalAssets();
    options.regenerateChecksums = m_fixChecksums->isChecked();
    options.removeLeftovers = m_removeLeftovers->isChecked();
    options.publishDraft = m_publishDraft->isChecked() && m_selected->release.draft;
    if (m_editNotes->isChecked() && m_notesEdit->toPlainText() != m_selected->release.body) {
        options.notes = m_notesEdit->toPlainText();
    }
    showError({});
    setBusy(true, tr("Planning the repair of %1…").arg(m_selectedTag));
    const int generation = ++m_generation;
    const ReleaseReport report = *m_selected;
    withProvider([this, generation, report, options](ReleaseProvider *provider) {
        auto *planner = new RepairPlanner(provider, report, options, this);
        m_planner = planner;
        connect(planner, &RepairPlanner::logLine, this, &InspectorWindow::log);
        connect(planner, &RepairPlanner::finished, this, [this, planner, generation](const Result<Plan> &plan) {
            planner->deleteLater();
            if (generation == m_generation) {
                plannedRepair(plan);
            }
        });
        planner->start();
    });
}

void InspectorWindow::plannedRepair(const Result<Plan> &plan)
{
    if (!plan) {
        m_plan.reset();
        m_planView->setPlan({});
        showError(plan.error().toString());
        setBusy(false);
        emit planReady(false);
        return;
    }
    m_plan = *plan;
    m_planView->setPlan(*plan);
    m_apply->setText(tr("Apply"));
    setBusy(false,
        plan->isEmpty() ? tr("Nothing to repair.")
                        : tr("%n action(s) planned; nothing is written before Apply.", nullptr, int(plan->actions.size())));
    emit planReady(true);
}

void InspectorWindow::planDelete()
{
    if (m_busy || !m_selected) {
        return;
    }
    showError({});
    const ReleaseInfo &release = m_selected->release;
    const int generation = ++m_generation;
    setBusy(true, tr("Planning…"));
    withProvider([this, generation, release](ReleaseProvider *provider) {
        if (generation != m_generation) {
            return;
        }
        // The same plan as `release delete` (core), shown in the window's language.
        Plan plan = deleteReleasePlan(provider, release);
        plan.title = tr("Delete %1 on %2").arg(release.tagName, provider->describe());
        plan.actions.first().description
            = tr("Delete the release %1 and its %n asset(s) (the git tag stays)", nullptr, int(release.assets.size()))
                  .arg(release.tagName);
        m_plan = plan;
        m_planView->setPlan(plan);
        m_apply->setText(tr("Delete release (cannot be undone)"));
        setBusy(false, tr("Nothing is deleted before you press the button."));
        emit planReady(true);
    });
}

void InspectorWindow::apply()
{
    if (m_busy || !m_plan || m_plan->isEmpty()) {
        return;
    }
    const Plan plan = *m_plan;
    const bool deleting = plan.actions.first().data.value(QStringLiteral("op")).toString() == QStringLiteral("delete-release");
    showError({});
    m_cancelled = false;
    m_planView->setPlan(plan);
    m_progress->setValue(0);
    m_progress->show();
    setBusy(true, tr("Applying…"));
    const int generation = ++m_generation;
    withProvider([this, generation, plan, deleting](ReleaseProvider *provider) {
        if (generation != m_generation) {
            return;
        }
        log(plan.title);
        auto *runner = new ReleasePlanRunner(provider, plan, this);
        m_runner = runner;
        connect(runner, &ReleasePlanRunner::logLine, this, &InspectorWindow::log);
        connect(runner, &ReleasePlanRunner::actionStarted, this,
            [this](int index, const QString &) { m_planView->setActionState(index, PlanView::ActionState::Running); });
        connect(runner, &ReleasePlanRunner::actionFinished, this, [this](int index, const QString &outcome) {
            const bool failed = outcome.startsWith(QStringLiteral("failed: "));
            m_planView->setActionState(
                index, failed ? PlanView::ActionState::Failed : PlanView::ActionState::Done, failed ? outcome.mid(8) : QString());
        });
        connect(runner, &ReleasePlanRunner::assetProgress, this,
            [this](int index, qint64 done, qint64 total, const QString &) { m_planView->setActionProgress(index, done, total); });
        connect(runner, &ReleasePlanRunner::progress, this, [this](qint64 done, qint64 total, const QString &text) {
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            m_status->setText(m_cancelled ? tr("Cancelling…") : text);
        });
        connect(runner, &ReleasePlanRunner::finished, this, [this, runner, deleting](const Result<ReleaseInfo> &result) {
            runner->deleteLater();
            m_runner.clear();
            m_plan.reset();
            setBusy(false);
            if (!result) {
                // The plan stays on screen with the failed row; Refresh shows what the server holds now.
                const QString text = result.error().code == Error::Code::Cancelled
                    ? tr("Cancelled. What finished stays done; refresh and plan again to see what is left.")
                    : result.error().toString();
                showError(text);
                log(text);
                emit applied(false);
                return;
            }
            log(tr("Applied: %1").arg(m_planView->plan().title));
            if (deleting) {
                m_selectedTag.clear();
            }
            // Look again: the list and the release show what the server holds now.
            refresh();
            emit applied(true);
        });
        runner->start();
    });
}

void InspectorWindow::cancel()
{
    m_cancelled = true;
    if (m_runner) {
        m_status->setText(tr("Cancelling…"));
        m_runner->cancel();
    } else if (m_inspector) {
        m_inspector->cancel();
    } else if (m_planner) {
        m_planner->cancel();
    }
}

} // namespace rd::ui
