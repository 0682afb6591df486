#pragma once

#include "common/Error.h"
#include "docker/DockerPlan.h"
#include "forge/ReleaseInfo.h"
#include "installer/NsisScript.h"
#include "installer/Signer.h"
#include "release/ReleasePlan.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLockFile>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>

namespace rd {

class BackgroundFileWriter;
class ReleaseProvider;

// What the user asks for: `release run` options, or the wizard's choices. Empty fields default
// from releasedesk.toml.
struct ReleaseRequest
{
    QString projectDir;
    QString version; // empty: the version chain (argument, tag on HEAD, GITEA_REF_NAME...)
    std::optional<QStringList> targets; // default [release] targets
    bool installer = true; // with the Windows target
    QString outDir; // default <project>/dist
    QString pythonZip;
    QString pythonBaseUrl; // where {version}/python-{version}-embed-amd64.zip is downloaded from
    QString indexUrl;
    QStringList findLinks;
    std::optional<bool> noIndex;
    QString cacheDir;
    QString notesFile; // default [release] notes_file
    std::optional<bool> draftFirst; // default [release] draft_first
    bool createTag = true; // false: never tag (--no-tag: the tag is made elsewhere, or later)
    bool stamp = false; // write the version into pyproject.toml/__version__/package.json and commit it before tagging
    bool dryRun = false;
    bool resume = false; // must continue the journal of an interrupted run (fails without one)
    bool fresh = false; // ignore any journal and run every step
    // A target whose inputs cannot be fetched (the Windows build's embeddable Python, offline) is
    // skipped with the reason instead of failing the release (the demo, a Linux-only try-out).
    bool skipUnavailableTargets = false;
    int parallelUploads = 2;
    std::optional<SigningOptions> signing; // the password fetched already
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Where the release's server is, for the Downloads table's links (empty: names only).
    QString serverUrl;
    QString repository;
    // The part of the release this run carries out (a workflow job), default all of it.
    ReleasePhase phase = ReleasePhase::All;
    // The container image (default [docker] enabled): registry HOST/OWNER and engine overrides,
    // more build arguments, and the registry token (the server's token; never on a command line).
    std::optional<bool> docker;
    QString dockerRegistry;
    QString dockerEngine;
    QMap<QString, QString> dockerBuildArguments;
    QString registryToken;
    QString webhookUrl; // default DOCKER_REDEPLOY_WEBHOOK_URL, then [docker] webhook_url
};

// What a run did.
struct ReleaseOutcome
{
    ReleasePlan plan; // with each step's final state
    ReleaseInfo release;
    bool executed = false; // false: a dry run
    bool changedNothing = false; // every step was already done or found nothing to do
    QJsonObject toJson() const;
    bool operator==(const ReleaseOutcome &) const = default;
};

// A whole release as one run: ReleaseRun::plan() builds the plan (reads only: the project, git,
// the notes), start() looks the release up on the server, then (unless a dry run) carries the
// steps out as their inputs allow: the targets build side by side, the installer starts when the
// Windows build is done, each upload starts the moment its file exists (at most
// parallelUploads at once), then SHA256SUMS over exactly what the release holds, the check, and
// publishing a draft. After every change of state the journal (the plan as JSON) is rewritten
// atomically; with resume, a step recorded as done whose files still hash the same is not run
// again, and an interrupted upload is reconciled against the server (AssetPlan). One cancel,
// one progress model, one error: the first failure stops new steps; the running ones finish.
class ReleaseRun final : public QObject
{
    Q_OBJECT

public:
    ReleaseRun(ReleaseRequest request, ReleaseProvider *provider, QObject *parent = nullptr);
    ~ReleaseRun() override;

    // The plan, built from the project (blocking: git queries, file reads, and `git ls-remote`
    // when the tag exists here). Built once, its failure too; called by start() when not called
    // before. Never writes anything.
    Result<ReleasePlan> plan();
    void start();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }
    const ReleasePlan &currentPlan() const { return m_plan; }
    // The default journal of a project's release of `tag` (<out>/.releasedesk/run-<tag>.json).
    static QString journalPathFor(const QString &outDir, const QString &tag, ReleasePhase phase = ReleasePhase::All);
    // The journals in <outDir>/.releasedesk of runs that did not finish: tag -> journal path.
    static QMap<QString, QString> unfinishedRuns(const QString &outDir);

signals:
    void planReady(const rd::ReleasePlan &plan);
    void stepStarted(const QString &id, const QString &description);
    void stepProgress(const QString &id, qint64 done, qint64 total, const QString &text);
    void stepFinished(const QString &id, rd::StepState state, const QString &message);
    void logLine(const QString &id, const QString &line);
    void progress(qint64 done, qint64 total, const QString &text);
    void finished(const rd::Result<rd::ReleaseOutcome> &result);

private:
    Result<ReleasePlan> buildPlan();
    Status lockRun();
    void lookUpRelease();
    ReleaseEdit changesFor(const ReleaseInfo &release) const;
    ReleaseSpec newReleaseSpec() const;
    void checkFinishedSteps();
    void pump();
    void startStep(ReleaseStep &step);
    void completeStep(const QString &id, const Status &status, const QString &message = {});
    void skipStep(const QString &id, const QString &message);
    void runPrepare(const ReleaseStep &step);
    void runTag(const ReleaseStep &step);
    void runStamp(const ReleaseStep &step);
    void runBuild(const ReleaseStep &step);
    void runInstaller(const ReleaseStep &step);
    void buildInstaller(const QString &id, const Result<NsisScriptInput> &input);
    void runRelease(const ReleaseStep &step);
    void runUpload(const ReleaseStep &step);
    void runChecksums(const ReleaseStep &step);
    void writeChecksums(const QString &id, const AssetList &assets, const QHash<QString, QString> &hashes);
    void runVerify(const ReleaseStep &step);
    void runPublish(const ReleaseStep &step);
    void runDocker(const ReleaseStep &step);
    void confirmUploaded(const ReleaseStep &step);
    void applyPhase(ReleasePlan &plan) const;
    // The Docker step's image request: the run's registry, engine, server and build arguments.
    DockerImageRequest imageRequestFor(const Version &version, const QString &tag) const;
    void runReleasePlan(const QString &id, const Plan &plan, std::function<void(const ReleaseInfo &)> done = {});
    void setProgress(const QString &id, qint64 done, qint64 total, const QString &text);
    void saveJournal();
    void onJournalWritten(quint64 sequence, const QString &error);
    void log(const QString &id, const QString &line);
    void finish(const Result<ReleaseOutcome> &result);

    ReleaseRequest m_request;
    QPointer<ReleaseProvider> m_provider;
    ReleasePlan m_plan;
    bool m_planned = false;
    std::optional<Error> m_planError;
    std::optional<SigningOptions> m_signing;
    ReleaseInfo m_release;
    bool m_releaseExists = false;
    template <typename Job> void track(const QString &id, Job *job);
    QHash<QString, std::function<void()>> m_jobs; // running step id -> cancels its job
    QHash<QString, double> m_fraction; // step id -> 0..1
    QStringList m_problems;
    QElapsedTimer m_clock;
    QDateTime m_startedAt; // a git lock written before it is a killed run's
    // Held from start() to finish(): two runs of one release at once would build into the same
    // folder and upload the same names. A run that died leaves a stale lock (its process is gone),
    // which the next run takes over.
    std::unique_ptr<QLockFile> m_runLock;
    // The journal is written on a thread of its own (its fsync would stall the window); after
    // m_runLock, so that on destruction the last journal reaches the disk before the lock goes.
    std::unique_ptr<BackgroundFileWriter> m_journalWriter;
    QString m_journalWarning; // the last write error logged, so a full disk warns once, not per step
    // finished() waits for the journal's last write: whoever reads it next (a resume, the
    // Inspector) sees the final states.
    std::optional<Result<ReleaseOutcome>> m_outcome;
    quint64 m_finalJournalWrite = 0;
    int m_changes = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_removingWork = false;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::StepState)
