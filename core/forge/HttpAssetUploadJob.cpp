#include "HttpAssetUploadJob.h"

#include "forge/HttpReleaseProvider.h"
#include "net/HttpUploadJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

namespace rd {

HttpAssetUploadJob::HttpAssetUploadJob(
    HttpReleaseProvider *provider, QString filePath, QString name, Prepare prepare, QObject *parent)
    : TransferJob(parent)
    , m_provider(provider)
    , m_filePath(std::move(filePath))
    , m_name(std::move(name))
    , m_prepare(std::move(prepare))
{ }

void HttpAssetUploadJob::start()
{
    m_prepare(this, [this](const Result<Target> &target) {
        if (m_cancelled) {
            finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Upload of %1 cancelled.").arg(m_name)));
            return;
        }
        if (!target) {
            finish(std::unexpected(target.error()));
            return;
        }
        launch(*target);
    });
}

void HttpAssetUploadJob::launch(const Target &target)
{
    if (!m_provider) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Upload of %1 cancelled.").arg(m_name)));
        return;
    }
    const QString purpose = QCoreApplication::translate("core", "uploading %1").arg(m_name);
    m_upload = new HttpUploadJob(m_provider->network(), "POST", target.url, m_filePath, this);
    m_upload->setToken(m_provider->token());
    m_upload->setPurpose(purpose);
    m_upload->setTransferTimeoutMs(m_provider->transferTimeoutMs());
    if (target.multipart) {
        m_upload->setMultipart(QStringLiteral("attachment"), m_name);
    }
    m_provider->countRequest();
    connect(m_upload, &HttpUploadJob::progress, this, &TransferJob::progress);
    connect(m_upload, &HttpUploadJob::finished, this, [this, purpose](const Result<ApiResponse> &answer) {
        const qint64 sent = m_upload ? m_upload->fileSize() : 0;
        if (m_upload) {
            m_upload->deleteLater();
        }
        if (!answer) {
            finish(std::unexpected(answer.error()));
            return;
        }
        if (answer->status < 200 || answer->status >= 300) {
            finish(std::unexpected(m_provider ? m_provider->mapError(answer->status, answer->body, purpose)
                                              : httpError(answer->status, answer->body, purpose)));
            return;
        }
        const QJsonObject object = answer->json().object();
        if (object.isEmpty()) {
            finish(fail(Error::Code::ParseError,
                QCoreApplication::translate("core", "The server's answer to the upload of %1 is not JSON.").arg(m_name)));
            return;
        }
        TransferResult result;
        result.asset = AssetInfo::fromJson(object);
        result.bytes = sent;
        finish(result);
    });
    m_upload->start();
}

void HttpAssetUploadJob::cancel()
{
    m_cancelled = true;
    if (m_upload) {
        m_upload->cancel();
    }
}

void HttpAssetUploadJob::finish(const Result<TransferResult> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

} // namespace rd
