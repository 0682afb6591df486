#include "ReleaseRunWindow.h"

#include "ReleaseSession.h"
#include "forge/ReleaseProvider.h"
#include "publishing/ReleaseTarget.h"
#include "release/ReleaseRun.h"
#include "widgets/Background.h"
#include "widgets/Format.h"
#include "widgets/LogView.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

enum Column { StepColumn, WhatColumn, StateColumn, ProgressColumn };

QString stateText(StepState state, const QString &message)
{
    QString mark;
    switch (state) {
    case StepState::Pending: mark = QObject::tr("· waiting"); break;
    case StepState::Running: mark = QObject::tr("▶ running"); break;
    case StepState::Done: mark = QObject::tr("✓ done"); break;
    case StepState::Skipped: mark = QObject::tr("– skipped"); break;
    case StepState::Failed: mark = QObject::tr("✗ failed"); break;
    }
    return message.isEmpty() ? mark : mark + QStringLiteral(": ") + message;
}

} // namespace

ReleaseRunWindow::ReleaseRunWindow(ReleaseSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_network(new QNetworkAccessManager(this))
    , m_header(new QLabel(this))
    , m_windows(new QCheckBox(tr("&Windows"), this))
    , m_linux(new QCheckBox(tr("&Linux"), this))
    , m_installer(new QCheckBox(tr("&Installer"), this))
    , m_tag(new QCheckBox(tr("Create the &tag when missing"), this))
    , m_draftFirst(new QCheckBox(tr("&Draft until complete"), this))
    , m_pythonZip(new QLineEdit(this))
    , m_planButton(new QPushButton(tr("&Plan"), this))
    , m_runButton(new QPushButton(tr("&Run release"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_steps(new QTreeWidget(this))
    , m_overall(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cli(new QLineEdit(this))
    , m_log(new LogView(this))
{
    setObjectName(QStringLiteral("releaseRunWindow"));
    setWindowTitle(tr("Run the whole release"));
    setModal(false);
    resize(980, 680);
    m_header->setObjectName(QStringLiteral("runHeader"));
    m_header->setWordWrap(true);
    m_windows->setObjectName(QStringLiteral("runTargetWindows"));
    m_linux->setObjectName(QStringLiteral("runTargetLinux"));
    m_installer->setObjectName(QStringLiteral("runInstaller"));
    m_tag->setObjectName(QStringLiteral("runCreateTag"));
    m_draftFirst->setObjectName(QStringLiteral("runDraftFirst"));
    m_pythonZip->setObjectName(QStringLiteral("runPythonZip"));
    m_pythonZip->setPlaceholderText(tr("embeddable Python zip (default: download python.org's, or [build] python_zip)"));
    m_pythonZip->setAccessibleName(tr("Embeddable Python zip"));
    m_planButton->setObjectName(QStringLiteral("runPlanButton"));
    m_runButton->setObjectName(QStringLiteral("runReleaseButton"));
    m_runButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("runCancelButton"));
    m_steps->setObjectName(QStringLiteral("runSteps"));
    m_steps->setHeaderLabels({ tr("Step"), tr("What"), tr("State"), tr("Progress") });
    m_steps->setRootIsDecorated(false);
    m_steps->setAccessibleName(tr("Steps of the release"));
    m_steps->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setColumnWidth(StateColumn, 260);
    m_steps->setColumnWidth(ProgressColumn, 160);
    m_overall->setObjectName(QStringLiteral("runOverallProgress"));
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cli->setObjectName(QStringLiteral("runCliLine"));
    m_cli->setReadOnly(true);
    m_cli->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cli->setAccessibleName(tr("The same release from the command line"));
    m_log->setObjectName(QStringLiteral("runLog"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Embeddable Python"), QString(), tr("Zip files (*.zip)"));
        if (!file.isEmpty()) {
            m_pythonZip->setText(file);
        }
    });
    auto *options = new QHBoxLayout;
    for (QWidget *widget : { static_cast<QWidget *>(m_windows), static_cast<QWidget *>(m_linux),
             static_cast<QWidget *>(m_installer), static_cast<QWidget *>(m_tag), static_cast<QWidget *>(m_draftFirst) }) {
        options->addWidget(widget);
    }
    options->addStretch(1);
    auto *zipRow = new QHBoxLayout;
    zipRow->addWidget(m_pythonZip, 1);
    zipRow->addWidget(browse);
    // The main actions stay at the top, in view whatever the plan's length.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_overall, 1);
    buttons->addWidget(m_planButton);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(options);
    layout->addLayout(zipRow);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_cli);

    if (m_session->hasProject()) {
        const ProjectSettings &settings = m_session->project().settings;
        m_windows->setChecked(settings.targets.contains(QStringLiteral("windows")));
        m_linux->setChecked(settings.targets.contains(QStringLiteral("linux")));
        m_installer->setChecked(true);
        m_tag->setChecked(true);
        m_draftFirst->setChecked(settings.draftFirst);
        m_pythonZip->setText(settings.build.pythonZip);
        m_header->setText(tr("<b>%1</b> %2 → %3")
                              .arg(m_session->project().displayName().toHtmlEscaped(), m_session->version().toHtmlEscaped(),
                                  ReleaseTarget::fromProject(m_session->project()).describe().toHtmlEscaped()));
    }
    for (QCheckBox *box : { m_windows, m_linux, m_installer, m_tag, m_draftFirst }) {
        connect(box, &QCheckBox::toggled, this, &ReleaseRunWindow::updateCli);
    }
    connect(m_pythonZip, &QLineEdit::textChanged, this, &ReleaseRunWindow::updateCli);
    connect(m_planButton, &QPushButton::clicked, this, &ReleaseRunWindow::plan);
    connect(m_runButton, &QPushButton::clicked, this, &ReleaseRunWindow::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReleaseRunWindow::cancel);
    setBusy(false);
    updateCli();
}

ReleaseRunWindow::~ReleaseRunWindow() = default;

bool ReleaseRunWindow::isBusy() const
{
    return !m_run.isNull();
}

QString ReleaseRunWindow::cliLine() const
{
    return m_cli->text();
}

void ReleaseRunWindow::updateCli()
{
    QStringList parts { QStringLiteral("releasedesk-cli"), QStringLiteral("release"), QStringLiteral("run") };
    if (m_session->hasProject()) {
        parts << QStringLiteral("--project") << shellArgument(m_session->project().rootDir);
    }
    QStringList targets;
    if (m_windows->isChecked()) {
        targets << QStringLiteral("windows");
    }
    if (m_linux->isChecked()) {
        targets << QStringLiteral("linux");
    }
    parts << QStringLiteral("--targets") << targets.join(QLatin1Char(','));
    if (!m_installer->isChecked()) {
        parts << QStringLiteral("--no-installer");
    }
    if (!m_tag->isChecked()) {
        parts << QStringLiteral("--no-tag");
    }
    if (m_draftFirst->isChecked()) {
        parts << QStringLiteral("--draft-first");
    }
    if (!m_pythonZip->text().trimmed().isEmpty()) {
        parts << QStringLiteral("--python-zip") << shellArgument(m_pythonZip->text().trimmed());
    }
    m_cli->setText(parts.join(QLatin1Char(' ')));
}

void ReleaseRunWindow::setBusy(bool busy)
{
    const bool ready = m_session->hasProject() && (m_windows->isChecked() || m_linux->isChecked());
    m_planButton->setEnabled(!busy && ready);
    m_runButton->setEnabled(!busy && ready);
    m_cancelButton->setEnabled(busy);
    for (QWidget *widget :
        { static_cast<QWidget *>(m_windows), static_cast<QWidget *>(m_linux), static_cast<QWidget *>(m_installer),
            static_cast<QWidget *>(m_tag), static_cast<QWidget *>(m_draftFirst), static_cast<QWidget *>(m_pythonZip) }) {
        widget->setEnabled(!busy);
    }
}

void ReleaseRunWindow::plan()
{
    start(true);
}

void ReleaseRunWindow::run()
{
    start(false);
}

void ReleaseRunWindow::cancel()
{
    if (m_run) {
        m_status->setText(tr("Cancelling…"));
        m_run->cancel();
    }
}

void ReleaseRunWindow::start(bool dryRun)
{
    if (!m_session->hasProject() || m_run) {
        return;
    }
    setBusy(true);
    m_status->setText(tr("Connecting to %1…").arg(ReleaseTarget::fromProject(m_session->project()).describe()));
    m_overall->setValue(0);
    const ReleaseTarget target = ReleaseTarget::fromProject(m_session->project());
    openProvider(
        target, m_session->secretStore(), m_network, this, std::nullopt,
        [this, dryRun, target](const Result<ReleaseProvider *> &provider) {
            if (!provider) {
                m_status->setText(provider.error().toString());
                setBusy(false);
                emit dryRun ? planned(false) : finishedRun(false);
                return;
            }
            if (m_provider) {
                m_provider->deleteLater();
            }
            m_provider = *provider;
            ReleaseRequest request;
            request.projectDir = m_session->project().rootDir;
            if (m_session->releaseTag()) {
                request.version = m_session->releaseTag()->version;
            }
            QStringList targets;
            if (m_windows->isChecked()) {
                targets << QStringLiteral("windows");
            }
            if (m_linux->isChecked()) {
                targets << QStringLiteral("linux");
            }
            request.targets = targets;
            request.installer = m_installer->isChecked();
            request.createTag = m_tag->isChecked();
            request.draftFirst = m_draftFirst->isChecked();
            request.pythonZip = m_pythonZip->text().trimmed();
            request.dryRun = dryRun;
            // Here a Windows build that cannot get its embeddable Python (offline) is skipped, said
            // so in its row, and the rest of the release goes on.
            request.skipUnavailableTargets = true;
            if (target.kind != ServerKind::Local) {
                request.serverUrl = target.url;
                request.repository = target.repository;
            }
            auto *run = new ReleaseRun(request, m_provider, this);
            m_run = run;
            m_bars.clear();
            connect(run, &ReleaseRun::planReady, this, &ReleaseRunWindow::showPlan);
            connect(run, &ReleaseRun::stepStarted, this, [this](const QString &id, const QString &) {
                if (QTreeWidgetItem *row = rowOf(id)) {
                    row->setText(StateColumn, stateText(StepState::Running, {}));
                    m_steps->scrollToItem(row);
                }
            });
            connect(
                run, &ReleaseRun::stepProgress, this, [this](const QString &id, qint64 done, qint64 total, const QString &text) {
                    QProgressBar *bar = m_bars.value(id);
                    if (bar && total > 0) {
                        bar->setRange(0, 1000);
                        bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
                        bar->setToolTip(text);
                    }
                });
            connect(run, &ReleaseRun::stepFinished, this, [this](const QString &id, StepState state, const QString &message) {
                if (QTreeWidgetItem *row = rowOf(id)) {
                    row->setText(StateColumn, stateText(state, message));
                    row->setToolTip(StateColumn, message);
                }
                if (QProgressBar *bar = m_bars.value(id); bar && (state == StepState::Done || state == StepState::Skipped)) {
                    bar->setRange(0, 1000);
                    bar->setValue(1000);
                }
            });
            connect(run, &ReleaseRun::progress, this, [this](qint64 done, qint64 total, const QString &) {
                m_overall->setValue(total > 0 ? int(done * 1000 / total) : 0);
            });
            connect(run, &ReleaseRun::logLine, this, [this](const QString &id, const QString &line) {
                m_log->appendLine(id.isEmpty() ? QStringLiteral("run") : id, line);
                emit m_session->logLine(id.isEmpty() ? QStringLiteral("release") : id, line);
            });
            connect(run, &ReleaseRun::finished, this,
                [this, dryRun](const Result<ReleaseOutcome> &result) { onFinished(result, dryRun); });
            m_status->setText(dryRun ? tr("Planning (reading the project, git and the server; nothing is written)…")
                                     : tr("Running the release…"));
            // Building the plan reads git and files: off the GUI thread, then the run starts here.
            QPointer<ReleaseRun> guard(run);
            runInBackground<Result<ReleasePlan>>(
                this, [guard] { return guard ? guard->plan() : Result<ReleasePlan>(std::unexpected(Error {})); },
                [guard](Result<ReleasePlan>) {
                    if (guard) {
                        guard->start();
                    }
                });
        },
        [this](const QString &line) { m_log->appendLine(QStringLiteral("server"), line); });
}

void ReleaseRunWindow::showPlan(const ReleasePlan &plan)
{
    m_steps->clear();
    m_bars.clear();
    for (const ReleaseStep &step : plan.steps) {
        auto *row = new QTreeWidgetItem(m_steps);
        row->setText(StepColumn, step.id);
        row->setData(StepColumn, Qt::UserRole, step.id);
        QStringList effects = step.commands;
        for (const PlanRequest &request : step.requests) {
            effects << request.text();
        }
        for (const QString &file : step.produces) {
            effects << tr("→ %1 (%2)").arg(file, step.reproducible ? tr("reproducible") : tr("not reproducible"));
        }
        row->setText(WhatColumn, step.description);
        row->setToolTip(WhatColumn, effects.join(QLatin1Char('\n')));
        row->setText(StateColumn, stateText(step.state, step.message));
        auto *bar = new QProgressBar(m_steps);
        bar->setRange(0, 1000);
        bar->setValue(step.isFinished() ? 1000 : 0);
        bar->setTextVisible(false);
        bar->setMaximumHeight(14);
        m_steps->setItemWidget(row, ProgressColumn, bar);
        m_bars.insert(step.id, bar);
    }
    for (const QString &note : plan.notes) {
        m_log->appendLine(QStringLiteral("plan"), note);
    }
    m_header->setText(tr("<b>%1</b> %2 → %3<br>Files in %4")
                          .arg(plan.app.toHtmlEscaped(), plan.tag.toHtmlEscaped(), plan.server.toHtmlEscaped(),
                              QDir::toNativeSeparators(plan.outDir).toHtmlEscaped()));
}

QTreeWidgetItem *ReleaseRunWindow::rowOf(const QString &id) const
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        if (m_steps->topLevelItem(i)->data(StepColumn, Qt::UserRole).toString() == id) {
            return m_steps->topLevelItem(i);
        }
    }
    return nullptr;
}

void ReleaseRunWindow::onFinished(const Result<ReleaseOutcome> &result, bool dryRun)
{
    if (m_run) {
        m_run->deleteLater();
    }
    m_run.clear();
    setBusy(false);
    if (!result) {
        m_status->setText(result.error().toString());
        m_log->appendLine(QStringLiteral("run"), result.error().toString());
        emit dryRun ? planned(false) : finishedRun(false);
        return;
    }
    if (dryRun) {
        m_status->setText(
            tr("The plan: %n step(s). Nothing was written; Run release carries it out.", "", int(result->plan.steps.size())));
        emit planned(true);
        return;
    }
    m_overall->setValue(1000);
    QStringList files;
    for (const ReleaseStep &step : result->plan.steps) {
        if (step.kind == StepKind::Upload) {
            files << QFileInfo(step.target).fileName();
        }
    }
    m_status->setText(result->changedNothing
            ? tr("Nothing changed: %1 was already complete on the server.").arg(result->plan.tag)
            : tr("Released %1: %n file(s) and SHA256SUMS on the release.", "", int(files.size())).arg(result->plan.tag));
    if (m_session->hasProject()) {
        QStringList outputs;
        QString installer;
        for (const ReleaseStep &step : result->plan.steps) {
            for (const StepFile &file : step.outputs) {
                if (step.kind == StepKind::Build) {
                    outputs << file.path;
                } else if (step.kind == StepKind::Installer) {
                    installer = file.path;
                }
            }
        }
        m_session->setBuildOutputs(outputs);
        m_session->setInstallerPath(installer);
        m_session->setPublishedRelease({ result->plan.tag, result->plan.server, result->release.htmlUrl, cliLine(),
            result->release.draft, int(files.size()), 0 });
    }
    emit finishedRun(true);
}

} // namespace rd::ui
