#include "RepairPlan.h"

#include "publish/AssetSync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTimer>

namespace rd {

RepairPlanner::RepairPlanner(ReleaseProvider *provider, ReleaseReport report, RepairOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_report(std::move(report))
    , m_options(std::move(options))
{ }

void RepairPlanner::cancel()
{
    QTimer::singleShot(
        0, this, [this] { finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Planning cancelled."))); });
}

void RepairPlanner::finish(const Result<Plan> &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(result);
}

QString RepairPlanner::hashOf(const AssetInfo &asset) const
{
    if (m_report.remoteHash.contains(asset.id)) {
        return m_report.remoteHash.value(asset.id);
    }
    return asset.sha256;
}

void RepairPlanner::start()
{
    if (!m_provider) {
        QTimer::singleShot(0, this,
            [this] { finish(fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "No release provider."))); });
        return;
    }
    if (!m_options.deleteRelease && m_options.removeDuplicates) {
        // Duplicate copies are told apart by their bytes when there is something to compare with.
        QMap<QString, int> counts;
        for (const AssetInfo &asset : m_report.release.assets) {
            counts[asset.name]++;
        }
        for (const AssetInfo &asset : m_report.release.assets) {
            const bool reference = m_report.local.contains(asset.name) || m_report.sums.contains(asset.name);
            // A copy whose size differs from the local file cannot match it: no need to download it.
            const bool canMatch = !m_report.local.contains(asset.name) || m_report.local.value(asset.name).size == asset.size;
            if (counts.value(asset.name) > 1 && reference && canMatch && hashOf(asset).isEmpty()) {
                m_toHash << asset;
            }
        }
    }
    if (m_toHash.isEmpty()) {
        QTimer::singleShot(0, this, &RepairPlanner::build);
        return;
    }
    emit logLine(
        QCoreApplication::translate("core", "downloading %1 duplicate copy(ies) to see which one is right").arg(m_toHash.size()));
    for (int i = 0; i < std::max(1, m_options.parallel); ++i) {
        hashNext();
    }
}

void RepairPlanner::hashNext()
{
    if (m_done) {
        return;
    }
    if (m_toHash.isEmpty()) {
        if (m_running == 0) {
            build();
        }
        return;
    }
    const AssetInfo asset = m_toHash.takeFirst();
    ++m_running;
    TransferJob *job = m_provider->downloadAsset(m_report.release, asset, QString(), this);
    connect(job, &TransferJob::finished, this, [this, job, asset](const Result<TransferResult> &result) {
        job->deleteLater();
        --m_running;
        if (!result) {
            finish(std::unexpected(result.error()));
            return;
        }
        m_report.remoteHash.insert(asset.id, result->bytes == asset.size ? result->sha256 : QStringLiteral("size-mismatch"));
        m_report.remoteBytes.insert(asset.id, result->bytes);
        hashNext();
    });
    job->start();
}

void RepairPlanner::build()
{
    if (m_done) {
        return;
    }
    ReleaseProvider *provider = m_provider;
    const ReleaseInfo &release = m_report.release;
    Plan plan;
    plan.title = QCoreApplication::translate("core", "Repair %1 on %2").arg(release.tagName, provider->describe());
    plan.data = QJsonObject { { QStringLiteral("tag"), release.tagName }, { QStringLiteral("release_id"), release.id } };
    auto releaseData = [&release](const QString &op) {
        return QJsonObject { { QStringLiteral("op"), op }, { QStringLiteral("release_id"), release.id } };
    };

    if (m_options.deleteRelease) {
        finish(deleteReleasePlan(provider, release));
        return;
    }

    QMap<QString, AssetList> byName;
    for (const AssetInfo &asset : release.assets) {
        byName[asset.name] << asset;
    }
    QSet<QString> reuploading;
    QHash<QString, QString> finalHash; // name -> SHA-256 of the copy that remains

    // Local files that are missing or differ: upload them (AssetSync replaces every old copy).
    if (m_options.reupload) {
        for (auto it = m_report.local.cbegin(); it != m_report.local.cend(); ++it) {
            const QString &name = it.key();
            if (name == Sha256Sums::fileName()) {
                continue;
            }
            const bool chosen = m_options.reuploadOnly.contains(name);
            if (!m_options.reuploadOnly.isEmpty() && !chosen) {
                continue; // as with reupload off: what is on the release stays
            }
            const AssetList copies = assetsNamed(release.assets, name);
            bool good = false;
            for (const AssetInfo &asset : copies) {
                const QString hash = hashOf(asset);
                const bool sumsAgree = !m_report.sums.contains(name) || m_report.sums.hashOf(name) == it->sha256;
                if (asset.size == it->size && asset.size > 0 && (hash.isEmpty() ? sumsAgree : hash == it->sha256)) {
                    good = true;
                }
            }
            finalHash.insert(name, it->sha256);
            if (good && !chosen) {
                continue;
            }
            reuploading.insert(name);
            QString description = copies.isEmpty()
                ? QCoreApplication::translate("core", "Upload the missing %1 (%2)").arg(name, formatBytes(it->size))
                : QCoreApplication::translate("core", "Upload %1 (%2) again, then delete the %3 copy(ies) on the release")
                      .arg(name, formatBytes(it->size))
                      .arg(copies.size());
            PlanAction upload = PlanAction::http(
                QStringLiteral("upload:") + name, description, provider->planUpload(release, name, it->size, it->path));
            for (const AssetInfo &asset : copies) {
                upload.followUps << provider->planDeleteAsset(release, asset.id);
            }
            QJsonObject data = releaseData(QStringLiteral("upload-asset"));
            data.insert(QStringLiteral("file"), it->path);
            data.insert(QStringLiteral("name"), name);
            data.insert(QStringLiteral("size"), it->size);
            data.insert(QStringLiteral("sha256"), it->sha256);
            upload.data = data;
            plan.actions << upload;
        }
    }

    // Duplicates: keep the right copy.
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (it->size() < 2 || reuploading.contains(it.key()) || !m_options.removeDuplicates) {
            continue;
        }
        const AssetList copies = assetsNamed(release.assets, it.key()); // oldest first
        QString reference;
        QString why;
        if (m_report.local.contains(it.key())) {
            reference = m_report.local.value(it.key()).sha256;
            why = QStringLiteral("matches the local file");
        } else if (m_report.sums.contains(it.key())) {
            reference = m_report.sums.hashOf(it.key());
            why = QStringLiteral("matches SHA256SUMS");
        }
        AssetInfo keep = copies.last();
        bool matched = false;
        if (!reference.isEmpty()) {
            for (const AssetInfo &asset : copies) {
                if (hashOf(asset) == reference) {
                    keep = asset; // the newest matching copy wins (copies are oldest first)
                    matched = true;
                }
            }
        }
        if (!matched) {
            why = reference.isEmpty() ? QStringLiteral("the newest; nothing to compare with")
                                      : QStringLiteral("the newest; no copy matches (%1)").arg(why);
        }
        if (!hashOf(keep).isEmpty()) {
            finalHash.insert(it.key(), hashOf(keep));
        }
        PlanAction note = PlanAction::http(QStringLiteral("keep:%1").arg(keep.id),
            QCoreApplication::translate("core", "Keep %1 asset %2 (%3)").arg(it.key()).arg(keep.id).arg(why), PlanRequest {});
        note.changesNothing = true;
        note.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("note") } };
        plan.actions << note;
        for (const AssetInfo &asset : copies) {
            if (asset.id == keep.id) {
                continue;
            }
            PlanAction remove = PlanAction::http(QStringLiteral("delete-asset:%1").arg(asset.id),
                QCoreApplication::translate("core", "Remove the duplicate %1 (asset %2, %3, %4)")
                    .arg(it.key())
                    .arg(asset.id)
                    .arg(formatBytes(asset.size), asset.createdAt.toUTC().toString(Qt::ISODate)),
                provider->planDeleteAsset(release, asset.id));
            QJsonObject data = releaseData(QStringLiteral("delete-asset"));
            data.insert(QStringLiteral("asset_id"), asset.id);
            data.insert(QStringLiteral("name"), it.key());
            remove.data = data;
            plan.actions << remove;
        }
    }

    // Leftovers of interrupted replacements.
    if (m_options.removeLeftovers) {
        for (const AssetInfo &asset : release.assets) {
            if (!AssetSync::isTemporaryName(asset.name)) {
                continue;
            }
            PlanAction remove = PlanAction::http(QStringLiteral("delete-asset:%1").arg(asset.id),
                QCoreApplication::translate("core", "Remove the leftover %1 (asset %2)").arg(asset.name).arg(asset.id),
                provider->planDeleteAsset(release, asset.id));
            QJsonObject data = releaseData(QStringLiteral("delete-asset"));
            data.insert(QStringLiteral("asset_id"), asset.id);
            data.insert(QStringLiteral("name"), asset.name);
            remove.data = data;
            plan.actions << remove;
        }
    }

    // SHA256SUMS that matches what remains, when every remaining file's hash is known.
    if (m_options.regenerateChecksums) {
        Sha256Sums sums;
        QStringList unknown;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            const QString &name = it.key();
            if (name == Sha256Sums::fileName() || AssetSync::isTemporaryName(name)) {
                continue;
            }
            QString hash = finalHash.value(name);
            if (hash.isEmpty() && it->size() == 1) {
                hash = hashOf(it->first());
                if (hash.isEmpty() && m_report.sums.contains(name) && !reuploading.contains(name)) {
                    hash = m_report.sums.hashOf(name);
                }
            }
            if (Sha256Sums::isSha256(hash)) {
                sums.set(name, hash);
            } else {
                unknown << name;
            }
        }
        for (const QString &name : std::as_const(reuploading)) {
            sums.set(name, m_report.local.value(name).sha256);
        }
        const AssetList existing = assetsNamed(release.assets, Sha256Sums::fileName());
        const QByteArray content = sums.toText();
        const bool same = existing.size() == 1 && m_report.checksumsRead && m_report.sums == sums;
        if (!unknown.isEmpty()) {
            plan.notes << QCoreApplication::translate("core",
                "SHA256SUMS is left as it is: the checksum of %1 is not known (inspect with --deep or give the build folder).")
                              .arg(unknown.join(QStringLiteral(", ")));
        } else if (!same && !sums.isEmpty()) {
            PlanAction upload = PlanAction::http(QStringLiteral("upload:SHA256SUMS"),
                QCoreApplication::translate("core", "Upload a SHA256SUMS listing the %n file(s)%1", nullptr, int(sums.size()))
                    .arg(existing.isEmpty() ? QString() : QCoreApplication::translate("core", ", replacing the old one")),
                provider->planUpload(release, Sha256Sums::fileName(), content.size(), {}));
            upload.request.body = QString::fromUtf8(content).trimmed();
            for (const AssetInfo &asset : existing) {
                upload.followUps << provider->planDeleteAsset(release, asset.id);
            }
            QJsonObject data = releaseData(QStringLiteral("upload-sums"));
            data.insert(QStringLiteral("name"), Sha256Sums::fileName());
            data.insert(QStringLiteral("content"), QString::fromUtf8(content));
            data.insert(QStringLiteral("size"), content.size());
            upload.data = data;
            plan.actions << upload;
        }
    }

    if (m_options.notes) {
        ReleaseEdit edit;
        edit.body = *m_options.notes;
        PlanAction action = PlanAction::http(QStringLiteral("edit-release"),
            QCoreApplication::translate("core", "Replace the release notes of %1").arg(release.tagName),
            provider->planEditRelease(release.id, edit));
        QJsonObject data = releaseData(QStringLiteral("edit-release"));
        data.insert(QStringLiteral("edit"), edit.toJson());
        action.data = data;
        plan.actions << action;
    }
    if (m_options.publishDraft && release.draft) {
        ReleaseEdit edit;
        edit.draft = false;
        PlanAction action = PlanAction::http(QStringLiteral("publish-release"),
            QCoreApplication::translate("core", "Publish the draft %1").arg(release.tagName),
            provider->planEditRelease(release.id, edit));
        action.data = releaseData(QStringLiteral("publish-release"));
        plan.actions << action;
    }
    if (m_report.release.draft && !m_options.publishDraft) {
        plan.notes << QCoreApplication::translate("core", "%1 stays a draft (add --publish to publish it).").arg(release.tagName);
    }
    finish(plan);
}

Plan deleteReleasePlan(const ReleaseProvider *provider, const ReleaseInfo &release)
{
    Plan plan;
    plan.title = QCoreApplication::translate("core", "Delete %1 on %2").arg(release.tagName, provider->describe());
    plan.data = QJsonObject { { QStringLiteral("tag"), release.tagName }, { QStringLiteral("release_id"), release.id } };
    PlanAction remove = PlanAction::http(QStringLiteral("delete-release"),
        QCoreApplication::translate(
            "core", "Delete the release %1 and its %n asset(s) (the git tag stays)", nullptr, int(release.assets.size()))
            .arg(release.tagName),
        provider->planDeleteRelease(release.id));
    remove.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("delete-release") },
        { QStringLiteral("release_id"), release.id } };
    plan.actions << remove;
    return plan;
}

} // namespace rd
