#include "Publisher.h"

#include "publish/AssetPlan.h"
#include "publish/ReleasePlanRunner.h"

#include <QTimer>

namespace rd {

Publisher::Publisher(ReleaseProvider *provider, PublishOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_options(std::move(options))
{ }

void Publisher::start()
{
    m_planner = new AssetPlan(m_provider, m_options, this);
    connect(m_planner, &AssetPlan::logLine, this, &Publisher::logLine);
    connect(m_planner, &AssetPlan::progress, this, &Publisher::progress);
    connect(m_planner, &AssetPlan::finished, this, [this](const Result<Plan> &plan) {
        const ReleaseInfo found = m_planner->release();
        m_planner->deleteLater();
        if (!plan) {
            finish(std::unexpected(plan.error()));
            return;
        }
        m_result.plan = *plan;
        m_result.release = found;
        m_result.warnings = plan->notes;
        for (const PlanAction &action : plan->actions) {
            const QString op = action.data.value(QStringLiteral("op")).toString();
            if (op == QStringLiteral("skip")) {
                ++m_result.skipped;
            } else if (op.startsWith(QStringLiteral("upload-"))) {
                ++m_result.uploaded;
            }
        }
        emit planReady(*plan);
        if (m_dryRun || m_cancelled) {
            if (m_cancelled) {
                finish(fail(Error::Code::Cancelled, QStringLiteral("Cancelled.")));
            } else {
                finish(m_result);
            }
            return;
        }
        run(*plan);
    });
    m_planner->start();
}

void Publisher::run(const Plan &plan)
{
    m_runner = new ReleasePlanRunner(m_provider, plan, this);
    m_runner->setParallelUploads(m_options.parallelUploads);
    connect(m_runner, &ReleasePlanRunner::logLine, this, &Publisher::logLine);
    connect(m_runner, &ReleasePlanRunner::progress, this, &Publisher::progress);
    connect(m_runner, &ReleasePlanRunner::assetProgress, this, &Publisher::assetProgress);
    connect(m_runner, &ReleasePlanRunner::actionStarted, this, &Publisher::actionStarted);
    connect(m_runner, &ReleasePlanRunner::actionFinished, this, &Publisher::actionFinished);
    connect(m_runner, &ReleasePlanRunner::finished, this, [this](const Result<ReleaseInfo> &release) {
        m_result.warnings += m_runner->warnings();
        m_runner->deleteLater();
        if (!release) {
            finish(std::unexpected(release.error()));
            return;
        }
        m_result.executed = true;
        m_result.release = *release;
        finish(m_result);
    });
    m_runner->start();
}

void Publisher::cancel()
{
    m_cancelled = true;
    if (m_runner) {
        m_runner->cancel();
    } else if (m_planner) {
        m_planner->cancel();
    }
}

void Publisher::finish(const Result<PublishResult> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

} // namespace rd
