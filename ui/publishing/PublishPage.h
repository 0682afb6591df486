#pragma once

#include "common/Error.h"
#include "forge/ReleaseInfo.h"
#include "plan/CheckItem.h"
#include "plan/Plan.h"
#include "publishing/ReleaseTarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QGroupBox;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSettings;
class QTreeWidget;
class QTreeWidgetItem;

namespace rd {
class AssetPlan;
class Preflight;
class ReleasePlanRunner;
class ReleaseProvider;
} // namespace rd

namespace rd::ui {

class ServerKindCombo;

class ChecklistView;
class PlanView;
class CommandLineRow;
class ReleaseSession;

// "Publish": the target (server, repository, tag, draft/pre-release), the files to upload, the
// preflight as a checklist and the publish plan, all read before anything is written. "Publish
// release" commits the page (irreversible: Back is disabled afterwards) and runs the plan with a
// progress row per asset (bytes, speed, time left) and an overall bar; Cancel while it runs, the
// reason next to a failed row, Retry (publishing is idempotent: what arrived is skipped). Shows
// the equivalent releasedesk-cli command.
class PublishPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PublishPage(ReleaseSession *session, QWidget *parent = nullptr);
    ~PublishPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Reads the target again, then runs the preflight and builds the plan (reads only).
    void check();
    // Runs the plan shown (or, after a run, plans again and runs): the commit button and Retry.
    void publish();
    void cancel();

    // The target as edited on the page.
    ReleaseTarget target() const;
    QStringList files() const { return m_files; }
    void setFiles(const QStringList &files);

    bool isBusy() const { return m_busy; }
    bool isChecked() const { return m_checked; } // preflight and plan are in
    bool isPublished() const { return m_published; }
    std::optional<Plan> plan() const { return m_plan; }
    QString errorText() const;
    QString cliLine() const;

    // The configured servers (Settings): their release size limit and allowed types apply here.
    void setServerSettings(QSettings *settings) { m_settings = settings; }
    // Writes the server and repository shown here into the project's releasedesk.toml.
    bool saveTargetToProject();

    // Test seam: the retry policy of the providers this page makes (default: the provider's).
    void setRetryPolicy(std::optional<RetryPolicy> policy) { m_retryPolicy = std::move(policy); }

signals:
    void busyChanged(bool busy);
    void checkFinished(bool ok);
    void publishFinished(bool ok);
    // Bytes sent of the whole run, for an overall bar outside the page.
    void overallProgress(qint64 done, qint64 total);
    // "Preview what users will see": the Update Preview on this page's target.
    void updatePreviewRequested(const rd::ui::ReleaseTarget &target);

private:
    struct Transfer
    {
        QTreeWidgetItem *row = nullptr;
        QProgressBar *bar = nullptr;
        QElapsedTimer clock;
        qint64 total = 0;
        double rate = 0; // bytes/s, smoothed
        qint64 lastBytes = 0;
        qint64 lastMs = 0;
    };

    void loadTarget();
    void onTargetEdited();
    void withProvider(std::function<void(ReleaseProvider *)> next);
    void startPlanning(bool runAfter);
    void onPlanned(const Result<Plan> &plan, bool runAfter);
    void run();
    void onActionStarted(int index);
    void onActionFinished(int index, const QString &outcome);
    void onAssetProgress(int index, qint64 done, qint64 total);
    void onRunFinished(const Result<ReleaseInfo> &result);
    void fillTransfers(const Plan &plan);
    void fillFiles();
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &text);
    void updateButtons();
    void updateCliLine();
    void log(const QString &line);
    QString friendly(const Error &error) const;

    ReleaseSession *m_session;
    QSettings *m_settings = nullptr;
    QPushButton *m_saveTarget = nullptr;
    void updateSaveTarget();
    QNetworkAccessManager *m_network;
    // Target.
    ServerKindCombo *m_kind;
    QLineEdit *m_server;
    QLineEdit *m_repository;
    QLabel *m_tag;
    QCheckBox *m_draft;
    QCheckBox *m_prerelease;
    QTreeWidget *m_fileList;
    QPushButton *m_addFiles;
    QPushButton *m_check;
    // Checks and plan.
    ChecklistView *m_preflightView;
    PlanView *m_planView;
    QLabel *m_planNotes;
    // Running.
    QTreeWidget *m_transfers;
    QProgressBar *m_overall;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_result;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    CommandLineRow *m_cli;
    QScrollArea *m_scroll = nullptr;
    QGroupBox *m_progressBox = nullptr;

    QStringList m_files;
    QPointer<ReleaseProvider> m_provider;
    ReleaseTarget m_providerTarget;
    QPointer<Preflight> m_preflight;
    QPointer<AssetPlan> m_planner;
    QPointer<ReleasePlanRunner> m_runner;
    std::optional<Checklist> m_checklist;
    std::optional<Plan> m_plan;
    std::optional<RetryPolicy> m_retryPolicy;
    QHash<int, Transfer> m_rows; // by plan action index
    bool m_planFresh = false; // the plan shown has not been run yet
    bool m_busy = false;
    bool m_checked = false;
    bool m_published = false;
    bool m_cancelled = false;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace rd::ui
