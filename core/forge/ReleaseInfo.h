#pragma once

#include "forge/AssetInfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace rd {

// A release as any provider reports it (Gitea, GitHub, the local store).
struct ReleaseInfo
{
    qint64 id = 0;
    QString tagName;
    QString name;
    QString body;
    QString targetCommitish;
    bool draft = false;
    bool prerelease = false;
    QDateTime createdAt;
    QDateTime publishedAt; // invalid for GitHub drafts
    QString htmlUrl;
    QString uploadUrl; // Gitea: plain URL; GitHub: URI template "…/assets{?name,label}"
    AssetList assets;

    QJsonObject toJson() const;
    static ReleaseInfo fromJson(const QJsonObject &object); // the neutral form written by toJson()
    bool operator==(const ReleaseInfo &) const = default;
};

using ReleaseList = QList<ReleaseInfo>;

// What to create.
struct ReleaseSpec
{
    QString tagName;
    QString name;
    QString body;
    QString targetCommitish; // branch or SHA the tag is created at (drafts: when published)
    bool draft = false;
    bool prerelease = false;

    QJsonObject toJson() const; // Gitea/GitHub request body
    bool operator==(const ReleaseSpec &) const = default;
};

// What to change; unset fields stay as they are.
struct ReleaseEdit
{
    std::optional<QString> tagName;
    std::optional<QString> name;
    std::optional<QString> body;
    std::optional<QString> targetCommitish;
    std::optional<bool> draft;
    std::optional<bool> prerelease;

    bool isEmpty() const;
    QJsonObject toJson() const; // Gitea/GitHub request body
    bool operator==(const ReleaseEdit &) const = default;
};

// Gitea's /settings/attachment (the issue-attachment settings; `enabled` also gates release assets).
struct AttachmentSettings
{
    bool enabled = true;
    QString allowedTypes;
    qint64 maxSizeMiB = 0;
    int maxFiles = 0;
    bool known = false; // false where the server has no such endpoint (GitHub, local)
    bool operator==(const AttachmentSettings &) const = default;
};

// The repository as the token sees it.
struct RepositoryInfo
{
    QString fullName;
    bool canPush = false;
    bool isPrivate = false;
    bool archived = false;
    bool empty = false;
    QString defaultBranch;
    std::optional<bool> hasActions; // Gitea's has_actions (Actions enabled for the repository); unknown elsewhere
    bool operator==(const RepositoryInfo &) const = default;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::ReleaseInfo)
