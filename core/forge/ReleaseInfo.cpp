#include "ReleaseInfo.h"

#include <QJsonArray>

namespace rd {

QJsonObject ReleaseInfo::toJson() const
{
    QJsonArray list;
    for (const AssetInfo &asset : assets) {
        list.append(asset.toJson());
    }
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("tag_name"), tagName }, { QStringLiteral("name"), name },
        { QStringLiteral("body"), body }, { QStringLiteral("target_commitish"), targetCommitish },
        { QStringLiteral("draft"), draft }, { QStringLiteral("prerelease"), prerelease },
        { QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("published_at"),
            publishedAt.isValid() ? QJsonValue(publishedAt.toUTC().toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("html_url"), htmlUrl }, { QStringLiteral("assets"), list } };
}

ReleaseInfo ReleaseInfo::fromJson(const QJsonObject &object)
{
    ReleaseInfo release;
    release.id = object.value(QStringLiteral("id")).toInteger();
    release.tagName = object.value(QStringLiteral("tag_name")).toString();
    release.name = object.value(QStringLiteral("name")).toString();
    release.body = object.value(QStringLiteral("body")).toString();
    release.targetCommitish = object.value(QStringLiteral("target_commitish")).toString();
    release.draft = object.value(QStringLiteral("draft")).toBool();
    release.prerelease = object.value(QStringLiteral("prerelease")).toBool();
    release.createdAt = QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODate).toUTC();
    const QString published = object.value(QStringLiteral("published_at")).toString();
    release.publishedAt = published.isEmpty() ? QDateTime() : QDateTime::fromString(published, Qt::ISODate).toUTC();
    release.htmlUrl = object.value(QStringLiteral("html_url")).toString();
    release.uploadUrl = object.value(QStringLiteral("upload_url")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("assets")).toArray()) {
        release.assets << AssetInfo::fromJson(value.toObject());
    }
    return release;
}

QJsonObject ReleaseSpec::toJson() const
{
    QJsonObject object { { QStringLiteral("tag_name"), tagName }, { QStringLiteral("name"), name.isEmpty() ? tagName : name },
        { QStringLiteral("body"), body }, { QStringLiteral("draft"), draft }, { QStringLiteral("prerelease"), prerelease } };
    if (!targetCommitish.isEmpty()) {
        object.insert(QStringLiteral("target_commitish"), targetCommitish);
    }
    return object;
}

bool ReleaseEdit::isEmpty() const
{
    return !tagName && !name && !body && !targetCommitish && !draft && !prerelease;
}

QJsonObject ReleaseEdit::toJson() const
{
    QJsonObject object;
    if (tagName) {
        object.insert(QStringLiteral("tag_name"), *tagName);
    }
    if (name) {
        object.insert(QStringLiteral("name"), *name);
    }
    if (body) {
        object.insert(QStringLiteral("body"), *body);
    }
    if (targetCommitish) {
        object.insert(QStringLiteral("target_commitish"), *targetCommitish);
    }
    if (draft) {
        object.insert(QStringLiteral("draft"), *draft);
    }
    if (prerelease) {
        object.insert(QStringLiteral("prerelease"), *prerelease);
    }
    return object;
}

} // namespace rd
