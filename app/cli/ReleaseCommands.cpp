// releasedesk-cli release create|publish|upload|inspect|repair|delete
#include "CliSupport.h"
#include "common/AtomicFile.h"
#include "forge/ProviderFactory.h"
#include "forge/ServerConfig.h"
#include "plan/Plan.h"
#include "publish/AssetPlan.h"
#include "publish/Inspector.h"
#include "publish/Preflight.h"
#include "publish/ReleasePlanRunner.h"
#include "publish/RepairPlan.h"
#include "secrets/Redactor.h"
#include "secrets/SecretStore.h"
#include "version/TagScheme.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace rd::cli {

namespace {

// The options every release command shares, and what they resolve to.
struct Session
{
    ServerOptions where;
    QCommandLineOption tag { QStringLiteral("tag"), QCoreApplication::translate("cli", "The release's tag."),
        QStringLiteral("TAG") };
    QCommandLineOption dryRun { QStringLiteral("dry-run"),
        QCoreApplication::translate("cli", "Print the plan; change nothing.") };
    QCommandLineOption timeout { QStringLiteral("timeout"),
        QCoreApplication::translate("cli", "Seconds without progress before a transfer fails (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60") };
    QCommandLineOption retries { QStringLiteral("retries"),
        QCoreApplication::translate("cli", "Attempts per request on network errors and 5xx (default 4)."), QStringLiteral("N"),
        QStringLiteral("4") };

    QNetworkAccessManager network;
    std::unique_ptr<ReleaseProvider> provider;
    ProviderConfig config;

    void addTo(QCommandLineParser &parser)
    {
        where.addTo(parser);
        parser.addOptions({ tag, dryRun, timeout, retries });
    }

    // Builds the provider; returns an exit code on failure (after printing why), else -1.
    int open(Context &context, const QCommandLineParser &parser, bool needTag)
    {
        if (needTag && parser.value(tag).trimmed().isEmpty()) {
            return context.usageError(QCoreApplication::translate("cli", "--tag is needed."));
        }
        if (needTag) {
            if (const QString problem = TagScheme::refNameProblem(parser.value(tag)); !problem.isEmpty()) {
                return context.usageError(QCoreApplication::translate("cli", "--tag '%1' is not a valid tag name: %2.")
                                              .arg(parser.value(tag), problem));
            }
        }
        auto read = where.read(context, parser);
        if (!read) {
            return context.printError(read.error(), Usage);
        }
        config = *read;
        if (config.server.kind != ServerKind::Local) {
            config.token = tokenFor(config.server.url);
        }
        auto created = createProvider(config, &network);
        if (!created) {
            return context.printError(created.error(), Usage);
        }
        provider = std::move(*created);
        RetryPolicy policy;
        int seconds = 60;
        if (int exit = Ok; !readWholeNumber(context, parser, retries, 1, 20, policy.maxAttempts, exit)
            || !readWholeNumber(context, parser, timeout, 1, 86'400, seconds, exit)) {
            return exit;
        }
        provider->setRetryPolicy(policy);
        provider->setTransferTimeoutMs(seconds * 1000);
        return -1;
    }
};

// Progress and log lines: text on stderr, or one JSON object per line on stdout (--json).
class Reporter
{
public:
    explicit Reporter(Context &context)
        : m_context(context)
    {
        m_clock.start();
    }

    void event(const QString &name, QJsonObject fields)
    {
        if (!m_context.json()) {
            return;
        }
        fields.insert(QStringLiteral("event"), name);
        m_context.out << QJsonDocument(fields).toJson(QJsonDocument::Compact) << '\n';
        m_context.out.flush();
    }
    void log(const QString &line)
    {
        if (m_context.json()) {
            event(QStringLiteral("log"), { { QStringLiteral("message"), Redactor::instance().redact(line) } });
        } else {
            m_context.err << Redactor::instance().redact(line) << Qt::endl;
        }
    }
    void assetProgress(int index, const QString &name, qint64 done, qint64 total, const QString &text)
    {
        const qint64 now = m_clock.elapsed();
        if (done < total && now - m_last.value(index, -10'000) < (m_context.json() ? 250 : 1000)) {
            return;
        }
        m_last.insert(index, now);
        if (m_context.json()) {
            event(QStringLiteral("progress"),
                { { QStringLiteral("action"), index }, { QStringLiteral("asset"), name }, { QStringLiteral("done"), done },
                    { QStringLiteral("total"), total }, { QStringLiteral("text"), text } });
        } else {
            m_context.err << QStringLiteral("    %1: %2").arg(name, text) << Qt::endl;
        }
    }
    void plan(const Plan &plan)
    {
        if (m_context.json()) {
            event(QStringLiteral("plan"), plan.toJson());
        } else {
            m_context.out << Redactor::instance().redact(plan.toText());
            if (!plan.toText().endsWith(QLatin1Char('\n'))) {
                m_context.out << '\n';
            }
            m_context.out.flush();
        }
    }
    void checklist(const Checklist &items)
    {
        if (m_context.json()) {
            QJsonArray rows;
            for (const CheckItem &item : items) {
                rows.append(item.toJson());
            }
            event(QStringLiteral("preflight"),
                { { QStringLiteral("ok"), checklistPassed(items) }, { QStringLiteral("checks"), rows } });
        } else {
            m_context.err << QStringLiteral("Preflight:\n") << checklistText(items) << Qt::endl;
        }
    }

private:
    Context &m_context;
    QElapsedTimer m_clock;
    QHash<int, qint64> m_last;
};

// Runs a plan with the shared runner, reporting as it goes. Returns the release afterwards.
Result<ReleaseInfo> runPlan(ReleaseProvider *provider, const Plan &plan, int parallel, Reporter &reporter, QStringList *warnings)
{
    ReleasePlanRunner runner(provider, plan);
    runner.setParallelUploads(parallel);
    QObject::connect(&runner, &ReleasePlanRunner::logLine, &runner, [&reporter](const QString &line) { reporter.log(line); });
    QObject::connect(&runner, &ReleasePlanRunner::actionFinished, &runner, [&reporter, &plan](int index, const QString &outcome) {
        reporter.event(QStringLiteral("action"),
            { { QStringLiteral("index"), index }, { QStringLiteral("id"), plan.actions.at(index).id },
                { QStringLiteral("outcome"), outcome.isEmpty() ? QStringLiteral("done") : outcome } });
    });
    QObject::connect(&runner, &ReleasePlanRunner::assetProgress, &runner,
        [&reporter, &plan](int index, qint64 done, qint64 total, const QString &text) {
            reporter.assetProgress(
                index, plan.actions.at(index).data.value(QStringLiteral("name")).toString(), done, total, text);
        });
    std::optional<Result<ReleaseInfo>> result;
    QEventLoop loop;
    QObject::connect(&runner, &ReleasePlanRunner::finished, &loop, [&](const Result<ReleaseInfo> &done) {
        result = done;
        loop.quit();
    });
    runner.start();
    loop.exec();
    if (warnings) {
        *warnings += runner.warnings();
    }
    return *result;
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

int finishRun(
    Context &context, Reporter &reporter, const Plan &plan, const Result<ReleaseInfo> &release, const QStringList &warnings)
{
    if (!release) {
        if (context.json()) {
            reporter.event(QStringLiteral("result"),
                { { QStringLiteral("ok"), false },
                    { QStringLiteral("error"),
                        QJsonObject { { QStringLiteral("code"), errorCodeName(release.error().code) },
                            { QStringLiteral("message"), release.error().message },
                            { QStringLiteral("hint"), release.error().hint } } } });
            return Failure;
        }
        return context.printError(release.error());
    }
    if (context.json()) {
        reporter.event(QStringLiteral("result"),
            { { QStringLiteral("ok"), true }, { QStringLiteral("executed"), true },
                { QStringLiteral("release"), release->toJson() }, { QStringLiteral("warnings"), toJsonArray(warnings) } });
        return Ok;
    }
    for (const QString &warning : warnings) {
        context.err << QStringLiteral("warning: ") << warning << Qt::endl;
    }
    context.out << QStringLiteral("Done: %1 (release %2%3), %4 action(s).")
                       .arg(release->tagName, QString::number(release->id),
                           release->draft ? QStringLiteral(", draft") : QString(), QString::number(plan.actions.size()))
                << Qt::endl;
    return Ok;
}

int dryRunResult(Context &context, Reporter &reporter, const Plan &plan)
{
    if (context.json()) {
        reporter.event(QStringLiteral("result"), { { QStringLiteral("ok"), true }, { QStringLiteral("executed"), false } });
    } else {
        context.out << QCoreApplication::translate("cli", "Dry run: nothing was changed.") << Qt::endl;
    }
    Q_UNUSED(plan);
    return Ok;
}

Result<QString> readNotes(
    const QCommandLineParser &parser, const QCommandLineOption &notesFile, const QCommandLineOption &notesText)
{
    if (parser.isSet(notesText) && parser.isSet(notesFile)) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("cli", "--notes and --notes-text exclude each other."),
            QCoreApplication::translate("cli", "Give the notes once: a file with --notes, or text with --notes-text."));
    }
    if (parser.isSet(notesText)) {
        return parser.value(notesText);
    }
    if (parser.isSet(notesFile)) {
        auto bytes = readWholeFile(parser.value(notesFile));
        if (!bytes) {
            return std::unexpected(bytes.error());
        }
        return QString::fromUtf8(*bytes);
    }
    return QString();
}

// What a new release says about itself, for the commands that may create one (create, upload).
struct ReleaseTextOptions
{
    QCommandLineOption title { QStringLiteral("title"),
        QCoreApplication::translate("cli", "Release name when it is created (default: the tag)."), QStringLiteral("TEXT") };
    QCommandLineOption notesFile { QStringLiteral("notes"),
        QCoreApplication::translate("cli", "Release notes from a file, when it is created."), QStringLiteral("FILE") };
    QCommandLineOption notesText { QStringLiteral("notes-text"), QCoreApplication::translate("cli", "Release notes as text."),
        QStringLiteral("TEXT") };
    QCommandLineOption target { QStringLiteral("target"),
        QCoreApplication::translate("cli", "Branch or commit the tag is created at when it does not exist."),
        QStringLiteral("REF") };
    QCommandLineOption prerelease { QStringLiteral("prerelease"),
        QCoreApplication::translate("cli", "Mark as a pre-release (default: from the tag).") };
    QCommandLineOption final_ { QStringLiteral("final"),
        QCoreApplication::translate("cli", "Mark as a final release (default: from the tag).") };
    QCommandLineOption tagPrefix { QStringLiteral("tag-prefix"),
        QCoreApplication::translate("cli", "Prefix before the version in tags (default v)."), QStringLiteral("PREFIX"),
        QStringLiteral("v") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ title, notesFile, notesText, target, prerelease, final_, tagPrefix });
    }
    // Options that exclude each other: an error message, else empty.
    QString conflict(const QCommandLineParser &parser) const
    {
        if (parser.isSet(prerelease) && parser.isSet(final_)) {
            return QCoreApplication::translate("cli", "--prerelease and --final exclude each other.");
        }
        return {};
    }
    // --prerelease or --final when given; nullopt lets the tag decide.
    std::optional<bool> prereleaseChoice(const QCommandLineParser &parser) const
    {
        if (parser.isSet(prerelease) || parser.isSet(final_)) {
            return parser.isSet(prerelease);
        }
        return std::nullopt;
    }
};

// --- release upload ---------------------------------------------------------------------------

int releaseUpload(Context &context)
{
    QCommandLineParser parser;
    Session session;
    session.addTo(parser);
    const ReleaseTextOptions text;
    text.addTo(parser);
    const QCommandLineOption draftThenPublish(QStringLiteral("draft-then-publish"),
        QCoreApplication::translate("cli", "Create a draft, upload and check everything, then publish."));
    const QCommandLineOption noChecksums(
        QStringLiteral("no-checksums"), QCoreApplication::translate("cli", "Do not generate and upload SHA256SUMS."));
    const QCommandLineOption noCreate(
        QStringLiteral("no-create"), QCoreApplication::translate("cli", "Fail if the release does not exist yet."));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
        QCoreApplication::translate("cli", "Uploads at a time (default 2)."), QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption maxSize(QStringLiteral("max-file-size"),
        QCoreApplication::translate("cli", "The server's [repository.release] FILE_MAX_SIZE in MiB (default 2048)."),
        QStringLiteral("MIB"), QStringLiteral("2048"));
    const QCommandLineOption allowedTypes(QStringLiteral("allowed-types"),
        QCoreApplication::translate("cli", "The server's [repository.release] ALLOWED_TYPES (default: everything)."),
        QStringLiteral("LIST"));
    const QCommandLineOption noPreflight(
        QStringLiteral("no-preflight"), QCoreApplication::translate("cli", "Skip the checks before uploading."));
    parser.addOptions({ draftThenPublish, noChecksums, noCreate, parallel, maxSize, allowedTypes, noPreflight });
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("cli", "Files to upload; the asset name is the file name."), QStringLiteral("FILE..."));
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli release upload FILE... --server URL --repo OWNER/NAME --tag TAG [--kind gitea|github|local] [--dry-run] "
        "[--json]\n"
        "Creates the release if needed (or reuses it), skips files already there with the same size and SHA-256, replaces\n"
        "changed ones without a gap (new copy first, old one deleted after), uploads SHA256SUMS. Safe to run again after a "
        "failure.\n"
        "The token comes from RELEASEDESK_TOKEN or DEPLOY_TOKEN, else the keychain.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().isEmpty()) {
        return context.usageError(QCoreApplication::translate("cli", "release upload needs at least one FILE."));
    }
    if (const QString conflict = text.conflict(parser); !conflict.isEmpty()) {
        return context.usageError(conflict);
    }
    if (const int failed = session.open(context, parser, true); failed >= 0) {
        return failed;
    }
    auto notes = readNotes(parser, text.notesFile, text.notesText);
    if (!notes) {
        return context.printError(notes.error(), notes.error().code == Error::Code::InvalidInput ? Usage : Failure);
    }
    PublishOptions options;
    options.tag = parser.value(session.tag);
    options.title = parser.value(text.title);
    options.notes = *notes;
    options.targetCommitish = parser.value(text.target);
    for (const QString &file : parser.positionalArguments()) {
        options.files << QFileInfo(file).absoluteFilePath();
    }
    options.prerelease = text.prereleaseChoice(parser);
    options.tagPrefix = parser.value(text.tagPrefix);
    options.draftThenPublish = parser.isSet(draftThenPublish);
    options.createIfMissing = !parser.isSet(noCreate);
    options.generateChecksums = !parser.isSet(noChecksums);
    int maxSizeMiB = 2048;
    if (int exit = Ok; !readWholeNumber(context, parser, parallel, 1, 16, options.parallelUploads, exit)
        || !readWholeNumber(context, parser, maxSize, 1, 1'048'576, maxSizeMiB, exit)) {
        return exit;
    }

    Reporter reporter(context);
    ReleaseProvider *provider = session.provider.get();
    QObject::connect(provider, &ReleaseProvider::logLine, provider, [&reporter](const QString &line) { reporter.log(line); });

    if (!parser.isSet(noPreflight)) {
        PreflightOptions check;
        check.tag = options.tag;
        check.files = options.files;
        check.maxFileSize = qint64(maxSizeMiB) * 1024 * 1024;
        check.allowedTypes = parser.value(allowedTypes);
        Preflight preflight(provider, check);
        Checklist items;
        QEventLoop loop;
        QObject::connect(&preflight, &Preflight::finished, &loop, [&](const Checklist &result) {
            items = result;
            loop.quit();
        });
        preflight.start();
        loop.exec();
        reporter.checklist(items);
        if (!checklistPassed(items)) {
            Error error = Error::make(Error::Code::Precondition,
                QCoreApplication::translate("cli", "The checks before uploading failed; nothing was changed."));
            for (const CheckItem &item : std::as_const(items)) {
                if (item.verdict == CheckItem::Verdict::Failed) {
                    error.message = QStringLiteral("%1: %2").arg(item.title, item.detail);
                    error.hint = item.hint;
                    break;
                }
            }
            return finishRun(context, reporter, Plan {}, std::unexpected(error), {});
        }
    }

    AssetPlan planner(provider, options);
    QObject::connect(&planner, &AssetPlan::logLine, &planner, [&reporter](const QString &line) { reporter.log(line); });
    std::optional<Result<Plan>> plan;
    {
        QEventLoop loop;
        QObject::connect(&planner, &AssetPlan::finished, &loop, [&](const Result<Plan> &result) {
            plan = result;
            loop.quit();
        });
        planner.start();
        loop.exec();
    }
    if (!*plan) {
        return finishRun(context, reporter, Plan {}, std::unexpected(plan->error()), {});
    }
    reporter.plan(**plan);
    if (parser.isSet(session.dryRun)) {
        return dryRunResult(context, reporter, **plan);
    }
    QStringList warnings = (*plan)->notes;
    const Result<ReleaseInfo> release = runPlan(provider, **plan, options.parallelUploads, reporter, &warnings);
    return finishRun(context, reporter, **plan, release, warnings);
}

// --- release create / publish / delete ----------------------------------------------------------

int releaseCreate(Context &context)
{
    QCommandLineParser parser;
    Session session;
    session.addTo(parser);
    const ReleaseTextOptions text;
    text.addTo(parser);
    const QCommandLineOption draft(QStringLiteral("draft"),
        QCoreApplication::translate("cli", "Create a draft (Gitea creates no tag until it is published)."));
    parser.addOption(draft);
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli release create --server URL --repo OWNER/NAME --tag TAG [--draft] [--target REF] "
                "[--title T] [--notes FILE] [--dry-run] [--json]\n"
                "An existing release for the tag is reused with a warning (exit 0)."),
            code)) {
        return code;
    }
    if (const QString conflict = text.conflict(parser); !conflict.isEmpty()) {
        return context.usageError(conflict);
    }
    if (const int failed = session.open(context, parser, true); failed >= 0) {
        return failed;
    }
    auto notes = readNotes(parser, text.notesFile, text.notesText);
    if (!notes) {
        return context.printError(notes.error(), notes.error().code == Error::Code::InvalidInput ? Usage : Failure);
    }
    ReleaseSpec spec;
    spec.tagName = parser.value(session.tag);
    spec.name = parser.value(text.title).isEmpty() ? spec.tagName : parser.value(text.title);
    spec.body = *notes;
    spec.targetCommitish = parser.value(text.target);
    spec.draft = parser.isSet(draft);
    if (const std::optional<bool> choice = text.prereleaseChoice(parser)) {
        spec.prerelease = *choice;
    } else {
        auto scheme = TagScheme::withPrefix(parser.value(text.tagPrefix));
        auto pre = scheme ? scheme->isPrereleaseTag(spec.tagName) : Result<bool>(std::unexpected(scheme.error()));
        if (!pre) {
            return context.printError(Error::make(Error::Code::Precondition,
                                          QCoreApplication::translate("cli", "Cannot tell whether %1 is a pre-release: %2")
                                              .arg(spec.tagName, pre.error().message),
                                          QCoreApplication::translate("cli", "Say it with --prerelease or --final.")),
                Usage);
        }
        spec.prerelease = *pre;
    }
    Plan plan;
    plan.title
        = QCoreApplication::translate("cli", "Create the release %1 on %2").arg(spec.tagName, session.provider->describe());
    plan.data = QJsonObject { { QStringLiteral("tag"), spec.tagName } };
    PlanAction create = PlanAction::http(QStringLiteral("create-release"),
        QCoreApplication::translate("cli", "Create the %1release %2%3 (or reuse it if it exists)")
            .arg(spec.draft ? QStringLiteral("draft ") : QString(), spec.tagName,
                spec.prerelease ? QCoreApplication::translate("cli", " as a pre-release") : QString()),
        session.provider->planCreateRelease(spec));
    create.data
        = QJsonObject { { QStringLiteral("op"), QStringLiteral("create-release") }, { QStringLiteral("spec"), spec.toJson() } };
    plan.actions << create;
    Reporter reporter(context);
    reporter.plan(plan);
    if (parser.isSet(session.dryRun)) {
        return dryRunResult(context, reporter, plan);
    }
    QStringList warnings;
    return finishRun(context, reporter, plan, runPlan(session.provider.get(), plan, 1, reporter, &warnings), warnings);
}

// A plan of one action on the tag's release (publish, delete).
int singleReleaseAction(Context &context, const QString &command, const QString &usage)
{
    QCommandLineParser parser;
    Session session;
    session.addTo(parser);
    int code = Ok;
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (const int failed = session.open(context, parser, true); failed >= 0) {
        return failed;
    }
    ReleaseProvider *provider = session.provider.get();
    std::optional<Result<ReleaseInfo>> found;
    QEventLoop loop;
    provider->releaseByTag(parser.value(session.tag), &loop, [&](const Result<ReleaseInfo> &release) {
        found = release;
        loop.quit();
    });
    loop.exec();
    if (!*found) {
        return context.printError(found->error());
    }
    const ReleaseInfo release = **found;
    Plan plan;
    plan.data = QJsonObject { { QStringLiteral("tag"), release.tagName }, { QStringLiteral("release_id"), release.id } };
    if (command == QStringLiteral("publish")) {
        plan.title = QStringLiteral("Publish %1 on %2").arg(release.tagName, provider->describe());
        if (!release.draft) {
            plan.notes << QCoreApplication::translate("cli", "%1 is already published.").arg(release.tagName);
        } else {
            ReleaseEdit edit;
            edit.draft = false;
            PlanAction action = PlanAction::http(QStringLiteral("publish-release"),
                QCoreApplication::translate("cli", "Publish the draft %1").arg(release.tagName),
                provider->planEditRelease(release.id, edit));
            action.data = QJsonObject { { QStringLiteral("op"), QStringLiteral("publish-release") },
                { QStringLiteral("release_id"), release.id } };
            plan.actions << action;
        }
    } else {
        plan = deleteReleasePlan(provider, release);
    }
    Reporter reporter(context);
    reporter.plan(plan);
    if (parser.isSet(session.dryRun)) {
        return dryRunResult(context, reporter, plan);
    }
    QStringList warnings;
    Result<ReleaseInfo> result = runPlan(provider, plan, 1, reporter, &warnings);
    if (result && command == QStringLiteral("delete")) {
        result = release; // what was deleted
    }
    return finishRun(context, reporter, plan, result, warnings);
}

// --- release inspect / repair -------------------------------------------------------------------

struct InspectFlags
{
    QCommandLineOption app { QStringLiteral("app"),
        QCoreApplication::translate("cli", "Application name for {app} in the patterns."), QStringLiteral("NAME") };
    QCommandLineOption pattern { QStringLiteral("pattern"),
        QCoreApplication::translate("cli",
            "Expected asset name, with {app}, {tag}, {version} (repeatable). Default: "
            "{app}-{tag}-setup.exe, {app}-{tag}-win-x64.zip, {app}-{tag}-linux-x64.tar.gz when --app is given."),
        QStringLiteral("PATTERN") };
    QCommandLineOption local { QStringLiteral("local"),
        QCoreApplication::translate("cli", "Local build folder of --tag: its files are expected and compared."),
        QStringLiteral("DIR") };
    QCommandLineOption checksums { QStringLiteral("checksums"),
        QCoreApplication::translate("cli", "Read every release's SHA256SUMS (default with --tag).") };
    QCommandLineOption deep { QStringLiteral("deep"),
        QCoreApplication::translate("cli", "Download every asset and check its size and SHA-256.") };
    QCommandLineOption tagPrefix { QStringLiteral("tag-prefix"),
        QCoreApplication::translate("cli", "Prefix before the version in tags (default v)."), QStringLiteral("PREFIX"),
        QStringLiteral("v") };

    void addTo(QCommandLineParser &parser) { parser.addOptions({ app, pattern, local, checksums, deep, tagPrefix }); }

    InspectOptions options(const QCommandLineParser &parser, const Session &session) const
    {
        InspectOptions options;
        options.tag = parser.value(session.tag);
        options.appName = parser.value(app);
        options.patterns = parser.values(pattern);
        if (options.patterns.isEmpty() && !options.appName.isEmpty()) {
            options.patterns = { QStringLiteral("{app}-{tag}-setup.exe"), QStringLiteral("{app}-{tag}-win-x64.zip"),
                QStringLiteral("{app}-{tag}-linux-x64.tar.gz") };
        }
        options.localFolder = parser.value(local);
        if (parser.isSet(checksums)) {
            options.readChecksums = true;
        }
        options.deep = parser.isSet(deep);
        options.tagPrefix = parser.value(tagPrefix);
        return options;
    }
};

Result<InspectReport> inspect(ReleaseProvider *provider, const InspectOptions &options, Reporter &reporter)
{
    Inspector inspector(provider, options);
    QObject::connect(&inspector, &Inspector::logLine, &inspector, [&reporter](const QString &line) { reporter.log(line); });
    std::optional<Result<InspectReport>> report;
    QEventLoop loop;
    QObject::connect(&inspector, &Inspector::finished, &loop, [&](const Result<InspectReport> &result) {
        report = result;
        loop.quit();
    });
    inspector.start();
    loop.exec();
    return *report;
}

int releaseInspect(Context &context)
{
    QCommandLineParser parser;
    Session session;
    session.addTo(parser);
    InspectFlags flags;
    flags.addTo(parser);
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli release inspect --server URL --repo OWNER/NAME [--tag TAG] [--app NAME] [--pattern P]... "
                "[--local DIR] [--checksums] [--deep] [--json]\n"
                "Lists every release (all pages) with its findings. Exit 1 when a release has a problem."),
            code)) {
        return code;
    }
    if (const int failed = session.open(context, parser, false); failed >= 0) {
        return failed;
    }
    if (parser.isSet(flags.local) && !parser.isSet(session.tag)) {
        return context.usageError(
            QCoreApplication::translate("cli", "--local needs --tag (the build folder belongs to one release)."));
    }
    Reporter reporter(context);
    const int before = session.provider->requestCount();
    QElapsedTimer timer;
    timer.start();
    const Result<InspectReport> report = inspect(session.provider.get(), flags.options(parser, session), reporter);
    if (!report) {
        return context.printError(report.error());
    }
    int problems = 0;
    int warnings = 0;
    for (const ReleaseReport &release : *report) {
        problems += release.count(Finding::Severity::Problem);
        warnings += release.count(Finding::Severity::Warning);
    }
    const int requests = session.provider->requestCount() - before;
    if (context.json()) {
        QJsonArray releases;
        for (const ReleaseReport &release : *report) {
            releases.append(release.toJson());
        }
        reporter.event(QStringLiteral("result"),
            QJsonObject { { QStringLiteral("ok"), problems == 0 }, { QStringLiteral("releases"), releases },
                { QStringLiteral("problems"), problems }, { QStringLiteral("warnings"), warnings },
                { QStringLiteral("requests"), requests }, { QStringLiteral("elapsed_ms"), timer.elapsed() } });
        return problems == 0 ? Ok : Failure;
    }
    for (const ReleaseReport &release : *report) {
        context.out << release.toText() << '\n';
    }
    context.out << QStringLiteral("%1 release(s): %2 problem(s), %3 warning(s); %4 request(s) in %5 ms.")
                       .arg(report->size())
                       .arg(problems)
                       .arg(warnings)
                       .arg(requests)
                       .arg(timer.elapsed())
                << Qt::endl;
    return problems == 0 ? Ok : Failure;
}

int releaseRepair(Context &context)
{
    QCommandLineParser parser;
    Session session;
    session.addTo(parser);
    InspectFlags flags;
    flags.addTo(parser);
    const QCommandLineOption keepDuplicates(
        QStringLiteral("keep-duplicates"), QCoreApplication::translate("cli", "Do not remove duplicate copies."));
    const QCommandLineOption publish(
        QStringLiteral("publish"), QCoreApplication::translate("cli", "Publish the release if it is a draft."));
    const QCommandLineOption notesFile(QStringLiteral("notes"),
        QCoreApplication::translate("cli", "Replace the release notes with this file."), QStringLiteral("FILE"));
    const QCommandLineOption notesText(QStringLiteral("notes-text"),
        QCoreApplication::translate("cli", "Replace the release notes with this text."), QStringLiteral("TEXT"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
        QCoreApplication::translate("cli", "Transfers at a time (default 2)."), QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption reuploadOption(QStringLiteral("reupload"),
        QCoreApplication::translate("cli", "Upload only this file of --local again, even if it looks right (repeatable)."),
        QStringLiteral("NAME"));
    parser.addOptions({ keepDuplicates, publish, notesFile, notesText, parallel, reuploadOption });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli release repair --server URL --repo OWNER/NAME --tag TAG [--local DIR] [--publish] "
                "[--notes FILE] [--reupload NAME]... [--deep] [--dry-run] [--json]\n"
                "Inspects the release and plans the repair: re-upload missing or differing files of --local, remove "
                "duplicates (keeping the copy that matches the local file or SHA256SUMS, else the newest), "
                "remove leftovers, fix SHA256SUMS. --dry-run prints the plan."),
            code)) {
        return code;
    }
    if (const int failed = session.open(context, parser, true); failed >= 0) {
        return failed;
    }
    auto notes = readNotes(parser, notesFile, notesText);
    if (!notes) {
        return context.printError(notes.error(), notes.error().code == Error::Code::InvalidInput ? Usage : Failure);
    }
    Reporter reporter(context);
    InspectOptions inspectOptions = flags.options(parser, session);
    inspectOptions.readChecksums = true;
    const Result<InspectReport> report = inspect(session.provider.get(), inspectOptions, reporter);
    if (!report) {
        return context.printError(report.error());
    }
    RepairOptions options;
    options.removeDuplicates = !parser.isSet(keepDuplicates);
    options.publishDraft = parser.isSet(publish);
    if (parser.isSet(notesFile) || parser.isSet(notesText)) {
        options.notes = *notes;
    }
    if (int exit = Ok; !readWholeNumber(context, parser, parallel, 1, 16, options.parallel, exit)) {
        return exit;
    }
    options.reuploadOnly = parser.values(reuploadOption);
    for (const QString &name : std::as_const(options.reuploadOnly)) {
        if (!report->first().local.contains(name)) {
            return context.usageError(QCoreApplication::translate(
                "cli", "--reupload %1: there is no such file in the --local folder (give the asset's file name).")
                                          .arg(name));
        }
    }
    RepairPlanner planner(session.provider.get(), report->first(), options);
    QObject::connect(&planner, &RepairPlanner::logLine, &planner, [&reporter](const QString &line) { reporter.log(line); });
    std::optional<Result<Plan>> plan;
    {
        QEventLoop loop;
        QObject::connect(&planner, &RepairPlanner::finished, &loop, [&](const Result<Plan> &result) {
            plan = result;
            loop.quit();
        });
        planner.start();
        loop.exec();
    }
    if (!*plan) {
        return context.printError(plan->error());
    }
    if (!context.json()) {
        context.out << report->first().toText() << '\n';
    } else {
        reporter.event(QStringLiteral("inspection"), report->first().toJson());
    }
    reporter.plan(**plan);
    if (parser.isSet(session.dryRun)) {
        return dryRunResult(context, reporter, **plan);
    }
    QStringList warnings = (*plan)->notes;
    return finishRun(
        context, reporter, **plan, runPlan(session.provider.get(), **plan, options.parallel, reporter, &warnings), warnings);
}

int releasePublish(Context &context)
{
    return singleReleaseAction(context, QStringLiteral("publish"),
        QCoreApplication::translate("cli",
            "releasedesk-cli release publish --server URL --repo OWNER/NAME --tag TAG [--dry-run] [--json]\n"
            "Publishes a draft release (Gitea creates the tag at the release's target then)."));
}

int releaseDelete(Context &context)
{
    return singleReleaseAction(context, QStringLiteral("delete"),
        QCoreApplication::translate("cli",
            "releasedesk-cli release delete --server URL --repo OWNER/NAME --tag TAG [--dry-run] [--json]\n"
            "Deletes the release and its assets; the git tag stays."));
}

} // namespace

QList<Command> releaseCommands()
{
    return { { QStringLiteral("release"), QStringLiteral("create"),
                 QCoreApplication::translate("cli", "Create a release for a tag (or reuse it)."), releaseCreate },
        { QStringLiteral("release"), QStringLiteral("upload"),
            QCoreApplication::translate("cli", "Upload files to a release: no duplicates, no gaps, SHA256SUMS."), releaseUpload },
        { QStringLiteral("release"), QStringLiteral("publish"), QCoreApplication::translate("cli", "Publish a draft release."),
            releasePublish },
        { QStringLiteral("release"), QStringLiteral("inspect"),
            QCoreApplication::translate("cli", "Find broken releases: duplicates, missing files, checksums."), releaseInspect },
        { QStringLiteral("release"), QStringLiteral("repair"),
            QCoreApplication::translate("cli", "Plan and carry out the repair of a release."), releaseRepair },
        { QStringLiteral("release"), QStringLiteral("delete"),
            QCoreApplication::translate("cli", "Delete a release (the tag stays)."), releaseDelete } };
}

} // namespace rd::cli
