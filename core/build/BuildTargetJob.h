#pragma once

#include "build/BuildContext.h"
#include "build/BuildReport.h"
#include "common/Error.h"
#include "common/TaskControl.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <mutex>

class QThread;

namespace rd {

// One target of a build (Windows zip, Linux tarball) as a job for the GUI and the CLI:
// start(), cancel(), progress(done, total, text) with total = 1000, logLine(text), and
// finished(result) emitted exactly once, on the job's thread, on every path. Downloads run
// asynchronously on the job's thread (prepare()); the rest runs on a worker thread (work()),
// whose progress and log lines arrive here as queued signals. Cancel stops the download or the
// running tool (its whole process group) and leaves no half-written archive under the final
// name. Destroying a running job cancels it and waits for its worker.
class BuildTargetJob : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 progressTotal = 1000;

    BuildTargetJob(std::shared_ptr<const BuildContext> context, QObject *parent = nullptr);
    ~BuildTargetJob() override;

    virtual QString target() const = 0; // "windows", "linux"
    void start();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }
    bool isCancelled() const { return m_control.isCancelled(); }

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::TargetReport> &result);

protected:
    // Runs on the job's thread before the worker; default: nothing. Call proceed() when done,
    // or stop() with an error.
    virtual void prepare() { proceed(); }
    virtual void cancelPreparation() { }
    // The blocking part, on the worker thread.
    virtual Result<TargetReport> work(const TaskControl &control) = 0;

    void proceed();
    void stop(const Error &error);
    const BuildContext &context() const { return *m_context; }
    // A log line from any thread.
    void log(const QString &line) { emit logLine(line); }
    void reportProgress(qint64 done, const QString &text);

private:
    void finish(const Result<TargetReport> &result);

    std::shared_ptr<const BuildContext> m_context;
    TaskControl m_control;
    QPointer<QThread> m_thread;
    Result<TargetReport> m_result;
    QElapsedTimer m_clock;
    std::mutex m_progressMutex;
    qint64 m_lastProgressMs = -1000;
    qint64 m_lastDone = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace rd
