// releasedesk.toml's [server] written in place: the user's comments and other tables stay.
#include "project/ProjectSettings.h"
#include "project/SettingsEdit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class TestSettingsEdit : public QObject
{
    Q_OBJECT

private slots:
    void writesServer_data();
    void writesServer();
    void refusesWhatWouldBreakTheFile();
};

void TestSettingsEdit::writesServer_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QStringList>("kept"); // lines that must survive
    QTest::newRow("keys replaced, comments kept")
        << QStringLiteral("# mine\n[app]\ndisplay_name = \"X\"\n\n[server]\nkind = \"local\"  # where\nurl = \"\"\nrepo = "
                          "\"\"\n\n[release]\ntag_prefix = \"v\"\n")
        << QStringList { QStringLiteral("# mine"), QStringLiteral("display_name = \"X\""), QStringLiteral("tag_prefix = \"v\"") };
    QTest::newRow("keys missing in the table") << QStringLiteral("[server]\n# nothing yet\n\n[build]\nextras = []\n")
                                               << QStringList { QStringLiteral("# nothing yet"), QStringLiteral("extras = []") };
    QTest::newRow("no server table") << QStringLiteral("[app]\npublisher = \"P\"\n")
                                     << QStringList { QStringLiteral("publisher = \"P\"") };
    QTest::newRow("no file") << QString() << QStringList {};
}

void TestSettingsEdit::writesServer()
{
    QFETCH(QString, before);
    QFETCH(QStringList, kept);
    QTemporaryDir dir;
    if (!before.isNull()) {
        QFile file(dir.filePath(QStringLiteral("releasedesk.toml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before.toUtf8());
    }
    QVERIFY(writeServerSetting(
        dir.path(), { QStringLiteral("gitea"), QStringLiteral("https://git.example.com"), QStringLiteral("alice/app") }));
    QFile file(dir.filePath(QStringLiteral("releasedesk.toml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    auto settings = ProjectSettings::parse(text, file.fileName());
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().toString()));
    QCOMPARE(settings->serverKind, QStringLiteral("gitea"));
    QCOMPARE(settings->serverUrl, QStringLiteral("https://git.example.com"));
    QCOMPARE(settings->repository, QStringLiteral("alice/app"));
    for (const QString &line : kept) {
        QVERIFY2(QString::fromUtf8(text).contains(line), qPrintable(QString::fromUtf8(text)));
    }
    QCOMPARE(QString::fromUtf8(text).count(QStringLiteral("[server]")), 1);
}

void TestSettingsEdit::refusesWhatWouldBreakTheFile()
{
    QTemporaryDir dir;
    const QByteArray broken = "[server\nkind = \"gitea\"\n";
    QFile file(dir.filePath(QStringLiteral("releasedesk.toml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();
    const Status written
        = writeServerSetting(dir.path(), { QStringLiteral("gitea"), QStringLiteral("https://h"), QStringLiteral("a/b") });
    QVERIFY(!written);
    QVERIFY(written.error().hint.contains(QStringLiteral("left as it was")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

QTEST_GUILESS_MAIN(TestSettingsEdit)
#include "TestSettingsEdit.moc"
