// The tools ReleaseDesk starts (a build's pip and compileall through BlockingProcess, makensis,
// wine and git through ProcessJob) run at background priority, so they never make the window
// stutter. Each row starts a real child that reports its own niceness from /proc.
#include "common/TaskControl.h"
#include "process/BlockingProcess.h"
#include "process/ProcessJob.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/resource.h>

using namespace rd;

class TestToolPriority : public QObject
{
    Q_OBJECT

private slots:
    void toolsRunInTheBackground_data();
    void toolsRunInTheBackground();
};

namespace {

// Field 19 of /proc/<pid>/stat is the nice value; `cut` is the child of sh, which inherits it.
ProcessRequest reportNiceness()
{
    ProcessRequest request;
    request.program = QStringLiteral("/bin/sh");
    request.arguments = { QStringLiteral("-c"), QStringLiteral("cut -d' ' -f19 /proc/self/stat") };
    return request;
}

} // namespace

void TestToolPriority::toolsRunInTheBackground_data()
{
    QTest::addColumn<bool>("asJob");
    QTest::newRow("a build tool (BlockingProcess)") << false;
    QTest::newRow("an installer or git tool (ProcessJob)") << true;
}

void TestToolPriority::toolsRunInTheBackground()
{
    QFETCH(bool, asJob);
    errno = 0;
    const int ours = ::getpriority(PRIO_PROCESS, 0);
    if (ours > backgroundNiceness) {
        QSKIP("this test itself runs at a lower priority than the tools would");
    }
    Result<ProcessOutput> output = std::unexpected(Error::make(Error::Code::Unknown, QStringLiteral("not run")));
    if (asJob) {
        ProcessJob job(reportNiceness());
        connect(&job, &ProcessJob::finished, this, [&output](const Result<ProcessOutput> &result) { output = result; });
        QSignalSpy finished(&job, &ProcessJob::finished);
        job.start();
        QVERIFY(finished.wait(30'000));
    } else {
        output = BlockingProcess::run(reportNiceness(), TaskControl());
    }
    QVERIFY2(output, output ? "" : qPrintable(output.error().message));
    QCOMPARE(output->exitCode, 0);
    QCOMPARE(output->stdoutText().trimmed().toInt(), backgroundNiceness);
}

QTEST_GUILESS_MAIN(TestToolPriority)
#include "TestToolPriority.moc"
