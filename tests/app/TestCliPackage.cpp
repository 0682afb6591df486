// Issue 12's "getting the CLI onto a runner": the releasedesk-cli .deb made by CPack from this
// build (dependencies computed by dpkg-shlibdeps, no GUI library among them), unpacked and run;
// and the container image of packaging/releasedesk-cli.Dockerfile built with podman from a base
// made at test time, with releasedesk-cli --version run inside the image during its build.
#include "support/BuildFixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd::test;

class TestCliPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void debianPackage();
    void containerImage();

private:
    QTemporaryDir m_temp;
    QString m_deb;
};

void TestCliPackage::initTestCase()
{
    QVERIFY(m_temp.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty()) {
        QSKIP("dpkg-shlibdeps is not installed (apt install dpkg-dev)");
    }
    // cpack packs the installed tree of this very build into its own folder.
    QString output;
    const int code = runTool(QStringLiteral("cpack"),
        { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_temp.filePath(QStringLiteral("packages")),
            QStringLiteral("-D"), QStringLiteral("CPACK_COMPONENTS_ALL=cli") },
        &output, QStringLiteral(RD_BINARY_DIR));
    QVERIFY2(code == 0, qPrintable(output));
    const QStringList debs
        = QDir(m_temp.filePath(QStringLiteral("packages"))).entryList({ QStringLiteral("releasedesk-cli_*.deb") });
    QCOMPARE(debs.size(), 1);
    m_deb = m_temp.filePath(QStringLiteral("packages/") + debs.first());
}

void TestCliPackage::debianPackage()
{
    QString field;
    QCOMPARE(runTool(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), m_deb, QStringLiteral("Package") }, &field), 0);
    QCOMPARE(field.trimmed(), QStringLiteral("releasedesk-cli"));
    QCOMPARE(runTool(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), m_deb, QStringLiteral("Depends") }, &field), 0);
    for (const QString &needed : { QStringLiteral("libqt6core6"), QStringLiteral("libqt6network6"),
             QStringLiteral("libarchive13"), QStringLiteral("git"), QStringLiteral("python3-venv") }) {
        QVERIFY2(field.contains(needed), qPrintable(field));
    }
    QVERIFY2(!field.contains(QStringLiteral("libqt6widgets")) && !field.contains(QStringLiteral("libqt6gui")), qPrintable(field));
    QString listing;
    QCOMPARE(runTool(QStringLiteral("dpkg-deb"), { QStringLiteral("-c"), m_deb }, &listing), 0);
    QVERIFY2(listing.contains(QStringLiteral("./usr/bin/releasedesk-cli")), qPrintable(listing));

    const QString root = m_temp.filePath(QStringLiteral("unpacked"));
    QCOMPARE(runTool(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), m_deb, root }, &field), 0);
    QString version;
    QCOMPARE(runTool(root + QStringLiteral("/usr/bin/releasedesk-cli"), { QStringLiteral("--version") }, &version), 0);
    QVERIFY2(version.startsWith(QStringLiteral("releasedesk-cli ")), qPrintable(version));
}

void TestCliPackage::containerImage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty()) {
        QSKIP("podman is not installed (apt install podman)");
    }
    const QString context = m_temp.filePath(QStringLiteral("context"));
    QVERIFY(QDir().mkpath(context));
    QVERIFY(QFile::copy(m_deb, QDir(context).filePath(QFileInfo(m_deb).fileName())));
    const QString root = m_temp.filePath(QStringLiteral("baseroot"));
    QString output;
    QCOMPARE(runTool(QStringLiteral("sh"),
                 { QStringLiteral(RD_SOURCE_DIR "/tests/support/make_cli_base.sh"), root, QStringLiteral(RD_CLI_PATH) }, &output),
        0);
    const QStringList podman { QStringLiteral("--root"), m_temp.filePath(QStringLiteral("storage")), QStringLiteral("--runroot"),
        m_temp.filePath(QStringLiteral("run")), QStringLiteral("--storage-driver"), QStringLiteral("vfs") };
    QProcess tar;
    QProcess import;
    tar.setStandardOutputProcess(&import);
    tar.start(QStringLiteral("tar"), { QStringLiteral("-C"), root, QStringLiteral("-c"), QStringLiteral(".") });
    import.start(QStringLiteral("podman"),
        podman + QStringList { QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("localhost/rd-cli-base:test") });
    QVERIFY(tar.waitForFinished(60'000));
    QVERIFY(import.waitForFinished(120'000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());

    // The image's build runs releasedesk-cli --version inside it: a build that succeeds is a CLI that runs there.
    const int built = runTool(QStringLiteral("podman"),
        podman
            + QStringList { QStringLiteral("build"), QStringLiteral("--isolation"), QStringLiteral("chroot"),
                QStringLiteral("-f"), QStringLiteral(RD_SOURCE_DIR "/packaging/releasedesk-cli.Dockerfile"),
                QStringLiteral("--build-arg"), QStringLiteral("BASE_IMAGE=localhost/rd-cli-base:test"), QStringLiteral("-t"),
                QStringLiteral("localhost/releasedesk-cli:test"), context },
        &output);
    QVERIFY2(built == 0, qPrintable(output.right(4000)));
    QVERIFY2(output.contains(QStringLiteral("releasedesk-cli 0.")), qPrintable(output.right(4000)));
    QString labels;
    QCOMPARE(runTool(QStringLiteral("podman"),
                 podman
                     + QStringList { QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                         QStringLiteral("{{index .Labels \"org.opencontainers.image.title\"}}"),
                         QStringLiteral("localhost/releasedesk-cli:test") },
                 &labels),
        0);
    QCOMPARE(labels.trimmed(), QStringLiteral("releasedesk-cli"));
}

QTEST_GUILESS_MAIN(TestCliPackage)
#include "TestCliPackage.moc"
