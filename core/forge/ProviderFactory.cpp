#include "ProviderFactory.h"

#include "forge/GitHubProvider.h"
#include "forge/GiteaProvider.h"
#include "forge/LocalStore.h"

#include <QCoreApplication>

namespace rd {

Result<std::unique_ptr<ReleaseProvider>> createProvider(
    const ProviderConfig &config, QNetworkAccessManager *network, QObject *parent)
{
    if (config.server.kind == ServerKind::Local) {
        if (config.server.url.isEmpty()) {
            return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "The local release store needs a folder."),
                QCoreApplication::translate("core", "Give the folder as the server, e.g. --server ~/releases."));
        }
        QString path = config.server.url;
        if (path.startsWith(QStringLiteral("file:"))) {
            path = QUrl(path).toLocalFile();
        }
        return std::unique_ptr<ReleaseProvider>(new LocalStore(path, parent));
    }
    const QStringList parts = config.repository.split(QLatin1Char('/'));
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1' is not a repository as owner/name.").arg(config.repository),
            QCoreApplication::translate("core", "Give the repository as owner/name, e.g. alice/tallyho."));
    }
    if (config.server.kind == ServerKind::GitHub) {
        const QUrl base = config.apiBase.isEmpty() ? config.server.apiBase() : config.apiBase;
        return std::unique_ptr<ReleaseProvider>(
            new GitHubProvider(network, config.server, base, config.repository, config.token, parent));
    }
    auto *gitea = new GiteaProvider(network, config.server, config.repository, config.token, parent);
    return std::unique_ptr<ReleaseProvider>(gitea);
}

} // namespace rd
