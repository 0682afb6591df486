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
// backoff, and pagination that follows Link rel="next" (X-Total-Count as a fallback).
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
