#pragma once

#include "common/Error.h"
#include "forge/AssetInfo.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QThread;

namespace rd {

// Downloads an update's asset to "<dir>/<name>.part", resuming with a Range request when a
// .part is already there, hashes it and renames it to "<dir>/<name>" only when the SHA-256
// matches SHA256SUMS. A mismatch deletes the .part (Error::Code::Rejected, "checksum_mismatch");
// a cancel keeps it for the next attempt. The asset URL is an http(s) URL (the token is sent
// as "Authorization: token …" for private repositories) or, for the local store, a file path.
// finished() is emitted exactly once, never from inside start().
class UpdateDownload final : public QObject
{
    Q_OBJECT

public:
    UpdateDownload(
        QNetworkAccessManager *network, AssetInfo asset, QString expectedSha256, QString directory, QObject *parent = nullptr);
    ~UpdateDownload() override;

    void setToken(const QString &token) { m_token = token; }
    QString partPath() const;
    QString finalPath() const;

    void start();
    void cancel();

    static QString mismatchCode() { return QStringLiteral("checksum_mismatch"); }

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<QString> &path);

private:
    void startHttp(qint64 resumeFrom);
    void onReadyRead();
    void onFinished();
    void copyLocal();
    void verify();
    void finish(const Result<QString> &result);

    QPointer<QNetworkAccessManager> m_network;
    AssetInfo m_asset;
    QString m_expected;
    QString m_directory;
    QString m_token;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    qint64 m_resumeFrom = 0;
    qint64 m_written = 0;
    bool m_headerSeen = false;
    bool m_done = false;
    // A local source (a release store on disk) is copied and hashed on this thread, not the
    // caller's; m_part and m_hash belong to it until it ends.
    QThread *m_copyThread = nullptr;
    std::atomic<bool> m_copyCancelled = false;
    QElapsedTimer m_clock;
};

} // namespace rd
