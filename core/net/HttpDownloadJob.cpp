#include "HttpDownloadJob.h"

#include "common/Log.h"
#include "net/ApiRequest.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>

namespace rd {

namespace {
constexpr qint64 readBufferSize = 1 << 20;
}

HttpDownloadJob::HttpDownloadJob(QNetworkAccessManager *network, QUrl url, QString destination, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_destination(std::move(destination))
{ }

HttpDownloadJob::~HttpDownloadJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_file) {
        m_file->cancelWriting();
    }
}

void HttpDownloadJob::start()
{
    if (!m_destination.isEmpty()) {
        QDir().mkpath(QFileInfo(m_destination).absolutePath());
        m_file = std::make_unique<QSaveFile>(m_destination);
        if (!m_file->open(QIODevice::WriteOnly)) {
            const QString why = m_file->errorString();
            QTimer::singleShot(0, this, [this, why] {
                finish(fail(Error::Code::IoError, QStringLiteral("Cannot write %1: %2.").arg(m_destination, why)));
            });
            return;
        }
    }
    m_meter.start(m_expected);
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", m_accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ReleaseDesk/" RELEASEDESK_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", m_scheme + ' ' + m_token.toUtf8());
    }
    qCDebug(lcNet) << "download" << m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(readBufferSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpDownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpDownloadJob::onFinished);
}

void HttpDownloadJob::cancel()
{
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    } else if (!m_done) {
        QTimer::singleShot(0, this, [this] { finish(fail(Error::Code::Cancelled, QStringLiteral("Download cancelled."))); });
    }
}

bool HttpDownloadJob::statusOk() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

void HttpDownloadJob::onReadyRead()
{
    if (!statusOk()) {
        if (m_errorBody.size() < 64 * 1024) {
            m_errorBody += m_reply->read(64 * 1024 - m_errorBody.size());
        }
        m_reply->readAll(); // drop the rest of an error page
        return;
    }
    if (m_expected < 0) {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid()) {
            m_expected = length.toLongLong();
            m_meter.setTotal(m_expected);
        }
    }
    // One buffer's worth per pass (a few ms of hashing), then back to the event loop: on the GUI
    // thread a fast server would otherwise keep this loop busy, and the window frozen, for as
    // long as bytes keep arriving.
    if (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(readBufferSize);
        m_hash.addData(chunk);
        m_received += chunk.size();
        if (m_file && !m_writeFailed && m_file->write(chunk) != chunk.size()) {
            m_writeFailed = true;
            m_reply->abort();
            return;
        }
        if (m_reply->bytesAvailable() > 0 && !m_morePending) {
            m_morePending = true;
            QTimer::singleShot(0, this, [this] {
                m_morePending = false;
                if (m_reply) {
                    onReadyRead();
                }
            });
        }
    }
    m_meter.update(m_received);
    const qint64 now = m_meter.elapsedMs();
    if (now - m_lastEmitMs >= 100) {
        m_lastEmitMs = now;
        emit progress(m_received, m_expected, m_meter.text());
    }
}

void HttpDownloadJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (m_writeFailed) {
        reply->deleteLater();
        finish(fail(Error::Code::IoError, QStringLiteral("Cannot write %1: %2.").arg(m_destination, m_file->errorString())));
        return;
    }
    if (m_cancelled) {
        reply->deleteLater();
        finish(fail(Error::Code::Cancelled, QStringLiteral("Cancelled while %1.").arg(m_purpose)));
        return;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || reply->error() != QNetworkReply::NoError) {
        if (status.isValid() && !statusOk()) {
            m_errorBody += reply->readAll();
            reply->deleteLater();
            finish(std::unexpected(httpError(status.toInt(), m_errorBody, m_purpose)));
            return;
        }
        reply->deleteLater();
        finish(std::unexpected(transportError(reply->error(), reply->errorString(), m_url, m_purpose)));
        return;
    }
    while (m_reply && m_reply->bytesAvailable() > 0 && !m_writeFailed) {
        onReadyRead(); // whatever is still buffered, all of it now
    }
    reply->deleteLater();
    if (!statusOk()) {
        finish(std::unexpected(httpError(status.toInt(), m_errorBody, m_purpose)));
        return;
    }
    DownloadResult result;
    result.bytes = m_received;
    result.sha256 = QString::fromLatin1(m_hash.result().toHex());
    if (m_file) {
        if (!m_file->commit()) {
            finish(fail(Error::Code::IoError, QStringLiteral("Cannot write %1: %2.").arg(m_destination, m_file->errorString())));
            return;
        }
        result.path = m_destination;
    }
    emit progress(m_received, m_received, m_meter.text());
    finish(result);
}

void HttpDownloadJob::finish(const Result<DownloadResult> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_file && !result) {
        m_file->cancelWriting();
        m_file->commit(); // with cancelWriting: removes the temporary file, keeps no partial file
    }
    m_reply = nullptr;
    emit finished(result);
}

} // namespace rd
