// releasedesk-cli installer build | sign | verify: the Windows installer (NSIS), its signature,
// and the proof under wine.
#include "CliSupport.h"
#include "installer/InstallerBuildJob.h"
#include "installer/PortablePayload.h"
#include "installer/Signer.h"
#include "installer/WineCheck.h"
#include "project/PythonProject.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

namespace rd::cli {

namespace {

// Log lines go to stderr so that stdout carries only the result (text or --json).
template <typename Job> void streamLog(Context &context, Job *job)
{
    QObject::connect(job, &Job::logLine, job, [&context](const QString &line) { context.err << line << Qt::endl; });
}

QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
                                : QStringLiteral("%1 KB").arg((bytes + 1023) / 1024);
}

QString absolute(const QString &path, const QString &base = QDir::currentPath())
{
    return path.isEmpty() ? QString() : QDir(base).absoluteFilePath(path);
}

int installerBuild(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption projectOption(QStringLiteral("project"),
        QCoreApplication::translate("cli", "The project folder (default: current folder)."), QStringLiteral("DIR"));
    const QCommandLineOption buildOption(QStringLiteral("build-dir"),
        QCoreApplication::translate("cli",
            "The portable Windows build to package: the {App} folder (python\\, app\\, scripts\\, VERSION), a "
            "folder holding it, the build's output folder, or the portable zip."),
        QStringLiteral("DIR"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("cli", "Where {App}-v{version}-setup.exe and installer.nsi go."), QStringLiteral("DIR"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
        QCoreApplication::translate(
            "cli", "The version (PEP 440; default: the build's VERSION file, then the project's version)."),
        QStringLiteral("V"));
    const QCommandLineOption certOption(QStringLiteral("cert"),
        QCoreApplication::translate("cli", "Sign with this PKCS#12 file (default: [installer] signing_certificate)."),
        QStringLiteral("P12"));
    const QCommandLineOption timestampOption(QStringLiteral("timestamp"),
        QCoreApplication::translate("cli", "RFC 3161 time-stamping server (default: [installer] timestamp_url)."),
        QStringLiteral("URL"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
        QCoreApplication::translate("cli", "CA certificate for verifying a self-signed signature."), QStringLiteral("PEM"));
    const QCommandLineOption noSignOption(
        QStringLiteral("no-sign"), QCoreApplication::translate("cli", "Do not sign, even if a certificate is configured."));
    parser.addOptions(
        { projectOption, buildOption, outOption, versionOption, certOption, timestampOption, caOption, noSignOption });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli installer build --project DIR --build-dir DIR --out DIR [--version V] "
        "[--cert P12] [--timestamp URL] [--no-sign] [--json]\n"
        "The certificate password comes from RELEASEDESK_SIGN_PASSWORD or the keychain.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (!parser.isSet(buildOption) || !parser.isSet(outOption)) {
        return context.usageError(QCoreApplication::translate("cli", "installer build needs --build-dir and --out."));
    }
    ProjectLoadOptions loadOptions;
    loadOptions.createSettingsIfMissing = false;
    auto project = loadPythonProject(
        absolute(parser.value(projectOption).isEmpty() ? QDir::currentPath() : parser.value(projectOption)), loadOptions);
    if (!project) {
        return context.printError(project.error());
    }
    // The {App} folder, its parent, the build's output folder or the portable zip (as a runner
    // job receives it as an artifact).
    QTemporaryDir scratch;
    auto located = PortablePayload::locate(absolute(parser.value(buildOption)), scratch.path());
    if (!located) {
        return context.printError(located.error(), Usage);
    }
    auto payload = PortablePayload::inspect(*located);
    if (!payload) {
        return context.printError(payload.error());
    }
    QString versionText = parser.value(versionOption);
    if (versionText.isEmpty()) {
        versionText = !payload->versionText.isEmpty() ? payload->versionText : project->version;
    }
    auto version = Version::parse(versionText);
    if (!version) {
        return context.printError(versionText.isEmpty()
                ? Error::make(Error::Code::InvalidInput, QCoreApplication::translate("cli", "No version to build."),
                    QCoreApplication::translate("cli", "Pass --version or build a portable version with a VERSION file."))
                : version.error(),
            Usage);
    }

    InstallerBuildRequest request;
    request.input = NsisScriptInput::fromProject(*project, *version, *payload, absolute(parser.value(outOption)));
    const InstallerSettings &settings = project->settings.installer;
    const QString certificate
        = parser.isSet(certOption) ? absolute(parser.value(certOption)) : absolute(settings.signingCertificate, project->rootDir);
    if (!certificate.isEmpty() && !parser.isSet(noSignOption)) {
        auto password = certificatePassword(certificate);
        if (!password) {
            return context.printError(password.error());
        }
        SigningOptions signing;
        signing.certificatePath = certificate;
        signing.password = *password;
        signing.timestampUrl = parser.isSet(timestampOption) ? parser.value(timestampOption) : settings.timestampUrl;
        signing.caFile = absolute(parser.value(caOption));
        request.signing = signing;
    }

    InstallerBuildJob job(request);
    streamLog(context, &job);
    Result<InstallerBuildResult> result
        = fail(Error::Code::Unknown, QCoreApplication::translate("cli", "The build did not finish."));
    bool done = false;
    QEventLoop loop;
    QObject::connect(&job, &InstallerBuildJob::finished, &loop, [&](const Result<InstallerBuildResult> &r) {
        result = r;
        done = true;
        loop.quit();
    });
    job.start();
    if (!done) {
        loop.exec();
    }
    if (!result) {
        return context.printError(result.error());
    }
    if (context.json()) {
        QJsonObject object { { QStringLiteral("ok"), true }, { QStringLiteral("installer"), result->installerPath },
            { QStringLiteral("script"), result->scriptPath }, { QStringLiteral("version"), result->version },
            { QStringLiteral("windows_version"), result->windowsVersion }, { QStringLiteral("size"), result->sizeBytes },
            { QStringLiteral("makensis_seconds"), double(result->makensisMs) / 1000.0 },
            { QStringLiteral("signed"), result->isSigned },
            { QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings) } };
        if (result->isSigned) {
            object.insert(QStringLiteral("signer"), result->signature.subject);
        }
        return context.printJson(object);
    }
    context.out
        << QStringLiteral("Installer  %1 (%2)").arg(result->installerPath, sizeText(result->sizeBytes)) << Qt::endl
        << QStringLiteral("Script     %1").arg(result->scriptPath) << Qt::endl
        << QCoreApplication::translate("cli", "Version    %1 (Windows file version %2)")
               .arg(result->version, result->windowsVersion)
        << Qt::endl
        << QStringLiteral("makensis   %1 s").arg(double(result->makensisMs) / 1000.0, 0, 'f', 1) << Qt::endl
        << QStringLiteral("Signed     %1")
               .arg(result->isSigned
                       ? QCoreApplication::translate("cli", "yes, installer and uninstaller (%1)").arg(result->signature.subject)
                       : QStringLiteral("no"))
        << Qt::endl;
    for (const QString &warning : std::as_const(result->warnings)) {
        context.out << QStringLiteral("warning: ") << warning << Qt::endl;
    }
    return Ok;
}

int installerSign(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("cli", "The installer (or any .exe) to sign in place."));
    const QCommandLineOption projectOption(QStringLiteral("project"),
        QCoreApplication::translate("cli", "Read [installer] signing settings from this project."), QStringLiteral("DIR"));
    const QCommandLineOption certOption(QStringLiteral("cert"),
        QCoreApplication::translate("cli", "The PKCS#12 certificate (.pfx/.p12)."), QStringLiteral("P12"));
    const QCommandLineOption timestampOption(
        QStringLiteral("timestamp"), QCoreApplication::translate("cli", "RFC 3161 time-stamping server."), QStringLiteral("URL"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
        QCoreApplication::translate("cli", "CA certificate for verifying a self-signed signature."), QStringLiteral("PEM"));
    parser.addOptions({ projectOption, certOption, timestampOption, caOption });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli installer sign FILE [--cert P12] [--timestamp URL] [--ca-file PEM] [--json]\n"
        "The password comes from RELEASEDESK_SIGN_PASSWORD or the keychain, never from the command line. "
        "Only the file itself is signed: an uninstaller inside an installer is signed during "
        "'installer build'.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "installer sign needs exactly one FILE."));
    }
    const QString file = absolute(parser.positionalArguments().first());
    SigningOptions options;
    options.certificatePath = absolute(parser.value(certOption));
    options.timestampUrl = parser.value(timestampOption);
    if (options.certificatePath.isEmpty() || options.timestampUrl.isEmpty()) {
        ProjectLoadOptions loadOptions;
        loadOptions.createSettingsIfMissing = false;
        const QString dir = absolute(parser.value(projectOption).isEmpty() ? QDir::currentPath() : parser.value(projectOption));
        if (auto project = loadPythonProject(dir, loadOptions)) {
            if (options.certificatePath.isEmpty()) {
                options.certificatePath = absolute(project->settings.installer.signingCertificate, project->rootDir);
            }
            if (options.timestampUrl.isEmpty()) {
                options.timestampUrl = project->settings.installer.timestampUrl;
            }
            options.description = project->displayName();
        } else if (parser.isSet(projectOption)) {
            return context.printError(project.error());
        }
    }
    if (options.certificatePath.isEmpty()) {
        return context.usageError(
            QCoreApplication::translate("cli", "no certificate: pass --cert or set [installer] signing_certificate."));
    }
    options.caFile = absolute(parser.value(caOption));
    auto password = certificatePassword(options.certificatePath);
    if (!password) {
        return context.printError(password.error());
    }
    options.password = *password;

    Signer signer(file, options);
    streamLog(context, &signer);
    Result<SignatureInfo> result = fail(Error::Code::Unknown, QCoreApplication::translate("cli", "Signing did not finish."));
    bool done = false;
    QEventLoop loop;
    QObject::connect(&signer, &Signer::finished, &loop, [&](const Result<SignatureInfo> &r) {
        result = r;
        done = true;
        loop.quit();
    });
    signer.start();
    if (!done) {
        loop.exec();
    }
    if (!result) {
        return context.printError(result.error());
    }
    if (context.json()) {
        return context.printJson(
            { { QStringLiteral("ok"), true }, { QStringLiteral("file"), file }, { QStringLiteral("signer"), result->subject },
                { QStringLiteral("digest"), result->digest }, { QStringLiteral("timestamped"), result->timestamped } });
    }
    context.out << QStringLiteral("Signed %1: %2, %3%4")
                       .arg(file, result->subject, result->digest,
                           result->timestamped ? QStringLiteral(", time-stamped") : QString())
                << Qt::endl;
    return Ok;
}

int installerVerify(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("cli", "The installer to prove under wine."));
    const QCommandLineOption v2Option(QStringLiteral("v2"),
        QCoreApplication::translate("cli", "A newer installer to upgrade to (default: FILE again)."), QStringLiteral("FILE"));
    const QCommandLineOption buildOption(QStringLiteral("build-dir"),
        QCoreApplication::translate("cli", "FILE's portable build: every file must be installed."), QStringLiteral("DIR"));
    const QCommandLineOption v2BuildOption(QStringLiteral("v2-build-dir"),
        QCoreApplication::translate("cli", "The v2 portable build: files FILE had and v2 lacks must be gone after the upgrade."),
        QStringLiteral("DIR"));
    const QCommandLineOption signedOption(QStringLiteral("signed"),
        QCoreApplication::translate("cli", "The signed installer for step 4 (default: FILE)."), QStringLiteral("FILE"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
        QCoreApplication::translate("cli", "CA certificate for a self-signed signature."), QStringLiteral("PEM"));
    const QCommandLineOption skipRunningOption(QStringLiteral("skip-running"),
        QCoreApplication::translate("cli", "Skip the running-instance check (it waits [installer] running_wait seconds)."));
    const QCommandLineOption keepOption(
        QStringLiteral("keep-prefix"), QCoreApplication::translate("cli", "Keep the wine prefix afterwards (for debugging)."));
    parser.addOptions({ v2Option, buildOption, v2BuildOption, signedOption, caOption, skipRunningOption, keepOption });
    int code = Ok;
    const QString usage = QCoreApplication::translate("cli",
        "releasedesk-cli installer verify FILE [--v2 FILE] [--build-dir DIR] [--v2-build-dir DIR] "
        "[--ca-file PEM] [--json]\n"
        "Installs, upgrades and uninstalls FILE silently in a throw-away wine prefix; exit code 1 when a check fails.");
    if (!context.parse(parser, usage, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "installer verify needs exactly one FILE."));
    }
    WineCheckOptions options;
    options.installer = absolute(parser.positionalArguments().first());
    options.upgradeInstaller = absolute(parser.value(v2Option));
    options.signedInstaller = absolute(parser.value(signedOption));
    // A file that is no installer is the user's mistake, said before any wine prefix is made.
    for (const QString &file : { options.installer, options.upgradeInstaller, options.signedInstaller }) {
        if (const Status installer = file.isEmpty() ? Status() : WineCheck::checkInstallerFile(file); !installer) {
            return context.printError(installer.error(), Usage);
        }
    }
    options.payloadDir = absolute(parser.value(buildOption));
    options.upgradePayloadDir = absolute(parser.value(v2BuildOption));
    options.caFile = absolute(parser.value(caOption));
    options.checkRunningInstance = !parser.isSet(skipRunningOption);
    options.keepPrefix = parser.isSet(keepOption);

    WineCheck check(options);
    streamLog(context, &check);
    Checklist items;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&check, &WineCheck::finished, &loop, [&](const Checklist &result) {
        items = result;
        done = true;
        loop.quit();
    });
    check.start();
    if (!done) {
        loop.exec();
    }
    const bool passed = checklistPassed(items);
    const QMap<QString, qint64> durations = check.durationsMs();
    if (context.json()) {
        QJsonArray rows;
        for (const CheckItem &item : std::as_const(items)) {
            QJsonObject row = item.toJson();
            if (durations.contains(item.id)) {
                row.insert(QStringLiteral("seconds"), double(durations.value(item.id)) / 1000.0);
            }
            rows.append(row);
        }
        return context.printJson({ { QStringLiteral("ok"), passed }, { QStringLiteral("installer"), options.installer },
                                     { QStringLiteral("checks"), rows } },
            passed ? Ok : Failure);
    }
    context.out << checklistText(items) << Qt::endl;
    return passed ? Ok : Failure;
}

} // namespace

QList<Command> installerCommands()
{
    return { { QStringLiteral("installer"), QStringLiteral("build"),
                 QCoreApplication::translate("cli", "Build the Windows installer (NSIS) from a portable build."),
                 installerBuild },
        { QStringLiteral("installer"), QStringLiteral("sign"),
            QCoreApplication::translate("cli", "Sign an installer with osslsigncode and verify it."), installerSign },
        { QStringLiteral("installer"), QStringLiteral("verify"),
            QCoreApplication::translate(
                "cli", "Prove an installer under wine: install, upgrade, uninstall, signature, launcher."),
            installerVerify } };
}

} // namespace rd::cli
