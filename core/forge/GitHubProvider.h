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
    void currentUser(QObject *context, Callback<QString> done) override;
    void repositoryInfo(QObject *context, Callback<RepositoryInfo> done) override;

    void listReleases(QObject *context, Callback<ReleaseList> done) override;
    void releaseById(qint64 id, QObject *context, Callback<ReleaseInfo> done) override;
    void releaseByTag(const QString &tag, QObject *context, Callback<ReleaseInfo> done) override;

    void listAssets(const ReleaseInfo &release, QObject *context, Callback<AssetList> done) override;
    TransferJob *uploadAsset(const ReleaseInfo &release, const QString &filePath, const QString &name, QObject *parent) override;
    void renameAsset(
        const ReleaseInfo &release, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done) override;
    void deleteAsset(const ReleaseInfo &release, qint64 assetId, QObject *context, Callback<void> done) override;
    TransferJob *downloadAsset(
        const ReleaseInfo &release, const AssetInfo &asset, const QString &destination, QObject *parent) override;

    void listTags(QObject *context, Callback<QStringList> done) override;

    PlanRequest planCreateRelease(const ReleaseSpec &spec) const override;
    PlanRequest planEditRelease(qint64 releaseId, const ReleaseEdit &edit) const override;
    PlanRequest planDeleteRelease(qint64 releaseId) const override;
    PlanRequest planUpload(const ReleaseInfo &release, const QString &name, qint64 bytes, const QString &filePath) const override;
    PlanRequest planRenameAsset(const ReleaseInfo &release, qint64 assetId, const QString &newName) const override;
    PlanRequest planDeleteAsset(const ReleaseInfo &release, qint64 assetId) const override;
    PlanRequest planDownload(const ReleaseInfo &release, const AssetInfo &asset) const override;

    // "https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}" + name -> the upload URL.
    static QUrl expandUploadUrl(const QString &uploadUrlTemplate, const QString &name);

private:
    QUrl releaseUploadUrl(const ReleaseInfo &release, const QString &name) const;
};

} // namespace rd
