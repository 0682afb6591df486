#include "CliSupport.h"
#include "project/PythonProject.h"
#include "tag/TagOperations.h"
#include "tag/TagPreflight.h"
#include "tag/TagRequest.h"
#include "version/TagScheme.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace rd::cli {

namespace {

QCommandLineOption projectOption()
{
    return QCommandLineOption(QStringLiteral("project"),
        QCoreApplication::translate("cli", "The project folder (default: the current folder)."), QStringLiteral("DIR"));
}

QCommandLineOption dryRunOption()
{
    return QCommandLineOption(QStringLiteral("dry-run"),
        QCoreApplication::translate("cli", "Show the checks and the git commands without running them."));
}

Result<PythonProject> loadProject(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString dir = parser.isSet(option) ? parser.value(option) : QDir::currentPath();
    ProjectLoadOptions options;
    options.createSettingsIfMissing = false;
    return loadPythonProject(QDir(dir).absolutePath(), options);
}

QJsonArray checksJson(const Checklist &checks)
{
    QJsonArray rows;
    for (const CheckItem &check : checks) {
        rows.append(check.toJson());
    }
    return rows;
}

// Preflight, plan, run: shared by create and retrigger. Prints as it goes (text) or one JSON
// object at the end.
// Runs a tag plan, its lines printed as they happen and its report under "run"; a dry run stops
// before. Returns the exit code when the command is done (a dry run, a failure, --json), or -1
// when the plan ran and the caller prints its own words of success.
int runPlan(Context &context, const TagOperations &operations, const Plan &plan, bool dryRun, QJsonObject &json)
{
    if (dryRun) {
        if (context.json()) {
            json.insert(QStringLiteral("ok"), true);
            return context.printJson(json);
        }
        context.out << QCoreApplication::translate("cli", "Dry run: nothing was changed.") << Qt::endl;
        return Ok;
    }
    QTextStream &out = context.out;
    const bool streaming = !context.json();
    const PlanReport report = operations.run(plan, [&out, streaming](const QString &line) {
        if (streaming) {
            out << line << Qt::endl;
        }
    });
    json.insert(QStringLiteral("run"), report.toJson());
    if (!report.succeeded()) {
        return context.printError(*report.error, json);
    }
    if (context.json()) {
        json.insert(QStringLiteral("ok"), true);
        return context.printJson(json);
    }
    return -1;
}

int createTag(
    Context &context, const PythonProject &project, const TagRequest &request, bool dryRun, const QString &suggestedFrom = {})
{
    const TagOperations operations(project.rootDir);
    QJsonObject json { { QStringLiteral("request"), request.toJson() }, { QStringLiteral("dry_run"), dryRun } };
    if (!suggestedFrom.isEmpty()) {
        json.insert(QStringLiteral("suggested_from"), suggestedFrom);
        if (!context.json()) {
            context.out
                << QCoreApplication::translate("cli", "Option B: the next number after %1 is %2.").arg(suggestedFrom, request.tag)
                << Qt::endl
                << Qt::endl;
        }
    }
    const Checklist checks = TagPreflight(project).run(request);
    json.insert(QStringLiteral("checks"), checksJson(checks));
    const bool passed = checklistPassed(checks);
    if (!context.json()) {
        context.out << QCoreApplication::translate("cli", "Preflight for %1 (version %2%3):")
                           .arg(request.tag, request.version.toString(),
                               request.version.isPrerelease() ? QStringLiteral(", a pre-release") : QString())
                    << Qt::endl
                    << checklistText(checks) << Qt::endl
                    << Qt::endl;
    }
    auto plan = request.replaceExisting ? operations.planRetrigger(request) : operations.planCreate(request);
    if (!plan) {
        return context.printError(plan.error(), json);
    }
    json.insert(QStringLiteral("plan"), plan->toJson());
    if (!context.json() && (passed || dryRun)) {
        context.out << plan->toText() << Qt::endl;
    }
    if (!passed) {
        int failed = 0;
        for (const CheckItem &check : checks) {
            failed += check.verdict == CheckItem::Verdict::Failed ? 1 : 0;
        }
        const Error error = Error::make(Error::Code::Precondition,
            QCoreApplication::translate("cli", "The preflight failed (%1 of %2 checks): %3 was not created%4.")
                .arg(QString::number(failed), QString::number(checks.size()), request.tag,
                    dryRun ? QCoreApplication::translate("cli", " (dry run)") : QString()),
            QCoreApplication::translate("cli", "Fix what the ✗ rows say and run the command again."));
        return context.printError(error, json);
    }
    if (const int exit = runPlan(context, operations, *plan, dryRun, json); exit >= 0) {
        return exit;
    }
    context.out
        << Qt::endl
        << (request.push ? QCoreApplication::translate("cli", "Tag %1 created and pushed to %2.").arg(request.tag, request.remote)
                         : QCoreApplication::translate("cli", "Tag %1 created (not pushed: git push %2 refs/tags/%1).")
                               .arg(request.tag, request.remote))
        << Qt::endl;
    if (request.version.isPrerelease()) {
        context.out << QCoreApplication::translate("cli", "%1 is a pre-release: it will not become \"latest\".").arg(request.tag)
                    << Qt::endl;
    }
    for (const QString &note : std::as_const(plan->notes)) {
        context.out << QStringLiteral("note: ") << note << Qt::endl;
    }
    return Ok;
}

int tagCreate(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("VERSION"),
        QCoreApplication::translate("cli", "The version (0.8.0, 0.8.0rc1) or tag (v0.8.0) to create."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption push(
        QStringLiteral("push"), QCoreApplication::translate("cli", "Push the tag to the remote (starts the release workflow)."));
    const QCommandLineOption message(QStringLiteral("message"),
        QCoreApplication::translate("cli", "The tag message (default: \"<name> <tag>\")."), QStringLiteral("M"));
    const QCommandLineOption remote(QStringLiteral("remote"),
        QCoreApplication::translate("cli", "The remote to check and push to (default: origin)."), QStringLiteral("NAME"),
        QStringLiteral("origin"));
    const QCommandLineOption detached(
        QStringLiteral("allow-detached"), QCoreApplication::translate("cli", "Allow tagging a detached HEAD (CI checkouts)."));
    const QCommandLineOption dryRun = dryRunOption();
    parser.addOptions({ project, push, message, remote, detached, dryRun });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli tag create VERSION [--project DIR] [--push] [--message M] [--remote origin] "
        "[--allow-detached] [--dry-run] [--json]\n"
        "Checks the repository, lists the git commands, then creates the annotated tag (and pushes it).");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "tag create needs exactly one version or tag."));
    }
    if (parser.isSet(message) && parser.value(message).trimmed().isEmpty()) {
        return context.usageError(QCoreApplication::translate("cli", "--message must not be empty."));
    }
    auto loaded = loadProject(parser, project);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    auto request = TagRequest::forProject(*loaded, parser.positionalArguments().first());
    if (!request) {
        return context.printError(request.error(), Usage);
    }
    request->push = parser.isSet(push);
    request->remote = parser.value(remote);
    request->allowDetached = parser.isSet(detached);
    if (parser.isSet(message)) {
        request->message = parser.value(message);
    }
    return createTag(context, *loaded, *request, parser.isSet(dryRun));
}

int tagRetrigger(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("TAG"), QCoreApplication::translate("cli", "The tag whose release workflow should run again."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption next(QStringLiteral("next"),
        QCoreApplication::translate("cli",
            "Option B: create and push the next number instead (v0.3.0-alpha.2 → "
            "v0.3.0-alpha.3)."));
    const QCommandLineOption message(QStringLiteral("message"),
        QCoreApplication::translate("cli", "The tag message (default: \"<name> <tag>\")."), QStringLiteral("M"));
    const QCommandLineOption remote(QStringLiteral("remote"), QCoreApplication::translate("cli", "The remote (default: origin)."),
        QStringLiteral("NAME"), QStringLiteral("origin"));
    const QCommandLineOption detached(
        QStringLiteral("allow-detached"), QCoreApplication::translate("cli", "Allow tagging a detached HEAD (CI checkouts)."));
    const QCommandLineOption dryRun = dryRunOption();
    parser.addOptions({ project, next, message, remote, detached, dryRun });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli tag retrigger TAG [--next] [--project DIR] [--message M] [--remote origin] "
        "[--allow-detached] [--dry-run] [--json]\n"
        "Runs a release workflow again (guide §14): option A (default) deletes the tag on the remote and "
        "here, re-creates it on HEAD and pushes it; option B (--next) pushes the next number instead.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "tag retrigger needs exactly one tag."));
    }
    auto loaded = loadProject(parser, project);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    auto request = TagRequest::forProject(*loaded, parser.positionalArguments().first());
    if (!request) {
        return context.printError(request.error(), Usage);
    }
    request->push = true;
    request->remote = parser.value(remote);
    request->allowDetached = parser.isSet(detached);
    if (parser.isSet(message)) {
        request->message = parser.value(message);
    }
    if (!parser.isSet(next)) {
        request->replaceExisting = true;
        return createTag(context, *loaded, *request, parser.isSet(dryRun));
    }
    auto scheme = TagScheme::withPrefix(loaded->settings.tagPrefix);
    if (!scheme) {
        return context.printError(scheme.error());
    }
    auto suggested = TagOperations(loaded->rootDir).suggestNext(*request, *scheme);
    if (!suggested) {
        return context.printError(suggested.error());
    }
    return createTag(context, *loaded, *suggested, parser.isSet(dryRun), request->tag);
}

int tagDelete(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("TAG"), QCoreApplication::translate("cli", "The tag to delete, e.g. v0.8.0."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption remote(
        QStringLiteral("remote"), QCoreApplication::translate("cli", "Delete the tag on the remote too."));
    const QCommandLineOption remoteName(QStringLiteral("remote-name"),
        QCoreApplication::translate("cli", "The remote (default: origin)."), QStringLiteral("NAME"), QStringLiteral("origin"));
    const QCommandLineOption dryRun = dryRunOption();
    parser.addOptions({ project, remote, remoteName, dryRun });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli tag delete TAG [--remote] [--remote-name origin] [--project DIR] [--dry-run] [--json]\n"
        "Deletes the tag here, and with --remote on the remote first.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "tag delete needs exactly one tag."));
    }
    const QString tag = parser.positionalArguments().first().trimmed();
    const QString dir = parser.isSet(project) ? parser.value(project) : QDir::currentPath();
    const TagOperations operations(QDir(dir).absolutePath());
    auto plan = operations.planDelete(tag, parser.value(remoteName), parser.isSet(remote));
    if (!plan) {
        return context.printError(plan.error(), plan.error().code == Error::Code::InvalidInput ? Usage : Failure);
    }
    QJsonObject json { { QStringLiteral("tag"), tag }, { QStringLiteral("plan"), plan->toJson() },
        { QStringLiteral("dry_run"), parser.isSet(dryRun) } };
    if (!context.json()) {
        context.out << plan->toText() << Qt::endl;
    }
    if (const int exit = runPlan(context, operations, *plan, parser.isSet(dryRun), json); exit >= 0) {
        return exit;
    }
    context.out << Qt::endl << QStringLiteral("Tag %1 deleted.").arg(tag) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> tagCommands()
{
    const QString group = QStringLiteral("tag");
    return { { group, QStringLiteral("create"),
                 QCoreApplication::translate("cli", "Check, then create (and push) an annotated release tag."), tagCreate },
        { group, QStringLiteral("delete"),
            QCoreApplication::translate("cli", "Delete a tag here and, with --remote, on the remote."), tagDelete },
        { group, QStringLiteral("retrigger"),
            QCoreApplication::translate("cli", "Run a release workflow again: re-push the tag, or the next number."),
            tagRetrigger } };
}

} // namespace rd::cli
