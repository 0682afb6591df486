#include "BuildTargetJob.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace rd {

BuildTargetJob::BuildTargetJob(std::shared_ptr<const BuildContext> context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_result(fail(Error::Code::Unknown, QCoreApplication::translate("core", "The build did not run.")))
{
    m_control.setProgressSink([this](qint64 done, qint64, const QString &text) { reportProgress(done, text); });
    m_control.setLogSink([this](const QString &line) { log(line); });
}

BuildTargetJob::~BuildTargetJob()
{
    m_control.cancel();
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void BuildTargetJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_clock.start();
    emit progress(0, progressTotal, QCoreApplication::translate("core", "Starting the %1 build").arg(target()));
    if (m_control.isCancelled()) {
        QTimer::singleShot(0, this, [this] {
            finish(
                fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The %1 build was cancelled.").arg(target())));
        });
        return;
    }
    prepare();
}

void BuildTargetJob::cancel()
{
    if (m_finished || m_control.isCancelled()) {
        return;
    }
    m_control.cancel();
    emit logLine(QCoreApplication::translate("core", "Cancelling the %1 build...").arg(target()));
    if (!m_thread) {
        if (m_started) {
            cancelPreparation(); // its callback ends the job through stop()
        }
    }
}

void BuildTargetJob::proceed()
{
    if (m_finished) {
        return;
    }
    if (m_control.isCancelled()) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The %1 build was cancelled.").arg(target())));
        return;
    }
    m_thread = QThread::create([this] {
        auto result = work(m_control);
        if (!result && m_control.isCancelled() && result.error().code != Error::Code::Cancelled) {
            result
                = fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The %1 build was cancelled.").arg(target()));
        }
        m_result = std::move(result);
    });
    m_thread->setObjectName(QStringLiteral("build-") + target());
    connect(m_thread, &QThread::finished, this, [this] {
        Result<TargetReport> result = m_result;
        if (result) {
            result->milliseconds = m_clock.elapsed();
        }
        finish(result);
    });
    m_thread->start();
}

void BuildTargetJob::stop(const Error &error)
{
    finish(std::unexpected(error));
}

void BuildTargetJob::reportProgress(qint64 done, const QString &text)
{
    std::lock_guard lock(m_progressMutex);
    const qint64 now = m_clock.elapsed();
    done = std::clamp<qint64>(done, m_lastDone, progressTotal); // never backwards
    if (done == m_lastDone && now - m_lastProgressMs < 250) {
        return;
    }
    if (now - m_lastProgressMs < 50 && done < progressTotal) {
        return;
    }
    m_lastProgressMs = now;
    m_lastDone = done;
    emit progress(done, progressTotal, text);
}

void BuildTargetJob::finish(const Result<TargetReport> &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (result) {
        emit progress(progressTotal, progressTotal, QStringLiteral("Done"));
    }
    emit finished(result);
}

} // namespace rd
