#pragma once

#include "forge/ReleaseProvider.h"

#include <QJsonObject>

namespace rd {

// Releases kept in a folder: the demo's default target, and a rehearsal target for real users
// ("stage locally, inspect, then publish").
//
//   <root>/index.json     {"format":1, "next_id":N, "next_asset_id":M, "releases":[
//                           {"id", "tag_name", "name", "body", "target_commitish", "draft", "prerelease",
//                            "created_at", "published_at", "folder",
//                            "assets":[{"id", "name", "size", "sha256", "created_at", "download_count"}]}]}
//   <root>/<folder>/<asset name>   one folder per release, named after the tag ('/' and other
//                                  characters unsafe in file names percent-encoded)
//
// Format 1 is the demo's index; "folder", "next_asset_id", "target_commitish" and the asset
// fields are optional when reading (defaults: folder = encoded tag, next_asset_id = largest id + 1).
// Every change rewrites index.json atomically (temporary file + rename) under a lock file
// (index.json.lock), so a second ReleaseDesk process cannot interleave its own change.
// Asset files are copied under a temporary name in the release folder and renamed when complete.
//
// Semantics follow Gitea's where a folder allows it: tags are matched case-insensitively, a second
// release for a tag is a Conflict, drafts and pre-releases are flags. Asset names are unique per
// release, like GitHub (a folder cannot hold two files of one name): uploading a name that
// exists fails with Conflict, and replacing goes through a temporary name and one rename over
// the old copy (replaceByRename: rename(2) and one index write), so the name is never missing. The store records each asset's
// SHA-256 when it is stored.
class LocalStore final : public ReleaseProvider
{
    Q_OBJECT

public:
    explicit LocalStore(QString root, QObject *parent = nullptr);

    QString root() const { return m_root; }
    ServerKind kind() const override { return ServerKind::Local; }
    QString describe() const override;
    QString repository() const override { return m_root; }
    bool allowsDuplicateAssetNames() const override { return false; }

    // Creates an empty store (index.json) if the folder has none.
    Status initialise();

    void serverVersion(QObject *context, Callback<QString> done) override;
    void attachmentSettings(QObject *context, Callback<AttachmentSettings> done) override;
    void currentUser(QObject *context, Callback<QString> done) override;
    void repositoryInfo(QObject *context, Callback<RepositoryInfo> done) override;

    void listReleases(QObject *context, Callback<ReleaseList> done) override;
    void releaseById(qint64 id, QObject *context, Callback<ReleaseInfo> done) override;
    void releaseByTag(const QString &tag, QObject *context, Callback<ReleaseInfo> done) override;
    void createRelease(const ReleaseSpec &spec, QObject *context, Callback<ReleaseInfo> done) override;
    void editRelease(qint64 id, const ReleaseEdit &edit, QObject *context, Callback<ReleaseInfo> done) override;
    void deleteRelease(qint64 id, QObject *context, Callback<void> done) override;

    void listAssets(const ReleaseInfo &release, QObject *context, Callback<AssetList> done) override;
    TransferJob *uploadAsset(const ReleaseInfo &release, const QString &filePath, const QString &name, QObject *parent) override;
    void renameAsset(
        const ReleaseInfo &release, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done) override;
    void deleteAsset(const ReleaseInfo &release, qint64 assetId, QObject *context, Callback<void> done) override;
    bool replacesByRename() const override { return true; }
    void replaceByRename(
        const ReleaseInfo &release, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done) override;
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

    // Synchronous forms (the CLI's `demo` and tests use them; the async API wraps them).
    Result<ReleaseList> releases() const;
    Result<ReleaseInfo> release(qint64 id) const;
    Result<ReleaseInfo> releaseForTag(const QString &tag) const;
    Result<ReleaseInfo> create(const ReleaseSpec &spec);
    Result<ReleaseInfo> edit(qint64 id, const ReleaseEdit &edit);
    Status remove(qint64 id);
    enum class RenameMode { RefuseTaken, ReplaceOthers };
    Result<AssetInfo> rename(qint64 releaseId, qint64 assetId, const QString &newName, RenameMode mode = RenameMode::RefuseTaken);
    Status removeAsset(qint64 releaseId, qint64 assetId);
    // Records a completed copy (a file already in the release folder) as a new asset.
    Result<AssetInfo> commitUpload(
        qint64 releaseId, const QString &name, const QString &tempPath, qint64 size, const QString &sha256);
    // Folder of a release, and the file of an asset.
    QString releaseFolder(const ReleaseInfo &release) const;
    QString assetPath(const ReleaseInfo &release, const AssetInfo &asset) const;

    static QString folderForTag(const QString &tag);
    static Status checkAssetName(const QString &name);

signals:
    // After every change to index.json, once the lock is released (a store view can refresh; a
    // test can check what a reader would see between two steps).
    void changed();

private:
    struct Index
    {
        QJsonObject root;
    };
    Result<Index> readIndex() const;
    Status writeIndex(const Index &index);
    // Runs a change to the index under the lock file.
    template <typename T> Result<T> locked(const std::function<Result<T>(Index &)> &change);
    ReleaseInfo toRelease(const QJsonObject &object) const;
    template <typename T> void answer(QObject *context, Callback<T> done, Result<T> result) const;

    QString m_root;
};

} // namespace rd
