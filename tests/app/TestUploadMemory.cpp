// Issue 13: the uploader streams. `releasedesk-cli release upload` of a 1 GiB file to the Gitea
// test server must stay under 64 MiB of resident memory (peak RSS of the process, measured by the
// kernel through getrusage), and the stored asset must have every byte.
#include "support/BuildFixtures.h"
#include "support/GiteaTestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

class TestUploadMemory : public QObject
{
    Q_OBJECT

private slots:
    void oneGibibyteUnder64MiB()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        GiteaTestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        server.seedStandard();
        constexpr qint64 size = qint64(1) << 30;
        const QString file = temp.filePath(QStringLiteral("Big-v1.0.0-win-x64.zip"));
        {
            QFile big(file);
            QVERIFY(big.open(QIODevice::WriteOnly));
            // Not all zeros: a pattern every MiB, so a short or shifted upload shows in the hash.
            for (qint64 offset = 0; offset < size; offset += 1 << 20) {
                big.seek(offset);
                big.write(QByteArray::number(offset).rightJustified(32, '0'));
            }
            big.resize(size);
        }
        // getrusage(RUSAGE_CHILDREN).ru_maxrss: the peak resident set of the CLI, in KiB.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RELEASEDESK_TOKEN"), GiteaTestServer::aliceToken());
        process.setProcessEnvironment(environment);
        process.start(testPython(),
            { QStringLiteral("-c"),
                QStringLiteral("import resource, subprocess, sys\n"
                               "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
                               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"),
                QStringLiteral(RD_CLI_PATH), QStringLiteral("release"), QStringLiteral("upload"), file,
                QStringLiteral("--server"), server.url(), QStringLiteral("--repo"), QStringLiteral("alice/tallyho"),
                QStringLiteral("--tag"), QStringLiteral("v1.0.0"), QStringLiteral("--no-preflight") });
        QVERIFY(process.waitForFinished(600'000));
        const QStringList fields = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(fields.size() == 2, process.readAllStandardError().constData());
        const qint64 peakKiB = fields.at(0).toLongLong();
        QCOMPARE(fields.at(1).trimmed(), QStringLiteral("0"));
        qInfo("peak RSS of releasedesk-cli uploading 1 GiB: %.1f MiB", double(peakKiB) / 1024.0);
        QVERIFY2(peakKiB < 64 * 1024, qPrintable(QStringLiteral("%1 MiB").arg(double(peakKiB) / 1024.0)));
        // Every byte arrived.
        const QJsonArray releases = server.state()
                                        .value(QStringLiteral("repos"))
                                        .toObject()
                                        .value(QStringLiteral("alice/tallyho"))
                                        .toObject()
                                        .value(QStringLiteral("releases"))
                                        .toArray();
        qint64 stored = -1;
        for (const QJsonValue &release : releases) {
            for (const QJsonValue &asset : release.toObject().value(QStringLiteral("assets")).toArray()) {
                if (asset.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Big-v1.0.0-win-x64.zip")) {
                    stored = asset.toObject().value(QStringLiteral("stored_size")).toInteger();
                }
            }
        }
        QCOMPARE(stored, size);
    }
};

QTEST_GUILESS_MAIN(TestUploadMemory)
#include "TestUploadMemory.moc"
