#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace rd {

// One file attached to a release, as any provider reports it.
struct AssetInfo
{
    qint64 id = 0;
    QString name;
    qint64 size = 0; // bytes, as the server's metadata says
    qint64 downloadCount = 0;
    QDateTime createdAt; // UTC
    QString downloadUrl; // browser_download_url (Gitea/GitHub) or the file path (local store)
    QString uuid; // Gitea's attachment uuid (empty elsewhere)
    QString sha256; // known without downloading: the local store's index, GitHub's digest (lower-case hex)

    QJsonObject toJson() const;
    static AssetInfo fromJson(const QJsonObject &object); // the neutral form written by toJson()
    bool operator==(const AssetInfo &) const = default;
};

using AssetList = QList<AssetInfo>;

// Assets with this name, oldest first (by creation time, then id).
AssetList assetsNamed(const AssetList &assets, const QString &name);
// Newest first: created later wins, then the higher id.
bool assetIsNewer(const AssetInfo &a, const AssetInfo &b);

} // namespace rd

Q_DECLARE_METATYPE(rd::AssetInfo)
