#pragma once

#include "common/Error.h"
#include "net/TransferMeter.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace rd {

class ChunkSink;

struct DownloadResult
{
    QString path; // the completed file (empty when only hashing)
    qint64 bytes = 0;
    QString sha256; // lower-case hex of the bytes received
    bool operator==(const DownloadResult &) const = default;
};

// Downloads one URL, hashing (SHA-256) while the bytes arrive. With a destination the bytes go to
// a temporary file beside it (QSaveFile) that is renamed into place only when complete; without
// one they are only hashed. Hashing and writing run on a thread of their own (ChunkSink); reads
// are bounded (1 MiB buffer, a few chunks queued) so memory stays flat. Redirects are
// followed (not to a less safe scheme). Non-2xx answers become errors (httpError). finished() is
// emitted exactly once, after start() returned.
class HttpDownloadJob final : public QObject
{
    Q_OBJECT

public:
    HttpDownloadJob(QNetworkAccessManager *network, QUrl url, QString destination, QObject *parent = nullptr);
    ~HttpDownloadJob() override;

    void setToken(const QString &token) { m_token = token; }
    void setAuthorizationScheme(const QByteArray &scheme) { m_scheme = scheme; }
    void setAccept(const QByteArray &accept) { m_accept = accept; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setPurpose(const QString &purpose) { m_purpose = purpose; }
    void setExpectedSize(qint64 size) { m_expected = size; }

    void start();
    void cancel();

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void finished(const rd::Result<rd::DownloadResult> &result);

private:
    void onReadyRead();
    void onFinished();
    void onSinkFinished(const QString &sha256);
    void finish(const Result<DownloadResult> &result);
    bool statusOk() const;

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_destination;
    QString m_token;
    QByteArray m_scheme = "token";
    QByteArray m_accept = "*/*";
    int m_timeoutMs = 60'000;
    QString m_purpose;
    qint64 m_expected = -1;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<ChunkSink> m_sink; // uses m_file from its thread until it finishes
    QByteArray m_errorBody;
    qint64 m_received = 0;
    TransferMeter m_meter;
    qint64 m_lastEmitMs = -1000;
    bool m_writeFailed = false;
    QString m_writeError;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
