#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace rd {

class HttpDownloadJob;

struct CachedFile
{
    QString path;
    QString sha256;
    qint64 bytes = 0;
    bool downloaded = false; // false: it was already in the cache
    bool operator==(const CachedFile &) const = default;
};

// A file kept in the cache folder: returned when present (and matching the expected SHA-256,
// when one is given; hashed off the caller's thread), otherwise downloaded (HttpDownloadJob) under a temporary name,
// checked, and only then moved to its cache path. finished() is emitted exactly once, after
// start() has returned.
class CachedDownload final : public QObject
{
    Q_OBJECT

public:
    CachedDownload(
        QNetworkAccessManager *network, QUrl url, QString cachePath, QString expectedSha256 = {}, QObject *parent = nullptr);

    void start();
    void cancel();

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::CachedFile> &result);

private:
    void download();
    void finish(const Result<CachedFile> &result);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_cachePath;
    QString m_expected;
    QPointer<HttpDownloadJob> m_job;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
