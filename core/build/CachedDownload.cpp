#include "CachedDownload.h"

#include "build/EmbeddablePython.h"
#include "net/HttpDownloadJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace rd {

CachedDownload::CachedDownload(
    QNetworkAccessManager *network, QUrl url, QString cachePath, QString expectedSha256, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_cachePath(std::move(cachePath))
    , m_expected(expectedSha256.trimmed().toLower())
{ }

void CachedDownload::start()
{
    if (!QFileInfo(m_cachePath).isFile()) {
        download();
        return;
    }
    // The cached copy is hashed on a thread of its own (an embeddable Python is 10 MB, the
    // tkinter MSIs more): the build starts from the window's thread.
    auto hash = std::make_shared<Result<QString>>(std::unexpected(Error {}));
    QThread *thread = QThread::create([hash, path = m_cachePath] { *hash = EmbeddablePython::sha256(path); });
    connect(thread, &QThread::finished, this, [this, hash] {
        if (m_done) {
            return; // cancelled meanwhile
        }
        if (*hash && (m_expected.isEmpty() || **hash == m_expected)) {
            emit logLine(QCoreApplication::translate("core", "Using the cached %1").arg(m_cachePath));
            finish(CachedFile { m_cachePath, **hash, QFileInfo(m_cachePath).size(), false });
            return;
        }
        QFile::remove(m_cachePath); // a damaged or different copy
        if (!m_cancelled) {
            download();
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void CachedDownload::download()
{
    const QString unverified = m_cachePath + QStringLiteral(".unverified");
    m_job = new HttpDownloadJob(m_network, m_url, unverified, this);
    m_job->setPurpose(QCoreApplication::translate("core", "downloading %1").arg(m_url.fileName()));
    m_job->setTransferTimeoutMs(120'000);
    connect(m_job, &HttpDownloadJob::progress, this, &CachedDownload::progress);
    connect(m_job, &HttpDownloadJob::finished, this, [this, unverified](const Result<DownloadResult> &result) {
        m_job->deleteLater();
        if (!result) {
            QFile::remove(unverified);
            finish(std::unexpected(result.error()));
            return;
        }
        if (!m_expected.isEmpty() && result->sha256 != m_expected) {
            QFile::remove(unverified);
            finish(fail(Error::Code::Rejected,
                QCoreApplication::translate("core", "%1 has the SHA-256 %2, not the expected %3.")
                    .arg(m_url.toString(QUrl::RemoveUserInfo), result->sha256, m_expected),
                QCoreApplication::translate("core",
                    "The download is damaged or the mirror serves a different file; check the URL and the configured hash.")));
            return;
        }
        if (::rename(QFile::encodeName(unverified).constData(), QFile::encodeName(m_cachePath).constData()) != 0) {
            QFile::remove(unverified);
            finish(fail(
                Error::Code::IoError, QCoreApplication::translate("core", "Cannot move the download to %1.").arg(m_cachePath)));
            return;
        }
        emit logLine(QCoreApplication::translate("core", "Downloaded %1 (%2 bytes, sha256 %3)")
                         .arg(m_url.toString(QUrl::RemoveUserInfo))
                         .arg(result->bytes)
                         .arg(result->sha256));
        finish(CachedFile { m_cachePath, result->sha256, result->bytes, true });
    });
    emit logLine(QCoreApplication::translate("core", "Downloading %1").arg(m_url.toString(QUrl::RemoveUserInfo)));
    m_job->start();
}

void CachedDownload::cancel()
{
    if (m_done || m_cancelled) {
        return;
    }
    m_cancelled = true;
    if (m_job) {
        m_job->cancel(); // its finished() ends this job
    } else {
        QTimer::singleShot(0, this,
            [this] { finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Download cancelled."))); });
    }
}

void CachedDownload::finish(const Result<CachedFile> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

} // namespace rd
