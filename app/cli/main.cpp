// releasedesk-cli: the headless front end over the same engine as the GUI.
#include "CliSupport.h"
#include "common/CoreTranslation.h"
#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace rd::cli;

namespace {

QList<Command> allCommands()
{
    return projectCommands() + demoCommands() + serverCommands() + versionCommands() + tagCommands() + releaseCommands()
        + installerCommands() + buildCommands() + runCommands() + dockerCommands() + workflowCommands() + updateCommands();
}

int printHelp(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli", "ReleaseDesk %1 — release Python applications to Gitea\n\n")
                  .arg(QStringLiteral(RELEASEDESK_VERSION))
           << QCoreApplication::translate("cli", "usage: releasedesk-cli <command> [options]   (add --help to any command)\n\n");
    for (const Command &command : allCommands()) {
        const QString name = command.name.isEmpty() ? command.group : command.group + QLatin1Char(' ') + command.name;
        stream << QStringLiteral("  ") << name.leftJustified(22) << command.summary << '\n';
    }
    stream << QCoreApplication::translate("cli", "\nExit codes: 0 ok, 1 failure, 2 usage error.\n");
    stream.flush();
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ReleaseDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    rd::Redactor::installMessageFilter();
    // Help and messages in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), when there
    // is a translation: translations/releasedesk-cli_*.ts, embedded under :/i18n.
    QTranslator cliTranslator;
    QTranslator qtTranslator;
    const QLocale locale = QLocale::system();
    const QStringList languages = locale.uiLanguages();
    const bool english
        = languages.isEmpty() || languages.first().startsWith(QStringLiteral("en")) || languages.first() == QStringLiteral("C");
    if (english) {
        // English plural forms ("1 file", "3 files"): translations/*_en.ts.
        if (rd::CoreTranslation::load(cliTranslator, QLocale(QLocale::English), QStringLiteral("releasedesk-cli"))) {
            QCoreApplication::installTranslator(&cliTranslator);
        }
        rd::CoreTranslation::install(QLocale(QLocale::English));
    } else if (cliTranslator.load(locale, QStringLiteral("releasedesk-cli"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&cliTranslator);
        rd::CoreTranslation::install(locale); // the engine's errors and hints
        // QCommandLineParser's own words (--help, unknown option).
        if (qtTranslator.load(
                locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&qtTranslator);
        }
    }
    // Secrets given through the environment are masked in every output from the first line on,
    // whether or not the command reads them (a path or URL may quote one by accident).
    for (const char *variable : { "RELEASEDESK_TOKEN", "DEPLOY_TOKEN", "RELEASEDESK_SIGN_PASSWORD",
             "RELEASEDESK_UPDATE_SIGNING_KEY", "RELEASEDESK_UPDATE_TOKEN" }) {
        for (const QString &value : qEnvironmentVariable(variable).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (value.trimmed().size() >= 8) {
                rd::Redactor::instance().add(value.trimmed());
            }
        }
    }

    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h")
        || args.first() == QStringLiteral("help")) {
        return printHelp(args.isEmpty() ? err : out) == Ok && args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QStringLiteral("--version")) {
        out << QStringLiteral("releasedesk-cli ") << QStringLiteral(RELEASEDESK_VERSION) << Qt::endl;
        return Ok;
    }
    const QList<Command> commands = allCommands();
    for (const Command &command : commands) {
        if (command.group != args.first()) {
            continue;
        }
        if (command.name.isEmpty()) {
            Context context(args.mid(1));
            return command.run(context);
        }
        if (args.size() >= 2 && command.name == args.at(1)) {
            Context context(args.mid(2));
            return command.run(context);
        }
    }
    bool knownGroup = false;
    QStringList names;
    for (const Command &command : commands) {
        if (command.group == args.first()) {
            knownGroup = true;
            names << command.name;
        }
    }
    if (knownGroup) {
        err << QCoreApplication::translate("cli", "error: '%1' needs one of: %2")
                   .arg(args.first(), names.join(QStringLiteral(", ")))
            << Qt::endl;
    } else {
        err << QCoreApplication::translate("cli", "error: unknown command '%1'.").arg(args.first()) << Qt::endl;
    }
    err << QCoreApplication::translate("cli", "Run releasedesk-cli --help for the list of commands.") << Qt::endl;
    return Usage;
}
