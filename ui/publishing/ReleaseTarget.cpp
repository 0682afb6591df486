#include "ReleaseTarget.h"

#include "forge/ProviderFactory.h"
#include "forge/ReleaseProvider.h"
#include "project/PythonProject.h"
#include "secrets/SecretStore.h"
#include "widgets/Format.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace rd::ui {

ReleaseTarget ReleaseTarget::fromProject(const PythonProject &project, QSettings *registry)
{
    ReleaseTarget target;
    const ProjectSettings &settings = project.settings;
    target.kind = serverKindFromName(settings.serverKind).value_or(ServerKind::Gitea);
    if (target.kind == ServerKind::Local) {
        const QString store = settings.localStorePath.isEmpty() ? settings.serverUrl : settings.localStorePath;
        target.url = store.isEmpty() ? QString() : QDir::cleanPath(QDir(project.rootDir).absoluteFilePath(store));
    } else {
        target.url = settings.serverUrl;
    }
    target.repository = settings.repository;
    if (target.kind != ServerKind::Local && registry) {
        const QList<ServerConfig> saved = ServerRegistry(registry).servers();
        if (target.url.trimmed().isEmpty()) {
            for (const ServerConfig &server : saved) {
                const bool remoteHere = project.remote && !project.remote->host.isEmpty()
                    && QUrl(server.url).host().compare(project.remote->host, Qt::CaseInsensitive) == 0;
                if (remoteHere || saved.size() == 1) {
                    target.url = server.url;
                    target.kind = server.kind;
                    break;
                }
            }
        }
        if (target.repository.trimmed().isEmpty() && project.remote && !project.remote->owner.isEmpty()) {
            target.repository = project.remote->fullName();
        }
    }
    return target;
}

bool ReleaseTarget::sameAsProject(const PythonProject &project) const
{
    const ReleaseTarget own = fromProject(project);
    if (kind == ServerKind::Local) {
        return own.kind == kind && QDir(own.url) == QDir(url);
    }
    const auto mine = ServerConfig::normaliseUrl(url);
    const auto theirs = ServerConfig::normaliseUrl(own.url);
    return own.kind == kind && mine && theirs && *mine == *theirs && own.repository == repository.trimmed();
}

bool ReleaseTarget::isValid() const
{
    if (url.trimmed().isEmpty()) {
        return false;
    }
    return kind == ServerKind::Local || repository.contains(QLatin1Char('/'));
}

QString ReleaseTarget::describe() const
{
    if (kind == ServerKind::Local) {
        return QCoreApplication::translate("rd::ui::ReleaseTarget", "local release store %1").arg(QDir::toNativeSeparators(url));
    }
    return QStringLiteral("%1 %2 %3")
        .arg(kind == ServerKind::GitHub ? QStringLiteral("GitHub") : QStringLiteral("Gitea"), url, repository);
}

QStringList ReleaseTarget::cliArguments() const
{
    QStringList args { QStringLiteral("--server"), shellArgument(url.isEmpty() ? QStringLiteral("URL") : url) };
    if (kind != ServerKind::Local) {
        args << QStringLiteral("--repo") << shellArgument(repository.isEmpty() ? QStringLiteral("OWNER/NAME") : repository);
    }
    if (kind != ServerKind::Gitea) {
        args << QStringLiteral("--kind") << serverKindName(kind);
    }
    return args;
}

void openProvider(const ReleaseTarget &target, SecretStore *secrets, QNetworkAccessManager *network, QObject *context,
    std::optional<RetryPolicy> retry, std::function<void(const Result<ReleaseProvider *> &)> done,
    std::function<void(const QString &)> log)
{
    QPointer<QObject> guard(context);
    auto make = [target, network, guard, retry, done](const QString &token) {
        if (!guard) {
            return;
        }
        ProviderConfig config;
        config.server.kind = target.kind;
        config.server.maxReleaseFileSize = target.maxFileSize;
        config.server.allowedTypes = target.allowedTypes;
        config.repository = target.repository.trimmed();
        config.token = token;
        if (target.kind == ServerKind::Local) {
            config.server.url = target.url.trimmed();
        } else {
            auto url = ServerConfig::normaliseUrl(target.url.trimmed());
            if (!url) {
                done(std::unexpected(url.error()));
                return;
            }
            config.server.url = *url;
        }
        auto created = createProvider(config, network);
        if (!created) {
            done(std::unexpected(created.error()));
            return;
        }
        ReleaseProvider *provider = created->release();
        provider->setParent(guard.data());
        if (retry) {
            provider->setRetryPolicy(*retry);
        }
        done(provider);
    };
    if (target.kind == ServerKind::Local || !secrets) {
        QTimer::singleShot(0, context, [make] { make(QString()); });
        return;
    }
    secrets->tokenFor(target.url.trimmed(), context, [make, log, target](const Result<Secret> &secret) {
        if (!secret) {
            if (log) {
                log(QCoreApplication::translate("rd::ui::ReleaseTarget", "No token for %1: %2")
                        .arg(target.url, secret.error().toString()));
            }
            make(QString());
            return;
        }
        make(secret->value);
    });
}

} // namespace rd::ui
