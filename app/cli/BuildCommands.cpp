// releasedesk-cli build windows | linux | all: the portable Windows zip and the Linux tarball.
#include "CliSupport.h"
#include "build/BuildRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProcessEnvironment>

#include <optional>

namespace rd::cli {

namespace {

int build(Context &context, const QStringList &targets, const QString &name)
{
    QCommandLineParser parser;
    const QCommandLineOption projectOption(QStringLiteral("project"),
        QCoreApplication::translate("cli", "The project folder (default: current folder)."), QStringLiteral("DIR"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("cli", "Where the archives, SHA256SUMS and the report go (default: ./dist)."),
        QStringLiteral("DIR"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
        QCoreApplication::translate("cli", "The version (PEP 440; default: git tag, CI variable, pyproject.toml, __version__)."),
        QStringLiteral("V"));
    const QCommandLineOption indexOption(QStringLiteral("index-url"),
        QCoreApplication::translate("cli", "pip's package index (a mirror)."), QStringLiteral("URL"));
    const QCommandLineOption extraIndexOption(QStringLiteral("extra-index-url"),
        QCoreApplication::translate("cli", "Another package index (repeatable)."), QStringLiteral("URL"));
    const QCommandLineOption findLinksOption(QStringLiteral("find-links"),
        QCoreApplication::translate("cli", "A folder or URL of wheels (repeatable)."), QStringLiteral("DIR"));
    const QCommandLineOption noIndexOption(
        QStringLiteral("no-index"), QCoreApplication::translate("cli", "Use --find-links only (offline)."));
    const QCommandLineOption constraintsOption(QStringLiteral("constraints"),
        QCoreApplication::translate("cli", "A pip constraints file, also checked against every wheel."), QStringLiteral("FILE"));
    const QCommandLineOption pythonZipOption(QStringLiteral("python-zip"),
        QCoreApplication::translate("cli", "A local python-X.Y.Z-embed-amd64.zip (Windows)."), QStringLiteral("FILE"));
    const QCommandLineOption pythonVersionOption(QStringLiteral("python-version"),
        QCoreApplication::translate("cli", "The embeddable Python's version (Windows)."), QStringLiteral("X.Y.Z"));
    const QCommandLineOption pythonUrlOption(QStringLiteral("python-base-url"),
        QCoreApplication::translate("cli", "Where {version}/python-{version}-embed-amd64.zip is downloaded from."),
        QStringLiteral("URL"));
    const QCommandLineOption extrasOption(QStringLiteral("extras"),
        QCoreApplication::translate("cli", "Comma-separated extras (default: build.extras)."), QStringLiteral("LIST"));
    const QCommandLineOption hostPythonOption(QStringLiteral("host-python"),
        QCoreApplication::translate("cli", "The python3 that runs pip download and compileall."), QStringLiteral("PATH"));
    const QCommandLineOption linuxPythonOption(QStringLiteral("linux-python"),
        QCoreApplication::translate("cli", "The Linux venv's interpreter."), QStringLiteral("PATH"));
    const QCommandLineOption cacheOption(QStringLiteral("cache-dir"),
        QCoreApplication::translate("cli", "The download and wheel cache (default: ~/.cache/releasedesk)."),
        QStringLiteral("DIR"));
    const QCommandLineOption refreshOption(
        QStringLiteral("refresh"), QCoreApplication::translate("cli", "Resolve the wheels again instead of using the cache."));
    const QCommandLineOption keepOption(QStringLiteral("keep-work"),
        QCoreApplication::translate(
            "cli", "Keep the work folder (the unpacked {App} folders, e.g. for installer build --build-dir)."));
    parser.addOptions({ projectOption, outOption, versionOption, indexOption, extraIndexOption, findLinksOption, noIndexOption,
        constraintsOption, pythonZipOption, pythonVersionOption, pythonUrlOption, extrasOption, hostPythonOption,
        linuxPythonOption, cacheOption, refreshOption, keepOption });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli build %1 --project DIR --out DIR [--version V] [--index-url U] [--find-links D] "
        "[--no-index] [--python-zip FILE] [--json]\n"
        "Log lines go to stderr; the result (text or --json) to stdout.")
                              .arg(name);
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(QCoreApplication::translate("cli", "build %1 takes no positional arguments (got '%2').")
                                      .arg(name, parser.positionalArguments().first()));
    }
    auto absolute = [](const QString &path) {
        return path.isEmpty() || path.contains(QStringLiteral("://")) ? path : QDir(path).absolutePath();
    };

    BuildRequest request;
    request.targets = targets;
    request.projectDir = absolute(parser.isSet(projectOption) ? parser.value(projectOption) : QDir::currentPath());
    request.outDir = absolute(parser.isSet(outOption) ? parser.value(outOption) : QStringLiteral("dist"));
    request.version = parser.value(versionOption).trimmed();
    request.indexUrl = parser.value(indexOption);
    request.extraIndexUrls = parser.values(extraIndexOption);
    for (const QString &links : parser.values(findLinksOption)) {
        request.findLinks << absolute(links);
    }
    if (parser.isSet(noIndexOption)) {
        request.noIndex = true;
    }
    request.constraintsFile = absolute(parser.value(constraintsOption));
    request.pythonZip = absolute(parser.value(pythonZipOption));
    request.pythonVersion = parser.value(pythonVersionOption);
    request.pythonBaseUrl = parser.value(pythonUrlOption);
    if (parser.isSet(extrasOption)) {
        request.extras = parser.value(extrasOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    request.hostPython = parser.value(hostPythonOption);
    request.linuxPython = parser.value(linuxPythonOption);
    request.cacheDir = absolute(parser.value(cacheOption));
    request.refreshCache = parser.isSet(refreshOption);
    request.keepWork = parser.isSet(keepOption);

    BuildRun run(request);
    std::optional<Result<BuildReport>> outcome;
    QEventLoop loop;
    QObject::connect(&run, &BuildRun::logLine, &loop, [&context](const QString &line) { context.err << line << Qt::endl; });
    qint64 lastTenth = -1;
    QObject::connect(&run, &BuildRun::progress, &loop, [&context, &lastTenth](qint64 done, qint64 total, const QString &) {
        const qint64 tenth = total > 0 ? done * 10 / total : 0;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            context.err << QStringLiteral("-- %1%").arg(tenth * 10) << Qt::endl;
        }
    });
    QObject::connect(&run, &BuildRun::finished, &loop, [&](const Result<BuildReport> &result) {
        outcome = result;
        loop.quit();
    });
    run.start();
    loop.exec();
    if (!*outcome) {
        // A bad --version or --extras is a usage error (2); a failed build is a failure (1).
        return context.printError(outcome->error(), outcome->error().code == Error::Code::InvalidInput ? Usage : Failure);
    }
    const BuildReport &report = **outcome;
    if (context.json()) {
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("ok"), true);
        return context.printJson(object);
    }
    context.out << report.toText() << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> buildCommands()
{
    return {
        { QStringLiteral("build"), QStringLiteral("windows"),
            QCoreApplication::translate("cli", "Build the portable Windows zip (embeddable Python, win_amd64 wheels)."),
            [](Context &context) { return build(context, { QStringLiteral("windows") }, QStringLiteral("windows")); } },
        { QStringLiteral("build"), QStringLiteral("linux"),
            QCoreApplication::translate("cli", "Build the relocatable Linux tarball (venv, run.sh, systemd scripts)."),
            [](Context &context) { return build(context, { QStringLiteral("linux") }, QStringLiteral("linux")); } },
        { QStringLiteral("build"), QStringLiteral("all"),
            QCoreApplication::translate("cli", "Build both, concurrently, with SHA256SUMS and a JSON report."),
            [](Context &context) {
                return build(context, { QStringLiteral("windows"), QStringLiteral("linux") }, QStringLiteral("all"));
            } },
    };
}

} // namespace rd::cli
