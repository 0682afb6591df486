#include "HttpReleaseProvider.h"

#include "common/Log.h"
#include "forge/HttpAssetDownloadJob.h"
#include "net/TransferMeter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace rd {

HttpReleaseProvider::HttpReleaseProvider(
    QNetworkAccessManager *network, ServerConfig server, QUrl apiBase, QString repository, QString token, QObject *parent)
    : ReleaseProvider(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_apiBase(std::move(apiBase))
    , m_token(std::move(token))
{
    const qsizetype slash = repository.indexOf(QLatin1Char('/'));
    m_owner = repository.left(slash);
    m_name = slash < 0 ? QString() : repository.mid(slash + 1);
}

QString HttpReleaseProvider::describe() const
{
    return QStringLiteral("%1 %2 %3")
        .arg(kind() == ServerKind::GitHub ? QStringLiteral("GitHub") : QStringLiteral("Gitea"), m_server.url, repository());
}

QString HttpReleaseProvider::encodeSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString HttpReleaseProvider::encodeQueryValue(const QString &text)
{
    // '+' must be encoded: Go and Rails read a literal '+' in a query as a space.
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QUrl HttpReleaseProvider::apiUrl(const QString &path) const
{
    QString base = m_apiBase.toString();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    return QUrl(base + path);
}

QUrl HttpReleaseProvider::repoUrl(const QString &path) const
{
    return apiUrl(QStringLiteral("/repos/%1/%2").arg(encodeSegment(m_owner), encodeSegment(m_name)) + path);
}

QString HttpReleaseProvider::releaseLabel(qint64 id) const
{
    return id > 0 ? QString::number(id) : QStringLiteral("(new)");
}

Error HttpReleaseProvider::mapError(int status, const QByteArray &body, const QString &purpose) const
{
    if ((status == 401 || status == 403) && m_token.isEmpty()) {
        // Not a bad token: there was none. Say where one comes from.
        return Error::make(Error::Code::Unauthorized,
            QCoreApplication::translate("core", "No access token was given, and the server wants one while %1.").arg(purpose),
            QCoreApplication::translate("core",
                "Set RELEASEDESK_TOKEN (or DEPLOY_TOKEN) for this run, or store a token for the server in "
                "ReleaseDesk's settings (system keychain)."));
    }
    Error error = httpError(status, body, purpose);
    if (status == 404 && kind() == ServerKind::GitHub && !body.contains("documentation_url")) {
        // GitHub (and GitHub Enterprise) always say where their documentation is; an answer without
        // that comes from another server told it is GitHub, most often a Gitea.
        error.hint += QCoreApplication::translate(
            "core", " The answer does not come from a GitHub API: if this is a Gitea or Forgejo server, use --kind gitea.");
    }
    return error;
}

void HttpReleaseProvider::send(const QByteArray &method, const QUrl &url, const std::optional<QJsonDocument> &body,
    const QString &purpose, QObject *context, ResponseCallback done, bool withToken)
{
    attempt(method, url, body, purpose, QPointer<QObject>(context), std::move(done), 1, withToken);
}

void HttpReleaseProvider::attempt(const QByteArray &method, const QUrl &url, const std::optional<QJsonDocument> &body,
    const QString &purpose, QPointer<QObject> context, ResponseCallback done, int attemptNumber, bool withToken)
{
    auto *request = new ApiRequest(m_network, method, url, this);
    if (withToken) {
        request->setToken(m_token);
    }
    request->setPurpose(purpose);
    request->setTimeoutMs(m_requestTimeoutMs);
    if (body) {
        request->setJsonBody(*body);
    }
    ++m_requestCount;
    connect(request, &ApiRequest::finished, this,
        [this, request, method, url, body, purpose, context, done, attemptNumber, withToken](const Result<ApiResponse> &answer) {
            request->deleteLater();
            if (!context) {
                return;
            }
            Result<ApiResponse> result = answer;
            if (answer && (answer->status < 200 || answer->status >= 300)) {
                result = std::unexpected(mapError(answer->status, answer->body, purpose));
            }
            if (!result && method == "DELETE" && attemptNumber > 1 && result.error().code == Error::Code::NotFound) {
                // The first DELETE arrived but its answer was lost.
                done(ApiResponse { 204, {}, {} });
                return;
            }
            const bool idempotent = method == "GET" || method == "PATCH" || method == "DELETE" || method == "PUT";
            if (!result && idempotent && m_retry.shouldRetry(result.error(), attemptNumber)) {
                const int delay = m_retry.delayBeforeAttempt(attemptNumber + 1);
                emit logLine(QCoreApplication::translate("core", "%1; trying again in %2 (attempt %3 of %4)")
                                 .arg(result.error().message, TransferMeter::formatDuration(delay / 1000),
                                     QString::number(attemptNumber + 1), QString::number(m_retry.maxAttempts)));
                QTimer::singleShot(delay, context, [this, method, url, body, purpose, context, done, attemptNumber, withToken] {
                    attempt(method, url, body, purpose, context, done, attemptNumber + 1, withToken);
                });
                return;
            }
            done(result);
        });
    request->start();
}

QUrl HttpReleaseProvider::linkTarget(const QByteArray &linkHeader, const QString &rel)
{
    static const QRegularExpression entry(QStringLiteral(R"re(<([^>]*)>\s*((?:;\s*[^;,]*)*))re"));
    static const QRegularExpression relParam(QStringLiteral(R"re(;\s*rel\s*=\s*"?([^";,]*)"?)re"));
    const QString header = QString::fromLatin1(linkHeader);
    auto it = entry.globalMatch(header);
    while (it.hasNext()) {
        const auto match = it.next();
        auto params = relParam.globalMatch(match.captured(2));
        while (params.hasNext()) {
            const QStringList rels = params.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (rels.contains(rel)) {
                return QUrl(match.captured(1));
            }
        }
    }
    return {};
}

void HttpReleaseProvider::getAllPages(const QUrl &firstUrl, const QString &purpose, QObject *context, Callback<QJsonArray> done)
{
    struct State
    {
        QJsonArray items;
        int page = 1;
        qint64 total = -1;
        std::function<void(const QUrl &)> fetch;
    };
    auto state = std::make_shared<State>();
    QPointer<QObject> guard(context);
    state->fetch = [this, state, purpose, guard, done](const QUrl &url) {
        send("GET", url, std::nullopt, purpose, guard,
            [this, state, url, purpose, guard, done](const Result<ApiResponse> &answer) {
                if (!answer) {
                    state->fetch = nullptr;
                    done(std::unexpected(answer.error()));
                    return;
                }
                const auto page = arrayFrom(*answer, purpose);
                if (!page) {
                    state->fetch = nullptr;
                    done(std::unexpected(page.error()));
                    return;
                }
                for (const QJsonValue &value : *page) {
                    state->items.append(value);
                }
                bool ok = false;
                const qint64 total = answer->header("X-Total-Count").toLongLong(&ok);
                if (ok) {
                    state->total = total;
                }
                QUrl next = linkTarget(answer->header("Link"), QStringLiteral("next"));
                if (next.isEmpty() && state->total > state->items.size() && !page->isEmpty()) {
                    // No Link header but more items: ask for the next page number ourselves.
                    QUrlQuery query(url);
                    query.removeAllQueryItems(QStringLiteral("page"));
                    query.addQueryItem(QStringLiteral("page"), QString::number(state->page + 1));
                    next = url;
                    next.setQuery(query);
                }
                if (next.isEmpty() || page->isEmpty() || state->page >= 100'000) {
                    auto fetchKeepAlive = std::move(state->fetch); // break the cycle state -> fetch -> state
                    done(state->items);
                    return;
                }
                ++state->page;
                state->fetch(next);
            });
    };
    state->fetch(firstUrl);
}

Result<QJsonObject> HttpReleaseProvider::objectFrom(const ApiResponse &response, const QString &purpose)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "The server's answer while %1 is not a JSON object.").arg(purpose),
            QCoreApplication::translate("core", "Check that the URL points at the forge itself, not at a proxy's error page."));
    }
    return document.object();
}

Result<QJsonArray> HttpReleaseProvider::arrayFrom(const ApiResponse &response, const QString &purpose)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        return fail(Error::Code::ParseError,
            QCoreApplication::translate("core", "The server's answer while %1 is not a JSON list.").arg(purpose),
            QCoreApplication::translate("core", "Check that the URL points at the forge itself, not at a proxy's error page."));
    }
    return document.array();
}

void HttpReleaseProvider::createRelease(const ReleaseSpec &spec, QObject *context, Callback<ReleaseInfo> done)
{
    send("POST", repoUrl(QStringLiteral("/releases")), QJsonDocument(spec.toJson()),
        QCoreApplication::translate("core", "creating the release %1").arg(spec.tagName), context,
        [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done(ReleaseInfo::fromJson(answer->json().object()));
        });
}

void HttpReleaseProvider::editRelease(qint64 id, const ReleaseEdit &edit, QObject *context, Callback<ReleaseInfo> done)
{
    send("PATCH", repoUrl(QStringLiteral("/releases/%1").arg(id)), QJsonDocument(edit.toJson()),
        QCoreApplication::translate("core", "editing release %1").arg(id), context, [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done(ReleaseInfo::fromJson(answer->json().object()));
        });
}

void HttpReleaseProvider::deleteRelease(qint64 id, QObject *context, Callback<void> done)
{
    send("DELETE", repoUrl(QStringLiteral("/releases/%1").arg(id)), std::nullopt,
        QCoreApplication::translate("core", "deleting release %1").arg(id), context, [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done({});
        });
}

void HttpReleaseProvider::currentUser(QObject *context, Callback<QString> done)
{
    send("GET", apiUrl(QStringLiteral("/user")), std::nullopt, QCoreApplication::translate("core", "checking the token"), context,
        [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done(answer->json().object().value(QStringLiteral("login")).toString());
        });
}

void HttpReleaseProvider::repositoryInfo(QObject *context, Callback<RepositoryInfo> done)
{
    send("GET", repoUrl(QString()), std::nullopt,
        QCoreApplication::translate("core", "reading the repository %1").arg(repository()), context,
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
            info.empty = object.value(QStringLiteral("empty")).toBool(); // Gitea only
            info.defaultBranch = object.value(QStringLiteral("default_branch")).toString();
            if (object.contains(QStringLiteral("has_actions"))) { // Gitea only
                info.hasActions = object.value(QStringLiteral("has_actions")).toBool();
            }
            done(info);
        });
}

void HttpReleaseProvider::listReleases(QObject *context, Callback<ReleaseList> done)
{
    getAllPages(repoUrl(QStringLiteral("/releases?") + largestPageQuery()),
        QCoreApplication::translate("core", "listing the releases of %1").arg(repository()), context,
        [done](const Result<QJsonArray> &items) {
            if (!items) {
                done(std::unexpected(items.error()));
                return;
            }
            ReleaseList releases;
            QSet<qint64> seen; // a release created while paging shifts the pages
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

void HttpReleaseProvider::releaseById(qint64 id, QObject *context, Callback<ReleaseInfo> done)
{
    send("GET", repoUrl(QStringLiteral("/releases/%1").arg(id)), std::nullopt,
        QCoreApplication::translate("core", "reading release %1").arg(id), context, [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done(ReleaseInfo::fromJson(answer->json().object()));
        });
}

void HttpReleaseProvider::releaseFromList(const QString &tag, QObject *context, Callback<ReleaseInfo> done)
{
    listReleases(context, [tag, done, sensitivity = tagCase()](const Result<ReleaseList> &releases) {
        if (!releases) {
            done(std::unexpected(releases.error()));
            return;
        }
        for (const ReleaseInfo &release : *releases) {
            if (release.tagName.compare(tag, sensitivity) == 0) {
                done(release);
                return;
            }
        }
        done(fail(Error::Code::NotFound, QCoreApplication::translate("core", "There is no release for tag %1.").arg(tag)));
    });
}

void HttpReleaseProvider::releaseByTag(const QString &tag, QObject *context, Callback<ReleaseInfo> done)
{
    // The by-tag endpoint takes a single path segment: a tag with '/' is found in the list.
    if (tag.contains(QLatin1Char('/'))) {
        releaseFromList(tag, context, done);
        return;
    }
    QPointer<HttpReleaseProvider> self(this);
    QPointer<QObject> guard(context);
    send("GET", repoUrl(QStringLiteral("/releases/tags/") + encodeSegment(tag)), std::nullopt,
        QCoreApplication::translate("core", "reading the release of tag %1").arg(tag), context,
        [self, guard, tag, done](const Result<ApiResponse> &answer) {
            if (!answer) {
                if (answer.error().code != Error::Code::NotFound) {
                    done(std::unexpected(answer.error()));
                } else if (self && guard && self->tagEndpointHidesDrafts()) {
                    self->releaseFromList(tag, guard, done);
                } else {
                    done(fail(
                        Error::Code::NotFound, QCoreApplication::translate("core", "There is no release for tag %1.").arg(tag)));
                }
                return;
            }
            done(ReleaseInfo::fromJson(answer->json().object()));
        });
}

void HttpReleaseProvider::renameAsset(
    const ReleaseInfo &release, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done)
{
    send("PATCH", repoUrl(assetPath(releaseLabel(release.id), assetId)),
        QJsonDocument(QJsonObject { { QStringLiteral("name"), newName } }),
        QCoreApplication::translate("core", "renaming an asset to %1").arg(newName), context,
        [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done(AssetInfo::fromJson(answer->json().object()));
        });
}

void HttpReleaseProvider::deleteAsset(const ReleaseInfo &release, qint64 assetId, QObject *context, Callback<void> done)
{
    send("DELETE", repoUrl(assetPath(releaseLabel(release.id), assetId)), std::nullopt,
        QCoreApplication::translate("core", "deleting asset %1").arg(assetId), context,
        [done](const Result<ApiResponse> &answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done({});
        });
}

TransferJob *HttpReleaseProvider::downloadAsset(
    const ReleaseInfo &release, const AssetInfo &asset, const QString &destination, QObject *parent)
{
    return new HttpAssetDownloadJob(
        this, asset, planDownload(release, asset).url, "application/octet-stream", destination, parent);
}

void HttpReleaseProvider::listTags(QObject *context, Callback<QStringList> done)
{
    getAllPages(repoUrl(QStringLiteral("/tags?") + largestPageQuery()),
        QCoreApplication::translate("core", "listing the tags of %1").arg(repository()), context,
        [done](const Result<QJsonArray> &items) {
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

PlanRequest HttpReleaseProvider::planCreateRelease(const ReleaseSpec &spec) const
{
    return PlanRequest { "POST", repoUrl(QStringLiteral("/releases")), -1, {},
        QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)) };
}

PlanRequest HttpReleaseProvider::planEditRelease(qint64 releaseId, const ReleaseEdit &edit) const
{
    return PlanRequest { "PATCH", repoUrl(QStringLiteral("/releases/") + releaseLabel(releaseId)), -1, {},
        QString::fromUtf8(QJsonDocument(edit.toJson()).toJson(QJsonDocument::Compact)) };
}

PlanRequest HttpReleaseProvider::planDeleteRelease(qint64 releaseId) const
{
    return PlanRequest { "DELETE", repoUrl(QStringLiteral("/releases/") + releaseLabel(releaseId)), -1, {}, {} };
}

PlanRequest HttpReleaseProvider::planRenameAsset(const ReleaseInfo &release, qint64 assetId, const QString &newName) const
{
    return PlanRequest { "PATCH", repoUrl(assetPath(releaseLabel(release.id), assetId)), -1, {},
        QStringLiteral("name → %1").arg(newName) };
}

PlanRequest HttpReleaseProvider::planDeleteAsset(const ReleaseInfo &release, qint64 assetId) const
{
    return PlanRequest { "DELETE", repoUrl(assetPath(releaseLabel(release.id), assetId)), -1, {}, {} };
}

} // namespace rd
