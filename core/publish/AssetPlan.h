#pragma once

#include "forge/ReleaseProvider.h"
#include "plan/Plan.h"
#include "publish/FileHasher.h"
#include "publish/PublishOptions.h"
#include "publish/Sha256Sums.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace rd {

// Builds the plan that puts local files on a release without duplicates or gaps. It reads, and
// never changes: hashes the local files (worker thread), finds the release by tag, lists its
// assets, reads its SHA256SUMS, and downloads-and-hashes only the same-name, same-size assets
// whose checksum is not otherwise known. Per file the plan then says:
//   - skip: an asset of that name has the same size and SHA-256 (from SHA256SUMS when that file is
//     at least as new as the asset and the name is unique, from the local store's index, or
//     by downloading); further copies of the name are removed;
//   - upload: the new copy goes up first, is checked, and only then are older copies deleted
//     (GitHub/local store: upload under a temporary name, delete, rename).
// Around that: create the release (pre-release flag from the tag, draft with target_commitish
// for draft-then-publish), fix the pre-release flag of an existing one, upload a regenerated
// SHA256SUMS (unless identical), check every file is listed once with its size, and publish.
class AssetPlan final : public QObject
{
    Q_OBJECT

public:
    AssetPlan(ReleaseProvider *provider, PublishOptions options, QObject *parent = nullptr);

    void start();
    void cancel();

    const PublishOptions &options() const { return m_options; }
    // After finished(): the release as found (id 0 when it will be created) and its assets.
    const ReleaseInfo &release() const { return m_release; }
    const AssetList &assets() const { return m_assets; }
    QHash<QString, FileDigest> localDigests() const { return m_local; }
    int downloadsForHashing() const { return m_downloads; }

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::Plan> &plan);

private:
    void stepDone();
    void readChecksums();
    void readSignature();
    void addSignatureAction(Plan &plan, QJsonArray &expected, const QByteArray &sums, qint64 releaseId) const;
    void hashRemote();
    void hashNext();
    void build();
    QString knownHash(const AssetInfo &asset) const;
    void finish(const Result<Plan> &result);

    QPointer<ReleaseProvider> m_provider;
    PublishOptions m_options;
    bool m_prerelease = false;
    ReleaseInfo m_release;
    bool m_releaseExists = false;
    AssetList m_assets;
    QHash<QString, FileDigest> m_local; // by asset name
    QHash<qint64, QString> m_remoteHash; // by asset id
    Sha256Sums m_sums;
    AssetInfo m_sumsAsset;
    bool m_sumsRead = false;
    QByteArray m_sumsText;
    std::optional<QByteArray> m_signatureText; // the release's one SHA256SUMS.sig, when read
    QList<AssetInfo> m_toHash;
    int m_hashRunning = 0;
    int m_downloads = 0;
    int m_pending = 0;
    QStringList m_notes;
    std::unique_ptr<QTemporaryDir> m_temp;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
