#include "AssetSync.h"

#include "plan/Plan.h"
#include "publish/FileHasher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace rd {

AssetSync::AssetSync(ReleaseProvider *provider, ReleaseInfo release, QString filePath, QString name, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_release(std::move(release))
    , m_filePath(std::move(filePath))
    , m_name(std::move(name))
    , m_retry(provider ? provider->retryPolicy() : RetryPolicy {})
{ }

QString AssetSync::temporaryName(const QString &name)
{
    return QStringLiteral("rdtmp-%1-").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')) + name;
}

bool AssetSync::isTemporaryName(const QString &candidate)
{
    static const QRegularExpression pattern(QStringLiteral("^rdtmp-[0-9a-f]{8}-."));
    return pattern.match(candidate).hasMatch();
}

bool AssetSync::isTemporaryNameFor(const QString &candidate, const QString &name)
{
    return isTemporaryName(candidate) && candidate.mid(15) == name;
}

void AssetSync::start()
{
    if (m_size < 0) {
        const QFileInfo info(m_filePath);
        if (!info.isFile()) {
            QTimer::singleShot(0, this, [this] {
                finish(fail(Error::Code::NotFound, QCoreApplication::translate("core", "%1 does not exist.").arg(m_filePath)));
            });
            return;
        }
        m_size = info.size();
    }
    listThen([this](const AssetList &assets) {
        for (const AssetInfo &asset : assets) {
            if (asset.name == m_name || isTemporaryNameFor(asset.name, m_name)) {
                m_before.insert(asset.id);
            }
        }
        const bool nameTaken = !assetsNamed(assets, m_name).isEmpty();
        m_uploadName = (m_provider->allowsDuplicateAssetNames() || !nameTaken) ? m_name : temporaryName(m_name);
        upload();
    });
}

void AssetSync::cancel()
{
    m_cancelled = true;
    if (m_job) {
        m_job->cancel();
    }
}

void AssetSync::listThen(std::function<void(const AssetList &)> next)
{
    if (!m_provider) {
        QTimer::singleShot(0, this,
            [this] { finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The provider went away."))); });
        return;
    }
    m_provider->listAssets(m_release, this, [this, next](const Result<AssetList> &assets) {
        if (m_cancelled) {
            finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Upload of %1 cancelled.").arg(m_name)));
            return;
        }
        if (!assets) {
            finish(std::unexpected(assets.error()));
            return;
        }
        next(*assets);
    });
}

void AssetSync::upload()
{
    ++m_attempt;
    ++m_uploadsSent;
    emit logLine(m_uploadName == m_name
            ? QCoreApplication::translate("core", "uploading %1 (%2)").arg(m_name, formatBytes(m_size))
            : QCoreApplication::translate("core", "uploading %1 (%2) as %3").arg(m_name, formatBytes(m_size), m_uploadName));
    m_job = m_provider->uploadAsset(m_release, m_filePath, m_uploadName, this);
    connect(m_job, &TransferJob::progress, this, &AssetSync::progress);
    connect(m_job, &TransferJob::logLine, this, &AssetSync::logLine);
    connect(m_job, &TransferJob::finished, this, [this](const Result<TransferResult> &result) {
        m_job->deleteLater();
        m_job = nullptr;
        if (m_cancelled) {
            finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Upload of %1 cancelled.").arg(m_name)));
            return;
        }
        if (!result) {
            onUploadFailed(result.error());
            return;
        }
        m_new = result->asset;
        verify();
    });
    m_job->start();
}

void AssetSync::onUploadFailed(const Error &error)
{
    if (!RetryPolicy::isRetryable(error)) {
        finish(std::unexpected(error));
        return;
    }
    // The upload may have arrived although its answer did not: look before sending it again.
    emit logLine(
        QCoreApplication::translate("core", "upload of %1 failed (%2); checking whether it arrived").arg(m_name, error.message));
    listThen([this, error](const AssetList &assets) {
        QList<qint64> partial;
        for (const AssetInfo &asset : assets) {
            if (asset.name != m_uploadName || m_before.contains(asset.id)) {
                continue;
            }
            if (asset.size == m_size && m_new.id == 0) {
                m_new = asset;
            } else {
                partial << asset.id;
            }
        }
        auto afterCleanup = [this, error] {
            if (m_new.id != 0) {
                emit logLine(QCoreApplication::translate(
                    "core", "%1 arrived (asset %2) although the answer was lost; not sending it again")
                                 .arg(m_name)
                                 .arg(m_new.id));
                verify();
                return;
            }
            if (!m_retry.shouldRetry(error, m_attempt)) {
                finish(std::unexpected(error));
                return;
            }
            const int delay = m_retry.delayBeforeAttempt(m_attempt + 1);
            emit logLine(
                QCoreApplication::translate("core", "sending %1 again in %2 ms (attempt %3 of %4)")
                    .arg(m_name, QString::number(delay), QString::number(m_attempt + 1), QString::number(m_retry.maxAttempts)));
            QTimer::singleShot(delay, this, [this] {
                if (m_cancelled) {
                    finish(
                        fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Upload of %1 cancelled.").arg(m_name)));
                    return;
                }
                upload();
            });
        };
        if (partial.isEmpty()) {
            afterCleanup();
            return;
        }
        // Incomplete copies of this upload (wrong size) go before trying again.
        auto remaining = std::make_shared<int>(int(partial.size()));
        for (const qint64 id : partial) {
            m_provider->deleteAsset(m_release, id, this, [this, remaining, afterCleanup](const Status &) {
                if (--*remaining == 0) {
                    afterCleanup();
                }
            });
        }
    });
}

void AssetSync::verify()
{
    listThen([this](const AssetList &assets) {
        const AssetInfo *listed = nullptr;
        for (const AssetInfo &asset : assets) {
            if (asset.id == m_new.id) {
                listed = &asset;
            }
        }
        if (!listed) {
            finish(fail(Error::Code::ServerError,
                QCoreApplication::translate("core", "The server accepted %1 but does not list it (asset %2).")
                    .arg(m_name)
                    .arg(m_new.id),
                QCoreApplication::translate("core", "Run the upload again; the old copy was kept.")));
            return;
        }
        if (listed->size != m_size) {
            const AssetInfo bad = *listed;
            m_provider->deleteAsset(m_release, bad.id, this, [this, bad](const Status &) {
                finish(fail(Error::Code::ServerError,
                    QCoreApplication::translate(
                        "core", "The server lists %1 with %2 bytes instead of %3; the new copy was removed, the old one kept.")
                        .arg(m_name)
                        .arg(bad.size)
                        .arg(m_size),
                    QCoreApplication::translate("core", "Run the upload again; check the proxy's body limits if it repeats.")));
            });
            return;
        }
        m_new = *listed;
        verifyContent([this] { listThen([this](const AssetList &now) { deleteOld(olderCopies(now)); }); });
    });
}

QList<qint64> AssetSync::olderCopies(const AssetList &assets) const
{
    // Listed again after the content check: a copy that arrived meanwhile (an upload of an
    // interrupted run that the server was still receiving) goes too.
    QList<qint64> old;
    for (const AssetInfo &asset : assets) {
        if (asset.id == m_new.id) {
            continue;
        }
        // Where a rename replaces in one step, the copies carrying the name go in that step.
        const bool goesWithRename = m_provider->replacesByRename() && m_new.name != m_name && asset.name == m_name;
        if (!goesWithRename && (asset.name == m_name || isTemporaryNameFor(asset.name, m_name))) {
            old << asset.id;
        }
    }
    return old;
}

void AssetSync::verifyContent(std::function<void()> next)
{
    // The local file's hash first (cached when the plan hashed it already), then the server's.
    if (m_sha256.isEmpty()) {
        FileHasher::hash(m_filePath, this, [this, next](const Result<FileDigest> &digest) {
            if (!digest) {
                finish(std::unexpected(digest.error()));
                return;
            }
            m_sha256 = digest->sha256;
            verifyContent(next);
        });
        return;
    }
    auto compare = [this, next](const QString &stored) {
        if (stored.compare(m_sha256, Qt::CaseInsensitive) == 0) {
            next();
            return;
        }
        const AssetInfo bad = m_new;
        m_provider->deleteAsset(m_release, bad.id, this, [this, stored](const Status &) {
            finish(fail(Error::Code::ServerError,
                QCoreApplication::translate("core",
                    "The server stores %1 with other bytes than the local file (SHA-256 %2… instead of %3…); "
                    "the new copy was removed, the old one kept.")
                    .arg(m_name, stored.left(12), m_sha256.left(12)),
                QCoreApplication::translate("core",
                    "Run the upload again; if it repeats, something between here and the server changes the "
                    "file (a proxy, a virus scanner).")));
        });
    };
    if (!m_new.sha256.isEmpty()) {
        // The server says the hash itself (GitHub's digest, the local store's index).
        compare(m_new.sha256);
        return;
    }
    // Gitea keeps no hash: read the stored bytes back (hashed as they stream, nothing written).
    emit logLine(QCoreApplication::translate("core", "reading %1 back to check its SHA-256").arg(m_name));
    m_job = m_provider->downloadAsset(m_release, m_new, QString(), this);
    connect(m_job, &TransferJob::finished, this, [this, compare](const Result<TransferResult> &read) {
        m_job->deleteLater();
        m_job = nullptr;
        if (m_cancelled) {
            finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Upload of %1 cancelled.").arg(m_name)));
            return;
        }
        if (!read) {
            Error error = read.error();
            error.message = QCoreApplication::translate("core", "Cannot read %1 back to check it: %2").arg(m_name, error.message);
            finish(std::unexpected(error));
            return;
        }
        compare(read->sha256);
    });
    m_job->start();
}

void AssetSync::deleteOld(QList<qint64> ids)
{
    if (ids.isEmpty()) {
        renameIfNeeded();
        return;
    }
    const qint64 id = ids.takeFirst();
    emit logLine(QCoreApplication::translate("core", "deleting the older %1 (asset %2)").arg(m_name).arg(id));
    m_provider->deleteAsset(m_release, id, this, [this, ids](const Status &deleted) {
        if (!deleted && deleted.error().code != Error::Code::NotFound) {
            finish(std::unexpected(deleted.error()));
            return;
        }
        deleteOld(ids);
    });
}

void AssetSync::renameIfNeeded()
{
    if (m_new.name == m_name) {
        finish(m_new);
        return;
    }
    const bool replacing = m_provider->replacesByRename();
    emit logLine(replacing ? QCoreApplication::translate("core", "moving %1 over %2 in one step").arg(m_new.name, m_name)
                           : QCoreApplication::translate("core", "renaming %1 to %2").arg(m_new.name, m_name));
    auto done = [this](const Result<AssetInfo> &renamed) {
        if (!renamed) {
            finish(std::unexpected(renamed.error()));
            return;
        }
        AssetInfo asset = *renamed;
        if (asset.id == 0) {
            asset = m_new;
            asset.name = m_name;
        }
        finish(asset);
    };
    if (replacing) {
        m_provider->replaceByRename(m_release, m_new.id, m_name, this, done);
    } else {
        m_provider->renameAsset(m_release, m_new.id, m_name, this, done);
    }
}

void AssetSync::finish(const Result<AssetInfo> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

} // namespace rd
