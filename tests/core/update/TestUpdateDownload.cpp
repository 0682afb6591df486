// An update from a local release store is copied and hashed off the caller's thread (the
// window's, in the Update Preview): the source here is a FIFO that this thread feeds, so a copy
// on this thread would wait for bytes that never come (the test would hang until QTest's watchdog).
#include "update/UpdateDownload.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rd;

class TestUpdateDownload : public QObject
{
    Q_OBJECT

private slots:
    void localCopyOffTheCallersThread_data();
    void localCopyOffTheCallersThread();
};

void TestUpdateDownload::localCopyOffTheCallersThread_data()
{
    QTest::addColumn<bool>("damaged"); // SHA256SUMS names other bytes
    QTest::newRow("matches SHA256SUMS: renamed into place") << false;
    QTest::newRow("does not match: rejected, nothing kept") << true;
}

void TestUpdateDownload::localCopyOffTheCallersThread()
{
    QFETCH(bool, damaged);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString source = temp.filePath(QStringLiteral("Tallyho-v0.8.0-win-x64.zip"));
    ::signal(SIGPIPE, SIG_IGN); // a reader that gives up fails the write below, not the test process
    QCOMPARE(::mkfifo(QFile::encodeName(source).constData(), 0600), 0);
    const QByteArray block(1 << 20, 'u');
    constexpr int mebibytes = 6;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int mib = 0; mib < mebibytes; ++mib) {
        hash.addData(block);
    }
    const QString expected = damaged ? QString(64, QLatin1Char('0')) : QString::fromLatin1(hash.result().toHex());
    AssetInfo asset;
    asset.name = QStringLiteral("Tallyho-v0.8.0-win-x64.zip");
    asset.size = qint64(mebibytes) << 20;
    asset.downloadUrl = source; // the local store's "URL" is the file's path
    QNetworkAccessManager network;
    const QString downloads = temp.filePath(QStringLiteral("updates"));
    UpdateDownload download(&network, asset, expected, downloads);
    QSignalSpy finished(&download, &UpdateDownload::finished);
    QSignalSpy progress(&download, &UpdateDownload::progress);
    download.start();

    int feed = -1;
    // (QTRY_* evaluates its condition once more at the end: open only while not yet open.)
    QTRY_VERIFY_WITH_TIMEOUT(
        feed >= 0 || (feed = ::open(QFile::encodeName(source).constData(), O_WRONLY | O_NONBLOCK)) >= 0, 10'000);
    QVERIFY(::fcntl(feed, F_SETFL, 0) == 0);
    // Each write returns only once the copy's thread has read most of it (a pipe holds 64 KiB).
    for (int mib = 0; mib < mebibytes; ++mib) {
        QCOMPARE(::write(feed, block.constData(), block.size()), qsizetype(block.size()));
    }
    ::close(feed);
    QVERIFY(finished.wait(20'000) || !finished.isEmpty());
    QVERIFY(!progress.isEmpty()); // delivered on this thread, through its event loop
    QCOMPARE(progress.last().at(0).toLongLong(), asset.size);
    const auto result = finished.first().first().value<Result<QString>>();
    if (damaged) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Rejected);
        QVERIFY(!QFileInfo::exists(download.partPath()));
        QVERIFY(!QFileInfo::exists(download.finalPath()));
        return;
    }
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    QCOMPARE(*result, download.finalPath());
    QFile copy(*result);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256), hash.result());
    QVERIFY(!QFileInfo::exists(download.partPath()));
}

QTEST_GUILESS_MAIN(TestUpdateDownload)
#include "TestUpdateDownload.moc"
