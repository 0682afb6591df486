#include "VersionTagPage.h"

#include "ReleaseSession.h"
#include "git/Git.h"
#include "tag/TagOperations.h"
#include "tag/TagPreflight.h"
#include "widgets/Background.h"
#include "widgets/ChecklistView.h"
#include "widgets/PlanView.h"
#include "widgets/ScrollingBody.h"
#include "widgets/Tone.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace rd::ui {

VersionTagPage::VersionTagPage(ReleaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_version(new QLabel(this))
    , m_tag(new QLabel(this))
    , m_badge(new QLabel(tr("pre-release"), this))
    , m_override(new QLineEdit(this))
    , m_sources(new QTreeWidget(this))
    , m_warnings(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
    , m_stamp(new QPushButton(tr("Stamp and commit"), this))
    , m_message(new QLineEdit(this))
    , m_push(new QCheckBox(tr("Push the tag to the remote"), this))
    , m_preflight(new ChecklistView(this))
    , m_plan(new PlanView(this))
    , m_error(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("versionTagPage"));
    setTitle(tr("Version & tag"));
    setSubTitle(tr("One version drives the tag, the files, the asset names and the pre-release flag."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create tag ▸"));

    QFont big = m_version->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_version->setObjectName(QStringLiteral("resolvedVersionLabel"));
    m_version->setFont(big);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tag->setObjectName(QStringLiteral("resolvedTagLabel"));
    m_tag->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setObjectName(QStringLiteral("prereleaseBadge"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #b26a00; color: white; border-radius: 8px; padding: 1px 8px; }"));
    m_badge->hide();
    m_override->setObjectName(QStringLiteral("versionOverrideEdit"));
    m_override->setAccessibleName(tr("Version to release"));
    m_override->setPlaceholderText(tr("Another version or tag (optional), e.g. 0.8.0rc1 or v0.8.0-rc.1"));
    m_override->setClearButtonEnabled(true);

    m_sources->setObjectName(QStringLiteral("versionSourcesView"));
    m_sources->setAccessibleName(tr("Where the version comes from"));
    m_sources->setColumnCount(3);
    m_sources->setHeaderLabels({ tr("Source"), tr("Value"), tr("") });
    m_sources->setRootIsDecorated(false);
    m_sources->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sources->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_sources->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Tall enough for every source of the chain (five, and a header) without a scroll bar.
    m_sources->setMinimumHeight(m_sources->fontMetrics().height() * 9 + 16);
    m_sources->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_warnings->setObjectName(QStringLiteral("versionWarnings"));
    m_warnings->setWordWrap(true);
    setTone(m_warnings, Tone::Warning);
    m_warnings->hide();

    m_diff->setObjectName(QStringLiteral("stampDiffView"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setMaximumHeight(120);
    m_stamp->setObjectName(QStringLiteral("stampButton"));
    m_stamp->setToolTip(tr("Write the version into the files shown and commit them, so the tag matches them."));
    m_message->setObjectName(QStringLiteral("tagMessageEdit"));
    m_push->setObjectName(QStringLiteral("pushTagCheck"));
    m_push->setChecked(true);
    m_preflight->setObjectName(QStringLiteral("tagPreflightView"));
    m_preflight->setAccessibleName(tr("Tag preflight checks"));
    m_preflight->setMinimumHeight(120);
    m_plan->setObjectName(QStringLiteral("versionPlanView"));
    m_plan->setAccessibleName(tr("The tagging plan"));
    m_plan->setMinimumHeight(90);
    m_error->setObjectName(QStringLiteral("versionError"));
    m_error->setWordWrap(true);
    setTone(m_error, Tone::Error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_status->setObjectName(QStringLiteral("versionStatus"));

    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Resolved version"), this));
    head->addWidget(m_version);
    head->addSpacing(12);
    head->addWidget(new QLabel(tr("tag"), this));
    head->addWidget(m_tag);
    head->addWidget(m_badge);
    head->addStretch(1);

    auto *bumps = new QHBoxLayout;
    bumps->addWidget(m_override, 1);
    const QList<std::pair<QString, QString>> parts { { QStringLiteral("major"), tr("Major") },
        { QStringLiteral("minor"), tr("Minor") }, { QStringLiteral("patch"), tr("Patch") },
        { QStringLiteral("alpha"), tr("Alpha") }, { QStringLiteral("beta"), tr("Beta") }, { QStringLiteral("rc"), tr("RC") },
        { QStringLiteral("final"), tr("Final") } };
    for (const auto &[part, label] : parts) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("bump_") + part);
        button->setToolTip(tr("Use the next %1 version").arg(part));
        connect(button, &QPushButton::clicked, this, [this, part] { bump(part); });
        bumps->addWidget(button);
        m_bumpButtons << button;
    }

    auto *sourcesBox = new QGroupBox(tr("Sources"), this);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->addWidget(m_sources);
    sourcesLayout->addWidget(m_warnings);

    auto *stampBox = new QGroupBox(tr("Files to stamp"), this);
    auto *stampLayout = new QVBoxLayout(stampBox);
    stampLayout->addWidget(m_diff);
    auto *stampRow = new QHBoxLayout;
    stampRow->addStretch(1);
    stampRow->addWidget(m_stamp);
    stampLayout->addLayout(stampRow);

    auto *tagBox = new QGroupBox(tr("Tag"), this);
    auto *tagForm = new QFormLayout(tagBox);
    tagForm->addRow(tr("Message"), m_message);
    tagForm->addRow(QString(), m_push);
    m_tagLater = new QCheckBox(tr("Do not tag now: the tag exists, or I tag &later or elsewhere"), this);
    m_tagLater->setObjectName(QStringLiteral("tagLaterCheck"));
    m_tagLater->setToolTip(tr("Go on to the notes, the build and the upload for this version without creating the tag here."));
    connect(m_tagLater, &QCheckBox::toggled, this, [this](bool later) {
        setButtonText(QWizard::CommitButton, later ? tr("Next ▸") : tr("Create tag ▸"));
        emit completeChanged();
    });
    tagForm->addRow(QString(), m_tagLater);
    tagForm->addRow(tr("Preflight"), m_preflight);
    tagForm->addRow(tr("Plan"), m_plan);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(head);
    layout->addLayout(bumps);
    layout->addWidget(m_error);
    layout->addWidget(sourcesBox);
    layout->addWidget(stampBox);
    layout->addWidget(tagBox);
    layout->addWidget(m_status);
    QScrollArea *scroll = scrollingBody(content, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_override, &QLineEdit::returnPressed, this, &VersionTagPage::refresh);
    connect(m_push, &QCheckBox::toggled, this, &VersionTagPage::refresh);
    connect(m_message, &QLineEdit::editingFinished, this, &VersionTagPage::refresh);
    connect(m_stamp, &QPushButton::clicked, this, &VersionTagPage::stampAndCommit);
}

void VersionTagPage::initializePage()
{
    m_tagCreated = false;
    m_override->clear();
    m_message->clear();
    refresh();
}

bool VersionTagPage::isComplete() const
{
    if (!m_busy && m_tagLater->isChecked() && m_analysis && m_analysis->resolution) {
        return true;
    }
    if (m_busy || !m_analysis || !m_analysis->plan) {
        return false;
    }
    return m_tagCreated || checklistPassed(m_analysis->preflight);
}

void VersionTagPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_status->setText(busy ? what : QString());
    for (QPushButton *button : std::as_const(m_bumpButtons)) {
        button->setEnabled(!busy);
    }
    m_override->setEnabled(!busy);
    m_stamp->setEnabled(!busy && m_analysis && m_analysis->stamp && m_analysis->stamp->hasChanges());
    emit busyChanged(busy);
    emit completeChanged();
}

void VersionTagPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

VersionTagPage::Analysis VersionTagPage::analyse(
    const PythonProject &project, const QString &explicitVersion, const QString &message, bool push)
{
    Analysis analysis;
    VersionResolver resolver(project);
    resolver.setExplicitVersion(explicitVersion);
    analysis.resolution = resolver.resolve();
    if (!analysis.resolution) {
        return analysis;
    }
    const VersionResolution &resolution = *analysis.resolution;
    if (auto stamp = VersionStamp::plan(project, resolution.version)) {
        analysis.stamp = *stamp;
    } else {
        analysis.stampError = stamp.error();
    }
    auto request = TagRequest::forProject(project, resolution.tag.isEmpty() ? resolution.version.toString() : resolution.tag);
    if (!request) {
        analysis.requestError = request.error();
        return analysis;
    }
    if (!message.trimmed().isEmpty()) {
        request->message = message.trimmed();
    }
    request->push = push;
    analysis.request = *request;
    analysis.preflight = TagPreflight(project).run(*request);
    if (auto plan = TagOperations(project.rootDir).planCreate(*request)) {
        analysis.plan = *plan;
    } else {
        analysis.planError = plan.error();
    }
    return analysis;
}

void VersionTagPage::refresh()
{
    if (!m_session->hasProject() || m_tagCreated) {
        return;
    }
    setBusy(true, tr("Reading the version sources and checking the repository…"));
    showError({});
    const int generation = ++m_generation;
    const PythonProject project = m_session->project();
    const QString explicitVersion = m_override->text().trimmed();
    const QString message = m_message->text();
    const bool push = m_push->isChecked();
    runInBackground<Analysis>(
        this, [=] { return analyse(project, explicitVersion, message, push); },
        [this, generation](Analysis analysis) {
            if (generation != m_generation) {
                return;
            }
            m_analysis = std::move(analysis);
            showAnalysis(*m_analysis);
            setBusy(false);
        });
}

void VersionTagPage::showAnalysis(const Analysis &analysis)
{
    m_sources->clear();
    if (!analysis.resolution) {
        m_version->setText(QStringLiteral("—"));
        m_tag->setText(QStringLiteral("—"));
        m_badge->hide();
        showError(analysis.resolution.error().toString());
        m_diff->clear();
        m_preflight->setItems({});
        m_plan->setPlan({});
        return;
    }
    const VersionResolution &resolution = *analysis.resolution;
    m_version->setText(resolution.version.toString());
    m_tag->setText(resolution.tag.isEmpty() ? tr("(none)") : resolution.tag);
    m_badge->setVisible(resolution.prerelease);
    for (const VersionSource &source : resolution.sources) {
        auto *row = new QTreeWidgetItem(m_sources);
        row->setText(0, source.name);
        QString value;
        if (source.hasValue()) {
            value
                = source.raw == source.normalized() ? source.raw : QStringLiteral("%1 → %2").arg(source.raw, source.normalized());
        } else {
            value = source.skipReason.isEmpty() ? QStringLiteral("—") : source.skipReason;
        }
        row->setText(1, value);
        row->setToolTip(1, source.origin);
        row->setText(2, source.winner ? tr("← wins") : QString());
        if (!source.hasValue()) {
            row->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (source.winner) {
            QFont bold = row->font(0);
            bold.setBold(true);
            row->setFont(0, bold);
            row->setFont(1, bold);
            row->setFont(2, bold);
        }
    }
    m_warnings->setText(resolution.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!resolution.warnings.isEmpty());

    if (analysis.stamp) {
        const QString diff = analysis.stamp->diff();
        QStringList text;
        text << (diff.isEmpty() ? tr("All files already say %1.").arg(analysis.stamp->version) : diff);
        text << analysis.stamp->notes;
        m_diff->setPlainText(text.join(QLatin1Char('\n')).trimmed());
    } else if (analysis.stampError) {
        m_diff->setPlainText(analysis.stampError->toString());
    }
    QStringList errors;
    if (analysis.requestError) {
        errors << analysis.requestError->toString();
    }
    if (analysis.planError) {
        errors << analysis.planError->toString();
    }
    showError(errors.join(QLatin1Char('\n')));
    if (analysis.request && m_message->text().isEmpty()) {
        m_message->setPlaceholderText(analysis.request->message);
    }
    m_preflight->setItems(analysis.preflight);
    m_plan->setPlan(analysis.plan.value_or(Plan {}));
}

void VersionTagPage::bump(const QString &part)
{
    if (!m_analysis || !m_analysis->resolution) {
        return;
    }
    const Version current = m_analysis->resolution->version;
    Result<Version> next = std::unexpected(Error {});
    if (part == QStringLiteral("major")) {
        next = current.nextMajor();
    } else if (part == QStringLiteral("minor")) {
        next = current.nextMinor();
    } else if (part == QStringLiteral("patch")) {
        next = current.nextPatch();
    } else if (part == QStringLiteral("alpha")) {
        next = current.nextAlpha();
    } else if (part == QStringLiteral("beta")) {
        next = current.nextBeta();
    } else if (part == QStringLiteral("rc")) {
        next = current.nextRc();
    } else {
        next = current.promote();
    }
    if (!next) {
        showError(next.error().toString());
        return;
    }
    m_override->setText(next->toString());
    refresh();
}

void VersionTagPage::stampAndCommit()
{
    if (!m_analysis || !m_analysis->stamp || !m_analysis->stamp->hasChanges()) {
        return;
    }
    setBusy(true, tr("Stamping %1…").arg(m_analysis->stamp->version));
    const StampPlan stamp = *m_analysis->stamp;
    const QString dir = m_session->project().rootDir;
    emit m_session->logLine(QStringLiteral("stamp"), stamp.toText());
    // The stamp, the commit and reading the project again (git, three times) all on the worker.
    struct Stamped
    {
        Status committed;
        std::optional<PythonProject> reloaded;
    };
    runInBackground<Stamped>(
        this,
        [stamp, dir]() -> Stamped {
            if (auto applied = VersionStamp::apply(stamp); !applied) {
                return { applied, {} };
            }
            QStringList files;
            for (const StampedFile &file : stamp.files) {
                if (file.changed()) {
                    files << file.path;
                }
            }
            const Git git(dir);
            if (auto added = git.run(QStringList { QStringLiteral("add"), QStringLiteral("--") } + files); !added) {
                return { std::unexpected(added.error()), {} };
            }
            if (auto committed
                = git.run({ QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("Release %1").arg(stamp.version) });
                !committed) {
                return { std::unexpected(committed.error()), {} };
            }
            // The files changed on disk: the project read again, so every page sees them.
            auto reloaded = loadPythonProject(dir);
            return { {}, reloaded ? std::optional<PythonProject>(*reloaded) : std::nullopt };
        },
        [this, dir](Stamped done) {
            setBusy(false);
            if (!done.committed) {
                showError(done.committed.error().toString());
                return;
            }
            emit m_session->logLine(QStringLiteral("git"), tr("Committed the stamped files."));
            if (done.reloaded && m_session->hasProject() && m_session->project().rootDir == dir) {
                m_session->setProject(*done.reloaded);
            }
            refresh();
        });
}

bool VersionTagPage::validatePage()
{
    if (m_tagCreated) {
        return true;
    }
    if (m_tagLater->isChecked() && m_analysis && m_analysis->resolution) {
        // The release goes on with the version's tag; nothing is written to git here.
        const VersionResolution &resolution = *m_analysis->resolution;
        const QString tag = m_analysis->request ? m_analysis->request->tag : resolution.tag;
        m_session->setReleaseTag(tag, resolution.version.toString(), resolution.prerelease, false);
        emit m_session->logLine(QStringLiteral("git"), tr("Going on with %1 without tagging here.").arg(tag));
        return true;
    }
    if (!m_busy && m_analysis && m_analysis->plan) {
        createTag();
    }
    return false; // advances by itself once the tag exists
}

void VersionTagPage::createTag()
{
    setBusy(true, tr("Creating the tag…"));
    const Plan plan = *m_analysis->plan;
    const QString dir = m_session->project().rootDir;
    for (int i = 0; i < plan.actions.size(); ++i) {
        m_plan->setActionState(i, PlanView::ActionState::Running);
    }
    runInBackground<PlanReport>(
        this, [plan, dir] { return TagOperations(dir).run(plan); },
        [this, plan](PlanReport report) {
            for (const QString &line : std::as_const(report.log)) {
                emit m_session->logLine(QStringLiteral("git"), line);
            }
            for (int i = 0; i < plan.actions.size(); ++i) {
                if (i < report.outcomes.size()) {
                    const ActionOutcome &outcome = report.outcomes[i];
                    const bool ok = outcome.state == ActionOutcome::State::Done;
                    m_plan->setActionState(i, ok ? PlanView::ActionState::Done : PlanView::ActionState::Failed, outcome.error);
                } else {
                    m_plan->setActionState(i, PlanView::ActionState::Skipped);
                }
            }
            if (!report.succeeded()) {
                setBusy(false);
                showError(report.error->toString());
                return;
            }
            m_tagCreated = true;
            m_session->setReleaseTag(m_analysis->request->tag, m_analysis->resolution->version.toString(),
                m_analysis->resolution->prerelease, m_analysis->request->push);
            setBusy(false);
            wizard()->next();
        });
}

} // namespace rd::ui
