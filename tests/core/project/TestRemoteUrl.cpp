#include "project/RemoteUrl.h"

#include <QTest>

using namespace rd;

class TestRemoteUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesRemote_data();
    void parsesRemote();
    void rejectsRemote_data();
    void rejectsRemote();
};

void TestRemoteUrl::parsesRemote_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("repo");
    QTest::addColumn<bool>("ssh");

    QTest::newRow("https with .git") << "https://gitea.example.com/alice/tallyho.git"
                                     << "https://gitea.example.com"
                                     << "alice"
                                     << "tallyho" << false;
    QTest::newRow("https without .git") << "https://gitea.example.com/alice/tallyho"
                                        << "https://gitea.example.com"
                                        << "alice"
                                        << "tallyho" << false;
    QTest::newRow("https trailing slash") << "https://gitea.example.com/alice/tallyho/"
                                          << "https://gitea.example.com"
                                          << "alice"
                                          << "tallyho" << false;
    QTest::newRow("http with port") << "http://10.0.0.5:3000/org/app.git"
                                    << "http://10.0.0.5:3000"
                                    << "org"
                                    << "app" << false;
    QTest::newRow("https under a sub-path") << "https://example.com/gitea/alice/tallyho.git"
                                            << "https://example.com/gitea"
                                            << "alice"
                                            << "tallyho" << false;
    QTest::newRow("https with credentials dropped") << "https://bob:s3cret@gitea.example.com/alice/tallyho.git"
                                                    << "https://gitea.example.com"
                                                    << "alice"
                                                    << "tallyho" << false;
    QTest::newRow("upper-case scheme") << "HTTPS://gitea.example.com/alice/tallyho.git"
                                       << "https://gitea.example.com"
                                       << "alice"
                                       << "tallyho" << false;
    QTest::newRow("scp-like ssh") << "git@gitea.example.com:alice/tallyho.git"
                                  << "https://gitea.example.com"
                                  << "alice"
                                  << "tallyho" << true;
    QTest::newRow("scp-like ssh without user") << "gitea.example.com:alice/tallyho"
                                               << "https://gitea.example.com"
                                               << "alice"
                                               << "tallyho" << true;
    QTest::newRow("ssh url with port") << "ssh://git@gitea.example.com:2222/alice/tallyho.git"
                                       << "https://gitea.example.com"
                                       << "alice"
                                       << "tallyho" << true;
    QTest::newRow("surrounding whitespace") << "  https://gitea.example.com/alice/tallyho.git\n"
                                            << "https://gitea.example.com"
                                            << "alice"
                                            << "tallyho" << false;
    QTest::newRow("dots and dashes in names") << "git@git.example.org:my-org/my.app-2.git"
                                              << "https://git.example.org"
                                              << "my-org"
                                              << "my.app-2" << true;
}

void TestRemoteUrl::parsesRemote()
{
    QFETCH(QString, url);
    QFETCH(QString, server);
    QFETCH(QString, owner);
    QFETCH(QString, repo);
    QFETCH(bool, ssh);
    auto remote = RemoteUrl::parse(url);
    QVERIFY2(remote, qPrintable(remote ? QString() : remote.error().message));
    QCOMPARE(remote->serverUrl, server);
    QCOMPARE(remote->owner, owner);
    QCOMPARE(remote->repo, repo);
    QCOMPARE(remote->ssh, ssh);
    QCOMPARE(remote->fullName(), owner + QLatin1Char('/') + repo);
}

void TestRemoteUrl::rejectsRemote_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("local absolute path") << "/srv/git/tallyho.git"
                                         << "";
    QTest::newRow("only a host") << "https://gitea.example.com/"
                                 << "";
    QTest::newRow("only an owner") << "https://gitea.example.com/alice"
                                   << "";
    QTest::newRow("unsupported scheme") << "ftp://gitea.example.com/alice/tallyho.git"
                                        << "";
    QTest::newRow("password never repeated") << "https://bob:hunter2@gitea.example.com/alice"
                                             << "hunter2";
}

void TestRemoteUrl::rejectsRemote()
{
    QFETCH(QString, url);
    QFETCH(QString, mustNotContain);
    auto remote = RemoteUrl::parse(url);
    QVERIFY(!remote);
    QVERIFY(!remote.error().message.isEmpty());
    if (!mustNotContain.isEmpty()) {
        QVERIFY(!remote.error().toString().contains(mustNotContain));
    }
}

QTEST_GUILESS_MAIN(TestRemoteUrl)
#include "TestRemoteUrl.moc"
