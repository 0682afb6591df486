#pragma once

#include "forge/ReleaseProvider.h"
#include "plan/Plan.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace rd {

class AssetSync;

// Runs a release plan (built by AssetPlan or RepairPlan) against a provider, action by action,
// stopping at the first failure. Consecutive uploads run in parallel (default 2); any other
// action waits for them. What each action does is PlanAction::data["op"], with its details
// in the same object (the requests in the action are what the user saw):
//   create-release  {spec}          create; a Conflict means it exists: fetch it by tag, warn, reuse it;
//                                   after a network error or 5xx: look the tag up before creating again
//   edit-release    {release_id, edit}
//   publish-release {release_id}    draft -> published
//   delete-release  {release_id}
//   upload-asset    {release_id, file, name, size}       AssetSync: replace without a gap
//   upload-sums     {release_id, name, content}          the same, from generated text
//   delete-asset    {release_id, asset_id, name}         404 counts as done
//   rename-asset    {release_id, asset_id, new_name}
//   verify          {release_id, expected:[{name,size}]} each name exactly once with that size
//   skip, note      nothing (shown in the plan, done at once)
// release_id 0 (or absent) means the release the plan's create-release made (or found), else the
// release of the plan's "tag" (Plan::data).
class ReleasePlanRunner final : public QObject
{
    Q_OBJECT

public:
    ReleasePlanRunner(ReleaseProvider *provider, Plan plan, QObject *parent = nullptr);
    ~ReleasePlanRunner() override;

    void setParallelUploads(int count) { m_parallel = std::max(1, count); }
    void start();
    void cancel();

    const Plan &plan() const { return m_plan; }
    QStringList warnings() const { return m_warnings; }
    // The plan's release as last seen (after the run: as created/published).
    ReleaseInfo release() const { return m_current; }

signals:
    void actionStarted(int index, const QString &description);
    void actionFinished(int index, const QString &outcome); // empty outcome = done
    void assetProgress(int index, qint64 done, qint64 total, const QString &text);
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::ReleaseInfo> &result);

private:
    void pump();
    void startAction(int index);
    void completeAction(int index, const Status &status, const QString &outcome = {});
    void withRelease(const PlanAction &action, std::function<void(const ReleaseInfo &)> next, int index);
    void createRelease(int index, const ReleaseSpec &spec, int attempt);
    void runUpload(
        int index, const ReleaseInfo &release, const QString &file, const QString &name, qint64 size, const QString &sha256);
    void emitProgress();
    void finish(const Result<ReleaseInfo> &result);
    static bool isUpload(const PlanAction &action);

    QPointer<ReleaseProvider> m_provider;
    Plan m_plan;
    int m_parallel = 2;
    int m_next = 0;
    int m_running = 0;
    int m_completed = 0;
    bool m_failed = false;
    bool m_cancelled = false;
    bool m_done = false;
    Error m_error;
    ReleaseInfo m_current;
    QHash<qint64, ReleaseInfo> m_releases;
    QHash<int, qint64> m_bytesDone;
    qint64 m_bytesTotal = 0;
    QList<QPointer<AssetSync>> m_syncs;
    QStringList m_warnings;
    std::unique_ptr<QTemporaryDir> m_temp;
};

} // namespace rd
