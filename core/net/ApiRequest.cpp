#include "ApiRequest.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace rd {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

ApiRequest::ApiRequest(QNetworkAccessManager *network, QByteArray method, QUrl url, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_method(std::move(method))
    , m_url(std::move(url))
{ }

void ApiRequest::setJsonBody(const QJsonDocument &body)
{
    m_body = body.toJson(QJsonDocument::Compact);
}

void ApiRequest::start()
{
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ReleaseDesk/" RELEASEDESK_VERSION));
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "token " + m_token.toUtf8());
    }
    if (!m_body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    qCDebug(lcNet) << m_method << m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    m_reply = m_network->sendCustomRequest(request, m_method, m_body);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
}

void ApiRequest::cancel()
{
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    }
}

void ApiRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    if (m_cancelled) {
        emit finished(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "Cancelled while %1.").arg(m_purpose)));
        return;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        emit finished(std::unexpected(transportError(reply->error(), reply->errorString(), m_url, m_purpose)));
        return;
    }
    ApiResponse response;
    response.status = status.toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    emit finished(response);
}

Error transportError(QNetworkReply::NetworkError code, const QString &detail, const QUrl &url, const QString &purpose)
{
    const QString host = url.host() + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString());
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(Error::Code::Network,
            QCoreApplication::translate("core", "%1 refused the connection while %2.").arg(host, purpose),
            QCoreApplication::translate("core", "Check the server URL and that the server is running."));
    case QNetworkReply::HostNotFoundError:
        return Error::make(Error::Code::Network,
            QCoreApplication::translate("core", "The server name %1 could not be found.").arg(url.host()),
            QCoreApplication::translate("core", "Check the server URL for typos and your network connection."));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Error::make(Error::Code::Timeout,
            QCoreApplication::translate("core", "%1 did not answer in time while %2.").arg(host, purpose),
            QCoreApplication::translate("core", "The server may be overloaded or unreachable; try again."));
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(Error::Code::Network,
            QCoreApplication::translate("core", "The TLS handshake with %1 failed: %2.").arg(host, detail),
            QCoreApplication::translate(
                "core", "Check the server's certificate, or use the URL the server is really served on."));
    case QNetworkReply::RemoteHostClosedError:
        return Error::make(Error::Code::Network,
            QCoreApplication::translate("core", "%1 closed the connection while %2.").arg(host, purpose),
            QCoreApplication::translate("core", "Try again; if it persists, check the server's and proxy's logs."));
    default: break;
    }
    // Qt's "Unknown error" says nothing: name the host and what was going on instead, and what to do.
    // Under a German locale Qt's own words are translated too (qtbase_de): compare with both. The
    // text is Qt's, in Qt's catalogue; a variable keeps lupdate from copying it into ours.
    static const char qtUnknownError[] = "Unknown error";
    const bool vague = detail.trimmed().isEmpty() || detail.contains(QLatin1StringView(qtUnknownError), Qt::CaseInsensitive)
        || detail.contains(QCoreApplication::translate("QIODevice", qtUnknownError), Qt::CaseInsensitive);
    return Error::make(Error::Code::Network,
        vague ? QCoreApplication::translate("core", "The connection to %1 broke off while %2.").arg(host, purpose)
              : QCoreApplication::translate("core", "Network error with %1 while %2: %3.").arg(host, purpose, detail),
        QCoreApplication::translate("core",
            "Run the same command again: finished files are kept and nothing is uploaded twice. If it keeps "
            "failing, check the network, a proxy's body-size limit and the server's log."));
}

Error httpError(int status, const QByteArray &body, const QString &purpose)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString serverMessage = object.value(QStringLiteral("message")).toString();
    const QString said = serverMessage.isEmpty() ? QString() : QStringLiteral(" (server said: \"%1\")").arg(serverMessage);
    switch (status) {
    case 401:
        return Error::make(Error::Code::Unauthorized,
            QCoreApplication::translate("core", "The server did not accept the token while %1%2.").arg(purpose, said),
            QCoreApplication::translate("core",
                "Create a new access token in your Gitea user settings (Applications) and "
                "store it in ReleaseDesk's settings or RELEASEDESK_TOKEN."));
    case 403:
        return Error::make(Error::Code::Forbidden,
            QCoreApplication::translate("core", "Permission denied while %1%2.").arg(purpose, said),
            serverMessage.contains(QStringLiteral("scope"))
                ? QCoreApplication::translate(
                    "core", "Give the token the write:repository scope (a new token is needed to change scopes).")
                : QCoreApplication::translate("core", "Ask a repository admin for write access to the repository."));
    case 404:
        return Error::make(Error::Code::NotFound, QCoreApplication::translate("core", "Not found while %1%2.").arg(purpose, said),
            QCoreApplication::translate("core",
                "Check the owner/repository name; a private repository also answers 404 "
                "when the token cannot see it."));
    case 409:
        return Error::make(
            Error::Code::Conflict, QCoreApplication::translate("core", "Already exists while %1%2.").arg(purpose, said));
    case 413:
        return Error::make(Error::Code::TooLarge,
            QCoreApplication::translate("core", "The server refused the file as too large while %1%2.").arg(purpose, said),
            QCoreApplication::translate("core",
                "Raise [repository.release] FILE_MAX_SIZE in Gitea's app.ini, or the body size "
                "limit of the reverse proxy in front of it (nginx client_max_body_size)."));
    case 400:
    case 422:
        if (serverMessage.contains(QStringLiteral("forbidden file extension or type"))) {
            return Error::make(Error::Code::Rejected,
                QCoreApplication::translate("core", "The server refused the file type while %1%2.").arg(purpose, said),
                QCoreApplication::translate("core", "Allow the type in [repository.release] ALLOWED_TYPES in Gitea's app.ini."));
        }
        return Error::make(Error::Code::Rejected,
            QCoreApplication::translate("core", "The server refused the request while %1%2.").arg(purpose, said));
    default:
        if (status >= 500) {
            return Error::make(Error::Code::ServerError,
                QCoreApplication::translate("core", "The server failed with HTTP %1 while %2%3.").arg(status).arg(purpose, said),
                QCoreApplication::translate("core", "Try again; if it persists, check the server's log."));
        }
        return Error::make(Error::Code::Unknown,
            QCoreApplication::translate("core", "Unexpected HTTP %1 while %2%3.").arg(status).arg(purpose, said));
    }
}

} // namespace rd
