#pragma once

#include "common/Error.h"
#include "forge/ReleaseProvider.h"
#include "forge/TransferJob.h"
#include "support/GiteaTestServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace rd::test {

// One place releases live during a test: the Gitea test server, its GitHub mode, or a local
// store in a temporary folder, with user alice owning alice/tallyho (write token) and bob
// reading it. Providers come with retries that do not wait (RetryPolicy::immediate).
class ReleaseFixture
{
public:
    explicit ReleaseFixture(const QString &kind, const QString &giteaVersion = QStringLiteral("1.22.0"));

    QString kind() const { return m_kind; }
    bool isRunning() const { return m_error.isEmpty(); }
    QString startError() const { return m_error; }
    GiteaTestServer *server() const { return m_server.get(); }
    QString serverUrl() const;
    QNetworkAccessManager *network() { return &m_network; }

    // Fresh state: the standard seed (server) or an empty store (local).
    void reset();
    std::unique_ptr<ReleaseProvider> provider(
        const QString &token = GiteaTestServer::aliceToken(), const QString &repository = QStringLiteral("alice/tallyho"));

    // The truth about a release's assets, read behind the provider's back: the server's
    // /_control/state (stored bytes and their SHA-256) or the local store's folder.
    // [{id, name, size, stored_size, sha256}], by id.
    QJsonArray storedAssets(const QString &tag);
    // Empty when the release holds exactly one asset per file (plus one SHA256SUMS listing them),
    // each with the file's size and SHA-256 as stored; otherwise what is wrong.
    QString verifyPublished(const QString &tag, const QStringList &files, bool withChecksums = true);
    // Every release row of alice/tallyho (local store: every release).
    QJsonArray storedReleases();
    // The requests the server saw since `since` (server kinds only).
    QJsonArray requests(int since = 0);

    // Plants assets (server kinds: the seed API, duplicates allowed; local: files + index).
    void seedRelease(const QJsonObject &release);
    // `count` published releases v0.0.1 ... (server: generate_releases).
    void seedManyReleases(int count);

    QString workDir() const { return m_work.path(); }
    // A file of `size` deterministic bytes (different per seed) in the work dir.
    QString makeFile(const QString &name, qint64 size, int seed = 1);
    static QString sha256Of(const QString &path);

private:
    void seedLocal(const QJsonArray &releases);

    QString m_kind;
    QString m_error;
    std::unique_ptr<GiteaTestServer> m_server;
    QTemporaryDir m_store;
    QTemporaryDir m_work;
    QNetworkAccessManager m_network;
    int m_generation = 0;
};

// Waits (processing events, no sleep) for a provider callback; nullopt on timeout.
template <typename T>
std::optional<Result<T>> await(const std::function<void(QObject *, ReleaseProvider::Callback<T>)> &call, int timeoutMs = 30'000)
{
    // A real event loop (QTest::qWaitFor sleeps 10 ms between looks, which adds up over many requests).
    std::optional<Result<T>> out;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    call(&loop, [&out, &loop](const Result<T> &result) {
        out = result;
        loop.quit();
    });
    if (!out) {
        loop.exec();
    }
    return out;
}

// Starts a transfer job and waits for its result; nullopt on timeout.
std::optional<Result<TransferResult>> runJob(TransferJob *job, int timeoutMs = 60'000);

} // namespace rd::test
