#include "RemoteUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace rd {

namespace {

QString stripGitSuffix(QString name)
{
    if (name.endsWith(QStringLiteral(".git"))) {
        name.chop(4);
    }
    return name;
}

Result<RemoteUrl> fromPath(const QString &path, RemoteUrl remote, const QString &original)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The remote URL '%1' does not name an owner and a repository.").arg(original),
            QCoreApplication::translate(
                "core", "Use a URL like https://gitea.example.com/owner/repo.git or git@host:owner/repo.git."));
    }
    remote.repo = stripGitSuffix(parts.takeLast());
    remote.owner = parts.takeLast();
    if (remote.repo.isEmpty() || remote.owner.isEmpty()) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The remote URL '%1' has an empty owner or repository.").arg(original));
    }
    // Whatever stays in front of owner/repo is the sub-path Gitea is served under (ROOT_URL).
    if (!parts.isEmpty() && !remote.ssh) {
        remote.serverUrl += QLatin1Char('/') + parts.join(QLatin1Char('/'));
    }
    return remote;
}

} // namespace

Result<RemoteUrl> RemoteUrl::parse(const QString &rawUrl)
{
    const QString url = rawUrl.trimmed();
    if (url.isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "The remote URL is empty."),
            QCoreApplication::translate(
                "core", "Add a remote with: git remote add origin https://gitea.example.com/owner/repo.git"));
    }

    // scp-like syntax: [user@]host:path (no scheme, a colon before the first slash).
    static const QRegularExpression scpLike(QStringLiteral("^(?:([^@/:]+)@)?([^/:]+):(?!//)(.+)$"));
    if (!url.contains(QStringLiteral("://"))) {
        const auto match = scpLike.match(url);
        if (!match.hasMatch()) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "The remote '%1' is a local path, not a server.").arg(url),
                QCoreApplication::translate(
                    "core", "Point the remote at your Gitea server, e.g. git@gitea.example.com:owner/repo.git."));
        }
        RemoteUrl remote;
        remote.ssh = true;
        remote.host = match.captured(2);
        remote.serverUrl = QStringLiteral("https://") + remote.host;
        return fromPath(match.captured(3), remote, url);
    }

    const QUrl parsed(url, QUrl::StrictMode);
    // Never repeat a password or token embedded in the URL in a message.
    const QString shown = parsed.adjusted(QUrl::RemoveUserInfo).toString();
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "'%1' is not a valid remote URL.").arg(shown),
            QCoreApplication::translate("core", "Use a URL like https://gitea.example.com/owner/repo.git."));
    }
    const QString scheme = parsed.scheme().toLower();
    RemoteUrl remote;
    remote.host = parsed.host();
    if (scheme == QStringLiteral("http") || scheme == QStringLiteral("https")) {
        remote.serverUrl = scheme + QStringLiteral("://") + parsed.host();
        if (parsed.port() != -1) {
            remote.serverUrl += QLatin1Char(':') + QString::number(parsed.port());
        }
    } else if (scheme == QStringLiteral("ssh") || scheme == QStringLiteral("git") || scheme == QStringLiteral("git+ssh")) {
        // The SSH port says nothing about the web port: assume HTTPS on the default port.
        remote.ssh = true;
        remote.serverUrl = QStringLiteral("https://") + parsed.host();
    } else {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "The remote URL scheme '%1' is not supported.").arg(scheme),
            QCoreApplication::translate("core", "Use an https:// or ssh remote."));
    }
    return fromPath(parsed.path(), remote, shown);
}

} // namespace rd
