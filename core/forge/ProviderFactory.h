#pragma once

#include "common/Error.h"
#include "forge/ReleaseProvider.h"
#include "forge/ServerConfig.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace rd {

// Which provider to talk to, chosen by configuration.
struct ProviderConfig
{
    ServerConfig server; // kind, and the URL (a folder for the local store)
    QString repository; // owner/name (unused by the local store)
    QString token; // never logged
    QUrl apiBase; // overrides the API base derived from the server URL (GitHub test servers)
};

// The provider for a configuration; InvalidInput when the repository is not owner/name.
Result<std::unique_ptr<ReleaseProvider>> createProvider(
    const ProviderConfig &config, QNetworkAccessManager *network, QObject *parent = nullptr);

} // namespace rd
