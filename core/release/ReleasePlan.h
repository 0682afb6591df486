#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "release/ReleaseNotes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// The kinds of step a release is made of. Types, not strings: the GUI and the CLI switch on them.
enum class StepKind {
    Version, // the version and tag, decided first
    Stamp, // the version written into the project's files and committed (when asked)
    Prepare, // the project's own commands ([release] prepare)
    Tag, // create and push the tag (when it is missing)
    Build, // one target: the Windows zip or the Linux tarball
    Installer, // the NSIS installer from the Windows build
    Notes, // the release body
    Release, // create the release, or reuse the existing one
    Upload, // one file onto the release (no duplicate, no gap)
    Checksums, // SHA256SUMS over exactly the files the release holds
    Verify, // every file listed once with its size
    Publish, // draft -> published (draft-first)
    Docker, // the container image: build, push its tags, call the redeploy webhook
};

// Which part of a release one run carries out. A workflow splits a release into jobs on separate
// runners (guide §2): `create` makes the release, `build` builds and uploads some targets (the
// jobs run in parallel), `docker` builds and pushes the image, `finish` checks that every
// planned file arrived, writes SHA256SUMS, verifies and publishes. `all` is one run doing it all.
enum class ReleasePhase { All, Create, Build, Docker, Finish };
QString releasePhaseName(ReleasePhase phase);
std::optional<ReleasePhase> releasePhaseFromName(const QString &name);

enum class StepState { Pending, Running, Done, Skipped, Failed };

QString stepKindName(StepKind kind);
QString stepStateName(StepState state);
std::optional<StepState> stepStateFromName(const QString &name);

// A file a step produced, as the journal records it.
struct StepFile
{
    QString path;
    qint64 size = -1;
    QString sha256;

    QJsonObject toJson() const;
    static StepFile fromJson(const QJsonObject &object);
    bool operator==(const StepFile &) const = default;
};

// One step of the release: what it is, what it waits for, what it will do (commands and write
// requests, for the dry run), and, once run, its state and outputs.
struct ReleaseStep
{
    StepKind kind = StepKind::Version;
    QString id; // "build:linux", "upload:Tallyho-v1.0.0-linux-x64.tar.gz"
    QString target; // build: "windows"/"linux"; upload: the file's path
    QString description; // "Build the Linux tarball Tallyho-v1.0.0-linux-x64.tar.gz"
    QStringList dependsOn; // step ids
    QStringList commands; // exact command lines it runs
    QList<PlanRequest> requests; // exact write requests it sends
    QStringList produces; // files it writes (absolute)
    // Whether its files are the same bytes for the same commit and inputs (archives: yes; a
    // signed installer: no, it carries a timestamp).
    bool reproducible = true;

    StepState state = StepState::Pending;
    QString message; // what happened ("skipped: the tag exists"), or why it failed
    QList<StepFile> outputs;
    QJsonObject data; // release_id, dist_dir, uploaded sha256...
    // It was running when the journalled run died: what it was writing may be half written (a
    // git lock file, a .part). Not in the journal: the resumed run decides afresh.
    bool interrupted = false;

    bool isFinished() const { return state == StepState::Done || state == StepState::Skipped; }
    QJsonObject toJson() const;
    bool operator==(const ReleaseStep &) const = default;
};

// A whole release as one plan: printed by the dry run, shown by the GUI, carried out by
// ReleaseRun and written to the journal (this same JSON, with states) after every change.
struct ReleasePlan
{
    static constexpr int journalFormat = 1;

    QString projectDir;
    QString app; // display name
    QString version; // PEP 440
    QString tag;
    QString title;
    bool prerelease = false;
    bool draftFirst = false;
    QString commit; // HEAD
    qint64 commitTime = 0; // SOURCE_DATE_EPOCH of the archives
    QString server; // "Gitea http://host owner/repo"
    QString outDir;
    QString workDir; // kept between a crash and its resume
    QString journalPath;
    QStringList targets;
    bool installer = true;
    QString phase = QStringLiteral("all");
    ReleaseBody body;
    qint64 releaseId = 0; // once known
    QList<ReleaseStep> steps;
    QStringList notes; // warnings and what the plan leaves alone

    ReleaseStep *step(const QString &id);
    const ReleaseStep *step(const QString &id) const;
    QList<const ReleaseStep *> stepsOfKind(StepKind kind) const;
    // The files that go onto the release (in plan order).
    QStringList artifacts() const;
    bool finished() const; // every step done or skipped

    QJsonObject toJson() const;
    // For the CLI: the header, then each step with its dependencies, commands and requests.
    QString toText() const;

    // Carries the journal's states and outputs into this plan (same ids). Fails, naming what
    // differs, when the journal is of another commit, version or set of targets.
    Status adoptJournal(const QJsonObject &journal);
    bool operator==(const ReleasePlan &) const = default;
};

} // namespace rd
