// releasedesk-cli workflows init: the project's Gitea (or GitHub) Actions workflows, shown as a
// diff first; a workflow the user edited is never replaced without --force.
#include "CliSupport.h"
#include "workflows/WorkflowGenerator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd::cli {

namespace {

int workflowsInit(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption project = projectOption();
    const QCommandLineOption forge(QStringLiteral("forge"),
        QCoreApplication::translate(
            "cli", "gitea (gitea.* contexts, .gitea/workflows) or github (default: from [server] kind and the remote)."),
        QStringLiteral("NAME"));
    const QCommandLineOption branch(QStringLiteral("branch"),
        QCoreApplication::translate("cli", "The branch test.yml runs on (default: [ci] branch, else the current branch)."),
        QStringLiteral("NAME"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("cli", "Show the diff; write nothing."));
    const QCommandLineOption force(QStringLiteral("force"),
        QCoreApplication::translate("cli", "Replace workflows that differ (your edits are lost; the diff shows them)."));
    parser.addOptions({ project, forge, branch, dryRun, force });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli workflows init [--project DIR] [--forge gitea|github] [--branch NAME] [--dry-run] "
                "[--force]\nWrites test.yml (lint, test), release.yml (on tags: create, parallel builds, upload, "
                "finish) and build.yml (artifacts only); every release step is a releasedesk-cli call."),
            code)) {
        return code;
    }
    auto loaded = projectFor(parser, project);
    if (!loaded) {
        return context.printError(loaded.error());
    }
    WorkflowOptions options;
    options.forge = WorkflowGenerator::forgeOf(*loaded);
    if (parser.isSet(forge)) {
        auto chosen = WorkflowGenerator::forgeFromName(parser.value(forge).trimmed().toLower());
        if (!chosen) {
            return context.usageError(
                QCoreApplication::translate("cli", "--forge '%1' is not gitea or github.").arg(parser.value(forge)));
        }
        options.forge = *chosen;
    }
    options.branch = parser.value(branch);
    const WorkflowGenerator generator(*loaded, options);
    const QList<FileChange> changes = generator.changes();
    Status status;
    if (!parser.isSet(dryRun)) {
        status = applyFileChanges(changes, parser.isSet(force));
    }
    const QJsonObject extra { { QStringLiteral("forge"), WorkflowGenerator::forgeName(options.forge) },
        { QStringLiteral("folder"), generator.folder() } };
    return printFileChanges(context, changes, status, parser.isSet(dryRun), extra,
        QCoreApplication::translate("cli",
            "Written to %1. Add the repository secret DEPLOY_TOKEN (not GITEA_TOKEN, which Gitea reserves)%2, then "
            "commit and push.")
            .arg(generator.folder(),
                loaded->settings.ci.cli == QStringLiteral("deb") && loaded->settings.ci.cliUrl.isEmpty()
                    ? QCoreApplication::translate(
                        "cli", " and the variable RELEASEDESK_CLI_DEB (the URL of releasedesk-cli's .deb)")
                    : QString()));
}

} // namespace

QList<Command> workflowCommands()
{
    return { { QStringLiteral("workflows"), QStringLiteral("init"),
        QCoreApplication::translate("cli", "Generate the Actions workflows (test, release, build), shown as a diff"),
        workflowsInit } };
}

} // namespace rd::cli
