#include "LocalCopyJob.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

namespace rd {

namespace {

constexpr qint64 stepSize = 4 << 20;

using ProgressSink = std::function<void(qint64 done, qint64 total)>;

// The copy itself, on the worker: read, hash, write in 4 MiB steps; commit (fsync and rename)
// at the end. A cancel is seen between two steps.
Result<TransferResult> copyAndHash(
    const QString &source, const QString &destination, const std::atomic<bool> &cancelled, const ProgressSink &progress)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(
            Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(source, in.errorString()));
    }
    const qint64 total = in.size();
    std::unique_ptr<QSaveFile> out;
    if (!destination.isEmpty()) {
        QDir().mkpath(QFileInfo(destination).absolutePath());
        out = std::make_unique<QSaveFile>(destination);
        if (!out->open(QIODevice::WriteOnly)) {
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot write %1: %2.").arg(destination, out->errorString()));
        }
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    progress(0, total);
    for (;;) {
        if (cancelled) {
            if (out) {
                out->cancelWriting();
            }
            return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Copy of %1 cancelled.").arg(source));
        }
        const QByteArray chunk = in.read(stepSize);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            return fail(
                Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(source, in.errorString()));
        }
        if (chunk.isEmpty()) {
            break; // the end (a short read is not: a pipe gives what it has)
        }
        hash.addData(chunk);
        if (out && out->write(chunk) != chunk.size()) {
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot write %1: %2.").arg(destination, out->errorString()));
        }
        done += chunk.size();
        progress(done, total);
    }
    if (cancelled) { // a cancel before the commit wins, even once every byte is read
        if (out) {
            out->cancelWriting();
        }
        return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Copy of %1 cancelled.").arg(source));
    }
    if (out && !out->commit()) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot write %1: %2.").arg(destination, out->errorString()));
    }
    TransferResult result;
    result.path = destination;
    result.bytes = done;
    result.sha256 = QString::fromLatin1(hash.result().toHex());
    return result;
}

} // namespace

LocalCopyJob::LocalCopyJob(QString source, QString destination, AssetInfo asset, Finalize finalize, QObject *parent)
    : TransferJob(parent)
    , m_source(std::move(source))
    , m_destination(std::move(destination))
    , m_asset(std::move(asset))
    , m_finalize(std::move(finalize))
{ }

LocalCopyJob::~LocalCopyJob()
{
    if (m_thread) {
        *m_cancelled = true;
        m_thread->disconnect(this);
        m_thread->wait(); // a cancelled copy discards its temporary file
        delete m_thread;
    }
}

void LocalCopyJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_precheck) {
            if (auto ok = m_precheck(); !ok) {
                finish(std::unexpected(ok.error()));
                return;
            }
        }
        startCopy();
    });
}

void LocalCopyJob::startCopy()
{
    if (*m_cancelled) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Copy of %1 cancelled.").arg(m_source)));
        return;
    }
    QPointer<LocalCopyJob> self(this);
    const ProgressSink progress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, done, total] {
                if (!self || self->m_finished) {
                    return;
                }
                if (done == 0) {
                    self->m_meter.start(total);
                }
                self->m_meter.update(done);
                emit self->progress(done, total, self->m_meter.text());
            },
            Qt::QueuedConnection);
    };
    auto copied = std::make_shared<Result<TransferResult>>(std::unexpected(Error {}));
    m_thread = QThread::create([copied, source = m_source, destination = m_destination, cancelled = m_cancelled, progress] {
        *copied = copyAndHash(source, destination, *cancelled, progress);
    });
    m_thread->setObjectName(QStringLiteral("local-copy"));
    // Queued after every progress event the worker posted before it ended.
    connect(
        m_thread, &QThread::finished, this, [this, copied] { onCopied(*copied); }, Qt::QueuedConnection);
    m_thread->start();
}

void LocalCopyJob::onCopied(const Result<TransferResult> &copied)
{
    if (!copied) {
        finish(std::unexpected(copied.error()));
        return;
    }
    TransferResult result = *copied;
    result.asset = m_asset;
    finish(m_finalize ? m_finalize(result) : Result<TransferResult>(result));
}

void LocalCopyJob::cancel()
{
    *m_cancelled = true;
}

void LocalCopyJob::finish(const Result<TransferResult> &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(result);
}

} // namespace rd
