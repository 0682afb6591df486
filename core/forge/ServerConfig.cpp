#include "ServerConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace rd {

QString serverKindName(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Gitea: return QStringLiteral("gitea");
    case ServerKind::GitHub: return QStringLiteral("github");
    case ServerKind::Local: return QStringLiteral("local");
    }
    return QStringLiteral("gitea");
}

Result<ServerKind> serverKindFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QStringLiteral("gitea") || lower == QStringLiteral("forgejo")) {
        return ServerKind::Gitea;
    }
    if (lower == QStringLiteral("github")) {
        return ServerKind::GitHub;
    }
    if (lower == QStringLiteral("local")) {
        return ServerKind::Local;
    }
    return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "Unknown server kind '%1'.").arg(name),
        QCoreApplication::translate("core", "Use gitea, github or local."));
}

Result<QString> ServerConfig::normaliseUrl(const QString &rawUrl)
{
    const QString trimmed = rawUrl.trimmed();
    // No guessing: "gitea.example.com" would become http:// and send the token in clear text.
    if (!trimmed.isEmpty() && !trimmed.contains(QStringLiteral("://"))) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate(
                "core", "'%1' has no scheme, so it is not clear whether the token may travel in clear text.")
                .arg(QUrl(trimmed).adjusted(QUrl::RemoveUserInfo).toString()),
            QCoreApplication::translate("core", "Write https://%1 (or http:// for a server without TLS on your own network).")
                .arg(trimmed));
    }
    // A port QUrl cannot hold would otherwise read as "no such host".
    static const QRegularExpression portPattern(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#@]*(?:@)?[^/?#:]*:(\\d+)"));
    if (const auto match = portPattern.match(trimmed); match.hasMatch() && match.captured(1).toLongLong() > 65535) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "%1 is not a port: ports go from 1 to 65535.").arg(match.captured(1)),
            QCoreApplication::translate("core", "Check the server URL, e.g. https://gitea.example.com:3000."));
    }
    QUrl url = QUrl::fromUserInput(trimmed);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https"))) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1' is not a server URL.")
                .arg(QUrl(rawUrl).adjusted(QUrl::RemoveUserInfo).toString()),
            QCoreApplication::translate("core", "Use the address you open in the browser, e.g. https://gitea.example.com."));
    }
    if (!url.userInfo().isEmpty()) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The server URL must not contain a user name or password."),
            QCoreApplication::translate("core", "Remove them from the URL and store the token in the settings instead."));
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setQuery(QString());
    url.setFragment(QString());
    QString text = url.toString();
    while (text.endsWith(QLatin1Char('/'))) {
        text.chop(1);
    }
    // A user pasting the API URL means the server.
    if (text.endsWith(QStringLiteral("/api/v1"))) {
        text.chop(7);
    }
    return text;
}

QString ServerConfig::cleartextWarning(const QString &normalisedUrl)
{
    const QUrl url(normalisedUrl);
    const QString host = url.host();
    const bool loopback
        = host == QStringLiteral("localhost") || host.endsWith(QStringLiteral(".localhost")) || QHostAddress(host).isLoopback();
    if (url.scheme() != QStringLiteral("http") || loopback) {
        return {};
    }
    return QStringLiteral("%1 uses http://: the token travels in clear text. Use https:// unless this network is yours alone.")
        .arg(host);
}

QUrl ServerConfig::apiBase() const
{
    QString base = url;
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    if (kind == ServerKind::GitHub) {
        const QUrl parsed(base);
        if (parsed.host() == QStringLiteral("github.com") || parsed.host() == QStringLiteral("www.github.com")) {
            return QUrl(QStringLiteral("https://api.github.com"));
        }
        return QUrl(base + QStringLiteral("/api/v3"));
    }
    return QUrl(base + QStringLiteral("/api/v1"));
}

QUrl ServerConfig::apiUrl(const QString &path) const
{
    QString base = apiBase().toString();
    return QUrl(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
}

ServerRegistry::ServerRegistry(QSettings *settings)
    : m_settings(settings)
{ }

QList<ServerConfig> ServerRegistry::servers() const
{
    QList<ServerConfig> out;
    const int count = m_settings->beginReadArray(QStringLiteral("servers"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ServerConfig server;
        server.url = m_settings->value(QStringLiteral("url")).toString();
        server.kind = serverKindFromName(m_settings->value(QStringLiteral("kind")).toString()).value_or(ServerKind::Gitea);
        server.maxReleaseFileSize
            = m_settings->value(QStringLiteral("maxReleaseFileSize"), server.maxReleaseFileSize).toLongLong();
        server.allowedTypes = m_settings->value(QStringLiteral("allowedTypes")).toString();
        if (!server.url.isEmpty()) {
            out << server;
        }
    }
    m_settings->endArray();
    return out;
}

void ServerRegistry::save(const QList<ServerConfig> &servers)
{
    m_settings->remove(QStringLiteral("servers"));
    m_settings->beginWriteArray(QStringLiteral("servers"), int(servers.size()));
    for (int i = 0; i < servers.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("url"), servers[i].url);
        m_settings->setValue(QStringLiteral("kind"), serverKindName(servers[i].kind));
        m_settings->setValue(QStringLiteral("maxReleaseFileSize"), servers[i].maxReleaseFileSize);
        m_settings->setValue(QStringLiteral("allowedTypes"), servers[i].allowedTypes);
    }
    m_settings->endArray();
    m_settings->sync();
}

void ServerRegistry::upsert(const ServerConfig &server)
{
    QList<ServerConfig> list = servers();
    for (ServerConfig &existing : list) {
        if (existing.url == server.url) {
            existing = server;
            save(list);
            return;
        }
    }
    list << server;
    save(list);
}

void ServerRegistry::remove(const QString &url)
{
    QList<ServerConfig> list = servers();
    list.removeIf([&url](const ServerConfig &server) { return server.url == url; });
    save(list);
}

} // namespace rd
