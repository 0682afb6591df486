#include "GitHubProvider.h"

#include "forge/HttpAssetDownloadJob.h"
#include "forge/HttpAssetUploadJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace rd {

GitHubProvider::GitHubProvider(
    QNetworkAccessManager *network, ServerConfig server, QUrl apiBase, QString repository, QString token, QObject *parent)
    : HttpReleaseProvider(network, std::move(server), std::move(apiBase), std::move(repository), std::move(token), parent)
{ }

Error GitHubProvider::mapError(int status, const QByteArray &body, const QString &purpose) const
{
    if (status == 422) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (const QJsonValue &value : object.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("code")).toString() == QStringLiteral("already_exists")) {
                return Error::make(Error::Code::Conflict,
                    QCoreApplication::translate("core", "Already exists while %1 (GitHub: %2 %3 already_exists).")
                        .arg(purpose, entry.value(QStringLiteral("resource")).toString(),
                            entry.value(QStringLiteral("field")).toString()));
            }
        }
    }
    // The shared rules (no token given, a GitHub API that is not there).
    return HttpReleaseProvider::mapError(status, body, purpose);
}

void GitHubProvider::serverVersion(QObject *context, Callback<QString> done)
{
    QTimer::singleShot(0, context, [done] { done(QStringLiteral("GitHub")); });
}

void GitHubProvider::attachmentSettings(QObject *context, Callback<AttachmentSettings> done)
{
    QTimer::singleShot(0, context, [done] { done(AttachmentSettings {}); });
}

void GitHubProvider::listAssets(const ReleaseInfo &release, QObject *context, Callback<AssetList> done)
{
    getAllPages(repoUrl(QStringLiteral("/releases/%1/assets?per_page=100").arg(release.id)),
        QCoreApplication::translate("core", "listing the assets of %1").arg(release.tagName), context,
        [done](const Result<QJsonArray> &items) {
            if (!items) {
                done(std::unexpected(items.error()));
                return;
            }
            AssetList assets;
            QSet<qint64> seen;
            for (const QJsonValue &value : *items) {
                AssetInfo asset = AssetInfo::fromJson(value.toObject());
                if (!seen.contains(asset.id)) {
                    seen.insert(asset.id);
                    assets << asset;
                }
            }
            done(assets);
        });
}

QUrl GitHubProvider::expandUploadUrl(const QString &uploadUrlTemplate, const QString &name)
{
    QString base = uploadUrlTemplate;
    const qsizetype brace = base.indexOf(QLatin1Char('{'));
    if (brace >= 0) {
        base.truncate(brace);
    }
    return QUrl(base + QStringLiteral("?name=") + encodeQueryValue(name));
}

QUrl GitHubProvider::releaseUploadUrl(const ReleaseInfo &release, const QString &name) const
{
    if (!release.uploadUrl.isEmpty()) {
        return expandUploadUrl(release.uploadUrl, name);
    }
    // Not known yet (a release about to be created): github.com's uploads host, for plans.
    QUrl base = m_apiBase;
    if (base.host() == QStringLiteral("api.github.com")) {
        base.setHost(QStringLiteral("uploads.github.com"));
    }
    return QUrl(base.toString()
        + QStringLiteral("/repos/%1/%2/releases/%3/assets?name=")
              .arg(encodeSegment(m_owner), encodeSegment(m_name), releaseLabel(release.id))
        + encodeQueryValue(name));
}

TransferJob *GitHubProvider::uploadAsset(
    const ReleaseInfo &release, const QString &filePath, const QString &name, QObject *parent)
{
    QPointer<GitHubProvider> self(this);
    const ReleaseInfo known = release;
    auto prepare = [self, known, name](QObject *context, std::function<void(const Result<HttpAssetUploadJob::Target> &)> ready) {
        if (!self) {
            return;
        }
        if (!known.uploadUrl.isEmpty()) {
            const QUrl url = expandUploadUrl(known.uploadUrl, name);
            QTimer::singleShot(0, context, [ready, url] { ready(HttpAssetUploadJob::Target { url, false }); });
            return;
        }
        // The upload host comes from the release's upload_url: read it.
        self->releaseById(known.id, context, [name, ready](const Result<ReleaseInfo> &fresh) {
            if (!fresh) {
                ready(std::unexpected(fresh.error()));
                return;
            }
            ready(HttpAssetUploadJob::Target { expandUploadUrl(fresh->uploadUrl, name), false });
        });
    };
    return new HttpAssetUploadJob(this, filePath, name, prepare, parent);
}

PlanRequest GitHubProvider::planUpload(
    const ReleaseInfo &release, const QString &name, qint64 bytes, const QString &filePath) const
{
    return PlanRequest { "POST", releaseUploadUrl(release, name), bytes, filePath, QStringLiteral("raw body") };
}

PlanRequest GitHubProvider::planDownload(const ReleaseInfo &, const AssetInfo &asset) const
{
    return PlanRequest { "GET", repoUrl(QStringLiteral("/releases/assets/%1").arg(asset.id)), -1, {},
        QStringLiteral("Accept: application/octet-stream") };
}

} // namespace rd
