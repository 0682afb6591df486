#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace rd {

// What a piece of long work running on a worker thread shares with the job that started it: a
// cancel flag (set from any thread, polled by the work) and sinks for progress and log lines
// (called on the worker thread; a job forwards them as queued signals). Copies share the flag.
class TaskControl final
{
public:
    using ProgressSink = std::function<void(qint64 done, qint64 total, const QString &text)>;
    using LogSink = std::function<void(const QString &line)>;

    TaskControl() = default;

    bool isCancelled() const { return m_cancelled->load(std::memory_order_relaxed); }
    void cancel() const { m_cancelled->store(true, std::memory_order_relaxed); }
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancelled; }

    void setProgressSink(ProgressSink sink) { m_progress = std::move(sink); }
    void setLogSink(LogSink sink) { m_log = std::move(sink); }
    const ProgressSink &progressSink() const { return m_progress; }
    const LogSink &logSink() const { return m_log; }

    void progress(qint64 done, qint64 total, const QString &text = {}) const
    {
        if (m_progress) {
            m_progress(done, total, text);
        }
    }
    void log(const QString &line) const
    {
        if (m_log) {
            m_log(line);
        }
    }

    // A control sharing this one's cancel flag and log, whose progress maps [0, total] of a
    // sub-task onto [from, to] of this one, out of `outOf` (a step inside a bigger job).
    TaskControl scaled(qint64 from, qint64 to, qint64 outOf) const;

private:
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    ProgressSink m_progress;
    LogSink m_log;
};

} // namespace rd
