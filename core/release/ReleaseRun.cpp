#include "ReleaseRun.h"

#include "build/BuildRun.h"
#include "common/AtomicFile.h"
#include "common/BackgroundFileWriter.h"
#include "common/FolderRemoval.h"
#include "docker/DockerImageRun.h"
#include "docker/RedeployWebhook.h"
#include "forge/ReleaseProvider.h"
#include "git/Git.h"
#include "installer/InstallerBuildJob.h"
#include "installer/PortablePayload.h"
#include "process/ProcessJob.h"
#include "project/ArtifactNames.h"
#include "project/PythonProject.h"
#include "publish/AssetPlan.h"
#include "publish/AssetSync.h"
#include "publish/FileHasher.h"
#include "publish/ReleasePlanRunner.h"
#include "publish/Sha256Sums.h"
#include "signing/UpdateSignature.h"
#include "tag/TagOperations.h"
#include "version/TagScheme.h"
#include "versioning/VersionResolver.h"
#include "versioning/VersionStamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace rd {

namespace {

QString absoluteIn(const QString &base, const QString &path)
{
    if (path.isEmpty() || path.contains(QStringLiteral("://"))) {
        return path;
    }
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

QString targetLabel(const QString &target)
{
    return target == QStringLiteral("windows") ? QCoreApplication::translate("core", "Windows portable zip")
                                               : QCoreApplication::translate("core", "Linux tarball");
}

} // namespace

QJsonObject ReleaseOutcome::toJson() const
{
    QJsonObject object = plan.toJson();
    object.insert(QStringLiteral("executed"), executed);
    object.insert(QStringLiteral("changed_nothing"), changedNothing);
    if (release.id > 0) {
        object.insert(QStringLiteral("release"), release.toJson());
    }
    return object;
}

ReleaseRun::ReleaseRun(ReleaseRequest request, ReleaseProvider *provider, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_provider(provider)
    , m_signing(m_request.signing)
{
    qRegisterMetaType<rd::StepState>();
}

ReleaseRun::~ReleaseRun()
{
    m_finished = true;
    const auto cancels = m_jobs;
    for (const auto &cancelJob : cancels) {
        cancelJob();
    }
}

QString ReleaseRun::journalPathFor(const QString &outDir, const QString &tag, ReleasePhase phase)
{
    // A job's journal is its own: the create job's "builds skipped" must not reach a build job.
    const QString suffix = phase == ReleasePhase::All ? QString() : QLatin1Char('-') + releasePhaseName(phase);
    return QDir(outDir).filePath(QStringLiteral(".releasedesk/run-%1%2.json").arg(ArtifactNames::fileSafe(tag), suffix));
}

QMap<QString, QString> ReleaseRun::unfinishedRuns(const QString &outDir)
{
    QMap<QString, QString> out;
    const QDir dir(QDir(outDir).filePath(QStringLiteral(".releasedesk")));
    for (const QFileInfo &file : dir.entryInfoList({ QStringLiteral("run-*.json") }, QDir::Files, QDir::Name)) {
        auto text = readWholeFile(file.absoluteFilePath());
        if (!text) {
            continue;
        }
        const QJsonObject journal = QJsonDocument::fromJson(*text).object();
        bool finished = true;
        for (const QJsonValue &step : journal.value(QStringLiteral("steps")).toArray()) {
            const QString state = step.toObject().value(QStringLiteral("state")).toString();
            finished &= state == stepStateName(StepState::Done) || state == stepStateName(StepState::Skipped);
        }
        if (!finished && journal.contains(QStringLiteral("tag"))) {
            out.insert(journal.value(QStringLiteral("tag")).toString(), file.absoluteFilePath());
        }
    }
    return out;
}

Result<ReleasePlan> ReleaseRun::plan()
{
    if (m_planned) {
        return m_plan;
    }
    // A failed plan is kept too: the window plans on a worker, and start() then takes that
    // answer instead of asking git (and the remote) again on the GUI thread.
    if (m_planError) {
        return std::unexpected(*m_planError);
    }
    auto planned = buildPlan();
    if (!planned) {
        m_planError = planned.error();
    }
    return planned;
}

Result<ReleasePlan> ReleaseRun::buildPlan()
{
    if (!m_provider) {
        return fail(Error::Code::Precondition, QCoreApplication::translate("core", "No server to release to."),
            QCoreApplication::translate("core", "Set [server] in releasedesk.toml, or pass --server and --repo."));
    }
    ProjectLoadOptions loadOptions;
    loadOptions.createSettingsIfMissing = false;
    auto project = loadPythonProject(m_request.projectDir, loadOptions);
    if (!project) {
        return std::unexpected(project.error());
    }
    const ProjectSettings &settings = project->settings;
    VersionResolver resolver(*project);
    resolver.setExplicitVersion(m_request.version);
    resolver.setEnvironment(m_request.environment);
    auto resolution = resolver.resolve();
    if (!resolution) {
        return std::unexpected(resolution.error());
    }
    const Version version = resolution->version;
    const ArtifactNames names = ArtifactNames::forProject(settings, project->name, version);

    ReleasePlan plan;
    plan.projectDir = project->rootDir;
    plan.app = project->displayName();
    plan.version = version.toString();
    plan.tag = resolution->tag.isEmpty() ? names.tag() : resolution->tag;
    // A version read from a tag (on HEAD, or the runner's GITEA_REF_NAME) releases that very tag,
    // however it spells the version (v0.3.0a1 stays v0.3.0a1).
    if (const VersionSource &winner = resolution->winner();
        (winner.kind == VersionSource::Kind::GitTag || winner.kind == VersionSource::Kind::CiRefName) && !winner.raw.isEmpty()) {
        QString raw = winner.raw.trimmed();
        if (raw.startsWith(QStringLiteral("refs/tags/"))) {
            raw = raw.mid(10);
        }
        if (auto scheme = TagScheme::withPrefix(settings.tagPrefix); scheme && scheme->matches(raw)) {
            plan.tag = raw;
        }
    }
    plan.title = names.title(settings.releaseTitle, plan.tag);
    plan.prerelease = version.isPrerelease();
    plan.draftFirst = m_request.draftFirst.value_or(settings.draftFirst);
    plan.server = m_provider->describe();
    plan.outDir = QDir::cleanPath(absoluteIn(QDir::currentPath(),
        m_request.outDir.isEmpty() ? QDir(project->rootDir).filePath(QStringLiteral("dist")) : m_request.outDir));
    plan.workDir = QDir(plan.outDir).filePath(QStringLiteral(".releasedesk/work-%1").arg(ArtifactNames::fileSafe(plan.tag)));
    plan.journalPath = journalPathFor(plan.outDir, plan.tag, m_request.phase);
    plan.phase = releasePhaseName(m_request.phase);
    plan.notes << resolution->warnings;

    const Git git(project->rootDir);
    const bool isRepository = git.isRepository();
    if (isRepository) {
        auto head = git.run({ QStringLiteral("rev-parse"), QStringLiteral("HEAD") });
        auto time
            = git.run({ QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ct"), QStringLiteral("HEAD") });
        if (head && time) {
            plan.commit = head->trimmed();
            plan.commitTime = time->trimmed().toLongLong();
        }
    }
    if (plan.commit.isEmpty()) {
        plan.commitTime = QDateTime::currentSecsSinceEpoch();
        plan.notes << QCoreApplication::translate("core",
            "%1 is not a git repository with a commit: the archives are dated now, so they are not "
            "reproducible.")
                          .arg(project->rootDir);
    }

    QStringList targets = m_request.targets.value_or(settings.targets);
    targets.removeDuplicates();
    for (const QString &target : std::as_const(targets)) {
        if (target != QStringLiteral("windows") && target != QStringLiteral("linux")) {
            return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "Unknown target '%1'.").arg(target),
                QCoreApplication::translate("core", "Targets are windows and linux (--targets windows,linux)."));
        }
    }
    if (targets.isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "No target to build."),
            QCoreApplication::translate("core", "Give --targets windows,linux, or set [release] targets in releasedesk.toml."));
    }
    plan.targets = targets;
    plan.installer = m_request.installer && targets.contains(QStringLiteral("windows"));

    // 1. The version, decided before anything else.
    ReleaseStep versionStep;
    versionStep.kind = StepKind::Version;
    versionStep.id = QStringLiteral("version");
    versionStep.description = QCoreApplication::translate("core", "Version %1 (from %2), tag %3")
                                  .arg(plan.version, resolution->winner().name, plan.tag);
    versionStep.state = StepState::Done;
    versionStep.data = QJsonObject { { QStringLiteral("version"), plan.version }, { QStringLiteral("tag"), plan.tag },
        { QStringLiteral("source"), resolution->winner().name } };
    plan.steps << versionStep;

    // 1b. The version stamped into the project's files and committed, when asked.
    QStringList buildDependencies;
    QString stampId;
    if (m_request.stamp) {
        auto stampPlan = VersionStamp::plan(*project, version);
        if (!stampPlan) {
            return std::unexpected(stampPlan.error());
        }
        ReleaseStep stamp;
        stamp.kind = StepKind::Stamp;
        stamp.id = QStringLiteral("stamp");
        stampId = stamp.id;
        QStringList changed;
        for (const StampedFile &file : std::as_const(stampPlan->files)) {
            if (file.changed()) {
                changed << file.relativePath;
                stamp.commands << QStringLiteral("write %1 (%2 -> %3)").arg(file.relativePath, file.oldVersion, file.newVersion);
            }
        }
        if (changed.isEmpty()) {
            stamp.description = QCoreApplication::translate("core", "Stamp %1 into the project's files").arg(plan.version);
            stamp.state = StepState::Skipped;
            stamp.message = QCoreApplication::translate("core", "the files already say %1").arg(plan.version);
        } else if (!isRepository) {
            return fail(Error::Code::Precondition,
                QCoreApplication::translate("core", "--stamp commits the stamped files, but %1 is not a git repository.")
                    .arg(project->rootDir),
                QCoreApplication::translate("core", "Stamp with `releasedesk-cli version stamp`, or leave --stamp out."));
        } else {
            stamp.description = QCoreApplication::translate("core", "Stamp %1 into %2 and commit it")
                                    .arg(plan.version, changed.join(QStringLiteral(", ")));
            stamp.commands << QStringLiteral("git commit -m 'Release %1' -- %2").arg(plan.tag, changed.join(QLatin1Char(' ')));
            buildDependencies << stamp.id;
        }
        plan.notes << stampPlan->notes;
        plan.steps << stamp;
    }

    // 2. The project's own preparation (a web frontend's npm build...).
    if (!settings.prepareCommands.isEmpty()) {
        ReleaseStep prepare;
        prepare.kind = StepKind::Prepare;
        prepare.id = QStringLiteral("prepare");
        prepare.description
            = QCoreApplication::translate("core", "Run the project's preparation commands in %1").arg(project->rootDir);
        prepare.commands = settings.prepareCommands;
        plan.steps << prepare;
        buildDependencies << prepare.id;
    }

    // 3. The tag, when it is missing.
    ReleaseStep tagStep;
    tagStep.kind = StepKind::Tag;
    tagStep.id = QStringLiteral("tag");
    tagStep.description = QCoreApplication::translate("core", "Create and push the tag %1").arg(plan.tag);
    if (!stampId.isEmpty()) {
        tagStep.dependsOn << stampId; // the tag goes on the stamped commit
    }
    if (!m_request.createTag) {
        tagStep.state = StepState::Skipped;
        tagStep.message = QCoreApplication::translate("core", "--no-tag: the tag is made elsewhere");
    } else if (!isRepository) {
        tagStep.state = StepState::Skipped;
        tagStep.message = QCoreApplication::translate("core", "not a git repository");
    } else {
        auto exists = git.runRaw({ QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"),
            QStringLiteral("refs/tags/") + plan.tag });
        if (exists && exists->exitCode == 0) {
            tagStep.state = StepState::Skipped;
            tagStep.message = QCoreApplication::translate("core", "the tag exists");
            // Here, but perhaps not on the remote: a run killed between `git tag` and `git push`,
            // or a tag made by hand. A release on a tag the server lacks would get a new tag on
            // the default branch (Gitea makes one), so a tag that exists here only is pushed.
            auto request = TagRequest::forProject(*project, plan.tag);
            auto remotes = git.run({ QStringLiteral("remote") });
            if (request && remotes && remotes->split(QLatin1Char('\n'), Qt::SkipEmptyParts).contains(request->remote)) {
                request->push = true;
                auto pushPlan = TagOperations(project->rootDir).planPushExisting(*request);
                if (!pushPlan && pushPlan.error().code == Error::Code::Precondition) {
                    return std::unexpected(pushPlan.error());
                }
                if (!pushPlan) {
                    plan.notes << QCoreApplication::translate("core",
                        "Cannot ask %1 whether it has the tag %2 (%3): if it does not, push it before the release "
                        "is created (git push %1 refs/tags/%2).")
                                      .arg(request->remote, plan.tag, pushPlan.error().message);
                } else if (pushPlan->actions.isEmpty()) {
                    tagStep.message = QCoreApplication::translate("core", "the tag exists here and on %1").arg(request->remote);
                } else {
                    tagStep.state = StepState::Pending;
                    tagStep.message.clear();
                    tagStep.description = pushPlan->title;
                    tagStep.commands = pushPlan->commandLines();
                    tagStep.data = QJsonObject { { QStringLiteral("push"), true }, { QStringLiteral("exists_here"), true } };
                }
            }
        } else {
            auto request = TagRequest::forProject(*project, plan.tag);
            if (!request) {
                return std::unexpected(request.error());
            }
            auto remotes = git.run({ QStringLiteral("remote") });
            request->push = remotes && remotes->split(QLatin1Char('\n'), Qt::SkipEmptyParts).contains(request->remote);
            request->allowDetached = true;
            auto tagPlan = TagOperations(project->rootDir).planCreate(*request);
            if (!tagPlan) {
                return std::unexpected(tagPlan.error());
            }
            tagStep.description = tagPlan->title;
            tagStep.commands = tagPlan->commandLines();
            tagStep.data = QJsonObject { { QStringLiteral("push"), request->push } };
            plan.notes << tagPlan->notes;
        }
    }
    plan.steps << tagStep;

    // 4. The builds, side by side.
    for (const QString &target : std::as_const(targets)) {
        ReleaseStep build;
        build.kind = StepKind::Build;
        build.id = QStringLiteral("build:") + target;
        build.target = target;
        const QString file
            = QDir(plan.outDir).filePath(target == QStringLiteral("windows") ? names.windowsZip() : names.linuxTarball());
        build.description
            = QCoreApplication::translate("core", "Build the %1 %2").arg(targetLabel(target), QFileInfo(file).fileName());
        build.dependsOn = buildDependencies;
        build.produces << file;
        build.reproducible = !plan.commit.isEmpty();
        plan.steps << build;
    }

    // 5. The installer, as soon as the Windows build is there.
    if (plan.installer) {
        ReleaseStep installer;
        installer.kind = StepKind::Installer;
        installer.id = QStringLiteral("installer");
        const QString file = QDir(plan.outDir).filePath(names.installer());
        installer.description = QCoreApplication::translate("core", "Build the installer %1 (NSIS, %2%3)")
                                    .arg(names.installer(), InstallerSettings::compressorName(settings.installer.compressor),
                                        m_signing ? QCoreApplication::translate("core", ", signed") : QString());
        installer.dependsOn << QStringLiteral("build:windows");
        installer.produces << file;
        installer.reproducible = false; // makensis and signing stamp the time into the file
        plan.steps << installer;
    }

    // 5b. The container image, beside the builds (guide §7): its pull lines go into the notes.
    if (m_request.docker.value_or(settings.docker.enabled)) {
        ReleaseStep docker;
        docker.kind = StepKind::Docker;
        docker.id = QStringLiteral("docker");
        docker.dependsOn = buildDependencies;
        docker.dependsOn << tagStep.id;
        docker.reproducible = false;
        const DockerImageRequest imageRequest = imageRequestFor(version, plan.tag);
        auto imagePlan = DockerPlan::make(*project, imageRequest);
        if (!imagePlan) {
            docker.description = QCoreApplication::translate("core", "Build and push the container image");
            docker.state = StepState::Skipped;
            docker.message
                = QCoreApplication::translate("core", "skipped: %1 %2").arg(imagePlan.error().message, imagePlan.error().hint);
            plan.notes << QCoreApplication::translate("core", "The Docker step is skipped: %1").arg(imagePlan.error().message);
        } else {
            docker.description = QCoreApplication::translate("core", "Build %1 and push %2")
                                     .arg(imagePlan->repository, imagePlan->tags.join(QStringLiteral(", ")));
            docker.commands << imagePlan->commandLine(imagePlan->buildCommand());
            const QString auth
                = imagePlan->engine.isPodman() ? QStringLiteral("$AUTHFILE") : QStringLiteral("$DOCKER_CONFIG_DIR");
            docker.commands << imagePlan->commandLine(imagePlan->loginCommand(auth));
            for (const DockerCommand &push : imagePlan->pushCommands(auth)) {
                docker.commands << imagePlan->commandLine(push);
            }
            docker.data = imagePlan->toJson();
            plan.body.dockerImages = imagePlan->references();
            if (!imagePlan->dockerfileExists) {
                docker.state = StepState::Skipped;
                docker.message
                    = QCoreApplication::translate("core", "skipped: %1 does not exist (releasedesk-cli docker init writes it)")
                          .arg(imagePlan->dockerfile);
                plan.body.dockerImages.clear();
            } else if (!imagePlan->engineFound && m_request.phase != ReleasePhase::Create
                && m_request.phase != ReleasePhase::Build && m_request.phase != ReleasePhase::Finish) {
                docker.state = StepState::Skipped;
                docker.message = QCoreApplication::translate(
                    "core", "skipped: %1 Push the image where one is installed (releasedesk-cli docker push).")
                                     .arg(imagePlan->engineProblem);
            }
            plan.notes << imagePlan->notes;
        }
        plan.steps << docker;
    }

    // 6. The notes: the file (or a draft from history), then the Downloads table.
    const QString notesFile
        = absoluteIn(project->rootDir, m_request.notesFile.isEmpty() ? settings.notesFile : m_request.notesFile);
    auto notesText = ReleaseNotes::readNotesFile(notesFile);
    if (!notesText) {
        return std::unexpected(notesText.error());
    }
    ReleaseStep notes;
    notes.kind = StepKind::Notes;
    notes.id = QStringLiteral("notes");
    if (!m_request.notesFile.isEmpty() && !QFileInfo::exists(notesFile)) {
        return fail(Error::Code::NotFound,
            QCoreApplication::translate("core", "The release notes %1 do not exist.").arg(notesFile),
            QCoreApplication::translate(
                "core", "Give an existing Markdown file with --notes, or leave it out to draft notes from git history."));
    }
    if (!notesText->trimmed().isEmpty()) {
        plan.body.notes = *notesText;
        notes.description = QCoreApplication::translate("core", "Release notes from %1")
                                .arg(QDir(project->rootDir).relativeFilePath(notesFile));
    } else if (isRepository) {
        auto since = ReleaseNotes::previousTag(project->rootDir, settings.tagPrefix, plan.tag);
        auto commits = ReleaseNotes::history(project->rootDir, since.value_or(QString()));
        plan.body.notes = ReleaseNotes::draft(commits.value_or(QList<HistoryCommit> {}), since.value_or(QString()));
        notes.description
            = QCoreApplication::translate("core", "Release notes drafted from the commits since %1 (no %2)")
                  .arg(since.value_or(QString()).isEmpty() ? QCoreApplication::translate("core", "the start") : *since,
                      QDir(project->rootDir).relativeFilePath(notesFile));
    } else {
        notes.description = QCoreApplication::translate("core", "No release notes (%1 is absent)").arg(notesFile);
    }
    notes.state = StepState::Done;
    plan.steps << notes;

    // 7. The release, created or reused (looked up in start()).
    ReleaseStep release;
    release.kind = StepKind::Release;
    release.id = QStringLiteral("release");
    release.description = QCoreApplication::translate("core", "Create or reuse the release %1 \"%2\"").arg(plan.tag, plan.title);
    release.dependsOn << tagStep.id << notes.id;
    if (!stampId.isEmpty()) {
        release.dependsOn << stampId; // the release's target is the stamped commit
        plan.notes << QCoreApplication::translate(
            "core", "The stamp commit is pushed with the tag only: push your branch afterwards (git push).");
    }
    plan.steps << release;

    // 8. One upload per file, each as soon as its file exists.
    QStringList uploads;
    for (const ReleaseStep &producer : QList<ReleaseStep>(plan.steps)) {
        for (const QString &file : producer.produces) {
            ReleaseStep upload;
            upload.kind = StepKind::Upload;
            upload.id = QStringLiteral("upload:") + QFileInfo(file).fileName();
            upload.target = file;
            upload.description
                = QCoreApplication::translate("core", "Upload %1 (no duplicate; a changed file replaced without a gap)")
                      .arg(QFileInfo(file).fileName());
            upload.dependsOn << producer.id << release.id;
            if (producer.kind == StepKind::Installer) {
                // Decided after the zip's upload: see runUpload().
                upload.dependsOn << QStringLiteral("upload:") + names.windowsZip();
            }
            plan.steps << upload;
            uploads << upload.id;
            plan.body.downloads << DownloadEntry { QFileInfo(file).fileName(),
                ReleaseBody::downloadUrl(m_request.serverUrl, m_request.repository, plan.tag, QFileInfo(file).fileName()) };
        }
    }
    plan.body.downloads << DownloadEntry { Sha256Sums::fileName(),
        ReleaseBody::downloadUrl(m_request.serverUrl, m_request.repository, plan.tag, Sha256Sums::fileName()) };
    notes.data = QJsonObject { { QStringLiteral("body_size"), plan.body.toMarkdown().toUtf8().size() } };

    // 9. SHA256SUMS over what the release holds, the check, and publishing a draft.
    ReleaseStep sums;
    sums.kind = StepKind::Checksums;
    sums.id = QStringLiteral("checksums");
    sums.description = QCoreApplication::translate(
        "core", "Upload SHA256SUMS listing exactly the files on the release (unless it already does)");
    sums.dependsOn = uploads;
    plan.steps << sums;
    ReleaseStep verify;
    verify.kind = StepKind::Verify;
    verify.id = QStringLiteral("verify");
    // A local: lupdate (Qt 6.4) loops on an expression such as "size() + 1" as the count.
    const int checked = int(uploads.size()) + 1;
    verify.description = QCoreApplication::translate(
        "core", "Check that each of the %n file(s) is on the release once, with its size", nullptr, checked);
    verify.dependsOn << sums.id;
    plan.steps << verify;
    if (plan.draftFirst) {
        ReleaseStep publish;
        publish.kind = StepKind::Publish;
        publish.id = QStringLiteral("publish");
        publish.description = QCoreApplication::translate("core", "Publish the draft %1").arg(plan.tag);
        publish.dependsOn << verify.id;
        plan.steps << publish;
    }
    applyPhase(plan);
    m_plan = plan;
    m_planned = true;
    return m_plan;
}

void ReleaseRun::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_clock.start();
    auto planned = plan();
    if (!planned) {
        const Error error = planned.error();
        QTimer::singleShot(0, this, [this, error] { finish(std::unexpected(error)); });
        return;
    }
    m_startedAt = QDateTime::currentDateTime();
    if (!m_request.dryRun) {
        if (auto locked = lockRun(); !locked) {
            const Error error = locked.error();
            QTimer::singleShot(0, this, [this, error] { finish(std::unexpected(error)); });
            return;
        }
    }
    if (!m_request.dryRun && !m_request.fresh) {
        // A journal of this release: continue from it. With --resume it must exist and match;
        // without, one that belongs to another commit or version is simply set aside.
        auto text = readWholeFile(m_plan.journalPath);
        if (!text && m_request.resume) {
            const Error error = Error::make(Error::Code::NotFound,
                QCoreApplication::translate("core", "There is no interrupted run of %1 to resume (no journal at %2).")
                    .arg(m_plan.tag, m_plan.journalPath),
                QCoreApplication::translate("core", "Start the release without --resume."));
            QTimer::singleShot(0, this, [this, error] { finish(std::unexpected(error)); });
            return;
        }
        if (text) {
            QJsonParseError parseError {};
            const QJsonDocument document = QJsonDocument::fromJson(*text, &parseError);
            const ReleasePlan unadopted = m_plan;
            Status adopted = document.isObject()
                ? m_plan.adoptJournal(document.object())
                : Status(fail(Error::Code::ParseError,
                    QCoreApplication::translate("core", "The journal %1 cannot be read: %2.")
                        .arg(m_plan.journalPath, parseError.errorString()),
                    QCoreApplication::translate("core", "Start the release afresh with --fresh.")));
            if (!adopted && m_request.resume) {
                const Error error = adopted.error();
                QTimer::singleShot(0, this, [this, error] { finish(std::unexpected(error)); });
                return;
            }
            if (!adopted) {
                m_plan = unadopted;
                log({},
                    QCoreApplication::translate(
                        "core", "The journal of an earlier run (%1) does not apply (%2): starting afresh.")
                        .arg(m_plan.journalPath, adopted.error().message));
            } else {
                log({},
                    QCoreApplication::translate("core",
                        "Continuing %1 from the journal %2: steps that are done and whose files still hash "
                        "the same are not run again.")
                        .arg(m_plan.tag, m_plan.journalPath));
            }
        }
    }
    QTimer::singleShot(0, this, &ReleaseRun::lookUpRelease);
}

Status ReleaseRun::lockRun()
{
    const QString lockPath = m_plan.journalPath.chopped(QStringLiteral(".json").size()) + QStringLiteral(".lock");
    if (!QDir().mkpath(QFileInfo(lockPath).absolutePath())) {
        return fail(Error::Code::IoError,
            QCoreApplication::translate("core", "Cannot create the folder %1.").arg(QFileInfo(lockPath).absolutePath()),
            QCoreApplication::translate("core", "Choose an output folder you can write to (--out DIR)."));
    }
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // stale only when its process is gone: a release may run for hours
    if (lock->tryLock(0)) {
        m_runLock = std::move(lock);
        return {};
    }
    if (lock->error() != QLockFile::LockFailedError) {
        return fail(Error::Code::IoError, QCoreApplication::translate("core", "The run lock %1 cannot be written.").arg(lockPath),
            QCoreApplication::translate("core", "Choose an output folder you can write to (--out DIR)."));
    }
    qint64 pid = 0;
    QString host;
    QString application;
    lock->getLockInfo(&pid, &host, &application);
    return fail(Error::Code::Precondition,
        QCoreApplication::translate("core", "Another run of %1 is in progress (%2, process %3 on %4).")
            .arg(m_plan.tag, application, QString::number(pid), host),
        QCoreApplication::translate(
            "core", "Wait for it to end or stop it, then run again: a stopped run is resumed where it left off."));
}

ReleaseEdit ReleaseRun::changesFor(const ReleaseInfo &release) const
{
    // What an existing release of the tag lacks against the plan: its notes, title or flag.
    const QString body = m_plan.body.toMarkdown();
    ReleaseEdit edit;
    if (release.body.trimmed() != body.trimmed()) {
        edit.body = body;
    }
    if (release.name != m_plan.title) {
        edit.name = m_plan.title;
    }
    if (release.prerelease != m_plan.prerelease) {
        edit.prerelease = m_plan.prerelease;
    }
    return edit;
}

ReleaseSpec ReleaseRun::newReleaseSpec() const
{
    ReleaseSpec spec;
    spec.tagName = m_plan.tag;
    spec.name = m_plan.title;
    spec.body = m_plan.body.toMarkdown();
    spec.targetCommitish = m_plan.commit;
    spec.draft = m_plan.draftFirst;
    spec.prerelease = m_plan.prerelease;
    return spec;
}

void ReleaseRun::lookUpRelease()
{
    if (m_finished) {
        return;
    }
    if (!m_provider) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The server connection went away.")));
        return;
    }
    m_provider->releaseByTag(m_plan.tag, this, [this](const Result<ReleaseInfo> &found) {
        if (!found && found.error().code != Error::Code::NotFound) {
            finish(std::unexpected(found.error()));
            return;
        }
        ReleaseStep *release = m_plan.step(QStringLiteral("release"));
        if (found) {
            m_release = *found;
            m_releaseExists = true;
            m_plan.releaseId = m_release.id;
            const ReleaseEdit edit = changesFor(m_release);
            release->description = edit.isEmpty()
                ? QCoreApplication::translate("core", "Reuse the release %1 (#%2), as it is").arg(m_plan.tag).arg(m_release.id)
                : QCoreApplication::translate("core", "Reuse the release %1 (#%2), updating its title, notes or pre-release flag")
                      .arg(m_plan.tag)
                      .arg(m_release.id);
            release->requests.clear();
            if (!edit.isEmpty()) {
                release->requests << m_provider->planEditRelease(m_release.id, edit);
            }
        } else {
            m_release = ReleaseInfo {};
            m_release.tagName = m_plan.tag;
            const ReleaseSpec spec = newReleaseSpec();
            release->description = QCoreApplication::translate("core", "Create the %1release %2 \"%3\"%4")
                                       .arg(spec.draft ? QStringLiteral("draft ") : QString(), m_plan.tag, m_plan.title,
                                           spec.prerelease ? QStringLiteral(" (pre-release)") : QString());
            release->requests = { m_provider->planCreateRelease(spec) };
        }
        for (ReleaseStep &step : m_plan.steps) {
            if (step.kind == StepKind::Upload) {
                step.requests = { m_provider->planUpload(m_release, QFileInfo(step.target).fileName(), -1, step.target) };
            } else if (step.kind == StepKind::Checksums) {
                step.requests = { m_provider->planUpload(m_release, Sha256Sums::fileName(), -1, {}) };
            } else if (step.kind == StepKind::Publish) {
                ReleaseEdit edit;
                edit.draft = false;
                step.requests = { m_provider->planEditRelease(m_release.id, edit) };
            }
        }
        emit planReady(m_plan);
        if (m_request.dryRun) {
            ReleaseOutcome outcome;
            outcome.plan = m_plan;
            outcome.release = m_release;
            finish(outcome);
            return;
        }
        checkFinishedSteps();
    });
}

void ReleaseRun::checkFinishedSteps()
{
    // What the journal says is done is trusted only while its files still hash the same.
    struct Check
    {
        QString step;
        StepFile file;
    };
    QList<Check> checks;
    for (ReleaseStep &step : m_plan.steps) {
        if ((step.kind == StepKind::Checksums || step.kind == StepKind::Verify)
            && !step.data.value(QStringLiteral("other_job")).toBool()) {
            step.state = StepState::Pending; // cheap reads that confirm the release as it is now
            continue;
        }
        if (step.state != StepState::Done) {
            continue;
        }
        if (step.kind == StepKind::Build && step.target == QStringLiteral("windows")) {
            const ReleaseStep *installer = m_plan.step(QStringLiteral("installer"));
            const QString dist = step.data.value(QStringLiteral("dist_dir")).toString();
            if (installer && installer->state != StepState::Done
                && !QFileInfo::exists(QDir(dist).filePath(QString::fromLatin1(PortablePayload::pythonExe)))) {
                step.state = StepState::Pending;
                step.message
                    = QCoreApplication::translate("core", "built again: the unpacked folder the installer needs is gone");
                continue;
            }
        }
        if (step.kind == StepKind::Build || step.kind == StepKind::Installer) {
            for (const StepFile &file : std::as_const(step.outputs)) {
                checks << Check { step.id, file };
            }
        }
    }
    if (checks.isEmpty()) {
        saveJournal();
        pump();
        return;
    }
    auto remaining = std::make_shared<int>(int(checks.size()));
    for (const Check &check : std::as_const(checks)) {
        FileHasher::hash(check.file.path, this, [this, check, remaining](const Result<FileDigest> &digest) {
            if (!digest || digest->sha256 != check.file.sha256) {
                if (ReleaseStep *step = m_plan.step(check.step)) {
                    step->state = StepState::Pending;
                    step->message = digest ? QCoreApplication::translate("core", "built again: %1 changed since")
                                                 .arg(QFileInfo(check.file.path).fileName())
                                           : QCoreApplication::translate("core", "built again: %1 is gone")
                                                 .arg(QFileInfo(check.file.path).fileName());
                    log(step->id, step->message);
                }
            } else {
                log(check.step,
                    QCoreApplication::translate("core", "%1 is done already (%2 still hashes the same)")
                        .arg(check.step, QFileInfo(check.file.path).fileName()));
            }
            if (--*remaining == 0) {
                saveJournal();
                pump();
            }
        });
    }
}

void ReleaseRun::pump()
{
    if (m_finished || m_removingWork) {
        return; // done, or all steps done and the work folder on its way out
    }
    if (!m_cancelled && m_problems.isEmpty()) {
        int uploadsRunning = 0;
        for (const ReleaseStep &step : std::as_const(m_plan.steps)) {
            uploadsRunning += (step.kind == StepKind::Upload && step.state == StepState::Running) ? 1 : 0;
        }
        for (ReleaseStep &step : m_plan.steps) {
            if (step.state != StepState::Pending) {
                continue;
            }
            const bool ready = std::all_of(step.dependsOn.cbegin(), step.dependsOn.cend(), [this](const QString &id) {
                const ReleaseStep *dependency = m_plan.step(id);
                return !dependency || dependency->isFinished();
            });
            if (!ready) {
                continue;
            }
            // A producer that was skipped (a target left out) skips what needs its file.
            const auto skippedInput = std::find_if(step.dependsOn.cbegin(), step.dependsOn.cend(), [this](const QString &id) {
                const ReleaseStep *dependency = m_plan.step(id);
                return dependency && dependency->state == StepState::Skipped
                    && (dependency->kind == StepKind::Build || dependency->kind == StepKind::Installer);
            });
            if (skippedInput != step.dependsOn.cend()) {
                step.state = StepState::Running;
                skipStep(step.id, QCoreApplication::translate("core", "skipped: %1 was skipped").arg(*skippedInput));
                continue;
            }
            if (step.kind == StepKind::Upload) {
                if (uploadsRunning >= std::max(1, m_request.parallelUploads)) {
                    continue;
                }
                ++uploadsRunning;
            }
            startStep(step);
            if (m_finished) {
                return;
            }
        }
    }
    const bool running = std::any_of(
        m_plan.steps.cbegin(), m_plan.steps.cend(), [](const ReleaseStep &step) { return step.state == StepState::Running; });
    if (running) {
        return;
    }
    if (m_cancelled) {
        finish(fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The release run was cancelled."),
            QCoreApplication::translate("core", "Resume it later: finished steps are kept in %1.").arg(m_plan.journalPath)));
    } else if (!m_problems.isEmpty()) {
        finish(fail(Error::Code::ToolFailed,
            QCoreApplication::translate("core", "The release of %1 stopped: %2")
                .arg(m_plan.tag, m_problems.join(QStringLiteral("; "))),
            QCoreApplication::translate("core",
                "Fix the cause, then resume (release run --resume, or Release → Resume release): finished "
                "steps are not redone.")));
    } else if (m_plan.finished()) {
        ReleaseOutcome outcome;
        outcome.plan = m_plan;
        outcome.release = m_release;
        outcome.executed = true;
        outcome.changedNothing = m_changes == 0;
        // The work folder (unpacked Python, staged project: thousands of files) goes on a
        // thread of its own; the run finishes once it is gone.
        m_removingWork = true;
        removeFolderInBackground(m_plan.workDir, this, [this, outcome] { finish(outcome); });
    } else {
        finish(
            fail(Error::Code::Unknown, QCoreApplication::translate("core", "Some steps of %1 could not start.").arg(m_plan.tag)));
    }
}

void ReleaseRun::startStep(ReleaseStep &step)
{
    step.state = StepState::Running;
    step.message.clear();
    m_fraction.insert(step.id, 0.0);
    emit stepStarted(step.id, step.description);
    log(step.id, QStringLiteral("▶ %1").arg(step.description));
    saveJournal();
    const ReleaseStep copy = step; // the runners below may change m_plan.steps
    switch (copy.kind) {
    case StepKind::Version:
    case StepKind::Notes: completeStep(copy.id, {}); break;
    case StepKind::Prepare: runPrepare(copy); break;
    case StepKind::Tag: runTag(copy); break;
    case StepKind::Stamp: runStamp(copy); break;
    case StepKind::Build: runBuild(copy); break;
    case StepKind::Installer: runInstaller(copy); break;
    case StepKind::Release: runRelease(copy); break;
    case StepKind::Upload:
        if (m_request.phase == ReleasePhase::Finish) {
            confirmUploaded(copy);
        } else {
            runUpload(copy);
        }
        break;
    case StepKind::Checksums: runChecksums(copy); break;
    case StepKind::Verify: runVerify(copy); break;
    case StepKind::Publish: runPublish(copy); break;
    case StepKind::Docker: runDocker(copy); break;
    }
}

void ReleaseRun::completeStep(const QString &id, const Status &status, const QString &message)
{
    ReleaseStep *step = m_plan.step(id);
    if (!step || m_finished) {
        return;
    }
    m_jobs.remove(id);
    if (status) {
        if (step->state == StepState::Running) {
            step->state = StepState::Done;
        }
        if (!message.isEmpty()) {
            step->message = message;
        }
        m_fraction.insert(id, 1.0);
    } else if (status.error().code == Error::Code::Cancelled) {
        step->state = StepState::Pending; // a resume runs it again
        step->message = QCoreApplication::translate("core", "cancelled");
    } else {
        step->state = StepState::Failed;
        step->message = status.error().message;
        m_problems << QStringLiteral("%1: %2").arg(id, status.error().message);
    }
    // A producer that ran again: its upload stays done only if the file is the same bytes.
    if (step->state == StepState::Done && (step->kind == StepKind::Build || step->kind == StepKind::Installer)) {
        for (const StepFile &file : std::as_const(step->outputs)) {
            ReleaseStep *upload = m_plan.step(QStringLiteral("upload:") + QFileInfo(file.path).fileName());
            if (upload && upload->isFinished() && upload->data.value(QStringLiteral("sha256")).toString() != file.sha256) {
                upload->state = StepState::Pending;
                upload->message = QCoreApplication::translate("core", "the file changed: uploaded again");
            }
        }
    }
    emit stepFinished(id, step->state, step->message);
    log(id,
        QStringLiteral("%1 %2%3").arg(step->state == StepState::Failed ? QStringLiteral("✗") : QStringLiteral("✓"), id,
            step->message.isEmpty() ? QString() : QStringLiteral(": ") + step->message));
    saveJournal();
    setProgress(id, 1, 1, {}); // the outcome itself went out with stepFinished()
    QTimer::singleShot(0, this, &ReleaseRun::pump);
}

void ReleaseRun::skipStep(const QString &id, const QString &message)
{
    if (ReleaseStep *step = m_plan.step(id)) {
        step->state = StepState::Skipped;
        step->message = message;
    }
    completeStep(id, {}, message);
}

template <typename Job> void ReleaseRun::track(const QString &id, Job *job)
{
    QPointer<Job> guard(job);
    m_jobs.insert(id, [guard] {
        if (guard) {
            guard->cancel();
        }
    });
}

void ReleaseRun::runPrepare(const ReleaseStep &step)
{
    ProcessRequest request;
    request.program = QStringLiteral("/bin/sh");
    // One shell, stopping at the first failing command, each command echoed before it runs.
    request.arguments = { QStringLiteral("-ec"), QStringLiteral("set -x\n") + step.commands.join(QLatin1Char('\n')) };
    request.workingDirectory = m_plan.projectDir;
    request.environment = m_request.environment;
    request.timeoutMs = 60 * 60 * 1000;
    auto *job = new ProcessJob(request, this);
    track(step.id, job);
    const QString id = step.id;
    connect(job, &ProcessJob::logLine, this, [this, id](const QString &line) { log(id, line); });
    connect(job, &ProcessJob::finished, this, [this, id, job](const Result<ProcessOutput> &output) {
        job->deleteLater();
        if (!output) {
            completeStep(id, std::unexpected(output.error()));
        } else if (output->exitCode != 0) {
            completeStep(id,
                fail(Error::Code::ToolFailed,
                    QCoreApplication::translate("core", "a preparation command failed (exit code %1)").arg(output->exitCode)));
        } else {
            completeStep(id, {});
        }
    });
    job->start();
}

void ReleaseRun::runTag(const ReleaseStep &step)
{
    const QString id = step.id;
    const QString dir = m_plan.projectDir;
    const QString tag = m_plan.tag;
    const bool push = step.data.value(QStringLiteral("push")).toBool();
    const bool existsHere = step.data.value(QStringLiteral("exists_here")).toBool();
    // A run killed while git wrote the tag leaves refs/tags/<tag>.lock, which git refuses to write over.
    const QStringList staleLocks
        = step.interrupted ? QStringList { QStringLiteral("refs/tags/") + tag, QStringLiteral("packed-refs") } : QStringList {};
    const QDateTime startedAt = m_startedAt;
    QPointer<ReleaseRun> self(this);
    // git runs blocking: on a thread of its own, the answer queued back here.
    QThread *thread = QThread::create([self, id, dir, tag, push, existsHere, staleLocks, startedAt] {
        ProjectLoadOptions loadOptions;
        loadOptions.createSettingsIfMissing = false;
        Status status;
        QStringList lines;
        auto project = loadPythonProject(dir, loadOptions);
        auto request = project ? TagRequest::forProject(*project, tag) : Result<TagRequest>(std::unexpected(project.error()));
        auto removed = Git(dir).removeStaleLocks(staleLocks, startedAt);
        for (const QString &lock : removed.value_or(QStringList {})) {
            lines << QCoreApplication::translate("core", "Removed %1, left by the git that the interrupted run was running.")
                         .arg(lock);
        }
        if (!removed) {
            status = std::unexpected(removed.error());
        } else if (!request) {
            status = std::unexpected(request.error());
        } else {
            request->push = push;
            request->allowDetached = true;
            const TagOperations operations(dir);
            auto tagPlan = existsHere ? operations.planPushExisting(*request) : operations.planCreate(*request);
            if (!tagPlan) {
                status = std::unexpected(tagPlan.error());
            } else {
                const PlanReport report = operations.run(*tagPlan, [&lines](const QString &line) { lines << line; });
                if (report.error) {
                    status = std::unexpected(*report.error);
                }
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, status, lines, push, existsHere] {
                if (!self) {
                    return;
                }
                for (const QString &line : lines) {
                    self->log(id, line);
                }
                if (status) {
                    ++self->m_changes;
                }
                self->completeStep(id, status,
                    status ? (existsHere ? QCoreApplication::translate("core", "pushed (it existed here only)")
                            : push       ? QCoreApplication::translate("core", "created and pushed")
                                         : QCoreApplication::translate("core", "created here (no remote to push to)"))
                           : QString());
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ReleaseRun::runStamp(const ReleaseStep &step)
{
    const QString id = step.id;
    const QString dir = m_plan.projectDir;
    const QString version = m_plan.version;
    const QString tag = m_plan.tag;
    struct Stamped
    {
        Status status;
        QString commit;
        qint64 time = 0;
        QStringList files;
    };
    // A run killed while git committed leaves index.lock (and HEAD's or the branch's lock).
    const bool interrupted = step.interrupted;
    const QDateTime startedAt = m_startedAt;
    QPointer<ReleaseRun> self(this);
    QThread *thread = QThread::create([self, id, dir, version, tag, interrupted, startedAt] {
        Stamped out;
        ProjectLoadOptions loadOptions;
        loadOptions.createSettingsIfMissing = false;
        auto project = loadPythonProject(dir, loadOptions);
        auto stampPlan = project ? VersionStamp::plan(*project, version) : Result<StampPlan>(std::unexpected(project.error()));
        Status unlocked;
        if (interrupted) {
            const Git git(dir);
            QStringList locks { QStringLiteral("index"), QStringLiteral("HEAD"), QStringLiteral("packed-refs") };
            if (auto branch = git.run({ QStringLiteral("symbolic-ref"), QStringLiteral("-q"), QStringLiteral("HEAD") })) {
                locks << branch->trimmed();
            }
            auto removed = git.removeStaleLocks(locks, startedAt);
            if (!removed) {
                unlocked = std::unexpected(removed.error());
            }
        }
        if (!unlocked) {
            out.status = unlocked;
        } else if (!stampPlan) {
            out.status = std::unexpected(stampPlan.error());
        } else if (auto applied = VersionStamp::apply(*stampPlan); !applied) {
            out.status = applied;
        } else {
            for (const StampedFile &file : std::as_const(stampPlan->files)) {
                if (file.changed()) {
                    out.files << file.relativePath;
                }
            }
            const Git git(dir);
            QStringList commit { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                QStringLiteral("Release %1").arg(tag), QStringLiteral("--") };
            auto added = git.run(QStringList { QStringLiteral("add"), QStringLiteral("--") } + out.files);
            auto committed = added ? git.run(commit + out.files) : Result<QString>(std::unexpected(added.error()));
            if (!committed) {
                out.status = fail(Error::Code::ToolFailed,
                    QCoreApplication::translate("core", "The stamped files could not be committed: %1")
                        .arg(committed.error().message),
                    QCoreApplication::translate("core",
                        "git needs an identity: git config user.name and user.email (the files are stamped; commit "
                        "them and run again)."));
            } else {
                out.commit = git.run({ QStringLiteral("rev-parse"), QStringLiteral("HEAD") }).value_or(QString()).trimmed();
                out.time = git.run({ QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%ct") })
                               .value_or(QString())
                               .trimmed()
                               .toLongLong();
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, out] {
                if (!self) {
                    return;
                }
                if (out.status && !out.commit.isEmpty()) {
                    // Everything after builds, tags and releases the stamped commit.
                    self->m_plan.commit = out.commit;
                    self->m_plan.commitTime = out.time;
                    if (ReleaseStep *mine = self->m_plan.step(id)) {
                        mine->data.insert(QStringLiteral("commit_after"), out.commit);
                    }
                    ++self->m_changes;
                }
                self->completeStep(id, out.status,
                    out.status ? QCoreApplication::translate("core", "%1 stamped, committed as %2")
                                     .arg(out.files.join(QStringLiteral(", ")), out.commit.left(12))
                               : QString());
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ReleaseRun::runBuild(const ReleaseStep &step)
{
    BuildRequest request;
    request.projectDir = m_plan.projectDir;
    request.outDir = m_plan.outDir;
    request.targets = { step.target };
    request.version = m_plan.version;
    request.pythonZip = absoluteIn(QDir::currentPath(), m_request.pythonZip);
    request.pythonBaseUrl = m_request.pythonBaseUrl;
    request.indexUrl = m_request.indexUrl;
    for (const QString &links : m_request.findLinks) {
        request.findLinks << absoluteIn(QDir::currentPath(), links);
    }
    request.noIndex = m_request.noIndex;
    request.cacheDir = m_request.cacheDir;
    request.workDir = QDir(m_plan.workDir).filePath(step.target);
    request.keepWork = step.target == QStringLiteral("windows") && m_plan.installer;
    request.sourceDateEpoch = m_plan.commitTime;
    request.environment = m_request.environment;
    auto *run = new BuildRun(request, this);
    track(step.id, run);
    const QString id = step.id;
    connect(run, &BuildRun::logLine, this, [this, id](const QString &line) { log(id, line); });
    connect(run, &BuildRun::progress, this,
        [this, id](qint64 done, qint64 total, const QString &text) { setProgress(id, done, total, text); });
    connect(run, &BuildRun::finished, this, [this, id, run](const Result<BuildReport> &report) {
        run->deleteLater();
        if (!report) {
            const Error &error = report.error();
            if (m_request.skipUnavailableTargets && id == QStringLiteral("build:windows")
                && (error.code == Error::Code::Network || error.code == Error::Code::Timeout)) {
                skipStep(id,
                    QCoreApplication::translate("core",
                        "skipped: the Windows build needs the embeddable Python, which could not be downloaded (%1). "
                        "Give a local python-X.Y.Z-embed-amd64.zip (--python-zip, or [build] python_zip).")
                        .arg(error.message));
                return;
            }
            if (id == QStringLiteral("build:windows")
                && (error.code == Error::Code::Network || error.code == Error::Code::Timeout)) {
                // Say what gets the release going again, not only what went wrong.
                completeStep(id,
                    fail(error.code,
                        error.message
                            + QCoreApplication::translate("core",
                                " The Windows build needs the embeddable Python: give a local "
                                "python-X.Y.Z-embed-amd64.zip with --python-zip (or [build] python_zip), or "
                                "pass --skip-unavailable to release without Windows.")));
                return;
            }
            completeStep(id, std::unexpected(error));
            return;
        }
        if (report->targets.isEmpty()) {
            completeStep(id, fail(Error::Code::Unknown, QCoreApplication::translate("core", "the build reported no output")));
            return;
        }
        const TargetReport &target = report->targets.first();
        if (ReleaseStep *mine = m_plan.step(id)) {
            mine->outputs = { StepFile { target.output, target.size, target.sha256 } };
            mine->data.insert(QStringLiteral("dist_dir"), target.details.value(QStringLiteral("dist_dir")).toString());
            mine->data.insert(QStringLiteral("seconds"), double(target.milliseconds) / 1000.0);
        }
        completeStep(id, {}, QStringLiteral("%1 (%2)").arg(QFileInfo(target.output).fileName(), formatBytes(target.size)));
    });
    run->start();
}

void ReleaseRun::runInstaller(const ReleaseStep &step)
{
    const QString id = step.id;
    const ReleaseStep *build = m_plan.step(QStringLiteral("build:windows"));
    const QString distDir = build ? build->data.value(QStringLiteral("dist_dir")).toString() : QString();
    const QString projectDir = m_plan.projectDir;
    const QString versionText = m_plan.version;
    const QString outDir = m_plan.outDir;
    // Reading the payload (a stat per file of the portable build) and the project (git) on a
    // thread of its own; makensis then starts from here.
    auto input = std::make_shared<Result<NsisScriptInput>>(std::unexpected(Error {}));
    QThread *thread = QThread::create([input, distDir, projectDir, versionText, outDir] {
        auto payload = PortablePayload::inspect(distDir);
        if (!payload) {
            *input = std::unexpected(payload.error());
            return;
        }
        ProjectLoadOptions loadOptions;
        loadOptions.createSettingsIfMissing = false;
        auto project = loadPythonProject(projectDir, loadOptions);
        auto version = Version::parse(versionText);
        if (!project || !version) {
            *input = std::unexpected(!project ? project.error() : version.error());
            return;
        }
        *input = NsisScriptInput::fromProject(*project, *version, *payload, outDir);
    });
    connect(thread, &QThread::finished, this, [this, id, input] { buildInstaller(id, *input); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ReleaseRun::buildInstaller(const QString &id, const Result<NsisScriptInput> &input)
{
    if (!input) {
        completeStep(id, std::unexpected(input.error()));
        return;
    }
    if (m_cancelled) {
        completeStep(id, fail(Error::Code::Cancelled, QCoreApplication::translate("core", "The release run was cancelled.")));
        return;
    }
    InstallerBuildRequest request;
    request.input = *input;
    request.scriptPath = QDir(m_plan.workDir).filePath(QStringLiteral("installer.nsi")); // a side file, not a release file
    request.signing = m_signing;
    auto *job = new InstallerBuildJob(request, this);
    track(id, job);
    connect(job, &InstallerBuildJob::logLine, this, [this, id](const QString &line) { log(id, line); });
    connect(job, &InstallerBuildJob::progress, this,
        [this, id](qint64 done, qint64 total, const QString &text) { setProgress(id, done, total, text); });
    connect(job, &InstallerBuildJob::finished, this, [this, id, job](const Result<InstallerBuildResult> &result) {
        job->deleteLater();
        if (!result) {
            completeStep(id, std::unexpected(result.error()));
            return;
        }
        const InstallerBuildResult built = *result;
        FileHasher::hash(built.installerPath, this, [this, id, built](const Result<FileDigest> &digest) {
            if (!digest) {
                completeStep(id, std::unexpected(digest.error()));
                return;
            }
            if (ReleaseStep *mine = m_plan.step(id)) {
                mine->outputs = { StepFile { built.installerPath, digest->size, digest->sha256 } };
                mine->data.insert(QStringLiteral("makensis_seconds"), double(built.makensisMs) / 1000.0);
                mine->data.insert(QStringLiteral("signed"), built.isSigned);
            }
            completeStep(id, {},
                QStringLiteral("%1 (%2, SHA-256 %3…)")
                    .arg(QFileInfo(built.installerPath).fileName(), formatBytes(digest->size), digest->sha256.left(12)));
        });
    });
    job->start();
}

void ReleaseRun::runReleasePlan(const QString &id, const Plan &plan, std::function<void(const ReleaseInfo &)> done)
{
    if (!m_provider) {
        completeStep(id, fail(Error::Code::Cancelled, QCoreApplication::translate("core", "the server connection went away")));
        return;
    }
    auto *runner = new ReleasePlanRunner(m_provider, plan, this);
    runner->setParallelUploads(1);
    track(id, runner);
    connect(runner, &ReleasePlanRunner::logLine, this, [this, id](const QString &line) { log(id, line); });
    connect(runner, &ReleasePlanRunner::assetProgress, this,
        [this, id](int, qint64 sent, qint64 total, const QString &text) { setProgress(id, sent, total, text); });
    connect(runner, &ReleasePlanRunner::finished, this, [this, id, runner, done](const Result<ReleaseInfo> &result) {
        runner->deleteLater();
        if (!result) {
            completeStep(id, std::unexpected(result.error()));
            return;
        }
        if (result->id > 0) {
            m_release = *result;
            m_plan.releaseId = m_release.id;
        }
        if (done) {
            done(*result);
        }
        completeStep(id, {});
    });
    runner->start();
}

void ReleaseRun::runRelease(const ReleaseStep &step)
{
    const QString id = step.id;
    // Looked up again: a resumed run, or one that waited for the tag, may find it created since.
    m_provider->releaseByTag(m_plan.tag, this, [this, id](const Result<ReleaseInfo> &found) {
        if (!found && found.error().code != Error::Code::NotFound) {
            completeStep(id, std::unexpected(found.error()));
            return;
        }
        Plan plan;
        plan.data = QJsonObject { { QStringLiteral("tag"), m_plan.tag } };
        if (found) {
            m_release = *found;
            m_plan.releaseId = m_release.id;
            // A build job knows only its own targets' files: it leaves the notes to the create and
            // finish jobs, which know them all, instead of trimming the Downloads table.
            const ReleaseEdit edit = m_request.phase == ReleasePhase::Build ? ReleaseEdit {} : changesFor(m_release);
            if (ReleaseStep *mine = m_plan.step(id)) {
                mine->data.insert(QStringLiteral("release_id"), m_release.id);
            }
            if (edit.isEmpty()) {
                completeStep(
                    id, {}, QCoreApplication::translate("core", "release #%1 exists; reused as it is").arg(m_release.id));
                return;
            }
            PlanAction action = PlanAction::http(QStringLiteral("edit-release"),
                QCoreApplication::translate("core", "Update the release's notes"),
                m_provider->planEditRelease(m_release.id, edit));
            action.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("edit-release") },
                { QStringLiteral("release_id"), m_release.id }, { QStringLiteral("edit"), edit.toJson() } };
            plan.actions << action;
            ++m_changes;
            runReleasePlan(id, plan, [this, id](const ReleaseInfo &) {
                if (ReleaseStep *mine = m_plan.step(id)) {
                    mine->message = QCoreApplication::translate("core", "release #%1 exists; its title and notes updated")
                                        .arg(m_release.id);
                }
            });
            return;
        }
        const ReleaseSpec spec = newReleaseSpec();
        PlanAction action = PlanAction::http(QStringLiteral("create-release"),
            QCoreApplication::translate("core", "Create the release %1").arg(m_plan.tag), m_provider->planCreateRelease(spec));
        action.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("create-release") },
            { QStringLiteral("spec"), spec.toJson() } };
        plan.actions << action;
        ++m_changes;
        runReleasePlan(id, plan, [this, id](const ReleaseInfo &release) {
            if (ReleaseStep *mine = m_plan.step(id)) {
                mine->data.insert(QStringLiteral("release_id"), release.id);
                mine->message = QCoreApplication::translate("core", "release #%1 created").arg(release.id);
            }
        });
    });
}

void ReleaseRun::runUpload(const ReleaseStep &step)
{
    const QString id = step.id;
    // makensis stamps the time into every installer, so a rebuilt one never has the same bytes.
    // When the release already holds the installer and the portable zip it packs is byte for byte
    // the one on the release, the installer there is of this very payload: it is kept, and a
    // re-run of a release (a re-triggered workflow job) changes nothing.
    const ReleaseStep *installer = m_plan.step(QStringLiteral("installer"));
    if (installer && installer->produces.contains(step.target)) {
        const ReleaseStep *zipUpload = nullptr;
        for (const QString &dependency : step.dependsOn) {
            const ReleaseStep *candidate = m_plan.step(dependency);
            if (candidate && candidate->kind == StepKind::Upload) {
                zipUpload = candidate;
            }
        }
        const AssetList onRelease = assetsNamed(m_release.assets, QFileInfo(step.target).fileName());
        if (zipUpload && zipUpload->state == StepState::Done && zipUpload->data.value(QStringLiteral("unchanged")).toBool()
            && onRelease.size() == 1) {
            if (ReleaseStep *mine = m_plan.step(id)) {
                // No local hash of the kept bytes: SHA256SUMS hashes it from the server.
                mine->outputs = { StepFile { QFileInfo(step.target).fileName(), onRelease.first().size, QString() } };
            }
            skipStep(id,
                QCoreApplication::translate("core",
                    "kept the installer on the release: it packs the same portable build (identical zip), and a "
                    "rebuilt installer differs only by makensis' time stamps"));
            return;
        }
    }
    PublishOptions options;
    options.tag = m_plan.tag;
    options.files = { step.target };
    options.prerelease = m_plan.prerelease;
    options.createIfMissing = false;
    options.generateChecksums = false;
    options.draftThenPublish = false;
    auto *planner = new AssetPlan(m_provider, options, this);
    track(id, planner);
    connect(planner, &AssetPlan::logLine, this, [this, id](const QString &line) { log(id, line); });
    connect(planner, &AssetPlan::finished, this, [this, id, planner](const Result<Plan> &plan) {
        planner->deleteLater();
        if (!plan) {
            completeStep(id, std::unexpected(plan.error()));
            return;
        }
        const auto digests = planner->localDigests();
        const FileDigest digest = digests.isEmpty() ? FileDigest {} : digests.cbegin().value();
        const bool uploads = std::any_of(
            plan->actions.cbegin(), plan->actions.cend(), [](const PlanAction &action) { return !action.changesNothing; });
        if (ReleaseStep *mine = m_plan.step(id)) {
            mine->outputs = { StepFile { digest.path, digest.size, digest.sha256 } };
            mine->data.insert(QStringLiteral("sha256"), digest.sha256);
            mine->data.insert(QStringLiteral("size"), digest.size);
        }
        if (uploads) {
            ++m_changes;
        }
        const QString message = uploads ? QCoreApplication::translate("core", "uploaded (%1)").arg(formatBytes(digest.size))
                                        : QCoreApplication::translate("core", "already on the release with the same SHA-256");
        runReleasePlan(id, *plan, [this, id, message, uploads](const ReleaseInfo &) {
            if (ReleaseStep *mine = m_plan.step(id)) {
                mine->message = message;
                mine->data.insert(QStringLiteral("unchanged"), !uploads);
            }
        });
    });
    planner->start();
}

void ReleaseRun::runChecksums(const ReleaseStep &step)
{
    const QString id = step.id;
    m_provider->listAssets(m_release, this, [this, id](const Result<AssetList> &listed) {
        if (!listed) {
            completeStep(id, std::unexpected(listed.error()));
            return;
        }
        const AssetList assets = *listed;
        // What this run knows: the SHA-256 of each file it uploaded (the upload checked the size).
        QHash<QString, QString> hashes;
        for (const ReleaseStep &upload : std::as_const(m_plan.steps)) {
            if (upload.kind != StepKind::Upload || upload.outputs.isEmpty()) {
                continue;
            }
            const StepFile &file = upload.outputs.first();
            const AssetList named = assetsNamed(assets, QFileInfo(upload.target).fileName());
            if (named.size() == 1 && named.first().size == file.size && !file.sha256.isEmpty()) {
                hashes.insert(named.first().name, file.sha256);
            }
        }
        // Anything else on the release (a file added by hand) is hashed from the server.
        auto unknown = std::make_shared<AssetList>();
        for (const AssetInfo &asset : assets) {
            if (asset.name != Sha256Sums::fileName() && !AssetSync::isTemporaryName(asset.name) && !hashes.contains(asset.name)
                && !ArtifactNames::isUpdateMetadata(asset.name)) {
                *unknown << asset;
            }
        }
        auto known = std::make_shared<QHash<QString, QString>>(hashes);
        auto hashNext = std::make_shared<std::function<void()>>();
        *hashNext = [this, id, assets, known, unknown, hashNext]() {
            if (unknown->isEmpty()) {
                writeChecksums(id, assets, *known);
                *hashNext = nullptr;
                return;
            }
            const AssetInfo asset = unknown->takeFirst();
            log(id, QCoreApplication::translate("core", "Hashing %1 from the server (not a file of this run)").arg(asset.name));
            TransferJob *job = m_provider->downloadAsset(m_release, asset, QString(), this);
            track(id, job);
            connect(
                job, &TransferJob::finished, this, [this, id, job, asset, known, hashNext](const Result<TransferResult> &result) {
                    job->deleteLater();
                    if (!result) {
                        completeStep(id, std::unexpected(result.error()));
                        *hashNext = nullptr;
                        return;
                    }
                    known->insert(asset.name, result->sha256);
                    (*hashNext)();
                });
            job->start();
        };
        (*hashNext)();
    });
}

void ReleaseRun::writeChecksums(const QString &id, const AssetList &assets, const QHash<QString, QString> &hashes)
{
    Sha256Sums sums;
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it) {
        sums.set(it.key(), it.value());
    }
    const QByteArray content = sums.toText();
    const AssetList existing = assetsNamed(assets, Sha256Sums::fileName());
    if (ReleaseStep *mine = m_plan.step(id)) {
        mine->data.insert(QStringLiteral("size"), content.size());
        mine->data.insert(QStringLiteral("files"), int(sums.size()));
    }
    // With an update signing key, SHA256SUMS.sig goes up right after the checksums it signs.
    auto signature = ChecksumSigning::signatureFor(content);
    if (!signature) {
        completeStep(id, std::unexpected(signature.error()));
        return;
    }
    const AssetList signatures = assetsNamed(assets, ChecksumSigning::signatureFileName());
    auto signatureAction = [this, signatures](const QByteArray &text) {
        const QString name = ChecksumSigning::signatureFileName();
        PlanAction action = PlanAction::http(QStringLiteral("upload:") + name,
            QCoreApplication::translate("core", "Upload %1").arg(name), m_provider->planUpload(m_release, name, text.size(), {}));
        for (const AssetInfo &asset : signatures) {
            action.followUps << m_provider->planDeleteAsset(m_release, asset.id);
        }
        action.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("upload-sums") },
            { QStringLiteral("release_id"), m_release.id }, { QStringLiteral("name"), name },
            { QStringLiteral("content"), QString::fromUtf8(text) }, { QStringLiteral("size"), text.size() } };
        return action;
    };
    auto signOnly = [this, id, signature = *signature, signatures, signatureAction, sums](const QString &unchanged) {
        if (!signature) {
            completeStep(id, {}, unchanged);
            return;
        }
        auto uploadSignature = [this, id, signature, signatureAction, sums] {
            Plan plan;
            plan.data = QJsonObject { { QStringLiteral("tag"), m_plan.tag }, { QStringLiteral("release_id"), m_release.id } };
            plan.actions << signatureAction(*signature);
            ++m_changes;
            runReleasePlan(id, plan, [this, id, sums](const ReleaseInfo &) {
                if (ReleaseStep *mine = m_plan.step(id)) {
                    mine->message = QCoreApplication::translate(
                        "core", "SHA256SUMS (%n file(s)) unchanged; SHA256SUMS.sig uploaded", nullptr, int(sums.size()));
                }
            });
        };
        if (signatures.size() != 1 || signatures.first().size != signature->size()) {
            uploadSignature();
            return;
        }
        auto temp = std::make_shared<QTemporaryDir>();
        const QString path = QDir(temp->path()).filePath(ChecksumSigning::signatureFileName());
        TransferJob *job = m_provider->downloadAsset(m_release, signatures.first(), path, this);
        track(id, job);
        connect(job, &TransferJob::finished, this,
            [this, id, job, temp, path, signature, unchanged, uploadSignature](const Result<TransferResult> &result) {
                job->deleteLater();
                auto text = result ? readWholeFile(path) : Result<QByteArray>(std::unexpected(result.error()));
                if (text && *text == *signature) {
                    completeStep(id, {}, unchanged + QCoreApplication::translate("core", ", signed"));
                    return;
                }
                uploadSignature();
            });
        job->start();
    };
    auto upload = [this, id, content, existing, sums, signature = *signature, signatureAction] {
        PlanAction action = PlanAction::http(QStringLiteral("upload:SHA256SUMS"),
            QCoreApplication::translate("core", "Upload SHA256SUMS (%n file(s))", nullptr, int(sums.size())),
            m_provider->planUpload(m_release, Sha256Sums::fileName(), content.size(), {}));
        for (const AssetInfo &asset : existing) {
            action.followUps << m_provider->planDeleteAsset(m_release, asset.id);
        }
        action.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("upload-sums") },
            { QStringLiteral("release_id"), m_release.id }, { QStringLiteral("name"), Sha256Sums::fileName() },
            { QStringLiteral("content"), QString::fromUtf8(content) }, { QStringLiteral("size"), content.size() } };
        Plan plan;
        plan.data = QJsonObject { { QStringLiteral("tag"), m_plan.tag }, { QStringLiteral("release_id"), m_release.id } };
        plan.actions << action;
        if (signature) {
            plan.actions << signatureAction(*signature);
        }
        ++m_changes;
        runReleasePlan(id, plan, [this, id, sums, signed_ = signature.has_value()](const ReleaseInfo &) {
            if (ReleaseStep *mine = m_plan.step(id)) {
                mine->message
                    = QCoreApplication::translate("core", "SHA256SUMS uploaded, listing %n file(s)%1", nullptr, int(sums.size()))
                          .arg(signed_ ? QCoreApplication::translate("core", ", and SHA256SUMS.sig") : QString());
            }
        });
    };
    if (existing.size() != 1 || existing.first().size != content.size()) {
        upload();
        return;
    }
    // Same size: read the one on the server to see whether it already says exactly this.
    auto temp = std::make_shared<QTemporaryDir>();
    const QString path = QDir(temp->path()).filePath(Sha256Sums::fileName());
    TransferJob *job = m_provider->downloadAsset(m_release, existing.first(), path, this);
    track(id, job);
    connect(job, &TransferJob::finished, this,
        [this, id, job, temp, path, content, sums, upload, signOnly](const Result<TransferResult> &result) {
            job->deleteLater();
            auto text = result ? readWholeFile(path) : Result<QByteArray>(std::unexpected(result.error()));
            if (text && *text == content) {
                signOnly(
                    QCoreApplication::translate("core", "SHA256SUMS already lists these %n file(s)", nullptr, int(sums.size())));
                return;
            }
            upload();
        });
    job->start();
}

void ReleaseRun::runVerify(const ReleaseStep &step)
{
    QJsonArray expected;
    for (const ReleaseStep &upload : std::as_const(m_plan.steps)) {
        if (upload.kind == StepKind::Upload && !upload.outputs.isEmpty()) {
            expected.append(QJsonObject { { QStringLiteral("name"), QFileInfo(upload.target).fileName() },
                { QStringLiteral("size"), upload.outputs.first().size } });
        }
    }
    if (const ReleaseStep *sums = m_plan.step(QStringLiteral("checksums"))) {
        expected.append(QJsonObject { { QStringLiteral("name"), Sha256Sums::fileName() },
            { QStringLiteral("size"), sums->data.value(QStringLiteral("size")).toInteger(-1) } });
    }
    PlanAction verify = PlanAction::http(QStringLiteral("verify"), step.description, PlanRequest {});
    verify.changesNothing = true;
    verify.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("verify") },
        { QStringLiteral("release_id"), m_release.id }, { QStringLiteral("expected"), expected } };
    Plan plan;
    plan.data = QJsonObject { { QStringLiteral("tag"), m_plan.tag }, { QStringLiteral("release_id"), m_release.id } };
    plan.actions << verify;
    const QString id = step.id;
    const int count = int(expected.size());
    runReleasePlan(id, plan, [this, id, count](const ReleaseInfo &) {
        if (ReleaseStep *mine = m_plan.step(id)) {
            mine->message = QCoreApplication::translate("core", "%n file(s), each once with its size", nullptr, count);
        }
    });
}

void ReleaseRun::runPublish(const ReleaseStep &step)
{
    const QString id = step.id;
    m_provider->releaseById(m_release.id, this, [this, id](const Result<ReleaseInfo> &release) {
        if (!release) {
            completeStep(id, std::unexpected(release.error()));
            return;
        }
        m_release = *release;
        if (!m_release.draft) {
            skipStep(id, QCoreApplication::translate("core", "published already"));
            return;
        }
        ReleaseEdit edit;
        edit.draft = false;
        PlanAction publish = PlanAction::http(QStringLiteral("publish-release"),
            QCoreApplication::translate("core", "Publish %1").arg(m_plan.tag), m_provider->planEditRelease(m_release.id, edit));
        publish.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("publish-release") },
            { QStringLiteral("release_id"), m_release.id } };
        Plan plan;
        plan.data = QJsonObject { { QStringLiteral("tag"), m_plan.tag }, { QStringLiteral("release_id"), m_release.id } };
        plan.actions << publish;
        ++m_changes;
        runReleasePlan(id, plan, [this, id](const ReleaseInfo &) {
            if (ReleaseStep *mine = m_plan.step(id)) {
                mine->message = QCoreApplication::translate("core", "published");
            }
        });
    });
}

void ReleaseRun::setProgress(const QString &id, qint64 done, qint64 total, const QString &text)
{
    if (total > 0) {
        m_fraction.insert(id, std::clamp(double(done) / double(total), 0.0, 1.0));
    }
    emit stepProgress(id, done, total, text);
    double sum = 0;
    int counted = 0;
    for (const ReleaseStep &step : std::as_const(m_plan.steps)) {
        ++counted;
        sum += step.isFinished() ? 1.0 : m_fraction.value(step.id, 0.0);
    }
    emit progress(qint64(sum * 1000.0 / std::max(1, counted)), 1000, text);
}

void ReleaseRun::saveJournal()
{
    if (m_request.dryRun || m_plan.journalPath.isEmpty()) {
        return;
    }
    if (!m_journalWriter) {
        m_journalWriter = std::make_unique<BackgroundFileWriter>();
        connect(m_journalWriter.get(), &BackgroundFileWriter::written, this, &ReleaseRun::onJournalWritten);
    }
    m_finalJournalWrite
        = m_journalWriter->write(m_plan.journalPath, QJsonDocument(m_plan.toJson()).toJson(QJsonDocument::Indented));
}

void ReleaseRun::onJournalWritten(quint64 sequence, const QString &error)
{
    if (!error.isEmpty() && error != m_journalWarning) {
        log({}, QCoreApplication::translate("core", "warning: the journal could not be written: %1").arg(error));
    }
    m_journalWarning = error;
    if (m_outcome && sequence >= m_finalJournalWrite) {
        m_runLock.reset();
        const Result<ReleaseOutcome> outcome = *m_outcome;
        m_outcome.reset();
        emit finished(outcome);
    }
}

void ReleaseRun::log(const QString &id, const QString &line)
{
    emit logLine(id, line);
}

void ReleaseRun::cancel()
{
    if (m_finished || m_cancelled || m_removingWork) {
        return;
    }
    m_cancelled = true;
    const auto cancels = m_jobs;
    for (const auto &cancelJob : cancels) {
        cancelJob();
    }
    QTimer::singleShot(0, this, &ReleaseRun::pump);
}

void ReleaseRun::finish(const Result<ReleaseOutcome> &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (!m_request.dryRun && m_runLock) {
        saveJournal();
    }
    if (m_journalWriter) {
        m_outcome = result; // finished() once the last journal is on disk (onJournalWritten)
        return;
    }
    m_runLock.reset();
    emit finished(result);
}

DockerImageRequest ReleaseRun::imageRequestFor(const Version &version, const QString &tag) const
{
    DockerImageRequest request;
    request.version = version;
    request.tag = tag;
    request.registry = m_request.dockerRegistry;
    request.engine = m_request.dockerEngine;
    request.serverUrl = m_request.serverUrl;
    request.repository = m_request.repository;
    request.buildArguments = m_request.dockerBuildArguments;
    request.environment = m_request.environment;
    return request;
}

void ReleaseRun::applyPhase(ReleasePlan &plan) const
{
    const ReleasePhase phase = m_request.phase;
    if (phase == ReleasePhase::All) {
        return;
    }
    auto runsHere = [phase](StepKind kind) {
        switch (phase) {
        case ReleasePhase::All: return true;
        case ReleasePhase::Create:
            return kind == StepKind::Version || kind == StepKind::Stamp || kind == StepKind::Tag || kind == StepKind::Notes
                || kind == StepKind::Release;
        case ReleasePhase::Build:
            return kind == StepKind::Version || kind == StepKind::Notes || kind == StepKind::Prepare || kind == StepKind::Build
                || kind == StepKind::Installer || kind == StepKind::Release || kind == StepKind::Upload;
        case ReleasePhase::Docker: return kind == StepKind::Version || kind == StepKind::Notes || kind == StepKind::Docker;
        case ReleasePhase::Finish:
            return kind == StepKind::Version || kind == StepKind::Notes || kind == StepKind::Release || kind == StepKind::Upload
                || kind == StepKind::Checksums || kind == StepKind::Verify || kind == StepKind::Publish;
        }
        return true;
    };
    for (ReleaseStep &step : plan.steps) {
        if (!runsHere(step.kind) && step.state == StepState::Pending) {
            step.state = StepState::Skipped;
            step.message
                = QCoreApplication::translate("core", "another job's step (this run is --phase %1)").arg(releasePhaseName(phase));
            step.data.insert(QStringLiteral("other_job"), true);
        }
        if (phase == ReleasePhase::Finish && step.kind == StepKind::Upload) {
            // The build jobs uploaded the files: this job only confirms each is there once.
            step.dependsOn = QStringList { QStringLiteral("release") };
            step.description = QCoreApplication::translate("core", "Check that %1 is on the release (uploaded by its build job)")
                                   .arg(QFileInfo(step.target).fileName());
        }
    }
    plan.notes << QCoreApplication::translate(
        "core", "This run is the %1 part of the release (--phase %1); the other steps are other jobs'.")
                      .arg(releasePhaseName(phase));
}

void ReleaseRun::confirmUploaded(const ReleaseStep &step)
{
    const QString id = step.id;
    const QString name = QFileInfo(step.target).fileName();
    m_provider->listAssets(m_release, this, [this, id, name](const Result<AssetList> &listed) {
        if (!listed) {
            completeStep(id, std::unexpected(listed.error()));
            return;
        }
        const AssetList named = assetsNamed(*listed, name);
        if (named.isEmpty()) {
            completeStep(id,
                fail(Error::Code::NotFound,
                    QCoreApplication::translate("core", "%1 is not on the release: its build job failed or did not upload it")
                        .arg(name)));
            return;
        }
        if (named.size() > 1) {
            completeStep(id,
                fail(Error::Code::Conflict,
                    QCoreApplication::translate("core", "%1 is on the release %2 times").arg(name).arg(named.size())));
            return;
        }
        if (ReleaseStep *mine = m_plan.step(id)) {
            mine->outputs = { StepFile { name, named.first().size, QString() } };
            mine->data.insert(QStringLiteral("size"), named.first().size);
        }
        completeStep(id, {}, QCoreApplication::translate("core", "on the release once (%1 bytes)").arg(named.first().size));
    });
}

void ReleaseRun::runDocker(const ReleaseStep &step)
{
    const QString id = step.id;
    auto version = Version::parse(m_plan.version);
    if (!version) {
        completeStep(id, std::unexpected(version.error()));
        return;
    }
    const DockerImageRequest imageRequest = imageRequestFor(*version, m_plan.tag);
    const QString projectDir = m_plan.projectDir;
    QString webhook = m_request.webhookUrl;
    if (webhook.isEmpty()) {
        webhook = m_request.environment.value(QStringLiteral("DOCKER_REDEPLOY_WEBHOOK_URL"));
    }
    const QString token = m_request.registryToken;
    TaskControl control;
    m_jobs.insert(id, [control] { control.cancel(); });
    QPointer<ReleaseRun> self(this);
    control.setLogSink([self, id](const QString &line) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, line] {
                if (self) {
                    self->log(id, line);
                }
            },
            Qt::QueuedConnection);
    });
    control.setProgressSink([self, id](qint64 done, qint64 total, const QString &text) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, done, total, text] {
                if (self) {
                    self->setProgress(id, done, total, text);
                }
            },
            Qt::QueuedConnection);
    });
    // Loading the project and planning the image run git and `docker info` (up to its 15 s
    // timeout when the daemon hangs): on the thread too, not on the window's.
    QThread *thread = QThread::create([self, id, projectDir, imageRequest, token, control, webhook]() mutable {
        Result<DockerOutcome> outcome = std::unexpected(Error {});
        auto loaded = loadPythonProject(projectDir, ProjectLoadOptions { false });
        auto imagePlan = loaded ? DockerPlan::make(*loaded, imageRequest) : Result<DockerPlan>(std::unexpected(loaded.error()));
        if (!imagePlan) {
            outcome = std::unexpected(imagePlan.error());
        } else {
            if (webhook.isEmpty()) {
                webhook = loaded->settings.docker.webhookUrl;
            }
            outcome = DockerImageRun::run(*imagePlan, DockerImageRun::Mode::BuildAndPush, token, control);
        }
        QString webhookNote;
        if (outcome && outcome->pushed && !webhook.isEmpty()) {
            auto answer = RedeployWebhook::post(webhook);
            webhookNote = !answer ? QCoreApplication::translate("core", "; redeploy webhook: %1").arg(answer.error().message)
                                  : QCoreApplication::translate("core", "; redeploy webhook at %1 answered HTTP %2")
                                        .arg(RedeployWebhook::displayUrl(webhook))
                                        .arg(answer->status);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, outcome, webhookNote] {
                if (!self) {
                    return;
                }
                if (!outcome) {
                    self->completeStep(id, std::unexpected(outcome.error()));
                    return;
                }
                if (ReleaseStep *mine = self->m_plan.step(id)) {
                    mine->data.insert(QStringLiteral("outcome"), outcome->toJson());
                }
                ++self->m_changes;
                self->completeStep(id, {},
                    (outcome->pushed ? QCoreApplication::translate("core", "pushed %1")
                                           .arg(outcome->pushedReferences.join(QStringLiteral(", ")))
                                     : QCoreApplication::translate("core", "built; not pushed: %1").arg(outcome->pushSkipped))
                        + webhookNote);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace rd
