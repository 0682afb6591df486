#pragma once

#include "build/BuildContext.h"
#include "build/BuildReport.h"
#include "build/BuildRequest.h"
#include "common/Error.h"
#include "common/TaskControl.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QThread;

namespace rd {

class BuildTargetJob;

// A whole build as one job: prepares the shared context on a worker thread (version resolved
// and stamped into a staged copy of the project), then runs the requested targets
// concurrently, then writes SHA256SUMS and the JSON build report next to the outputs.
// targetsStarted() hands the per-target jobs to the GUI (one log and progress bar each);
// progress() is the overall progress (out of 1000); finished() is emitted exactly once. When a
// target fails the others still finish, and the run fails naming each failed target; SHA256SUMS
// and the report are written only when every target succeeded.
class BuildRun final : public QObject
{
    Q_OBJECT

public:
    explicit BuildRun(BuildRequest request, QObject *parent = nullptr);
    ~BuildRun() override;

    // Downloads use this manager (default: one owned by the run).
    void setNetworkAccessManager(QNetworkAccessManager *network) { m_network = network; }

    void start();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }

    QList<BuildTargetJob *> jobs() const { return m_jobs; }
    // Available after targetsStarted().
    std::shared_ptr<const BuildContext> context() const { return m_context; }

    // Writes/updates SHA256SUMS in a folder: the given files' lines replace older lines of the
    // same name; lines of other files that still exist are kept ("<sha256>  <name>").
    static Result<QString> updateSums(const QString &folder, const QList<std::pair<QString, QString>> &nameAndSha);

signals:
    void targetsStarted();
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::BuildReport> &result);

private:
    void onPrepared();
    void onTargetFinished();
    void finish(const Result<BuildReport> &result);
    QString workFolderToRemove() const; // empty with keepWork

    BuildRequest m_request;
    TaskControl m_control;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QThread> m_thread;
    Result<BuildContext> m_prepared;
    std::shared_ptr<const BuildContext> m_context;
    QList<BuildTargetJob *> m_jobs;
    QMap<BuildTargetJob *, Result<TargetReport>> m_results;
    QMap<BuildTargetJob *, qint64> m_progress;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace rd
