// Faults during publishing, each followed by a re-run of the same command: afterwards exactly one
// asset per name, sizes and checksums right (checked on the server's own state), nothing lost.
#include "forge/HttpReleaseProvider.h"
#include "support/Publisher.h"
#include "support/ReleaseFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace rd;
using namespace rd::test;

class TestPublishFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void faultThenRerun_data();
    void faultThenRerun();
    void lostAnswerIsNotSentTwice_data();
    void lostAnswerIsNotSentTwice();
    void createAnswerLostMakesOneRelease_data();
    void createAnswerLostMakesOneRelease();
    void checksumsNeverListAFailedUpload_data();
    void checksumsNeverListAFailedUpload();
    void cancelStopsEveryUploadInFlight_data();
    void cancelStopsEveryUploadInFlight();

private:
    Result<PublishResult> publish(ReleaseProvider &provider, const QStringList &files);
    int uploadPosts(ReleaseFixture &f);
    std::map<QString, std::unique_ptr<ReleaseFixture>> m_fixtures;
};

void TestPublishFaults::initTestCase()
{
    for (const QString &kind : { QStringLiteral("gitea"), QStringLiteral("github") }) {
        auto fixture = std::make_unique<ReleaseFixture>(kind);
        QVERIFY2(fixture->isRunning(), qPrintable(fixture->startError()));
        m_fixtures[kind] = std::move(fixture);
    }
}

Result<PublishResult> TestPublishFaults::publish(ReleaseProvider &provider, const QStringList &files)
{
    PublishOptions options;
    options.tag = QStringLiteral("v1.0.0");
    options.files = files;
    Publisher publisher(&provider, options);
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.start();
    if ((finished.isEmpty() && !finished.wait(60'000))) {
        return fail(Error::Code::Timeout, QStringLiteral("publish did not finish"));
    }
    return finished.first().first().value<Result<PublishResult>>();
}

int TestPublishFaults::uploadPosts(ReleaseFixture &f)
{
    int posts = 0;
    for (const QJsonValue &value : f.requests()) {
        const QJsonObject entry = value.toObject();
        posts += entry.value(QStringLiteral("method")).toString() == QStringLiteral("POST")
                && entry.value(QStringLiteral("path")).toString().contains(QStringLiteral("/assets?name="))
            ? 1
            : 0;
    }
    return posts;
}

void TestPublishFaults::faultThenRerun_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<QString>("token"); // for the first run
    QTest::addColumn<QString>("repository"); // for the first run
    QTest::addColumn<int>("timeoutMs"); // transfer timeout of the first run
    QTest::addColumn<int>("code"); // how the first run fails

    const QString alice = GiteaTestServer::aliceToken();
    const QString repo = QStringLiteral("alice/tallyho");
    const QJsonObject none;
    for (const QString &kind : { QStringLiteral("gitea"), QStringLiteral("github") }) {
        const QByteArray k = kind.toLatin1();
        QTest::addRow("%s connection reset mid-upload", k.constData())
            << kind
            << QJsonObject { { QStringLiteral("reset_after_bytes"), QJsonObject { { QStringLiteral("bytes"), 100'000 } } } }
            << alice << repo << 60'000 << int(Error::Code::Network);
        QTest::addRow("%s 500 on the 4th request", k.constData())
            << kind
            << QJsonObject { { QStringLiteral("fail_nth_request"),
                   QJsonObject { { QStringLiteral("n"), 4 }, { QStringLiteral("status"), 500 } } } }
            << alice << repo << 60'000 << int(Error::Code::ServerError);
        QTest::addRow("%s timeout", k.constData())
            << kind
            << QJsonObject { { QStringLiteral("delay_ms"),
                   QJsonObject { { QStringLiteral("ms"), 1500 }, { QStringLiteral("method"), QStringLiteral("GET") },
                       { QStringLiteral("path_regex"), QStringLiteral("/releases") } } } }
            << alice << repo << 400 << int(Error::Code::Timeout);
        QTest::addRow("%s 413 body too large", k.constData())
            << kind << QJsonObject { { QStringLiteral("max_upload_size"), 150'000 } } << alice << repo << 60'000
            << int(Error::Code::TooLarge);
        QTest::addRow("%s 401 bad token", k.constData())
            << kind << none << QStringLiteral("0000000000000000000000000000000000000000") << repo << 60'000
            << int(Error::Code::Unauthorized);
        QTest::addRow("%s 403 read-only token", k.constData())
            << kind << none << GiteaTestServer::bobToken() << repo << 60'000 << int(Error::Code::Forbidden);
        QTest::addRow("%s 404 repository", k.constData())
            << kind << none << alice << QStringLiteral("alice/nothere") << 60'000 << int(Error::Code::NotFound);
    }
}

void TestPublishFaults::faultThenRerun()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, faults);
    QFETCH(QString, token);
    QFETCH(QString, repository);
    QFETCH(int, timeoutMs);
    QFETCH(int, code);
    ReleaseFixture &f = *m_fixtures[kind];
    f.reset();
    const QStringList files { f.makeFile(QStringLiteral("App-v1.0.0-setup.exe"), 260'000, 11),
        f.makeFile(QStringLiteral("App-v1.0.0-win-x64.zip"), 210'000, 12),
        f.makeFile(QStringLiteral("App-v1.0.0-linux-x64.tar.gz"), 120'000, 13) };
    if (!faults.isEmpty()) {
        f.server()->setFaults(faults);
    }

    // First run: no retries, so the fault ends it.
    {
        auto provider = f.provider(token, repository);
        provider->setRetryPolicy(RetryPolicy::none());
        provider->setTransferTimeoutMs(timeoutMs);
        static_cast<HttpReleaseProvider *>(provider.get())->setRequestTimeoutMs(timeoutMs);
        const auto first = publish(*provider, files);
        QVERIFY(!first);
        QCOMPARE(int(first.error().code), code);
        QVERIFY(!first.error().message.contains(token));
    }

    // The server recovers (or the user fixes the token / repository); the same command again.
    f.server()->setFaults(QJsonObject { { QStringLiteral("clear"), true }, { QStringLiteral("max_upload_size"), QJsonValue() } });
    auto provider = f.provider();
    const auto second = publish(*provider, files);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    const QString problems = f.verifyPublished(QStringLiteral("v1.0.0"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // And once more: nothing left to do.
    const auto third = publish(*provider, files);
    QVERIFY(third);
    QCOMPARE(third->uploaded, 0);
}

void TestPublishFaults::lostAnswerIsNotSentTwice_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<int>("timeoutMs");
    for (const QString &kind : { QStringLiteral("gitea"), QStringLiteral("github") }) {
        const QByteArray k = kind.toLatin1();
        QTest::addRow("%s connection dropped after the server stored the upload", k.constData())
            << kind << QJsonObject { { QStringLiteral("drop_after_store"), QJsonObject { { QStringLiteral("times"), 2 } } } }
            << 60'000;
        QTest::addRow("%s 500 after the upload was stored", k.constData())
            << kind
            << QJsonObject { { QStringLiteral("fail_nth_request"),
                   QJsonObject { { QStringLiteral("n"), 1 }, { QStringLiteral("status"), 500 },
                       { QStringLiteral("when"), QStringLiteral("after") }, { QStringLiteral("times"), 2 },
                       { QStringLiteral("method"), QStringLiteral("POST") },
                       { QStringLiteral("path_regex"), QStringLiteral("assets\\?name=") } } } }
            << 60'000;
        QTest::addRow("%s timeout while the server stores", k.constData())
            << kind
            << QJsonObject { { QStringLiteral("delay_ms"),
                   QJsonObject { { QStringLiteral("ms"), 1200 }, { QStringLiteral("method"), QStringLiteral("POST") },
                       { QStringLiteral("path_regex"), QStringLiteral("App-v1.0.0-setup.exe") } } } }
            << 400;
        QTest::addRow("%s connection reset mid-upload", k.constData())
            << kind
            << QJsonObject { { QStringLiteral("reset_after_bytes"),
                   QJsonObject { { QStringLiteral("bytes"), 64'000 }, { QStringLiteral("times"), 2 } } } }
            << 60'000;
    }
}

// With retries on, the same run recovers: before sending an upload again it lists the assets, and
// an upload that arrived although its answer was lost is adopted, not sent twice.
void TestPublishFaults::lostAnswerIsNotSentTwice()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, faults);
    QFETCH(int, timeoutMs);
    ReleaseFixture &f = *m_fixtures[kind];
    f.reset();
    const QStringList files { f.makeFile(QStringLiteral("App-v1.0.0-setup.exe"), 180'000, 21),
        f.makeFile(QStringLiteral("App-v1.0.0-win-x64.zip"), 140'000, 22) };
    f.server()->setFaults(faults);
    auto provider = f.provider();
    provider->setTransferTimeoutMs(timeoutMs);
    const auto result = publish(*provider, files);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    f.server()->setFaults(QJsonObject { { QStringLiteral("clear"), true } });
    const QString problems = f.verifyPublished(QStringLiteral("v1.0.0"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const bool stored = !faults.contains(QStringLiteral("reset_after_bytes"));
    // Three uploads (two files and SHA256SUMS); a reset upload never arrived and is sent again.
    QCOMPARE(uploadPosts(f), stored ? 3 : 5);
}

void TestPublishFaults::createAnswerLostMakesOneRelease_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gitea") << QStringLiteral("gitea");
    QTest::newRow("github") << QStringLiteral("github");
}

// The create request reaches the server but its answer is a 502: the run looks the tag up, finds
// the release it made, and goes on with it (one release, not two, and no failure).
void TestPublishFaults::createAnswerLostMakesOneRelease()
{
    QFETCH(QString, kind);
    ReleaseFixture &f = *m_fixtures[kind];
    f.reset();
    const QStringList files { f.makeFile(QStringLiteral("App-v1.0.0-win-x64.zip"), 30'000, 41) };
    f.server()->setFaults(QJsonObject { { QStringLiteral("fail_nth_request"),
        QJsonObject { { QStringLiteral("n"), 1 }, { QStringLiteral("status"), 502 },
            { QStringLiteral("when"), QStringLiteral("after") }, { QStringLiteral("method"), QStringLiteral("POST") },
            { QStringLiteral("path_regex"), QStringLiteral("/releases$") } } } });
    auto provider = f.provider();
    const auto result = publish(*provider, files);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    int releases = 0;
    for (const QJsonValue &value : f.storedReleases()) {
        releases += value.toObject().value(QStringLiteral("tag_name")).toString() == QStringLiteral("v1.0.0") ? 1 : 0;
    }
    QCOMPARE(releases, 1);
    const QString problems = f.verifyPublished(QStringLiteral("v1.0.0"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestPublishFaults::checksumsNeverListAFailedUpload_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gitea") << QStringLiteral("gitea");
    QTest::newRow("github") << QStringLiteral("github");
}

// Issue 13: SHA256SUMS always describes exactly what the release holds. Two uploads run side by
// side; the slow one fails after the fast one finished. SHA256SUMS must wait for both, so it is
// never uploaded listing the file that did not arrive.
void TestPublishFaults::checksumsNeverListAFailedUpload()
{
    QFETCH(QString, kind);
    ReleaseFixture &f = *m_fixtures[kind];
    f.reset();
    const QStringList files { f.makeFile(QStringLiteral("App-v1.0.0-setup.exe"), 20'000, 21),
        f.makeFile(QStringLiteral("App-v1.0.0-win-x64.zip"), 20'000, 22) };
    const QString slow = QStringLiteral("name=App-v1\\.0\\.0-win-x64\\.zip");
    f.server()->setFaults(
        QJsonObject { { QStringLiteral("delay_ms"),
                          QJsonObject { { QStringLiteral("ms"), 1200 }, { QStringLiteral("method"), QStringLiteral("POST") },
                              { QStringLiteral("path_regex"), slow } } },
            { QStringLiteral("fail_nth_request"),
                QJsonObject { { QStringLiteral("n"), 1 }, { QStringLiteral("status"), 500 },
                    { QStringLiteral("method"), QStringLiteral("POST") }, { QStringLiteral("path_regex"), slow } } } });
    auto provider = f.provider();
    provider->setRetryPolicy(RetryPolicy::none());
    const auto result = publish(*provider, files);
    f.server()->setFaults(QJsonObject { { QStringLiteral("clear"), true } });
    QVERIFY(!result);
    QStringList stored;
    for (const QJsonValue &asset : f.storedAssets(QStringLiteral("v1.0.0"))) {
        stored << asset.toObject().value(QStringLiteral("name")).toString();
    }
    QVERIFY2(stored.contains(QStringLiteral("App-v1.0.0-setup.exe")), qPrintable(stored.join(QLatin1Char(','))));
    QVERIFY2(!stored.contains(QStringLiteral("SHA256SUMS")), qPrintable(stored.join(QLatin1Char(','))));
    // The re-run completes it, SHA256SUMS last and right.
    const auto second = publish(*f.provider(), files);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    const QString problems = f.verifyPublished(QStringLiteral("v1.0.0"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestPublishFaults::cancelStopsEveryUploadInFlight_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gitea") << QStringLiteral("gitea");
    QTest::newRow("github") << QStringLiteral("github");
}

// Two uploads are in flight (their bytes sent, the server slow to answer) when the run is
// cancelled: both stop at once, and the run ends Cancelled long before the server would answer.
void TestPublishFaults::cancelStopsEveryUploadInFlight()
{
    QFETCH(QString, kind);
    ReleaseFixture &f = *m_fixtures[kind];
    f.reset();
    const QStringList files { f.makeFile(QStringLiteral("App-v1.0.0-win-x64.zip"), 30'000, 51),
        f.makeFile(QStringLiteral("App-v1.0.0-setup.exe"), 20'000, 52) };
    f.server()->setFaults(QJsonObject { { QStringLiteral("delay_ms"),
        QJsonObject { { QStringLiteral("ms"), 20'000 }, { QStringLiteral("method"), QStringLiteral("POST") },
            { QStringLiteral("path_regex"), QStringLiteral("assets") } } } });
    auto provider = f.provider();
    PublishOptions options;
    options.tag = QStringLiteral("v1.0.0");
    options.files = files;
    Publisher publisher(provider.get(), options);
    QSet<int> sending;
    connect(&publisher, &Publisher::assetProgress, this, [&sending](int index, qint64 done, qint64, const QString &) {
        if (done > 0) {
            sending.insert(index);
        }
    });
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.start();
    QTRY_COMPARE_WITH_TIMEOUT(sending.size(), 2, 15'000);
    QElapsedTimer clock;
    clock.start();
    publisher.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15'000);
    QVERIFY2(clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));
    const auto result = finished.first().first().value<Result<PublishResult>>();
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
    f.server()->setFaults(QJsonObject { { QStringLiteral("clear"), true } });
}

QTEST_GUILESS_MAIN(TestPublishFaults)
#include "TestPublishFaults.moc"
