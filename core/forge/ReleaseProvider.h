#pragma once

#include "common/Error.h"
#include "forge/ReleaseInfo.h"
#include "forge/ServerConfig.h"
#include "forge/TransferJob.h"
#include "net/RetryPolicy.h"
#include "plan/Plan.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace rd {

// One interface over the places releases live: Gitea (and Forgejo), GitHub, and the local release
// store. Every call answers through its callback exactly once and always asynchronously (never
// from inside the call), unless `context` is destroyed first; the callback then never runs.
// Transfers are jobs (TransferJob) the caller starts, so they can report progress and be cancelled.
//
// Semantics shared by all three (where a server differs, the provider hides it):
//   - listReleases() returns every release, all pages, newest first, drafts included when the
//     token may see them; releaseByTag() finds drafts too (GitHub's by-tag endpoint does not).
//   - createRelease() fails with Error::Code::Conflict when a release for the tag exists (Gitea
//     409, GitHub 422 already_exists, the local store's index).
//   - uploadAsset() with a name that exists: Gitea and the local store's "gitea" flavour add a
//     second asset (allowsDuplicateAssetNames() true); GitHub and the local store refuse with
//     Conflict. Callers that replace assets use AssetSync, which handles both.
//   - renameAsset()/deleteAsset() address an asset by release and asset id.
class ReleaseProvider : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    using QObject::QObject;

    virtual ServerKind kind() const = 0;
    // "Gitea http://host alice/tallyho", for plans and logs.
    virtual QString describe() const = 0;
    virtual QString repository() const = 0;
    virtual bool allowsDuplicateAssetNames() const = 0;

    // The server and the token.
    virtual void serverVersion(QObject *context, Callback<QString> done) = 0;
    virtual void attachmentSettings(QObject *context, Callback<AttachmentSettings> done) = 0;
    virtual void currentUser(QObject *context, Callback<QString> done) = 0; // login
    virtual void repositoryInfo(QObject *context, Callback<RepositoryInfo> done) = 0;

    // Releases.
    virtual void listReleases(QObject *context, Callback<ReleaseList> done) = 0;
    virtual void releaseById(qint64 id, QObject *context, Callback<ReleaseInfo> done) = 0;
    virtual void releaseByTag(const QString &tag, QObject *context, Callback<ReleaseInfo> done) = 0; // NotFound if none
    virtual void createRelease(const ReleaseSpec &spec, QObject *context, Callback<ReleaseInfo> done) = 0;
    virtual void editRelease(qint64 id, const ReleaseEdit &edit, QObject *context, Callback<ReleaseInfo> done) = 0;
    virtual void deleteRelease(qint64 id, QObject *context, Callback<void> done) = 0;

    // Assets.
    virtual void listAssets(const ReleaseInfo &release, QObject *context, Callback<AssetList> done) = 0;
    virtual TransferJob *uploadAsset(const ReleaseInfo &release, const QString &filePath, const QString &name, QObject *parent)
        = 0;
    virtual void renameAsset(
        const ReleaseInfo &release, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done)
        = 0;
    virtual void deleteAsset(const ReleaseInfo &release, qint64 assetId, QObject *context, Callback<void> done) = 0;
    // Whether a rename can take a name other assets carry and replace them in the same step (the
    // local store: one rename(2) and one index write), so a replaced asset's name is never
    // missing. Gitea needs no rename (duplicates are allowed); GitHub cannot.
    virtual bool replacesByRename() const { return false; }
    // Renames assetId to newName, replacing every other asset of that name in the same step.
    // Only where replacesByRename(); elsewhere NotSupported.
    virtual void replaceByRename(
        const ReleaseInfo &release, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done);
    // Downloads an asset's bytes, hashing them; an empty destination only hashes.
    virtual TransferJob *downloadAsset(
        const ReleaseInfo &release, const AssetInfo &asset, const QString &destination, QObject *parent)
        = 0;

    // Tags (names, newest first).
    virtual void listTags(QObject *context, Callback<QStringList> done) = 0;

    // The exact requests a write will send, for plans. A release id of 0 means "the release
    // about to be created" and shows as (new).
    virtual PlanRequest planCreateRelease(const ReleaseSpec &spec) const = 0;
    virtual PlanRequest planEditRelease(qint64 releaseId, const ReleaseEdit &edit) const = 0;
    virtual PlanRequest planDeleteRelease(qint64 releaseId) const = 0;
    virtual PlanRequest planUpload(
        const ReleaseInfo &release, const QString &name, qint64 bytes, const QString &filePath) const = 0;
    virtual PlanRequest planRenameAsset(const ReleaseInfo &release, qint64 assetId, const QString &newName) const = 0;
    virtual PlanRequest planDeleteAsset(const ReleaseInfo &release, qint64 assetId) const = 0;
    virtual PlanRequest planDownload(const ReleaseInfo &release, const AssetInfo &asset) const = 0;

    // Requests sent so far (HTTP providers; 0 for the local store). For benchmarks and tests.
    int requestCount() const { return m_requestCount; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

signals:
    void logLine(const QString &line);

protected:
    int m_requestCount = 0;
    RetryPolicy m_retry;
    int m_transferTimeoutMs = 60'000;
};

} // namespace rd
