#include "AssetPlan.h"

#include "common/AtomicFile.h"
#include "project/ArtifactNames.h"
#include "publish/AssetSync.h"
#include "signing/UpdateSignature.h"
#include "version/TagScheme.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

namespace rd {

namespace {

QString copies(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 older copy") : QStringLiteral("%1 older copies").arg(count);
}

QString idList(const AssetList &assets)
{
    QStringList ids;
    for (const AssetInfo &asset : assets) {
        ids << QString::number(asset.id);
    }
    return ids.join(QStringLiteral(", "));
}

} // namespace

AssetPlan::AssetPlan(ReleaseProvider *provider, PublishOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_options(std::move(options))
{ }

void AssetPlan::cancel()
{
    m_cancelled = true;
    QTimer::singleShot(
        0, this, [this] { finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Planning cancelled."))); });
}

void AssetPlan::finish(const Result<Plan> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

void AssetPlan::start()
{
    // Checks that need nothing from the network, answered asynchronously like everything else.
    auto invalid = [this](const Error &error) { QTimer::singleShot(0, this, [this, error] { finish(std::unexpected(error)); }); };
    if (!m_provider) {
        invalid(Error::make(Error::Code::InvalidInput, QCoreApplication::translate("core", "No release provider.")));
        return;
    }
    if (m_options.tag.trimmed().isEmpty()) {
        invalid(Error::make(Error::Code::InvalidInput, QCoreApplication::translate("core", "A release needs a tag."),
            QCoreApplication::translate("core", "Give it with --tag.")));
        return;
    }
    if (auto keys = ChecksumSigning::keys(); !keys && m_options.generateChecksums) {
        invalid(keys.error());
        return;
    }
    QSet<QString> names;
    for (const QString &file : std::as_const(m_options.files)) {
        const QFileInfo info(file);
        if (!info.isFile()) {
            invalid(Error::make(Error::Code::NotFound, QCoreApplication::translate("core", "%1 is not a file.").arg(file)));
            return;
        }
        if (names.contains(info.fileName())) {
            invalid(Error::make(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "Two files are named %1; asset names must differ.").arg(info.fileName())));
            return;
        }
        names.insert(info.fileName());
    }
    if (m_options.prerelease) {
        m_prerelease = *m_options.prerelease;
    } else {
        auto scheme = TagScheme::withPrefix(m_options.tagPrefix);
        auto pre = scheme ? scheme->isPrereleaseTag(m_options.tag) : Result<bool>(std::unexpected(scheme.error()));
        if (!pre) {
            invalid(Error::make(Error::Code::Precondition,
                QCoreApplication::translate("core", "Cannot tell from the tag %1 whether this is a pre-release: %2")
                    .arg(m_options.tag, pre.error().message),
                QCoreApplication::translate("core", "Say it with --prerelease or --final.")));
            return;
        }
        m_prerelease = *pre;
    }

    m_pending = int(m_options.files.size()) + 1;
    emit progress(0, m_pending,
        QCoreApplication::translate("core", "hashing %n file(s), reading the release", nullptr, int(m_options.files.size())));
    for (const QString &file : std::as_const(m_options.files)) {
        FileHasher::hash(file, this, [this](const Result<FileDigest> &digest) {
            if (m_done) {
                return;
            }
            if (!digest) {
                finish(std::unexpected(digest.error()));
                return;
            }
            m_local.insert(QFileInfo(digest->path).fileName(), *digest);
            stepDone();
        });
    }
    m_provider->releaseByTag(m_options.tag, this, [this](const Result<ReleaseInfo> &release) {
        if (m_done) {
            return;
        }
        if (!release) {
            if (release.error().code != Error::Code::NotFound) {
                finish(std::unexpected(release.error()));
                return;
            }
            if (!m_options.createIfMissing) {
                finish(fail(Error::Code::NotFound,
                    QCoreApplication::translate("core", "There is no release for %1.").arg(m_options.tag),
                    QCoreApplication::translate("core", "Create it first (release create), or let upload create it.")));
                return;
            }
            m_releaseExists = false;
            m_release = ReleaseInfo {};
            m_release.tagName = m_options.tag;
            stepDone();
            return;
        }
        m_releaseExists = true;
        m_release = *release;
        m_provider->listAssets(m_release, this, [this](const Result<AssetList> &assets) {
            if (m_done) {
                return;
            }
            if (!assets) {
                finish(std::unexpected(assets.error()));
                return;
            }
            m_assets = *assets;
            m_release.assets = *assets;
            stepDone();
        });
    });
}

void AssetPlan::stepDone()
{
    --m_pending;
    emit progress(m_options.files.size() + 1 - m_pending, m_options.files.size() + 1, QStringLiteral("reading"));
    if (m_pending == 0 && !m_cancelled) {
        readChecksums();
    }
}

void AssetPlan::readChecksums()
{
    const AssetList sums = assetsNamed(m_assets, Sha256Sums::fileName());
    if (sums.size() != 1) {
        if (sums.size() > 1) {
            m_notes << QCoreApplication::translate(
                "core", "The release has %1 SHA256SUMS files; none is trusted, and one fresh copy replaces them.")
                           .arg(sums.size());
        }
        hashRemote();
        return;
    }
    m_sumsAsset = sums.first();
    m_temp = std::make_unique<QTemporaryDir>();
    const QString target = QDir(m_temp->path()).filePath(Sha256Sums::fileName());
    TransferJob *job = m_provider->downloadAsset(m_release, m_sumsAsset, target, this);
    ++m_downloads;
    connect(job, &TransferJob::finished, this, [this, job](const Result<TransferResult> &result) {
        job->deleteLater();
        if (m_done) {
            return;
        }
        if (!result) {
            m_notes << QCoreApplication::translate(
                "core", "The release's SHA256SUMS could not be read (%1); same-size assets are downloaded to compare.")
                           .arg(result.error().message);
            hashRemote();
            return;
        }
        auto text = readWholeFile(result->path);
        auto parsed = text ? Sha256Sums::parse(*text) : Result<Sha256Sums>(std::unexpected(text.error()));
        if (!parsed) {
            m_notes << QCoreApplication::translate(
                "core", "The release's SHA256SUMS is not in sha256sum format (%1); it will be replaced.")
                           .arg(parsed.error().message);
        } else {
            m_sums = *parsed;
            m_sumsRead = true;
            m_sumsText = *text;
        }
        m_remoteHash.insert(m_sumsAsset.id, result->sha256);
        readSignature();
    });
    job->start();
}

// The release's SHA256SUMS.sig, read only when this run signs: signatures are deterministic, so
// an unchanged one is kept rather than uploaded again.
void AssetPlan::readSignature()
{
    const AssetList signatures = assetsNamed(m_assets, ChecksumSigning::signatureFileName());
    auto keys = ChecksumSigning::keys();
    if (signatures.size() != 1 || !keys || keys->isEmpty()) {
        hashRemote();
        return;
    }
    const QString target = QDir(m_temp->path()).filePath(ChecksumSigning::signatureFileName());
    TransferJob *job = m_provider->downloadAsset(m_release, signatures.first(), target, this);
    ++m_downloads;
    connect(job, &TransferJob::finished, this, [this, job](const Result<TransferResult> &result) {
        job->deleteLater();
        if (m_done) {
            return;
        }
        if (result) {
            if (auto text = readWholeFile(result->path)) {
                m_signatureText = *text;
            }
        }
        hashRemote();
    });
    job->start();
}

void AssetPlan::addSignatureAction(Plan &plan, QJsonArray &expected, const QByteArray &sums, qint64 releaseId) const
{
    auto signature = ChecksumSigning::signatureFor(sums);
    if (!signature || !*signature) {
        return; // a broken key was reported when the plan started
    }
    const QString name = ChecksumSigning::signatureFileName();
    const QByteArray content = **signature;
    const AssetList existing = assetsNamed(m_assets, name);
    expected.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("size"), content.size() } });
    if (existing.size() == 1 && m_signatureText == content) {
        PlanAction skip = PlanAction::http(QStringLiteral("skip:") + name,
            QCoreApplication::translate("core", "Keep %1: it already signs these checksums").arg(name), PlanRequest {});
        skip.changesNothing = true;
        skip.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("skip") }, { QStringLiteral("name"), name } };
        plan.actions << skip;
        return;
    }
    PlanAction upload = PlanAction::http(QStringLiteral("upload:") + name,
        QCoreApplication::translate("core", "Upload %1 (Ed25519, %n key(s))%2", nullptr, int(content.count('\n')))
            .arg(name)
            .arg(existing.isEmpty() ? QString() : QCoreApplication::translate("core", ", replacing %1").arg(idList(existing))),
        m_provider->planUpload(m_release, name, content.size(), {}));
    for (const AssetInfo &asset : existing) {
        upload.followUps << m_provider->planDeleteAsset(m_release, asset.id);
    }
    upload.request.body = QString::fromUtf8(content).trimmed();
    upload.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("upload-sums") },
        { QStringLiteral("release_id"), releaseId }, { QStringLiteral("name"), name },
        { QStringLiteral("content"), QString::fromUtf8(content) }, { QStringLiteral("size"), content.size() } };
    plan.actions << upload;
}

QString AssetPlan::knownHash(const AssetInfo &asset) const
{
    if (m_remoteHash.contains(asset.id)) {
        return m_remoteHash.value(asset.id);
    }
    if (!asset.sha256.isEmpty()) {
        return asset.sha256.toLower();
    }
    // SHA256SUMS vouches for an asset when it names it, the name is unique, and the list was
    // uploaded after the asset (an older list may describe a copy since replaced).
    if (m_sumsRead && m_sums.contains(asset.name) && assetsNamed(m_assets, asset.name).size() == 1
        && m_sumsAsset.createdAt >= asset.createdAt) {
        return m_sums.hashOf(asset.name);
    }
    return {};
}

void AssetPlan::hashRemote()
{
    QSet<qint64> queued;
    for (auto it = m_local.cbegin(); it != m_local.cend(); ++it) {
        for (const AssetInfo &asset : assetsNamed(m_assets, it.key())) {
            if (asset.size == it->size && knownHash(asset).isEmpty() && !queued.contains(asset.id)) {
                m_toHash << asset;
                queued.insert(asset.id);
            }
        }
    }
    if (m_options.generateChecksums && !m_local.contains(Sha256Sums::fileName())) {
        // Assets this run does not upload still belong in the new SHA256SUMS.
        for (const AssetInfo &asset : std::as_const(m_assets)) {
            if (m_local.contains(asset.name) || asset.name == Sha256Sums::fileName() || AssetSync::isTemporaryName(asset.name)
                || ArtifactNames::isUpdateMetadata(asset.name) || queued.contains(asset.id) || !knownHash(asset).isEmpty()) {
                continue;
            }
            m_toHash << asset;
            queued.insert(asset.id);
        }
    }
    if (m_toHash.isEmpty()) {
        build();
        return;
    }
    emit logLine(
        QCoreApplication::translate("core", "downloading %n asset(s) to compare checksums", nullptr, int(m_toHash.size())));
    const int parallel = std::max(1, m_options.parallelUploads);
    for (int i = 0; i < parallel && !m_toHash.isEmpty(); ++i) {
        hashNext();
    }
}

void AssetPlan::hashNext()
{
    if (m_toHash.isEmpty()) {
        if (m_hashRunning == 0 && !m_done) {
            build();
        }
        return;
    }
    const AssetInfo asset = m_toHash.takeFirst();
    ++m_hashRunning;
    ++m_downloads;
    TransferJob *job = m_provider->downloadAsset(m_release, asset, QString(), this);
    connect(job, &TransferJob::progress, this, &AssetPlan::progress);
    connect(job, &TransferJob::finished, this, [this, job, asset](const Result<TransferResult> &result) {
        job->deleteLater();
        --m_hashRunning;
        if (m_done) {
            return;
        }
        if (!result) {
            finish(std::unexpected(result.error()));
            return;
        }
        if (result->bytes != asset.size) {
            m_notes << QCoreApplication::translate("core", "%1 (asset %2) is listed with %3 bytes but %4 bytes were downloaded.")
                           .arg(asset.name)
                           .arg(asset.id)
                           .arg(asset.size)
                           .arg(result->bytes);
        }
        m_remoteHash.insert(asset.id, result->bytes == asset.size ? result->sha256 : QStringLiteral("size-mismatch"));
        hashNext();
    });
    job->start();
}

void AssetPlan::build()
{
    if (m_done) {
        return;
    }
    ReleaseProvider *provider = m_provider;
    if (!provider) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The provider went away.")));
        return;
    }
    Plan plan;
    plan.title = QCoreApplication::translate("core", "Publish %1 to %2").arg(m_options.tag, provider->describe());
    plan.data = QJsonObject { { QStringLiteral("tag"), m_options.tag }, { QStringLiteral("release_id"), m_release.id } };
    const qint64 releaseId = m_release.id;

    if (!m_releaseExists) {
        ReleaseSpec spec;
        spec.tagName = m_options.tag;
        spec.name = m_options.title.isEmpty() ? m_options.tag : m_options.title;
        spec.body = m_options.notes;
        spec.targetCommitish = m_options.targetCommitish;
        spec.prerelease = m_prerelease;
        spec.draft = m_options.draftThenPublish;
        PlanAction action = PlanAction::http(QStringLiteral("create-release"),
            QCoreApplication::translate("core", "Create the %1release %2%3")
                .arg(spec.draft ? QStringLiteral("draft ") : QString(), m_options.tag,
                    spec.prerelease ? QStringLiteral(" (pre-release)") : QString()),
            provider->planCreateRelease(spec));
        action.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("create-release") },
            { QStringLiteral("spec"), spec.toJson() } };
        plan.actions << action;
        if (spec.draft && spec.targetCommitish.isEmpty() && provider->kind() == ServerKind::Gitea) {
            m_notes << QCoreApplication::translate(
                "core", "A Gitea draft creates no tag: push %1 before publishing, or give --target so publishing creates it.")
                           .arg(m_options.tag);
        }
    } else {
        if (m_release.prerelease != m_prerelease && !m_options.prerelease) {
            // The flag of an existing release is the publisher's choice: only an explicit
            // --prerelease/--final changes it, never a guess from the tag.
            m_notes << QCoreApplication::translate(
                "core", "%1 stays %2 (the tag reads as %3); say --prerelease or --final to change it.")
                           .arg(m_options.tag,
                               m_release.prerelease ? QCoreApplication::translate("core", "a pre-release")
                                                    : QCoreApplication::translate("core", "a final release"),
                               m_prerelease ? QCoreApplication::translate("core", "a pre-release")
                                            : QCoreApplication::translate("core", "final"));
        } else if (m_release.prerelease != m_prerelease) {
            ReleaseEdit edit;
            edit.prerelease = m_prerelease;
            PlanAction action = PlanAction::http(QStringLiteral("edit-release"),
                m_prerelease ? QCoreApplication::translate("core", "Mark %1 as a pre-release").arg(m_options.tag)
                             : QCoreApplication::translate("core", "Mark %1 as a final release").arg(m_options.tag),
                provider->planEditRelease(releaseId, edit));
            action.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("edit-release") },
                { QStringLiteral("release_id"), releaseId }, { QStringLiteral("edit"), edit.toJson() } };
            plan.actions << action;
        }
        if (m_release.draft && !m_options.draftThenPublish) {
            m_notes << QCoreApplication::translate(
                "core", "The release %1 is a draft and stays one; publish it with `release publish`.")
                           .arg(m_options.tag);
        }
    }

    QJsonArray expected;
    QSet<QString> uploading;
    for (const QString &file : std::as_const(m_options.files)) {
        const QString name = QFileInfo(file).fileName();
        const FileDigest digest = m_local.value(name);
        const AssetList existing = assetsNamed(m_assets, name);
        expected.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("size"), digest.size } });
        AssetList matching;
        for (const AssetInfo &asset : existing) {
            if (asset.size == digest.size && knownHash(asset) == digest.sha256) {
                matching << asset;
            }
        }
        if (!matching.isEmpty()) {
            const AssetInfo keep = matching.last(); // the newest identical copy
            PlanAction skip = PlanAction::http(QStringLiteral("skip:") + name,
                QCoreApplication::translate("core", "Keep %1: already there with the same size and SHA-256 (asset %2)")
                    .arg(name)
                    .arg(keep.id),
                PlanRequest {});
            skip.changesNothing = true;
            skip.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("skip") }, { QStringLiteral("name"), name } };
            plan.actions << skip;
            for (const AssetInfo &asset : existing) {
                if (asset.id == keep.id) {
                    continue;
                }
                PlanAction remove = PlanAction::http(QStringLiteral("delete-asset:%1").arg(asset.id),
                    QCoreApplication::translate("core", "Remove the extra copy of %1 (asset %2, %3)")
                        .arg(name)
                        .arg(asset.id)
                        .arg(formatBytes(asset.size)),
                    provider->planDeleteAsset(m_release, asset.id));
                remove.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("delete-asset") },
                    { QStringLiteral("release_id"), releaseId }, { QStringLiteral("asset_id"), asset.id },
                    { QStringLiteral("name"), name } };
                plan.actions << remove;
            }
            continue;
        }
        uploading.insert(name);
        QString description = QCoreApplication::translate("core", "Upload %1 (%2)").arg(name, formatBytes(digest.size));
        PlanAction upload;
        if (!existing.isEmpty() && provider->replacesByRename()) {
            const QString temporary = QStringLiteral("rdtmp-xxxxxxxx-") + name;
            upload = PlanAction::http(QStringLiteral("upload:") + name,
                description
                    + QCoreApplication::translate(
                        "core", " as %1, check it, then move it over %2 (%3) in one step: %4 is never missing")
                          .arg(temporary, copies(existing.size()), idList(existing), name),
                provider->planUpload(m_release, temporary, digest.size, file));
            upload.followUps << provider->planRenameAsset(m_release, 0, name);
        } else if (!existing.isEmpty() && !provider->allowsDuplicateAssetNames()) {
            const QString temporary = QStringLiteral("rdtmp-xxxxxxxx-") + name;
            upload = PlanAction::http(QStringLiteral("upload:") + name,
                description
                    + QCoreApplication::translate("core",
                        " as %1, check it, then delete %2 (%3) and rename it. GitHub refuses two assets of "
                        "one name, so %4 is missing between the delete and the rename (one request)")
                          .arg(temporary, copies(existing.size()), idList(existing), name),
                provider->planUpload(m_release, temporary, digest.size, file));
            for (const AssetInfo &asset : existing) {
                upload.followUps << provider->planDeleteAsset(m_release, asset.id);
            }
            upload.followUps << provider->planRenameAsset(m_release, 0, name);
        } else {
            if (!existing.isEmpty()) {
                description += QStringLiteral(", check it, then delete %1 (%2)").arg(copies(existing.size()), idList(existing));
            }
            upload = PlanAction::http(
                QStringLiteral("upload:") + name, description, provider->planUpload(m_release, name, digest.size, file));
            for (const AssetInfo &asset : existing) {
                upload.followUps << provider->planDeleteAsset(m_release, asset.id);
            }
        }
        upload.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("upload-asset") },
            { QStringLiteral("release_id"), releaseId }, { QStringLiteral("file"), file }, { QStringLiteral("name"), name },
            { QStringLiteral("size"), digest.size }, { QStringLiteral("sha256"), digest.sha256 } };
        plan.actions << upload;
    }

    if (m_options.generateChecksums && !m_local.contains(Sha256Sums::fileName())) {
        Sha256Sums sums;
        for (const AssetInfo &asset : std::as_const(m_assets)) {
            if (asset.name == Sha256Sums::fileName() || AssetSync::isTemporaryName(asset.name) || m_local.contains(asset.name)
                || ArtifactNames::isUpdateMetadata(asset.name)) {
                continue;
            }
            const QString hash = knownHash(assetsNamed(m_assets, asset.name).last());
            if (Sha256Sums::isSha256(hash)) {
                sums.set(asset.name, hash);
            }
        }
        for (auto it = m_local.cbegin(); it != m_local.cend(); ++it) {
            sums.set(it.key(), it->sha256);
        }
        const QByteArray content = sums.toText();
        const AssetList existing = assetsNamed(m_assets, Sha256Sums::fileName());
        expected.append(
            QJsonObject { { QStringLiteral("name"), Sha256Sums::fileName() }, { QStringLiteral("size"), content.size() } });
        if (existing.size() == 1 && m_sumsRead && m_sumsText == content) {
            PlanAction skip = PlanAction::http(QStringLiteral("skip:SHA256SUMS"),
                QCoreApplication::translate(
                    "core", "Keep SHA256SUMS: it already lists these %n file(s)", nullptr, int(sums.size())),
                PlanRequest {});
            skip.changesNothing = true;
            skip.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("skip") },
                { QStringLiteral("name"), Sha256Sums::fileName() } };
            plan.actions << skip;
            addSignatureAction(plan, expected, content, releaseId);
        } else {
            PlanAction upload;
            const QString description
                = QCoreApplication::translate("core", "Upload SHA256SUMS (%n file(s))%1", nullptr, int(sums.size()))
                      .arg(existing.isEmpty() ? QString()
                                              : QCoreApplication::translate("core", ", replacing %1 (%2)")
                                                    .arg(copies(existing.size()), idList(existing)));
            if (!existing.isEmpty() && !provider->allowsDuplicateAssetNames()) {
                upload = PlanAction::http(QStringLiteral("upload:SHA256SUMS"), description,
                    provider->planUpload(m_release, QStringLiteral("rdtmp-xxxxxxxx-SHA256SUMS"), content.size(), {}));
                for (const AssetInfo &asset : existing) {
                    if (!provider->replacesByRename()) { // else the rename replaces them in one step
                        upload.followUps << provider->planDeleteAsset(m_release, asset.id);
                    }
                }
                upload.followUps << provider->planRenameAsset(m_release, 0, Sha256Sums::fileName());
            } else {
                upload = PlanAction::http(QStringLiteral("upload:SHA256SUMS"), description,
                    provider->planUpload(m_release, Sha256Sums::fileName(), content.size(), {}));
                for (const AssetInfo &asset : existing) {
                    upload.followUps << provider->planDeleteAsset(m_release, asset.id);
                }
            }
            upload.request.body = QString::fromUtf8(content).trimmed();
            upload.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("upload-sums") },
                { QStringLiteral("release_id"), releaseId }, { QStringLiteral("name"), Sha256Sums::fileName() },
                { QStringLiteral("content"), QString::fromUtf8(content) }, { QStringLiteral("size"), content.size() } };
            plan.actions << upload;
            addSignatureAction(plan, expected, content, releaseId);
        }
    }

    if (!expected.isEmpty()) {
        PlanAction verify = PlanAction::http(QStringLiteral("verify"),
            QCoreApplication::translate(
                "core", "Check that each of the %n file(s) is listed once with its size", nullptr, int(expected.size())),
            PlanRequest {});
        verify.changesNothing = true;
        verify.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("verify") },
            { QStringLiteral("release_id"), releaseId }, { QStringLiteral("expected"), expected } };
        plan.actions << verify;
    }

    if (m_options.draftThenPublish && (!m_releaseExists || m_release.draft)) {
        ReleaseEdit edit;
        edit.draft = false;
        PlanAction publish = PlanAction::http(QStringLiteral("publish-release"),
            QCoreApplication::translate("core", "Publish %1 (until now a draft nobody else sees)").arg(m_options.tag),
            provider->planEditRelease(releaseId, edit));
        publish.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("publish-release") },
            { QStringLiteral("release_id"), releaseId } };
        plan.actions << publish;
    }
    plan.notes = m_notes;
    finish(plan);
}

} // namespace rd
