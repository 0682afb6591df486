// ZipWriter, TarGzWriter and ParallelGzip: the archives they write are read back by the real
// tools (unzip -t, tar tzf, gzip -t) and by Python's zipfile/tarfile (/usr/bin/python3 through
// tests/support/check_archive.py).
#include "archive/ParallelGzip.h"
#include "archive/TarGzWriter.h"
#include "archive/ZipWriter.h"
#include "support/BuildFixtures.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>

using namespace rd;
using rd::test::runSupportScript;
using rd::test::runTool;

namespace {

void writeFile(const QString &path, const QByteArray &contents, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(contents);
    file.close();
    if (executable) {
        ::chmod(QFile::encodeName(path).constData(), 0755);
    }
}

// Compressible text plus incompressible bytes, an empty file, an executable, a non-ASCII name,
// a long path, an empty folder and (optionally) a symlink.
void makeTree(const QString &root, bool withSymlink, int bigFileBytes = 3 << 20)
{
    QByteArray text;
    for (int i = 0; i < 4000; ++i) {
        text += "def function_" + QByteArray::number(i) + "(x):\n    return x * " + QByteArray::number(i % 17) + "\n";
    }
    writeFile(root + QStringLiteral("/pkg/__init__.py"), "VERSION = '1.0'\n");
    writeFile(root + QStringLiteral("/pkg/module.py"), text);
    QByteArray random(bigFileBytes, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    writeFile(root + QStringLiteral("/pkg/data/random.bin"), random);
    writeFile(root + QStringLiteral("/pkg/empty.txt"), QByteArray());
    writeFile(root + QStringLiteral("/run.sh"), "#!/bin/sh\necho hi\n", true);
    writeFile(root + QStringLiteral("/docs/r\u00e9sum\u00e9 \u2014 notes.txt"), "unicode name\n");
    writeFile(root + QStringLiteral("/deep/") + QStringLiteral("a").repeated(60) + QStringLiteral("/")
            + QStringLiteral("b").repeated(60) + QStringLiteral("/long-name-file.py"),
        text.left(1000));
    QDir().mkpath(root + QStringLiteral("/emptydir"));
    if (withSymlink) {
        QVERIFY(QFile::link(QStringLiteral("pkg/module.py"), root + QStringLiteral("/module-link.py")));
    }
}

QStringList partialFiles(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.partial-*") }, QDir::Files);
}

} // namespace

class TestArchiveWriters : public QObject
{
    Q_OBJECT

private slots:
    void zipIsReadByUnzipAndPython_data();
    void zipIsReadByUnzipAndPython();
    void zip64ForManyEntries();
    void tarGzKeepsModesAndSymlinks_data();
    void tarGzKeepsModesAndSymlinks();
    void parallelGzipEmptyInput();
    void cancelLeavesNoOutput_data();
    void cancelLeavesNoOutput();
    void replacesOlderOutputAtomically();
};

void TestArchiveWriters::zipIsReadByUnzipAndPython_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("forceZip64");
    QTest::addColumn<qint64>("streamThreshold");
    QTest::addColumn<int>("threads");
    QTest::newRow("deflated on all cores") << 6 << false << (qint64(256) << 20) << 0;
    QTest::newRow("one thread") << 6 << false << (qint64(256) << 20) << 1;
    QTest::newRow("stored (level 0)") << 0 << false << (qint64(256) << 20) << 0;
    QTest::newRow("zip64 records forced") << 6 << true << (qint64(256) << 20) << 0;
    QTest::newRow("big entries streamed by the writer") << 6 << false << qint64(64 * 1024) << 0;
    QTest::newRow("streamed and zip64") << 9 << true << qint64(64 * 1024) << 0;
}

void TestArchiveWriters::zipIsReadByUnzipAndPython()
{
    QFETCH(int, level);
    QFETCH(bool, forceZip64);
    QFETCH(qint64, streamThreshold);
    QFETCH(int, threads);
    QTemporaryDir temp;
    const QString tree = temp.filePath(QStringLiteral("tree"));
    makeTree(tree, false);
    ZipOptions options;
    options.level = level;
    options.forceZip64 = forceZip64;
    options.streamThreshold = streamThreshold;
    options.threads = threads;
    options.memoryLimit = 1 << 20; // exercise the back-pressure
    const QString out = temp.filePath(QStringLiteral("out/App.zip"));
    ZipWriter writer(out, options);
    QVERIFY(writer.addTree(tree, QStringLiteral("App")));
    writer.addEntry(ArchiveEntry::fromData(QStringLiteral("App/VERSION"), "1.2.3\n"));
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    TaskControl control;
    control.setProgressSink([&](qint64 done, qint64 total, const QString &) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    auto stats = writer.write(control);
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().toString()));
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(stats->outputBytes, QFileInfo(out).size());
    QVERIFY(partialFiles(QFileInfo(out).absolutePath()).isEmpty());

    if (rd::test::haveTool(QStringLiteral("unzip"), QStringLiteral("unzip"))) {
        QString output;
        QCOMPARE(runTool(QStringLiteral("unzip"), { QStringLiteral("-t"), out }, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("No errors detected")), qPrintable(output));
    }
    QString output;
    const int code = runSupportScript(
        QStringLiteral("check_archive.py"), { QStringLiteral("zip"), out, tree, QStringLiteral("App") }, &output);
    QVERIFY2(code == 0, qPrintable(output));
}

void TestArchiveWriters::zip64ForManyEntries()
{
    // More than 65535 entries needs the zip64 end records, whatever the sizes.
    QTemporaryDir temp;
    const QString out = temp.filePath(QStringLiteral("many.zip"));
    ZipWriter writer(out);
    const int count = 70'000;
    for (int i = 0; i < count; ++i) {
        writer.addEntry(ArchiveEntry::fromData(QStringLiteral("f/%1.txt").arg(i), QByteArray::number(i) + '\n'));
    }
    auto stats = writer.write();
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().toString()));
    QString output;
    QCOMPARE(runSupportScript(QStringLiteral("check_archive.py"), { QStringLiteral("zip"), out }, &output), 0);
    QCOMPARE(output.trimmed(), QStringLiteral("OK %1").arg(count));
    if (rd::test::haveTool(QStringLiteral("unzip"), QStringLiteral("unzip"))) {
        QCOMPARE(runTool(QStringLiteral("unzip"), { QStringLiteral("-tq"), out }, &output), 0);
    }
}

void TestArchiveWriters::tarGzKeepsModesAndSymlinks_data()
{
    QTest::addColumn<qsizetype>("blockSize");
    QTest::addColumn<int>("threads");
    QTest::newRow("4 MiB gzip members") << (qsizetype(4) << 20) << 0;
    QTest::newRow("many 64 KiB gzip members") << qsizetype(64 * 1024) << 0;
    QTest::newRow("one thread") << qsizetype(256 * 1024) << 1;
}

void TestArchiveWriters::tarGzKeepsModesAndSymlinks()
{
    QFETCH(qsizetype, blockSize);
    QFETCH(int, threads);
    QTemporaryDir temp;
    const QString tree = temp.filePath(QStringLiteral("tree"));
    makeTree(tree, true);
    TarGzOptions options;
    options.blockSize = blockSize;
    options.threads = threads;
    const QString out = temp.filePath(QStringLiteral("App.tar.gz"));
    TarGzWriter writer(out, options);
    QVERIFY(writer.addTree(tree, QStringLiteral("App")));
    auto stats = writer.write();
    QVERIFY2(stats, qPrintable(stats ? QString() : stats.error().toString()));
    QCOMPARE(stats->outputBytes, QFileInfo(out).size());

    QString output;
    QCOMPARE(runTool(QStringLiteral("tar"), { QStringLiteral("tzf"), out }, &output), 0);
    QVERIFY(output.contains(QStringLiteral("App/run.sh")));
    QVERIFY(output.contains(QStringLiteral("App/module-link.py")));
    QCOMPARE(runTool(QStringLiteral("gzip"), { QStringLiteral("-t"), out }, &output), 0);
    const int code = runSupportScript(
        QStringLiteral("check_archive.py"), { QStringLiteral("tar"), out, tree, QStringLiteral("App") }, &output);
    QVERIFY2(code == 0, qPrintable(output));

    // tar itself restores the executable bit and the symlink.
    const QString extracted = temp.filePath(QStringLiteral("x"));
    QDir().mkpath(extracted);
    QCOMPARE(runTool(QStringLiteral("tar"), { QStringLiteral("xzf"), out, QStringLiteral("-C"), extracted }, &output), 0);
    QVERIFY(QFileInfo(extracted + QStringLiteral("/App/run.sh")).isExecutable());
    QCOMPARE(QFileInfo(extracted + QStringLiteral("/App/module-link.py")).symLinkTarget(),
        QFileInfo(extracted + QStringLiteral("/App/pkg/module.py")).absoluteFilePath());
}

void TestArchiveWriters::parallelGzipEmptyInput()
{
    QTemporaryDir temp;
    const QString out = temp.filePath(QStringLiteral("empty.gz"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::WriteOnly));
    ParallelGzip gzip([&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); });
    QVERIFY(gzip.finish());
    file.close();
    QString output;
    QCOMPARE(runTool(QStringLiteral("gzip"), { QStringLiteral("-t"), out }, &output), 0);
}

void TestArchiveWriters::cancelLeavesNoOutput_data()
{
    QTest::addColumn<bool>("zip");
    QTest::newRow("zip") << true;
    QTest::newRow("tar.gz") << false;
}

void TestArchiveWriters::cancelLeavesNoOutput()
{
    QFETCH(bool, zip);
    QTemporaryDir temp;
    const QString tree = temp.filePath(QStringLiteral("tree"));
    for (int i = 0; i < 40; ++i) {
        makeTree(tree + QStringLiteral("/copy%1").arg(i), false, 1 << 20);
    }
    const QString outDir = temp.filePath(QStringLiteral("out"));
    const QString out = outDir + (zip ? QStringLiteral("/App.zip") : QStringLiteral("/App.tar.gz"));
    TaskControl control;
    // Cancel from another thread as soon as the first progress arrives.
    std::atomic_bool started { false };
    control.setProgressSink([&started](qint64, qint64, const QString &) { started = true; });
    Result<ArchiveStats> result;
    std::thread worker([&] {
        if (zip) {
            ZipWriter writer(out);
            if (writer.addTree(tree, QStringLiteral("App"))) {
                result = writer.write(control);
            }
        } else {
            TarGzWriter writer(out);
            if (writer.addTree(tree, QStringLiteral("App"))) {
                result = writer.write(control);
            }
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), 20'000);
    control.cancel();
    worker.join();
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(partialFiles(outDir).isEmpty());
}

void TestArchiveWriters::replacesOlderOutputAtomically()
{
    QTemporaryDir temp;
    const QString out = temp.filePath(QStringLiteral("App.zip"));
    writeFile(out, "an older, different file");
    ZipWriter writer(out);
    writer.addEntry(ArchiveEntry::fromData(QStringLiteral("a.txt"), "a\n"));
    QVERIFY(writer.write());
    QString output;
    QCOMPARE(runSupportScript(QStringLiteral("check_archive.py"), { QStringLiteral("zip"), out }, &output), 0);
    QCOMPARE(output.trimmed(), QStringLiteral("OK 1"));
}

QTEST_GUILESS_MAIN(TestArchiveWriters)
#include "TestArchiveWriters.moc"
