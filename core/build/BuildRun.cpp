#include "BuildRun.h"

#include "build/BuildTargetJob.h"
#include "build/LinuxTarballBuild.h"
#include "build/WindowsPortableBuild.h"
#include "common/AtomicFile.h"
#include "common/FolderRemoval.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

namespace rd {

BuildRun::BuildRun(BuildRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_prepared(fail(Error::Code::Unknown, QCoreApplication::translate("core", "The build was not prepared.")))
{
    m_control.setLogSink([this](const QString &line) { emit logLine(line); });
}

BuildRun::~BuildRun()
{
    m_control.cancel();
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
    qDeleteAll(m_jobs); // each waits for its worker
    m_jobs.clear();
    // A build that ended removes its work folder in the background (finish()); one destroyed
    // while it ran removes it here.
    if (const QString work = workFolderToRemove(); !m_finished && !work.isEmpty()) {
        QDir(work).removeRecursively();
    }
}

void BuildRun::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_clock.start();
    static const QStringList known { QStringLiteral("windows"), QStringLiteral("linux") };
    QStringList unknown;
    for (const QString &target : std::as_const(m_request.targets)) {
        if (!known.contains(target)) {
            unknown << target;
        }
    }
    if (unknown.size() > 0 || m_request.targets.isEmpty()) {
        const Error error = Error::make(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "Unknown build target: %1.").arg(unknown.join(QStringLiteral(", "))),
            QCoreApplication::translate("core", "Use windows, linux or both."));
        QTimer::singleShot(0, this, [this, error] { finish(std::unexpected(error)); });
        return;
    }
    emit progress(0, BuildTargetJob::progressTotal, QCoreApplication::translate("core", "Preparing the build"));
    m_thread = QThread::create([this] { m_prepared = BuildContext::prepare(m_request, m_control); });
    m_thread->setObjectName(QStringLiteral("build-prepare"));
    connect(m_thread, &QThread::finished, this, &BuildRun::onPrepared);
    m_thread->start();
}

void BuildRun::cancel()
{
    if (m_finished || m_control.isCancelled()) {
        return;
    }
    m_control.cancel();
    emit logLine(QCoreApplication::translate("core", "Cancelling the build..."));
    for (BuildTargetJob *job : std::as_const(m_jobs)) {
        job->cancel();
    }
}

void BuildRun::onPrepared()
{
    if (!m_prepared) {
        finish(std::unexpected(m_control.isCancelled()
                ? Error::make(Error::Code::Cancelled, QCoreApplication::translate("core", "The build was cancelled."))
                : m_prepared.error()));
        return;
    }
    if (m_control.isCancelled()) {
        m_context = std::make_shared<const BuildContext>(*m_prepared);
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The build was cancelled.")));
        return;
    }
    m_context = std::make_shared<const BuildContext>(*m_prepared);
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    for (const QString &target : std::as_const(m_request.targets)) {
        BuildTargetJob *job = nullptr;
        if (target == QStringLiteral("windows")) {
            job = new WindowsPortableBuild(m_context, m_network);
        } else {
            job = new LinuxTarballBuild(m_context);
        }
        m_jobs.append(job);
        m_progress.insert(job, 0);
        connect(job, &BuildTargetJob::logLine, this,
            [this, job](const QString &line) { emit logLine(QStringLiteral("[%1] %2").arg(job->target(), line)); });
        connect(job, &BuildTargetJob::progress, this, [this, job](qint64 done, qint64, const QString &text) {
            m_progress[job] = done;
            qint64 sum = 0;
            for (qint64 value : std::as_const(m_progress)) {
                sum += value;
            }
            emit progress(sum / std::max<qsizetype>(1, m_progress.size()), BuildTargetJob::progressTotal,
                QStringLiteral("[%1] %2").arg(job->target(), text));
        });
        connect(job, &BuildTargetJob::finished, this, [this, job](const Result<TargetReport> &result) {
            m_results.insert(job, result);
            onTargetFinished();
        });
    }
    emit targetsStarted();
    for (BuildTargetJob *job : std::as_const(m_jobs)) {
        job->start();
    }
}

void BuildRun::onTargetFinished()
{
    if (m_results.size() < m_jobs.size()) {
        return;
    }
    const BuildContext &ctx = *m_context;
    BuildReport report;
    report.project = ctx.sourceDir;
    report.app = ctx.displayName;
    report.version = ctx.version;
    report.versionNotes = ctx.versionNotes;
    QStringList failures;
    bool cancelled = m_control.isCancelled();
    for (BuildTargetJob *job : std::as_const(m_jobs)) {
        const Result<TargetReport> &result = m_results.value(job);
        if (result) {
            report.targets.append(*result);
        } else {
            cancelled = cancelled || result.error().code == Error::Code::Cancelled;
            failures << QStringLiteral("[%1] %2").arg(job->target(), result.error().toString());
        }
    }
    if (cancelled) {
        finish(fail(Error::Code::Cancelled,
            QCoreApplication::translate("core", "The build was cancelled; no output was left under its final name.")));
        return;
    }
    if (!failures.isEmpty()) {
        Error first = Error::make(Error::Code::Unknown, QString());
        for (BuildTargetJob *job : std::as_const(m_jobs)) {
            if (!m_results.value(job)) {
                first = m_results.value(job).error();
                break;
            }
        }
        first.message = failures.size() == 1 ? failures.first()
                                             : QCoreApplication::translate("core", "%1 targets failed:\n%2")
                                                   .arg(failures.size())
                                                   .arg(failures.join(QLatin1Char('\n')));
        first.hint = failures.size() == 1 ? first.hint : QString();
        finish(std::unexpected(first));
        return;
    }
    QList<std::pair<QString, QString>> sums;
    for (const TargetReport &target : std::as_const(report.targets)) {
        sums.append({ QFileInfo(target.output).fileName(), target.sha256 });
    }
    report.reportFile = QDir(ctx.outDir).filePath(ctx.outputName(QStringLiteral("build-report.json")));
    report.milliseconds = m_clock.elapsed();
    // SHA256SUMS and the report are written with fsync, which waits for a disk the build has just
    // filled: on a worker, so the window does not stall for it (TestResponsiveness saw 36-51 ms).
    QPointer<BuildRun> self(this);
    QThread *writer = QThread::create([self, outDir = ctx.outDir, sums, report]() mutable {
        Result<BuildReport> result = report;
        if (auto sumsFile = updateSums(outDir, sums); !sumsFile) {
            result = std::unexpected(sumsFile.error());
        } else {
            report.sumsFile = *sumsFile;
            auto written = writeFileAtomically(report.reportFile, QJsonDocument(report.toJson()).toJson());
            result = written ? Result<BuildReport>(report) : Result<BuildReport>(std::unexpected(written.error()));
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (self) {
                    self->finish(result);
                }
            },
            Qt::QueuedConnection);
    });
    connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    writer->start();
}

Result<QString> BuildRun::updateSums(const QString &folder, const QList<std::pair<QString, QString>> &nameAndSha)
{
    const QString path = QDir(folder).filePath(QStringLiteral("SHA256SUMS"));
    QMap<QString, QString> lines; // name -> sha
    if (auto old = readWholeFile(path)) {
        for (const QString &line : QString::fromUtf8(*old).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString sha = line.section(QLatin1Char(' '), 0, 0);
            QString name = line.mid(sha.size()).trimmed();
            if (name.startsWith(QLatin1Char('*'))) {
                name.remove(0, 1);
            }
            if (!name.isEmpty() && QFileInfo::exists(QDir(folder).filePath(name))) {
                lines.insert(name, sha);
            }
        }
    }
    for (const auto &[name, sha] : nameAndSha) {
        lines.insert(name, sha);
    }
    QByteArray text;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        text += it.value().toLatin1() + "  " + it.key().toUtf8() + '\n';
    }
    if (auto written = writeFileAtomically(path, text); !written) {
        return std::unexpected(written.error());
    }
    return path;
}

QString BuildRun::workFolderToRemove() const
{
    if (m_request.keepWork) {
        return {};
    }
    if (m_context) {
        return m_context->workDir;
    }
    return m_prepared ? m_prepared->workDir : QString();
}

void BuildRun::finish(const Result<BuildReport> &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    auto report = [this, result] {
        if (result) {
            emit progress(BuildTargetJob::progressTotal, BuildTargetJob::progressTotal, QStringLiteral("Done"));
        }
        emit finished(result);
    };
    // The work folder holds a venv or an unpacked Python (thousands of files): removed on a
    // thread of its own, since on the GUI thread that stalled the window at the build's end.
    const QString work = workFolderToRemove();
    if (work.isEmpty() || !QFileInfo::exists(work)) {
        report();
        return;
    }
    removeFolderInBackground(work, this, report);
}

} // namespace rd
