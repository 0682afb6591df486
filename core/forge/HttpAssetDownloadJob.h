#pragma once

#include "forge/TransferJob.h"

#include <QPointer>
#include <QUrl>

namespace rd {

class HttpDownloadJob;
class HttpReleaseProvider;

// Downloads one asset's bytes with HttpDownloadJob (streamed, hashed, temporary file renamed
// when complete), retrying network errors and 5xx per the provider's retry policy.
class HttpAssetDownloadJob final : public TransferJob
{
    Q_OBJECT

public:
    HttpAssetDownloadJob(HttpReleaseProvider *provider, AssetInfo asset, QUrl url, QByteArray accept, QString destination,
        QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    void attempt(int number);
    void finish(const Result<TransferResult> &result);

    QPointer<HttpReleaseProvider> m_provider;
    AssetInfo m_asset;
    QUrl m_url;
    QByteArray m_accept;
    QString m_destination;
    QPointer<HttpDownloadJob> m_download;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
