#include "GitHubProvider.h"

#include "forge/HttpAssetDownloadJob.h"
#include "forge/HttpAssetUploadJob.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace rd {

GitHubProvider::GitHubProvider(
    QNetworkAccessManager *network, ServerConfig server, QUrl apiBase, QString repository, QString token, QObject *parent)
    : HttpReleaseProvider(network, std::move(server), std::move(apiBase), std::move(repository), std::move(token), parent)
{ }

Error GitHubProvider::mapError(int status, const QByteArray &body, const QString &purpose) const
{
    if (status == 422) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (const QJsonValue &value : object.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("code")).toString() == QStringLiteral("already_exists")) {
                return Error::make(Error::Code::Conflict,
                    QStringLiteral("Already exists while %1 (GitHub: %2 %3 already_exists).")
                        .arg(purpose, entry.value(QStringLiteral("resource")).toString(),
                            entry.value(QStringLiteral("field")).toString()));
            }
        }
    }
    // The shared rules (no token given, a GitHub API that is not there).
    return HttpReleaseProvider::mapError(status, body, purpose);
}

void GitHubProvider::serverVersion(QObject *context, Callback<QString> done)
{
    QTimer::singleShot(0, context, [done] { done(QStringLiteral("GitHub")); });
}

void GitHubProvider::attachmentSettings(QObject *context, Callback<AttachmentSettings> done)
{
    QTimer::singleShot(0, context, [done] { done(AttachmentSettings {}); });
}

void GitHubProvider::currentUser(QObject *context, Callback<QString> done)
{
    send("GET", apiUrl(QStringLiteral("/user")), std::nullopt, QStringLiteral("checking the token"), context,
        [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done(answer->json().object().value(QStringLiteral("login")).toString());
        });
}

void GitHubProvider::repositoryInfo(QObject *context, Callback<RepositoryInfo> done)
{
    send("GET", repoUrl(QString()), std::nullopt, QStringLiteral("reading the repository %1").arg(repository()), context,
        [this, done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            const QJsonObject object = answer->json().object();
            const QJsonObject permissions = object.value(QStringLiteral("permissions")).toObject();
            RepositoryInfo info;
            info.fullName = object.value(QStringLiteral("full_name")).toString(repository());
            info.canPush
                = permissions.value(QStringLiteral("push")).toBool() || permissions.value(QStringLiteral("admin")).toBool();
            info.isPrivate = object.value(QStringLiteral("private")).toBool();
            info.archived = object.value(QStringLiteral("archived")).toBool();
            info.defaultBranch = object.value(QStringLiteral("default_branch")).toString();
            done(info);
        });
}

void GitHubProvider::listReleases(QObject *context, Callback<ReleaseList> done)
{
    getAllPages(repoUrl(QStringLiteral("/releases?per_page=100")), QStringLiteral("listing the releases of %1").arg(repository()),
        context, [done](const Result<QJsonArray> &items) {
            if (!items) {
                done(std::unexpected(items.error()));
                return;
            }
            ReleaseList releases;
            QSet<qint64> seen;
            for (const QJsonValue &value : *items) {
                ReleaseInfo release = ReleaseInfo::fromJson(value.toObject());
                if (!seen.contains(release.id)) {
                    seen.insert(release.id);
                    releases << release;
                }
            }
            done(releases);
        });
}

void GitHubProvider::releaseById(qint64 id, QObject *context, Callback<ReleaseInfo> done)
{
    send("GET", repoUrl(QStringLiteral("/releases/%1").arg(id)), std::nullopt, QStringLiteral("reading release %1").arg(id),
        context, [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done(ReleaseInfo::fromJson(answer->json().object()));
        });
}

void GitHubProvider::releaseByTag(const QString &tag, QObject *context, Callback<ReleaseInfo> done)
{
    QPointer<QObject> guard(context);
    auto fromList = [this, tag, guard, done] {
        if (!guard) {
            return;
        }
        listReleases(guard, [tag, done](const Result<ReleaseList> &releases) {
            if (!releases) {
                done(std::unexpected(releases.error()));
                return;
            }
            for (const ReleaseInfo &release : *releases) {
                if (release.tagName == tag) {
                    done(release);
                    return;
                }
            }
            done(fail(Error::Code::NotFound, QStringLiteral("There is no release for tag %1.").arg(tag)));
        });
    };
    if (tag.contains(QLatin1Char('/'))) {
        fromList();
        return;
    }
    send("GET", repoUrl(QStringLiteral("/releases/tags/") + encodeSegment(tag)), std::nullopt,
        QStringLiteral("reading the release of tag %1").arg(tag), context, [done, fromList](const Result<ApiResponse> &answer) {
            if (!answer) {
                if (answer.error().code == Error::Code::NotFound) {
                    fromList(); // drafts are only in the list
                    return;
                }
                done(std::unexpected(answer.error()));
                return;
            }
            done(ReleaseInfo::fromJson(answer->json().object()));
        });
}

void GitHubProvider::listAssets(const ReleaseInfo &release, QObject *context, Callback<AssetList> done)
{
    getAllPages(repoUrl(QStringLiteral("/releases/%1/assets?per_page=100").arg(release.id)),
        QStringLiteral("listing the assets of %1").arg(release.tagName), context, [done](const Result<QJsonArray> &items) {
            if (!items) {
                done(std::unexpected(items.error()));
                return;
            }
            AssetList assets;
            QSet<qint64> seen;
            for (const QJsonValue &value : *items) {
                AssetInfo asset = AssetInfo::fromJson(value.toObject());
                if (!seen.contains(asset.id)) {
                    seen.insert(asset.id);
                    assets << asset;
                }
            }
            done(assets);
        });
}

QUrl GitHubProvider::expandUploadUrl(const QString &uploadUrlTemplate, const QString &name)
{
    QString base = uploadUrlTemplate;
    const qsizetype brace = base.indexOf(QLatin1Char('{'));
    if (brace >= 0) {
        base.truncate(brace);
    }
    return QUrl(base + QStringLiteral("?name=") + encodeQueryValue(name));
}

QUrl GitHubProvider::releaseUploadUrl(const ReleaseInfo &release, const QString &name) const
{
    if (!release.uploadUrl.isEmpty()) {
        return expandUploadUrl(release.uploadUrl, name);
    }
    // Not known yet (a release about to be created): github.com's uploads host, for plans.
    QUrl base = m_apiBase;
    if (base.host() == QStringLiteral("api.github.com")) {
        base.setHost(QStringLiteral("uploads.github.com"));
    }
    return QUrl(base.toString()
        + QStringLiteral("/repos/%1/%2/releases/%3/assets?name=")
              .arg(encodeSegment(m_owner), encodeSegment(m_name), releaseLabel(release.id))
        + encodeQueryValue(name));
}

TransferJob *GitHubProvider::uploadAsset(
    const ReleaseInfo &release, const QString &filePath, const QString &name, QObject *parent)
{
    QPointer<GitHubProvider> self(this);
    const ReleaseInfo known = release;
    auto prepare = [self, known, name](QObject *context, std::function<void(const Result<HttpAssetUploadJob::Target> &)> ready) {
        if (!self) {
            return;
        }
        if (!known.uploadUrl.isEmpty()) {
            const QUrl url = expandUploadUrl(known.uploadUrl, name);
            QTimer::singleShot(0, context, [ready, url] { ready(HttpAssetUploadJob::Target { url, false }); });
            return;
        }
        // The upload host comes from the release's upload_url: read it.
        self->releaseById(known.id, context, [name, ready](const Result<ReleaseInfo> &fresh) {
            if (!fresh) {
                ready(std::unexpected(fresh.error()));
                return;
            }
            ready(HttpAssetUploadJob::Target { expandUploadUrl(fresh->uploadUrl, name), false });
        });
    };
    return new HttpAssetUploadJob(this, filePath, name, prepare, parent);
}

void GitHubProvider::renameAsset(
    const ReleaseInfo &, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done)
{
    send("PATCH", repoUrl(QStringLiteral("/releases/assets/%1").arg(assetId)),
        QJsonDocument(QJsonObject { { QStringLiteral("name"), newName } }),
        QStringLiteral("renaming an asset to %1").arg(newName), context, [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done(AssetInfo::fromJson(answer->json().object()));
        });
}

void GitHubProvider::deleteAsset(const ReleaseInfo &, qint64 assetId, QObject *context, Callback<void> done)
{
    send("DELETE", repoUrl(QStringLiteral("/releases/assets/%1").arg(assetId)), std::nullopt,
        QStringLiteral("deleting asset %1").arg(assetId), context, [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done({});
        });
}

TransferJob *GitHubProvider::downloadAsset(
    const ReleaseInfo &release, const AssetInfo &asset, const QString &destination, QObject *parent)
{
    return new HttpAssetDownloadJob(
        this, asset, planDownload(release, asset).url, "application/octet-stream", destination, parent);
}

void GitHubProvider::listTags(QObject *context, Callback<QStringList> done)
{
    getAllPages(repoUrl(QStringLiteral("/tags?per_page=100")), QStringLiteral("listing the tags of %1").arg(repository()),
        context, [done](const Result<QJsonArray> &items) {
            if (!items) {
                done(std::unexpected(items.error()));
                return;
            }
            QStringList names;
            for (const QJsonValue &value : *items) {
                names << value.toObject().value(QStringLiteral("name")).toString();
            }
            done(names);
        });
}

PlanRequest GitHubProvider::planCreateRelease(const ReleaseSpec &spec) const
{
    return PlanRequest { "POST", repoUrl(QStringLiteral("/releases")), -1, {},
        QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)) };
}

PlanRequest GitHubProvider::planEditRelease(qint64 releaseId, const ReleaseEdit &edit) const
{
    return PlanRequest { "PATCH", repoUrl(QStringLiteral("/releases/") + releaseLabel(releaseId)), -1, {},
        QString::fromUtf8(QJsonDocument(edit.toJson()).toJson(QJsonDocument::Compact)) };
}

PlanRequest GitHubProvider::planDeleteRelease(qint64 releaseId) const
{
    return PlanRequest { "DELETE", repoUrl(QStringLiteral("/releases/") + releaseLabel(releaseId)), -1, {}, {} };
}

PlanRequest GitHubProvider::planUpload(
    const ReleaseInfo &release, const QString &name, qint64 bytes, const QString &filePath) const
{
    return PlanRequest { "POST", releaseUploadUrl(release, name), bytes, filePath, QStringLiteral("raw body") };
}

PlanRequest GitHubProvider::planRenameAsset(const ReleaseInfo &, qint64 assetId, const QString &newName) const
{
    return PlanRequest { "PATCH", repoUrl(QStringLiteral("/releases/assets/%1").arg(assetId)), -1, {},
        QStringLiteral("name → %1").arg(newName) };
}

PlanRequest GitHubProvider::planDeleteAsset(const ReleaseInfo &, qint64 assetId) const
{
    return PlanRequest { "DELETE", repoUrl(QStringLiteral("/releases/assets/%1").arg(assetId)), -1, {}, {} };
}

PlanRequest GitHubProvider::planDownload(const ReleaseInfo &, const AssetInfo &asset) const
{
    return PlanRequest { "GET", repoUrl(QStringLiteral("/releases/assets/%1").arg(asset.id)), -1, {},
        QStringLiteral("Accept: application/octet-stream") };
}

} // namespace rd
