#include "ProjectHealthDialog.h"

#include "ReleaseSession.h"
#include "forge/ReleaseProvider.h"
#include "publishing/ReleaseTarget.h"
#include "widgets/Background.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::ui {

ProjectHealthDialog::ProjectHealthDialog(ReleaseSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QPlainTextEdit(this))
    , m_fix(new QPushButton(tr("&Apply fix"), this))
    , m_recheck(new QPushButton(tr("Check a&gain"), this))
    , m_status(new QLabel(this))
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("projectHealthDialog"));
    setWindowTitle(tr("Project health"));
    resize(900, 560);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("healthList"));
    m_list->setAccessibleName(tr("Readiness checklist"));
    m_list->setHeaderHidden(true);
    m_list->setColumnCount(1);
    m_list->setRootIsDecorated(false);
    m_detail->setObjectName(QStringLiteral("healthDetail"));
    m_detail->setAccessibleName(tr("What is wrong and its fix"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_fix->setObjectName(QStringLiteral("healthFixButton"));
    m_fix->setEnabled(false);
    m_recheck->setObjectName(QStringLiteral("healthRecheckButton"));
    m_status->setObjectName(QStringLiteral("healthStatus"));
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 420, 680 });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_fix, QDialogButtonBox::ActionRole);
    buttons->addButton(m_recheck, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProjectHealthDialog::showItem);
    connect(m_fix, &QPushButton::clicked, this, &ProjectHealthDialog::applySelectedFix);
    connect(m_recheck, &QPushButton::clicked, this, &ProjectHealthDialog::recheck);
    recheck();
}

void ProjectHealthDialog::recheck()
{
    if (!m_session->hasProject()) {
        m_summary->setText(tr("Open a project first."));
        return;
    }
    m_recheck->setEnabled(false);
    const QString dir = m_session->project().rootDir;
    runInBackground<QList<HealthItem>>(
        this,
        [dir]() -> QList<HealthItem> {
            ProjectLoadOptions options;
            options.createSettingsIfMissing = false;
            auto project = loadPythonProject(dir, options);
            return project ? ProjectHealth::check(*project) : QList<HealthItem> {};
        },
        [this, generation = ++m_generation](QList<HealthItem> items) {
            if (generation != m_generation) {
                return;
            }
            fill(items);
            checkServer(generation);
        });
}

void ProjectHealthDialog::fill(const QList<HealthItem> &items)
{
    m_recheck->setEnabled(true);
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_items = items;
    m_list->clear();
    int failing = 0;
    for (const HealthItem &item : std::as_const(m_items)) {
        auto *row = new QTreeWidgetItem(m_list);
        // ✓ holds, ✗ required and missing, – recommended and missing.
        row->setText(
            0, (item.ok ? QStringLiteral("✓ ") : (item.required ? QStringLiteral("✗ ") : QStringLiteral("– "))) + item.title);
        row->setToolTip(0, item.ok ? tr("ok") : (item.required ? tr("missing (required)") : tr("missing (recommended)")));
        row->setData(0, Qt::UserRole, item.id);
        failing += (!item.ok && item.required) ? 1 : 0;
        if (item.id == selected) {
            m_list->setCurrentItem(row);
        }
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_summary->setText(failing == 0 ? tr("Ready: every required item holds.")
                                    : tr("%n required item(s) missing: select one to see its fix.", nullptr, failing));
    emit checked();
}

void ProjectHealthDialog::checkServer(int generation)
{
    const ReleaseTarget target = ReleaseTarget::fromProject(m_session->project());
    if (target.kind == ServerKind::Local || !target.isValid()) {
        return; // a local store has no Actions; no server set: the settings item says so
    }
    openProvider(target, m_session->secretStore(), m_network, this, std::nullopt,
        [this, generation, target](const Result<ReleaseProvider *> &provider) {
            if (generation != m_generation) {
                return;
            }
            if (!provider) {
                QList<HealthItem> items = m_items;
                items << ProjectHealth::serverItem(std::unexpected(provider.error()), target.url, target.repository);
                fill(items);
                return;
            }
            (*provider)->repositoryInfo(
                this, [this, generation, target, provider = *provider](const Result<RepositoryInfo> &info) {
                    provider->deleteLater();
                    if (generation != m_generation) {
                        return;
                    }
                    QList<HealthItem> items = m_items;
                    items << ProjectHealth::serverItem(info, target.url, target.repository);
                    fill(items);
                });
        });
}

void ProjectHealthDialog::showItem()
{
    const QString id = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    auto it = std::find_if(m_items.cbegin(), m_items.cend(), [&id](const HealthItem &item) { return item.id == id; });
    if (it == m_items.cend()) {
        m_detail->clear();
        m_fix->setEnabled(false);
        return;
    }
    QString text = it->ok ? tr("✓ %1\n").arg(it->title) : tr("%1\n\nFix: %2\n").arg(it->problem, it->fixText);
    if (!it->ok && !it->fixCommand.isEmpty()) {
        text += tr("Command: %1\n").arg(it->fixCommand);
    }
    for (const FileChange &change : it->fixFiles) {
        text += QLatin1Char('\n') + change.diff();
    }
    m_detail->setPlainText(text);
    m_fix->setEnabled(!it->ok && !it->fixFiles.isEmpty());
}

bool ProjectHealthDialog::applySelectedFix()
{
    const QString id = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    auto it = std::find_if(m_items.cbegin(), m_items.cend(), [&id](const HealthItem &item) { return item.id == id; });
    if (it == m_items.cend() || it->fixFiles.isEmpty()) {
        return false;
    }
    // Writing the fix (fsync) and reading the project again (git) on a worker.
    const QList<FileChange> changes = it->fixFiles;
    const QString title = it->title;
    const QString dir = m_session->project().rootDir;
    m_fix->setEnabled(false);
    runInBackground<Result<PythonProject>>(
        this,
        [changes, dir]() -> Result<PythonProject> {
            if (auto written = applyFileChanges(changes, false); !written) {
                return std::unexpected(written.error());
            }
            return loadPythonProject(dir);
        },
        [this, title, dir](Result<PythonProject> reloaded) {
            if (!reloaded) {
                m_status->setText(tr("✗ %1 %2").arg(reloaded.error().message, reloaded.error().hint));
                m_fix->setEnabled(true);
                return;
            }
            m_status->setText(tr("✓ Fixed: %1").arg(title));
            if (m_session->hasProject() && m_session->project().rootDir == dir) {
                m_session->setProject(*reloaded);
            }
            recheck();
        });
    return true;
}

} // namespace rd::ui
