#include "ConnectionCheck.h"

#include "net/ApiRequest.h"

#include <QJsonObject>
#include <QUrl>

namespace rd {

namespace {
enum Index { ServerItem = 0, TokenItem = 1, RepositoryItem = 2 };
}

ConnectionCheck::ConnectionCheck(
    QNetworkAccessManager *network, ServerConfig server, QString repository, QString token, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_repository(std::move(repository))
    , m_token(std::move(token))
{
    m_items = {
        CheckItem { QStringLiteral("server"), tr("Server"), CheckItem::Verdict::Skipped, tr("waiting"), {} },
        CheckItem { QStringLiteral("token"), tr("Token"), CheckItem::Verdict::Skipped, tr("waiting"), {} },
        CheckItem { QStringLiteral("repository"), tr("Repository"), CheckItem::Verdict::Skipped, tr("waiting"), {} },
    };
}

void ConnectionCheck::start()
{
    const QStringList parts = m_repository.split(QLatin1Char('/'));
    const bool repoValid = parts.size() == 2 && !parts[0].isEmpty() && !parts[1].isEmpty();
    m_pending = 3;
    send(ServerItem, m_server.kind == ServerKind::GitHub ? QStringLiteral("/meta") : QStringLiteral("/version"),
        tr("asking the server for its version"));
    if (m_token.isEmpty()) {
        settle(TokenItem, CheckItem::Verdict::Failed, tr("no token"),
            tr("Store a token for this server in Settings, or set RELEASEDESK_TOKEN."));
    } else {
        send(TokenItem, QStringLiteral("/user"), tr("checking the token"));
    }
    if (!repoValid) {
        settle(RepositoryItem, CheckItem::Verdict::Failed, tr("'%1' is not owner/name").arg(m_repository),
            tr("Give the repository as owner/name, e.g. alice/tallyho."));
    } else {
        send(RepositoryItem,
            QStringLiteral("/repos/%1/%2")
                .arg(QString::fromUtf8(QUrl::toPercentEncoding(parts[0])), QString::fromUtf8(QUrl::toPercentEncoding(parts[1]))),
            tr("reading the repository %1").arg(m_repository));
    }
}

void ConnectionCheck::cancel()
{
    for (const auto &request : std::as_const(m_requests)) {
        if (request) {
            request->cancel();
        }
    }
}

void ConnectionCheck::send(int index, const QString &path, const QString &purpose)
{
    auto *request = new ApiRequest(m_network, "GET", m_server.apiUrl(path), this);
    // /version is public, and Gitea answers 401 to any request carrying a bad token: asking
    // without one keeps "the server is there" apart from "the token is wrong".
    if (index != ServerItem) {
        request->setToken(m_token);
    }
    request->setPurpose(purpose);
    request->setTimeoutMs(15'000);
    m_requests << request;
    connect(request, &ApiRequest::finished, this, [this, index, request](const Result<ApiResponse> &result) {
        request->deleteLater();
        if (!result) {
            settleFromError(index, result.error());
            return;
        }
        switch (index) {
        case ServerItem: onServerAnswer(*result); break;
        case TokenItem: onUserAnswer(*result); break;
        default: onRepositoryAnswer(*result); break;
        }
    });
    request->start();
}

void ConnectionCheck::onServerAnswer(const ApiResponse &response)
{
    if (response.status != 200) {
        settleFromError(ServerItem, httpError(response.status, response.body, tr("asking the server for its version")));
        return;
    }
    if (m_server.kind == ServerKind::GitHub) {
        settle(ServerItem, CheckItem::Verdict::Ok, tr("GitHub API answers"));
        return;
    }
    m_serverVersion = response.json().object().value(QStringLiteral("version")).toString();
    if (m_serverVersion.isEmpty()) {
        settle(ServerItem, CheckItem::Verdict::Failed, tr("the server answered, but not like Gitea"),
            tr("Check the URL: it should be the address of the Gitea web interface."));
        return;
    }
    settle(ServerItem, CheckItem::Verdict::Ok, tr("Gitea %1").arg(m_serverVersion));
}

void ConnectionCheck::onUserAnswer(const ApiResponse &response)
{
    if (response.status != 200) {
        settleFromError(TokenItem, httpError(response.status, response.body, tr("checking the token")));
        return;
    }
    const QString login = response.json().object().value(QStringLiteral("login")).toString();
    settle(TokenItem, CheckItem::Verdict::Ok, tr("signed in as %1").arg(login));
}

void ConnectionCheck::onRepositoryAnswer(const ApiResponse &response)
{
    if (response.status != 200) {
        settleFromError(
            RepositoryItem, httpError(response.status, response.body, tr("reading the repository %1").arg(m_repository)));
        return;
    }
    const QJsonObject repo = response.json().object();
    const QJsonObject permissions = repo.value(QStringLiteral("permissions")).toObject();
    const QString name = repo.value(QStringLiteral("full_name")).toString(m_repository);
    if (permissions.value(QStringLiteral("push")).toBool() || permissions.value(QStringLiteral("admin")).toBool()) {
        settle(RepositoryItem, CheckItem::Verdict::Ok, tr("%1, push allowed").arg(name));
    } else {
        settle(RepositoryItem, CheckItem::Verdict::Failed, tr("%1 is readable, but this token may not push to it").arg(name),
            tr("Ask a repository admin to give you write access (Settings → Collaborators)."));
    }
}

void ConnectionCheck::settleFromError(int index, const Error &error)
{
    settle(index, CheckItem::Verdict::Failed, error.message, error.hint);
}

void ConnectionCheck::settle(int index, CheckItem::Verdict verdict, const QString &detail, const QString &hint)
{
    if (m_done) {
        return;
    }
    m_items[index].verdict = verdict;
    m_items[index].detail = detail;
    m_items[index].hint = hint;
    emit itemChanged(index);
    if (--m_pending == 0) {
        m_done = true;
        emit finished(m_items);
    }
}

} // namespace rd
