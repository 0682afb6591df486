#include "HttpAssetDownloadJob.h"

#include "forge/HttpReleaseProvider.h"
#include "net/HttpDownloadJob.h"

#include <QCoreApplication>
#include <QTimer>

namespace rd {

HttpAssetDownloadJob::HttpAssetDownloadJob(
    HttpReleaseProvider *provider, AssetInfo asset, QUrl url, QByteArray accept, QString destination, QObject *parent)
    : TransferJob(parent)
    , m_provider(provider)
    , m_asset(std::move(asset))
    , m_url(std::move(url))
    , m_accept(std::move(accept))
    , m_destination(std::move(destination))
{ }

void HttpAssetDownloadJob::start()
{
    QTimer::singleShot(0, this, [this] { attempt(1); });
}

void HttpAssetDownloadJob::attempt(int number)
{
    if (m_cancelled || !m_provider) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Download of %1 cancelled.").arg(m_asset.name)));
        return;
    }
    m_download = new HttpDownloadJob(m_provider->network(), m_url, m_destination, this);
    m_download->setToken(m_provider->token());
    m_download->setAccept(m_accept);
    m_download->setPurpose(QCoreApplication::translate("core", "downloading %1").arg(m_asset.name));
    m_download->setTransferTimeoutMs(m_provider->transferTimeoutMs());
    m_download->setExpectedSize(m_asset.size);
    m_provider->countRequest();
    connect(m_download, &HttpDownloadJob::progress, this, &TransferJob::progress);
    connect(m_download, &HttpDownloadJob::finished, this, [this, number](const Result<DownloadResult> &result) {
        m_download->deleteLater();
        if (!result) {
            const RetryPolicy policy = m_provider ? m_provider->retryPolicy() : RetryPolicy::none();
            if (!m_cancelled && policy.shouldRetry(result.error(), number)) {
                emit logLine(QCoreApplication::translate("core", "%1; trying again").arg(result.error().message));
                QTimer::singleShot(policy.delayBeforeAttempt(number + 1), this, [this, number] { attempt(number + 1); });
                return;
            }
            finish(std::unexpected(result.error()));
            return;
        }
        TransferResult done;
        done.asset = m_asset;
        done.path = result->path;
        done.bytes = result->bytes;
        done.sha256 = result->sha256;
        finish(done);
    });
    m_download->start();
}

void HttpAssetDownloadJob::cancel()
{
    m_cancelled = true;
    if (m_download) {
        m_download->cancel();
    } else {
        QTimer::singleShot(0, this, [this] {
            finish(
                fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Download of %1 cancelled.").arg(m_asset.name)));
        });
    }
}

void HttpAssetDownloadJob::finish(const Result<TransferResult> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

} // namespace rd
