#pragma once

#include "common/Error.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace rd {

enum class ServerKind { Gitea, GitHub, Local };

QString serverKindName(ServerKind kind);
Result<ServerKind> serverKindFromName(const QString &name);

// A server ReleaseDesk publishes to. The token is not here: see SecretStore.
struct ServerConfig
{
    QString url; // web base URL, e.g. https://gitea.example.com (or the store folder for Local)
    ServerKind kind = ServerKind::Gitea;
    // Gitea does not publish its release limits through the API: they are kept per server,
    // with Gitea's defaults ([repository.release] FILE_MAX_SIZE and ALLOWED_TYPES).
    qint64 maxReleaseFileSize = qint64(2048) * 1024 * 1024;
    QString allowedTypes;

    // Normalised base URL (scheme and host lower-case, no trailing slash); error if not http(s).
    // Refuses text without a scheme (no silent http://), ports above 65535, user info, non-http(s).
    static Result<QString> normaliseUrl(const QString &url);
    // A warning for http:// outside loopback (the token would travel in clear text); empty otherwise.
    static QString cleartextWarning(const QString &normalisedUrl);
    // Base of the REST API: <url>/api/v1 for Gitea, api.github.com or <url>/api/v3 for GitHub.
    QUrl apiBase() const;
    QUrl apiUrl(const QString &path) const;
};

// The list of servers the user configured, kept in QSettings (never with tokens).
class ServerRegistry final
{
public:
    explicit ServerRegistry(QSettings *settings);

    QList<ServerConfig> servers() const;
    void save(const QList<ServerConfig> &servers);
    void upsert(const ServerConfig &server);
    void remove(const QString &url);

private:
    QSettings *m_settings;
};

} // namespace rd
