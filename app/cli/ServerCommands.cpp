#include "CliSupport.h"
#include "forge/ConnectionCheck.h"
#include "forge/ServerConfig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace rd::cli {

namespace {

int serverCheck(Context &context)
{
    QCommandLineParser parser;
    const ServerOptions where;
    where.addTo(parser, false); // the check derives the API from the server URL
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli server check --server URL --repo OWNER/NAME [--kind gitea|github] [--json]\n"
        "The token comes from RELEASEDESK_TOKEN or DEPLOY_TOKEN.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    auto config = where.read(context, parser, {}, false);
    if (!config) {
        return context.printError(config.error(), Usage);
    }
    const ServerConfig server = config->server;

    QNetworkAccessManager network;
    ConnectionCheck check(&network, server, config->repository, tokenFromEnvironment());
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
                { QStringLiteral("repo"), config->repository }, { QStringLiteral("server_version"), check.serverVersion() },
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
        QCoreApplication::translate("cli", "Check the server, the token and push access to a repository."), serverCheck } };
}

} // namespace rd::cli
