// Issue 11 through the real releasedesk-cli against the Gitea test server: a real app built twice
// (`build linux` 1.0.0 and 1.1.0), 1.1.0 published with `release upload` and a signing key in
// RELEASEDESK_UPDATE_SIGNING_KEY (SHA256SUMS.sig beside SHA256SUMS, kept on a re-run), then an
// extracted 1.0.0 tarball updated in place by `update apply`: run.sh runs 1.1.0, data/ is
// byte-identical, nothing is left behind; a failure injected during the swap leaves 1.0.0
// running. Refusals change nothing: a tampered file, a bad signature, a file holding an older
// version. `update rollout` stages a release by installation id; `update keygen` writes keys.
#include "signing/UpdateSignature.h"
#include "support/BuildFixtures.h"
#include "support/GiteaTestServer.h"
#include "update/RolloutManifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

CliRun cli(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RELEASEDESK_UPDATE_SIGNING_KEY"));
    environment.remove(QStringLiteral("RELEASEDESK_TOKEN"));
    for (const QString &key : extra.keys()) {
        environment.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RD_CLI_PATH), arguments);
    process.waitForFinished(240'000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QMap<QString, QByteArray> treeOf(const QString &root)
{
    QMap<QString, QByteArray> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isSymLink()) {
            tree.insert(relative, "-> " + QFile::encodeName(it.fileInfo().symLinkTarget()));
        } else if (it.fileInfo().isDir()) {
            tree.insert(relative + QLatin1Char('/'), {});
        } else {
            tree.insert(relative, QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
        }
    }
    return tree;
}

QString runApp(const QString &installDir)
{
    QString output;
    runTool(installDir + QStringLiteral("/run.sh"), { QStringLiteral("--version") }, &output, installDir);
    return output.trimmed();
}

} // namespace

class TestUpdateCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keygenWritesKeys();
    void publishSignsChecksums();
    void applyUpdatesARealTarballInPlace();
    void failedSwapKeepsTheOldVersion();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void rolloutStagesByInstallation();
    void windowsPortableSwapUnderWine();
    void privateRepositoryNeedsTheToken();
    void detectAndUsageErrors();

private:
    QString extractInstall(const QString &name);
    QString serverArgs() const;
    QProcessEnvironment signingEnvironment() const;

    QTemporaryDir m_temp;
    std::unique_ptr<GiteaTestServer> m_server;
    QString m_project;
    QString m_old; // Tallyho-v1.0.0-linux-x64.tar.gz
    QString m_new; // Tallyho-v1.1.0-linux-x64.tar.gz
    QString m_publicKey; // .pub file
    QString m_secretKey; // key text
    QString m_otherPublicKey;
};

void TestUpdateCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RD_CLI_PATH)), RD_CLI_PATH);
    // The demo project as `demo create` writes it: it builds offline from Debian's wheel folder.
    const CliRun demo = cli({ QStringLiteral("demo"), QStringLiteral("create"), m_temp.filePath(QStringLiteral("demo")) });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_project = m_temp.filePath(QStringLiteral("demo/tallyho"));
    for (const QString &version : { QStringLiteral("1.0.0"), QStringLiteral("1.1.0") }) {
        const CliRun build = cli({ QStringLiteral("build"), QStringLiteral("linux"), QStringLiteral("--project"), m_project,
            QStringLiteral("--out"), m_temp.filePath(QStringLiteral("out-") + version), QStringLiteral("--version"), version,
            QStringLiteral("--no-index"), QStringLiteral("--host-python"), testPython(), QStringLiteral("--cache-dir"),
            m_temp.filePath(QStringLiteral("cache")) });
        QVERIFY2(build.exitCode == 0, qPrintable(build.err + build.out));
    }
    m_old = m_temp.filePath(QStringLiteral("out-1.0.0/Tallyho-v1.0.0-linux-x64.tar.gz"));
    m_new = m_temp.filePath(QStringLiteral("out-1.1.0/Tallyho-v1.1.0-linux-x64.tar.gz"));
    QVERIFY(QFileInfo::exists(m_old) && QFileInfo::exists(m_new));

    const CliRun keys = cli({ QStringLiteral("update"), QStringLiteral("keygen"), QStringLiteral("--out"),
        m_temp.filePath(QStringLiteral("keys")), QStringLiteral("--json") });
    QVERIFY2(keys.exitCode == 0, qPrintable(keys.err));
    m_publicKey = keys.json().value(QStringLiteral("public_key_file")).toString();
    m_secretKey = QString::fromUtf8(readAll(m_temp.filePath(QStringLiteral("keys/releasedesk-update.key")))).trimmed();
    const CliRun other = cli({ QStringLiteral("update"), QStringLiteral("keygen"), QStringLiteral("--out"),
        m_temp.filePath(QStringLiteral("other-keys")), QStringLiteral("--json") });
    QVERIFY(other.exitCode == 0);
    m_otherPublicKey = other.json().value(QStringLiteral("public_key")).toString();

    m_server = std::make_unique<GiteaTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
    m_server->seedStandard();
}

QString TestUpdateCli::serverArgs() const
{
    return m_server->url();
}

QProcessEnvironment TestUpdateCli::signingEnvironment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("RELEASEDESK_TOKEN"), GiteaTestServer::aliceToken());
    environment.insert(QStringLiteral("RELEASEDESK_UPDATE_SIGNING_KEY"), m_secretKey);
    return environment;
}

QString TestUpdateCli::extractInstall(const QString &name)
{
    const QString root = m_temp.filePath(QStringLiteral("installs/") + name);
    QDir().mkpath(root);
    QString output;
    if (runTool(QStringLiteral("tar"), { QStringLiteral("xzf"), m_old, QStringLiteral("-C"), root }, &output) != 0) {
        return {};
    }
    const QString install = root + QStringLiteral("/Tallyho");
    QDir().mkpath(install + QStringLiteral("/data"));
    QFile data(install + QStringLiteral("/data/tallies.db"));
    data.open(QIODevice::WriteOnly);
    data.write("the user's tallies\n");
    return install;
}

void TestUpdateCli::keygenWritesKeys()
{
    QCOMPARE(QFileInfo(m_temp.filePath(QStringLiteral("keys/releasedesk-update.key"))).permissions()
            & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFileDevice::Permissions());
    QVERIFY(readAll(m_publicKey).startsWith("ed25519:"));
    QVERIFY(m_secretKey.startsWith(QStringLiteral("ed25519-secret:")));
    // Never overwritten.
    const CliRun again = cli(
        { QStringLiteral("update"), QStringLiteral("keygen"), QStringLiteral("--out"), m_temp.filePath(QStringLiteral("keys")) });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("never overwritten")));
    QCOMPARE(QString::fromUtf8(readAll(m_temp.filePath(QStringLiteral("keys/releasedesk-update.key")))).trimmed(), m_secretKey);
}

void TestUpdateCli::publishSignsChecksums()
{
    const QStringList upload { QStringLiteral("release"), QStringLiteral("upload"), m_new, QStringLiteral("--server"),
        serverArgs(), QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--tag"),
        QStringLiteral("v1.1.0"), QStringLiteral("--json") };
    const CliRun first = cli(upload, signingEnvironment());
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    QVERIFY2(!first.err.contains(m_secretKey) && !first.out.contains(m_secretKey), "the secret key was printed");
    const QJsonObject state = m_server->state();
    auto assetsOf = [&](const QJsonObject &serverState) {
        QMap<QString, qint64> assets;
        const QJsonArray releases = serverState.value(QStringLiteral("repos"))
                                        .toObject()
                                        .value(QStringLiteral("alice/tallyho"))
                                        .toObject()
                                        .value(QStringLiteral("releases"))
                                        .toArray();
        for (const QJsonValue &release : releases) {
            if (release.toObject().value(QStringLiteral("tag_name")).toString() != QStringLiteral("v1.1.0")) {
                continue;
            }
            for (const QJsonValue &asset : release.toObject().value(QStringLiteral("assets")).toArray()) {
                assets.insert(asset.toObject().value(QStringLiteral("name")).toString(),
                    asset.toObject().value(QStringLiteral("id")).toInteger());
            }
        }
        return assets;
    };
    const QMap<QString, qint64> assets = assetsOf(state);
    QCOMPARE(assets.keys(),
        (QStringList {
            QStringLiteral("SHA256SUMS"), QStringLiteral("SHA256SUMS.sig"), QStringLiteral("Tallyho-v1.1.0-linux-x64.tar.gz") }));
    // SHA256SUMS lists the artifact only, not its own signature.
    // A re-run with the same key changes nothing: the signature is deterministic.
    const CliRun second = cli(upload, signingEnvironment());
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(assetsOf(m_server->state()), assets);

    // The app with the key sees a signed release; with another key it refuses it.
    const QStringList check { QStringLiteral("update"), QStringLiteral("check"), QStringLiteral("--server"), serverArgs(),
        QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--current"), QStringLiteral("1.0.0"),
        QStringLiteral("--install-type"), QStringLiteral("portable-linux"), QStringLiteral("--json") };
    const CliRun trusted = cli(check + QStringList { QStringLiteral("--public-key"), m_publicKey });
    QCOMPARE(trusted.exitCode, 0);
    QCOMPARE(trusted.json().value(QStringLiteral("state")).toString(), QStringLiteral("update_available"));
    QVERIFY(trusted.json().value(QStringLiteral("signed")).toBool());
    QVERIFY(trusted.json().value(QStringLiteral("can_apply")).toBool());
    QCOMPARE(trusted.json().value(QStringLiteral("asset")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Tallyho-v1.1.0-linux-x64.tar.gz"));
    const CliRun stranger = cli(check + QStringList { QStringLiteral("--public-key"), m_otherPublicKey });
    QCOMPARE(stranger.exitCode, 1);
    QCOMPARE(stranger.json().value(QStringLiteral("reason_code")).toString(), QStringLiteral("unknown_key"));
    // Key rotation: trusting the old and a new key at once still verifies.
    const CliRun both = cli(
        check + QStringList { QStringLiteral("--public-key"), m_otherPublicKey, QStringLiteral("--public-key"), m_publicKey });
    QVERIFY(both.json().value(QStringLiteral("signed")).toBool());
}

void TestUpdateCli::applyUpdatesARealTarballInPlace()
{
    const QString install = extractInstall(QStringLiteral("ok"));
    QVERIFY(!install.isEmpty());
    QCOMPARE(runApp(install), QStringLiteral("tallyho 1.0.0"));
    const QByteArray data = readAll(install + QStringLiteral("/data/tallies.db"));
    const CliRun apply = cli({ QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--install-dir"), install,
        QStringLiteral("--server"), serverArgs(), QStringLiteral("--repo"), QStringLiteral("alice/tallyho"),
        QStringLiteral("--public-key"), m_publicKey, QStringLiteral("--json") });
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.out + apply.err));
    QCOMPARE(apply.json().value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
    QCOMPARE(runApp(install), QStringLiteral("tallyho 1.1.0"));
    QCOMPARE(readAll(install + QStringLiteral("/VERSION")).trimmed(), QByteArray("1.1.0"));
    QCOMPARE(readAll(install + QStringLiteral("/data/tallies.db")), data);
    QVERIFY(!QFileInfo::exists(install + QStringLiteral("/.releasedesk-update")));
    QVERIFY(!QFileInfo::exists(install + QStringLiteral("/.releasedesk-update.sh")));
    // Applying again: already up to date, nothing changes.
    const QMap<QString, QByteArray> after = treeOf(install);
    const CliRun again = cli(
        { QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--install-dir"), install, QStringLiteral("--server"),
            serverArgs(), QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--json") });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QStringLiteral("state")).toString(), QStringLiteral("up_to_date"));
    QCOMPARE(treeOf(install), after);
}

void TestUpdateCli::failedSwapKeepsTheOldVersion()
{
    const QString install = extractInstall(QStringLiteral("fails"));
    QVERIFY(!install.isEmpty());
    const CliRun detect = cli({ QStringLiteral("update"), QStringLiteral("detect"), install, QStringLiteral("--json") });
    QCOMPARE(detect.json().value(QStringLiteral("install_type")).toString(), QStringLiteral("portable-linux"));
    const QMap<QString, QByteArray> before = treeOf(install);
    QProcessEnvironment fault;
    fault.insert(QStringLiteral("RELEASEDESK_UPDATE_TEST_FAIL_AT"), QStringLiteral("venv"));
    const CliRun apply = cli(
        { QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--install-dir"), install, QStringLiteral("--server"),
            serverArgs(), QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--json") },
        fault);
    QCOMPARE(apply.exitCode, 1);
    QCOMPARE(apply.json().value(QStringLiteral("reason_code")).toString(), QStringLiteral("swap_failed"));
    // The tree before the app runs: python may write __pycache__ into it (unless
    // PYTHONDONTWRITEBYTECODE is set, as on some machines and not on others).
    QMap<QString, QByteArray> after = treeOf(install);
    after.remove(QStringLiteral(".releasedesk-install-id")); // the installation's id is made on first use
    QCOMPARE(after, before);
    QCOMPARE(runApp(install), QStringLiteral("tallyho 1.0.0"));
}

void TestUpdateCli::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("mode"); // how the release is broken
    QTest::addColumn<QString>("reasonCode");
    QTest::newRow("file changed after SHA256SUMS was written") << "v2.0.0"
                                                               << "tampered"
                                                               << "checksum_mismatch";
    QTest::newRow("checksums changed after signing") << "v2.1.0"
                                                     << "bad-signature"
                                                     << "bad_signature";
    QTest::newRow("unsigned release for an app with a key") << "v2.2.0"
                                                            << "unsigned"
                                                            << "unsigned";
    QTest::newRow("a newer tag holding an older version") << "v2.3.0"
                                                          << "downgrade"
                                                          << "downgrade";
}

void TestUpdateCli::refusalsChangeNothing()
{
    QFETCH(QString, tag);
    QFETCH(QString, mode);
    QFETCH(QString, reasonCode);
    const QString repo = QStringLiteral("refusal-") + mode;
    const QString assetName = QStringLiteral("Tallyho-") + tag + QStringLiteral("-linux-x64.tar.gz");
    const QByteArray realBytes = readAll(mode == QStringLiteral("downgrade") ? m_old : m_new);
    QByteArray served = realBytes;
    if (mode == QStringLiteral("tampered")) {
        served[served.size() / 2] = char(served.at(served.size() / 2) ^ 0x5a);
    }
    const QByteArray sums
        = QCryptographicHash::hash(realBytes, QCryptographicHash::Sha256).toHex() + "  " + assetName.toUtf8() + '\n';
    // Sign with the test's key (through the CLI's own publishing path would re-hash the bytes).
    QJsonArray assets { QJsonObject { { QStringLiteral("name"), assetName },
                            { QStringLiteral("content_b64"), QString::fromLatin1(served.toBase64()) } },
        QJsonObject {
            { QStringLiteral("name"), QStringLiteral("SHA256SUMS") }, { QStringLiteral("content"), QString::fromUtf8(sums) } } };
    if (mode != QStringLiteral("unsigned")) {
        // Signed over the real bytes' checksums with the publisher's key (what publishing uploads).
        QByteArray signature = signatureFileFor(sums, { *UpdateSigningKey::parse(m_secretKey) });
        if (mode == QStringLiteral("bad-signature")) {
            // The checksums were changed after signing: the signature no longer matches them.
            signature = signatureFileFor(sums + "# edited\n", { *UpdateSigningKey::parse(m_secretKey) });
        }
        assets.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("SHA256SUMS.sig") },
            { QStringLiteral("content"), QString::fromUtf8(signature) } });
    }
    m_server->seed(QJsonObject { { QStringLiteral("repos"),
        QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") }, { QStringLiteral("name"), repo },
            { QStringLiteral("releases"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("tag_name"), tag }, { QStringLiteral("assets"), assets } } } } } } } });
    const QString install = extractInstall(QStringLiteral("refusal-") + mode);
    const QMap<QString, QByteArray> before = treeOf(install);
    const CliRun apply = cli({ QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--install-dir"), install,
        QStringLiteral("--server"), serverArgs(), QStringLiteral("--repo"), QStringLiteral("alice/") + repo,
        QStringLiteral("--public-key"), m_publicKey, QStringLiteral("--json") });
    QCOMPARE(apply.exitCode, 1);
    QCOMPARE(apply.json().value(QStringLiteral("reason_code")).toString(), reasonCode);
    QVERIFY(!apply.json().value(QStringLiteral("reason")).toString().isEmpty());
    QMap<QString, QByteArray> after = treeOf(install);
    after.remove(QStringLiteral(".releasedesk-install-id"));
    QCOMPARE(after, before);
    QCOMPARE(runApp(install), QStringLiteral("tallyho 1.0.0"));
}

void TestUpdateCli::rolloutStagesByInstallation()
{
    // Two installation ids, one below 30 and one above, for the release's tag.
    QString inside;
    QString outside;
    for (int i = 0; (inside.isEmpty() || outside.isEmpty()) && i < 1000; ++i) {
        const QString id = QStringLiteral("install-%1").arg(i);
        (RolloutManifest::bucket(id, QStringLiteral("v1.1.0")) < 30 ? inside : outside) = id;
    }
    const QStringList base { QStringLiteral("--server"), serverArgs(), QStringLiteral("--repo"),
        QStringLiteral("alice/tallyho") };
    const CliRun unsignedRollout = cli(QStringList { QStringLiteral("update"), QStringLiteral("rollout"), QStringLiteral("--tag"),
                                           QStringLiteral("v1.1.0"), QStringLiteral("--percent"), QStringLiteral("30") }
        + base);
    QCOMPARE(unsignedRollout.exitCode, 1); // no key: refused, nothing uploaded
    const CliRun bad = cli(QStringList { QStringLiteral("update"), QStringLiteral("rollout"), QStringLiteral("--tag"),
                               QStringLiteral("v1.1.0"), QStringLiteral("--percent"), QStringLiteral("130") }
            + base,
        signingEnvironment());
    QCOMPARE(bad.exitCode, 2);
    const CliRun rollout
        = cli(QStringList { QStringLiteral("update"), QStringLiteral("rollout"), QStringLiteral("--tag"),
                  QStringLiteral("v1.1.0"), QStringLiteral("--percent"), QStringLiteral("30"), QStringLiteral("--json") }
                + base,
            signingEnvironment());
    QVERIFY2(rollout.exitCode == 0, qPrintable(rollout.err + rollout.out));
    auto check = [&](const QString &id) {
        return cli(QStringList { QStringLiteral("update"), QStringLiteral("check"), QStringLiteral("--current"),
                       QStringLiteral("1.0.0"), QStringLiteral("--install-type"), QStringLiteral("portable-linux"),
                       QStringLiteral("--public-key"), m_publicKey, QStringLiteral("--install-id"), id, QStringLiteral("--json") }
            + base)
            .json();
    };
    const QJsonObject in = check(inside);
    QCOMPARE(in.value(QStringLiteral("state")).toString(), QStringLiteral("update_available"));
    QCOMPARE(in.value(QStringLiteral("rollout")).toObject().value(QStringLiteral("percent")).toInt(), 30);
    const QJsonObject out = check(outside);
    QCOMPARE(out.value(QStringLiteral("state")).toString(), QStringLiteral("up_to_date"));
    QCOMPARE(out.value(QStringLiteral("reason_code")).toString(), QStringLiteral("rollout_deferred"));
    // Raising the percentage re-uploads only the manifest: everyone is in.
    const CliRun all = cli(QStringList { QStringLiteral("update"), QStringLiteral("rollout"), QStringLiteral("--tag"),
                               QStringLiteral("v1.1.0"), QStringLiteral("--percent"), QStringLiteral("100") }
            + base,
        signingEnvironment());
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(check(outside).value(QStringLiteral("state")).toString(), QStringLiteral("update_available"));
}

void TestUpdateCli::windowsPortableSwapUnderWine()
{
    if (QStandardPaths::findExecutable(QStringLiteral("wine")).isEmpty()) {
        QSKIP("wine is not installed: the Windows swap script cannot run here (CI installs it)");
    }
    // Real portable builds of 1.0.0 and 1.1.0 (the embeddable-Python fixture of make_wheels.py).
    const QString fixtures = m_temp.filePath(QStringLiteral("fx"));
    QString output;
    QVERIFY2(runSupportScript(QStringLiteral("make_wheels.py"), { fixtures }, &output) == 0, qPrintable(output));
    for (const QString &version : { QStringLiteral("1.0.0"), QStringLiteral("1.1.0") }) {
        const CliRun build = cli({ QStringLiteral("build"), QStringLiteral("windows"), QStringLiteral("--project"), m_project,
            QStringLiteral("--out"), m_temp.filePath(QStringLiteral("win-") + version), QStringLiteral("--version"), version,
            QStringLiteral("--python-zip"), fixtures + QStringLiteral("/python-3.11.9-embed-amd64.zip"),
            QStringLiteral("--no-index"), QStringLiteral("--host-python"), testPython() });
        QVERIFY2(build.exitCode == 0, qPrintable(build.err));
    }
    m_server->seed(QJsonObject { { QStringLiteral("repos"),
        QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
            { QStringLiteral("name"), QStringLiteral("tallyho-win") } } } } });
    const CliRun upload = cli(
        { QStringLiteral("release"), QStringLiteral("upload"),
            m_temp.filePath(QStringLiteral("win-1.1.0/Tallyho-v1.1.0-win-x64.zip")), QStringLiteral("--server"), serverArgs(),
            QStringLiteral("--repo"), QStringLiteral("alice/tallyho-win"), QStringLiteral("--tag"), QStringLiteral("v1.1.0") },
        signingEnvironment());
    QVERIFY2(upload.exitCode == 0, qPrintable(upload.err));
    QProcessEnvironment wine;
    wine.insert(QStringLiteral("WINEPREFIX"), m_temp.filePath(QStringLiteral("wineprefix")));
    wine.insert(QStringLiteral("WINEDEBUG"), QStringLiteral("-all"));
    for (const QString &failAt : { QStringLiteral("python"), QString() }) {
        // A folder name cmd would split or expand if it ever reached the script.
        const QString root
            = m_temp.filePath(QStringLiteral("win-installs/") + (failAt.isEmpty() ? QStringLiteral("ok") : failAt));
        QDir().mkpath(root);
        QVERIFY(runTool(testPython(),
                    { QStringLiteral("-c"),
                        QStringLiteral("import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"),
                        m_temp.filePath(QStringLiteral("win-1.0.0/Tallyho-v1.0.0-win-x64.zip")), root },
                    &output)
            == 0);
        const QString install = root + QStringLiteral("/Tallyho & Co 100% Ünï");
        QVERIFY(QDir().rename(root + QStringLiteral("/Tallyho"), install));
        QDir().mkpath(install + QStringLiteral("/data"));
        QFile data(install + QStringLiteral("/data/tallies.db"));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("the user's tallies\n");
        data.close();
        const CliRun detect = cli({ QStringLiteral("update"), QStringLiteral("detect"), install, QStringLiteral("--json") });
        QCOMPARE(detect.json().value(QStringLiteral("install_type")).toString(), QStringLiteral("portable-windows"));
        const QMap<QString, QByteArray> before = treeOf(install);
        QProcessEnvironment environment = wine;
        if (!failAt.isEmpty()) {
            environment.insert(QStringLiteral("RELEASEDESK_UPDATE_TEST_FAIL_AT"), failAt);
        }
        const CliRun apply
            = cli({ QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--install-dir"), install,
                      QStringLiteral("--server"), serverArgs(), QStringLiteral("--repo"), QStringLiteral("alice/tallyho-win"),
                      QStringLiteral("--public-key"), m_publicKey, QStringLiteral("--json") },
                environment);
        QMap<QString, QByteArray> after = treeOf(install);
        after.remove(QStringLiteral(".releasedesk-install-id"));
        QVERIFY(!after.contains(QStringLiteral("releasedesk-update.bat")));
        QVERIFY(!after.contains(QStringLiteral(".releasedesk-update/")));
        if (failAt.isEmpty()) {
            QVERIFY2(apply.exitCode == 0, qPrintable(apply.out + apply.err));
            QCOMPARE(readAll(install + QStringLiteral("/VERSION")).trimmed(), QByteArray("1.1.0"));
            QVERIFY(readAll(install + QStringLiteral("/app/src/tallyho/__init__.py")).contains("1.1.0"));
            QVERIFY(QFileInfo(install + QStringLiteral("/python/python.exe")).isFile());
            QCOMPARE(after.value(QStringLiteral("data/tallies.db")), before.value(QStringLiteral("data/tallies.db")));
        } else {
            QCOMPARE(apply.exitCode, 1);
            QCOMPARE(apply.json().value(QStringLiteral("reason_code")).toString(), QStringLiteral("swap_failed"));
            QCOMPARE(after, before);
        }
    }
}

void TestUpdateCli::privateRepositoryNeedsTheToken()
{
    const QByteArray bytes = readAll(m_new);
    const QByteArray sums
        = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "  Tallyho-v1.1.0-linux-x64.tar.gz\n";
    const QJsonArray assets { QJsonObject { { QStringLiteral("name"), QStringLiteral("Tallyho-v1.1.0-linux-x64.tar.gz") },
                                  { QStringLiteral("content_b64"), QString::fromLatin1(bytes.toBase64()) } },
        QJsonObject {
            { QStringLiteral("name"), QStringLiteral("SHA256SUMS") }, { QStringLiteral("content"), QString::fromUtf8(sums) } } };
    const QJsonObject release { { QStringLiteral("tag_name"), QStringLiteral("v1.1.0") }, { QStringLiteral("assets"), assets } };
    const QJsonObject repo { { QStringLiteral("owner"), QStringLiteral("alice") },
        { QStringLiteral("name"), QStringLiteral("secret") }, { QStringLiteral("private"), true },
        { QStringLiteral("releases"), QJsonArray { release } } };
    m_server->seed(QJsonObject { { QStringLiteral("repos"), QJsonArray { repo } } });
    const QString install = extractInstall(QStringLiteral("private"));
    const QStringList apply { QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--install-dir"), install,
        QStringLiteral("--server"), serverArgs(), QStringLiteral("--repo"), QStringLiteral("alice/secret"),
        QStringLiteral("--json") };
    // Gitea hides a private repository from strangers: a 404, said as such.
    const CliRun anonymous = cli(apply);
    QCOMPARE(anonymous.exitCode, 1);
    QCOMPARE(anonymous.json().value(QStringLiteral("reason_code")).toString(), QStringLiteral("not_found"));
    QCOMPARE(runApp(install), QStringLiteral("tallyho 1.0.0"));
    // With the app's read token the API lists it and the download goes through with it too.
    QProcessEnvironment token;
    token.insert(QStringLiteral("RELEASEDESK_UPDATE_TOKEN"), GiteaTestServer::aliceToken());
    const CliRun withToken = cli(apply, token);
    QVERIFY2(withToken.exitCode == 0, qPrintable(withToken.out + withToken.err));
    QCOMPARE(runApp(install), QStringLiteral("tallyho 1.1.0"));
    QVERIFY(!withToken.out.contains(GiteaTestServer::aliceToken()) && !withToken.err.contains(GiteaTestServer::aliceToken()));
}

void TestUpdateCli::detectAndUsageErrors()
{
    const CliRun noType = cli({ QStringLiteral("update"), QStringLiteral("check"), QStringLiteral("--server"), serverArgs(),
        QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--current"), QStringLiteral("1.0.0") });
    QCOMPARE(noType.exitCode, 2);
    QVERIFY(noType.err.contains(QStringLiteral("--install-type")));
    const CliRun badKey = cli({ QStringLiteral("update"), QStringLiteral("check"), QStringLiteral("--server"), serverArgs(),
        QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--current"), QStringLiteral("1.0.0"),
        QStringLiteral("--install-type"), QStringLiteral("dev"), QStringLiteral("--public-key"), QStringLiteral("ed25519:xyz") });
    QCOMPARE(badKey.exitCode, 2);
    const CliRun badVersion = cli({ QStringLiteral("update"), QStringLiteral("check"), QStringLiteral("--server"), serverArgs(),
        QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--current"), QStringLiteral("nightly"),
        QStringLiteral("--install-type"), QStringLiteral("dev") });
    QCOMPARE(badVersion.exitCode, 2);
    QVERIFY(badVersion.err.contains(QStringLiteral("PEP 440")));
    const CliRun docker = cli({ QStringLiteral("update"), QStringLiteral("check"), QStringLiteral("--server"), serverArgs(),
        QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--current"), QStringLiteral("1.0.0"),
        QStringLiteral("--install-type"), QStringLiteral("docker"), QStringLiteral("--json") });
    QCOMPARE(docker.exitCode, 0);
    QCOMPARE(docker.json().value(QStringLiteral("reason_code")).toString(), QStringLiteral("docker"));
    QVERIFY(!docker.json().value(QStringLiteral("can_apply")).toBool());
    QVERIFY(docker.json().value(QStringLiteral("asset")).isNull());
    const CliRun missingServer = cli(
        { QStringLiteral("update"), QStringLiteral("check"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
            QStringLiteral("--repo"), QStringLiteral("alice/tallyho"), QStringLiteral("--current"), QStringLiteral("1.0.0"),
            QStringLiteral("--install-type"), QStringLiteral("dev"), QStringLiteral("--json") });
    QCOMPARE(missingServer.exitCode, 1);
    QCOMPARE(missingServer.json().value(QStringLiteral("reason_code")).toString(), QStringLiteral("network"));
}

QTEST_GUILESS_MAIN(TestUpdateCli)
#include "TestUpdateCli.moc"
