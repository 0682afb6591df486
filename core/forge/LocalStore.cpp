#include "LocalStore.h"

#include "common/AtomicFile.h"
#include "forge/LocalCopyJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QPointer>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <filesystem>

namespace rd {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonArray releasesOf(const QJsonObject &root)
{
    return root.value(QStringLiteral("releases")).toArray();
}

qsizetype findRelease(const QJsonArray &releases, qint64 id)
{
    for (qsizetype i = 0; i < releases.size(); ++i) {
        if (releases.at(i).toObject().value(QStringLiteral("id")).toInteger() == id) {
            return i;
        }
    }
    return -1;
}

Error noRelease(qint64 id)
{
    return Error::make(Error::Code::NotFound, QCoreApplication::translate("core", "The local store has no release %1.").arg(id));
}

qint64 nextAssetId(const QJsonObject &root)
{
    qint64 next = root.value(QStringLiteral("next_asset_id")).toInteger(0);
    if (next > 0) {
        return next;
    }
    qint64 largest = 0;
    for (const QJsonValue &release : releasesOf(root)) {
        for (const QJsonValue &asset : release.toObject().value(QStringLiteral("assets")).toArray()) {
            largest = std::max(largest, asset.toObject().value(QStringLiteral("id")).toInteger());
        }
    }
    return largest + 1;
}

} // namespace

LocalStore::LocalStore(QString root, QObject *parent)
    : ReleaseProvider(parent)
    , m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
{ }

QString LocalStore::describe() const
{
    return QStringLiteral("local store %1").arg(QDir::toNativeSeparators(m_root));
}

QString LocalStore::folderForTag(const QString &tag)
{
    // Letters, digits and ._-+ stay; everything else (/, \, :, spaces...) is percent-encoded.
    QString folder = QString::fromLatin1(QUrl::toPercentEncoding(tag, "+"));
    if (folder.startsWith(QLatin1Char('.'))) {
        folder.replace(0, 1, QStringLiteral("%2E"));
    }
    return folder;
}

Status LocalStore::checkAssetName(const QString &name)
{
    if (name.isEmpty() || name == QStringLiteral(".") || name == QStringLiteral("..") || name.startsWith(QLatin1Char('.'))
        || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x20; })) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1' cannot be an asset name in the local store.").arg(name),
            QCoreApplication::translate("core", "Use a plain file name without slashes that does not start with a dot."));
    }
    return {};
}

Status LocalStore::initialise()
{
    if (QFileInfo::exists(QDir(m_root).filePath(QStringLiteral("index.json")))) {
        return {};
    }
    return writeIndex(Index { QJsonObject { { QStringLiteral("format"), 1 }, { QStringLiteral("next_id"), 1 },
        { QStringLiteral("next_asset_id"), 1 }, { QStringLiteral("releases"), QJsonArray() } } });
}

Result<LocalStore::Index> LocalStore::readIndex() const
{
    const QString path = QDir(m_root).filePath(QStringLiteral("index.json"));
    if (!QFileInfo::exists(path)) {
        return Index { QJsonObject {
            { QStringLiteral("format"), 1 }, { QStringLiteral("next_id"), 1 }, { QStringLiteral("releases"), QJsonArray() } } };
    }
    auto bytes = readWholeFile(path);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "%1 is not valid JSON: %2.").arg(path, error.errorString()),
            QCoreApplication::translate("core", "Restore it from a backup, or move the store away and publish again."));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != 1) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "%1 has format %2; this ReleaseDesk reads format 1.")
                .arg(path)
                .arg(root.value(QStringLiteral("format")).toInt()),
            QCoreApplication::translate("core", "Use the ReleaseDesk version that wrote it."));
    }
    return Index { root };
}

Status LocalStore::writeIndex(const Index &index)
{
    if (!QDir().mkpath(m_root)) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the folder %1.").arg(m_root));
    }
    return writeFileAtomically(
        QDir(m_root).filePath(QStringLiteral("index.json")), QJsonDocument(index.root).toJson(QJsonDocument::Indented));
}

template <typename T> Result<T> LocalStore::locked(const std::function<Result<T>(Index &)> &change)
{
    if (!QDir().mkpath(m_root)) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "Cannot create the folder %1.").arg(m_root));
    }
    QLockFile lock(QDir(m_root).filePath(QStringLiteral("index.json.lock")));
    lock.setStaleLockTime(30'000);
    if (!lock.tryLock(10'000)) {
        return fail(Error::Code::Timeout,
            QCoreApplication::translate("core", "The local store %1 is locked by another process.").arg(m_root),
            QCoreApplication::translate(
                "core", "Wait for the other ReleaseDesk to finish, or remove index.json.lock if none runs."));
    }
    auto index = readIndex();
    if (!index) {
        return std::unexpected(index.error());
    }
    Result<T> result = change(*index);
    if (!result) {
        return result;
    }
    if (auto written = writeIndex(*index); !written) {
        return std::unexpected(written.error());
    }
    lock.unlock();
    emit changed();
    return result;
}

ReleaseInfo LocalStore::toRelease(const QJsonObject &object) const
{
    ReleaseInfo release = ReleaseInfo::fromJson(object);
    const QString folder = object.value(QStringLiteral("folder")).toString(folderForTag(release.tagName));
    release.htmlUrl = QUrl::fromLocalFile(QDir(m_root).filePath(folder)).toString();
    for (AssetInfo &asset : release.assets) {
        asset.downloadUrl = QDir(QDir(m_root).filePath(folder)).filePath(asset.name);
    }
    return release;
}

QString LocalStore::releaseFolder(const ReleaseInfo &release) const
{
    if (auto index = readIndex()) {
        const QJsonArray list = releasesOf(index->root);
        const qsizetype at = findRelease(list, release.id);
        if (at >= 0) {
            const QJsonObject object = list.at(at).toObject();
            return QDir(m_root).filePath(object.value(QStringLiteral("folder"))
                                             .toString(folderForTag(object.value(QStringLiteral("tag_name")).toString())));
        }
    }
    return QDir(m_root).filePath(folderForTag(release.tagName));
}

QString LocalStore::assetPath(const ReleaseInfo &release, const AssetInfo &asset) const
{
    return QDir(releaseFolder(release)).filePath(asset.name);
}

template <typename T> void LocalStore::answer(QObject *context, Callback<T> done, Result<T> result) const
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

// --- synchronous operations ---------------------------------------------------------------------

Result<ReleaseList> LocalStore::releases() const
{
    auto index = readIndex();
    if (!index) {
        return std::unexpected(index.error());
    }
    ReleaseList list;
    for (const QJsonValue &value : releasesOf(index->root)) {
        list << toRelease(value.toObject());
    }
    std::sort(list.begin(), list.end(), [](const ReleaseInfo &a, const ReleaseInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    return list;
}

Result<ReleaseInfo> LocalStore::release(qint64 id) const
{
    auto index = readIndex();
    if (!index) {
        return std::unexpected(index.error());
    }
    const QJsonArray list = releasesOf(index->root);
    const qsizetype at = findRelease(list, id);
    if (at < 0) {
        return std::unexpected(noRelease(id));
    }
    return toRelease(list.at(at).toObject());
}

Result<ReleaseInfo> LocalStore::releaseForTag(const QString &tag) const
{
    auto list = releases();
    if (!list) {
        return std::unexpected(list.error());
    }
    for (const ReleaseInfo &release : *list) {
        if (release.tagName.compare(tag, Qt::CaseInsensitive) == 0) {
            return release;
        }
    }
    return fail(Error::Code::NotFound, QCoreApplication::translate("core", "There is no release for tag %1.").arg(tag));
}

Result<ReleaseInfo> LocalStore::create(const ReleaseSpec &spec)
{
    if (spec.tagName.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "A release needs a tag."));
    }
    auto created = locked<QJsonObject>([&](Index &index) -> Result<QJsonObject> {
        QJsonArray list = releasesOf(index.root);
        for (const QJsonValue &value : std::as_const(list)) {
            if (value.toObject().value(QStringLiteral("tag_name")).toString().compare(spec.tagName, Qt::CaseInsensitive) == 0) {
                return fail(Error::Code::Conflict,
                    QCoreApplication::translate("core", "The local store already has a release for tag %1.").arg(spec.tagName));
            }
        }
        const qint64 id = std::max<qint64>(1, index.root.value(QStringLiteral("next_id")).toInteger(1));
        const QString folder = folderForTag(spec.tagName);
        if (!QDir().mkpath(QDir(m_root).filePath(folder))) {
            return fail(Error::Code::IoError,
                QCoreApplication::translate("core", "Cannot create the folder %1.").arg(QDir(m_root).filePath(folder)));
        }
        const QString now = nowText();
        QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("tag_name"), spec.tagName },
            { QStringLiteral("name"), spec.name.isEmpty() ? spec.tagName : spec.name }, { QStringLiteral("body"), spec.body },
            { QStringLiteral("target_commitish"), spec.targetCommitish }, { QStringLiteral("draft"), spec.draft },
            { QStringLiteral("prerelease"), spec.prerelease }, { QStringLiteral("created_at"), now },
            { QStringLiteral("published_at"), spec.draft ? QJsonValue() : QJsonValue(now) }, { QStringLiteral("folder"), folder },
            { QStringLiteral("assets"), QJsonArray() } };
        list.prepend(object);
        index.root.insert(QStringLiteral("releases"), list);
        index.root.insert(QStringLiteral("next_id"), id + 1);
        index.root.insert(QStringLiteral("next_asset_id"), nextAssetId(index.root));
        return object;
    });
    if (!created) {
        return std::unexpected(created.error());
    }
    return toRelease(*created);
}

Result<ReleaseInfo> LocalStore::edit(qint64 id, const ReleaseEdit &change)
{
    auto edited = locked<QJsonObject>([&](Index &index) -> Result<QJsonObject> {
        QJsonArray list = releasesOf(index.root);
        const qsizetype at = findRelease(list, id);
        if (at < 0) {
            return std::unexpected(noRelease(id));
        }
        QJsonObject object = list.at(at).toObject();
        if (change.tagName && *change.tagName != object.value(QStringLiteral("tag_name")).toString()) {
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (i != at
                    && list.at(i)
                            .toObject()
                            .value(QStringLiteral("tag_name"))
                            .toString()
                            .compare(*change.tagName, Qt::CaseInsensitive)
                        == 0) {
                    return fail(Error::Code::Conflict,
                        QCoreApplication::translate("core", "The local store already has a release for tag %1.")
                            .arg(*change.tagName));
                }
            }
            const QString oldFolder = object.value(QStringLiteral("folder"))
                                          .toString(folderForTag(object.value(QStringLiteral("tag_name")).toString()));
            const QString newFolder = folderForTag(*change.tagName);
            if (QFileInfo::exists(QDir(m_root).filePath(oldFolder)) && !QDir(m_root).rename(oldFolder, newFolder)) {
                return fail(Error::Code::IoError,
                    QCoreApplication::translate("core", "Cannot rename the folder %1 to %2.").arg(oldFolder, newFolder));
            }
            object.insert(QStringLiteral("tag_name"), *change.tagName);
            object.insert(QStringLiteral("folder"), newFolder);
        }
        if (change.name) {
            object.insert(QStringLiteral("name"), *change.name);
        }
        if (change.body) {
            object.insert(QStringLiteral("body"), *change.body);
        }
        if (change.targetCommitish) {
            object.insert(QStringLiteral("target_commitish"), *change.targetCommitish);
        }
        if (change.prerelease) {
            object.insert(QStringLiteral("prerelease"), *change.prerelease);
        }
        if (change.draft) {
            const bool wasDraft = object.value(QStringLiteral("draft")).toBool();
            object.insert(QStringLiteral("draft"), *change.draft);
            if (wasDraft && !*change.draft) {
                object.insert(QStringLiteral("published_at"), nowText());
            } else if (*change.draft) {
                object.insert(QStringLiteral("published_at"), QJsonValue());
            }
        }
        list.replace(at, object);
        index.root.insert(QStringLiteral("releases"), list);
        return object;
    });
    if (!edited) {
        return std::unexpected(edited.error());
    }
    return toRelease(*edited);
}

Status LocalStore::remove(qint64 id)
{
    auto removed = locked<bool>([&](Index &index) -> Result<bool> {
        QJsonArray list = releasesOf(index.root);
        const qsizetype at = findRelease(list, id);
        if (at < 0) {
            return std::unexpected(noRelease(id));
        }
        const QJsonObject object = list.at(at).toObject();
        const QString folder
            = object.value(QStringLiteral("folder")).toString(folderForTag(object.value(QStringLiteral("tag_name")).toString()));
        if (!folder.isEmpty() && folder != QStringLiteral(".") && folder != QStringLiteral("..")) {
            QDir(QDir(m_root).filePath(folder)).removeRecursively();
        }
        list.removeAt(at);
        index.root.insert(QStringLiteral("releases"), list);
        return true;
    });
    if (!removed) {
        return std::unexpected(removed.error());
    }
    return {};
}

Result<AssetInfo> LocalStore::commitUpload(
    qint64 releaseId, const QString &name, const QString &tempPath, qint64 size, const QString &sha256)
{
    auto committed = locked<QJsonObject>([&](Index &index) -> Result<QJsonObject> {
        if (auto ok = checkAssetName(name); !ok) {
            return std::unexpected(ok.error());
        }
        QJsonArray list = releasesOf(index.root);
        const qsizetype at = findRelease(list, releaseId);
        if (at < 0) {
            return std::unexpected(noRelease(releaseId));
        }
        QJsonObject object = list.at(at).toObject();
        QJsonArray assets = object.value(QStringLiteral("assets")).toArray();
        for (const QJsonValue &value : std::as_const(assets)) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name) {
                return fail(Error::Code::Conflict,
                    QCoreApplication::translate("core", "Release %1 in the local store already has an asset named %2.")
                        .arg(object.value(QStringLiteral("tag_name")).toString(), name));
            }
        }
        const QString folder = QDir(m_root).filePath(
            object.value(QStringLiteral("folder")).toString(folderForTag(object.value(QStringLiteral("tag_name")).toString())));
        const QString finalPath = QDir(folder).filePath(name);
        QFile::remove(finalPath); // a file no index entry knows: left over by a crash
        if (!QFile::rename(tempPath, finalPath)) {
            return fail(
                Error::Code::IoError, QCoreApplication::translate("core", "Cannot move %1 to %2.").arg(tempPath, finalPath));
        }
        const qint64 id = nextAssetId(index.root);
        const QJsonObject asset { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
            { QStringLiteral("size"), size }, { QStringLiteral("sha256"), sha256 }, { QStringLiteral("created_at"), nowText() },
            { QStringLiteral("download_count"), 0 } };
        assets.append(asset);
        object.insert(QStringLiteral("assets"), assets);
        list.replace(at, object);
        index.root.insert(QStringLiteral("releases"), list);
        index.root.insert(QStringLiteral("next_asset_id"), id + 1);
        return asset;
    });
    QFile::remove(tempPath); // no-op when it was moved
    if (!committed) {
        return std::unexpected(committed.error());
    }
    AssetInfo asset = AssetInfo::fromJson(*committed);
    if (auto owner = release(releaseId)) {
        asset.downloadUrl = assetPath(*owner, asset);
    }
    return asset;
}

Result<AssetInfo> LocalStore::rename(qint64 releaseId, qint64 assetId, const QString &newName, RenameMode mode)
{
    auto renamed = locked<QJsonObject>([&](Index &index) -> Result<QJsonObject> {
        if (auto ok = checkAssetName(newName); !ok) {
            return std::unexpected(ok.error());
        }
        QJsonArray list = releasesOf(index.root);
        const qsizetype at = findRelease(list, releaseId);
        if (at < 0) {
            return std::unexpected(noRelease(releaseId));
        }
        QJsonObject object = list.at(at).toObject();
        QJsonArray assets = object.value(QStringLiteral("assets")).toArray();
        qsizetype found = -1;
        QList<qsizetype> replaced;
        for (qsizetype i = 0; i < assets.size(); ++i) {
            const QJsonObject asset = assets.at(i).toObject();
            if (asset.value(QStringLiteral("id")).toInteger() == assetId) {
                found = i;
            } else if (asset.value(QStringLiteral("name")).toString() == newName) {
                if (mode != RenameMode::ReplaceOthers) {
                    return fail(Error::Code::Conflict,
                        QCoreApplication::translate("core", "An asset named %1 exists already.").arg(newName));
                }
                replaced << i;
            }
        }
        if (found < 0) {
            return fail(Error::Code::NotFound,
                QCoreApplication::translate("core", "Release %1 has no asset %2.").arg(releaseId).arg(assetId));
        }
        QJsonObject asset = assets.at(found).toObject();
        const QDir folder(QDir(m_root).filePath(
            object.value(QStringLiteral("folder")).toString(folderForTag(object.value(QStringLiteral("tag_name")).toString()))));
        const QString oldName = asset.value(QStringLiteral("name")).toString();
        if (oldName != newName) {
            // rename(2) puts the new file in the old one's place atomically: a reader sees the old
            // bytes or the new ones, never no file (QFile::rename refuses an existing target).
            std::error_code failed;
            std::filesystem::rename(QFile::encodeName(folder.filePath(oldName)).toStdString(),
                QFile::encodeName(folder.filePath(newName)).toStdString(), failed);
            if (failed) {
                return fail(Error::Code::IoError,
                    QCoreApplication::translate("core", "Cannot rename %1 to %2 in %3: %4.")
                        .arg(oldName, newName, folder.path(), QString::fromStdString(failed.message())));
            }
        }
        asset.insert(QStringLiteral("name"), newName);
        assets.replace(found, asset);
        for (auto it = replaced.crbegin(); it != replaced.crend(); ++it) {
            assets.removeAt(*it); // from the back, so the earlier positions still hold
        }
        object.insert(QStringLiteral("assets"), assets);
        list.replace(at, object);
        index.root.insert(QStringLiteral("releases"), list);
        return asset;
    });
    if (!renamed) {
        return std::unexpected(renamed.error());
    }
    AssetInfo asset = AssetInfo::fromJson(*renamed);
    if (auto owner = release(releaseId)) {
        asset.downloadUrl = assetPath(*owner, asset);
    }
    return asset;
}

Status LocalStore::removeAsset(qint64 releaseId, qint64 assetId)
{
    auto removed = locked<bool>([&](Index &index) -> Result<bool> {
        QJsonArray list = releasesOf(index.root);
        const qsizetype at = findRelease(list, releaseId);
        if (at < 0) {
            return std::unexpected(noRelease(releaseId));
        }
        QJsonObject object = list.at(at).toObject();
        QJsonArray assets = object.value(QStringLiteral("assets")).toArray();
        for (qsizetype i = 0; i < assets.size(); ++i) {
            const QJsonObject asset = assets.at(i).toObject();
            if (asset.value(QStringLiteral("id")).toInteger() == assetId) {
                const QDir folder(
                    QDir(m_root).filePath(object.value(QStringLiteral("folder"))
                                              .toString(folderForTag(object.value(QStringLiteral("tag_name")).toString()))));
                QFile::remove(folder.filePath(asset.value(QStringLiteral("name")).toString()));
                assets.removeAt(i);
                object.insert(QStringLiteral("assets"), assets);
                list.replace(at, object);
                index.root.insert(QStringLiteral("releases"), list);
                return true;
            }
        }
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "Release %1 has no asset %2.").arg(releaseId).arg(assetId));
    });
    if (!removed) {
        return std::unexpected(removed.error());
    }
    return {};
}

// --- the asynchronous interface -----------------------------------------------------------------

void LocalStore::serverVersion(QObject *context, Callback<QString> done)
{
    answer<QString>(context, std::move(done), QStringLiteral("local store format 1"));
}

void LocalStore::attachmentSettings(QObject *context, Callback<AttachmentSettings> done)
{
    answer<AttachmentSettings>(context, std::move(done), AttachmentSettings {});
}

void LocalStore::currentUser(QObject *context, Callback<QString> done)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    answer<QString>(context, std::move(done),
        env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME"), QStringLiteral("local"))));
}

void LocalStore::repositoryInfo(QObject *context, Callback<RepositoryInfo> done)
{
    RepositoryInfo info;
    info.fullName = m_root;
    QFileInfo folder(m_root);
    while (!folder.exists() && folder.absoluteFilePath() != folder.absolutePath()) {
        folder = QFileInfo(folder.absolutePath()); // the nearest existing parent decides
    }
    info.canPush = folder.isWritable();
    answer<RepositoryInfo>(context, std::move(done), info);
}

void LocalStore::listReleases(QObject *context, Callback<ReleaseList> done)
{
    answer<ReleaseList>(context, std::move(done), releases());
}

void LocalStore::releaseById(qint64 id, QObject *context, Callback<ReleaseInfo> done)
{
    answer<ReleaseInfo>(context, std::move(done), release(id));
}

void LocalStore::releaseByTag(const QString &tag, QObject *context, Callback<ReleaseInfo> done)
{
    answer<ReleaseInfo>(context, std::move(done), releaseForTag(tag));
}

void LocalStore::createRelease(const ReleaseSpec &spec, QObject *context, Callback<ReleaseInfo> done)
{
    answer<ReleaseInfo>(context, std::move(done), create(spec));
}

void LocalStore::editRelease(qint64 id, const ReleaseEdit &change, QObject *context, Callback<ReleaseInfo> done)
{
    answer<ReleaseInfo>(context, std::move(done), edit(id, change));
}

void LocalStore::deleteRelease(qint64 id, QObject *context, Callback<void> done)
{
    answer<void>(context, std::move(done), remove(id));
}

void LocalStore::listAssets(const ReleaseInfo &owner, QObject *context, Callback<AssetList> done)
{
    auto found = release(owner.id);
    answer<AssetList>(context, std::move(done), found ? Result<AssetList>(found->assets) : std::unexpected(found.error()));
}

TransferJob *LocalStore::uploadAsset(const ReleaseInfo &owner, const QString &filePath, const QString &name, QObject *parent)
{
    const QString folder = releaseFolder(owner);
    const QString temp = QDir(folder).filePath(
        QStringLiteral(".rd-partial-%1-%2").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')).arg(name));
    AssetInfo asset;
    asset.name = name;
    QPointer<LocalStore> self(this);
    const qint64 releaseId = owner.id;
    auto *job = new LocalCopyJob(
        filePath, temp, asset,
        [self, releaseId, name, temp](const TransferResult &copied) -> Result<TransferResult> {
            if (!self) {
                QFile::remove(temp);
                return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The local store went away."));
            }
            auto stored = self->commitUpload(releaseId, name, temp, copied.bytes, copied.sha256);
            if (!stored) {
                return std::unexpected(stored.error());
            }
            TransferResult result = copied;
            result.asset = *stored;
            result.path = stored->downloadUrl;
            return result;
        },
        parent);
    job->setPrecheck([self, releaseId, name]() -> Status {
        if (!self) {
            return fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The local store went away."));
        }
        if (auto ok = checkAssetName(name); !ok) {
            return ok;
        }
        auto found = self->release(releaseId);
        if (!found) {
            return std::unexpected(found.error());
        }
        if (!assetsNamed(found->assets, name).isEmpty()) {
            return fail(Error::Code::Conflict,
                QCoreApplication::translate("core", "Release %1 in the local store already has an asset named %2.")
                    .arg(found->tagName, name));
        }
        return {};
    });
    return job;
}

void LocalStore::renameAsset(
    const ReleaseInfo &owner, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done)
{
    answer<AssetInfo>(context, std::move(done), rename(owner.id, assetId, newName));
}

void LocalStore::replaceByRename(
    const ReleaseInfo &owner, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done)
{
    answer<AssetInfo>(context, std::move(done), rename(owner.id, assetId, newName, RenameMode::ReplaceOthers));
}

void LocalStore::deleteAsset(const ReleaseInfo &owner, qint64 assetId, QObject *context, Callback<void> done)
{
    answer<void>(context, std::move(done), removeAsset(owner.id, assetId));
}

TransferJob *LocalStore::downloadAsset(
    const ReleaseInfo &owner, const AssetInfo &asset, const QString &destination, QObject *parent)
{
    return new LocalCopyJob(assetPath(owner, asset), destination, asset, {}, parent);
}

void LocalStore::listTags(QObject *context, Callback<QStringList> done)
{
    auto list = releases();
    if (!list) {
        answer<QStringList>(context, std::move(done), std::unexpected(list.error()));
        return;
    }
    QStringList tags;
    for (const ReleaseInfo &release : *list) {
        tags << release.tagName;
    }
    answer<QStringList>(context, std::move(done), tags);
}

PlanRequest LocalStore::planCreateRelease(const ReleaseSpec &spec) const
{
    return PlanRequest { "MKDIR", QUrl::fromLocalFile(QDir(m_root).filePath(folderForTag(spec.tagName))), -1, {},
        QStringLiteral("and a new entry in index.json") };
}

PlanRequest LocalStore::planEditRelease(qint64 releaseId, const ReleaseEdit &change) const
{
    return PlanRequest { "EDIT", QUrl::fromLocalFile(QDir(m_root).filePath(QStringLiteral("index.json"))), -1, {},
        QStringLiteral("release %1: %2")
            .arg(releaseId)
            .arg(QString::fromUtf8(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact))) };
}

PlanRequest LocalStore::planDeleteRelease(qint64 releaseId) const
{
    auto found = release(releaseId);
    const QString folder = found ? releaseFolder(*found) : m_root;
    return PlanRequest { "DELETE", QUrl::fromLocalFile(folder), -1, {}, QStringLiteral("the folder and its index entry") };
}

PlanRequest LocalStore::planUpload(const ReleaseInfo &owner, const QString &name, qint64 bytes, const QString &filePath) const
{
    return PlanRequest { "COPY", QUrl::fromLocalFile(QDir(releaseFolder(owner)).filePath(name)), bytes, filePath, {} };
}

PlanRequest LocalStore::planRenameAsset(const ReleaseInfo &owner, qint64 assetId, const QString &newName) const
{
    QString oldName = QString::number(assetId);
    if (auto found = release(owner.id)) {
        for (const AssetInfo &asset : found->assets) {
            if (asset.id == assetId) {
                oldName = asset.name;
            }
        }
    }
    return PlanRequest { "RENAME", QUrl::fromLocalFile(QDir(releaseFolder(owner)).filePath(oldName)), -1, {},
        QStringLiteral("to %1").arg(newName) };
}

PlanRequest LocalStore::planDeleteAsset(const ReleaseInfo &owner, qint64 assetId) const
{
    QString name = QString::number(assetId);
    if (auto found = release(owner.id)) {
        for (const AssetInfo &asset : found->assets) {
            if (asset.id == assetId) {
                name = asset.name;
            }
        }
    }
    return PlanRequest { "DELETE", QUrl::fromLocalFile(QDir(releaseFolder(owner)).filePath(name)), -1, {}, {} };
}

PlanRequest LocalStore::planDownload(const ReleaseInfo &owner, const AssetInfo &asset) const
{
    return PlanRequest { "READ", QUrl::fromLocalFile(assetPath(owner, asset)), -1, {}, {} };
}

} // namespace rd
