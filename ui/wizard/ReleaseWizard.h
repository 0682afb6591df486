#pragma once

#include <QWizard>

namespace rd::ui {

class BuildPage;
class InstallerPage;
class NotesPage;
class ProjectPage;
class PublishPage;
class DockerPage;
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
    NotesPage *notesPage() const { return m_notesPage; }
    BuildPage *buildPage() const { return m_buildPage; }
    InstallerPage *installerPage() const { return m_installerPage; }
    PublishPage *publishPage() const { return m_publishPage; }
    DockerPage *dockerPage() const { return m_dockerPage; }

    // Goes to a step: back through the history, or forward through pages that let it (a page with
    // an irreversible action that is not done, such as creating the tag, stops the way).
    void goToStep(int step);
    // Whether a step's work is done for the open project (not merely visited).
    bool isStepDone(int step) const;
    // Whether a done step's files are still this release's: named for its version and on disk.
    bool isStepCurrent(int step) const;

private:
    void updateSteps();

    ReleaseSession *m_session;
    StepList *m_steps;
    ProjectPage *m_projectPage;
    VersionTagPage *m_versionPage;
    NotesPage *m_notesPage;
    BuildPage *m_buildPage;
    InstallerPage *m_installerPage;
    PublishPage *m_publishPage;
    DockerPage *m_dockerPage;
    bool m_publishFailed = false;
};

} // namespace rd::ui
