#include "ReleaseFixture.h"

#include "forge/LocalStore.h"
#include "forge/ProviderFactory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

namespace rd::test {

ReleaseFixture::ReleaseFixture(const QString &kind, const QString &giteaVersion)
    : m_kind(kind)
{
    if (kind != QStringLiteral("local")) {
        GiteaTestServer::Options options;
        options.mode = kind;
        options.version = giteaVersion;
        m_server = std::make_unique<GiteaTestServer>(options);
        if (!m_server->isRunning()) {
            m_error = m_server->startError();
        }
    }
    if (!m_store.isValid() || !m_work.isValid()) {
        m_error = QStringLiteral("cannot create temporary folders");
    }
}

QString ReleaseFixture::serverUrl() const
{
    if (m_kind == QStringLiteral("local")) {
        return QDir(m_store.path()).filePath(QStringLiteral("store%1").arg(m_generation));
    }
    return m_server->url();
}

void ReleaseFixture::reset()
{
    if (m_server) {
        m_server->reset();
        m_server->seedStandard();
    } else {
        ++m_generation; // a fresh folder
    }
}

std::unique_ptr<ReleaseProvider> ReleaseFixture::provider(const QString &token, const QString &repository)
{
    ProviderConfig config;
    config.server.url = serverUrl();
    config.server.kind = m_kind == QStringLiteral("github") ? ServerKind::GitHub
        : m_kind == QStringLiteral("local")                 ? ServerKind::Local
                                                            : ServerKind::Gitea;
    config.repository = repository;
    config.token = token;
    if (m_kind == QStringLiteral("github")) {
        config.apiBase = QUrl(m_server->url()); // the test server serves the GitHub API at its root
    }
    auto provider = createProvider(config, &m_network);
    if (!provider) {
        return {};
    }
    (*provider)->setRetryPolicy(RetryPolicy::immediate(4));
    return std::move(*provider);
}

QString ReleaseFixture::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString ReleaseFixture::makeFile(const QString &name, qint64 size, int seed)
{
    const QString path = QDir(m_work.path()).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    QByteArray block(64 * 1024, Qt::Uninitialized);
    quint32 state = 2166136261u ^ quint32(seed * 16777619);
    for (char &c : block) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    qint64 left = size;
    while (left > 0) {
        const qint64 n = std::min<qint64>(left, block.size());
        file.write(block.constData(), n);
        left -= n;
    }
    return path;
}

QString ReleaseFixture::verifyPublished(const QString &tag, const QStringList &files, bool withChecksums)
{
    const QJsonArray stored = storedAssets(tag);
    QHash<QString, int> count;
    QHash<QString, QJsonObject> byName;
    QStringList names;
    for (const QJsonValue &value : stored) {
        const QJsonObject asset = value.toObject();
        const QString name = asset.value(QStringLiteral("name")).toString();
        count[name]++;
        byName[name] = asset;
        names << name;
    }
    QStringList problems;
    const qsizetype expected = files.size() + (withChecksums ? 1 : 0);
    if (stored.size() != expected) {
        problems << QStringLiteral("%1 assets instead of %2: %3")
                        .arg(stored.size())
                        .arg(expected)
                        .arg(names.join(QStringLiteral(", ")));
    }
    QByteArray sums;
    QStringList sorted;
    for (const QString &file : files) {
        sorted << QFileInfo(file).fileName();
    }
    sorted.sort();
    QHash<QString, QString> pathOf;
    for (const QString &file : files) {
        pathOf.insert(QFileInfo(file).fileName(), file);
    }
    for (const QString &name : std::as_const(sorted)) {
        const QString file = pathOf.value(name);
        const QString sha = sha256Of(file);
        sums += sha.toLatin1() + "  " + name.toUtf8() + '\n';
        if (count.value(name) != 1) {
            problems << QStringLiteral("%1 is there %2 times").arg(name).arg(count.value(name));
            continue;
        }
        const QJsonObject asset = byName.value(name);
        if (asset.value(QStringLiteral("size")).toInteger() != QFileInfo(file).size()
            || asset.value(QStringLiteral("stored_size")).toInteger() != QFileInfo(file).size()) {
            problems << QStringLiteral("%1 has size %2/%3 instead of %4")
                            .arg(name)
                            .arg(asset.value(QStringLiteral("size")).toInteger())
                            .arg(asset.value(QStringLiteral("stored_size")).toInteger())
                            .arg(QFileInfo(file).size());
        }
        if (asset.value(QStringLiteral("sha256")).toString() != sha) {
            problems << QStringLiteral("%1 has other bytes than the file").arg(name);
        }
    }
    if (withChecksums) {
        const QString expectedSums = QString::fromLatin1(QCryptographicHash::hash(sums, QCryptographicHash::Sha256).toHex());
        if (count.value(QStringLiteral("SHA256SUMS")) != 1) {
            problems << QStringLiteral("SHA256SUMS is there %1 times").arg(count.value(QStringLiteral("SHA256SUMS")));
        } else if (byName.value(QStringLiteral("SHA256SUMS")).value(QStringLiteral("sha256")).toString() != expectedSums) {
            problems << QStringLiteral("SHA256SUMS does not list the files' checksums");
        }
    }
    return problems.join(QStringLiteral("; "));
}

QJsonArray ReleaseFixture::storedReleases()
{
    if (m_server) {
        return m_server->state()
            .value(QStringLiteral("repos"))
            .toObject()
            .value(QStringLiteral("alice/tallyho"))
            .toObject()
            .value(QStringLiteral("releases"))
            .toArray();
    }
    QFile index(QDir(serverUrl()).filePath(QStringLiteral("index.json")));
    if (!index.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(index.readAll()).object().value(QStringLiteral("releases")).toArray();
}

QJsonArray ReleaseFixture::storedAssets(const QString &tag)
{
    for (const QJsonValue &value : storedReleases()) {
        const QJsonObject release = value.toObject();
        if (release.value(QStringLiteral("tag_name")).toString() != tag || release.value(QStringLiteral("is_tag")).toBool()) {
            continue;
        }
        if (m_server) {
            return release.value(QStringLiteral("assets")).toArray();
        }
        QJsonArray out;
        const QString folder
            = QDir(serverUrl()).filePath(release.value(QStringLiteral("folder")).toString(LocalStore::folderForTag(tag)));
        for (const QJsonValue &assetValue : release.value(QStringLiteral("assets")).toArray()) {
            QJsonObject asset = assetValue.toObject();
            const QString path = QDir(folder).filePath(asset.value(QStringLiteral("name")).toString());
            asset.insert(
                QStringLiteral("stored_size"), QFileInfo::exists(path) ? QJsonValue(QFileInfo(path).size()) : QJsonValue());
            asset.insert(QStringLiteral("sha256"), sha256Of(path));
            out.append(asset);
        }
        return out;
    }
    return {};
}

QJsonArray ReleaseFixture::requests(int since)
{
    if (!m_server) {
        return {};
    }
    QJsonArray out;
    for (const QJsonValue &value : m_server->state().value(QStringLiteral("requests")).toArray()) {
        if (value.toObject().value(QStringLiteral("seq")).toInt() > since) {
            out.append(value);
        }
    }
    return out;
}

void ReleaseFixture::seedRelease(const QJsonObject &release)
{
    if (m_server) {
        m_server->seed(QJsonObject { { QStringLiteral("repos"),
            QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
                { QStringLiteral("name"), QStringLiteral("tallyho") },
                { QStringLiteral("releases"), QJsonArray { release } } } } } });
        return;
    }
    seedLocal({ release });
}

void ReleaseFixture::seedManyReleases(int count)
{
    if (m_server) {
        m_server->seed(QJsonObject { { QStringLiteral("repos"),
            QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
                { QStringLiteral("name"), QStringLiteral("tallyho") },
                { QStringLiteral("generate_releases"),
                    QJsonObject {
                        { QStringLiteral("count"), count }, { QStringLiteral("prefix"), QStringLiteral("v0.0.") } } } } } } });
        return;
    }
    QJsonArray releases;
    for (int i = 1; i <= count; ++i) {
        releases.append(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v0.0.%1").arg(i) } });
    }
    seedLocal(releases);
}

// Writes releases (with their asset files) straight into the local store's folder and index,
// in one index write: seeding hundreds of rows through the store would fsync each time.
void ReleaseFixture::seedLocal(const QJsonArray &releases)
{
    LocalStore store(serverUrl());
    if (auto ok = store.initialise(); !ok) {
        qWarning() << "seeding the local store failed:" << ok.error().message;
        return;
    }
    QFile indexFile(QDir(serverUrl()).filePath(QStringLiteral("index.json")));
    indexFile.open(QIODevice::ReadOnly);
    QJsonObject index = QJsonDocument::fromJson(indexFile.readAll()).object();
    indexFile.close();
    QJsonArray list = index.value(QStringLiteral("releases")).toArray();
    qint64 nextId = index.value(QStringLiteral("next_id")).toInteger(1);
    qint64 nextAsset = index.value(QStringLiteral("next_asset_id")).toInteger(1);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QJsonValue &value : releases) {
        const QJsonObject release = value.toObject();
        const QString tag = release.value(QStringLiteral("tag_name")).toString();
        const QString folder = LocalStore::folderForTag(tag);
        QDir().mkpath(QDir(serverUrl()).filePath(folder));
        QJsonArray assets;
        for (const QJsonValue &assetValue : release.value(QStringLiteral("assets")).toArray()) {
            const QJsonObject asset = assetValue.toObject();
            const QString name = asset.value(QStringLiteral("name")).toString();
            const QString path = QDir(QDir(serverUrl()).filePath(folder)).filePath(name);
            QFile file(path);
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            if (asset.contains(QStringLiteral("content"))) {
                file.write(asset.value(QStringLiteral("content")).toString().toUtf8());
            } else {
                file.write(QByteArray(asset.value(QStringLiteral("size")).toInt(), 'x'));
            }
            file.close();
            const qint64 size = QFileInfo(path).size();
            assets.append(QJsonObject { { QStringLiteral("id"), nextAsset++ }, { QStringLiteral("name"), name },
                { QStringLiteral("size"), asset.value(QStringLiteral("reported_size")).toInteger(size) },
                { QStringLiteral("sha256"), sha256Of(path) },
                { QStringLiteral("created_at"), asset.value(QStringLiteral("created_at")).toString(now) },
                { QStringLiteral("download_count"), 0 } });
        }
        list.prepend(QJsonObject { { QStringLiteral("id"), nextId++ }, { QStringLiteral("tag_name"), tag },
            { QStringLiteral("name"), release.value(QStringLiteral("name")).toString(tag) },
            { QStringLiteral("body"), release.value(QStringLiteral("body")).toString() },
            { QStringLiteral("draft"), release.value(QStringLiteral("draft")).toBool() },
            { QStringLiteral("prerelease"), release.value(QStringLiteral("prerelease")).toBool() },
            { QStringLiteral("created_at"), now }, { QStringLiteral("published_at"), now }, { QStringLiteral("folder"), folder },
            { QStringLiteral("assets"), assets } });
    }
    index.insert(QStringLiteral("releases"), list);
    index.insert(QStringLiteral("next_id"), nextId);
    index.insert(QStringLiteral("next_asset_id"), nextAsset);
    indexFile.open(QIODevice::WriteOnly | QIODevice::Truncate);
    indexFile.write(QJsonDocument(index).toJson());
}

std::optional<Result<TransferResult>> runJob(TransferJob *job, int timeoutMs)
{
    std::optional<Result<TransferResult>> out;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(job, &TransferJob::finished, &loop, [&out, &loop](const Result<TransferResult> &result) {
        out = result;
        loop.quit();
    });
    job->start();
    if (!out) {
        loop.exec();
    }
    return out;
}

} // namespace rd::test
