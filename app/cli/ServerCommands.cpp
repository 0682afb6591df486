#include "CliSupport.h"
#include "forge/ConnectionCheck.h"
#include "forge/ServerConfig.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace rd::cli {

namespace {

int serverCheck(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("Server URL, e.g. https://gitea.example.com."), QStringLiteral("URL"));
    const QCommandLineOption repoOption(
        QStringLiteral("repo"), QStringLiteral("Repository as OWNER/NAME."), QStringLiteral("OWNER/NAME"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), QStringLiteral("gitea (default) or github."), QStringLiteral("KIND"), QStringLiteral("gitea"));
    parser.addOptions({ serverOption, repoOption, kindOption });
    int code = Ok;
    const QString usage
        = QStringLiteral("releasedesk-cli server check --server URL --repo OWNER/NAME [--kind gitea|github] [--json]\n"
                         "The token comes from RELEASEDESK_TOKEN or DEPLOY_TOKEN.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (!parser.isSet(serverOption) || !parser.isSet(repoOption)) {
        return context.usageError(QStringLiteral("server check needs --server and --repo."));
    }
    auto url = ServerConfig::normaliseUrl(parser.value(serverOption));
    if (!url) {
        return context.printError(url.error(), Usage);
    }
    if (const QString warning = ServerConfig::cleartextWarning(*url); !warning.isEmpty()) {
        warnRunner(context, warning);
    }
    auto kind = serverKindFromName(parser.value(kindOption));
    if (!kind || *kind == ServerKind::Local) {
        return context.usageError(QStringLiteral("--kind must be gitea or github."));
    }
    ServerConfig server;
    server.url = *url;
    server.kind = *kind;

    QNetworkAccessManager network;
    ConnectionCheck check(&network, server, parser.value(repoOption), tokenFromEnvironment());
    Checklist items;
    QEventLoop loop;
    QObject::connect(&check, &ConnectionCheck::finished, &loop, [&](const Checklist &result) {
        items = result;
        loop.quit();
    });
    check.start();
    loop.exec();

    const bool passed = checklistPassed(items);
    if (context.json()) {
        QJsonArray rows;
        for (const CheckItem &item : std::as_const(items)) {
            rows.append(item.toJson());
        }
        return context.printJson(
            QJsonObject { { QStringLiteral("ok"), passed }, { QStringLiteral("server"), server.url },
                { QStringLiteral("repo"), parser.value(repoOption) }, { QStringLiteral("server_version"), check.serverVersion() },
                { QStringLiteral("checks"), rows } },
            passed ? Ok : Failure);
    }
    context.out << checklistText(items) << Qt::endl;
    return passed ? Ok : Failure;
}

} // namespace

QList<Command> serverCommands()
{
    return { { QStringLiteral("server"), QStringLiteral("check"),
        QStringLiteral("Check the server, the token and push access to a repository."), serverCheck } };
}

} // namespace rd::cli
