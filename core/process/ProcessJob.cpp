#include "ProcessJob.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>
#include <QTimerEvent>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace rd {

ProcessJob::ProcessJob(ProcessRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

ProcessJob::~ProcessJob()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString ProcessJob::commandLine() const
{
    return displayCommand(QFileInfo(m_request.program).fileName(), m_request.arguments);
}

bool ProcessJob::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ProcessJob::start()
{
    m_process = new QProcess(this);
    m_process->setProgram(m_request.program);
    m_process->setArguments(m_request.arguments);
    m_process->setProcessEnvironment(m_request.environment);
    if (!m_request.workingDirectory.isEmpty()) {
        m_process->setWorkingDirectory(m_request.workingDirectory);
    }
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { onReadyRead(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { onReadyRead(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &ProcessJob::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ProcessJob::onError);
    emit logLine(QStringLiteral("$ ") + commandLine());
    if (m_request.timeoutMs > 0) {
        m_timerId = startTimer(m_request.timeoutMs);
    }
#ifdef Q_OS_UNIX
    // Tools (pip, compileall, makensis, wine, git) are background work: a little lower in the
    // scheduler than the window that started them, so a build never makes the GUI stutter.
    m_process->setChildProcessModifier([] { (void)::setpriority(PRIO_PROCESS, 0, backgroundNiceness); });
#endif
    m_process->start();
    if (!m_request.standardInput.isEmpty()) {
        m_process->write(m_request.standardInput);
    }
    m_process->closeWriteChannel();
}

void ProcessJob::cancel()
{
    if (m_done) {
        return;
    }
    m_cancelled = true;
    if (isRunning()) {
        m_process->terminate();
        // A tool that ignores SIGTERM is killed after a grace period.
        QPointer<QProcess> process = m_process;
        QTimer::singleShot(3000, this, [process] {
            if (process && process->state() != QProcess::NotRunning) {
                process->kill();
            }
        });
    } else {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled: %1").arg(commandLine())));
    }
}

void ProcessJob::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timerId) {
        return;
    }
    killTimer(m_timerId);
    m_timerId = 0;
    if (isRunning()) {
        m_process->kill();
    }
    finish(fail(Error::Code::Timeout,
        QCoreApplication::translate("core", "'%1' did not finish within %2 s and was stopped.")
            .arg(commandLine())
            .arg(m_request.timeoutMs / 1000)));
}

void ProcessJob::onReadyRead(QProcess::ProcessChannel channel)
{
    m_process->setReadChannel(channel);
    const QByteArray chunk = m_process->readAll();
    QByteArray &all = channel == QProcess::StandardOutput ? m_output.standardOutput : m_output.standardError;
    all += chunk;
    QByteArray &pending = m_pending[channel == QProcess::StandardOutput ? 0 : 1];
    pending += chunk;
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
        pending.remove(0, newline + 1);
        emit logLine(line);
    }
}

void ProcessJob::flushPartialLines()
{
    for (QByteArray &pending : m_pending) {
        if (!pending.trimmed().isEmpty()) {
            emit logLine(QString::fromUtf8(pending).trimmed());
        }
        pending.clear();
    }
}

void ProcessJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onReadyRead(QProcess::StandardOutput);
    onReadyRead(QProcess::StandardError);
    flushPartialLines();
    if (m_cancelled) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled: %1").arg(commandLine())));
        return;
    }
    m_output.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    finish(m_output);
}

void ProcessJob::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        finish(fail(Error::Code::ToolMissing, QCoreApplication::translate("core", "Could not start '%1'.").arg(m_request.program),
            QCoreApplication::translate("core", "Check that it is installed and on PATH.")));
    }
}

void ProcessJob::finish(const Result<ProcessOutput> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_timerId) {
        killTimer(m_timerId);
        m_timerId = 0;
    }
    emit finished(result);
}

} // namespace rd
