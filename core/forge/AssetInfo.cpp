#include "AssetInfo.h"

#include <algorithm>

namespace rd {

QJsonObject AssetInfo::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("name"), name }, { QStringLiteral("size"), size },
        { QStringLiteral("download_count"), downloadCount },
        { QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("browser_download_url"), downloadUrl } };
    if (!uuid.isEmpty()) {
        object.insert(QStringLiteral("uuid"), uuid);
    }
    if (!sha256.isEmpty()) {
        object.insert(QStringLiteral("sha256"), sha256);
    }
    return object;
}

AssetInfo AssetInfo::fromJson(const QJsonObject &object)
{
    AssetInfo asset;
    asset.id = object.value(QStringLiteral("id")).toInteger();
    asset.name = object.value(QStringLiteral("name")).toString();
    asset.size = object.value(QStringLiteral("size")).toInteger();
    asset.downloadCount = object.value(QStringLiteral("download_count")).toInteger();
    asset.createdAt = QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODate).toUTC();
    asset.downloadUrl = object.value(QStringLiteral("browser_download_url")).toString();
    asset.uuid = object.value(QStringLiteral("uuid")).toString();
    asset.sha256 = object.value(QStringLiteral("sha256")).toString();
    // GitHub's assets carry "digest": "sha256:<hex>" (since 2025); older servers and Gitea do not.
    const QString digest = object.value(QStringLiteral("digest")).toString();
    if (asset.sha256.isEmpty() && digest.startsWith(QStringLiteral("sha256:"))) {
        asset.sha256 = digest.mid(7).toLower();
    }
    return asset;
}

bool assetIsNewer(const AssetInfo &a, const AssetInfo &b)
{
    if (a.createdAt != b.createdAt) {
        return a.createdAt > b.createdAt;
    }
    return a.id > b.id;
}

AssetList assetsNamed(const AssetList &assets, const QString &name)
{
    AssetList out;
    for (const AssetInfo &asset : assets) {
        if (asset.name == name) {
            out << asset;
        }
    }
    std::sort(out.begin(), out.end(), [](const AssetInfo &a, const AssetInfo &b) { return assetIsNewer(b, a); });
    return out;
}

} // namespace rd
