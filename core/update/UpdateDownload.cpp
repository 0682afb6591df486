#include "update/UpdateDownload.h"

#include "common/ByteSize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace rd {

UpdateDownload::UpdateDownload(
    QNetworkAccessManager *network, AssetInfo asset, QString expectedSha256, QString directory, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_asset(std::move(asset))
    , m_expected(expectedSha256.toLower())
    , m_directory(std::move(directory))
{ }

UpdateDownload::~UpdateDownload()
{
    if (m_reply) {
        m_reply->abort();
    }
    if (m_copyThread) {
        m_copyCancelled = true;
        m_copyThread->disconnect(this);
        m_copyThread->wait();
        delete m_copyThread;
    }
}

QString UpdateDownload::partPath() const
{
    return QDir(m_directory).filePath(m_asset.name + QStringLiteral(".part"));
}

QString UpdateDownload::finalPath() const
{
    return QDir(m_directory).filePath(m_asset.name);
}

void UpdateDownload::start()
{
    m_clock.start();
    if (!QDir().mkpath(m_directory)) {
        QTimer::singleShot(0, this, [this] {
            finish(
                fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the folder %1.").arg(m_directory)));
        });
        return;
    }
    m_part.setFileName(partPath());
    // What an earlier attempt left: hash it and ask only for the rest.
    qint64 resumeFrom = 0;
    if (QFileInfo(partPath()).isFile() && m_part.open(QIODevice::ReadOnly)) {
        if (m_part.size() < m_asset.size) {
            m_hash.addData(&m_part);
            resumeFrom = m_part.size();
        }
        m_part.close();
    }
    if (!m_part.open(resumeFrom > 0 ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTimer::singleShot(0, this, [this] {
            finish(fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot write %1: %2").arg(partPath(), m_part.errorString())));
        });
        return;
    }
    if (resumeFrom == 0) {
        m_hash.reset();
    }
    m_resumeFrom = resumeFrom;
    m_written = resumeFrom;
    const QUrl url(m_asset.downloadUrl);
    if (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) {
        QTimer::singleShot(0, this, [this] { copyLocal(); });
        return;
    }
    if (resumeFrom > 0) {
        emit logLine(QCoreApplication::translate("core", "Resuming %1 at %2").arg(m_asset.name, formatBytes(resumeFrom)));
    }
    startHttp(resumeFrom);
}

void UpdateDownload::startHttp(qint64 resumeFrom)
{
    QNetworkRequest request { QUrl(m_asset.downloadUrl) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(60'000);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "token " + m_token.toUtf8());
    }
    if (resumeFrom > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(resumeFrom) + '-');
    }
    emit logLine(QCoreApplication::translate("core", "GET %1")
                     .arg(QUrl(m_asset.downloadUrl).toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(1 << 20);
    connect(m_reply, &QNetworkReply::readyRead, this, &UpdateDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UpdateDownload::onFinished);
}

void UpdateDownload::onReadyRead()
{
    if (!m_reply || m_done) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_headerSeen) {
        m_headerSeen = true;
        if (status == 200 && m_resumeFrom > 0) {
            // The server ignored the Range: start over.
            m_part.close();
            m_part.open(QIODevice::WriteOnly | QIODevice::Truncate);
            m_hash.reset();
            m_written = 0;
        }
    }
    if (status != 200 && status != 206) {
        return;
    }
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(1 << 20);
        if (m_part.write(chunk) != chunk.size()) {
            m_reply->abort();
            finish(fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot write %1: %2").arg(partPath(), m_part.errorString())));
            return;
        }
        m_hash.addData(chunk);
        m_written += chunk.size();
    }
    const double seconds = std::max(0.001, m_clock.elapsed() / 1000.0);
    emit progress(m_written, m_asset.size,
        QCoreApplication::translate("core", "%1 of %2, %3/s")
            .arg(formatBytes(m_written), formatBytes(m_asset.size), formatBytes(qint64((m_written - m_resumeFrom) / seconds))));
}

void UpdateDownload::onFinished()
{
    if (!m_reply || m_done) {
        return;
    }
    onReadyRead();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString errorText = m_reply->errorString();
    m_reply->deleteLater();
    m_reply = nullptr;
    if (status == 416 && m_resumeFrom > 0) {
        verify(); // the .part was complete already
        return;
    }
    if (error != QNetworkReply::NoError || (status != 200 && status != 206)) {
        m_part.close();
        const Error::Code code = error == QNetworkReply::OperationCanceledError ? Error::Code::Cancelled
            : status == 404                                                     ? Error::Code::NotFound
            : status == 401 || status == 403                                    ? Error::Code::Unauthorized
                                                                                : Error::Code::Network;
        finish(fail(code,
            QCoreApplication::translate("core", "Downloading %1 failed (%2).")
                .arg(m_asset.name, status ? QCoreApplication::translate("core", "HTTP %1").arg(status) : errorText),
            QCoreApplication::translate("core", "Try again: the %1 already received are kept and the download resumes.")
                .arg(formatBytes(m_written))));
        return;
    }
    verify();
}

void UpdateDownload::copyLocal()
{
    QPointer<UpdateDownload> self(this);
    auto outcome = std::make_shared<Status>();
    m_copyThread = QThread::create([this, self, outcome] {
        QFile source(m_asset.downloadUrl);
        if (!source.open(QIODevice::ReadOnly) || (m_resumeFrom > 0 && !source.seek(m_resumeFrom))) {
            *outcome
                = fail(Error::Code::NotFound, QCoreApplication::translate("core", "Cannot read %1.").arg(m_asset.downloadUrl));
            return;
        }
        QByteArray buffer;
        while (!(buffer = source.read(1 << 20)).isEmpty()) {
            if (m_copyCancelled) {
                *outcome = fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The download was cancelled."));
                return;
            }
            if (m_part.write(buffer) != buffer.size()) {
                *outcome = fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot write %1.").arg(partPath()));
                return;
            }
            m_hash.addData(buffer);
            m_written += buffer.size();
            const qint64 written = m_written;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, written] {
                    if (self && !self->m_done) {
                        emit self->progress(written, self->m_asset.size, formatBytes(written));
                    }
                },
                Qt::QueuedConnection);
        }
    });
    m_copyThread->setObjectName(QStringLiteral("update-copy"));
    connect(
        m_copyThread, &QThread::finished, this,
        [this, outcome] {
            if (!*outcome) {
                finish(std::unexpected(outcome->error()));
                return;
            }
            verify();
        },
        Qt::QueuedConnection);
    m_copyThread->start();
}

void UpdateDownload::verify()
{
    m_part.close();
    const QString actual = QString::fromLatin1(m_hash.result().toHex());
    emit logLine(QCoreApplication::translate("core", "SHA-256 of %1: %2").arg(m_asset.name, actual));
    if (actual != m_expected) {
        QFile::remove(partPath());
        finish(fail(Error::Code::Rejected,
            QCoreApplication::translate("core",
                "%1 does not match SHA256SUMS (expected %2, got %3): the file was changed or damaged, so it is "
                "not applied.")
                .arg(m_asset.name, m_expected.left(16), actual.left(16)),
            QCoreApplication::translate("core", "Tell the publisher; nothing on this installation changed.")));
        return;
    }
    QFile::remove(finalPath());
    if (!QFile::rename(partPath(), finalPath())) {
        finish(fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot rename %1.").arg(partPath())));
        return;
    }
    finish(finalPath());
}

void UpdateDownload::cancel()
{
    if (m_reply) {
        m_reply->abort();
    } else if (m_copyThread && m_copyThread->isRunning()) {
        m_copyCancelled = true; // the copy stops at its next MiB and finishes as cancelled
    } else if (!m_done) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The download was cancelled.")));
    }
}

void UpdateDownload::finish(const Result<QString> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_part.close();
    emit finished(result);
}

} // namespace rd
