#pragma once

#include "common/Error.h"
#include "process/Tool.h"

#include <QObject>
#include <QProcess>

namespace rd {

// A long-running tool run (pip, makensis, wine...) as an async job: output streamed line by
// line, cancellable, finished() emitted exactly once on every path.
class ProcessJob final : public QObject
{
    Q_OBJECT

public:
    explicit ProcessJob(ProcessRequest request, QObject *parent = nullptr);
    ~ProcessJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    QString commandLine() const;

signals:
    void logLine(const QString &line);
    void finished(const rd::Result<rd::ProcessOutput> &result);

private:
    void onReadyRead(QProcess::ProcessChannel channel);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void finish(const Result<ProcessOutput> &result);
    void flushPartialLines();

    ProcessRequest m_request;
    QProcess *m_process = nullptr;
    ProcessOutput m_output;
    QByteArray m_pending[2];
    bool m_cancelled = false;
    bool m_done = false;
    int m_timerId = 0;

protected:
    void timerEvent(QTimerEvent *event) override;
};

} // namespace rd
