#pragma once

#include <QWizard>

namespace rd::ui {

class ProjectPage;
class ReleaseSession;
class StepList;

// The release wizard: Project → Version & tag → Release notes → Build → Installer → Publish →
// Docker → Summary. Pages are added as the engine grows; the step list shows all of them.
class ReleaseWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ProjectPageId = 0 };

    ReleaseWizard(ReleaseSession *session, StepList *steps, QWidget *parent = nullptr);

    ProjectPage *projectPage() const { return m_projectPage; }

private:
    void updateSteps();

    ReleaseSession *m_session;
    StepList *m_steps;
    ProjectPage *m_projectPage;
    QList<int> m_stepOfPage; // page id → row in the step list
};

} // namespace rd::ui
