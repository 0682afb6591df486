#include "ReleaseWizard.h"

#include "ReleaseSession.h"
#include "buildstep/BuildPage.h"
#include "container/DockerPage.h"
#include "installerstep/InstallerPage.h"
#include "notes/NotesPage.h"
#include "projectstep/ProjectPage.h"
#include "publishing/PublishPage.h"
#include "summary/SummaryPage.h"
#include "versionstep/VersionTagPage.h"
#include "wizard/StepList.h"

#include <QAbstractButton>
#include <QFileInfo>

namespace rd::ui {

ReleaseWizard::ReleaseWizard(ReleaseSession *session, StepList *steps, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_steps(steps)
    , m_projectPage(new ProjectPage(session, this))
{
    setObjectName(QStringLiteral("releaseWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveHelpButton, false);
    setWindowFlags(Qt::Widget);
    setPage(ProjectPageId, m_projectPage);

    const QStringList sequence { tr("Project"), tr("Version & tag"), tr("Release notes"), tr("Build"), tr("Installer"),
        tr("Publish"), tr("Docker"), tr("Summary") };
    for (const QString &step : sequence) {
        m_steps->addStep(step, true);
    }
    connect(this, &QWizard::currentIdChanged, this, &ReleaseWizard::updateSteps);
    connect(m_steps, &StepList::stepActivated, this, &ReleaseWizard::goToStep);
    // What is done follows the session (a build, a tag, a published release), not page visits.
    connect(session, &ReleaseSession::projectChanged, this, &ReleaseWizard::updateSteps);
    connect(session, &ReleaseSession::artifactsChanged, this, &ReleaseWizard::updateSteps);
    connect(session, &ReleaseSession::runReset, this, [this] {
        m_publishFailed = false;
        updateSteps();
    });
    updateSteps();
}

void ReleaseWizard::ensurePages()
{
    if (hasAllPages()) {
        return;
    }
    m_versionPage = new VersionTagPage(m_session, this);
    m_notesPage = new NotesPage(m_session, this);
    m_buildPage = new BuildPage(m_session, this);
    m_installerPage = new InstallerPage(m_session, this);
    m_publishPage = new PublishPage(m_session, this);
    m_dockerPage = new DockerPage(m_session, this);
    setPage(VersionPageId, m_versionPage);
    setPage(NotesPageId, m_notesPage);
    setPage(BuildPageId, m_buildPage);
    setPage(InstallerPageId, m_installerPage);
    setPage(PublishPageId, m_publishPage);
    setPage(DockerPageId, m_dockerPage);
    setPage(SummaryPageId, new SummaryPage(m_session, this));
    // A publish that failed shows on its step until it is retried.
    connect(m_publishPage, &PublishPage::publishFinished, this, [this](bool ok) {
        m_publishFailed = !ok;
        updateSteps();
    });
    updateSteps();
    emit pagesCreated();
}

VersionTagPage *ReleaseWizard::versionPage()
{
    ensurePages();
    return m_versionPage;
}

NotesPage *ReleaseWizard::notesPage()
{
    ensurePages();
    return m_notesPage;
}

BuildPage *ReleaseWizard::buildPage()
{
    ensurePages();
    return m_buildPage;
}

InstallerPage *ReleaseWizard::installerPage()
{
    ensurePages();
    return m_installerPage;
}

PublishPage *ReleaseWizard::publishPage()
{
    ensurePages();
    return m_publishPage;
}

DockerPage *ReleaseWizard::dockerPage()
{
    ensurePages();
    return m_dockerPage;
}

int ReleaseWizard::nextId() const
{
    if (!hasAllPages() && currentId() == ProjectPageId) {
        return VersionPageId;
    }
    return QWizard::nextId();
}

bool ReleaseWizard::validateCurrentPage()
{
    ensurePages();
    return QWizard::validateCurrentPage();
}

bool ReleaseWizard::isStepDone(int step) const
{
    if (!m_session->hasProject()) {
        return false;
    }
    switch (step) {
    case ProjectPageId: return true;
    case VersionPageId: return m_session->releaseTag().has_value();
    case NotesPageId: return !m_session->releaseNotes().trimmed().isEmpty();
    case BuildPageId: return !m_session->buildOutputs().isEmpty();
    case InstallerPageId: return !m_session->installerPath().isEmpty();
    case PublishPageId: return m_session->publishedRelease().has_value();
    case SummaryPageId: return m_session->publishedRelease().has_value();
    default: return false;
    }
}

bool ReleaseWizard::isStepCurrent(int step) const
{
    QStringList files;
    if (step == BuildPageId) {
        files = m_session->buildOutputs();
    } else if (step == InstallerPageId && !m_session->installerPath().isEmpty()) {
        files << m_session->installerPath();
    } else {
        return true;
    }
    const QStringList expected = m_session->expectedAssetNames();
    return std::all_of(files.cbegin(), files.cend(), [&expected](const QString &file) {
        return QFileInfo::exists(file) && (expected.isEmpty() || expected.contains(QFileInfo(file).fileName()));
    });
}

void ReleaseWizard::goToStep(int step)
{
    ensurePages();
    if (!page(step) || step == currentId()) {
        return;
    }
    // Back stops at a commit page: what was committed (a pushed tag) stays done.
    while (currentId() > step && currentId() != -1 && button(QWizard::BackButton)->isEnabled()) {
        back();
    }
    while (currentId() < step && currentId() != -1) {
        QWizardPage *here = currentPage();
        if (here->isCommitPage() && !isStepDone(currentId())) {
            break; // e.g. "Create tag": the user decides on that page, never by a click in the list
        }
        const int before = currentId();
        next();
        if (currentId() == before) {
            break; // the page said no (work still running)
        }
    }
}

void ReleaseWizard::updateSteps()
{
    const QList<int> visited = visitedIds();
    m_steps->setFreeNavigation(m_session->hasProject());
    for (int page = 0; page < m_steps->count(); ++page) {
        StepList::State state = StepList::State::ToDo;
        if (page == PublishPageId && m_publishFailed) {
            state = StepList::State::Failed;
        } else if (page == currentId()) {
            state = StepList::State::Current;
        } else if (isStepDone(page)) {
            state = isStepCurrent(page) ? StepList::State::Done : StepList::State::Outdated;
        } else if (visited.contains(page)) {
            state = StepList::State::Skipped;
        }
        m_steps->setState(page, state);
    }
}

} // namespace rd::ui
