#pragma once

#include <QWizard>

namespace rd::ui {

class BuildPage;
class InstallerPage;
class ProjectPage;
class PublishPage;
class VersionTagPage;
class ReleaseSession;
class StepList;

// The release wizard: Project → Version & tag → Release notes → Build → Installer → Publish →
// Docker → Summary. Pages are added as the engine grows; the step list shows all of them.
class ReleaseWizard final : public QWizard
{
    Q_OBJECT

public:
    // Page ids follow the step list's rows, so QWizard's default order is the release order.
    enum PageId {
        ProjectPageId = 0,
        VersionPageId = 1,
        NotesPageId = 2,
        BuildPageId = 3,
        InstallerPageId = 4,
        PublishPageId = 5,
        DockerPageId = 6,
        SummaryPageId = 7
    };

    ReleaseWizard(ReleaseSession *session, StepList *steps, QWidget *parent = nullptr);

    ProjectPage *projectPage() const { return m_projectPage; }
    VersionTagPage *versionPage() const { return m_versionPage; }
    BuildPage *buildPage() const { return m_buildPage; }
    InstallerPage *installerPage() const { return m_installerPage; }
    PublishPage *publishPage() const { return m_publishPage; }

private:
    void updateSteps();

    ReleaseSession *m_session;
    StepList *m_steps;
    ProjectPage *m_projectPage;
    VersionTagPage *m_versionPage;
    BuildPage *m_buildPage;
    InstallerPage *m_installerPage;
    PublishPage *m_publishPage;
};

} // namespace rd::ui
