#pragma once

#include "forge/TransferJob.h"
#include "net/ApiRequest.h"

#include <QPointer>
#include <QUrl>

#include <functional>

namespace rd {

class HttpReleaseProvider;
class HttpUploadJob;

// Uploads one asset to Gitea or GitHub: asks the provider where and how (prepare: URL and raw or
// multipart, which may need the server version first), streams the file with HttpUploadJob and
// turns the answer into the AssetInfo the server created. No retry here: AssetSync retries after
// listing the assets, so an upload whose answer was lost is never sent twice.
class HttpAssetUploadJob final : public TransferJob
{
    Q_OBJECT

public:
    struct Target
    {
        QUrl url;
        bool multipart = false;
    };
    using Prepare = std::function<void(QObject *context, std::function<void(const Result<Target> &)> ready)>;

    HttpAssetUploadJob(HttpReleaseProvider *provider, QString filePath, QString name, Prepare prepare, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    void launch(const Target &target);
    void finish(const Result<TransferResult> &result);

    QPointer<HttpReleaseProvider> m_provider;
    QString m_filePath;
    QString m_name;
    Prepare m_prepare;
    QPointer<HttpUploadJob> m_upload;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
