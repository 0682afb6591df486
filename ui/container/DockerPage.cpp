#include "DockerPage.h"

#include "ReleaseSession.h"
#include "docker/DockerImageRun.h"
#include "docker/DockerInit.h"
#include "docker/DockerPlan.h"
#include "docker/RedeployWebhook.h"
#include "secrets/SecretStore.h"
#include "version/Version.h"
#include "widgets/Background.h"
#include "widgets/LogView.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

// The version the image is for: the release's tag once made, else the project's version.
std::optional<std::pair<Version, QString>> imageVersion(const ReleaseSession *session)
{
    if (session->releaseTag()) {
        if (auto version = Version::parse(session->releaseTag()->version)) {
            return std::pair { *version, session->releaseTag()->tag };
        }
    }
    if (auto version = Version::parse(session->version())) {
        return std::pair { *version, QString() };
    }
    return std::nullopt;
}

// What a plan is made from, copied on the GUI thread: the worker never touches the session.
struct PlanInputs
{
    PythonProject project;
    std::optional<std::pair<Version, QString>> version;
    QString registry;
};

PlanInputs planInputs(const ReleaseSession *session, const QString &registry)
{
    return PlanInputs { session->project(), imageVersion(session), registry.trimmed() };
}

Result<DockerPlan> planFor(const PlanInputs &inputs)
{
    if (!inputs.version) {
        return fail(Error::Code::InvalidInput, QObject::tr("The project has no version to tag the image with."),
            QObject::tr("Choose the version on the Version & tag page."));
    }
    DockerImageRequest request;
    request.version = inputs.version->first;
    request.tag = inputs.version->second;
    request.registry = inputs.registry;
    return DockerPlan::make(inputs.project, request);
}

} // namespace

DockerPage::DockerPage(ReleaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_registry(new QLineEdit(this))
    , m_generate(new QPushButton(tr("&Generate Dockerfile…"), this))
    , m_write(new QPushButton(tr("&Write Dockerfile"), this))
    , m_replace(new QCheckBox(tr("Replace my edited Dockerfile"), this))
    , m_diff(new QPlainTextEdit(this))
    , m_plan(new QPlainTextEdit(this))
    , m_build(new QPushButton(tr("&Build image"), this))
    , m_push(new QPushButton(tr("Build and &push"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_webhook(new QPushButton(tr("Call redeploy &webhook"), this))
    , m_progress(new QProgressBar(this))
    , m_log(new LogView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("dockerPage"));
    setTitle(tr("Docker"));
    setSubTitle(tr("The app's container image: tags vX.Y.Z and X.Y.Z, and latest only for a stable version."));
    m_summary->setObjectName(QStringLiteral("dockerSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_registry->setObjectName(QStringLiteral("dockerRegistryEdit"));
    m_registry->setAccessibleName(tr("Registry (HOST/OWNER)"));
    m_generate->setObjectName(QStringLiteral("dockerGenerateButton"));
    m_write->setObjectName(QStringLiteral("dockerWriteButton"));
    m_write->setEnabled(false);
    m_replace->setObjectName(QStringLiteral("dockerReplaceCheck"));
    m_replace->setVisible(false);
    m_diff->setObjectName(QStringLiteral("dockerDiff"));
    m_diff->setAccessibleName(tr("Dockerfile changes"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setPlaceholderText(tr("Generate shows the multi-stage Dockerfile as a diff before anything is written."));
    m_plan->setObjectName(QStringLiteral("dockerPlanView"));
    m_plan->setAccessibleName(tr("The image's commands"));
    m_plan->setReadOnly(true);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_build->setObjectName(QStringLiteral("dockerBuildButton"));
    m_push->setObjectName(QStringLiteral("dockerPushButton"));
    m_cancel->setObjectName(QStringLiteral("dockerCancelButton"));
    m_cancel->setEnabled(false);
    m_webhook->setObjectName(QStringLiteral("dockerWebhookButton"));
    m_progress->setObjectName(QStringLiteral("dockerProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_log->setObjectName(QStringLiteral("dockerLog"));
    m_status->setObjectName(QStringLiteral("dockerStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Registry:"), m_registry);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_generate);
    fileRow->addWidget(m_write);
    fileRow->addWidget(m_replace);
    fileRow->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_build);
    actions->addWidget(m_push);
    actions->addWidget(m_cancel);
    actions->addWidget(m_webhook);
    actions->addWidget(m_progress, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_diff);
    splitter->addWidget(m_plan);
    splitter->addWidget(m_log);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addLayout(fileRow);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_generate, &QPushButton::clicked, this, &DockerPage::showDockerfileDiff);
    connect(m_write, &QPushButton::clicked, this, &DockerPage::writeDockerfile);
    connect(m_registry, &QLineEdit::editingFinished, this, &DockerPage::refreshPlan);
    connect(m_build, &QPushButton::clicked, this, [this] { build(false); });
    connect(m_push, &QPushButton::clicked, this, [this] { build(true); });
    connect(m_cancel, &QPushButton::clicked, this, &DockerPage::cancel);
    connect(m_webhook, &QPushButton::clicked, this, &DockerPage::callWebhook);
}

void DockerPage::initializePage()
{
    m_diff->clear();
    m_write->setEnabled(false);
    m_replace->setVisible(false);
    refreshPlan();
}

bool DockerPage::validatePage()
{
    return !m_busy;
}

QString DockerPage::webhookUrl() const
{
    const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DOCKER_REDEPLOY_WEBHOOK_URL"));
    if (!fromEnvironment.isEmpty() || !m_session->hasProject()) {
        return fromEnvironment;
    }
    return m_session->project().settings.docker.webhookUrl;
}

void DockerPage::showDockerfileDiff()
{
    if (!m_session->hasProject()) {
        return;
    }
    const QList<FileChange> changes = DockerInit::changes(m_session->project());
    QString text;
    bool overwrites = false;
    for (const FileChange &change : changes) {
        const QString diff = change.diff();
        text += diff.isEmpty() ? tr("%1: unchanged\n").arg(change.relativePath) : diff;
        overwrites = overwrites || change.overwrites();
    }
    m_diff->setPlainText(text);
    m_replace->setChecked(false);
    m_replace->setVisible(overwrites);
    const bool anything
        = std::any_of(changes.cbegin(), changes.cend(), [](const FileChange &change) { return change.changed(); });
    m_write->setEnabled(anything);
    m_status->setText(overwrites
            ? tr("Your Dockerfile differs from the generated one (the lines with - are yours): tick "
                 "\"Replace my edited Dockerfile\" to write it anyway.")
            : (anything ? tr("Review the Dockerfile, then write it.") : tr("The Dockerfile is up to date.")));
}

bool DockerPage::writeDockerfile()
{
    if (!m_session->hasProject()) {
        return false;
    }
    const PythonProject project = m_session->project();
    const QList<FileChange> changes = DockerInit::changes(project);
    const bool replace = m_replace->isChecked();
    // Writing the files (fsync) and reading the project again (git) on a worker.
    m_write->setEnabled(false);
    runInBackground<Result<PythonProject>>(
        this,
        [project, changes, replace]() -> Result<PythonProject> {
            if (auto written = DockerInit::apply(project, changes, replace); !written) {
                return std::unexpected(written.error());
            }
            return loadPythonProject(project.rootDir);
        },
        [this, dir = project.rootDir](Result<PythonProject> reloaded) {
            if (!reloaded) {
                m_status->setText(reloaded.error().message + QLatin1Char(' ') + reloaded.error().hint);
                m_write->setEnabled(true);
                emit dockerfileWritten(false);
                return;
            }
            if (m_session->hasProject() && m_session->project().rootDir == dir) {
                m_session->setProject(*reloaded); // [docker] enabled = true now
            }
            m_replace->setVisible(false);
            m_status->setText(tr("Wrote %1; the whole-release run now builds and pushes the image too.")
                                  .arg(reloaded->settings.docker.dockerfile));
            refreshPlan();
            emit dockerfileWritten(true);
        });
    return true;
}

void DockerPage::refreshPlan()
{
    if (!m_session->hasProject()) {
        m_summary->setText(tr("Open a project first."));
        return;
    }
    runInBackground<Result<DockerPlan>>(
        this, [inputs = planInputs(m_session, m_registry->text())] { return planFor(inputs); },
        [this](Result<DockerPlan> plan) {
            const bool hasDockerfile
                = QFileInfo::exists(QDir(m_session->project().rootDir).filePath(m_session->project().settings.docker.dockerfile));
            if (!plan) {
                m_engineFound = false;
                m_plan->clear();
                m_summary->setText(hasDockerfile ? plan.error().message + QLatin1Char(' ') + plan.error().hint
                                                 : tr("This project has no Dockerfile yet: Generate shows one."));
            } else {
                m_engineFound = plan->engineFound;
                if (m_registry->placeholderText().isEmpty() || m_registry->text().isEmpty()) {
                    m_registry->setPlaceholderText(plan->repository.section(QLatin1Char('/'), 0, -2));
                }
                m_plan->setPlainText(plan->toText());
                m_summary->setText(!plan->dockerfileExists ? tr("Image %1, tags %2. This project has no Dockerfile yet: Generate "
                                                                "shows one; the commands below run once it is written.")
                                                                 .arg(plan->repository, plan->tags.join(QStringLiteral(", ")))
                        : plan->engineFound
                        ? tr("Image %1, tags %2, built with %3.")
                              .arg(plan->repository, plan->tags.join(QStringLiteral(", ")), plan->engine.name)
                        : tr("Image %1, tags %2. No docker or podman here: the commands below are what to run where one is "
                             "installed.")
                              .arg(plan->repository, plan->tags.join(QStringLiteral(", "))));
            }
            m_dockerfileExists = plan && plan->dockerfileExists;
            m_build->setEnabled(!m_busy && m_engineFound && m_dockerfileExists);
            m_push->setEnabled(!m_busy && m_engineFound && m_dockerfileExists);
            m_webhook->setEnabled(!m_busy && !webhookUrl().isEmpty());
            m_webhook->setToolTip(webhookUrl().isEmpty() ? tr("Set DOCKER_REDEPLOY_WEBHOOK_URL or [docker] webhook_url.")
                                                         : RedeployWebhook::displayUrl(webhookUrl()));
        });
}

void DockerPage::setBusy(bool busy)
{
    m_busy = busy;
    m_build->setEnabled(!busy && m_engineFound && m_dockerfileExists);
    m_push->setEnabled(!busy && m_engineFound && m_dockerfileExists);
    m_generate->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_webhook->setEnabled(!busy && !webhookUrl().isEmpty());
    if (busy) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
}

void DockerPage::build(bool push)
{
    if (m_busy || !m_session->hasProject()) {
        return;
    }
    auto start = [this, push](const QString &token) {
        m_control = TaskControl();
        QPointer<DockerPage> self(this);
        m_control.setLogSink([self](const QString &line) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, line] {
                    if (self) {
                        self->m_log->appendLine(QStringLiteral("docker"), line);
                    }
                },
                Qt::QueuedConnection);
        });
        setBusy(true);
        m_status->setText(push ? tr("Building and pushing…") : tr("Building…"));
        const TaskControl control = m_control;
        runInBackground<Result<DockerOutcome>>(
            this,
            [inputs = planInputs(m_session, m_registry->text()), push, token, control]() -> Result<DockerOutcome> {
                auto plan = planFor(inputs);
                if (!plan) {
                    return std::unexpected(plan.error());
                }
                return DockerImageRun::run(
                    *plan, push ? DockerImageRun::Mode::BuildAndPush : DockerImageRun::Mode::Build, token, control);
            },
            [this](Result<DockerOutcome> outcome) {
                setBusy(false);
                if (!outcome) {
                    m_status->setText(tr("✗ %1").arg(outcome.error().message));
                    emit imageFinished(false, outcome.error().message);
                    return;
                }
                QString text = outcome->pushed ? tr("✓ Pushed %1").arg(outcome->pushedReferences.join(QStringLiteral(", ")))
                                               : tr("✓ Built");
                if (!outcome->pushSkipped.isEmpty()) {
                    text += tr(" — ⚠ not pushed: %1").arg(outcome->pushSkipped);
                }
                m_status->setText(text);
                emit imageFinished(true, text);
            });
    };
    if (!push) {
        start(QString());
        return;
    }
    const QString server = m_session->project().settings.serverUrl;
    SecretStore *secrets = m_session->secretStore();
    const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DEPLOY_TOKEN"));
    if (!secrets || server.isEmpty() || !fromEnvironment.isEmpty()) {
        start(fromEnvironment);
        return;
    }
    secrets->tokenFor(server, this, [start](const Result<Secret> &secret) { start(secret ? secret->value : QString()); });
}

void DockerPage::cancel()
{
    m_control.cancel();
    m_status->setText(tr("Cancelling…"));
}

void DockerPage::callWebhook()
{
    const QString url = webhookUrl();
    if (url.isEmpty() || m_busy) {
        return;
    }
    setBusy(true);
    runInBackground<Result<WebhookAnswer>>(
        this, [url] { return RedeployWebhook::post(url); },
        [this, url](Result<WebhookAnswer> answer) {
            setBusy(false);
            m_status->setText(!answer
                    ? tr("✗ %1").arg(answer.error().message)
                    : tr("%1 %2 answered HTTP %3")
                          .arg(answer->success() ? QStringLiteral("✓") : QStringLiteral("✗"), RedeployWebhook::displayUrl(url))
                          .arg(answer->status));
        });
}

} // namespace rd::ui
