#pragma once

#include "forge/ReleaseProvider.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace rd {

// Puts one local file on a release under a name so that at no moment is a published asset of
// that name missing, and a retry never leaves a duplicate:
//   1. list the assets: the ids already carrying the name are "old";
//   2. upload: under the name itself where the provider accepts duplicate names (Gitea) or
//      nothing has the name yet; otherwise under a temporary name "rdtmp-<hex>-<name>";
//   3. if the upload fails with a network error, a timeout or a 5xx, list the assets first: an
//      asset with the upload's name that was not there before and has the file's size is the
//      upload that arrived although its answer was lost, and is adopted; one with a wrong size is
//      deleted; otherwise the upload is sent again (RetryPolicy's delays, injectable);
//   4. list again and check the new asset is there with the file's size, then its SHA-256: the
//      server's own hash where it has one (GitHub's digest, the local store), else the bytes
//      read back; a copy with other bytes is deleted and the old one kept;
//   5. delete the old assets of that name (and leftovers of earlier temporary uploads);
//   6. temporary name: rename the new asset to the name. The local store renames over the old
//      copy in one step (no gap); on GitHub the name is absent between the delete and the
//      rename, which its refusal of duplicate names makes unavoidable (the plan says so).
// A job: start(), cancel(), progress(), logLine(), finished() exactly once.
class AssetSync final : public QObject
{
    Q_OBJECT

public:
    AssetSync(ReleaseProvider *provider, ReleaseInfo release, QString filePath, QString name, QObject *parent = nullptr);

    // The local file's size (for the check after the upload); read from the file when not set.
    void setExpectedSize(qint64 size) { m_size = size; }
    // The local file's SHA-256 (for the check after the upload); hashed from the file when not set.
    void setExpectedSha256(const QString &sha256) { m_sha256 = sha256; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    void start();
    void cancel();

    QString name() const { return m_name; }
    int uploadsSent() const { return m_uploadsSent; }

    static QString temporaryName(const QString &name);
    static bool isTemporaryNameFor(const QString &candidate, const QString &name);
    static bool isTemporaryName(const QString &candidate);

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    void logLine(const QString &line);
    void finished(const rd::Result<rd::AssetInfo> &result);

private:
    void listThen(std::function<void(const AssetList &)> next);
    void upload();
    void onUploadFailed(const Error &error);
    void verify();
    void verifyContent(std::function<void()> next);
    QList<qint64> olderCopies(const AssetList &assets) const;
    void deleteOld(QList<qint64> ids);
    void renameIfNeeded();
    void finish(const Result<AssetInfo> &result);

    QPointer<ReleaseProvider> m_provider;
    ReleaseInfo m_release;
    QString m_filePath;
    QString m_name;
    QString m_uploadName;
    qint64 m_size = -1;
    QString m_sha256;
    RetryPolicy m_retry;
    QSet<qint64> m_before;
    AssetInfo m_new;
    QPointer<TransferJob> m_job;
    int m_attempt = 0;
    int m_uploadsSent = 0;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace rd
