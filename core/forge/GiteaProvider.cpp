#include "GiteaProvider.h"

#include "forge/HttpAssetDownloadJob.h"
#include "forge/HttpAssetUploadJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace rd {

GiteaProvider::GiteaProvider(
    QNetworkAccessManager *network, ServerConfig server, QString repository, QString token, QObject *parent)
    : HttpReleaseProvider(network, server, server.apiBase(), std::move(repository), std::move(token), parent)
{ }

bool GiteaProvider::supportsRawUpload(const QString &version)
{
    QString text = version;
    const qsizetype gitea = text.indexOf(QStringLiteral("+gitea-"));
    if (gitea >= 0) {
        text = text.mid(gitea + 7);
    }
    static const QRegularExpression numbers(QStringLiteral(R"(^v?(\d+)\.(\d+))"));
    const auto match = numbers.match(text);
    if (!match.hasMatch()) {
        return true; // development builds ("main", a commit) are recent
    }
    const int major = match.captured(1).toInt();
    const int minor = match.captured(2).toInt();
    return major > 1 || (major == 1 && minor >= 22);
}

void GiteaProvider::serverVersion(QObject *context, Callback<QString> done)
{
    send(
        "GET", apiUrl(QStringLiteral("/version")), std::nullopt,
        QCoreApplication::translate("core", "asking the server for its version"), context,
        [this, done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            const QString version = answer->json().object().value(QStringLiteral("version")).toString();
            if (version.isEmpty()) {
                done(fail(Error::Code::ParseError,
                    QCoreApplication::translate("core", "The server did not report a Gitea version."),
                    QCoreApplication::translate("core", "Check that the URL is the Gitea web address.")));
                return;
            }
            m_version = version;
            done(version);
        },
        false);
}

void GiteaProvider::ensureVersion(QObject *context, Callback<QString> done)
{
    if (!m_version.isEmpty()) {
        QTimer::singleShot(0, context, [done, version = m_version] { done(version); });
        return;
    }
    QPointer<QObject> guard(context);
    m_versionWaiters << [guard, done](const Result<QString> &version) {
        if (guard) {
            done(version);
        }
    };
    if (m_versionWaiters.size() > 1) {
        return; // already asked
    }
    serverVersion(this, [this](const Result<QString> &version) {
        const auto waiters = std::exchange(m_versionWaiters, {});
        for (const auto &waiter : waiters) {
            waiter(version);
        }
    });
}

void GiteaProvider::attachmentSettings(QObject *context, Callback<AttachmentSettings> done)
{
    send(
        "GET", apiUrl(QStringLiteral("/settings/attachment")), std::nullopt,
        QCoreApplication::translate("core", "reading the attachment settings"), context,
        [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            const QJsonObject object = answer->json().object();
            AttachmentSettings settings;
            settings.known = true;
            settings.enabled = object.value(QStringLiteral("enabled")).toBool(true);
            settings.allowedTypes = object.value(QStringLiteral("allowed_types")).toString();
            settings.maxSizeMiB = object.value(QStringLiteral("max_size")).toInteger();
            settings.maxFiles = object.value(QStringLiteral("max_files")).toInt();
            done(settings);
        },
        false);
}

void GiteaProvider::listAssets(const ReleaseInfo &release, QObject *context, Callback<AssetList> done)
{
    send("GET", repoUrl(QStringLiteral("/releases/%1/assets").arg(release.id)), std::nullopt,
        QCoreApplication::translate("core", "listing the assets of %1").arg(release.tagName), context,
        [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            const auto items = arrayFrom(*answer, QCoreApplication::translate("core", "listing assets"));
            if (!items) {
                done(std::unexpected(items.error()));
                return;
            }
            AssetList assets;
            for (const QJsonValue &value : *items) {
                assets << AssetInfo::fromJson(value.toObject());
            }
            done(assets);
        });
}

QUrl GiteaProvider::uploadUrl(qint64 releaseId, const QString &name, bool raw) const
{
    QUrl url = repoUrl(QStringLiteral("/releases/%1/assets").arg(releaseLabel(releaseId)));
    if (raw) {
        url = QUrl(url.toString() + QStringLiteral("?name=") + encodeQueryValue(name));
    }
    return url;
}

TransferJob *GiteaProvider::uploadAsset(const ReleaseInfo &release, const QString &filePath, const QString &name, QObject *parent)
{
    const qint64 releaseId = release.id;
    QPointer<GiteaProvider> self(this);
    auto prepare
        = [self, releaseId, name](QObject *context, std::function<void(const Result<HttpAssetUploadJob::Target> &)> ready) {
              if (!self) {
                  return;
              }
              self->ensureVersion(context, [self, releaseId, name, ready](const Result<QString> &version) {
                  if (!version) {
                      ready(std::unexpected(version.error()));
                      return;
                  }
                  if (!self) {
                      return;
                  }
                  const bool raw = supportsRawUpload(*version);
                  ready(HttpAssetUploadJob::Target { self->uploadUrl(releaseId, name, raw), !raw });
              });
          };
    return new HttpAssetUploadJob(this, filePath, name, prepare, parent);
}

PlanRequest GiteaProvider::planUpload(
    const ReleaseInfo &release, const QString &name, qint64 bytes, const QString &filePath) const
{
    const bool raw = m_version.isEmpty() || supportsRawUpload(m_version);
    return PlanRequest { "POST", uploadUrl(release.id, name, raw), bytes, filePath,
        raw ? QStringLiteral("raw body") : QStringLiteral("multipart field attachment") };
}

PlanRequest GiteaProvider::planDownload(const ReleaseInfo &, const AssetInfo &asset) const
{
    if (!asset.uuid.isEmpty()) {
        return PlanRequest { "GET", QUrl(m_server.url + QStringLiteral("/attachments/") + asset.uuid), -1, {}, {} };
    }
    return PlanRequest { "GET", QUrl(asset.downloadUrl), -1, {}, {} };
}

} // namespace rd
