#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "publish/Inspector.h"
#include "publishing/ReleaseTarget.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTextBrowser;
class QTreeWidget;

namespace rd {
class RepairPlanner;
class ReleasePlanRunner;
class ReleaseProvider;
} // namespace rd

namespace rd::ui {

class ServerKindCombo;

class PlanView;
class ReleaseSession;

// The Release Inspector: every release of the target (all pages) with badges (draft,
// pre-release, ⚠ duplicates, ✗ missing, ✗ checksum…) on the left; the selected release on the
// right with its notes rendered, the asset table (duplicate groups highlighted, expected but
// missing files greyed) and the findings. Repair actions (remove duplicates, upload missing or
// differing files of the local build, fix SHA256SUMS, publish a draft, delete the release) first
// fill a plan; "Apply" runs it with progress and Cancel, then the release is inspected again.
// Works on the project's server or on any server typed in.
class InspectorWindow final : public QWidget
{
    Q_OBJECT

public:
    InspectorWindow(ReleaseSession *session, QSettings *settings, QWidget *parent = nullptr);
    ~InspectorWindow() override;

    // Fills the target (and the local build folder) from the open project.
    void loadFromProject();
    void setTarget(const ReleaseTarget &target);
    ReleaseTarget target() const;
    // The local build folder of one release (its tag): compared with that release only.
    void setLocalFolder(const QString &folder, const QString &tag);

    // Lists and inspects every release again (reads only).
    void refresh();
    // Inspects one release in depth (its SHA256SUMS, the local build folder) and shows it.
    void selectRelease(const QString &tag);
    void planRepair();
    void planDelete();
    void apply();
    void cancel();

    bool isBusy() const { return m_busy; }
    QString selectedTag() const { return m_selectedTag; }
    const InspectReport &releases() const { return m_reports; }
    std::optional<ReleaseReport> selectedReport() const { return m_selected; }
    std::optional<Plan> plan() const { return m_plan; }
    QString errorText() const;
    // The badges shown for a release ("draft", "⚠ duplicates"...).
    static QStringList badges(const ReleaseReport &report);

    // Test seam: the retry policy of the providers this window makes.
    void setRetryPolicy(std::optional<RetryPolicy> policy) { m_retryPolicy = std::move(policy); }

signals:
    void busyChanged(bool busy);
    void refreshed(bool ok);
    void releaseShown(const QString &tag);
    void planReady(bool ok);
    void applied(bool ok);

private:
    // The asset rows the user selected that the build folder has (what "re-upload" is limited to).
    QStringList selectedLocalAssets() const;
    void withProvider(std::function<void(ReleaseProvider *)> next);
    InspectOptions inspectOptions(const QString &tag) const;
    void showReleases();
    void showRelease(const ReleaseReport &report);
    void clearDetail();
    void plannedRepair(const Result<Plan> &plan);
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &text);
    void updateButtons();
    void log(const QString &line);

    ReleaseSession *m_session;
    QSettings *m_settings;
    QNetworkAccessManager *m_network;
    // Target.
    ServerKindCombo *m_kind;
    QComboBox *m_server;
    QLineEdit *m_repository;
    QLineEdit *m_localFolder;
    QLineEdit *m_localTag;
    QCheckBox *m_readSums;
    QCheckBox *m_deep;
    QPushButton *m_refresh;
    // Releases and the selected one.
    QTreeWidget *m_releaseList;
    QLabel *m_title;
    QTextBrowser *m_notes;
    QPlainTextEdit *m_notesEdit;
    QTreeWidget *m_assets;
    QTreeWidget *m_findings;
    // Actions.
    QCheckBox *m_removeDuplicates;
    QCheckBox *m_reupload;
    QCheckBox *m_fixChecksums;
    QCheckBox *m_removeLeftovers;
    QCheckBox *m_publishDraft;
    QCheckBox *m_editNotes;
    QPushButton *m_planRepair;
    QPushButton *m_planDelete;
    PlanView *m_planView;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;

    QPointer<ReleaseProvider> m_provider;
    ReleaseTarget m_providerTarget;
    QPointer<Inspector> m_inspector;
    QPointer<RepairPlanner> m_planner;
    QPointer<ReleasePlanRunner> m_runner;
    InspectReport m_reports;
    std::optional<ReleaseReport> m_selected;
    QString m_selectedTag;
    std::optional<Plan> m_plan;
    std::optional<RetryPolicy> m_retryPolicy;
    bool m_busy = false;
    bool m_cancelled = false;
    int m_generation = 0;
};

} // namespace rd::ui
