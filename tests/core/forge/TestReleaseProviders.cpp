// The three release providers (Gitea, GitHub, local store) behave the same where they can, and
// map each server's quirks: pagination, duplicate names, upload modes, error answers.
#include "forge/GiteaProvider.h"
#include "forge/LocalStore.h"
#include "forge/ProviderFactory.h"
#include "support/ReleaseFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace rd;
using namespace rd::test;

class TestReleaseProviders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void releaseLifecycle_data() { kinds(); }
    void releaseLifecycle();
    void draftIsFoundByTag_data() { kinds(); }
    void draftIsFoundByTag();
    void assetLifecycle_data() { kinds(); }
    void assetLifecycle();
    void duplicateAssetNames_data() { kinds(); }
    void duplicateAssetNames();
    void multipartUploadBefore122();
    void twoHundredReleasesPaginate_data() { kinds(); }
    void twoHundredReleasesPaginate();
    void hundredTwentyAssetsList_data() { kinds(); }
    void hundredTwentyAssetsList();
    void httpErrorsAreExplained_data();
    void httpErrorsAreExplained();
    void sizeLimitAndTypeMessages_data();
    void sizeLimitAndTypeMessages();
    void uploadVersionDecision_data();
    void uploadVersionDecision();

private:
    void kinds();
    ReleaseFixture &fixture();
    ReleaseInfo createRelease(ReleaseProvider &provider, const QString &tag, bool draft = false);

    std::map<QString, std::unique_ptr<ReleaseFixture>> m_fixtures;
};

void TestReleaseProviders::kinds()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gitea") << QStringLiteral("gitea");
    QTest::newRow("github") << QStringLiteral("github");
    QTest::newRow("local store") << QStringLiteral("local");
}

void TestReleaseProviders::initTestCase()
{
    for (const QString &kind : { QStringLiteral("gitea"), QStringLiteral("github"), QStringLiteral("local") }) {
        auto fixture = std::make_unique<ReleaseFixture>(kind);
        QVERIFY2(fixture->isRunning(), qPrintable(fixture->startError()));
        m_fixtures[kind] = std::move(fixture);
    }
}

void TestReleaseProviders::init()
{
    for (auto &[kind, fixture] : m_fixtures) {
        fixture->reset();
    }
}

ReleaseFixture &TestReleaseProviders::fixture()
{
    const QString kind = QTest::currentDataTag() ? QString::fromLatin1(QTest::currentDataTag()) : QString();
    if (kind.startsWith(QStringLiteral("github"))) {
        return *m_fixtures[QStringLiteral("github")];
    }
    if (kind.startsWith(QStringLiteral("local"))) {
        return *m_fixtures[QStringLiteral("local")];
    }
    return *m_fixtures[QStringLiteral("gitea")];
}

ReleaseInfo TestReleaseProviders::createRelease(ReleaseProvider &provider, const QString &tag, bool draft)
{
    ReleaseSpec spec;
    spec.tagName = tag;
    spec.name = QStringLiteral("Tallyho ") + tag;
    spec.body = QStringLiteral("Notes for ") + tag;
    spec.draft = draft;
    auto created = await<ReleaseInfo>([&](QObject *context, auto done) { provider.createRelease(spec, context, done); });
    if (!created || !*created) {
        qWarning() << "create failed:" << (created ? created->error().toString() : QStringLiteral("timeout"));
        return {};
    }
    return **created;
}

void TestReleaseProviders::releaseLifecycle()
{
    auto provider = fixture().provider();
    QVERIFY(provider);
    const ReleaseInfo created = createRelease(*provider, QStringLiteral("v1.0.0"));
    QVERIFY(created.id > 0);
    QCOMPARE(created.tagName, QStringLiteral("v1.0.0"));
    QCOMPARE(created.name, QStringLiteral("Tallyho v1.0.0"));
    QVERIFY(!created.draft);

    auto byTag = await<ReleaseInfo>([&](QObject *c, auto done) { provider->releaseByTag(QStringLiteral("v1.0.0"), c, done); });
    QVERIFY(byTag && *byTag);
    QCOMPARE((*byTag)->id, created.id);
    auto byId = await<ReleaseInfo>([&](QObject *c, auto done) { provider->releaseById(created.id, c, done); });
    QVERIFY(byId && *byId);
    QCOMPARE((*byId)->body, QStringLiteral("Notes for v1.0.0"));

    // A second release for the tag is a Conflict everywhere (Gitea 409, GitHub 422 already_exists).
    ReleaseSpec again;
    again.tagName = QStringLiteral("v1.0.0");
    auto duplicate = await<ReleaseInfo>([&](QObject *c, auto done) { provider->createRelease(again, c, done); });
    QVERIFY(duplicate && !*duplicate);
    QCOMPARE((*duplicate).error().code, Error::Code::Conflict);

    ReleaseEdit edit;
    edit.body = QStringLiteral("Better notes");
    edit.prerelease = true;
    auto edited = await<ReleaseInfo>([&](QObject *c, auto done) { provider->editRelease(created.id, edit, c, done); });
    QVERIFY2(edited && *edited, edited && !*edited ? qPrintable((*edited).error().toString()) : "timeout");
    QCOMPARE((*edited)->body, QStringLiteral("Better notes"));
    QVERIFY((*edited)->prerelease);

    auto list = await<ReleaseList>([&](QObject *c, auto done) { provider->listReleases(c, done); });
    QVERIFY(list && *list);
    QCOMPARE((*list)->size(), 1);

    auto deleted = await<void>([&](QObject *c, auto done) { provider->deleteRelease(created.id, c, done); });
    QVERIFY(deleted && *deleted);
    auto gone = await<ReleaseInfo>([&](QObject *c, auto done) { provider->releaseByTag(QStringLiteral("v1.0.0"), c, done); });
    QVERIFY(gone && !*gone);
    QCOMPARE((*gone).error().code, Error::Code::NotFound);
}

void TestReleaseProviders::draftIsFoundByTag()
{
    auto provider = fixture().provider();
    const ReleaseInfo draft = createRelease(*provider, QStringLiteral("v2.0.0rc1"), true);
    QVERIFY(draft.id > 0);
    QVERIFY(draft.draft);
    // GitHub's by-tag endpoint hides drafts; the provider finds them through the list.
    auto byTag = await<ReleaseInfo>([&](QObject *c, auto done) { provider->releaseByTag(QStringLiteral("v2.0.0rc1"), c, done); });
    QVERIFY(byTag && *byTag);
    QCOMPARE((*byTag)->id, draft.id);
    QVERIFY((*byTag)->draft);
}

void TestReleaseProviders::assetLifecycle()
{
    ReleaseFixture &f = fixture();
    auto provider = f.provider();
    const ReleaseInfo release = createRelease(*provider, QStringLiteral("v1.1.0"));
    QVERIFY(release.id > 0);
    const QString file = f.makeFile(QStringLiteral("Tallyho-v1.1.0-win-x64.zip"), 300 * 1024 + 17, 3);
    const QString sha = ReleaseFixture::sha256Of(file);

    auto uploaded = runJob(provider->uploadAsset(release, file, QStringLiteral("Tallyho-v1.1.0-win-x64.zip"), this));
    QVERIFY2(uploaded && *uploaded, uploaded && !*uploaded ? qPrintable((*uploaded).error().toString()) : "timeout");
    const AssetInfo asset = (*uploaded)->asset;
    QVERIFY(asset.id > 0);
    QCOMPARE(asset.name, QStringLiteral("Tallyho-v1.1.0-win-x64.zip"));
    QCOMPARE(asset.size, 300 * 1024 + 17);

    const QJsonArray stored = f.storedAssets(QStringLiteral("v1.1.0"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].toObject().value(QStringLiteral("sha256")).toString(), sha);

    auto listed = await<AssetList>([&](QObject *c, auto done) { provider->listAssets(release, c, done); });
    QVERIFY(listed && *listed);
    QCOMPARE((*listed)->size(), 1);
    QCOMPARE((*listed)->first().id, asset.id);

    // Download to a file: the temporary name disappears, the bytes and the hash are right.
    const QString target = QDir(f.workDir()).filePath(QStringLiteral("download/copy.zip"));
    auto downloaded = runJob(provider->downloadAsset(release, (*listed)->first(), target, this));
    QVERIFY2(downloaded && *downloaded, downloaded && !*downloaded ? qPrintable((*downloaded).error().toString()) : "timeout");
    QCOMPARE((*downloaded)->sha256, sha);
    QCOMPARE((*downloaded)->bytes, 300 * 1024 + 17);
    QCOMPARE(ReleaseFixture::sha256Of(target), sha);
    QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files).size(), 1);
    // Hash only.
    auto hashed = runJob(provider->downloadAsset(release, (*listed)->first(), QString(), this));
    QVERIFY(hashed && *hashed);
    QCOMPARE((*hashed)->sha256, sha);

    auto renamed = await<AssetInfo>([&](QObject *c, auto done) {
        provider->renameAsset(release, asset.id, QStringLiteral("Tallyho-v1.1.0-windows.zip"), c, done);
    });
    QVERIFY2(renamed && *renamed, renamed && !*renamed ? qPrintable((*renamed).error().toString()) : "timeout");
    QCOMPARE((*renamed)->name, QStringLiteral("Tallyho-v1.1.0-windows.zip"));
    QCOMPARE(f.storedAssets(QStringLiteral("v1.1.0"))[0].toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Tallyho-v1.1.0-windows.zip"));

    auto deleted = await<void>([&](QObject *c, auto done) { provider->deleteAsset(release, asset.id, c, done); });
    QVERIFY(deleted && *deleted);
    QCOMPARE(f.storedAssets(QStringLiteral("v1.1.0")).size(), 0);
}

void TestReleaseProviders::duplicateAssetNames()
{
    QFETCH(QString, kind);
    ReleaseFixture &f = fixture();
    auto provider = f.provider();
    const ReleaseInfo release = createRelease(*provider, QStringLiteral("v1.2.0"));
    const QString file = f.makeFile(QStringLiteral("app.tar.gz"), 4096, 1);
    auto first = runJob(provider->uploadAsset(release, file, QStringLiteral("app.tar.gz"), this));
    QVERIFY(first && *first);
    auto second = runJob(provider->uploadAsset(release, file, QStringLiteral("app.tar.gz"), this));
    QVERIFY(second);
    if (kind == QStringLiteral("gitea")) {
        QVERIFY(provider->allowsDuplicateAssetNames());
        QVERIFY(*second); // Gitea silently accepts a second asset with the same name
        QCOMPARE(f.storedAssets(QStringLiteral("v1.2.0")).size(), 2);
    } else {
        QVERIFY(!provider->allowsDuplicateAssetNames());
        QVERIFY(!*second);
        QCOMPARE((*second).error().code, Error::Code::Conflict);
        QCOMPARE(f.storedAssets(QStringLiteral("v1.2.0")).size(), 1);
    }
}

void TestReleaseProviders::multipartUploadBefore122()
{
    ReleaseFixture f(QStringLiteral("gitea"), QStringLiteral("1.21.11"));
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    f.reset();
    auto provider = f.provider();
    const ReleaseInfo release = createRelease(*provider, QStringLiteral("v0.9.0"));
    const QString file = f.makeFile(QStringLiteral("old-server.zip"), 70'000, 9);
    auto uploaded = runJob(provider->uploadAsset(release, file, QStringLiteral("old-server.zip"), this));
    QVERIFY2(uploaded && *uploaded, uploaded && !*uploaded ? qPrintable((*uploaded).error().toString()) : "timeout");
    QCOMPARE((*uploaded)->asset.size, 70'000);
    QCOMPARE(f.storedAssets(QStringLiteral("v0.9.0"))[0].toObject().value(QStringLiteral("sha256")).toString(),
        ReleaseFixture::sha256Of(file));
    bool sawMultipart = false;
    for (const QJsonValue &request : f.requests()) {
        const QJsonObject entry = request.toObject();
        if (entry.value(QStringLiteral("method")).toString() == QStringLiteral("POST")
            && entry.value(QStringLiteral("path")).toString().contains(QStringLiteral("/assets"))) {
            sawMultipart
                = entry.value(QStringLiteral("content_type")).toString().startsWith(QStringLiteral("multipart/form-data"));
        }
    }
    QVERIFY(sawMultipart);
}

void TestReleaseProviders::twoHundredReleasesPaginate()
{
    QFETCH(QString, kind);
    ReleaseFixture &f = fixture();
    f.seedManyReleases(200);
    auto provider = f.provider();
    const int before = provider->requestCount();
    auto list = await<ReleaseList>([&](QObject *c, auto done) { provider->listReleases(c, done); });
    QVERIFY(list && *list);
    QCOMPARE((*list)->size(), 200);
    QSet<QString> tags;
    for (const ReleaseInfo &release : **list) {
        tags.insert(release.tagName);
    }
    QCOMPARE(tags.size(), 200);
    // The minimum: 4 pages of 50 on Gitea, 2 of 100 on GitHub, none for the local store.
    const int expected = kind == QStringLiteral("gitea") ? 4 : kind == QStringLiteral("github") ? 2 : 0;
    QCOMPARE(provider->requestCount() - before, expected);
}

void TestReleaseProviders::hundredTwentyAssetsList()
{
    QFETCH(QString, kind);
    ReleaseFixture &f = fixture();
    QJsonArray assets;
    for (int i = 0; i < 120; ++i) {
        assets.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("part-%1.bin").arg(i, 3, 10, QLatin1Char('0')) },
            { QStringLiteral("size"), 16 + i } });
    }
    f.seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v3.0.0") }, { QStringLiteral("assets"), assets } });
    auto provider = f.provider();
    auto release = await<ReleaseInfo>([&](QObject *c, auto done) { provider->releaseByTag(QStringLiteral("v3.0.0"), c, done); });
    QVERIFY(release && *release);
    const int before = provider->requestCount();
    auto listed = await<AssetList>([&](QObject *c, auto done) { provider->listAssets(**release, c, done); });
    QVERIFY(listed && *listed);
    QCOMPARE((*listed)->size(), 120);
    QSet<QString> names;
    for (const AssetInfo &asset : **listed) {
        names.insert(asset.name);
        QCOMPARE(asset.size, 16 + asset.name.mid(5, 3).toInt());
    }
    QCOMPARE(names.size(), 120);
    // Gitea lists assets in one answer; GitHub pages them 100 at a time.
    QCOMPARE(provider->requestCount() - before, kind == QStringLiteral("github") ? 2 : kind == QStringLiteral("gitea") ? 1 : 0);
}

void TestReleaseProviders::httpErrorsAreExplained_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("repo");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("hintWord");
    for (const QString &kind : { QStringLiteral("gitea"), QStringLiteral("github") }) {
        QTest::addRow("%s bad token 401", qPrintable(kind))
            << kind << QStringLiteral("0000000000000000000000000000000000000000") << QStringLiteral("alice/tallyho")
            << int(Error::Code::Unauthorized) << QStringLiteral("token");
        QTest::addRow("%s read-only token 403", qPrintable(kind))
            << kind << GiteaTestServer::bobToken() << QStringLiteral("alice/tallyho") << int(Error::Code::Forbidden)
            << QStringLiteral("");
        QTest::addRow("%s hidden repository 404", qPrintable(kind))
            << kind << GiteaTestServer::aliceToken() << QStringLiteral("alice/nothere") << int(Error::Code::NotFound)
            << QStringLiteral("private");
    }
}

void TestReleaseProviders::httpErrorsAreExplained()
{
    QFETCH(QString, kind);
    QFETCH(QString, token);
    QFETCH(QString, repo);
    QFETCH(int, code);
    QFETCH(QString, hintWord);
    ReleaseFixture &f = *m_fixtures[kind];
    ProviderConfig config;
    auto provider = f.provider(token);
    if (repo != QStringLiteral("alice/tallyho")) {
        // Same server, another repository.
        config.server.url = f.serverUrl();
        config.server.kind = kind == QStringLiteral("github") ? ServerKind::GitHub : ServerKind::Gitea;
        config.repository = repo;
        config.token = token;
        config.apiBase = kind == QStringLiteral("github") ? QUrl(f.serverUrl()) : QUrl();
        provider = std::move(*createProvider(config, f.network()));
    }
    ReleaseSpec spec;
    spec.tagName = QStringLiteral("v9.9.9");
    auto created = await<ReleaseInfo>([&](QObject *c, auto done) { provider->createRelease(spec, c, done); });
    QVERIFY(created && !*created);
    QCOMPARE(int((*created).error().code), code);
    QVERIFY(!(*created).error().message.contains(token));
    if (!hintWord.isEmpty()) {
        QVERIFY2((*created).error().hint.contains(hintWord), qPrintable((*created).error().hint));
    }
}

void TestReleaseProviders::sizeLimitAndTypeMessages_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("hintWord");
    QTest::newRow("413 names FILE_MAX_SIZE")
        << QJsonObject { { QStringLiteral("max_upload_size"), 50'000 } } << QStringLiteral("big.zip")
        << int(Error::Code::TooLarge) << QStringLiteral("FILE_MAX_SIZE");
    QTest::newRow("forbidden type names ALLOWED_TYPES")
        << QJsonObject { { QStringLiteral("allowed_types"), QStringLiteral(".zip") } } << QStringLiteral("setup.exe")
        << int(Error::Code::Rejected) << QStringLiteral("ALLOWED_TYPES");
}

void TestReleaseProviders::sizeLimitAndTypeMessages()
{
    QFETCH(QJsonObject, faults);
    QFETCH(QString, name);
    QFETCH(int, code);
    QFETCH(QString, hintWord);
    ReleaseFixture f(QStringLiteral("gitea"), QStringLiteral("1.25.0"));
    QVERIFY(f.isRunning());
    f.reset();
    f.server()->setFaults(faults);
    auto provider = f.provider();
    const ReleaseInfo release = createRelease(*provider, QStringLiteral("v1.0.0"));
    const QString file = f.makeFile(name, 200'000, 5);
    auto uploaded = runJob(provider->uploadAsset(release, file, name, this));
    QVERIFY(uploaded);
    QVERIFY(!*uploaded);
    QCOMPARE(int((*uploaded).error().code), code);
    QVERIFY2((*uploaded).error().hint.contains(hintWord), qPrintable((*uploaded).error().toString()));
    QCOMPARE(f.storedAssets(QStringLiteral("v1.0.0")).size(), 0);
}

void TestReleaseProviders::uploadVersionDecision_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("raw");
    QTest::newRow("1.21.11") << QStringLiteral("1.21.11") << false;
    QTest::newRow("1.22.0") << QStringLiteral("1.22.0") << true;
    QTest::newRow("1.27.0+dev-12") << QStringLiteral("1.27.0+dev-12") << true;
    QTest::newRow("forgejo on 1.21") << QStringLiteral("7.0.5+gitea-1.21.11") << false;
    QTest::newRow("forgejo on 1.22") << QStringLiteral("8.0.0+gitea-1.22.0") << true;
    QTest::newRow("development build") << QStringLiteral("main") << true;
}

void TestReleaseProviders::uploadVersionDecision()
{
    QFETCH(QString, version);
    QFETCH(bool, raw);
    QCOMPARE(GiteaProvider::supportsRawUpload(version), raw);
}

QTEST_GUILESS_MAIN(TestReleaseProviders)
#include "TestReleaseProviders.moc"
