#include "CliSupport.h"
#include "project/PythonProject.h"
#include "tag/TagOperations.h"
#include "tag/TagPreflight.h"
#include "tag/TagRequest.h"
#include "version/TagScheme.h"

#include <QDir>
#include <QJsonArray>

namespace rd::cli {

namespace {

QCommandLineOption projectOption()
{
    return QCommandLineOption(
        QStringLiteral("project"), QStringLiteral("The project folder (default: the current folder)."), QStringLiteral("DIR"));
}

QCommandLineOption dryRunOption()
{
    return QCommandLineOption(
        QStringLiteral("dry-run"), QStringLiteral("Show the checks and the git commands without running them."));
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
int createTag(
    Context &context, const PythonProject &project, const TagRequest &request, bool dryRun, const QString &suggestedFrom = {})
{
    const TagOperations operations(project.rootDir);
    QJsonObject json { { QStringLiteral("request"), request.toJson() }, { QStringLiteral("dry_run"), dryRun } };
    if (!suggestedFrom.isEmpty()) {
        json.insert(QStringLiteral("suggested_from"), suggestedFrom);
        if (!context.json()) {
            context.out << QStringLiteral("Option B: the next number after %1 is %2.").arg(suggestedFrom, request.tag) << Qt::endl
                        << Qt::endl;
        }
    }
    const Checklist checks = TagPreflight(project).run(request);
    json.insert(QStringLiteral("checks"), checksJson(checks));
    const bool passed = checklistPassed(checks);
    if (!context.json()) {
        context.out << QStringLiteral("Preflight for %1 (version %2%3):")
                           .arg(request.tag, request.version.toString(),
                               request.version.isPrerelease() ? QStringLiteral(", a pre-release") : QString())
                    << Qt::endl
                    << checklistText(checks) << Qt::endl
                    << Qt::endl;
    }
    auto plan = request.replaceExisting ? operations.planRetrigger(request) : operations.planCreate(request);
    if (!plan) {
        if (context.json()) {
            json.insert(QStringLiteral("ok"), false);
            json.insert(QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), errorCodeName(plan.error().code) },
                    { QStringLiteral("message"), plan.error().message }, { QStringLiteral("hint"), plan.error().hint } });
            return context.printJson(json, Failure);
        }
        return context.printError(plan.error());
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
            QStringLiteral("The preflight failed (%1 of %2 checks): %3 was not created%4.")
                .arg(QString::number(failed), QString::number(checks.size()), request.tag,
                    dryRun ? QStringLiteral(" (dry run)") : QString()),
            QStringLiteral("Fix what the ✗ rows say and run the command again."));
        if (context.json()) {
            json.insert(QStringLiteral("ok"), false);
            json.insert(QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), errorCodeName(error.code) }, { QStringLiteral("message"), error.message },
                    { QStringLiteral("hint"), error.hint } });
            return context.printJson(json, Failure);
        }
        return context.printError(error);
    }
    if (dryRun) {
        if (context.json()) {
            json.insert(QStringLiteral("ok"), true);
            return context.printJson(json);
        }
        context.out << QStringLiteral("Dry run: nothing was changed.") << Qt::endl;
        return Ok;
    }
    QTextStream &out = context.out;
    const bool streaming = !context.json();
    const PlanReport report = operations.run(*plan, [&out, streaming](const QString &line) {
        if (streaming) {
            out << line << Qt::endl;
        }
    });
    json.insert(QStringLiteral("run"), report.toJson());
    if (!report.succeeded()) {
        if (context.json()) {
            json.insert(QStringLiteral("ok"), false);
            json.insert(QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), errorCodeName(report.error->code) },
                    { QStringLiteral("message"), report.error->message }, { QStringLiteral("hint"), report.error->hint } });
            return context.printJson(json, Failure);
        }
        return context.printError(*report.error);
    }
    if (context.json()) {
        json.insert(QStringLiteral("ok"), true);
        return context.printJson(json);
    }
    context.out
        << Qt::endl
        << (request.push
                   ? QStringLiteral("Tag %1 created and pushed to %2.").arg(request.tag, request.remote)
                   : QStringLiteral("Tag %1 created (not pushed: git push %2 refs/tags/%1).").arg(request.tag, request.remote))
        << Qt::endl;
    if (request.version.isPrerelease()) {
        context.out << QStringLiteral("%1 is a pre-release: it will not become \"latest\".").arg(request.tag) << Qt::endl;
    }
    for (const QString &note : std::as_const(plan->notes)) {
        context.out << QStringLiteral("note: ") << note << Qt::endl;
    }
    return Ok;
}

int tagCreate(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("VERSION"), QStringLiteral("The version (0.8.0, 0.8.0rc1) or tag (v0.8.0) to create."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption push(
        QStringLiteral("push"), QStringLiteral("Push the tag to the remote (starts the release workflow)."));
    const QCommandLineOption message(
        QStringLiteral("message"), QStringLiteral("The tag message (default: \"<name> <tag>\")."), QStringLiteral("M"));
    const QCommandLineOption remote(QStringLiteral("remote"),
        QStringLiteral("The remote to check and push to (default: origin)."), QStringLiteral("NAME"), QStringLiteral("origin"));
    const QCommandLineOption detached(
        QStringLiteral("allow-detached"), QStringLiteral("Allow tagging a detached HEAD (CI checkouts)."));
    const QCommandLineOption dryRun = dryRunOption();
    parser.addOptions({ project, push, message, remote, detached, dryRun });
    int code = Ok;
    const QString usage
        = QStringLiteral("releasedesk-cli tag create VERSION [--project DIR] [--push] [--message M] [--remote origin] "
                         "[--allow-detached] [--dry-run] [--json]\n"
                         "Checks the repository, lists the git commands, then creates the annotated tag (and pushes it).");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QStringLiteral("tag create needs exactly one version or tag."));
    }
    if (parser.isSet(message) && parser.value(message).trimmed().isEmpty()) {
        return context.usageError(QStringLiteral("--message must not be empty."));
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
    parser.addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag whose release workflow should run again."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption next(QStringLiteral("next"),
        QStringLiteral("Option B: create and push the next number instead (v0.3.0-alpha.2 → "
                       "v0.3.0-alpha.3)."));
    const QCommandLineOption message(
        QStringLiteral("message"), QStringLiteral("The tag message (default: \"<name> <tag>\")."), QStringLiteral("M"));
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("The remote (default: origin)."),
        QStringLiteral("NAME"), QStringLiteral("origin"));
    const QCommandLineOption detached(
        QStringLiteral("allow-detached"), QStringLiteral("Allow tagging a detached HEAD (CI checkouts)."));
    const QCommandLineOption dryRun = dryRunOption();
    parser.addOptions({ project, next, message, remote, detached, dryRun });
    int code = Ok;
    const QString usage
        = QStringLiteral("releasedesk-cli tag retrigger TAG [--next] [--project DIR] [--message M] [--remote origin] "
                         "[--allow-detached] [--dry-run] [--json]\n"
                         "Runs a release workflow again (guide §14): option A (default) deletes the tag on the remote and "
                         "here, re-creates it on HEAD and pushes it; option B (--next) pushes the next number instead.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QStringLiteral("tag retrigger needs exactly one tag."));
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
    parser.addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("The tag to delete, e.g. v0.8.0."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("Delete the tag on the remote too."));
    const QCommandLineOption remoteName(QStringLiteral("remote-name"), QStringLiteral("The remote (default: origin)."),
        QStringLiteral("NAME"), QStringLiteral("origin"));
    const QCommandLineOption dryRun = dryRunOption();
    parser.addOptions({ project, remote, remoteName, dryRun });
    int code = Ok;
    const QString usage
        = QStringLiteral("releasedesk-cli tag delete TAG [--remote] [--remote-name origin] [--project DIR] [--dry-run] [--json]\n"
                         "Deletes the tag here, and with --remote on the remote first.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QStringLiteral("tag delete needs exactly one tag."));
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
    if (parser.isSet(dryRun)) {
        if (context.json()) {
            json.insert(QStringLiteral("ok"), true);
            return context.printJson(json);
        }
        context.out << QStringLiteral("Dry run: nothing was changed.") << Qt::endl;
        return Ok;
    }
    QTextStream &out = context.out;
    const bool streaming = !context.json();
    const PlanReport report = operations.run(*plan, [&out, streaming](const QString &line) {
        if (streaming) {
            out << line << Qt::endl;
        }
    });
    json.insert(QStringLiteral("run"), report.toJson());
    if (!report.succeeded()) {
        if (context.json()) {
            json.insert(QStringLiteral("ok"), false);
            json.insert(QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), errorCodeName(report.error->code) },
                    { QStringLiteral("message"), report.error->message }, { QStringLiteral("hint"), report.error->hint } });
            return context.printJson(json, Failure);
        }
        return context.printError(*report.error);
    }
    if (context.json()) {
        json.insert(QStringLiteral("ok"), true);
        return context.printJson(json);
    }
    context.out << Qt::endl << QStringLiteral("Tag %1 deleted.").arg(tag) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> tagCommands()
{
    const QString group = QStringLiteral("tag");
    return { { group, QStringLiteral("create"), QStringLiteral("Check, then create (and push) an annotated release tag."),
                 tagCreate },
        { group, QStringLiteral("delete"), QStringLiteral("Delete a tag here and, with --remote, on the remote."), tagDelete },
        { group, QStringLiteral("retrigger"),
            QStringLiteral("Run a release workflow again: re-push the tag, or the next number."), tagRetrigger } };
}

} // namespace rd::cli
