#include "forge/ConnectionCheck.h"
#include "support/GiteaTestServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace rd;
using rd::test::GiteaTestServer;

class TestConnectionCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void unreachableServer();

private:
    Checklist runCheck(const QString &url, const QString &repo, const QString &token);
    std::unique_ptr<GiteaTestServer> m_server;
};

void TestConnectionCheck::initTestCase()
{
    m_server = std::make_unique<GiteaTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->startError()));
    m_server->seedStandard();
}

Checklist TestConnectionCheck::runCheck(const QString &url, const QString &repo, const QString &token)
{
    QNetworkAccessManager network;
    ServerConfig server;
    server.url = url;
    ConnectionCheck check(&network, server, repo, token);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start();
    if (finished.isEmpty() && !finished.wait(20'000)) {
        return {};
    }
    [&] { QCOMPARE(finished.size(), 1); }();
    return finished.first().first().value<Checklist>();
}

void TestConnectionCheck::verdicts_data()
{
    QTest::addColumn<QString>("repo");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected"); // verdicts of server, token, repository
    QTest::addColumn<QString>("repoDetail");

    QTest::newRow("owner with write token") << "alice/tallyho" << GiteaTestServer::aliceToken() << "ok ok ok"
                                            << "push allowed";
    QTest::newRow("reader cannot push") << "alice/tallyho" << GiteaTestServer::bobToken() << "ok ok failed"
                                        << "may not push";
    QTest::newRow("bad token") << "alice/tallyho"
                               << "0000000000000000000000000000000000000000"
                               << "ok failed failed"
                               << "token";
    QTest::newRow("no token") << "alice/tallyho"
                              << ""
                              << "ok failed failed"
                              << "";
    QTest::newRow("missing repository") << "alice/nothere" << GiteaTestServer::aliceToken() << "ok ok failed"
                                        << "Not found";
    QTest::newRow("repository not owner/name") << "tallyho" << GiteaTestServer::aliceToken() << "ok ok failed"
                                               << "owner/name";
}

void TestConnectionCheck::verdicts()
{
    QFETCH(QString, repo);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    QFETCH(QString, repoDetail);
    const Checklist items = runCheck(m_server->url(), repo, token);
    QCOMPARE(items.size(), 3);
    QStringList verdicts;
    for (const CheckItem &item : items) {
        verdicts << CheckItem::verdictName(item.verdict);
        if (item.verdict == CheckItem::Verdict::Failed) {
            QVERIFY2(!item.hint.isEmpty() || !item.detail.isEmpty(), qPrintable(item.title));
        }
        // The token is never part of what is shown.
        if (!token.isEmpty()) {
            QVERIFY(!item.detail.contains(token));
            QVERIFY(!item.hint.contains(token));
        }
    }
    QCOMPARE(verdicts.join(QLatin1Char(' ')), expected);
    QVERIFY2(items[0].detail.startsWith(QStringLiteral("Gitea 1.27")), qPrintable(items[0].detail));
    if (!repoDetail.isEmpty()) {
        QVERIFY2(items[2].detail.contains(repoDetail, Qt::CaseInsensitive), qPrintable(items[2].detail));
    }
}

void TestConnectionCheck::unreachableServer()
{
    const Checklist items
        = runCheck(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("alice/tallyho"), GiteaTestServer::aliceToken());
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0].verdict, CheckItem::Verdict::Failed);
    QVERIFY2(items[0].detail.contains(QStringLiteral("refused")), qPrintable(items[0].detail));
    QVERIFY(!items[0].hint.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "TestConnectionCheck.moc"
