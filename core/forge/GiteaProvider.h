#pragma once

#include "forge/HttpReleaseProvider.h"

namespace rd {

// Gitea (and Forgejo) releases through /api/v1 (see shared/reference/gitea-api-notes.md):
//   - lists with limit=50 (the server's maximum page), following Link rel="next";
//   - uploads as a raw body with ?name= on Gitea >= 1.22, as multipart field "attachment" on
//     older servers (and Forgejo reporting "+gitea-1.21" or older), decided once from /version;
//   - 409 on create -> Conflict; duplicate asset names are accepted by the server;
//   - release by tag: /releases/tags/{tag} (case-insensitive), falling back to the list for tags
//     that contain '/' (the endpoint takes a single path segment);
//   - asset bytes from /attachments/<uuid>, which names one asset even among duplicates.
class GiteaProvider final : public HttpReleaseProvider
{
    Q_OBJECT

public:
    GiteaProvider(
        QNetworkAccessManager *network, ServerConfig server, QString repository, QString token, QObject *parent = nullptr);

    ServerKind kind() const override { return ServerKind::Gitea; }
    bool allowsDuplicateAssetNames() const override { return true; }

    void serverVersion(QObject *context, Callback<QString> done) override;
    void attachmentSettings(QObject *context, Callback<AttachmentSettings> done) override;

    void listAssets(const ReleaseInfo &release, QObject *context, Callback<AssetList> done) override;
    TransferJob *uploadAsset(const ReleaseInfo &release, const QString &filePath, const QString &name, QObject *parent) override;

    PlanRequest planUpload(const ReleaseInfo &release, const QString &name, qint64 bytes, const QString &filePath) const override;
    PlanRequest planDownload(const ReleaseInfo &release, const AssetInfo &asset) const override;

    // "1.22.3" -> true. Forgejo's "7.0.5+gitea-1.21.11" is read as the Gitea version after "+gitea-".
    static bool supportsRawUpload(const QString &version);
    // The version when already known (after serverVersion() or an upload), else empty.
    QString knownVersion() const { return m_version; }
    // Use multipart without asking the server (tests, or a server whose /version is hidden).
    void setVersionForUploads(const QString &version) { m_version = version; }

    // The server version, asked once however many uploads start at the same time.
    void ensureVersion(QObject *context, Callback<QString> done);

protected:
    QString largestPageQuery() const override { return QStringLiteral("limit=50"); }
    QString assetPath(const QString &releaseLabel, qint64 assetId) const override
    {
        return QStringLiteral("/releases/%1/assets/%2").arg(releaseLabel).arg(assetId);
    }
    Qt::CaseSensitivity tagCase() const override { return Qt::CaseInsensitive; }

private:
    QUrl uploadUrl(qint64 releaseId, const QString &name, bool raw) const;
    QString m_version;
    QList<std::function<void(const Result<QString> &)>> m_versionWaiters;
};

} // namespace rd
