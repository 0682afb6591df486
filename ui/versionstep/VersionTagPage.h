#pragma once

#include "plan/CheckItem.h"
#include "plan/Plan.h"
#include "tag/TagRequest.h"
#include "versioning/VersionResolver.h"
#include "versioning/VersionStamp.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace rd::ui {

class ChecklistView;
class PlanView;
class ReleaseSession;

// "Version & tag": the resolution chain with each source's value, the resolved version and its
// tag, a pre-release badge, bump buttons, the files to stamp with a diff, the tag preflight and
// the git commands to run. "Create tag" commits the page: Back is disabled once the tag exists.
class VersionTagPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit VersionTagPage(ReleaseSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Re-reads everything for the version typed in the override field (empty: the chain decides).
    void refresh();
    bool isBusy() const { return m_busy; }
    bool tagCreated() const { return m_tagCreated; }

signals:
    void busyChanged(bool busy);

private:
    struct Analysis
    {
        Result<VersionResolution> resolution = std::unexpected(Error {});
        std::optional<StampPlan> stamp;
        std::optional<Error> stampError;
        std::optional<TagRequest> request;
        std::optional<Error> requestError;
        Checklist preflight;
        std::optional<Plan> plan;
        std::optional<Error> planError;
    };

    static Analysis analyse(const PythonProject &project, const QString &explicitVersion, const QString &message, bool push);
    void showAnalysis(const Analysis &analysis);
    void bump(const QString &part);
    void stampAndCommit();
    void createTag();
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &text);

    ReleaseSession *m_session;
    QLabel *m_version;
    QLabel *m_tag;
    QLabel *m_badge;
    QLineEdit *m_override;
    QTreeWidget *m_sources;
    QLabel *m_warnings;
    QPlainTextEdit *m_diff;
    QPushButton *m_stamp;
    QLineEdit *m_message;
    QCheckBox *m_push;
    QCheckBox *m_tagLater; // go on without creating the tag (it exists, or is made elsewhere or later)
    ChecklistView *m_preflight;
    PlanView *m_plan;
    QLabel *m_error;
    QLabel *m_status;
    QList<QPushButton *> m_bumpButtons;

    std::optional<Analysis> m_analysis;
    bool m_busy = false;
    bool m_tagCreated = false;
    int m_generation = 0;
};

} // namespace rd::ui
