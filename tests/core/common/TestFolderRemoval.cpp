// A finished build's venv or a release run's work folder (thousands of files) is removed off the
// caller's thread: the caller's event loop keeps running, and done comes back on its thread.
#include "common/FolderRemoval.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace rd;

class TestFolderRemoval : public QObject
{
    Q_OBJECT

private slots:
    void removesOffTheCallersThread_data();
    void removesOffTheCallersThread();
};

namespace {

// A tree like a small venv: nested folders, many files, one of them read-only.
bool makeTree(const QString &root)
{
    for (int package = 0; package < 20; ++package) {
        const QString folder = QStringLiteral("%1/lib/site-packages/pkg%2/sub").arg(root).arg(package);
        if (!QDir().mkpath(folder)) {
            return false;
        }
        for (int file = 0; file < 10; ++file) {
            QFile out(QStringLiteral("%1/m%2.py").arg(folder).arg(file));
            if (!out.open(QIODevice::WriteOnly) || out.write("x = 1\n") != 6) {
                return false;
            }
        }
    }
    return QFile::setPermissions(root + QStringLiteral("/lib/site-packages/pkg0/sub/m0.py"), QFileDevice::ReadOwner);
}

} // namespace

void TestFolderRemoval::removesOffTheCallersThread_data()
{
    QTest::addColumn<bool>("contextGoesFirst");
    QTest::newRow("the caller waits for it") << false;
    QTest::newRow("the caller is gone before it ends") << true;
}

void TestFolderRemoval::removesOffTheCallersThread()
{
    QFETCH(bool, contextGoesFirst);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString work = temp.filePath(QStringLiteral("work-v1.0.0"));
    QVERIFY(makeTree(work));

    auto context = std::make_unique<QObject>();
    std::atomic<QThread *> removedOn = nullptr;
    std::atomic<bool> removed = false;
    QThread *doneOn = nullptr;
    int doneCalls = 0;
    removeFolderInBackground(
        work, context.get(),
        [&] {
            doneOn = QThread::currentThread();
            ++doneCalls;
        },
        [&](const QString &path) {
            removedOn = QThread::currentThread();
            removed = QDir(path).removeRecursively();
            return removed.load();
        });
    QCOMPARE(doneCalls, 0); // never synchronously
    if (contextGoesFirst) {
        context.reset();
    }
    QTRY_VERIFY(removed.load() && !QFileInfo::exists(work));
    QVERIFY(removedOn.load() != nullptr);
    QVERIFY2(removedOn.load() != QThread::currentThread(), "the folder was removed on the caller's thread");
    if (contextGoesFirst) {
        QTest::qWait(50); // a queued done would have run by now
        QCOMPARE(doneCalls, 0);
    } else {
        QTRY_COMPARE(doneCalls, 1);
        QCOMPARE(doneOn, QThread::currentThread());
    }
}

QTEST_GUILESS_MAIN(TestFolderRemoval)
#include "TestFolderRemoval.moc"
