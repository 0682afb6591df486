#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace rd {

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const;
    bool operator==(const ApiResponse &) const = default;
};

// A single JSON API call with a transfer timeout and a token header, as an async job.
// HTTP errors become Errors whose message says what the server refused and why, in words;
// the token is only ever placed in the Authorization header, never in a URL or a log.
class ApiRequest final : public QObject
{
    Q_OBJECT

public:
    ApiRequest(QNetworkAccessManager *network, QByteArray method, QUrl url, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    void setJsonBody(const QJsonDocument &body);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // What is being done, for messages: "reading the repository".
    void setPurpose(const QString &purpose) { m_purpose = purpose; }

    void start();
    void cancel();

signals:
    // Any HTTP status arrives here as a response; only transport failures are errors.
    void finished(const rd::Result<rd::ApiResponse> &result);

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QByteArray m_method;
    QUrl m_url;
    QString m_token;
    QByteArray m_body;
    QString m_purpose;
    int m_timeoutMs = 30'000;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
};

// Turns a forge's error answer (Gitea's {"message","url"}, GitHub's {"message","errors"}) into an
// Error with a message naming the cause and a hint saying what to do.
Error httpError(int status, const QByteArray &body, const QString &purpose);

// Message for a transport failure (refused, timeout, TLS, DNS).
Error transportError(QNetworkReply::NetworkError code, const QString &detail, const QUrl &url, const QString &purpose);

} // namespace rd
