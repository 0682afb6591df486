#pragma once

#include "forge/ReleaseProvider.h"
#include "plan/Plan.h"
#include "publish/PublishOptions.h"

#include <QObject>
#include <QPointer>

namespace rd {

class AssetPlan;
class ReleasePlanRunner;

// What a publish run did.
struct PublishResult
{
    Plan plan;
    bool executed = false; // false for a dry run
    ReleaseInfo release; // as it is afterwards (or as found, for a dry run)
    QStringList warnings; // e.g. "the release existed and was reused"
    int uploaded = 0;
    int skipped = 0;
    bool operator==(const PublishResult &) const = default;
};

// Test support: publishes files to a release: AssetPlan builds the plan (planReady() shows it),
// then, unless this is a dry run, ReleasePlanRunner carries it out with parallel uploads. The
// product drives AssetPlan and ReleasePlanRunner itself (Publish page, `release upload`) or runs
// the whole release with ReleaseRun; the tests use this to exercise the two together.
class Publisher final : public QObject
{
    Q_OBJECT

public:
    Publisher(ReleaseProvider *provider, PublishOptions options, QObject *parent = nullptr);

    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    void start();
    void cancel();

signals:
    void planReady(const rd::Plan &plan);
    void actionStarted(int index, const QString &description);
    void actionFinished(int index, const QString &outcome);
    void assetProgress(int index, qint64 done, qint64 total, const QString &text);
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::PublishResult> &result);

private:
    void run(const Plan &plan);
    void finish(const Result<PublishResult> &result);

    QPointer<ReleaseProvider> m_provider;
    PublishOptions m_options;
    bool m_dryRun = false;
    QPointer<AssetPlan> m_planner;
    QPointer<ReleasePlanRunner> m_runner;
    PublishResult m_result;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
