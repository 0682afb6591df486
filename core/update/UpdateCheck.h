#pragma once

#include "forge/ReleaseInfo.h"
#include "signing/UpdateSignature.h"
#include "update/InstallType.h"
#include "version/Version.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace rd {

class ReleaseProvider;

// What an installation asks: who it is and whom it trusts.
struct UpdateRequest
{
    Version current;
    InstallType installType = InstallType::Dev;
    bool prereleaseChannel = false; // the "prerelease" channel also offers a/b/rc/dev releases
    QList<UpdatePublicKey> trustedKeys; // none: checksums only
    QString installId; // for staged rollouts
    QString dismissedVersion; // the banner stays hidden for this version
};

// The answer of a check, as PROTOCOL.md spells it (check --json prints toJson()).
struct UpdateAnswer
{
    enum class State { UpToDate, UpdateAvailable, Error };

    State state = State::Error;
    QString current;
    InstallType installType = InstallType::Dev;
    QString channel;
    std::optional<Version> version;
    QString tag;
    std::optional<AssetInfo> asset;
    bool canApply = false;
    QString reasonCode;
    QString reason;
    std::optional<int> rolloutPercent;
    bool rolloutIncluded = true;
    bool isSigned = false;
    bool dismissed = false;
    ReleaseInfo release; // the offered one
    QString expectedSha256; // the asset's line in SHA256SUMS
    QStringList skipped; // releases left out, and why (the timeline shows them)

    static QString stateName(State state);
    QJsonObject toJson() const;
};

// One update check against a release provider (Gitea, GitHub or the local store): lists the
// releases, walks them highest version first per PROTOCOL.md (channel, drafts, tags that do not
// normalise, staged rollout), then checks the offer's asset, SHA256SUMS and signature. Every
// request and decision is told through event() for the Update Preview's timeline. finished() is
// emitted exactly once, never from inside start().
class UpdateCheck final : public QObject
{
    Q_OBJECT

public:
    UpdateCheck(ReleaseProvider *provider, UpdateRequest request, QObject *parent = nullptr);

    void start();
    void cancel();

    // The decision over already listed releases up to the offer (no downloads): the candidate
    // releases in the order they are walked, and those left out with the reason.
    static QList<std::pair<ReleaseInfo, Version>> candidates(
        const ReleaseList &releases, bool prereleaseChannel, QStringList *skipped = nullptr);

    // What would keep a release from reaching someone, for the Update Preview's warnings before
    // publishing: tags that do not normalise, pre-release flags that disagree with the version,
    // a newest-by-date release that sorts below an older one, and, for the newest release of
    // each channel, a missing file per install type, no SHA256SUMS, no signature (when signing).
    static QStringList warnings(const ReleaseList &releases, bool expectSigned);

signals:
    void event(const QString &text);
    void finished(const rd::UpdateAnswer &answer);

private:
    using TextCallback = std::function<void(const Result<std::optional<QByteArray>> &)>;
    void walk(int index);
    void offer(const ReleaseInfo &release, const Version &version);
    void fetchText(const ReleaseInfo &release, const QString &name, TextCallback done);
    void finishError(const Error &error);
    void finish();

    QPointer<ReleaseProvider> m_provider;
    UpdateRequest m_request;
    UpdateAnswer m_answer;
    QList<std::pair<ReleaseInfo, Version>> m_candidates;
    std::unique_ptr<QTemporaryDir> m_temp;
    bool m_deferred = false;
    bool m_done = false;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::UpdateAnswer)
