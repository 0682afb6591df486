// The run journal's writer: the caller never waits for the disk, the newest contents win, the
// last write survives the writer's end, and a failed write is reported with its reason.
#include "common/BackgroundFileWriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <mutex>

using namespace rd;

class TestBackgroundFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void callerNeverWaitsAndNewestWins();
    void lastWriteSurvivesTheWriter_data();
    void lastWriteSurvivesTheWriter();
    void failedWriteIsReported();
};

namespace {

// A disk that hangs on the first write until released, and records what reached it.
class HangingDisk
{
public:
    Status write(const QString &, const QByteArray &contents)
    {
        std::unique_lock lock(m_mutex);
        m_written << contents;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_released; });
        return {};
    }
    void waitForFirstWrite()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_written.isEmpty(); });
    }
    void release()
    {
        const std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }
    QList<QByteArray> written()
    {
        const std::lock_guard lock(m_mutex);
        return m_written;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<QByteArray> m_written;
    bool m_released = false;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

} // namespace

void TestBackgroundFileWriter::callerNeverWaitsAndNewestWins()
{
    HangingDisk disk;
    BackgroundFileWriter writer([&disk](const QString &path, const QByteArray &contents) { return disk.write(path, contents); });
    QSignalSpy written(&writer, &BackgroundFileWriter::written);
    QCOMPARE(writer.write(QStringLiteral("journal.json"), "step 1"), quint64(1));
    disk.waitForFirstWrite();
    // The disk hangs in write 1; these return at once (a blocking writer would hang the test here).
    QCOMPARE(writer.write(QStringLiteral("journal.json"), "step 2"), quint64(2));
    QCOMPARE(writer.write(QStringLiteral("journal.json"), "step 3"), quint64(3));
    QCOMPARE(writer.write(QStringLiteral("journal.json"), "step 4"), quint64(4));
    disk.release();
    QTRY_VERIFY(!written.isEmpty() && written.last().at(0).toULongLong() == 4);
    // 2 and 3 were replaced by 4 before the disk was free: two writes reached it, the newest last.
    QCOMPARE(disk.written(), (QList<QByteArray> { "step 1", "step 4" }));
    QCOMPARE(written.size(), 2);
    QCOMPARE(written.at(0).at(0).toULongLong(), quint64(1));
    QCOMPARE(written.at(1).at(1).toString(), QString());
}

void TestBackgroundFileWriter::lastWriteSurvivesTheWriter_data()
{
    QTest::addColumn<bool>("flushFirst");
    QTest::newRow("destroyed with writes queued") << false;
    QTest::newRow("flushed, then destroyed") << true;
}

void TestBackgroundFileWriter::lastWriteSurvivesTheWriter()
{
    QFETCH(bool, flushFirst);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString path = temp.filePath(QStringLiteral(".releasedesk/run-v1.0.0.json")); // its folder does not exist yet
    {
        BackgroundFileWriter writer;
        for (int step = 1; step <= 50; ++step) {
            writer.write(path, QByteArray("{\"step\": ") + QByteArray::number(step) + "}\n");
        }
        if (flushFirst) {
            writer.flush();
            QCOMPARE(readAll(path), QByteArray("{\"step\": 50}\n"));
        }
    }
    QCOMPARE(readAll(path), QByteArray("{\"step\": 50}\n"));
    // Written atomically: nothing but the journal in its folder (no temporary file left over).
    QCOMPARE(QDir(temp.filePath(QStringLiteral(".releasedesk"))).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("run-v1.0.0.json") });
}

void TestBackgroundFileWriter::failedWriteIsReported()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    // A file where the journal's folder should be: the folder cannot be created.
    const QString blocker = temp.filePath(QStringLiteral("out"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    BackgroundFileWriter writer;
    QSignalSpy written(&writer, &BackgroundFileWriter::written);
    const quint64 sequence = writer.write(blocker + QStringLiteral("/.releasedesk/run-v1.0.0.json"), "{}");
    QVERIFY(written.wait(10'000));
    QCOMPARE(written.first().at(0).toULongLong(), sequence);
    const QString error = written.first().at(1).toString();
    QVERIFY2(error.contains(blocker), qPrintable(error));
    QVERIFY(QFileInfo(blocker).isFile()); // nothing changed
}

QTEST_GUILESS_MAIN(TestBackgroundFileWriter)
#include "TestBackgroundFileWriter.moc"
