// The Release Inspector finds what is wrong with releases; RepairPlan fixes it, keeping the right
// copy of duplicates. Planted on the test server (and the local store), checked on its state.
#include "publish/Inspector.h"
#include "publish/ReleasePlanRunner.h"
#include "publish/RepairPlan.h"
#include "support/ReleaseFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

QJsonObject asset(const QString &name, const QString &content, const QString &created = {})
{
    QJsonObject object { { QStringLiteral("name"), name }, { QStringLiteral("content"), content } };
    if (!created.isEmpty()) {
        object.insert(QStringLiteral("created_at"), created);
    }
    return object;
}

QString sha(const QString &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString sumsOf(const QList<QPair<QString, QString>> &entries)
{
    QString text;
    for (const auto &[name, content] : entries) {
        text += sha(content) + QStringLiteral("  ") + name + QLatin1Char('\n');
    }
    return text;
}

} // namespace

class TestInspectRepair : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void findings_data();
    void findings();
    void duplicatesRemovedKeepingTheRightOne_data();
    void duplicatesRemovedKeepingTheRightOne();
    void missingFilesReuploadedWithChecksums_data();
    void missingFilesReuploadedWithChecksums();
    void reuploadsOnlyTheChosenFiles_data();
    void reuploadsOnlyTheChosenFiles();
    void buildSideFilesAreNotReleaseFiles();
    void publishDraftEditNotesDelete();
    void inspectTwoHundredReleasesWithMinimalRequests();

private:
    ReleaseFixture &fixture(const QString &kind) { return *m_fixtures[kind]; }
    Result<InspectReport> inspect(ReleaseProvider &provider, const InspectOptions &options);
    Result<ReleaseInfo> repair(
        ReleaseProvider &provider, const ReleaseReport &report, const RepairOptions &options, Plan *planOut = nullptr);
    std::map<QString, std::unique_ptr<ReleaseFixture>> m_fixtures;
};

void TestInspectRepair::initTestCase()
{
    for (const QString &kind : { QStringLiteral("gitea"), QStringLiteral("github"), QStringLiteral("local") }) {
        auto fixture = std::make_unique<ReleaseFixture>(kind);
        QVERIFY2(fixture->isRunning(), qPrintable(fixture->startError()));
        m_fixtures[kind] = std::move(fixture);
    }
}

void TestInspectRepair::init()
{
    for (auto &[kind, fixture] : m_fixtures) {
        fixture->reset();
    }
}

Result<InspectReport> TestInspectRepair::inspect(ReleaseProvider &provider, const InspectOptions &options)
{
    Inspector inspector(&provider, options);
    QSignalSpy finished(&inspector, &Inspector::finished);
    inspector.start();
    if ((finished.isEmpty() && !finished.wait(30'000))) {
        return fail(Error::Code::Timeout, QStringLiteral("inspect did not finish"));
    }
    return finished.first().first().value<Result<InspectReport>>();
}

Result<ReleaseInfo> TestInspectRepair::repair(
    ReleaseProvider &provider, const ReleaseReport &report, const RepairOptions &options, Plan *planOut)
{
    RepairPlanner planner(&provider, report, options);
    QSignalSpy planned(&planner, &RepairPlanner::finished);
    planner.start();
    if ((planned.isEmpty() && !planned.wait(30'000))) {
        return fail(Error::Code::Timeout, QStringLiteral("repair planning did not finish"));
    }
    const auto plan = planned.first().first().value<Result<Plan>>();
    if (!plan) {
        return std::unexpected(plan.error());
    }
    if (planOut) {
        *planOut = *plan;
    }
    ReleasePlanRunner runner(&provider, *plan);
    QSignalSpy finished(&runner, &ReleasePlanRunner::finished);
    runner.start();
    if ((finished.isEmpty() && !finished.wait(30'000))) {
        return fail(Error::Code::Timeout, QStringLiteral("repair did not finish"));
    }
    return finished.first().first().value<Result<ReleaseInfo>>();
}

void TestInspectRepair::findings_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("release");
    QTest::addColumn<bool>("deep");
    QTest::addColumn<QStringList>("expected"); // finding kinds, in any order
    const QString app = QStringLiteral("App-v1.0.0-setup.exe");
    const QString zip = QStringLiteral("App-v1.0.0-win-x64.zip");
    const QString tgz = QStringLiteral("App-v1.0.0-linux-x64.tar.gz");
    const QString sums = QStringLiteral("SHA256SUMS");
    auto release = [](QJsonArray assets, bool draft = false, bool prerelease = false) {
        return QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v1.0.0") }, { QStringLiteral("draft"), draft },
            { QStringLiteral("prerelease"), prerelease }, { QStringLiteral("assets"), assets } };
    };
    const QJsonArray healthy { asset(app, QStringLiteral("exe")), asset(zip, QStringLiteral("zip")),
        asset(tgz, QStringLiteral("tgz")),
        asset(sums, sumsOf({ { app, QStringLiteral("exe") }, { zip, QStringLiteral("zip") }, { tgz, QStringLiteral("tgz") } })) };
    for (const QString &kind : { QStringLiteral("gitea"), QStringLiteral("github"), QStringLiteral("local") }) {
        const QByteArray k = kind.toLatin1();
        QTest::addRow("%s healthy", k.constData()) << kind << release(healthy) << true << QStringList {};
        QTest::addRow("%s draft pre-release", k.constData())
            << kind << release(healthy, true, true) << false
            << QStringList { QStringLiteral("draft"), QStringLiteral("pre-release") };
        QTest::addRow("%s missing expected asset, no SHA256SUMS", k.constData())
            << kind << release({ asset(app, QStringLiteral("exe")), asset(zip, QStringLiteral("zip")) }) << false
            << QStringList { QStringLiteral("missing-asset"), QStringLiteral("no-sha256sums") };
        QTest::addRow("%s zero-size asset", k.constData())
            << kind
            << release({ asset(app, QString()), asset(zip, QStringLiteral("zip")), asset(tgz, QStringLiteral("tgz")),
                   asset(sums, sumsOf({ { app, QString() }, { zip, QStringLiteral("zip") }, { tgz, QStringLiteral("tgz") } })) })
            << false << QStringList { QStringLiteral("zero-size") };
        QTest::addRow("%s checksum mismatch against SHA256SUMS", k.constData())
            << kind
            << release({ asset(app, QStringLiteral("exe")), asset(zip, QStringLiteral("zip")), asset(tgz, QStringLiteral("TGZ")),
                   asset(sums,
                       sumsOf(
                           { { app, QStringLiteral("exe") }, { zip, QStringLiteral("zip") }, { tgz, QStringLiteral("tgz") } })) })
            << true << QStringList { QStringLiteral("checksum-mismatch") };
        QTest::addRow("%s SHA256SUMS incomplete and stale", k.constData())
            << kind
            << release({ asset(app, QStringLiteral("exe")), asset(zip, QStringLiteral("zip")), asset(tgz, QStringLiteral("tgz")),
                   asset(sums,
                       sumsOf({ { app, QStringLiteral("exe") }, { zip, QStringLiteral("zip") },
                           { QStringLiteral("old.zip"), QStringLiteral("o") } })) })
            << false << QStringList { QStringLiteral("not-in-sha256sums"), QStringLiteral("sha256sums-lists-missing-file") };
        QTest::addRow("%s leftover of an interrupted replacement", k.constData())
            << kind
            << release({ asset(app, QStringLiteral("exe")), asset(zip, QStringLiteral("zip")), asset(tgz, QStringLiteral("tgz")),
                   asset(QStringLiteral("rdtmp-0a1b2c3d-") + zip, QStringLiteral("zip2")),
                   asset(sums,
                       sumsOf(
                           { { app, QStringLiteral("exe") }, { zip, QStringLiteral("zip") }, { tgz, QStringLiteral("tgz") } })) })
            << false << QStringList { QStringLiteral("leftover-upload") };
    }
    // Gitea only: duplicate names, and metadata that disagrees with the stored bytes.
    QTest::newRow("gitea duplicate names") << QStringLiteral("gitea")
                                           << release({ asset(app, QStringLiteral("exe")), asset(app, QStringLiteral("exe2")),
                                                  asset(zip, QStringLiteral("zip")), asset(tgz, QStringLiteral("tgz")),
                                                  asset(sums,
                                                      sumsOf({ { app, QStringLiteral("exe") }, { zip, QStringLiteral("zip") },
                                                          { tgz, QStringLiteral("tgz") } })) })
                                           << false << QStringList { QStringLiteral("duplicate-name") };
    QJsonObject lying = asset(zip, QStringLiteral("zip"));
    lying.insert(QStringLiteral("reported_size"), 999);
    QTest::newRow("gitea size listed differs from bytes served")
        << QStringLiteral("gitea")
        << release({ asset(app, QStringLiteral("exe")), lying, asset(tgz, QStringLiteral("tgz")),
               asset(sums,
                   sumsOf({ { app, QStringLiteral("exe") }, { zip, QStringLiteral("zip") }, { tgz, QStringLiteral("tgz") } })) })
        << true << QStringList { QStringLiteral("size-mismatch") };
}

void TestInspectRepair::findings()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, release);
    QFETCH(bool, deep);
    QFETCH(QStringList, expected);
    ReleaseFixture &f = fixture(kind);
    f.seedRelease(release);
    auto provider = f.provider();
    InspectOptions options;
    options.appName = QStringLiteral("App");
    options.patterns = { QStringLiteral("{app}-{tag}-setup.exe"), QStringLiteral("{app}-{tag}-win-x64.zip"),
        QStringLiteral("{app}-{tag}-linux-x64.tar.gz") };
    options.readChecksums = true;
    options.deep = deep;
    const auto report = inspect(*provider, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->size(), 1);
    QStringList kinds;
    for (const Finding &finding : report->first().findings) {
        kinds << Finding::kindName(finding.kind);
    }
    kinds.removeDuplicates();
    kinds.sort();
    expected.sort();
    QCOMPARE(kinds, expected);
    const bool onlyInfo
        = expected.isEmpty() || expected == QStringList { QStringLiteral("draft"), QStringLiteral("pre-release") };
    QCOMPARE(report->first().healthy(), onlyInfo);
}

void TestInspectRepair::duplicatesRemovedKeepingTheRightOne_data()
{
    QTest::addColumn<QString>("localContent"); // empty: no local build folder
    QTest::addColumn<bool>("withSums");
    QTest::addColumn<QString>("kept");
    // Three copies of one name: old "good", middle "bad", newest "worse".
    QTest::newRow("keeps the copy matching the local file") << QStringLiteral("good") << false << QStringLiteral("good");
    QTest::newRow("keeps the copy matching SHA256SUMS") << QString() << true << QStringLiteral("good");
    QTest::newRow("keeps the newest when nothing tells") << QString() << false << QStringLiteral("worse");
}

void TestInspectRepair::duplicatesRemovedKeepingTheRightOne()
{
    QFETCH(QString, localContent);
    QFETCH(bool, withSums);
    QFETCH(QString, kept);
    ReleaseFixture &f = fixture(QStringLiteral("gitea"));
    const QString name = QStringLiteral("App-v2.0.0-setup.exe");
    QJsonArray assets { asset(name, QStringLiteral("good"), QStringLiteral("2026-01-01T00:00:00Z")),
        asset(name, QStringLiteral("badd"), QStringLiteral("2026-01-02T00:00:00Z")),
        asset(name, QStringLiteral("worse"), QStringLiteral("2026-01-03T00:00:00Z")) };
    if (withSums) {
        assets.append(asset(QStringLiteral("SHA256SUMS"), sumsOf({ { name, QStringLiteral("good") } })));
    }
    f.seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v2.0.0") }, { QStringLiteral("assets"), assets } });
    InspectOptions options;
    options.tag = QStringLiteral("v2.0.0");
    if (!localContent.isEmpty()) {
        const QString folder = QDir(f.workDir()).filePath(QStringLiteral("dist-dup"));
        QDir().mkpath(folder);
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(localContent.toUtf8());
        file.close();
        options.localFolder = folder;
    }
    auto provider = f.provider();
    const auto report = inspect(*provider, options);
    QVERIFY(report);
    bool duplicate = false;
    for (const Finding &finding : report->first().findings) {
        duplicate |= finding.kind == Finding::Kind::DuplicateName && finding.assetIds.size() == 3;
    }
    QVERIFY(duplicate);
    Plan plan;
    const auto repaired = repair(*provider, report->first(), RepairOptions {}, &plan);
    QVERIFY2(repaired, qPrintable(repaired ? QString() : repaired.error().toString()));
    int copies = 0;
    for (const QJsonValue &value : f.storedAssets(QStringLiteral("v2.0.0"))) {
        const QJsonObject stored = value.toObject();
        if (stored.value(QStringLiteral("name")).toString() == name) {
            ++copies;
            QCOMPARE(stored.value(QStringLiteral("sha256")).toString(), sha(kept));
        }
    }
    QCOMPARE(copies, 1);
    // Inspected again: no duplicate left.
    const auto again = inspect(*provider, options);
    QVERIFY(again);
    for (const Finding &finding : again->first().findings) {
        QVERIFY2(finding.kind != Finding::Kind::DuplicateName, qPrintable(finding.message));
    }
}

void TestInspectRepair::missingFilesReuploadedWithChecksums_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gitea") << QStringLiteral("gitea");
    QTest::newRow("github") << QStringLiteral("github");
    QTest::newRow("local store") << QStringLiteral("local");
}

void TestInspectRepair::missingFilesReuploadedWithChecksums()
{
    QFETCH(QString, kind);
    ReleaseFixture &f = fixture(kind);
    const QString folder = QDir(f.workDir()).filePath(QStringLiteral("dist-") + kind);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QStringList files { f.makeFile(QStringLiteral("dist-%1/App-v3.0.0-setup.exe").arg(kind), 90'000, 31),
        f.makeFile(QStringLiteral("dist-%1/App-v3.0.0-win-x64.zip").arg(kind), 70'000, 32) };
    // The release has the zip with wrong bytes (same name, other size) and lacks the installer.
    f.seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v3.0.0") },
        { QStringLiteral("assets"),
            QJsonArray { asset(QStringLiteral("App-v3.0.0-win-x64.zip"), QStringLiteral("truncated")) } } });
    auto provider = f.provider();
    InspectOptions options;
    options.tag = QStringLiteral("v3.0.0");
    options.localFolder = folder;
    const auto report = inspect(*provider, options);
    QVERIFY(report);
    QStringList kinds;
    for (const Finding &finding : report->first().findings) {
        kinds << Finding::kindName(finding.kind);
    }
    QVERIFY2(kinds.contains(QStringLiteral("missing-asset")), qPrintable(kinds.join(QLatin1Char(' '))));
    QVERIFY2(kinds.contains(QStringLiteral("size-mismatch")), qPrintable(kinds.join(QLatin1Char(' '))));
    const auto repaired = repair(*provider, report->first(), RepairOptions {});
    QVERIFY2(repaired, qPrintable(repaired ? QString() : repaired.error().toString()));
    const QString problems = f.verifyPublished(QStringLiteral("v3.0.0"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const auto again = inspect(*provider, options);
    QVERIFY(again);
    QVERIFY2(again->first().healthy(), qPrintable(again->first().toText()));
}

void TestInspectRepair::buildSideFilesAreNotReleaseFiles()
{
    // A healthy release inspected with its build folder: the build's report, installer.nsi and
    // the build's own SHA256SUMS (written before the installer existed) are not release files,
    // so nothing is "missing" or "differing", and no repair would upload them.
    ReleaseFixture &f = fixture(QStringLiteral("gitea"));
    const QString folder = QDir(f.workDir()).filePath(QStringLiteral("dist-side"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder + QStringLiteral("/.releasedesk"));
    const QList<QPair<QString, QString>> artifacts { { QStringLiteral("App-v3.1.0-setup.exe"), QStringLiteral("setup bytes") },
        { QStringLiteral("App-v3.1.0-win-x64.zip"), QStringLiteral("zip bytes") } };
    const QList<QPair<QString, QString>> sideFiles { { QStringLiteral("App-v3.1.0-build-report.json"), QStringLiteral("{}") },
        { QStringLiteral("installer.nsi"), QStringLiteral("OutFile x") },
        { QStringLiteral("SHA256SUMS"), sumsOf({ artifacts.at(1) }) },
        { QStringLiteral(".releasedesk/run-v3.1.0.json"), QStringLiteral("{}") } };
    for (const auto &[name, content] : artifacts + sideFiles) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
    }
    f.seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v3.1.0") },
        { QStringLiteral("assets"),
            QJsonArray { asset(artifacts.at(0).first, artifacts.at(0).second),
                asset(artifacts.at(1).first, artifacts.at(1).second),
                asset(QStringLiteral("SHA256SUMS"), sumsOf(artifacts)) } } });
    auto provider = f.provider();
    InspectOptions options;
    options.tag = QStringLiteral("v3.1.0");
    options.localFolder = folder;
    const auto report = inspect(*provider, options);
    QVERIFY(report);
    QVERIFY2(report->first().healthy(), qPrintable(report->first().toText()));
    QVERIFY(!report->first().expected.contains(QStringLiteral("installer.nsi")));
    QVERIFY(!report->first().local.contains(QStringLiteral("SHA256SUMS")));
}

void TestInspectRepair::reuploadsOnlyTheChosenFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gitea") << QStringLiteral("gitea");
    QTest::newRow("local store") << QStringLiteral("local");
}

void TestInspectRepair::reuploadsOnlyTheChosenFiles()
{
    // A healthy release, but a user reports a corrupt download of the zip: re-upload just that
    // file (the Inspector's selected rows, the CLI's --reupload), replacing it without a gap.
    QFETCH(QString, kind);
    ReleaseFixture &f = fixture(kind);
    const QString folder = QDir(f.workDir()).filePath(QStringLiteral("chosen-") + kind);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QStringList files { f.makeFile(QStringLiteral("chosen-%1/App-v4.0.0-setup.exe").arg(kind), 60'000, 41),
        f.makeFile(QStringLiteral("chosen-%1/App-v4.0.0-win-x64.zip").arg(kind), 50'000, 42),
        f.makeFile(QStringLiteral("chosen-%1/App-v4.0.0-linux-x64.tar.gz").arg(kind), 40'000, 43) };
    f.seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v4.0.0") } });
    auto provider = f.provider();
    InspectOptions options;
    options.tag = QStringLiteral("v4.0.0");
    options.localFolder = folder;
    auto report = inspect(*provider, options);
    QVERIFY(report);
    QVERIFY(repair(*provider, report->first(), RepairOptions {}));
    report = inspect(*provider, options);
    QVERIFY(report);
    QVERIFY2(report->first().healthy(), qPrintable(report->first().toText()));
    QHash<QString, qint64> idsBefore;
    for (const AssetInfo &asset : report->first().release.assets) {
        idsBefore.insert(asset.name, asset.id);
    }

    // Nothing chosen: a healthy release needs no upload at all.
    Plan plan;
    QVERIFY(repair(*provider, report->first(), RepairOptions {}, &plan));
    for (const PlanAction &action : plan.actions) {
        QVERIFY2(!action.id.startsWith(QStringLiteral("upload:")), qPrintable(action.description));
    }

    RepairOptions chosen;
    chosen.reuploadOnly = { QStringLiteral("App-v4.0.0-win-x64.zip") };
    QVERIFY(repair(*provider, report->first(), chosen, &plan));
    QStringList uploads;
    for (const PlanAction &action : plan.actions) {
        if (action.id.startsWith(QStringLiteral("upload:"))) {
            uploads << action.id;
        }
    }
    QCOMPARE(uploads, QStringList { QStringLiteral("upload:App-v4.0.0-win-x64.zip") });
    const QString problems = f.verifyPublished(QStringLiteral("v4.0.0"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    report = inspect(*provider, options);
    QVERIFY(report);
    QVERIFY2(report->first().healthy(), qPrintable(report->first().toText()));
    for (const AssetInfo &asset : report->first().release.assets) {
        if (asset.name == QStringLiteral("App-v4.0.0-win-x64.zip")) {
            QVERIFY2(asset.id != idsBefore.value(asset.name), "the chosen file was uploaded again");
        } else if (asset.name != QStringLiteral("SHA256SUMS")) {
            QCOMPARE(asset.id, idsBefore.value(asset.name));
        }
    }
}

void TestInspectRepair::publishDraftEditNotesDelete()
{
    ReleaseFixture &f = fixture(QStringLiteral("gitea"));
    f.seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v4.0.0") }, { QStringLiteral("draft"), true },
        { QStringLiteral("body"), QStringLiteral("old notes") },
        { QStringLiteral("assets"),
            QJsonArray { asset(QStringLiteral("a.zip"), QStringLiteral("a")),
                asset(QStringLiteral("SHA256SUMS"), sumsOf({ { QStringLiteral("a.zip"), QStringLiteral("a") } })) } } });
    auto provider = f.provider();
    InspectOptions options;
    options.tag = QStringLiteral("v4.0.0");
    auto report = inspect(*provider, options);
    QVERIFY(report);
    RepairOptions repairOptions;
    repairOptions.publishDraft = true;
    repairOptions.notes = QStringLiteral("## New notes");
    Plan plan;
    const auto repaired = repair(*provider, report->first(), repairOptions, &plan);
    QVERIFY2(repaired, qPrintable(repaired ? QString() : repaired.error().toString()));
    QVERIFY(plan.toText().contains(QStringLiteral("PATCH")));
    QVERIFY(!repaired->draft);
    QCOMPARE(repaired->body, QStringLiteral("## New notes"));

    report = inspect(*provider, options);
    QVERIFY(report);
    RepairOptions remove;
    remove.deleteRelease = true;
    QVERIFY(repair(*provider, report->first(), remove, &plan));
    QCOMPARE(plan.actions.size(), 1);
    auto gone = await<ReleaseInfo>([&](QObject *c, auto done) { provider->releaseByTag(QStringLiteral("v4.0.0"), c, done); });
    QVERIFY(gone && !*gone);
    QCOMPARE((*gone).error().code, Error::Code::NotFound);
}

void TestInspectRepair::inspectTwoHundredReleasesWithMinimalRequests()
{
    ReleaseFixture &f = fixture(QStringLiteral("gitea"));
    QJsonArray releases;
    for (int i = 1; i <= 200; ++i) {
        QJsonArray assets;
        for (int a = 0; a < 10; ++a) {
            assets.append(
                QJsonObject { { QStringLiteral("name"), QStringLiteral("file-%1.bin").arg(a) }, { QStringLiteral("size"), 8 } });
        }
        releases.append(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v0.%1.0").arg(i) },
            { QStringLiteral("created_at"),
                QDateTime::fromSecsSinceEpoch(1'700'000'000 + i * 60, Qt::UTC).toString(Qt::ISODate) },
            { QStringLiteral("assets"), assets } });
    }
    f.server()->seed(QJsonObject { { QStringLiteral("repos"),
        QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
            { QStringLiteral("name"), QStringLiteral("tallyho") }, { QStringLiteral("releases"), releases } } } } });
    auto provider = f.provider();
    QElapsedTimer timer;
    timer.start();
    const auto report = inspect(*provider, InspectOptions {});
    QVERIFY(report);
    QCOMPARE(report->size(), 200);
    int assets = 0;
    for (const ReleaseReport &release : *report) {
        assets += int(release.release.assets.size());
    }
    QCOMPARE(assets, 2000);
    // 200 releases with limit=50: 4 pages, the minimum; the assets come with the releases.
    QCOMPARE(provider->requestCount(), 4);
    qInfo("inspect of 200 releases x 10 assets: %d requests, %lld ms", provider->requestCount(), timer.elapsed());
}

QTEST_GUILESS_MAIN(TestInspectRepair)
#include "TestInspectRepair.moc"
