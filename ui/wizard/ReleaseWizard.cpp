#include "ReleaseWizard.h"

#include "ReleaseSession.h"
#include "project/ProjectPage.h"
#include "wizard/StepList.h"

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

    // The full sequence from the design; steps without a page yet are shown as unavailable.
    const QList<std::pair<QString, bool>> sequence {
        { tr("Project"), true },
        { tr("Version & tag"), false },
        { tr("Release notes"), false },
        { tr("Build"), false },
        { tr("Installer"), false },
        { tr("Publish"), false },
        { tr("Docker"), false },
        { tr("Summary"), false },
    };
    for (const auto &[title, available] : sequence) {
        m_steps->addStep(title, available);
    }
    m_stepOfPage = { 0 };
    connect(this, &QWizard::currentIdChanged, this, &ReleaseWizard::updateSteps);
    connect(m_steps, &StepList::stepActivated, this, [this](int step) {
        const int page = int(m_stepOfPage.indexOf(step));
        while (currentId() > page && currentId() != -1) {
            back();
        }
    });
    updateSteps();
}

void ReleaseWizard::updateSteps()
{
    const QList<int> visited = visitedIds();
    for (int page = 0; page < m_stepOfPage.size(); ++page) {
        StepList::State state = StepList::State::ToDo;
        if (page == currentId()) {
            state = StepList::State::Current;
        } else if (visited.contains(page)) {
            state = StepList::State::Done;
        }
        m_steps->setState(m_stepOfPage[page], state);
    }
}

} // namespace rd::ui
