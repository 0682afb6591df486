#pragma once

#include "forge/ReleaseProvider.h"
#include "net/ApiRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrl>

#include <optional>

namespace rd {

// What Gitea and GitHub providers share: JSON requests with the token, error mapping, retries
// of idempotent requests (GET, PATCH, DELETE) on network errors and 5xx with RetryPolicy's
// backoff, pagination that follows Link rel="next" (X-Total-Count as a fallback), and every
// endpoint both APIs spell alike (user, repository, releases, tags, asset rename and delete).
// A subclass names what differs: the page-size parameter, where an asset lives, how tags match.
// The token only ever goes into the Authorization header.
class HttpReleaseProvider : public ReleaseProvider
{
    Q_OBJECT

public:
    using ResponseCallback = std::function<void(const Result<ApiResponse> &)>;

    HttpReleaseProvider(QNetworkAccessManager *network, ServerConfig server, QUrl apiBase, QString repository, QString token,
        QObject *parent = nullptr);

    QString repository() const override { return m_owner + QLatin1Char('/') + m_name; }
    QString describe() const override;
    // The same endpoints on Gitea and GitHub: POST /releases, PATCH and DELETE /releases/{id}.
    void createRelease(const ReleaseSpec &spec, QObject *context, Callback<ReleaseInfo> done) override;
    void editRelease(qint64 id, const ReleaseEdit &edit, QObject *context, Callback<ReleaseInfo> done) override;
    void deleteRelease(qint64 id, QObject *context, Callback<void> done) override;
    void currentUser(QObject *context, Callback<QString> done) override;
    void repositoryInfo(QObject *context, Callback<RepositoryInfo> done) override;
    void listReleases(QObject *context, Callback<ReleaseList> done) override;
    void releaseById(qint64 id, QObject *context, Callback<ReleaseInfo> done) override;
    void releaseByTag(const QString &tag, QObject *context, Callback<ReleaseInfo> done) override;
    void renameAsset(
        const ReleaseInfo &release, qint64 assetId, const QString &newName, QObject *context, Callback<AssetInfo> done) override;
    void deleteAsset(const ReleaseInfo &release, qint64 assetId, QObject *context, Callback<void> done) override;
    TransferJob *downloadAsset(
        const ReleaseInfo &release, const AssetInfo &asset, const QString &destination, QObject *parent) override;
    void listTags(QObject *context, Callback<QStringList> done) override;

    PlanRequest planCreateRelease(const ReleaseSpec &spec) const override;
    PlanRequest planEditRelease(qint64 releaseId, const ReleaseEdit &edit) const override;
    PlanRequest planDeleteRelease(qint64 releaseId) const override;
    PlanRequest planRenameAsset(const ReleaseInfo &release, qint64 assetId, const QString &newName) const override;
    PlanRequest planDeleteAsset(const ReleaseInfo &release, qint64 assetId) const override;

    QUrl apiBase() const { return m_apiBase; }
    const ServerConfig &server() const { return m_server; }
    QNetworkAccessManager *network() const { return m_network; }
    QString token() const { return m_token; }

    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }

    // Sends one request; 2xx answers succeed, others become errors (mapError). GET, PATCH and
    // DELETE are retried per the retry policy; a DELETE that answers 404 after a lost reply
    // counts as done.
    // Public endpoints (Gitea's /version, /settings/*) go without the token (withToken false): Gitea
    // answers 401 to any request carrying a bad token, which would hide that the server works.
    void send(const QByteArray &method, const QUrl &url, const std::optional<QJsonDocument> &body, const QString &purpose,
        QObject *context, ResponseCallback done, bool withToken = true);
    // Every page of a JSON array resource.
    void getAllPages(const QUrl &firstUrl, const QString &purpose, QObject *context, Callback<QJsonArray> done);

    // HTTP status and error body -> Error (GitHub adds its 422 already_exists).
    virtual Error mapError(int status, const QByteArray &body, const QString &purpose) const;
    // Counts a request sent outside send() (uploads, downloads).
    void countRequest() { ++m_requestCount; }

    // Link: <url>; rel="next", ... -> the URL for `rel`, empty if none.
    static QUrl linkTarget(const QByteArray &linkHeader, const QString &rel);
    static QString encodeSegment(const QString &text);
    static QString encodeQueryValue(const QString &text);

protected:
    // The query that asks for the largest page: Gitea "limit=50", GitHub "per_page=100".
    virtual QString largestPageQuery() const = 0;
    // The path of one asset below repoUrl(): Gitea nests it in its release, GitHub does not.
    virtual QString assetPath(const QString &releaseLabel, qint64 assetId) const = 0;
    // GitHub's by-tag endpoint shows published releases only, so a 404 there looks in the list.
    virtual bool tagEndpointHidesDrafts() const { return false; }
    // Gitea matches tags case-insensitively; Git (and GitHub) do not.
    virtual Qt::CaseSensitivity tagCase() const { return Qt::CaseSensitive; }
    // The release of `tag` from the full list (drafts included), NotFound when there is none.
    void releaseFromList(const QString &tag, QObject *context, Callback<ReleaseInfo> done);

    QUrl repoUrl(const QString &path) const; // <api>/repos/<owner>/<name><path>
    QUrl apiUrl(const QString &path) const; // <api><path>
    QString releaseLabel(qint64 id) const; // "(new)" for 0
    static Result<QJsonObject> objectFrom(const ApiResponse &response, const QString &purpose);
    static Result<QJsonArray> arrayFrom(const ApiResponse &response, const QString &purpose);

    QNetworkAccessManager *m_network;
    ServerConfig m_server;
    QUrl m_apiBase;
    QString m_owner;
    QString m_name;
    QString m_token;
    int m_requestTimeoutMs = 30'000;

private:
    void attempt(const QByteArray &method, const QUrl &url, const std::optional<QJsonDocument> &body, const QString &purpose,
        QPointer<QObject> context, ResponseCallback done, int attemptNumber, bool withToken);
};

} // namespace rd
