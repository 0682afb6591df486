// releasedesk-cli release run (the whole release as one plan, one run, one journal) and
// notes draft|render (the release notes and the exact release body).
#include "CliSupport.h"
#include "docker/DockerPlan.h"
#include "forge/ProviderFactory.h"
#include "forge/ServerConfig.h"
#include "project/ArtifactNames.h"
#include "project/PythonProject.h"
#include "release/ReleaseNotes.h"
#include "release/ReleaseRun.h"
#include "secrets/Redactor.h"
#include "versioning/VersionResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace rd::cli {

namespace {

QString absolute(const QString &path)
{
    return path.isEmpty() || path.contains(QStringLiteral("://")) ? path : QDir(path).absolutePath();
}

QJsonObject errorJson(const Error &error)
{
    return { { QStringLiteral("code"), errorCodeName(error.code) },
        { QStringLiteral("message"), Redactor::instance().redact(error.message) },
        { QStringLiteral("hint"), Redactor::instance().redact(error.hint) } };
}

int releaseRun(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"),
        QCoreApplication::translate("cli", "The project folder (default: current folder)."), QStringLiteral("DIR"));
    const QCommandLineOption version(QStringLiteral("version"),
        QCoreApplication::translate(
            "cli", "The version (default: the chain: tag on HEAD, GITEA_REF_NAME/GITHUB_REF_NAME, pyproject.toml...)."),
        QStringLiteral("V"));
    const ServerOptions where(true);
    const QCommandLineOption targets(QStringLiteral("targets"),
        QCoreApplication::translate("cli", "Comma-separated: windows,linux (default: [release] targets)."),
        QStringLiteral("LIST"));
    const QCommandLineOption noInstaller(
        QStringLiteral("no-installer"), QCoreApplication::translate("cli", "Do not build the Windows installer."));
    const QCommandLineOption out(QStringLiteral("out"),
        QCoreApplication::translate("cli", "Where the files go (default: <project>/dist)."), QStringLiteral("DIR"));
    const QCommandLineOption pythonZip(QStringLiteral("python-zip"),
        QCoreApplication::translate("cli", "A local python-X.Y.Z-embed-amd64.zip (Windows)."), QStringLiteral("FILE"));
    const QCommandLineOption pythonBaseUrl(QStringLiteral("python-base-url"),
        QCoreApplication::translate(
            "cli", "Where {version}/python-{version}-embed-amd64.zip is downloaded from (a mirror of python.org/ftp/python)."),
        QStringLiteral("URL"));
    const QCommandLineOption indexUrl(QStringLiteral("index-url"),
        QCoreApplication::translate("cli", "pip's package index (a mirror)."), QStringLiteral("URL"));
    const QCommandLineOption findLinks(QStringLiteral("find-links"),
        QCoreApplication::translate("cli", "A folder or URL of wheels (repeatable)."), QStringLiteral("DIR"));
    const QCommandLineOption noIndex(
        QStringLiteral("no-index"), QCoreApplication::translate("cli", "Use --find-links only (offline)."));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"),
        QCoreApplication::translate("cli", "The download and wheel cache (default: ~/.cache/releasedesk)."),
        QStringLiteral("DIR"));
    const QCommandLineOption notes(QStringLiteral("notes"),
        QCoreApplication::translate("cli", "The release notes (default: [release] notes_file, else drafted from history)."),
        QStringLiteral("FILE"));
    const QCommandLineOption draftFirst(QStringLiteral("draft-first"),
        QCoreApplication::translate("cli", "Create a draft, upload and check everything, then publish."));
    const QCommandLineOption noTag(QStringLiteral("no-tag"), QCoreApplication::translate("cli", "Never create or push the tag."));
    const QCommandLineOption stampOption(QStringLiteral("stamp"),
        QCoreApplication::translate(
            "cli", "Write the version into pyproject.toml, __version__ and package.json and commit that before tagging."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("cli", "Print the plan; write nothing anywhere (only reads)."));
    const QCommandLineOption resume(QStringLiteral("resume"),
        QCoreApplication::translate("cli", "Continue the interrupted run of this release from its journal."));
    const QCommandLineOption fresh(QStringLiteral("fresh"),
        QCoreApplication::translate("cli", "Ignore the journal of an earlier run: build and check everything again."));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
        QCoreApplication::translate("cli", "Uploads at a time (default 2)."), QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption noSign(QStringLiteral("no-sign"), QCoreApplication::translate("cli", "Do not sign the installer."));
    const QCommandLineOption skipUnavailable(QStringLiteral("skip-unavailable"),
        QCoreApplication::translate(
            "cli", "Skip (do not fail) a target whose inputs cannot be fetched, e.g. the embeddable Python offline."));
    const QCommandLineOption phase(QStringLiteral("phase"),
        QCoreApplication::translate(
            "cli", "The part of the release this run does, for workflow jobs: all (default), create, build, docker, finish."),
        QStringLiteral("PHASE"), QStringLiteral("all"));
    const QCommandLineOption docker(QStringLiteral("docker"),
        QCoreApplication::translate("cli", "Build and push the container image (default: [docker] enabled)."));
    const QCommandLineOption noDocker(
        QStringLiteral("no-docker"), QCoreApplication::translate("cli", "Leave the container image out."));
    const QCommandLineOption registry(QStringLiteral("registry"),
        QCoreApplication::translate(
            "cli", "The image's registry HOST/OWNER (default: [docker] registry, else the server's host)."),
        QStringLiteral("HOST/OWNER"));
    const QCommandLineOption engine(QStringLiteral("engine"),
        QCoreApplication::translate("cli", "docker or podman (default: the one found)."), QStringLiteral("NAME"));
    const QCommandLineOption buildArg(QStringLiteral("build-arg"),
        QCoreApplication::translate("cli", "A docker build argument (repeatable)."), QStringLiteral("KEY=VALUE"));
    where.addTo(parser);
    parser.addOptions({ project, version, targets, noInstaller, out, pythonZip, pythonBaseUrl, indexUrl, findLinks, noIndex,
        cacheDir, notes, draftFirst, noTag, stampOption, dryRun, resume, fresh, parallel, noSign, skipUnavailable, phase, docker,
        noDocker, registry, engine, buildArg });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli release run [--project DIR] [--version V] [--server URL --repo OWNER/NAME] [--targets windows,linux]\n"
        "       [--no-installer] [--out DIR] [--python-zip FILE] [--index-url U] [--find-links D] [--no-index] [--notes FILE]\n"
        "       [--draft-first] [--no-tag] [--stamp] [--dry-run] [--resume | --fresh] [--phase all|create|build|docker|finish]\n"
        "       [--docker | --no-docker] [--registry HOST/OWNER] [--engine docker|podman] [--build-arg K=V] [--json]\n"
        "The whole release as one plan: version, tag, builds side by side, installer, notes, release, each upload as soon\n"
        "as its file exists, SHA256SUMS, the check, publishing. A journal (<out>/.releasedesk/run-<tag>.json) is written\n"
        "after every step; a new run continues from it (--resume insists on it, --fresh ignores it), redoing nothing\n"
        "that is still valid: a finished release is checked and left as it is.\n"
        "--json prints the plan and the result on stdout and one JSON line per step event on stderr.\n"
        "The token comes from RELEASEDESK_TOKEN or DEPLOY_TOKEN, else the keychain.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(QCoreApplication::translate("cli", "release run takes no positional arguments (got '%1').")
                                      .arg(parser.positionalArguments().first()));
    }
    if (parser.isSet(dryRun) && parser.isSet(resume)) {
        return context.usageError(
            QCoreApplication::translate("cli", "--dry-run and --resume do not go together: a dry run writes no journal."));
    }
    if (parser.isSet(fresh) && parser.isSet(resume)) {
        return context.usageError(QCoreApplication::translate("cli", "--fresh and --resume contradict each other: choose one."));
    }
    const auto releasePhase = releasePhaseFromName(parser.value(phase).trimmed().toLower());
    if (!releasePhase) {
        return context.usageError(
            QCoreApplication::translate("cli", "--phase '%1' is not one of all, create, build, docker, finish.")
                .arg(parser.value(phase)));
    }
    if (parser.isSet(docker) && parser.isSet(noDocker)) {
        return context.usageError(
            QCoreApplication::translate("cli", "--docker and --no-docker contradict each other: choose one."));
    }
    auto loaded = projectFor(parser, project);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    const ServerFallback fromProject { loaded->settings.serverKind, loaded->settings.serverUrl, loaded->settings.repository,
        loaded->settings.localStorePath, loaded->rootDir, true };
    auto config = where.read(context, parser, fromProject);
    if (!config) {
        return context.printError(config.error(), Usage);
    }
    if (config->server.kind != ServerKind::Local) {
        config->token = tokenFor(config->server.url);
    }
    QNetworkAccessManager network;
    auto provider = createProvider(*config, &network);
    if (!provider) {
        return context.printError(provider.error(), Usage);
    }

    ReleaseRequest request;
    request.projectDir = loaded->rootDir;
    request.version = parser.value(version).trimmed();
    if (parser.isSet(targets)) {
        request.targets = parser.value(targets).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &target : *request.targets) {
            target = target.trimmed().toLower();
        }
    }
    request.installer = !parser.isSet(noInstaller);
    request.outDir = absolute(parser.value(out));
    request.pythonZip = absolute(parser.value(pythonZip));
    request.pythonBaseUrl = parser.value(pythonBaseUrl);
    request.indexUrl = parser.value(indexUrl);
    for (const QString &links : parser.values(findLinks)) {
        request.findLinks << absolute(links);
    }
    if (parser.isSet(noIndex)) {
        request.noIndex = true;
    }
    request.cacheDir = absolute(parser.value(cacheDir));
    request.notesFile = absolute(parser.value(notes));
    if (parser.isSet(draftFirst)) {
        request.draftFirst = true;
    }
    request.createTag = !parser.isSet(noTag);
    request.stamp = parser.isSet(stampOption);
    request.dryRun = parser.isSet(dryRun);
    request.resume = parser.isSet(resume);
    request.fresh = parser.isSet(fresh);
    request.skipUnavailableTargets = parser.isSet(skipUnavailable);
    request.parallelUploads = std::max(1, parser.value(parallel).toInt());
    if (config->server.kind != ServerKind::Local) {
        request.serverUrl = config->server.url;
        request.repository = config->repository;
    }
    request.phase = *releasePhase;
    if (parser.isSet(docker) || parser.isSet(noDocker)) {
        request.docker = parser.isSet(docker);
    }
    request.dockerRegistry = parser.value(registry);
    request.dockerEngine = parser.value(engine);
    for (const QString &pair : parser.values(buildArg)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return context.usageError(QCoreApplication::translate("cli", "--build-arg '%1' is not KEY=VALUE.").arg(pair));
        }
        request.dockerBuildArguments.insert(pair.left(equals), pair.mid(equals + 1));
    }
    request.registryToken = config->token.isEmpty() ? tokenFromEnvironment() : config->token;
    const InstallerSettings &installer = loaded->settings.installer;
    const QStringList chosenTargets = request.targets.value_or(loaded->settings.targets);
    if (!installer.signingCertificate.isEmpty() && !parser.isSet(noSign) && !request.dryRun && request.installer
        && chosenTargets.contains(QStringLiteral("windows"))) {
        const QString certificate = QDir(loaded->rootDir).absoluteFilePath(installer.signingCertificate);
        auto password = certificatePassword(certificate);
        if (!password) {
            return context.printError(password.error());
        }
        Redactor::instance().add(*password);
        SigningOptions signing;
        signing.certificatePath = certificate;
        signing.password = *password;
        signing.timestampUrl = installer.timestampUrl;
        request.signing = signing;
    }

    ReleaseRun run(request, provider->get());
    QElapsedTimer clock;
    clock.start();
    const bool json = context.json();
    auto stamp = [&clock] { return QStringLiteral("[%1s]").arg(double(clock.elapsed()) / 1000.0, 6, 'f', 1); };
    auto event = [&context](const QString &name, QJsonObject fields) {
        fields.insert(QStringLiteral("event"), name);
        context.err << QJsonDocument(fields).toJson(QJsonDocument::Compact) << '\n';
        context.err.flush();
    };
    QObject::connect(&run, &ReleaseRun::planReady, &run, [&](const ReleasePlan &plan) {
        if (json) {
            context.out << QJsonDocument(
                QJsonObject { { QStringLiteral("event"), QStringLiteral("plan") }, { QStringLiteral("plan"), plan.toJson() } })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        } else {
            beginGroup(context, QCoreApplication::translate("cli", "Release plan of %1").arg(plan.tag));
            context.out << Redactor::instance().redact(plan.toText());
            context.out.flush();
            endGroup(context);
        }
        context.out.flush();
    });
    QObject::connect(&run, &ReleaseRun::stepStarted, &run, [&](const QString &id, const QString &description) {
        if (json) {
            event(QStringLiteral("step-started"),
                { { QStringLiteral("step"), id }, { QStringLiteral("description"), description } });
        } else {
            context.err << stamp() << QStringLiteral(" ▶ %1  %2").arg(id, description) << Qt::endl;
        }
    });
    QObject::connect(&run, &ReleaseRun::stepFinished, &run, [&](const QString &id, StepState state, const QString &message) {
        if (json) {
            event(QStringLiteral("step-finished"),
                { { QStringLiteral("step"), id }, { QStringLiteral("state"), stepStateName(state) },
                    { QStringLiteral("message"), Redactor::instance().redact(message) } });
        } else {
            const QString mark = state == StepState::Failed ? QStringLiteral("✗") : QStringLiteral("✓");
            context.err << stamp() << QStringLiteral(" %1 %2  %3").arg(mark, id, Redactor::instance().redact(message))
                        << Qt::endl;
        }
    });
    QHash<QString, qint64> lastProgress;
    QObject::connect(
        &run, &ReleaseRun::stepProgress, &run, [&](const QString &id, qint64 done, qint64 total, const QString &text) {
            const qint64 now = clock.elapsed();
            if (done < total && now - lastProgress.value(id, -10'000) < (json ? 500 : 3000)) {
                return;
            }
            lastProgress.insert(id, now);
            if (json) {
                event(QStringLiteral("progress"),
                    { { QStringLiteral("step"), id }, { QStringLiteral("done"), done }, { QStringLiteral("total"), total },
                        { QStringLiteral("text"), text } });
            } else if (!text.isEmpty()) {
                context.err << stamp() << QStringLiteral("   %1  %2").arg(id, text) << Qt::endl;
            }
        });
    QObject::connect(&run, &ReleaseRun::logLine, &run, [&](const QString &id, const QString &line) {
        const QString safe = Redactor::instance().redact(line);
        if (json) {
            event(QStringLiteral("log"), { { QStringLiteral("step"), id }, { QStringLiteral("message"), safe } });
        } else if (!line.startsWith(QStringLiteral("▶ ")) && !line.startsWith(QStringLiteral("✓ "))
            && !line.startsWith(QStringLiteral("✗ "))) {
            context.err << QStringLiteral("         %1 | %2").arg(id.isEmpty() ? QStringLiteral("run") : id, safe) << Qt::endl;
        }
    });
    std::optional<Result<ReleaseOutcome>> outcome;
    QEventLoop loop;
    QObject::connect(&run, &ReleaseRun::finished, &loop, [&](const Result<ReleaseOutcome> &result) {
        outcome = result;
        loop.quit();
    });
    run.start();
    if (!outcome) {
        loop.exec();
    }
    if (!*outcome) {
        const Error &error = outcome->error();
        const int exit = error.code == Error::Code::InvalidInput ? Usage : Failure;
        if (json) {
            context.out << QJsonDocument(
                QJsonObject { { QStringLiteral("event"), QStringLiteral("result") }, { QStringLiteral("ok"), false },
                    { QStringLiteral("error"), errorJson(error) }, { QStringLiteral("journal"), run.currentPlan().journalPath } })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
            context.out.flush();
            return exit;
        }
        return context.printError(error, exit);
    }
    const ReleaseOutcome &done = **outcome;
    // Later steps and jobs of a workflow read these (needs.<job>.outputs.release_id...).
    if (done.executed) {
        if (auto written = writeRunnerOutputs({ { QStringLiteral("release_id"), QString::number(done.release.id) },
                { QStringLiteral("tag"), done.plan.tag }, { QStringLiteral("version"), done.plan.version } });
            !written) {
            return context.printError(written.error());
        }
    }
    for (const ReleaseStep &step : done.plan.steps) {
        if (step.kind == StepKind::Docker && step.message.contains(QStringLiteral("not pushed"))) {
            warnRunner(context, QStringLiteral("docker: ") + step.message);
        }
    }
    if (json) {
        QJsonObject result { { QStringLiteral("event"), QStringLiteral("result") }, { QStringLiteral("ok"), true },
            { QStringLiteral("executed"), done.executed }, { QStringLiteral("changed_nothing"), done.changedNothing },
            { QStringLiteral("tag"), done.plan.tag }, { QStringLiteral("version"), done.plan.version },
            { QStringLiteral("release_id"), done.release.id }, { QStringLiteral("journal"), done.plan.journalPath },
            { QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0 } };
        if (!done.release.htmlUrl.isEmpty()) {
            result.insert(QStringLiteral("url"), done.release.htmlUrl);
        }
        QJsonArray steps;
        for (const ReleaseStep &step : done.plan.steps) {
            steps.append(QJsonObject { { QStringLiteral("id"), step.id }, { QStringLiteral("state"), stepStateName(step.state) },
                { QStringLiteral("message"), step.message } });
        }
        result.insert(QStringLiteral("steps"), steps);
        context.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        context.out.flush();
        return Ok;
    }
    if (!done.executed) {
        context.out << QCoreApplication::translate("cli", "Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    for (const ReleaseStep &step : done.plan.steps) {
        if (step.state == StepState::Skipped && (step.kind == StepKind::Build || step.kind == StepKind::Installer)) {
            context.err << QStringLiteral("warning: %1 %2").arg(step.id, step.message) << Qt::endl;
        }
    }
    if (done.changedNothing) {
        context.out << QCoreApplication::translate("cli", "Nothing changed: %1 was already complete on %2 (release #%3).")
                           .arg(done.plan.tag, done.plan.server)
                           .arg(done.release.id)
                    << Qt::endl;
    } else if (done.plan.phase != QStringLiteral("all")) {
        context.out << QCoreApplication::translate("cli", "Done with the %1 part of %2 (release #%3) in %4 s.")
                           .arg(done.plan.phase, done.plan.tag)
                           .arg(done.release.id)
                           .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                    << Qt::endl;
    } else {
        context.out << QStringLiteral("Released %1 (release #%2%3) in %4 s.")
                           .arg(done.plan.tag)
                           .arg(done.release.id)
                           .arg(done.release.htmlUrl.isEmpty() ? QString() : QStringLiteral(", ") + done.release.htmlUrl)
                           .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                    << Qt::endl;
    }
    return Ok;
}

// --- notes --------------------------------------------------------------------------------------

int notesDraft(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"),
        QCoreApplication::translate("cli", "The project folder (default: current folder)."), QStringLiteral("DIR"));
    const QCommandLineOption since(QStringLiteral("since"),
        QCoreApplication::translate("cli", "The previous release's tag (default: the newest tag reachable from HEAD)."),
        QStringLiteral("TAG"));
    parser.addOptions({ project, since });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli notes draft [--project DIR] [--since TAG]\n"
                "Release notes in Markdown from the commits since the previous tag, on stdout."),
            code)) {
        return code;
    }
    auto loaded = projectFor(parser, project);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    QString from = parser.value(since).trimmed();
    if (!parser.isSet(since)) {
        auto previous = ReleaseNotes::previousTag(loaded->rootDir, loaded->settings.tagPrefix);
        if (!previous) {
            return context.printError(previous.error());
        }
        from = *previous;
    }
    auto commits = ReleaseNotes::history(loaded->rootDir, from);
    if (!commits) {
        return context.printError(commits.error(), parser.isSet(since) ? Usage : Failure);
    }
    const QString markdown = ReleaseNotes::draft(*commits, from);
    if (context.json()) {
        return context.printJson({ { QStringLiteral("since"), from }, { QStringLiteral("commits"), int(commits->size()) },
            { QStringLiteral("markdown"), markdown } });
    }
    context.out << markdown;
    context.out.flush();
    return Ok;
}

int notesRender(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"),
        QCoreApplication::translate("cli", "The project folder (default: current folder)."), QStringLiteral("DIR"));
    const QCommandLineOption tag(
        QStringLiteral("tag"), QCoreApplication::translate("cli", "The release's tag."), QStringLiteral("TAG"));
    const QCommandLineOption assets(QStringLiteral("assets"),
        QCoreApplication::translate("cli", "Files on the release (repeatable; default: the artifacts the release plan makes)."),
        QStringLiteral("FILE"));
    const QCommandLineOption notes(QStringLiteral("notes"),
        QCoreApplication::translate("cli", "The notes file (default: [release] notes_file, else drafted from history)."),
        QStringLiteral("FILE"));
    parser.addOptions({ project, tag, assets, notes });
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("cli", "More files on the release."), QStringLiteral("[FILE...]"));
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli notes render [--project DIR] --tag TAG [--assets FILE...] [--json]\n"
                "The exact release body: the notes, the Downloads table, the Docker pull lines. --json prints the\n"
                "request body that creates the release (tag_name, name, body, prerelease)."),
            code)) {
        return code;
    }
    if (parser.value(tag).trimmed().isEmpty()) {
        return context.usageError(QCoreApplication::translate("cli", "--tag is needed."));
    }
    auto loaded = projectFor(parser, project);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    const ProjectSettings &settings = loaded->settings;
    auto scheme = TagScheme::withPrefix(settings.tagPrefix);
    auto version
        = scheme ? scheme->versionFromTag(parser.value(tag).trimmed()) : Result<Version>(std::unexpected(scheme.error()));
    if (!version) {
        return context.printError(version.error(), Usage);
    }
    const ArtifactNames names = ArtifactNames::forProject(settings, loaded->name, *version);
    const QString releaseTag = parser.value(tag).trimmed();
    QString notesPath = parser.isSet(notes) ? absolute(parser.value(notes)) : QDir(loaded->rootDir).filePath(settings.notesFile);
    if (parser.isSet(notes) && !QFileInfo::exists(notesPath)) {
        return context.printError(Error::make(Error::Code::NotFound,
                                      QCoreApplication::translate("cli", "The notes file %1 does not exist.").arg(notesPath),
                                      QCoreApplication::translate("cli", "Give an existing Markdown file with --notes.")),
            Usage);
    }
    auto text = ReleaseNotes::readNotesFile(notesPath);
    if (!text) {
        return context.printError(text.error());
    }
    ReleaseBody body;
    body.notes = *text;
    if (body.notes.trimmed().isEmpty()) {
        auto since = ReleaseNotes::previousTag(loaded->rootDir, settings.tagPrefix, releaseTag);
        auto commits = ReleaseNotes::history(loaded->rootDir, since.value_or(QString()));
        body.notes = ReleaseNotes::draft(commits.value_or(QList<HistoryCommit> {}), since.value_or(QString()));
    }
    QStringList files = parser.values(assets) + parser.positionalArguments();
    if (files.isEmpty()) {
        for (const QString &target : settings.targets) {
            if (target == QStringLiteral("windows")) {
                files << names.installer() << names.windowsZip();
            } else if (target == QStringLiteral("linux")) {
                files << names.linuxTarball();
            }
        }
        files << QStringLiteral("SHA256SUMS");
    }
    const bool linked = settings.serverKind != QStringLiteral("local");
    for (const QString &file : std::as_const(files)) {
        const QString name = QFileInfo(file).fileName();
        body.downloads << DownloadEntry { name,
            linked ? ReleaseBody::downloadUrl(settings.serverUrl, settings.repository, releaseTag, name) : QString() };
    }
    if (settings.docker.enabled) {
        // The pull lines are the Docker step's tags, as the release run writes them.
        DockerImageRequest imageRequest;
        imageRequest.version = *version;
        imageRequest.tag = releaseTag;
        if (auto image = DockerPlan::make(*loaded, imageRequest)) {
            body.dockerImages = image->references();
        } else {
            context.err << QCoreApplication::translate("cli", "warning: no Docker section: %1").arg(image.error().message)
                        << Qt::endl;
        }
    }
    const QString markdown = body.toMarkdown();
    if (context.json()) {
        QJsonObject request { { QStringLiteral("tag_name"), releaseTag },
            { QStringLiteral("name"), names.title(settings.releaseTitle, releaseTag) }, { QStringLiteral("body"), markdown },
            { QStringLiteral("draft"), settings.draftFirst }, { QStringLiteral("prerelease"), version->isPrerelease() } };
        return context.printJson(request);
    }
    context.out << markdown;
    context.out.flush();
    return Ok;
}

} // namespace

QList<Command> runCommands()
{
    return {
        { QStringLiteral("release"), QStringLiteral("run"),
            QCoreApplication::translate(
                "cli", "The whole release: one plan, builds side by side, uploads as files appear, journaled and resumable."),
            releaseRun },
        { QStringLiteral("notes"), QStringLiteral("draft"),
            QCoreApplication::translate("cli", "Draft release notes from the commits since the last tag."), notesDraft },
        { QStringLiteral("notes"), QStringLiteral("render"),
            QCoreApplication::translate("cli", "The exact release body: notes, Downloads, Docker."), notesRender },
    };
}

} // namespace rd::cli
