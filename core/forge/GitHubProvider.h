#pragma once

#include "forge/HttpReleaseProvider.h"

namespace rd {

// GitHub (and GitHub Enterprise) releases through the REST API:
//   - lists with per_page=100, following Link rel="next";
//   - uploads a raw body to the release's upload_url (a URI template on the uploads host,
//     "…/assets{?name,label}") with ?name=;
//   - 422 {"errors":[{"code":"already_exists"}]} on a duplicate release or asset name -> Conflict;
//     so duplicate asset names never exist here (allowsDuplicateAssetNames() is false);
//   - release by tag finds drafts through the list (the by-tag endpoint shows published ones only);
//   - asset bytes from /releases/assets/{id} with Accept: application/octet-stream (a redirect).
class GitHubProvider final : public HttpReleaseProvider
{
    Q_OBJECT

public:
    // apiBase: https://api.github.com, <url>/api/v3 for Enterprise, or any base (test servers).
    GitHubProvider(QNetworkAccessManager *network, ServerConfig server, QUrl apiBase, QString repository, QString token,
        QObject *parent = nullptr);

    ServerKind kind() const override { return ServerKind::GitHub; }
    bool allowsDuplicateAssetNames() const override { return false; }
    Error mapError(int status, const QByteArray &body, const QString &purpose) const override;

    void serverVersion(QObject *context, Callback<QString> done) override;
    void attachmentSettings(QObject *context, Callback<AttachmentSettings> done) override;

    void listAssets(const ReleaseInfo &release, QObject *context, Callback<AssetList> done) override;
    TransferJob *uploadAsset(const ReleaseInfo &release, const QString &filePath, const QString &name, QObject *parent) override;

    PlanRequest planUpload(const ReleaseInfo &release, const QString &name, qint64 bytes, const QString &filePath) const override;
    PlanRequest planDownload(const ReleaseInfo &release, const AssetInfo &asset) const override;

    // "https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}" + name -> the upload URL.
    static QUrl expandUploadUrl(const QString &uploadUrlTemplate, const QString &name);

protected:
    QString largestPageQuery() const override { return QStringLiteral("per_page=100"); }
    QString assetPath(const QString &, qint64 assetId) const override
    {
        return QStringLiteral("/releases/assets/%1").arg(assetId);
    }
    bool tagEndpointHidesDrafts() const override { return true; }

private:
    QUrl releaseUploadUrl(const ReleaseInfo &release, const QString &name) const;
};

} // namespace rd
