// The update engine's parts that need no server (core/update, core/signing; PROTOCOL.md):
// Ed25519 against RFC 8032's vectors and libsodium's own keys, signature files (tampering, key
// rotation, unknown keys, damage), install-type detection from real folders, asset matching, the
// rollout bucket (fixed values, so the Python module can be held to the same), the release walk's
// candidates, and the swap script run by /bin/sh on real folders: a success, a failure at each
// entry rolled back to the exact old tree, and paths with spaces, quotes, '&', '%' and non-ASCII.
#include "signing/UpdateSignature.h"
#include "update/InstallType.h"
#include "update/RolloutManifest.h"
#include "update/SwapScript.h"
#include "update/UpdateApplier.h"
#include "update/UpdateCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// Every file under a folder with its content hash, to compare trees exactly.
QMap<QString, QByteArray> treeOf(const QString &root)
{
    QMap<QString, QByteArray> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            tree.insert(relative + QLatin1Char('/'), {});
            continue;
        }
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        tree.insert(relative, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return tree;
}

QStringList names(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items) {
        list << QString::fromUtf8(item);
    }
    return list;
}

QString secretFromSeedHex(const char *hex)
{
    return QStringLiteral("ed25519-secret:") + QString::fromLatin1(QByteArray::fromHex(hex).toBase64());
}

} // namespace

class TestUpdateEngine : public QObject
{
    Q_OBJECT

private slots:
    void rfc8032Vectors_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("test 1: empty message")
            << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
            << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd2"
                          "5bf5f0595bbe24655141438e7a100b");
        QTest::newRow("test 2: one byte 0x72")
            << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c") << QByteArray::fromHex("72")
            << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c"
                          "387b2eaeb4302aeeb00d291612bb0c00");
    }

    void rfc8032Vectors()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        auto key = UpdateSigningKey::parse(secretFromSeedHex(seed.constData()));
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        QCOMPARE(key->publicKey().raw().toHex(), publicKey);
        QCOMPARE(key->sign(message).toHex(), signature);
        // The secret key text round-trips, and the public key text parses back to the same key.
        QCOMPARE(UpdateSigningKey::parse(key->text())->publicKey(), key->publicKey());
        QCOMPARE(*UpdatePublicKey::parse(key->publicKey().text()), key->publicKey());
    }

    void signatureFiles_data()
    {
        QTest::addColumn<QString>("signers"); // which keys sign: "a", "b", "ab"
        QTest::addColumn<QString>("trusted"); // which keys the app trusts
        QTest::addColumn<bool>("tamper"); // change the message after signing
        QTest::addColumn<bool>("present"); // false: no signature file at all
        QTest::addColumn<QString>("code");
        QTest::newRow("signed by the trusted key") << "a"
                                                   << "a" << false << true << "";
        QTest::newRow("checksums changed after signing") << "a"
                                                         << "a" << true << true << "bad_signature";
        QTest::newRow("signed by a key the app does not know") << "b"
                                                               << "a" << false << true << "unknown_key";
        QTest::newRow("no signature file") << "a"
                                           << "a" << false << false << "unsigned";
        QTest::newRow("rotation: old and new key, app trusts the old") << "ab"
                                                                       << "a" << false << true << "";
        QTest::newRow("rotation: old and new key, app trusts the new") << "ab"
                                                                       << "b" << false << true << "";
        QTest::newRow("rotation: app trusts both") << "ab"
                                                   << "ab" << false << true << "";
        QTest::newRow("rotation, tampered: every trusted line must hold") << "ab"
                                                                          << "ab" << true << true << "bad_signature";
    }

    void signatureFiles()
    {
        QFETCH(QString, signers);
        QFETCH(QString, trusted);
        QFETCH(bool, tamper);
        QFETCH(bool, present);
        QFETCH(QString, code);
        const UpdateSigningKey a = *UpdateSigningKey::generate();
        const UpdateSigningKey b = *UpdateSigningKey::generate();
        QVERIFY(a.publicKey().keyId() != b.publicKey().keyId());
        QList<UpdateSigningKey> signing;
        QList<UpdatePublicKey> trust;
        for (QChar c : signers) {
            signing << (c == QLatin1Char('a') ? a : b);
        }
        for (QChar c : trusted) {
            trust << (c == QLatin1Char('a') ? a : b).publicKey();
        }
        const QByteArray sums = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  App-v1.0.0-win-x64.zip\n";
        const QByteArray file = signatureFileFor(sums, signing);
        QCOMPARE(file.count('\n'), signers.size());
        // Deterministic: signing again gives the same bytes (publishing keeps an unchanged .sig).
        QCOMPARE(signatureFileFor(sums, signing), file);
        QByteArray message = sums;
        if (tamper) {
            message[0] = '1';
        }
        const SignatureVerdict verdict
            = verifySignatureFile(message, present ? std::optional<QByteArray>(file) : std::nullopt, trust);
        QCOMPARE(verdict.code, code);
        QCOMPARE(verdict.ok(), code.isEmpty());
    }

    void damagedSignatureFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("not base64") << QByteArray("ed25519 %1 !!!!\n");
        QTest::newRow("short signature") << QByteArray("ed25519 %1 AAAA\n");
        QTest::newRow("other algorithm") << QByteArray("rsa %1 AAAA\n");
        QTest::newRow("missing field") << QByteArray("ed25519 %1\n");
    }

    void damagedSignatureFiles()
    {
        QFETCH(QByteArray, file);
        const UpdateSigningKey key = *UpdateSigningKey::generate();
        file.replace("%1", key.publicKey().keyId().toLatin1());
        QCOMPARE(verifySignatureFile("x", file, { key.publicKey() }).code, QStringLiteral("bad_signature"));
    }

    void keyTextIsChecked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a secret key given as public") << QStringLiteral("ed25519-secret:AAAA");
        QTest::newRow("no prefix") << QStringLiteral("3LpMJc7QgwFsafA+c8XWfManxv4mxkya0s12OXjVxBY=");
        QTest::newRow("31 bytes") << QStringLiteral("ed25519:3LpMJc7QgwFsafA+c8XWfManxv4mxkya0s12OXjVxA==");
        QTest::newRow("not base64") << QStringLiteral("ed25519:not*base64");
    }

    void keyTextIsChecked()
    {
        QFETCH(QString, text);
        auto key = UpdatePublicKey::parse(text);
        QVERIFY(!key);
        QCOMPARE(key.error().code, Error::Code::InvalidInput);
        // A damaged secret key never shows up in the message.
        auto secret = UpdateSigningKey::parse(QStringLiteral("ed25519-secret:c2VjcmV0LXZhbHVl"));
        QVERIFY(!secret);
        QVERIFY(!secret.error().toString().contains(QStringLiteral("c2VjcmV0LXZhbHVl")));
    }

    void installTypes_data()
    {
        QTest::addColumn<QStringList>("files"); // files to create ("dir/" makes a folder)
        QTest::addColumn<bool>("dockerenv");
        QTest::addColumn<QString>("type");
        QTest::newRow("installer: uninstall.exe") << names({ "uninstall.exe", "python/python.exe" }) << false << "installer";
        QTest::newRow("installer: any letter case") << names({ "Uninstall.EXE" }) << false << "installer";
        QTest::newRow("windows portable") << names({ "python/python.exe", "app/" }) << false << "portable-windows";
        QTest::newRow("linux portable") << names({ "venv/", "run.sh", "app/" }) << false << "portable-linux";
        QTest::newRow("run.sh without venv is not portable") << names({ "run.sh" }) << false << "dev";
        QTest::newRow("venv as a file is not portable") << names({ "venv", "run.sh" }) << false << "dev";
        QTest::newRow("docker") << names({ "app/" }) << true << "docker";
        QTest::newRow("a portable folder inside a container stays portable")
            << names({ "venv/", "run.sh" }) << true << "portable-linux";
        QTest::newRow("dev") << names({ "pyproject.toml" }) << false << "dev";
    }

    void installTypes()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, dockerenv);
        QFETCH(QString, type);
        QTemporaryDir dir;
        for (const QString &file : files) {
            if (file.endsWith(QLatin1Char('/'))) {
                QDir(dir.path()).mkpath(file);
            } else {
                writeFile(dir.filePath(file), "x");
            }
        }
        const QString marker = dir.filePath(QStringLiteral("dockerenv-marker"));
        if (dockerenv) {
            writeFile(marker, "");
        }
        QCOMPARE(installTypeName(detectInstallType(dir.path(), marker)), type);
        QCOMPARE(installTypeFromName(type), detectInstallType(dir.path(), marker));
    }

    void assetMatching_data()
    {
        QTest::addColumn<QStringList>("assets");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        const QStringList release = names({ "Tallyho-v1.2.0-setup.exe", "Tallyho-v1.2.0-win-x64.zip",
            "Tallyho-v1.2.0-linux-x64.tar.gz", "SHA256SUMS", "SHA256SUMS.sig" });
        QTest::newRow("installer") << release << "installer"
                                   << "Tallyho-v1.2.0-setup.exe";
        QTest::newRow("windows portable") << release << "portable-windows"
                                          << "Tallyho-v1.2.0-win-x64.zip";
        QTest::newRow("linux portable") << release << "portable-linux"
                                        << "Tallyho-v1.2.0-linux-x64.tar.gz";
        QTest::newRow("docker never downloads") << release << "docker"
                                                << "";
        QTest::newRow("dev never downloads") << release << "dev"
                                             << "";
        QTest::newRow("missing asset") << names({ "Tallyho-v1.2.0-setup.exe" }) << "portable-linux"
                                       << "";
        QTest::newRow("suffix must follow a dash") << names({ "Tallyhosetup.exe" }) << "installer"
                                                   << "";
        QTest::newRow("the file naming the tag wins")
            << names({ "Aaa-v1.1.0-win-x64.zip", "Tallyho-v1.2.0-win-x64.zip" }) << "portable-windows"
            << "Tallyho-v1.2.0-win-x64.zip";
        QTest::newRow("else alphabetical") << names({ "B-win-x64.zip", "A-win-x64.zip" }) << "portable-windows"
                                           << "A-win-x64.zip";
    }

    void assetMatching()
    {
        QFETCH(QStringList, assets);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        AssetList list;
        for (const QString &name : assets) {
            list << AssetInfo { list.size() + 1, name, 10, 0, {}, {}, {}, {} };
        }
        const auto match = matchAsset(list, *installTypeFromName(type), QStringLiteral("v1.2.0"));
        QCOMPARE(match ? match->name : QString(), expected);
    }

    void rolloutBuckets_data()
    {
        QTest::addColumn<QString>("installId");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("bucket");
        // Fixed values (Python: int.from_bytes(sha256(f"{id}:{tag}".encode())[:4], "big") % 100).
        QTest::newRow("install-1 at v1.1.0") << "install-1"
                                             << "v1.1.0" << 25;
        QTest::newRow("abc at v2.0.0") << "abc"
                                       << "v2.0.0" << 99;
    }

    void rolloutBuckets()
    {
        QFETCH(QString, installId);
        QFETCH(QString, tag);
        QFETCH(int, bucket);
        QCOMPARE(RolloutManifest::bucket(installId, tag), bucket);
        QVERIFY(!(RolloutManifest { tag, bucket }.includes(installId)));
        QVERIFY((RolloutManifest { tag, bucket + 1 }.includes(installId)));
        QVERIFY(!(RolloutManifest { tag, 0 }.includes(installId)));
        QVERIFY((RolloutManifest { tag, 100 }.includes(installId)));
    }

    void rolloutManifestParsing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << QByteArray(R"({"format":1,"tag":"v1.0.0","percent":30})") << true;
        QTest::newRow("percent over 100") << QByteArray(R"({"format":1,"tag":"v1.0.0","percent":130})") << false;
        QTest::newRow("negative percent") << QByteArray(R"({"format":1,"tag":"v1.0.0","percent":-1})") << false;
        QTest::newRow("fractional percent") << QByteArray(R"({"format":1,"tag":"v1.0.0","percent":2.5})") << false;
        QTest::newRow("unknown format") << QByteArray(R"({"format":2,"tag":"v1.0.0","percent":30})") << false;
        QTest::newRow("no tag") << QByteArray(R"({"format":1,"percent":30})") << false;
        QTest::newRow("not JSON") << QByteArray("percent=30") << false;
    }

    void rolloutManifestParsing()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        auto manifest = RolloutManifest::parse(json);
        QCOMPARE(bool(manifest), valid);
        if (valid) {
            QCOMPARE(RolloutManifest::parse(manifest->toJson())->percent, manifest->percent);
        }
    }

    void candidates_data()
    {
        QTest::addColumn<bool>("prerelease");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("stable channel") << false << names({ "v1.10.0", "v1.2.0", "1.0" });
        QTest::newRow("prerelease channel") << true << names({ "v2.0.0-rc.1", "v1.10.0", "v1.2.0", "v1.2.0-beta.2", "1.0" });
    }

    void candidates()
    {
        QFETCH(bool, prerelease);
        QFETCH(QStringList, expected);
        // Newest first by date, as servers list them; the walk orders by version instead.
        ReleaseList releases;
        auto add = [&](const QString &tag, bool draft, bool pre) {
            ReleaseInfo release;
            release.tagName = tag;
            release.draft = draft;
            release.prerelease = pre;
            releases << release;
        };
        add(QStringLiteral("nightly-2024"), false, false); // does not normalise
        add(QStringLiteral("v1.2.0"), false, false);
        add(QStringLiteral("v3.0.0"), true, false); // a draft
        add(QStringLiteral("v2.0.0-rc.1"), false, true);
        add(QStringLiteral("v1.10.0"), false, false); // sorts above 1.2.0 by version, not by text
        add(QStringLiteral("v1.2.0-beta.2"), false, false); // a pre-release by its version, unflagged
        add(QStringLiteral("1.0"), false, false);
        QStringList skipped;
        QStringList tags;
        for (const auto &[release, version] : UpdateCheck::candidates(releases, prerelease, &skipped)) {
            tags << release.tagName;
        }
        QCOMPARE(tags, expected);
        QVERIFY(skipped.join(QLatin1Char('\n')).contains(QStringLiteral("nightly-2024: the tag is not a PEP 440 version")));
        QVERIFY(skipped.join(QLatin1Char('\n')).contains(QStringLiteral("v3.0.0: a draft")));
    }

    void swapScript_data()
    {
        QTest::addColumn<QString>("folderName");
        QTest::addColumn<QString>("failAt"); // empty: the swap succeeds
        QTest::newRow("plain path") << "app"
                                    << "";
        QTest::newRow("spaces, quotes, &, %, non-ASCII") << "My App's & 100% Ünïcode $HOME `x`"
                                                         << "";
        QTest::newRow("failure at the first entry") << "app"
                                                    << "app";
        QTest::newRow("failure in the middle rolls back the earlier ones") << "app"
                                                                           << "venv";
        QTest::newRow("failure at VERSION, the last entry") << "My App's & 100%"
                                                            << "VERSION";
        QTest::newRow("failure at an entry only the new version has") << "app"
                                                                      << "newtool.sh";
    }

    void swapScript()
    {
        QFETCH(QString, folderName);
        QFETCH(QString, failAt);
        QTemporaryDir temp;
        const QString root = temp.filePath(folderName);
        writeFile(root + QStringLiteral("/VERSION"), "1.0.0\n");
        writeFile(root + QStringLiteral("/run.sh"), "#!/bin/sh\necho old\n");
        writeFile(root + QStringLiteral("/app/main.py"), "old app\n");
        writeFile(root + QStringLiteral("/app/only-old.py"), "removed in 1.1\n");
        writeFile(root + QStringLiteral("/venv/lib/site.py"), "old venv\n");
        writeFile(root + QStringLiteral("/data/settings.json"), "{\"user\": true}\n");
        const QString newRoot = root + QStringLiteral("/.releasedesk-update/new/App");
        writeFile(newRoot + QStringLiteral("/VERSION"), "1.1.0\n");
        writeFile(newRoot + QStringLiteral("/run.sh"), "#!/bin/sh\necho new\n");
        writeFile(newRoot + QStringLiteral("/app/main.py"), "new app\n");
        writeFile(newRoot + QStringLiteral("/venv/lib/site.py"), "new venv\n");
        writeFile(newRoot + QStringLiteral("/newtool.sh"), "new tool\n");
        writeFile(newRoot + QStringLiteral("/data/settings.json"), "{\"defaults\": true}\n"); // never copied
        QMap<QString, QByteArray> before = treeOf(root);
        before.removeIf([](const auto &item) { return item.key().startsWith(QStringLiteral(".releasedesk-update")); });

        StagedUpdate staged;
        staged.installDir = root;
        staged.updateDir = UpdateApplier::updateDirFor(root);
        staged.newRoot = newRoot;
        staged.entries = { QStringLiteral("app"), QStringLiteral("newtool.sh"), QStringLiteral("run.sh"), QStringLiteral("venv"),
            QStringLiteral("VERSION") };
        auto script = UpdateApplier::writeScript(staged, InstallType::PortableLinux, {}, false);
        QVERIFY(script);
        QProcess sh;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!failAt.isEmpty()) {
            environment.insert(QStringLiteral("RELEASEDESK_UPDATE_TEST_FAIL_AT"), failAt);
        }
        sh.setProcessEnvironment(environment);
        sh.start(QStringLiteral("/bin/sh"), { *script });
        QVERIFY(sh.waitForFinished(30'000));
        const QString output = QString::fromUtf8(sh.readAllStandardError());
        QMap<QString, QByteArray> after = treeOf(root);
        // Nothing is left behind either way: no update folder, no script.
        QVERIFY2(!QFileInfo::exists(staged.updateDir), qPrintable(output));
        QVERIFY(!QFileInfo::exists(*script));
        if (failAt.isEmpty()) {
            QCOMPARE(sh.exitCode(), 0);
            QCOMPARE(
                after.value(QStringLiteral("VERSION")), QCryptographicHash::hash("1.1.0\n", QCryptographicHash::Sha256).toHex());
            QVERIFY(after.contains(QStringLiteral("newtool.sh")));
            QVERIFY(!after.contains(QStringLiteral("app/only-old.py"))); // app/ replaced, not merged
            QCOMPARE(after.value(QStringLiteral("data/settings.json")), before.value(QStringLiteral("data/settings.json")));
        } else {
            QCOMPARE(sh.exitCode(), 1);
            QVERIFY(output.contains(QStringLiteral("could not replace ") + failAt));
            QCOMPARE(after, before); // exactly the old tree
        }
    }

    void batchScriptQuoting()
    {
        SwapScriptInputs inputs;
        inputs.root = QStringLiteral("C:\\Apps\\Tally & Co 100%");
        inputs.newRoot = QStringLiteral(".releasedesk-update\\new\\Tally 100%");
        inputs.entries = { QStringLiteral("app"), QStringLiteral("python"), QStringLiteral("VERSION") };
        inputs.restart = true;
        inputs.launcher = QStringLiteral("start-hidden.vbs");
        const QString bat = QString::fromUtf8(SwapScript::windowsBatch(inputs));
        // The installation's own path never appears: the script works relative to it.
        QVERIFY(!bat.contains(QStringLiteral("Tally & Co")));
        // Values sit inside set "X=…" with % doubled; every later use is quoted.
        QVERIFY(bat.contains(QStringLiteral("set \"NEW=.releasedesk-update\\new\\Tally 100%%\"\r\n")));
        QVERIFY(bat.contains(QStringLiteral("chcp 65001")));
        QVERIFY(bat.contains(QStringLiteral("setlocal DisableDelayedExpansion")));
        QVERIFY(bat.contains(QStringLiteral("set \"E=python\"\r\ncall :swap\r\nif errorlevel 1 goto rollback2")));
        // rollback3 falls through 2 and 1 before giving up.
        const qsizetype r3 = bat.indexOf(QStringLiteral(":rollback3"));
        const qsizetype r2 = bat.indexOf(QStringLiteral(":rollback2"));
        const qsizetype r1 = bat.indexOf(QStringLiteral(":rollback1"));
        const qsizetype failed = bat.indexOf(QStringLiteral(":failed"));
        QVERIFY(r3 > 0 && r3 < r2 && r2 < r1 && r1 < failed);
        QVERIFY(bat.contains(QStringLiteral("start \"\" wscript.exe \"start-hidden.vbs\"")));
        QVERIFY(bat.contains(QStringLiteral("goto done\r\n")));
        QVERIFY(bat.endsWith(QStringLiteral(":done\r\ndel \"releasedesk-update.bat\" & exit /b 0\r\n")));
        QCOMPARE(bat.count(QStringLiteral("\r\n")), bat.count(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestUpdateEngine)
#include "TestUpdateEngine.moc"
