#include "HttpUploadJob.h"

#include "common/Log.h"
#include "net/StreamedFileDevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace rd {

HttpUploadJob::HttpUploadJob(QNetworkAccessManager *network, QByteArray method, QUrl url, QString filePath, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_filePath(std::move(filePath))
{ }

HttpUploadJob::~HttpUploadJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void HttpUploadJob::setMultipart(const QString &field, const QString &fileName)
{
    m_mode = BodyMode::Multipart;
    m_field = field;
    m_fileName = fileName;
}

void HttpUploadJob::setExtraHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({ name, value });
}

void HttpUploadJob::start()
{
    m_file = new StreamedFileDevice(m_filePath, this);
    if (!m_file->open(QIODevice::ReadOnly)) {
        const QString why = m_file->fileError();
        QTimer::singleShot(0, this, [this, why] {
            finish(fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot read %1: %2.").arg(m_filePath, why)));
        });
        return;
    }
    m_fileSize = m_file->size();
    m_meter.start(m_fileSize);

    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_timeoutMs);
    // Streamed, never buffered; and never sent a second time behind our back (see StreamedFileDevice).
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ReleaseDesk/" RELEASEDESK_VERSION));
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", m_scheme + ' ' + m_token.toUtf8());
    }
    for (const auto &[name, value] : std::as_const(m_headers)) {
        request.setRawHeader(name, value);
    }
    qCDebug(lcNet) << "upload" << m_method << m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << m_fileSize << "bytes";
    qint64 overhead = 0;
    if (m_mode == BodyMode::Multipart) {
        // One file part, framed around the streamed file (see StreamedFileDevice).
        const QByteArray boundary = "----ReleaseDesk" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        QString escaped = m_fileName;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        const QByteArray prefix = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + m_field.toUtf8()
            + "\"; filename=\"" + escaped.toUtf8() + "\"\r\nContent-Type: " + m_contentType + "\r\n\r\n";
        const QByteArray suffix = "\r\n--" + boundary + "--\r\n";
        m_file->close();
        m_file->setFraming(prefix, suffix);
        m_file->open(QIODevice::ReadOnly);
        overhead = prefix.size() + suffix.size();
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=") + boundary);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    }
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_fileSize + overhead);
    m_reply = m_network->sendCustomRequest(request, m_method, static_cast<QIODevice *>(m_file));
    connect(m_reply, &QNetworkReply::uploadProgress, this, &HttpUploadJob::onUploadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &HttpUploadJob::onFinished);
}

void HttpUploadJob::cancel()
{
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    } else if (!m_done) {
        QTimer::singleShot(
            0, this, [this] { finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Upload cancelled."))); });
    }
}

void HttpUploadJob::onUploadProgress(qint64 sent, qint64 total)
{
    // Multipart adds a few hundred bytes of headers: report file bytes.
    const qint64 overhead = std::max<qint64>(0, total - m_fileSize);
    const qint64 done = std::clamp<qint64>(sent - overhead, 0, m_fileSize);
    m_meter.update(done);
    const qint64 now = m_meter.elapsedMs();
    if (done == m_fileSize || now - m_lastEmitMs >= 100) {
        m_lastEmitMs = now;
        emit progress(done, m_fileSize, m_meter.text());
    }
}

void HttpUploadJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_cancelled) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled while %1.").arg(m_purpose)));
        return;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        finish(std::unexpected(transportError(reply->error(), reply->errorString(), m_url, m_purpose)));
        return;
    }
    ApiResponse response;
    response.status = status.toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    finish(response);
}

void HttpUploadJob::finish(const Result<ApiResponse> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_file) {
        m_file->close();
    }
    emit finished(result);
}

} // namespace rd
