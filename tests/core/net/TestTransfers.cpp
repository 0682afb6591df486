// Streamed uploads and downloads, retry delays and transfer progress.
#include "net/HttpDownloadJob.h"
#include "net/HttpUploadJob.h"
#include "net/RetryPolicy.h"
#include "net/TransferMeter.h"
#include "support/ReleaseFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace rd;
using namespace rd::test;

class TestTransfers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void retryPolicy_data();
    void retryPolicy();
    void meterSpeedAndTimeLeft();
    void uploadStreamsWithProgress_data();
    void uploadStreamsWithProgress();
    void uploadOfMissingFileFails();
    void cancelledUploadStoresNothing();
    void droppedConnectionIsReportedNotResent();
    void downloadHashesAndRenamesWhenComplete();
    void failedDownloadLeavesNoFile_data();
    void failedDownloadLeavesNoFile();
    void largeDownloadKeepsChunkOrder_data();
    void largeDownloadKeepsChunkOrder();

private:
    QString releaseAssetsUrl();
    std::unique_ptr<ReleaseFixture> m_fixture;
    QNetworkAccessManager m_network;
    qint64 m_releaseId = 0;
};

void TestTransfers::initTestCase()
{
    m_fixture = std::make_unique<ReleaseFixture>(QStringLiteral("gitea"));
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->startError()));
}

void TestTransfers::init()
{
    m_fixture->reset();
    m_fixture->seedRelease(QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v1.0.0") },
        { QStringLiteral("assets"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("seeded.bin") },
                { QStringLiteral("content"), QStringLiteral("hello\n") } } } } });
    m_releaseId = m_fixture->storedReleases().first().toObject().value(QStringLiteral("id")).toInteger();
}

QString TestTransfers::releaseAssetsUrl()
{
    return m_fixture->serverUrl() + QStringLiteral("/api/v1/repos/alice/tallyho/releases/%1/assets").arg(m_releaseId);
}

void TestTransfers::retryPolicy_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<int>("delay"); // before the next attempt
    QTest::newRow("network error, first attempt") << int(Error::Code::Network) << 1 << true << 1000;
    QTest::newRow("timeout, second attempt") << int(Error::Code::Timeout) << 2 << true << 3000;
    QTest::newRow("5xx, third attempt") << int(Error::Code::ServerError) << 3 << true << 8000;
    QTest::newRow("5xx, attempts used up") << int(Error::Code::ServerError) << 4 << false << 8000;
    QTest::newRow("401 is final") << int(Error::Code::Unauthorized) << 1 << false << 1000;
    QTest::newRow("403 is final") << int(Error::Code::Forbidden) << 1 << false << 1000;
    QTest::newRow("404 is final") << int(Error::Code::NotFound) << 1 << false << 1000;
    QTest::newRow("409 is final") << int(Error::Code::Conflict) << 1 << false << 1000;
    QTest::newRow("413 is final") << int(Error::Code::TooLarge) << 1 << false << 1000;
}

void TestTransfers::retryPolicy()
{
    QFETCH(int, code);
    QFETCH(int, attemptsMade);
    QFETCH(bool, retry);
    QFETCH(int, delay);
    const RetryPolicy policy;
    QCOMPARE(policy.shouldRetry(Error::make(Error::Code(code), QStringLiteral("x")), attemptsMade), retry);
    QCOMPARE(policy.delayBeforeAttempt(attemptsMade + 1), delay);
    QCOMPARE(RetryPolicy::immediate().delayBeforeAttempt(attemptsMade + 1), 0);
    QVERIFY(!RetryPolicy::none().shouldRetry(Error::make(Error::Code::Network, QStringLiteral("x")), 1));
}

void TestTransfers::meterSpeedAndTimeLeft()
{
    qint64 now = 0;
    TransferMeter meter([&now] { return now; });
    meter.start(100 * 1024 * 1024);
    for (int second = 1; second <= 4; ++second) {
        now = second * 1000;
        meter.update(qint64(second) * 10 * 1024 * 1024); // 10 MiB/s
    }
    QVERIFY(std::abs(meter.bytesPerSecond() - 10.0 * 1024 * 1024) < 1024);
    QCOMPARE(meter.secondsLeft(), 6);
    QCOMPARE(meter.text(), QStringLiteral("40.0 MiB of 100.0 MiB, 10.0 MiB/s, 6 s left"));
    QCOMPARE(TransferMeter::formatDuration(125), QStringLiteral("2 min 5 s"));
}

void TestTransfers::uploadStreamsWithProgress_data()
{
    QTest::addColumn<bool>("multipart");
    QTest::newRow("raw body") << false;
    QTest::newRow("multipart") << true;
}

void TestTransfers::uploadStreamsWithProgress()
{
    QFETCH(bool, multipart);
    const QString file = m_fixture->makeFile(QStringLiteral("up.bin"), 3 * 1024 * 1024 + 5, 7);
    const QString url = releaseAssetsUrl() + (multipart ? QString() : QStringLiteral("?name=up.bin"));
    if (multipart) {
        m_fixture->server()->setFaults(QJsonObject { { QStringLiteral("version"), QStringLiteral("1.21.0") } });
    }
    HttpUploadJob job(&m_network, "POST", QUrl(url), file);
    job.setToken(GiteaTestServer::aliceToken());
    if (multipart) {
        job.setMultipart(QStringLiteral("attachment"), QStringLiteral("up.bin"));
    }
    QSignalSpy progress(&job, &HttpUploadJob::progress);
    QSignalSpy finished(&job, &HttpUploadJob::finished);
    job.start();
    QVERIFY(finished.wait(30'000));
    const auto result = finished.first().first().value<Result<ApiResponse>>();
    QVERIFY(result);
    QCOMPARE(result->status, 201);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 3 * 1024 * 1024 + 5); // progress counts file bytes
    QCOMPARE(progress.last().at(1).toLongLong(), 3 * 1024 * 1024 + 5);
    const QJsonArray stored = m_fixture->storedAssets(QStringLiteral("v1.0.0"));
    QCOMPARE(stored.last().toObject().value(QStringLiteral("sha256")).toString(), ReleaseFixture::sha256Of(file));
    // The request announced its length (streamed, not chunked, not buffered).
    const QJsonObject request = m_fixture->requests().last().toObject();
    QVERIFY(!request.value(QStringLiteral("chunked")).toBool());
    QVERIFY(request.value(QStringLiteral("content_length")).toInteger() >= 3 * 1024 * 1024 + 5);
}

void TestTransfers::uploadOfMissingFileFails()
{
    HttpUploadJob job(
        &m_network, "POST", QUrl(releaseAssetsUrl()), QDir(m_fixture->workDir()).filePath(QStringLiteral("nope.bin")));
    QSignalSpy finished(&job, &HttpUploadJob::finished);
    job.start();
    QVERIFY(finished.isEmpty()); // never from inside start()
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<Result<ApiResponse>>();
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::IoError);
}

void TestTransfers::cancelledUploadStoresNothing()
{
    const QString file = m_fixture->makeFile(QStringLiteral("slow.bin"), 2 * 1024 * 1024, 3);
    m_fixture->server()->setFaults(QJsonObject { { QStringLiteral("upload_rate_bps"), 1024 * 1024 } });
    HttpUploadJob job(&m_network, "POST", QUrl(releaseAssetsUrl() + QStringLiteral("?name=slow.bin")), file);
    job.setToken(GiteaTestServer::aliceToken());
    QSignalSpy progress(&job, &HttpUploadJob::progress);
    QSignalSpy finished(&job, &HttpUploadJob::finished);
    job.start();
    QVERIFY(progress.wait(10'000));
    job.cancel();
    QVERIFY(!finished.isEmpty() || finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Result<ApiResponse>>().error().code, Error::Code::Cancelled);
    m_fixture->server()->setFaults(
        QJsonObject { { QStringLiteral("clear"), true }, { QStringLiteral("upload_rate_bps"), QJsonValue() } });
    QCOMPARE(m_fixture->storedAssets(QStringLiteral("v1.0.0")).size(), 1); // only the seeded one
}

// Qt would silently send a request again when the connection drops before the answer; for an
// upload the server may have stored, that is a duplicate. The job reports the drop instead.
void TestTransfers::droppedConnectionIsReportedNotResent()
{
    const QString file = m_fixture->makeFile(QStringLiteral("drop.bin"), 200'000, 4);
    m_fixture->server()->setFaults(
        QJsonObject { { QStringLiteral("drop_after_store"), QJsonObject { { QStringLiteral("times"), 3 } } } });
    HttpUploadJob job(&m_network, "POST", QUrl(releaseAssetsUrl() + QStringLiteral("?name=drop.bin")), file);
    job.setToken(GiteaTestServer::aliceToken());
    QSignalSpy finished(&job, &HttpUploadJob::finished);
    job.start();
    QVERIFY(finished.wait(20'000));
    const auto result = finished.first().first().value<Result<ApiResponse>>();
    QVERIFY(!result);
    QVERIFY(RetryPolicy::isRetryable(result.error()));
    m_fixture->server()->setFaults(QJsonObject { { QStringLiteral("clear"), true } });
    int copies = 0;
    for (const QJsonValue &value : m_fixture->storedAssets(QStringLiteral("v1.0.0"))) {
        copies += value.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("drop.bin") ? 1 : 0;
    }
    QCOMPARE(copies, 1); // stored once, not sent again
}

void TestTransfers::downloadHashesAndRenamesWhenComplete()
{
    const QJsonObject seeded = m_fixture->storedAssets(QStringLiteral("v1.0.0")).first().toObject();
    const QString target = QDir(m_fixture->workDir()).filePath(QStringLiteral("dl/seeded.bin"));
    HttpDownloadJob job(&m_network,
        QUrl(m_fixture->serverUrl() + QStringLiteral("/attachments/") + seeded.value(QStringLiteral("uuid")).toString()), target);
    job.setToken(GiteaTestServer::aliceToken());
    QSignalSpy finished(&job, &HttpDownloadJob::finished);
    job.start();
    QVERIFY(finished.wait(10'000));
    const auto result = finished.first().first().value<Result<DownloadResult>>();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->bytes, 6);
    QCOMPARE(result->sha256, seeded.value(QStringLiteral("sha256")).toString());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("hello\n"));
    QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestTransfers::failedDownloadLeavesNoFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<int>("code");
    QTest::newRow("404") << QStringLiteral("/attachments/00000000-0000-0000-0000-000000000000") << QJsonObject {}
                         << int(Error::Code::NotFound);
    QTest::newRow("500") << QString()
                         << QJsonObject { { QStringLiteral("fail_nth_request"),
                                QJsonObject { { QStringLiteral("n"), 1 }, { QStringLiteral("status"), 500 } } } }
                         << int(Error::Code::ServerError);
}

void TestTransfers::failedDownloadLeavesNoFile()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, faults);
    QFETCH(int, code);
    if (path.isEmpty()) {
        path = QStringLiteral("/attachments/")
            + m_fixture->storedAssets(QStringLiteral("v1.0.0")).first().toObject().value(QStringLiteral("uuid")).toString();
    }
    if (!faults.isEmpty()) {
        m_fixture->server()->setFaults(faults);
    }
    const QString folder = QDir(m_fixture->workDir()).filePath(QStringLiteral("failed-%1").arg(code));
    HttpDownloadJob job(&m_network, QUrl(m_fixture->serverUrl() + path), QDir(folder).filePath(QStringLiteral("x.bin")));
    QSignalSpy finished(&job, &HttpDownloadJob::finished);
    job.start();
    QVERIFY(finished.wait(10'000));
    const auto result = finished.first().first().value<Result<DownloadResult>>();
    QVERIFY(!result);
    QCOMPARE(int(result.error().code), code);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

// Hashing and writing run on the sink's own thread, a few chunks behind the reads: 40 MiB (40
// chunks, more than the sink queues) must come out whole and in order, hashed and on disk.
void TestTransfers::largeDownloadKeepsChunkOrder_data()
{
    QTest::addColumn<bool>("toFile");
    QTest::newRow("written to a file and hashed") << true;
    QTest::newRow("hashed only (read back)") << false;
}

void TestTransfers::largeDownloadKeepsChunkOrder()
{
    QFETCH(bool, toFile);
    const qint64 size = 40 * 1024 * 1024 + 123;
    const QString source = m_fixture->makeFile(QStringLiteral("big.bin"), size, 11);
    HttpUploadJob upload(&m_network, "POST", QUrl(releaseAssetsUrl() + QStringLiteral("?name=big.bin")), source);
    upload.setToken(GiteaTestServer::aliceToken());
    QSignalSpy uploaded(&upload, &HttpUploadJob::finished);
    upload.start();
    QVERIFY(uploaded.wait(60'000));
    QVERIFY(uploaded.first().first().value<Result<ApiResponse>>());
    const QJsonObject stored = m_fixture->storedAssets(QStringLiteral("v1.0.0")).last().toObject();
    QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("big.bin"));

    const QString target = toFile ? QDir(m_fixture->workDir()).filePath(QStringLiteral("dl-big/big.bin")) : QString();
    HttpDownloadJob job(&m_network,
        QUrl(m_fixture->serverUrl() + QStringLiteral("/attachments/") + stored.value(QStringLiteral("uuid")).toString()), target);
    job.setToken(GiteaTestServer::aliceToken());
    QSignalSpy finished(&job, &HttpDownloadJob::finished);
    job.start();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<Result<DownloadResult>>();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->bytes, size);
    QCOMPARE(result->sha256, ReleaseFixture::sha256Of(source));
    if (toFile) {
        QCOMPARE(result->path, target);
        QCOMPARE(ReleaseFixture::sha256Of(target), ReleaseFixture::sha256Of(source));
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp left
    }
}

QTEST_GUILESS_MAIN(TestTransfers)
#include "TestTransfers.moc"
