#include "HttpDownloadJob.h"

#include "common/Log.h"
#include "net/ApiRequest.h"
#include "net/ChunkSink.h"

#include <QCoreApplication>
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
    m_sink.reset(); // its thread stops before the file goes
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
                finish(fail(
                    Error::Code::IoError, QCoreApplication::translate("core", "Cannot write %1: %2.").arg(m_destination, why)));
            });
            return;
        }
    }
    m_sink = std::make_unique<ChunkSink>(m_file.get());
    connect(m_sink.get(), &ChunkSink::roomAvailable, this, [this] {
        if (m_reply) {
            onReadyRead();
        }
    });
    connect(m_sink.get(), &ChunkSink::writeFailed, this, [this](const QString &why) {
        m_writeFailed = true;
        m_writeError = why;
        if (m_reply) {
            m_reply->abort();
        } else {
            onSinkFinished({}); // the reply is done: only the sink was still working
        }
    });
    connect(m_sink.get(), &ChunkSink::finished, this, &HttpDownloadJob::onSinkFinished);
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
        QTimer::singleShot(0, this,
            [this] { finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Download cancelled."))); });
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
    // Reading only hands the bytes over; ChunkSink hashes and writes them on its own thread. When
    // it has enough queued, the rest waits in the reply's buffer (and TCP) until it has room.
    while (m_reply->bytesAvailable() > 0 && m_sink->hasRoom()) {
        const QByteArray chunk = m_reply->read(readBufferSize);
        m_received += chunk.size();
        m_sink->push(chunk);
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
        finish(fail(
            Error::Code::IoError, QCoreApplication::translate("core", "Cannot write %1: %2.").arg(m_destination, m_writeError)));
        return;
    }
    if (m_cancelled) {
        reply->deleteLater();
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled while %1.").arg(m_purpose)));
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
    if (!statusOk()) {
        m_errorBody += reply->read(64 * 1024);
        reply->deleteLater();
        finish(std::unexpected(httpError(status.toInt(), m_errorBody, m_purpose)));
        return;
    }
    // Whatever is still buffered goes to the sink now (at most one buffer); the result follows
    // once it has hashed and written the last chunk.
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(readBufferSize);
        m_received += chunk.size();
        m_sink->push(chunk);
    }
    reply->deleteLater();
    m_reply = nullptr;
    m_sink->close();
}

void HttpDownloadJob::onSinkFinished(const QString &sha256)
{
    if (m_done || m_reply) {
        return; // a write failure while the reply still runs ends through onFinished
    }
    m_sink.reset(); // its thread is done with the file
    if (m_writeFailed) {
        finish(fail(
            Error::Code::IoError, QCoreApplication::translate("core", "Cannot write %1: %2.").arg(m_destination, m_writeError)));
        return;
    }
    if (m_cancelled) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled while %1.").arg(m_purpose)));
        return;
    }
    DownloadResult result;
    result.bytes = m_received;
    result.sha256 = sha256;
    if (m_file) {
        if (!m_file->commit()) {
            finish(fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot write %1: %2.").arg(m_destination, m_file->errorString())));
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
    m_sink.reset(); // stops its thread before the file is dropped
    if (m_file && !result) {
        m_file->cancelWriting();
        m_file->commit(); // with cancelWriting: removes the temporary file, keeps no partial file
    }
    m_reply = nullptr;
    emit finished(result);
}

} // namespace rd
