#include "LocalCopyJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

namespace rd {

namespace {
constexpr qint64 stepSize = 4 << 20;
}

LocalCopyJob::LocalCopyJob(QString source, QString destination, AssetInfo asset, Finalize finalize, QObject *parent)
    : TransferJob(parent)
    , m_source(std::move(source))
    , m_destination(std::move(destination))
    , m_asset(std::move(asset))
    , m_finalize(std::move(finalize))
{ }

LocalCopyJob::~LocalCopyJob()
{
    if (m_out) {
        m_out->cancelWriting();
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
        m_in.setFileName(m_source);
        if (!m_in.open(QIODevice::ReadOnly)) {
            finish(fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot read %1: %2.").arg(m_source, m_in.errorString())));
            return;
        }
        m_total = m_in.size();
        m_meter.start(m_total);
        if (!m_destination.isEmpty()) {
            QDir().mkpath(QFileInfo(m_destination).absolutePath());
            m_out = std::make_unique<QSaveFile>(m_destination);
            if (!m_out->open(QIODevice::WriteOnly)) {
                finish(fail(Error::Code::IoError,
                    QCoreApplication::translate("core", "Cannot write %1: %2.").arg(m_destination, m_out->errorString())));
                return;
            }
        }
        step();
    });
}

void LocalCopyJob::step()
{
    if (m_cancelled) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Copy of %1 cancelled.").arg(m_source)));
        return;
    }
    const QByteArray chunk = m_in.read(stepSize);
    if (chunk.isEmpty() && m_in.error() != QFileDevice::NoError) {
        finish(fail(
            Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(m_source, m_in.errorString())));
        return;
    }
    if (!chunk.isEmpty()) {
        m_hash.addData(chunk);
        if (m_out && m_out->write(chunk) != chunk.size()) {
            finish(fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot write %1: %2.").arg(m_destination, m_out->errorString())));
            return;
        }
        m_done += chunk.size();
        m_meter.update(m_done);
        emit progress(m_done, m_total, m_meter.text());
    }
    if (chunk.size() < stepSize) {
        if (m_out && !m_out->commit()) {
            finish(fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot write %1: %2.").arg(m_destination, m_out->errorString())));
            return;
        }
        m_out.reset();
        TransferResult result;
        result.asset = m_asset;
        result.path = m_destination;
        result.bytes = m_done;
        result.sha256 = QString::fromLatin1(m_hash.result().toHex());
        finish(m_finalize ? m_finalize(result) : Result<TransferResult>(result));
        return;
    }
    QTimer::singleShot(0, this, &LocalCopyJob::step);
}

void LocalCopyJob::cancel()
{
    m_cancelled = true;
}

void LocalCopyJob::finish(const Result<TransferResult> &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_out) {
        m_out->cancelWriting();
        m_out.reset();
    }
    emit finished(result);
}

} // namespace rd
