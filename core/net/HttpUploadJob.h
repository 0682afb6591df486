#pragma once

#include "common/Error.h"
#include "net/ApiRequest.h"
#include "net/TransferMeter.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace rd {

class StreamedFileDevice;

// Sends one file as a request body, streamed from disk: the reply reads the file as the socket
// accepts data, so memory stays flat whatever the file size (never readAll()). Raw body
// (Content-Type application/octet-stream by default) or a multipart/form-data body with the file
// as one field, framed around the same stream. Qt never sends the body a second time on its own
// (StreamedFileDevice): a dropped connection is reported, and the caller decides whether the
// upload must be repeated. The transfer timeout fires when no byte moves for that long. Any HTTP
// status is a response; only transport failures, a missing file and cancel are errors.
// finished() is emitted exactly once, always after start() returned.
class HttpUploadJob final : public QObject
{
    Q_OBJECT

public:
    enum class BodyMode { Raw, Multipart };

    HttpUploadJob(QNetworkAccessManager *network, QByteArray method, QUrl url, QString filePath, QObject *parent = nullptr);
    ~HttpUploadJob() override;

    void setToken(const QString &token) { m_token = token; }
    void setAuthorizationScheme(const QByteArray &scheme) { m_scheme = scheme; } // "token" (default) or "Bearer"
    void setContentType(const QByteArray &type) { m_contentType = type; }
    // Multipart: the file goes in field `field` with filename `fileName`.
    void setMultipart(const QString &field, const QString &fileName);
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setPurpose(const QString &purpose) { m_purpose = purpose; }
    void setExtraHeader(const QByteArray &name, const QByteArray &value);

    void start();
    void cancel();

    qint64 fileSize() const { return m_fileSize; }
    qint64 bytesSent() const { return m_meter.done(); }
    const TransferMeter &meter() const { return m_meter; }

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void finished(const rd::Result<rd::ApiResponse> &result);

private:
    void onUploadProgress(qint64 sent, qint64 total);
    void onFinished();
    void finish(const Result<ApiResponse> &result);

    QNetworkAccessManager *m_network;
    QByteArray m_method;
    QUrl m_url;
    QString m_filePath;
    QString m_token;
    QByteArray m_scheme = "token";
    QByteArray m_contentType = "application/octet-stream";
    BodyMode m_mode = BodyMode::Raw;
    QString m_field;
    QString m_fileName;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_timeoutMs = 60'000;
    QString m_purpose;
    qint64 m_fileSize = 0;
    StreamedFileDevice *m_file = nullptr;
    QPointer<QNetworkReply> m_reply;
    TransferMeter m_meter;
    qint64 m_lastEmitMs = -1000;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
