#include "update/UpdateCheck.h"

#include "common/AtomicFile.h"
#include "forge/ReleaseProvider.h"
#include "forge/TransferJob.h"
#include "publish/Sha256Sums.h"
#include "update/RolloutManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonValue>
#include <QTimer>

#include <algorithm>

namespace rd {

namespace {

QString reasonCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::NotFound: return QStringLiteral("not_found");
    case Error::Code::Unauthorized:
    case Error::Code::Forbidden: return QStringLiteral("unauthorized");
    default: break;
    }
    return QStringLiteral("network");
}

} // namespace

QString UpdateAnswer::stateName(State state)
{
    switch (state) {
    case State::UpToDate: return QStringLiteral("up_to_date");
    case State::UpdateAvailable: return QStringLiteral("update_available");
    case State::Error: break;
    }
    return QStringLiteral("error");
}

QJsonObject UpdateAnswer::toJson() const
{
    QJsonObject object { { QStringLiteral("state"), stateName(state) }, { QStringLiteral("current"), current },
        { QStringLiteral("install_type"), installTypeName(installType) }, { QStringLiteral("channel"), channel },
        { QStringLiteral("version"), version ? QJsonValue(version->toString()) : QJsonValue() },
        { QStringLiteral("tag"), tag.isEmpty() ? QJsonValue() : QJsonValue(tag) }, { QStringLiteral("can_apply"), canApply },
        { QStringLiteral("reason_code"), reasonCode }, { QStringLiteral("reason"), reason },
        { QStringLiteral("signed"), isSigned }, { QStringLiteral("dismissed"), dismissed },
        { QStringLiteral("release_url"), release.htmlUrl.isEmpty() ? QJsonValue() : QJsonValue(release.htmlUrl) },
        { QStringLiteral("notes"), version ? QJsonValue(release.body) : QJsonValue() } };
    object.insert(QStringLiteral("asset"),
        asset ? QJsonValue(QJsonObject { { QStringLiteral("name"), asset->name }, { QStringLiteral("size"), asset->size },
            { QStringLiteral("url"), asset->downloadUrl } })
              : QJsonValue());
    object.insert(QStringLiteral("rollout"),
        rolloutPercent ? QJsonValue(
            QJsonObject { { QStringLiteral("percent"), *rolloutPercent }, { QStringLiteral("included"), rolloutIncluded } })
                       : QJsonValue());
    return object;
}

UpdateCheck::UpdateCheck(ReleaseProvider *provider, UpdateRequest request, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_request(std::move(request))
{
    m_answer.current = m_request.current.toString();
    m_answer.installType = m_request.installType;
    m_answer.channel = m_request.prereleaseChannel ? QStringLiteral("prerelease") : QStringLiteral("stable");
}

QList<std::pair<ReleaseInfo, Version>> UpdateCheck::candidates(
    const ReleaseList &releases, bool prereleaseChannel, QStringList *skipped)
{
    QList<std::pair<ReleaseInfo, Version>> list;
    for (const ReleaseInfo &release : releases) {
        if (release.draft) {
            if (skipped) {
                *skipped << QStringLiteral("%1: a draft, never offered").arg(release.tagName);
            }
            continue;
        }
        auto version = Version::parse(release.tagName);
        if (!version) {
            if (skipped) {
                *skipped << QStringLiteral("%1: the tag is not a PEP 440 version, so no app can compare it").arg(release.tagName);
            }
            continue;
        }
        if (!prereleaseChannel && (release.prerelease || version->isPrerelease())) {
            if (skipped) {
                *skipped << QStringLiteral("%1: a pre-release, only for the pre-release channel").arg(release.tagName);
            }
            continue;
        }
        list.append({ release, *version });
    }
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return list;
}

QStringList UpdateCheck::warnings(const ReleaseList &releases, bool expectSigned)
{
    QStringList found;
    std::optional<Version> highestSoFar; // releases come newest first by date
    for (auto it = releases.crbegin(); it != releases.crend(); ++it) {
        const ReleaseInfo &release = *it;
        if (release.draft) {
            continue;
        }
        auto version = Version::parse(release.tagName);
        if (!version) {
            found << QStringLiteral("%1: the tag is not a PEP 440 version, so no installed app will ever be offered it.")
                         .arg(release.tagName);
            continue;
        }
        if (version->isPrerelease() && !release.prerelease) {
            found << QStringLiteral("%1 is a pre-release by its version but not marked as one: apps that read only the flag "
                                    "(as guide §11 does) offer it to stable users.")
                         .arg(release.tagName);
        }
        if (!version->isPrerelease() && release.prerelease) {
            found << QStringLiteral("%1 is marked as a pre-release, so stable users are never offered it.").arg(release.tagName);
        }
        if (highestSoFar && *version < *highestSoFar) {
            found << QStringLiteral("%1 is newer than %2 by date but sorts below it (%3 < %4): nobody on %2 gets it.")
                         .arg(release.tagName)
                         .arg(highestSoFar->toString())
                         .arg(version->toString(), highestSoFar->toString());
        }
        if (!highestSoFar || *version > *highestSoFar) {
            highestSoFar = *version;
        }
    }
    QString stableTop;
    for (const bool prerelease : { false, true }) {
        const auto list = candidates(releases, prerelease);
        if (list.isEmpty() || (prerelease && list.first().first.tagName == stableTop)) {
            continue; // the same release heads both channels: said once
        }
        const ReleaseInfo &top = list.first().first;
        if (!prerelease) {
            stableTop = top.tagName;
        }
        const QString channel = prerelease ? QStringLiteral("pre-release") : QStringLiteral("stable");
        for (const InstallType type : { InstallType::Installer, InstallType::PortableWindows, InstallType::PortableLinux }) {
            if (!matchAsset(top.assets, type, top.tagName)) {
                const QString warning = QStringLiteral("%1 (newest %2) has no file for %3 installations (…-%4): they are told "
                                                       "about it but cannot update automatically.")
                                            .arg(top.tagName, channel, installTypeTitle(type), assetSuffixFor(type));
                if (!found.contains(warning)) {
                    found << warning;
                }
            }
        }
        if (assetsNamed(top.assets, Sha256Sums::fileName()).isEmpty()) {
            found << QStringLiteral("%1 has no SHA256SUMS: no app can check its download.").arg(top.tagName);
        } else if (expectSigned && assetsNamed(top.assets, ChecksumSigning::signatureFileName()).isEmpty()) {
            found << QStringLiteral("%1 has no SHA256SUMS.sig: apps with a public key refuse it.").arg(top.tagName);
        }
    }
    found.removeDuplicates();
    return found;
}

void UpdateCheck::start()
{
    if (!m_provider) {
        QTimer::singleShot(0, this,
            [this] { finishError(Error::make(Error::Code::InvalidInput, QCoreApplication::translate("core", "No server."))); });
        return;
    }
    emit event(QStringLiteral("GET the releases of %1").arg(m_provider->describe()));
    m_provider->listReleases(this, [this](const Result<ReleaseList> &releases) {
        if (m_done) {
            return;
        }
        if (!releases) {
            finishError(releases.error());
            return;
        }
        emit event(QStringLiteral("%1 release(s) listed").arg(releases->size()));
        m_candidates = candidates(*releases, m_request.prereleaseChannel, &m_answer.skipped);
        for (const QString &line : std::as_const(m_answer.skipped)) {
            emit event(QStringLiteral("Skip %1").arg(line));
        }
        walk(0);
    });
}

void UpdateCheck::cancel()
{
    if (!m_done) {
        finishError(Error::make(Error::Code::Cancelled, QCoreApplication::translate("core", "The check was cancelled.")));
    }
}

void UpdateCheck::walk(int index)
{
    if (m_done) {
        return;
    }
    if (index >= m_candidates.size() || m_candidates.at(index).second <= m_request.current) {
        m_answer.state = UpdateAnswer::State::UpToDate;
        if (m_deferred) {
            m_answer.reasonCode = QStringLiteral("rollout_deferred");
            m_answer.reason
                = QStringLiteral("A newer release is rolling out in stages; this installation is not in the stage yet.");
        } else {
            m_answer.reason
                = QStringLiteral("%1 is the newest version for the %2 channel.").arg(m_answer.current, m_answer.channel);
        }
        emit event(m_answer.reason);
        finish();
        return;
    }
    const ReleaseInfo release = m_candidates.at(index).first;
    const Version version = m_candidates.at(index).second;
    emit event(QStringLiteral("Consider %1 (%2 > %3)").arg(release.tagName, version.toString(), m_answer.current));
    if (assetsNamed(release.assets, RolloutManifest::fileName()).isEmpty()) {
        offer(release, version);
        return;
    }
    fetchText(release, RolloutManifest::fileName(), [this, release, version, index](const auto &manifestText) {
        if (!manifestText || !*manifestText) {
            finishError(manifestText
                    ? Error::make(Error::Code::NotFound, QCoreApplication::translate("core", "rollout.json vanished"))
                    : manifestText.error());
            return;
        }
        auto decide = [this, release, version, index, bytes = **manifestText](bool isSigned) {
            auto manifest = RolloutManifest::parse(bytes);
            if (!manifest || manifest->tag != release.tagName) {
                m_answer.state = UpdateAnswer::State::Error;
                m_answer.reasonCode = QStringLiteral("bad_rollout");
                m_answer.reason = manifest
                    ? QStringLiteral("%1's rollout.json names another release (%2).").arg(release.tagName, manifest->tag)
                    : manifest.error().message;
                finish();
                return;
            }
            const int bucket = RolloutManifest::bucket(m_request.installId, release.tagName);
            const bool included = manifest->includes(m_request.installId);
            emit event(QStringLiteral("%1 rolls out to %2% (%3); this installation is in bucket %4: %5")
                           .arg(release.tagName)
                           .arg(manifest->percent)
                           .arg(isSigned ? QStringLiteral("signed") : QStringLiteral("unsigned"))
                           .arg(bucket)
                           .arg(included ? QStringLiteral("included") : QStringLiteral("not yet")));
            if (!included) {
                m_deferred = true;
                walk(index + 1);
                return;
            }
            m_answer.rolloutPercent = manifest->percent;
            m_answer.rolloutIncluded = true;
            offer(release, version);
        };
        if (m_request.trustedKeys.isEmpty()) {
            decide(false);
            return;
        }
        fetchText(release, RolloutManifest::signatureFileName(),
            [this, bytes = **manifestText, decide](const Result<std::optional<QByteArray>> &signature) {
                if (!signature) {
                    finishError(signature.error());
                    return;
                }
                const SignatureVerdict verdict = verifySignatureFile(bytes, *signature, m_request.trustedKeys);
                if (!verdict.ok()) {
                    m_answer.state = UpdateAnswer::State::Error;
                    m_answer.reasonCode = verdict.code;
                    m_answer.reason = QStringLiteral("rollout.json: ") + verdict.message;
                    finish();
                    return;
                }
                decide(true);
            });
    });
}

void UpdateCheck::offer(const ReleaseInfo &release, const Version &version)
{
    m_answer.state = UpdateAnswer::State::UpdateAvailable;
    m_answer.version = version;
    m_answer.tag = release.tagName;
    m_answer.release = release;
    m_answer.dismissed
        = !m_request.dismissedVersion.isEmpty() && Version::parse(m_request.dismissedVersion).value_or(Version()) == version;
    emit event(QStringLiteral("Offer %1 to this %2 installation").arg(release.tagName, installTypeName(m_request.installType)));
    if (!canSelfUpdate(m_request.installType)) {
        m_answer.reasonCode = installTypeName(m_request.installType);
        m_answer.reason = m_request.installType == InstallType::Docker
            ? QStringLiteral("Runs in a container: pull the new image (%1) and recreate the container.").arg(release.tagName)
            : QStringLiteral("A development checkout: update it with git, or download %1 from the releases page.")
                  .arg(release.tagName);
        finish();
        return;
    }
    m_answer.asset = matchAsset(release.assets, m_request.installType, release.tagName);
    if (!m_answer.asset) {
        m_answer.reasonCode = QStringLiteral("no_asset");
        m_answer.reason = QStringLiteral("%1 has no file for this install type (a name ending in -%2), so it cannot be applied "
                                         "automatically; download it from the releases page.")
                              .arg(release.tagName, assetSuffixFor(m_request.installType));
        emit event(m_answer.reason);
        finish();
        return;
    }
    emit event(QStringLiteral("Asset %1 (%2 bytes)").arg(m_answer.asset->name).arg(m_answer.asset->size));
    if (assetsNamed(release.assets, Sha256Sums::fileName()).isEmpty()) {
        m_answer.reasonCode = QStringLiteral("no_checksums");
        m_answer.reason = QStringLiteral("%1 has no SHA256SUMS, so a download could not be checked.").arg(release.tagName);
        emit event(m_answer.reason);
        finish();
        return;
    }
    fetchText(release, Sha256Sums::fileName(), [this, release](const Result<std::optional<QByteArray>> &text) {
        if (!text || !*text) {
            finishError(text ? Error::make(Error::Code::NotFound, QCoreApplication::translate("core", "SHA256SUMS vanished"))
                             : text.error());
            return;
        }
        auto sums = Sha256Sums::parse(**text);
        if (!sums || !sums->contains(m_answer.asset->name)) {
            m_answer.reasonCode = QStringLiteral("not_in_checksums");
            m_answer.reason = sums ? QStringLiteral("SHA256SUMS does not list %1.").arg(m_answer.asset->name)
                                   : QStringLiteral("SHA256SUMS is damaged: %1").arg(sums.error().message);
            emit event(m_answer.reason);
            finish();
            return;
        }
        m_answer.expectedSha256 = sums->hashOf(m_answer.asset->name);
        auto accept = [this] {
            m_answer.canApply = true;
            m_answer.reason = QStringLiteral("%1 can be downloaded, checked and applied.").arg(m_answer.tag);
            emit event(m_answer.reason);
            finish();
        };
        if (m_request.trustedKeys.isEmpty()) {
            accept();
            return;
        }
        fetchText(release, ChecksumSigning::signatureFileName(),
            [this, bytes = **text, accept](const Result<std::optional<QByteArray>> &signature) {
                if (!signature) {
                    finishError(signature.error());
                    return;
                }
                const SignatureVerdict verdict = verifySignatureFile(bytes, *signature, m_request.trustedKeys);
                emit event(QStringLiteral("SHA256SUMS signature: %1").arg(verdict.message));
                if (!verdict.ok()) {
                    m_answer.state = UpdateAnswer::State::Error;
                    m_answer.canApply = false;
                    m_answer.reasonCode = verdict.code;
                    m_answer.reason = verdict.message;
                    finish();
                    return;
                }
                m_answer.isSigned = true;
                accept();
            });
    });
}

void UpdateCheck::fetchText(const ReleaseInfo &release, const QString &name, TextCallback done)
{
    const AssetList named = assetsNamed(release.assets, name);
    if (named.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done(std::optional<QByteArray> {}); });
        return;
    }
    if (!m_temp) {
        m_temp = std::make_unique<QTemporaryDir>();
    }
    const AssetInfo asset = named.last();
    const QString path = QDir(m_temp->path()).filePath(QString::number(asset.id) + QLatin1Char('-') + name);
    emit event(QStringLiteral("GET %1 of %2").arg(name, release.tagName));
    TransferJob *job = m_provider->downloadAsset(release, asset, path, this);
    connect(job, &TransferJob::finished, this, [this, job, path, done](const Result<TransferResult> &result) {
        job->deleteLater();
        if (m_done) {
            return;
        }
        if (!result) {
            done(std::unexpected(result.error()));
            return;
        }
        auto text = readWholeFile(path);
        if (!text) {
            done(std::unexpected(text.error()));
            return;
        }
        done(std::optional<QByteArray>(*text));
    });
    job->start();
}

void UpdateCheck::finishError(const Error &error)
{
    m_answer.state = UpdateAnswer::State::Error;
    m_answer.canApply = false;
    m_answer.reasonCode = error.code == Error::Code::Cancelled ? QStringLiteral("cancelled") : reasonCodeFor(error);
    m_answer.reason = error.toString();
    emit event(QStringLiteral("Error: %1").arg(m_answer.reason));
    finish();
}

void UpdateCheck::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(m_answer);
}

} // namespace rd
