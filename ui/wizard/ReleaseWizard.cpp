#include "ReleaseWizard.h"

#include "ReleaseSession.h"
#include "build/BuildPage.h"
#include "installer/InstallerPage.h"
#include "project/ProjectPage.h"
#include "publish/PublishPage.h"
#include "summary/SummaryPage.h"
#include "version/VersionTagPage.h"
#include "wizard/StepList.h"

#include <QAbstractButton>

namespace rd::ui {

ReleaseWizard::ReleaseWizard(ReleaseSession *session, StepList *steps, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_steps(steps)
    , m_projectPage(new ProjectPage(session, this))
    , m_versionPage(new VersionTagPage(session, this))
    , m_buildPage(new BuildPage(session, this))
    , m_installerPage(new InstallerPage(session, this))
    , m_publishPage(new PublishPage(session, this))
{
    setObjectName(QStringLiteral("releaseWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton, true);
    setOption(QWizard::HaveHelpButton, false);
    setWindowFlags(Qt::Widget);
    setPage(ProjectPageId, m_projectPage);
    setPage(VersionPageId, m_versionPage);
    setPage(BuildPageId, m_buildPage);
    setPage(InstallerPageId, m_installerPage);
    setPage(PublishPageId, m_publishPage);
    setPage(SummaryPageId, new SummaryPage(session, this));

    // The full sequence from the design; a step whose page has not arrived yet is shown as unavailable.
    const QStringList sequence { tr("Project"), tr("Version & tag"), tr("Release notes"), tr("Build"), tr("Installer"),
        tr("Publish"), tr("Docker"), tr("Summary") };
    for (int step = 0; step < sequence.size(); ++step) {
        m_steps->addStep(sequence[step], page(step) != nullptr);
    }
    connect(this, &QWizard::currentIdChanged, this, &ReleaseWizard::updateSteps);
    connect(m_steps, &StepList::stepActivated, this, [this](int step) {
        // Back stops at a commit page: what was committed (a pushed tag) stays done.
        while (currentId() > step && currentId() != -1 && button(QWizard::BackButton)->isEnabled()) {
            back();
        }
    });
    // A publish that failed shows on its step until it is retried.
    connect(m_publishPage, &PublishPage::publishFinished, this,
        [this](bool ok) { m_steps->setState(PublishPageId, ok ? StepList::State::Current : StepList::State::Failed); });
    updateSteps();
}

void ReleaseWizard::updateSteps()
{
    const QList<int> visited = visitedIds();
    for (int page : pageIds()) {
        StepList::State state = StepList::State::ToDo;
        if (page == currentId()) {
            state = StepList::State::Current;
        } else if (visited.contains(page)) {
            state = StepList::State::Done;
        }
        m_steps->setState(page, state);
    }
}

} // namespace rd::ui
