// The local store's copy (publishing to a release folder on disk, the Inspector's deep check)
// runs off the caller's thread: the source here is a FIFO that this thread feeds, so a copy on
// this thread would wait for bytes that never come (the test would hang until QTest's watchdog).
#include "forge/LocalCopyJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rd;

class TestLocalCopyJob : public QObject
{
    Q_OBJECT

private slots:
    void copiesWhileTheCallerRuns_data();
    void copiesWhileTheCallerRuns();
};

void TestLocalCopyJob::copiesWhileTheCallerRuns_data()
{
    QTest::addColumn<bool>("toStore"); // a destination, or hashing only
    QTest::addColumn<bool>("cancelHalfway");
    QTest::newRow("copy into the store") << true << false;
    QTest::newRow("hash only (deep inspect)") << false << false;
    QTest::newRow("cancelled half-way: no file left") << true << true;
}

void TestLocalCopyJob::copiesWhileTheCallerRuns()
{
    QFETCH(bool, toStore);
    QFETCH(bool, cancelHalfway);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString source = temp.filePath(QStringLiteral("feed"));
    ::signal(SIGPIPE, SIG_IGN); // a reader that gives up fails the write below, not the test process
    QCOMPARE(::mkfifo(QFile::encodeName(source).constData(), 0600), 0);
    const QString destination = toStore ? temp.filePath(QStringLiteral("store/v1.0.0/app.zip")) : QString();
    AssetInfo asset;
    asset.name = QStringLiteral("app.zip");
    LocalCopyJob job(source, destination, asset, {});
    QSignalSpy finished(&job, &LocalCopyJob::finished);
    QSignalSpy progress(&job, &LocalCopyJob::progress);
    job.start();

    // The copy opens the FIFO for reading on its own thread: only then can this end open it.
    int feed = -1;
    // (QTRY_* evaluates its condition once more at the end: open only while not yet open.)
    QTRY_VERIFY_WITH_TIMEOUT(
        feed >= 0 || (feed = ::open(QFile::encodeName(source).constData(), O_WRONLY | O_NONBLOCK)) >= 0, 10'000);
    QVERIFY(::fcntl(feed, F_SETFL, 0) == 0); // blocking writes from here on
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray block(1 << 20, 'r');
    // Each write returns only once the copy's thread has read most of it (a pipe holds 64 KiB).
    for (int mib = 0; mib < (cancelHalfway ? 6 : 12); ++mib) {
        QCOMPARE(::write(feed, block.constData(), block.size()), qsizetype(block.size()));
        hash.addData(block);
    }
    if (cancelHalfway) {
        job.cancel();
    }
    ::close(feed);
    QVERIFY(finished.wait(20'000) || !finished.isEmpty());
    QVERIFY(!progress.isEmpty()); // delivered on this thread, through its event loop
    const auto result = finished.first().first().value<Result<TransferResult>>();
    if (cancelHalfway) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QVERIFY(!QFileInfo::exists(destination));
        QCOMPARE(QDir(temp.filePath(QStringLiteral("store/v1.0.0"))).entryList(QDir::Files | QDir::Hidden), QStringList {});
        return;
    }
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->bytes, qint64(12) << 20);
    QCOMPARE(result->sha256, QString::fromLatin1(hash.result().toHex()));
    QCOMPARE(result->asset.name, QStringLiteral("app.zip"));
    if (toStore) {
        QFile copy(destination);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256), hash.result());
    }
}

QTEST_GUILESS_MAIN(TestLocalCopyJob)
#include "TestLocalCopyJob.moc"
