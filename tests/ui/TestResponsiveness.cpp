// The GUI thread stays responsive while the heaviest work runs: a real build of both targets on
// the Build page and a 1 GiB upload on the Publish page, at the same time. A precise 2 ms timer
// measures every gap of the event loop; the longest one (the worst stall) is printed, and the test
// fails above the goal (50 ms). Anything slow done on the GUI thread (hashing,
// reading a file, a synchronous process) shows up here as a stall.
#include "ReleaseSession.h"
#include "buildstep/BuildPage.h"
#include "project/PythonProject.h"
#include "publishing/PublishPage.h"
#include "secrets/SecretStore.h"
#include "support/BuildFixtures.h"
#include "support/FakeKeychainBackend.h"
#include "support/ReleaseFixture.h"

#include <QAbstractButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <memory>

using namespace rd;
using namespace rd::ui;
using namespace rd::test;

namespace {

// The GUI thread's scheduler figures (/proc/thread-self/schedstat): nanoseconds on a core and
// nanoseconds runnable but waiting for one. A stall is then split into running (our code is
// slow), waiting (no core free) and the rest (asleep or blocked in the kernel).
struct SchedTimes
{
    qint64 runningNs = 0;
    qint64 waitingNs = 0;
};

class SchedStat
{
public:
    SchedStat()
        : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    { }
    ~SchedStat()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    SchedStat(const SchedStat &) = delete;
    SchedStat &operator=(const SchedStat &) = delete;

    SchedTimes read() const
    {
        char text[96] = {};
        if (m_fd < 0 || ::pread(m_fd, text, sizeof text - 1, 0) <= 0) {
            return {};
        }
        const QList<QByteArray> fields = QByteArray(text).trimmed().split(' ');
        return fields.size() >= 2 ? SchedTimes { fields.at(0).toLongLong(), fields.at(1).toLongLong() } : SchedTimes {};
    }

private:
    int m_fd = -1;
};

// Ticks every 2 ms on the GUI thread; a tick that comes late by more than the interval is the
// event loop being blocked for that long.
class StallMeter final : public QObject
{
public:
    static constexpr int intervalMs = 2;

    void start()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gapMs = (now - m_last) / 1'000'000;
            m_last = now;
            const SchedTimes times = m_schedStat.read();
            const qint64 runningMs = (times.runningNs - m_lastTimes.runningNs) / 1'000'000;
            const qint64 waitingMs = (times.waitingNs - m_lastTimes.waitingNs) / 1'000'000;
            m_lastTimes = times;
            ++m_ticks;
            if (gapMs - intervalMs > m_worstMs) {
                m_worstMs = gapMs - intervalMs;
                m_worstAtMs = now / 1'000'000;
            }
            m_over20 += gapMs - intervalMs > 20 ? 1 : 0;
            if (gapMs - intervalMs > 20) {
                m_stalls << QStringLiteral("%1 ms at %2 s (running %3, waiting for a core %4, asleep %5)")
                                .arg(gapMs - intervalMs)
                                .arg(double(now) / 1e9, 0, 'f', 1)
                                .arg(runningMs)
                                .arg(waitingMs)
                                .arg(qMax<qint64>(0, gapMs - runningMs - waitingMs));
            }
        });
        m_clock.start();
        m_last = 0;
        m_lastTimes = m_schedStat.read();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 worstMs() const { return m_worstMs; }
    qint64 worstAtMs() const { return m_worstAtMs; }
    qint64 ticks() const { return m_ticks; }
    qint64 over20() const { return m_over20; }
    QStringList stalls() const { return m_stalls; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    SchedStat m_schedStat;
    SchedTimes m_lastTimes;
    qint64 m_last = 0;
    qint64 m_worstMs = 0;
    qint64 m_worstAtMs = 0;
    qint64 m_ticks = 0;
    qint64 m_over20 = 0;
    QStringList m_stalls;
};

// The test servers stand in for machines of their own (the Gitea server, the package index):
// on a real desk their CPU is not the user's. Lowering them here keeps the measure about this
// process and what it starts, on a 2-core runner where the servers would otherwise compete.
void lowerServerPriority()
{
    const QString self = QString::number(::getpid());
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const int pid = entry.toInt(&isPid);
        if (!isPid) {
            continue;
        }
        QFile stat(proc.filePath(entry + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        // pid (comm) state ppid ...
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1) == self.toLatin1()) {
            (void)::setpriority(PRIO_PROCESS, pid, 10);
        }
    }
}

} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noStallWhileBuildingAndUploading1GiB();

private:
    QTemporaryDir m_temp;
    std::unique_ptr<Pep503Server> m_index;
    std::unique_ptr<ReleaseFixture> m_gitea;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestResponsiveness::initTestCase()
{
    QVERIFY(m_temp.isValid());
    qputenv("XDG_DATA_HOME", m_temp.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_temp.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_temp.filePath(QStringLiteral("cache")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    useHermeticPipEnvironment();

    const QString fixtures = m_temp.filePath(QStringLiteral("fx"));
    QString output;
    QVERIFY2(runSupportScript(QStringLiteral("make_wheels.py"), { fixtures }, &output) == 0, qPrintable(output));
    m_index = std::make_unique<Pep503Server>(fixtures + QStringLiteral("/index"), fixtures + QStringLiteral("/ftp"));
    QVERIFY2(m_index->isRunning(), qPrintable(m_index->startError()));

    m_gitea = std::make_unique<ReleaseFixture>(QStringLiteral("gitea"));
    QVERIFY2(m_gitea->isRunning(), qPrintable(m_gitea->startError()));
    m_gitea->reset(); // the standard seed: alice, her token, alice/tallyho
    auto backend = std::make_unique<FakeKeychainBackend>();
    const auto key = SecretStore::tokenKey(m_gitea->serverUrl());
    QVERIFY(key);
    backend->setEntry(SecretStore::serviceName(), *key, GiteaTestServer::aliceToken());
    m_secrets = std::make_unique<SecretStore>(std::move(backend), QProcessEnvironment());
}

void TestResponsiveness::noStallWhileBuildingAndUploading1GiB()
{
    // The project both pages work on: built from the loopback index, published to the test server.
    const QString projectDir = makeDemoProject(m_temp.filePath(QStringLiteral("project")), { QStringLiteral("helperlib>=1.0") },
        { QStringLiteral("host_python = \"%1\"").arg(testPython()), QStringLiteral("linux_python = \"%1\"").arg(testPython()),
            QStringLiteral("python_base_url = \"%1\"").arg(m_index->ftpUrl()) });
    QVERIFY(!projectDir.isEmpty());
    auto project = loadPythonProject(projectDir);
    QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
    project->settings.serverKind = QStringLiteral("gitea");
    project->settings.serverUrl = m_gitea->serverUrl();
    project->settings.repository = QStringLiteral("alice/tallyho");

    // 1 GiB to upload (sparse: the disk is not the subject here, the event loop is).
    const QString big = m_temp.filePath(QStringLiteral("upload/Tallyho-v0.7.2-win-x64.zip"));
    QVERIFY(QDir().mkpath(QFileInfo(big).absolutePath()));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("PK\x03\x04", 4) == 4);
        // RD_RESPONSIVENESS_MIB: a smaller file while looking into a stall (the check stays 1 GiB).
        const qint64 mib
            = qEnvironmentVariableIsSet("RD_RESPONSIVENESS_MIB") ? qEnvironmentVariableIntValue("RD_RESPONSIVENESS_MIB") : 1024;
        QVERIFY(file.resize(mib << 20));
    }

    ReleaseSession buildSession;
    buildSession.setProject(*project);
    BuildPage buildPage(&buildSession);
    buildPage.initializePage();
    buildPage.resize(900, 1000);
    buildPage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&buildPage));
    buildPage.findChild<QLineEdit *>(QStringLiteral("buildIndexUrlEdit"))->setText(m_index->indexUrl());

    ReleaseSession publishSession;
    publishSession.setSecretStore(m_secrets.get());
    publishSession.setProject(*project);
    publishSession.setReleaseTag(QStringLiteral("v0.7.2"), QStringLiteral("0.7.2"), false, true);
    publishSession.setBuildOutputs({ big });
    QWizard wizard;
    auto *publishPage = new PublishPage(&publishSession);
    wizard.addPage(publishPage);
    wizard.addPage(new QWizardPage);
    wizard.resize(1000, 1000);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // Planning hashes the 1 GiB file (on a worker thread): wait for the plan before measuring.
    QTRY_VERIFY_WITH_TIMEOUT(publishPage->isChecked() && !publishPage->isBusy(), 120'000);
    QVERIFY2(publishPage->errorText().isEmpty(), qPrintable(publishPage->errorText()));

    lowerServerPriority();
    StallMeter meter;
    meter.start();
    QElapsedTimer wall;
    wall.start();
    QSignalSpy built(&buildPage, &BuildPage::buildFinished);
    QSignalSpy published(publishPage, &PublishPage::publishFinished);
    QTest::mouseClick(buildPage.findChild<QPushButton *>(QStringLiteral("buildStartButton")), Qt::LeftButton);
    // The second click as its own event, as a user's would be: two clicks in one pass of the
    // event loop would add both handlers into one stall that no user can cause.
    QTimer::singleShot(0, this, [&wizard] { QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton); });
    qint64 builtAtMs = -1;
    qint64 publishedAtMs = -1;
    connect(&buildPage, &BuildPage::buildFinished, this, [&] { builtAtMs = wall.elapsed(); });
    connect(publishPage, &PublishPage::publishFinished, this, [&] { publishedAtMs = wall.elapsed(); });
    // QSignalSpy::wait runs a real event loop; QTRY_* would sleep 10 ms between passes, which
    // throttles the upload (its bytes are fed from this thread) and hides the stalls measured.
    QVERIFY2(!built.isEmpty() || built.wait(600'000), "the build did not finish");
    QVERIFY2(!published.isEmpty() || published.wait(600'000), "the publish did not finish");
    qInfo("build finished at %.1f s, publish at %.1f s; stalls over 20 ms: %s", double(builtAtMs) / 1000.0,
        double(publishedAtMs) / 1000.0, qPrintable(meter.stalls().join(QStringLiteral(", "))));
    meter.stop();

    QVERIFY2(built.first().first().toBool(), "the build failed");
    QVERIFY2(published.first().first().toBool(), qPrintable(publishPage->errorText()));
    QVERIFY2(m_gitea->verifyPublished(QStringLiteral("v0.7.2"), { big }).isEmpty(),
        qPrintable(m_gitea->verifyPublished(QStringLiteral("v0.7.2"), { big })));
    qInfo("worst event-loop stall: %lld ms (at %.1f s of %.1f s; %lld ticks, %lld stalls over 20 ms) while building "
          "both targets and uploading 1 GiB",
        meter.worstMs(), double(meter.worstAtMs()) / 1000.0, double(wall.elapsed()) / 1000.0, meter.ticks(), meter.over20());
    QVERIFY2(meter.ticks() > 100, "the meter did not run");
    // The goal of issue 13: no stall over 50 ms. Hashing and writing what is downloaded (the
    // read back after the upload) run on a thread of their own (ChunkSink), and preparing the
    // build runs on a worker; what is left on this thread is handing over buffers and painting.
    constexpr qint64 goalMs = 50;
    constexpr qint64 failAboveMs = goalMs;
    qInfo("goal %lld ms: %s", goalMs, meter.worstMs() <= goalMs ? "met" : "not met");
    QVERIFY2(meter.worstMs() <= failAboveMs,
        qPrintable(QStringLiteral("the event loop stalled for %1 ms (more than %2 ms)").arg(meter.worstMs()).arg(failAboveMs)));
}

QTEST_MAIN(TestResponsiveness)
#include "TestResponsiveness.moc"
