// Publishing: create or reuse the release, skip identical files, replace changed ones without a
// gap, SHA256SUMS, draft-then-publish; on Gitea, GitHub and the local store.
#include "forge/LocalStore.h"
#include "publish/AssetPlan.h"
#include "publish/Preflight.h"
#include "publish/ReleasePlanRunner.h"
#include "publish/Sha256Sums.h"
#include "support/Publisher.h"
#include "support/ReleaseFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace rd;
using namespace rd::test;

class TestPublisher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void firstPublishThenRerunSkips_data() { kinds(); }
    void firstPublishThenRerunSkips();
    void changedFileIsReplacedWithoutGap_data() { kinds(); }
    void changedFileIsReplacedWithoutGap();
    void corruptedUploadIsCaughtByItsChecksum_data();
    void corruptedUploadIsCaughtByItsChecksum();
    void draftThenPublish_data() { kinds(); }
    void draftThenPublish();
    void releaseCreatedMeanwhileIsReused_data() { kinds(); }
    void releaseCreatedMeanwhileIsReused();
    void prereleaseFlagFromTag_data();
    void prereleaseFlagFromTag();
    void plantedDuplicatesOfIdenticalFileAreRemoved();
    void dryRunChangesNothing();
    void preflight_data();
    void preflight();
    void sha256SumsFormat_data();
    void sha256SumsFormat();

private:
    void kinds();
    ReleaseFixture &fixture();
    Result<PublishResult> publish(ReleaseProvider &provider, const PublishOptions &options, bool dryRun = false);
    void verifyRelease(ReleaseFixture &f, const QString &tag, const QStringList &files);
    std::map<QString, std::unique_ptr<ReleaseFixture>> m_fixtures;
};

void TestPublisher::kinds()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gitea") << QStringLiteral("gitea");
    QTest::newRow("github") << QStringLiteral("github");
    QTest::newRow("local store") << QStringLiteral("local");
}

void TestPublisher::initTestCase()
{
    for (const QString &kind : { QStringLiteral("gitea"), QStringLiteral("github"), QStringLiteral("local") }) {
        auto fixture = std::make_unique<ReleaseFixture>(kind);
        QVERIFY2(fixture->isRunning(), qPrintable(fixture->startError()));
        m_fixtures[kind] = std::move(fixture);
    }
}

void TestPublisher::init()
{
    for (auto &[kind, fixture] : m_fixtures) {
        fixture->reset();
    }
}

ReleaseFixture &TestPublisher::fixture()
{
    const QString tag = QTest::currentDataTag() ? QString::fromLatin1(QTest::currentDataTag()) : QString();
    if (tag.startsWith(QStringLiteral("github"))) {
        return *m_fixtures[QStringLiteral("github")];
    }
    if (tag.startsWith(QStringLiteral("local"))) {
        return *m_fixtures[QStringLiteral("local")];
    }
    return *m_fixtures[QStringLiteral("gitea")];
}

Result<PublishResult> TestPublisher::publish(ReleaseProvider &provider, const PublishOptions &options, bool dryRun)
{
    Publisher publisher(&provider, options);
    publisher.setDryRun(dryRun);
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.start();
    if ((finished.isEmpty() && !finished.wait(60'000))) {
        return fail(Error::Code::Timeout, QStringLiteral("publish did not finish"));
    }
    return finished.first().first().value<Result<PublishResult>>();
}

// Exactly one asset per file name, with the local size and SHA-256, and a SHA256SUMS that lists them.
void TestPublisher::verifyRelease(ReleaseFixture &f, const QString &tag, const QStringList &files)
{
    const QJsonArray stored = f.storedAssets(tag);
    QHash<QString, int> count;
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : stored) {
        const QJsonObject asset = value.toObject();
        count[asset.value(QStringLiteral("name")).toString()]++;
        byName[asset.value(QStringLiteral("name")).toString()] = asset;
    }
    QCOMPARE(stored.size(), files.size() + 1);
    Sha256Sums expected;
    for (const QString &file : files) {
        const QString name = QFileInfo(file).fileName();
        QCOMPARE(count.value(name), 1);
        QCOMPARE(byName[name].value(QStringLiteral("size")).toInteger(), QFileInfo(file).size());
        QCOMPARE(byName[name].value(QStringLiteral("stored_size")).toInteger(), QFileInfo(file).size());
        QCOMPARE(byName[name].value(QStringLiteral("sha256")).toString(), ReleaseFixture::sha256Of(file));
        expected.set(name, ReleaseFixture::sha256Of(file));
    }
    QCOMPARE(count.value(QStringLiteral("SHA256SUMS")), 1);
    QVERIFY(!byName.value(QStringLiteral("SHA256SUMS")).isEmpty());
    QCOMPARE(byName[QStringLiteral("SHA256SUMS")].value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(expected.toText(), QCryptographicHash::Sha256).toHex()));
}

void TestPublisher::firstPublishThenRerunSkips()
{
    ReleaseFixture &f = fixture();
    auto provider = f.provider();
    const QStringList files { f.makeFile(QStringLiteral("Tallyho-v1.0.0-setup.exe"), 200'000, 1),
        f.makeFile(QStringLiteral("Tallyho-v1.0.0-win-x64.zip"), 150'000, 2),
        f.makeFile(QStringLiteral("Tallyho-v1.0.0-linux-x64.tar.gz"), 90'001, 3) };
    PublishOptions options;
    options.tag = QStringLiteral("v1.0.0");
    options.files = files;
    options.notes = QStringLiteral("First release");

    auto first = publish(*provider, options);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QVERIFY(first->executed);
    QCOMPARE(first->uploaded, 4); // three files and SHA256SUMS
    QCOMPARE(first->plan.actions.first().data.value(QStringLiteral("op")).toString(), QStringLiteral("create-release"));
    verifyRelease(f, QStringLiteral("v1.0.0"), files);
    QVERIFY(!first->release.prerelease);

    // The same command again: nothing changes, nothing is uploaded.
    const int requestsBefore = f.requests().size();
    auto second = publish(*provider, options);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    QCOMPARE(second->uploaded, 0);
    QCOMPARE(second->skipped, 4);
    for (const PlanAction &action : second->plan.actions) {
        QVERIFY2(action.changesNothing, qPrintable(action.description));
    }
    verifyRelease(f, QStringLiteral("v1.0.0"), files);
    for (const QJsonValue &request : f.requests()) {
        const QJsonObject entry = request.toObject();
        if (entry.value(QStringLiteral("seq")).toInt() > requestsBefore) {
            QVERIFY2(entry.value(QStringLiteral("method")).toString() == QStringLiteral("GET"),
                qPrintable(entry.value(QStringLiteral("path")).toString()));
        }
    }
}

void TestPublisher::changedFileIsReplacedWithoutGap()
{
    ReleaseFixture &f = fixture();
    auto provider = f.provider();
    QStringList files { f.makeFile(QStringLiteral("app-setup.exe"), 120'000, 1),
        f.makeFile(QStringLiteral("app.zip"), 80'000, 2) };
    PublishOptions options;
    options.tag = QStringLiteral("v2.0.0");
    options.files = files;
    QVERIFY(publish(*provider, options));
    const QString oldSha = ReleaseFixture::sha256Of(files[1]);

    // The old copy's id, to find the DELETE of exactly that asset below.
    qint64 oldId = 0;
    for (const QJsonValue &asset : f.storedAssets(QStringLiteral("v2.0.0"))) {
        if (asset.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("app.zip")) {
            oldId = asset.toObject().value(QStringLiteral("id")).toInteger();
        }
    }
    QVERIFY(oldId > 0);
    const int requestsBefore = f.server() ? int(f.requests().size()) : 0;

    // app.zip is rebuilt with other bytes of the same size: size alone cannot tell them apart.
    f.makeFile(QStringLiteral("app.zip"), 80'000, 7);
    QVERIFY(ReleaseFixture::sha256Of(files[1]) != oldSha);

    // The local store: after every change to its index, a reader still finds app.zip (the new
    // copy is moved over the old one in one step). Deleting first, then renaming, fails here.
    QStringList momentsWithoutName;
    int storeChanges = 0;
    if (auto *store = qobject_cast<LocalStore *>(provider.get())) {
        connect(store, &LocalStore::changed, this, [&, store] {
            ++storeChanges;
            auto release = store->releaseForTag(QStringLiteral("v2.0.0"));
            const bool listed = release && !assetsNamed(release->assets, QStringLiteral("app.zip")).isEmpty();
            const bool onDisk = release && QFileInfo::exists(store->releaseFolder(*release) + QStringLiteral("/app.zip"));
            if (!listed || !onDisk) {
                momentsWithoutName
                    << QStringLiteral("change %1: listed %2, on disk %3").arg(storeChanges).arg(listed).arg(onDisk);
            }
        });
    }
    auto result = publish(*provider, options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->uploaded, 2); // app.zip and SHA256SUMS
    bool sawReplacement = false;
    for (const PlanAction &action : result->plan.actions) {
        if (action.data.value(QStringLiteral("name")).toString() == QStringLiteral("app.zip")) {
            QCOMPARE(action.data.value(QStringLiteral("op")).toString(), QStringLiteral("upload-asset"));
            QVERIFY(!action.followUps.isEmpty()); // what replaces the old copy comes after the upload
            if (f.kind() == QStringLiteral("local")) {
                QCOMPARE(action.followUps.size(), 1); // one rename over the old copy, no delete
                QCOMPARE(action.followUps.first().method, QByteArray("RENAME"));
                QVERIFY2(action.description.contains(QStringLiteral("app.zip is never missing")), qPrintable(action.description));
            } else {
                QCOMPARE(action.followUps.first().method, QByteArray("DELETE"));
            }
            if (f.kind() == QStringLiteral("github")) {
                // GitHub cannot replace without a gap, and the plan says so before anything runs.
                QVERIFY2(action.description.contains(QStringLiteral("app.zip is missing between the delete and the rename")),
                    qPrintable(action.description));
            }
            sawReplacement = true;
        }
    }
    QVERIFY(sawReplacement);
    verifyRelease(f, QStringLiteral("v2.0.0"), files);
    if (f.kind() == QStringLiteral("local")) {
        QVERIFY2(storeChanges >= 2, "the store did not change while replacing");
        QVERIFY2(momentsWithoutName.isEmpty(), qPrintable(momentsWithoutName.join(QStringLiteral("; "))));
    }

    if (f.server()) {
        // On the server, the new copy was stored before the old one (that very asset id) was
        // deleted: no gap. Deleting first, or deleting some other asset, fails here.
        int uploadSeq = -1;
        int deleteSeq = -1;
        const QJsonArray requests = f.requests();
        for (qsizetype i = requestsBefore; i < requests.size(); ++i) {
            const QJsonObject entry = requests.at(i).toObject();
            const QString path = entry.value(QStringLiteral("path")).toString();
            const QString method = entry.value(QStringLiteral("method")).toString();
            if (method == QStringLiteral("POST") && path.contains(QStringLiteral("app.zip")) && uploadSeq < 0) {
                uploadSeq = entry.value(QStringLiteral("seq")).toInt();
            }
            if (method == QStringLiteral("DELETE")
                && path.section(QLatin1Char('?'), 0, 0).endsWith(QStringLiteral("/assets/%1").arg(oldId)) && deleteSeq < 0) {
                deleteSeq = entry.value(QStringLiteral("seq")).toInt();
            }
        }
        QVERIFY2(uploadSeq > 0, "the new copy was not uploaded");
        QVERIFY2(deleteSeq > 0, "the old copy was not deleted");
        QVERIFY2(deleteSeq > uploadSeq, "the old copy was deleted before the new one arrived: a gap");
    }
}

void TestPublisher::corruptedUploadIsCaughtByItsChecksum_data()
{
    QTest::addColumn<QString>("kind");
    // Gitea keeps no hash: the copy is read back. GitHub reports a digest of what it stored.
    QTest::newRow("gitea: read back") << QStringLiteral("gitea");
    QTest::newRow("github: digest") << QStringLiteral("github");
}

// A server that stores other bytes of the same size (a broken proxy or disk) is caught after
// the upload by the SHA-256, not passed because the size matches: the bad copy is removed, the
// run fails naming the file, SHA256SUMS never lists it, and a rerun puts the right bytes there.
void TestPublisher::corruptedUploadIsCaughtByItsChecksum()
{
    ReleaseFixture &f = fixture();
    auto provider = f.provider();
    const QStringList files { f.makeFile(QStringLiteral("app.zip"), 200'000, 3),
        f.makeFile(QStringLiteral("app.tar.gz"), 90'000, 4) };
    PublishOptions options;
    options.tag = QStringLiteral("v3.0.0");
    options.files = files;
    f.server()->setFaults(QJsonObject { { QStringLiteral("corrupt_upload"),
        QJsonObject { { QStringLiteral("times"), 1 }, { QStringLiteral("path_regex"), QStringLiteral("name=app\\.zip") } } } });

    auto first = publish(*provider, options);
    QVERIFY2(!first, "a corrupted copy was accepted because its size matched");
    QVERIFY2(
        first.error().message.contains(QStringLiteral("app.zip")) && first.error().message.contains(QStringLiteral("SHA-256")),
        qPrintable(first.error().toString()));
    const QString goodSha = ReleaseFixture::sha256Of(files[0]);
    for (const QJsonValue &value : f.storedAssets(QStringLiteral("v3.0.0"))) {
        const QJsonObject asset = value.toObject();
        const QString name = asset.value(QStringLiteral("name")).toString();
        QVERIFY2(!name.endsWith(QStringLiteral("app.zip")) || asset.value(QStringLiteral("sha256")).toString() == goodSha,
            qPrintable(QStringLiteral("a copy of app.zip with other bytes is still on the release: ") + name));
        QVERIFY2(name != QStringLiteral("SHA256SUMS"), "SHA256SUMS was uploaded although app.zip failed");
    }

    auto second = publish(*provider, options);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    verifyRelease(f, QStringLiteral("v3.0.0"), files);
}

void TestPublisher::draftThenPublish()
{
    ReleaseFixture &f = fixture();
    auto provider = f.provider();
    const QStringList files { f.makeFile(QStringLiteral("draft-app.zip"), 64'000, 4) };
    PublishOptions options;
    options.tag = QStringLiteral("v3.0.0");
    options.files = files;
    options.draftThenPublish = true;
    options.targetCommitish = QStringLiteral("main");
    Publisher publisher(provider.get(), options);
    QSignalSpy planned(&publisher, &Publisher::planReady);
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.start();
    QVERIFY(!finished.isEmpty() || finished.wait(30'000));
    const auto result = finished.first().first().value<Result<PublishResult>>();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const Plan plan = planned.first().first().value<Plan>();
    QCOMPARE(plan.actions.first().data.value(QStringLiteral("spec")).toObject().value(QStringLiteral("draft")).toBool(), true);
    QCOMPARE(plan.actions.last().data.value(QStringLiteral("op")).toString(), QStringLiteral("publish-release"));
    QVERIFY(!result->release.draft);
    verifyRelease(f, QStringLiteral("v3.0.0"), files);
    for (const QJsonValue &value : f.storedReleases()) {
        if (value.toObject().value(QStringLiteral("tag_name")).toString() == QStringLiteral("v3.0.0")) {
            QCOMPARE(value.toObject().value(QStringLiteral("draft")).toBool(), false);
        }
    }
    if (f.server()) {
        // Publishing the draft created the tag at the target.
        const QJsonObject tags = f.server()
                                     ->state()
                                     .value(QStringLiteral("repos"))
                                     .toObject()
                                     .value(QStringLiteral("alice/tallyho"))
                                     .toObject()
                                     .value(QStringLiteral("tags"))
                                     .toObject();
        QVERIFY(tags.contains(QStringLiteral("v3.0.0")));
    }
}

void TestPublisher::releaseCreatedMeanwhileIsReused()
{
    ReleaseFixture &f = fixture();
    auto provider = f.provider();
    const QStringList files { f.makeFile(QStringLiteral("race.zip"), 50'000, 5) };
    PublishOptions options;
    options.tag = QStringLiteral("v4.0.0");
    options.files = files;
    AssetPlan planner(provider.get(), options);
    QSignalSpy planned(&planner, &AssetPlan::finished);
    planner.start();
    QVERIFY(!planned.isEmpty() || planned.wait(30'000));
    const auto plan = planned.first().first().value<Result<Plan>>();
    QVERIFY(plan);
    QCOMPARE(plan->actions.first().data.value(QStringLiteral("op")).toString(), QStringLiteral("create-release"));

    // Between the plan and the run, another run creates the release (Gitea answers 409, GitHub 422).
    ReleaseSpec spec;
    spec.tagName = QStringLiteral("v4.0.0");
    auto created = await<ReleaseInfo>([&](QObject *c, auto done) { provider->createRelease(spec, c, done); });
    QVERIFY(created && *created);

    ReleasePlanRunner runner(provider.get(), *plan);
    QSignalSpy finished(&runner, &ReleasePlanRunner::finished);
    runner.start();
    QVERIFY(!finished.isEmpty() || finished.wait(30'000));
    const auto release = finished.first().first().value<Result<ReleaseInfo>>();
    QVERIFY2(release, qPrintable(release ? QString() : release.error().toString()));
    QCOMPARE(release->id, (*created)->id);
    QCOMPARE(runner.warnings().size(), 1);
    QVERIFY(runner.warnings().first().contains(QStringLiteral("reused")));
    verifyRelease(f, QStringLiteral("v4.0.0"), files);
}

void TestPublisher::prereleaseFlagFromTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("prerelease");
    QTest::newRow("final") << QStringLiteral("v1.2.3") << false;
    QTest::newRow("release candidate") << QStringLiteral("v1.2.3-rc.1") << true;
    QTest::newRow("beta") << QStringLiteral("v1.2.3b2") << true;
    QTest::newRow("dev") << QStringLiteral("v1.2.3.dev4") << true;
}

void TestPublisher::prereleaseFlagFromTag()
{
    QFETCH(QString, tag);
    QFETCH(bool, prerelease);
    ReleaseFixture &f = *m_fixtures[QStringLiteral("gitea")];
    auto provider = f.provider();
    PublishOptions options;
    options.tag = tag;
    options.files = { f.makeFile(QStringLiteral("pre.zip"), 1000, 1) };
    auto result = publish(*provider, options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->release.prerelease, prerelease);

    // A tag that is not a version needs an explicit answer.
    options.tag = QStringLiteral("nightly");
    auto refused = publish(*provider, options, true);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Precondition);
    options.prerelease = true;
    QVERIFY(publish(*provider, options, true));
}

void TestPublisher::plantedDuplicatesOfIdenticalFileAreRemoved()
{
    ReleaseFixture &f = *m_fixtures[QStringLiteral("gitea")];
    const QString content = QStringLiteral("the same bytes\n");
    const QString file = f.makeFile(QStringLiteral("dup.txt"), 0, 1);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content.toUtf8());
    }
    f.seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v5.0.0") },
        { QStringLiteral("assets"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("dup.txt") },
                             { QStringLiteral("content"), QStringLiteral("older other bytes\n") },
                             { QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z") } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("dup.txt") }, { QStringLiteral("content"), content },
                    { QStringLiteral("created_at"), QStringLiteral("2026-01-02T00:00:00Z") } } } } });
    auto provider = f.provider();
    PublishOptions options;
    options.tag = QStringLiteral("v5.0.0");
    options.files = { file };
    auto result = publish(*provider, options);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    // Identical copy kept (no upload of dup.txt), the other copy removed.
    bool removed = false;
    for (const PlanAction &action : result->plan.actions) {
        QVERIFY(action.data.value(QStringLiteral("op")).toString() != QStringLiteral("upload-asset"));
        removed |= action.data.value(QStringLiteral("op")).toString() == QStringLiteral("delete-asset");
    }
    QVERIFY(removed);
    verifyRelease(f, QStringLiteral("v5.0.0"), { file });
}

void TestPublisher::dryRunChangesNothing()
{
    ReleaseFixture &f = *m_fixtures[QStringLiteral("gitea")];
    auto provider = f.provider();
    PublishOptions options;
    options.tag = QStringLiteral("v6.0.0");
    options.files = { f.makeFile(QStringLiteral("dry.zip"), 10'000, 1) };
    auto result = publish(*provider, options, true);
    QVERIFY(result);
    QVERIFY(!result->executed);
    QVERIFY(result->plan.toText().contains(QStringLiteral("POST ")));
    QVERIFY(result->plan.toText().contains(QStringLiteral("dry.zip")));
    QVERIFY(!result->plan.toText().contains(GiteaTestServer::aliceToken()));
    for (const QJsonValue &request : f.requests()) {
        QCOMPARE(request.toObject().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    }
    QCOMPARE(f.storedReleases().size(), 0);
}

void TestPublisher::preflight_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<qint64>("maxFileSize");
    QTest::addColumn<QString>("failed"); // ids of the failed rows
    const QString alice = GiteaTestServer::aliceToken();
    const qint64 big = qint64(2048) * 1024 * 1024;
    QTest::newRow("all good") << QStringLiteral("gitea") << alice << QJsonObject {} << big << QString();
    QTest::newRow("read-only token") << QStringLiteral("gitea") << GiteaTestServer::bobToken() << QJsonObject {} << big
                                     << QStringLiteral("repository");
    QTest::newRow("bad token") << QStringLiteral("gitea") << QStringLiteral("0000000000000000000000000000000000000000")
                               << QJsonObject {} << big << QStringLiteral("token repository release");
    QTest::newRow("attachments disabled") << QStringLiteral("gitea") << alice
                                          << QJsonObject { { QStringLiteral("attachments_enabled"), false } } << big
                                          << QStringLiteral("attachments");
    QTest::newRow("file over the size limit")
        << QStringLiteral("gitea") << alice << QJsonObject {} << qint64(1000) << QStringLiteral("files");
    QTest::newRow("github all good") << QStringLiteral("github") << alice << QJsonObject {} << big << QString();
    QTest::newRow("local store all good") << QStringLiteral("local") << QString() << QJsonObject {} << big << QString();
}

void TestPublisher::preflight()
{
    QFETCH(QString, kind);
    QFETCH(QString, token);
    QFETCH(QJsonObject, faults);
    QFETCH(qint64, maxFileSize);
    QFETCH(QString, failed);
    ReleaseFixture &f = *m_fixtures[kind];
    if (!faults.isEmpty()) {
        f.server()->setFaults(faults);
    }
    auto provider = f.provider(token);
    PreflightOptions options;
    options.tag = QStringLiteral("v1.0.0");
    options.files = { f.makeFile(QStringLiteral("pre.zip"), 5000, 1) };
    options.maxFileSize = maxFileSize;
    Preflight check(provider.get(), options);
    QSignalSpy finished(&check, &Preflight::finished);
    check.start();
    QVERIFY(finished.wait(20'000));
    QStringList failedIds;
    for (const CheckItem &item : finished.first().first().value<Checklist>()) {
        if (item.verdict == CheckItem::Verdict::Failed) {
            failedIds << item.id;
            QVERIFY2(!item.detail.isEmpty(), qPrintable(item.id));
        }
    }
    if (f.server()) {
        f.server()->setFaults(QJsonObject { { QStringLiteral("clear"), true }, { QStringLiteral("attachments_enabled"), true } });
    }
    QCOMPARE(failedIds.join(QLatin1Char(' ')), failed);
}

void TestPublisher::sha256SumsFormat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hash");
    const QByteArray hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("text mode") << QByteArray(hash + "  a.zip\n") << true << QStringLiteral("a.zip") << QString::fromLatin1(hash);
    QTest::newRow("binary mode") << QByteArray(hash + " *a.zip\n") << true << QStringLiteral("a.zip")
                                 << QString::fromLatin1(hash);
    QTest::newRow("crlf and comment") << QByteArray("# sums\r\n" + hash + "  b c.exe\r\n") << true << QStringLiteral("b c.exe")
                                      << QString::fromLatin1(hash);
    QTest::newRow("escaped name") << QByteArray("\\" + hash + "  new\\nline\n") << true << QStringLiteral("new\nline")
                                  << QString::fromLatin1(hash);
    QTest::newRow("short hash") << QByteArray("abc  a.zip\n") << false << QString() << QString();
    QTest::newRow("one space") << QByteArray(hash + " a.zip\n") << false << QString() << QString();
}

void TestPublisher::sha256SumsFormat()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QString, name);
    QFETCH(QString, hash);
    auto parsed = Sha256Sums::parse(text);
    QCOMPARE(bool(parsed), valid);
    if (valid) {
        QCOMPARE(parsed->hashOf(name), hash);
        // Round trip through the written form.
        auto again = Sha256Sums::parse(parsed->toText());
        QVERIFY(again);
        QCOMPARE(*again, *parsed);
    }
}

QTEST_GUILESS_MAIN(TestPublisher)
#include "TestPublisher.moc"
