#pragma once

#include "common/Error.h"
#include "forge/ServerConfig.h"
#include "net/RetryPolicy.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QObject;
class QSettings;

namespace rd {
class ReleaseProvider;
class SecretStore;
struct PythonProject;
} // namespace rd

namespace rd::ui {

// Where releases are published and inspected: a server (or the local release store's folder)
// and a repository. Pages fill it from the project's [server] settings; the user may change it.
// Never holds a token: openProvider() reads it from the SecretStore when the provider is made.
struct ReleaseTarget
{
    ServerKind kind = ServerKind::Gitea;
    QString url; // web base URL, or the store folder for Local
    QString repository; // owner/name (unused by the local store)
    qint64 maxFileSize = qint64(2048) * 1024 * 1024; // [repository.release] FILE_MAX_SIZE
    QString allowedTypes; // [repository.release] ALLOWED_TYPES

    // The project's [server]: kind, url (local: local_store resolved against the project folder), repo.
    // What the project leaves empty comes from the servers saved in Settings (`registry`): the one
    // the git remote points at, else the only one; the repository from the git remote.
    static ReleaseTarget fromProject(const PythonProject &project, QSettings *registry = nullptr);
    // Whether the project's releasedesk.toml already says this (nothing to save).
    bool sameAsProject(const PythonProject &project) const;
    bool isValid() const;
    QString describe() const; // "Gitea http://host alice/tallyho" or "local store /path"
    // "--server URL --repo R [--kind K]" for the CLI line (quoted where needed).
    QStringList cliArguments() const;
    bool operator==(const ReleaseTarget &) const = default;
};

// Makes the provider for a target: reads the server's token from `secrets` first (not for the
// local store; a missing token is not an error here, the preflight reports it), and applies
// `retry` when given. The provider is parented to `context`; `done` runs once, asynchronously,
// unless `context` is destroyed first.
void openProvider(const ReleaseTarget &target, SecretStore *secrets, QNetworkAccessManager *network, QObject *context,
    std::optional<RetryPolicy> retry, std::function<void(const Result<ReleaseProvider *> &)> done,
    std::function<void(const QString &)> log = {});

} // namespace rd::ui
