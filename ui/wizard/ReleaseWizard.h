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
// Docker → Summary. Only the Project page is made before the window first paints (cold start);
// the others follow right after it, or earlier when anything asks for them.
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
    // These create the later pages if they are not there yet.
    VersionTagPage *versionPage();
    NotesPage *notesPage();
    BuildPage *buildPage();
    InstallerPage *installerPage();
    PublishPage *publishPage();
    DockerPage *dockerPage();

    // Makes the pages after the Project page (once); pagesCreated() follows.
    void ensurePages();
    bool hasAllPages() const { return m_versionPage != nullptr; }

    // Goes to a step: back through the history, or forward through pages that let it (a page with
    // an irreversible action that is not done, such as creating the tag, stops the way).
    void goToStep(int step);
    // Whether a step's work is done for the open project (not merely visited).
    bool isStepDone(int step) const;
    // Whether a done step's files are still this release's: named for its version and on disk.
    bool isStepCurrent(int step) const;

signals:
    void pagesCreated();

protected:
    // Until the later pages exist, the Project page still leads to "Version & tag" (so the
    // button reads Next), and going there creates them.
    int nextId() const override;
    bool validateCurrentPage() override;

private:
    void updateSteps();

    ReleaseSession *m_session;
    StepList *m_steps;
    ProjectPage *m_projectPage;
    VersionTagPage *m_versionPage = nullptr;
    NotesPage *m_notesPage = nullptr;
    BuildPage *m_buildPage = nullptr;
    InstallerPage *m_installerPage = nullptr;
    PublishPage *m_publishPage = nullptr;
    DockerPage *m_dockerPage = nullptr;
    bool m_publishFailed = false;
};

} // namespace rd::ui
