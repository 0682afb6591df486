// releasedesk-cli update check|detect|apply|keygen|rollout|export-python: the in-app update path
// of a published app, run from the command line exactly as the app would (core/update).
#include "CliSupport.h"
#include "common/AtomicFile.h"
#include "forge/ProviderFactory.h"
#include "forge/ServerConfig.h"
#include "publish/AssetSync.h"
#include "secrets/Redactor.h"
#include "secrets/SecretStore.h"
#include "signing/UpdateSignature.h"
#include "update/InstallType.h"
#include "update/PythonModule.h"
#include "update/RolloutManifest.h"
#include "update/UpdateApplier.h"
#include "update/UpdateCheck.h"
#include "update/UpdateDownload.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <variant>

namespace rd::cli {

namespace {

// Where the releases are: the options every update command that talks to a server shares.
struct UpdateServer
{
    ServerOptions where;
    QNetworkAccessManager network;
    std::unique_ptr<ReleaseProvider> provider;
    QString token;

    void addTo(QCommandLineParser &parser) { where.addTo(parser); }

    // Returns an exit code after printing why, or -1 when the provider is ready.
    int open(Context &context, const QCommandLineParser &parser)
    {
        auto config = where.read(context, parser);
        if (!config) {
            return context.printError(config.error(), Usage);
        }
        if (config->server.kind != ServerKind::Local) {
            // A private repository's releases: the app's own read token, else the usual ones.
            token = qEnvironmentVariable("RELEASEDESK_UPDATE_TOKEN");
            if (token.isEmpty()) {
                token = tokenFromEnvironment();
            }
            if (!token.isEmpty()) {
                Redactor::instance().add(token);
            }
            config->token = token;
        }
        auto created = createProvider(*config, &network);
        if (!created) {
            return context.printError(created.error(), Usage);
        }
        provider = std::move(*created);
        return -1;
    }
};

struct CheckOptions
{
    QCommandLineOption current { QStringLiteral("current"),
        QCoreApplication::translate("cli", "The installed version (default: DIR/VERSION)."), QStringLiteral("VERSION") };
    QCommandLineOption installType { QStringLiteral("install-type"),
        QCoreApplication::translate(
            "cli", "installer, portable-windows, portable-linux, docker or dev (default: detected from --install-dir)."),
        QStringLiteral("TYPE") };
    QCommandLineOption installDir { QStringLiteral("install-dir"),
        QCoreApplication::translate("cli", "An installed app's folder."), QStringLiteral("DIR") };
    QCommandLineOption channel { QStringLiteral("channel"), QCoreApplication::translate("cli", "stable (default) or prerelease."),
        QStringLiteral("CHANNEL"), QStringLiteral("stable") };
    QCommandLineOption publicKey { QStringLiteral("public-key"),
        QCoreApplication::translate("cli",
            "A trusted update key (ed25519:…, or a .pub file); repeat for a key change-over. With a key, "
            "unsigned or wrongly signed releases are refused."),
        QStringLiteral("KEY") };
    QCommandLineOption installId { QStringLiteral("install-id"),
        QCoreApplication::translate(
            "cli", "The installation's id for staged rollouts (default: DIR/.releasedesk-install-id, else random)."),
        QStringLiteral("ID") };
    QCommandLineOption dismissed { QStringLiteral("dismissed"),
        QCoreApplication::translate("cli", "A version the user dismissed."), QStringLiteral("VERSION") };

    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({ current, installType, installDir, channel, publicKey, installId, dismissed });
    }

    // The request, or an exit code after printing why.
    std::variant<UpdateRequest, int> request(Context &context, const QCommandLineParser &parser, bool createId) const
    {
        UpdateRequest request;
        const QString dir = parser.value(installDir);
        if (!dir.isEmpty() && !QFileInfo(dir).isDir()) {
            return context.usageError(QCoreApplication::translate("cli", "--install-dir %1 is not a folder.").arg(dir));
        }
        if (parser.isSet(installType)) {
            auto type = installTypeFromName(parser.value(installType));
            if (!type) {
                return context.usageError(QCoreApplication::translate("cli",
                    "--install-type '%1' is not one of installer, portable-windows, "
                    "portable-linux, docker, dev.")
                                              .arg(parser.value(installType)));
            }
            request.installType = *type;
        } else if (!dir.isEmpty()) {
            request.installType = detectInstallType(dir);
        } else {
            return context.usageError(QCoreApplication::translate("cli", "Give --install-type, or --install-dir to detect it."));
        }
        QString currentText = parser.value(current);
        if (currentText.isEmpty() && !dir.isEmpty()) {
            currentText = installedVersion(dir);
            if (currentText.isEmpty()) {
                return context.usageError(
                    QCoreApplication::translate("cli", "%1 has no VERSION file; give the installed version with --current.")
                        .arg(dir));
            }
        }
        if (currentText.isEmpty()) {
            return context.usageError(QCoreApplication::translate("cli", "--current VERSION is needed."));
        }
        auto version = Version::parse(currentText);
        if (!version) {
            return context.printError(version.error(), Usage);
        }
        request.current = *version;
        const QString channelName = parser.value(channel).trimmed().toLower();
        if (channelName != QStringLiteral("stable") && channelName != QStringLiteral("prerelease")) {
            return context.usageError(
                QCoreApplication::translate("cli", "--channel '%1' is not stable or prerelease.").arg(parser.value(channel)));
        }
        request.prereleaseChannel = channelName == QStringLiteral("prerelease");
        auto keys = UpdatePublicKey::parseList(parser.values(publicKey));
        if (!keys) {
            return context.printError(keys.error(), Usage);
        }
        request.trustedKeys = *keys;
        request.installId = parser.isSet(installId) ? parser.value(installId)
            : dir.isEmpty()                         ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                    : UpdateApplier::installIdFor(dir, createId);
        request.dismissedVersion = parser.value(dismissed);
        return request;
    }
};

UpdateAnswer runCheck(ReleaseProvider *provider, const UpdateRequest &request, Context &context, bool verbose)
{
    UpdateCheck check(provider, request);
    UpdateAnswer answer;
    QEventLoop loop;
    QObject::connect(&check, &UpdateCheck::event, &loop, [&](const QString &text) {
        if (verbose) {
            context.err << "  " << Redactor::instance().redact(text) << Qt::endl;
        }
    });
    QObject::connect(&check, &UpdateCheck::finished, &loop, [&](const UpdateAnswer &result) {
        answer = result;
        loop.quit();
    });
    check.start();
    loop.exec();
    return answer;
}

void printAnswer(Context &context, const UpdateAnswer &answer)
{
    switch (answer.state) {
    case UpdateAnswer::State::UpToDate:
        context.out << "Up to date: " << answer.current << " (" << installTypeName(answer.installType) << ", " << answer.channel
                    << " channel)." << Qt::endl;
        if (!answer.reasonCode.isEmpty()) {
            context.out << answer.reason << Qt::endl;
        }
        break;
    case UpdateAnswer::State::UpdateAvailable:
        context.out << "Update available: " << answer.version->toString() << " (" << answer.tag << "), installed "
                    << answer.current << "." << Qt::endl;
        if (answer.asset) {
            context.out << "File: " << answer.asset->name << " (" << answer.asset->size << " bytes)" << Qt::endl;
        }
        context.out << (answer.canApply ? "Can be applied automatically" : "Not applied automatically: ")
                    << (answer.canApply ? (
                            answer.isSigned ? QCoreApplication::translate("cli", " (signature verified).") : QStringLiteral("."))
                                        : answer.reason)
                    << Qt::endl;
        break;
    case UpdateAnswer::State::Error:
        context.err << "Update check failed (" << answer.reasonCode << "): " << Redactor::instance().redact(answer.reason)
                    << Qt::endl;
        break;
    }
}

int updateCheck(Context &context)
{
    QCommandLineParser parser;
    UpdateServer server;
    CheckOptions check;
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), QCoreApplication::translate("cli", "Print every request and decision."));
    server.addTo(parser);
    check.addTo(parser);
    parser.addOption(verbose);
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli update check --server URL --repo OWNER/NAME --current V --install-type TYPE "
                "[--channel stable|prerelease] [--public-key KEY] [--json]\nWhat an installed app would be "
                "offered: the release, its file, and whether it can be applied automatically."),
            code)) {
        return code;
    }
    const auto request = check.request(context, parser, false);
    if (const int *exit = std::get_if<int>(&request)) {
        return *exit;
    }
    if (const int opened = server.open(context, parser); opened >= 0) {
        return opened;
    }
    const UpdateAnswer answer = runCheck(server.provider.get(), std::get<UpdateRequest>(request), context, parser.isSet(verbose));
    const int exitCode = answer.state == UpdateAnswer::State::Error ? Failure : Ok;
    if (context.json()) {
        return context.printJson(answer.toJson(), exitCode);
    }
    printAnswer(context, answer);
    return exitCode;
}

int updateDetect(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QCoreApplication::translate("cli", "The installed app's folder."));
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli update detect DIR [--json]\nThe install type and version of "
                "an installed app, from its folder's markers."),
            code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "Give one folder."));
    }
    const QString dir = parser.positionalArguments().first();
    if (!QFileInfo(dir).isDir()) {
        return context.printError(
            Error::make(Error::Code::NotFound, QCoreApplication::translate("cli", "%1 is not a folder.").arg(dir)), Usage);
    }
    const InstallType type = detectInstallType(dir);
    const QString version = installedVersion(dir);
    const QJsonObject object { { QStringLiteral("install_type"), installTypeName(type) },
        { QStringLiteral("title"), installTypeTitle(type) },
        { QStringLiteral("version"), version.isEmpty() ? QJsonValue() : QJsonValue(version) },
        { QStringLiteral("can_self_update"), canSelfUpdate(type) },
        { QStringLiteral("asset_suffix"), assetSuffixFor(type).isEmpty() ? QJsonValue() : QJsonValue(assetSuffixFor(type)) } };
    if (context.json()) {
        return context.printJson(object);
    }
    context.out << installTypeName(type) << " (" << installTypeTitle(type) << "), version "
                << (version.isEmpty() ? QCoreApplication::translate("cli", "unknown (no VERSION file)") : version) << Qt::endl;
    return Ok;
}

// Runs a script or installer and waits; the exit code and what it printed.
std::pair<int, QString> runAndWait(const QString &program, const QStringList &arguments, const QString &workDir)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    if (!process.waitForStarted(30'000)) {
        return { -1, process.errorString() };
    }
    process.waitForFinished(-1);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromLocal8Bit(process.readAll()) };
}

int updateApply(Context &context)
{
    QCommandLineParser parser;
    UpdateServer server;
    CheckOptions check;
    const QCommandLineOption waitPid(QStringLiteral("wait-pid"),
        QCoreApplication::translate(
            "cli", "Swap only after this process exits (the app calling the updater); the script runs detached."),
        QStringLiteral("PID"));
    const QCommandLineOption restart(
        QStringLiteral("restart"), QCoreApplication::translate("cli", "Start the app again after the swap."));
    const QCommandLineOption allowDowngrade(QStringLiteral("allow-downgrade"),
        QCoreApplication::translate("cli", "Accept a version that is not above the installed one."));
    server.addTo(parser);
    check.addTo(parser);
    parser.addOptions({ waitPid, restart, allowDowngrade });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli update apply --install-dir DIR --server URL --repo OWNER/NAME [--channel …] "
                "[--public-key KEY] [--wait-pid PID] [--restart]\nDownloads the offered release's file for "
                "DIR's install type, checks it against SHA256SUMS (and the signature), and swaps it in; data/ "
                "is never touched, and a failed swap restores the old version."),
            code)) {
        return code;
    }
    if (!parser.isSet(check.installDir)) {
        return context.usageError(QCoreApplication::translate("cli", "--install-dir DIR is needed."));
    }
    const QString dir = QDir(parser.value(check.installDir)).absolutePath();
    const auto parsed = check.request(context, parser, true);
    if (const int *exit = std::get_if<int>(&parsed)) {
        return *exit;
    }
    UpdateRequest request = std::get<UpdateRequest>(parsed);
    if (parser.isSet(allowDowngrade)) {
        request.current = Version::parse(QStringLiteral("0.dev0")).value_or(Version());
    }
    if (const int opened = server.open(context, parser); opened >= 0) {
        return opened;
    }
    auto report = [&](const QString &state, const QString &reasonCode, const QString &message, int exitCode,
                      const QJsonObject &extra = {}) {
        if (context.json()) {
            QJsonObject object = extra;
            object.insert(QStringLiteral("state"), state);
            object.insert(QStringLiteral("reason_code"), reasonCode);
            object.insert(QStringLiteral("reason"), message);
            object.insert(QStringLiteral("install_type"), installTypeName(request.installType));
            object.insert(QStringLiteral("version"), installedVersion(dir));
            return context.printJson(object, exitCode);
        }
        (exitCode == Ok ? context.out : context.err) << Redactor::instance().redact(message) << Qt::endl;
        return exitCode;
    };
    const UpdateAnswer answer = runCheck(server.provider.get(), request, context, false);
    if (answer.state == UpdateAnswer::State::Error) {
        return report(QStringLiteral("error"), answer.reasonCode, answer.reason, Failure);
    }
    if (answer.state == UpdateAnswer::State::UpToDate) {
        return report(QStringLiteral("up_to_date"), answer.reasonCode,
            QCoreApplication::translate("cli", "Nothing to apply: %1 is up to date.").arg(answer.current), Ok);
    }
    if (!answer.canApply) {
        return report(QStringLiteral("not_applied"), answer.reasonCode, answer.reason, Failure);
    }
    // Download and verify.
    const QString updateDir = UpdateApplier::updateDirFor(dir);
    UpdateDownload download(&server.network, *answer.asset, answer.expectedSha256, updateDir);
    download.setToken(server.token);
    Result<QString> archive = fail(Error::Code::Unknown, QCoreApplication::translate("cli", "no answer"));
    QEventLoop loop;
    QObject::connect(&download, &UpdateDownload::finished, &loop, [&](const Result<QString> &result) {
        archive = result;
        loop.quit();
    });
    QObject::connect(&download, &UpdateDownload::logLine, &loop,
        [&](const QString &line) { context.err << "  " << Redactor::instance().redact(line) << Qt::endl; });
    context.err << "Downloading " << answer.asset->name << " (" << answer.asset->size << " bytes) for " << answer.tag << Qt::endl;
    download.start();
    loop.exec();
    if (!archive) {
        const bool mismatch = archive.error().code == Error::Code::Rejected;
        if (mismatch) {
            UpdateApplier::discard(dir);
        }
        return report(QStringLiteral("error"), mismatch ? UpdateDownload::mismatchCode() : QStringLiteral("network"),
            archive.error().toString(), Failure);
    }
    if (request.installType == InstallType::Installer) {
        const QString wine = QStandardPaths::findExecutable(QStringLiteral("wine"));
#ifdef Q_OS_WIN
        const QString program = *archive;
        QStringList arguments = UpdateApplier::installerArguments(dir);
#else
        if (wine.isEmpty()) {
            return report(QStringLiteral("error"), QStringLiteral("tool_missing"),
                QCoreApplication::translate(
                    "cli", "Running the Windows installer needs Windows or wine; it was downloaded and checked: %1")
                    .arg(*archive),
                Failure);
        }
        const QString program = wine;
        // wine maps Z: to /; NSIS wants /D= last and unquoted.
        QStringList arguments { *archive, QStringLiteral("/S"),
            QStringLiteral("/D=Z:") + QString(dir).replace(QLatin1Char('/'), QLatin1Char('\\')) };
#endif
        const auto [exitCode, output] = runAndWait(program, arguments, dir);
        if (exitCode != 0) {
            return report(QStringLiteral("error"), QStringLiteral("apply_failed"),
                QCoreApplication::translate("cli", "The installer failed (exit %1): %2")
                    .arg(exitCode)
                    .arg(output.trimmed().right(400)),
                Failure);
        }
        UpdateApplier::discard(dir);
        return report(QStringLiteral("applied"), QString(),
            QStringLiteral("Installed %1 into %2.").arg(answer.version->toString(), dir), Ok);
    }
    auto staged = UpdateApplier::stage(dir, *archive, request.installType);
    if (!staged) {
        UpdateApplier::discard(dir);
        return report(QStringLiteral("error"), QStringLiteral("bad_archive"), staged.error().toString(), Failure);
    }
    if (!parser.isSet(allowDowngrade)) {
        auto staged_version = Version::parse(staged->newVersion);
        if (!staged_version || *staged_version <= request.current) {
            UpdateApplier::discard(dir);
            return report(QStringLiteral("error"), QStringLiteral("downgrade"),
                QCoreApplication::translate("cli", "The file of %1 holds version '%2', not above the installed %3: refused.")
                    .arg(answer.tag, staged->newVersion, request.current.toString()),
                Failure);
        }
    }
    auto script = UpdateApplier::writeScript(*staged, request.installType, parser.value(waitPid), parser.isSet(restart));
    auto command = script ? UpdateApplier::scriptCommand(*script, request.installType)
                          : Result<std::pair<QString, QStringList>>(std::unexpected(script.error()));
    if (!command) {
        UpdateApplier::discard(dir);
        if (script) {
            QFile::remove(*script);
        }
        return report(QStringLiteral("error"),
            command.error().code == Error::Code::ToolMissing ? QStringLiteral("tool_missing") : QStringLiteral("apply_failed"),
            command.error().toString(), Failure);
    }
    const auto &[program, arguments] = *command;
    const QJsonObject extra { { QStringLiteral("tag"), answer.tag }, { QStringLiteral("script"), *script },
        { QStringLiteral("asset"), answer.asset->name } };
    if (parser.isSet(waitPid)) {
        if (!QProcess::startDetached(program, arguments, dir)) {
            return report(QStringLiteral("error"), QStringLiteral("apply_failed"),
                QCoreApplication::translate("cli", "Could not start %1.").arg(*script), Failure);
        }
        return report(QStringLiteral("scheduled"), QString(),
            QCoreApplication::translate("cli", "%1 is staged; the swap runs when process %2 exits.")
                .arg(answer.tag, parser.value(waitPid)),
            Ok, extra);
    }
    const auto [exitCode, output] = runAndWait(program, arguments, dir);
    if (exitCode != 0 || installedVersion(dir) != staged->newVersion) {
        return report(QStringLiteral("error"), QStringLiteral("swap_failed"),
            QCoreApplication::translate("cli", "The swap failed and the previous version was restored: %1")
                .arg(output.trimmed().right(400)),
            Failure, extra);
    }
    return report(QStringLiteral("applied"), QString(),
        QCoreApplication::translate("cli", "Updated %1 from %2 to %3 (%4); data/ was left as it was.")
            .arg(dir, request.current.toString(), staged->newVersion, answer.asset->name),
        Ok, extra);
}

int updateKeygen(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
        QCoreApplication::translate("cli",
            "Write releasedesk-update.pub and the secret releasedesk-update.key (mode 0600) here; without it the "
            "secret key goes into the system keychain and the .pub into the current folder."),
        QStringLiteral("DIR"));
    parser.addOption(out);
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli update keygen [--out DIR]\nMakes an Ed25519 key pair for "
                "signed releases."),
            code)) {
        return code;
    }
    auto key = UpdateSigningKey::generate();
    if (!key) {
        return context.printError(key.error());
    }
    Redactor::instance().add(key->text());
    const QString dir = parser.isSet(out) ? parser.value(out) : QDir::currentPath();
    if (!QDir().mkpath(dir)) {
        return context.printError(
            Error::make(Error::Code::IoError, QCoreApplication::translate("cli", "Cannot create %1.").arg(dir)));
    }
    const QString publicPath = QDir(dir).filePath(QStringLiteral("releasedesk-update.pub"));
    const QString secretPath = QDir(dir).filePath(QStringLiteral("releasedesk-update.key"));
    if (QFileInfo::exists(publicPath) || (parser.isSet(out) && QFileInfo::exists(secretPath))) {
        return context.printError(Error::make(Error::Code::Conflict,
            QCoreApplication::translate("cli", "%1 already has a key pair (releasedesk-update.pub).").arg(dir),
            QCoreApplication::translate(
                "cli", "Keys are never overwritten: move them away first, or choose another --out folder.")));
    }
    QString stored;
    if (parser.isSet(out)) {
        // The secret first, private from the start (never world-readable, not even for a moment).
        QFile file(secretPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
            || file.write(key->text().toUtf8() + '\n') < 0 || !file.flush()) {
            file.remove();
            return context.printError(
                Error::make(Error::Code::IoError, QCoreApplication::translate("cli", "Cannot write %1.").arg(secretPath)));
        }
        stored = secretPath;
    } else {
        SecretStore store;
        Status saved = fail(Error::Code::Unknown, QCoreApplication::translate("cli", "no answer from the keychain"));
        QEventLoop loop;
        store.storeUpdateSigningKey(key->text(), &loop, [&](const Status &status) {
            saved = status;
            loop.quit();
        });
        loop.exec();
        if (!saved) {
            return context.printError(saved.error());
        }
        stored = QCoreApplication::translate("cli", "the system keychain");
    }
    if (auto written = writeFileAtomically(publicPath, key->publicKey().text().toUtf8() + '\n'); !written) {
        return context.printError(written.error());
    }
    const QJsonObject object { { QStringLiteral("public_key"), key->publicKey().text() },
        { QStringLiteral("key_id"), key->publicKey().keyId() }, { QStringLiteral("public_key_file"), publicPath },
        { QStringLiteral("secret_key"), parser.isSet(out) ? QJsonValue(secretPath) : QJsonValue(QStringLiteral("keychain")) } };
    if (context.json()) {
        return context.printJson(object);
    }
    context.out << "Public key (put it into the app, e.g. --public-key or releasedesk_update.py's PUBLIC_KEYS):\n  "
                << key->publicKey().text() << "\nKey id: " << key->publicKey().keyId() << "\nWritten: " << publicPath
                << "\nSecret key: " << stored
                << (parser.isSet(out) ? QCoreApplication::translate("cli",
                        "\nOn a runner, put its content into the secret RELEASEDESK_UPDATE_SIGNING_KEY; "
                        "keep the file out of the repository.")
                                      : QString())
                << Qt::endl;
    return Ok;
}

// The signing keys for commands that sign: the environment, else the keychain.
Result<QList<UpdateSigningKey>> signingKeys()
{
    auto fromEnvironment = ChecksumSigning::keys();
    if (!fromEnvironment || !fromEnvironment->isEmpty()) {
        return fromEnvironment;
    }
    SecretStore store;
    Result<QList<UpdateSigningKey>> keys
        = fail(Error::Code::Unknown, QCoreApplication::translate("cli", "no answer from the keychain"));
    QEventLoop loop;
    store.updateSigningKey(&loop, [&](const Result<Secret> &secret) {
        keys = secret ? UpdateSigningKey::parseList(secret->value)
                      : Result<QList<UpdateSigningKey>>(std::unexpected(secret.error()));
        loop.quit();
    });
    loop.exec();
    return keys;
}

int updateRollout(Context &context)
{
    QCommandLineParser parser;
    UpdateServer server;
    const QCommandLineOption tag(
        QStringLiteral("tag"), QCoreApplication::translate("cli", "The release."), QStringLiteral("TAG"));
    const QCommandLineOption percent(QStringLiteral("percent"),
        QCoreApplication::translate("cli", "The share of installations offered it, 0–100."), QStringLiteral("N"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("cli", "Show the manifest; upload nothing."));
    server.addTo(parser);
    parser.addOptions({ tag, percent, dryRun });
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli update rollout --server URL --repo OWNER/NAME --tag TAG --percent N [--dry-run]\n"
                "Puts a signed rollout.json on the release: only N% of installations are offered it. Raising N "
                "later re-uploads only this small file."),
            code)) {
        return code;
    }
    bool number = false;
    const int share = parser.value(percent).toInt(&number);
    if (!parser.isSet(percent) || !number || share < 0 || share > 100) {
        return context.usageError(QCoreApplication::translate("cli", "--percent must be a whole number from 0 to 100."));
    }
    if (parser.value(tag).trimmed().isEmpty()) {
        return context.usageError(QCoreApplication::translate("cli", "--tag is needed."));
    }
    auto keys = signingKeys();
    if (!keys || keys->isEmpty()) {
        return context.printError(keys
                ? Error::make(Error::Code::NotFound, QCoreApplication::translate("cli", "No update signing key."),
                    QCoreApplication::translate("cli", "Set RELEASEDESK_UPDATE_SIGNING_KEY or run `update keygen`."))
                : keys.error());
    }
    if (const int opened = server.open(context, parser); opened >= 0) {
        return opened;
    }
    const RolloutManifest manifest { parser.value(tag).trimmed(), share };
    const QByteArray json = manifest.toJson();
    const QByteArray signature = signatureFileFor(json, *keys);
    Result<ReleaseInfo> release = fail(Error::Code::Unknown, QCoreApplication::translate("cli", "no answer"));
    QEventLoop loop;
    server.provider->releaseByTag(manifest.tag, &loop, [&](const Result<ReleaseInfo> &found) {
        release = found;
        loop.quit();
    });
    loop.exec();
    if (!release) {
        return context.printError(release.error());
    }
    const QJsonObject object { { QStringLiteral("tag"), manifest.tag }, { QStringLiteral("percent"), share },
        { QStringLiteral("release_id"), release->id }, { QStringLiteral("manifest"), QString::fromUtf8(json).trimmed() },
        { QStringLiteral("dry_run"), parser.isSet(dryRun) } };
    if (parser.isSet(dryRun)) {
        if (context.json()) {
            return context.printJson(object);
        }
        context.out << "Would upload rollout.json (" << json.trimmed() << ") and rollout.json.sig to " << manifest.tag
                    << ".\nDry run: nothing was uploaded." << Qt::endl;
        return Ok;
    }
    QTemporaryDir temp;
    const QList<std::pair<QString, QByteArray>> files { { RolloutManifest::fileName(), json },
        { RolloutManifest::signatureFileName(), signature } };
    for (const auto &[name, content] : files) {
        const QString path = QDir(temp.path()).filePath(name);
        if (auto written = writeFileAtomically(path, content); !written) {
            return context.printError(written.error());
        }
        AssetSync sync(server.provider.get(), *release, path, name);
        Result<AssetInfo> uploaded = fail(Error::Code::Unknown, QCoreApplication::translate("cli", "no answer"));
        QObject::connect(&sync, &AssetSync::finished, &loop, [&](const Result<AssetInfo> &result) {
            uploaded = result;
            loop.quit();
        });
        sync.start();
        loop.exec();
        if (!uploaded) {
            return context.printError(uploaded.error());
        }
    }
    if (context.json()) {
        return context.printJson(object);
    }
    context.out << manifest.tag << " now rolls out to " << share << "% of installations (rollout.json, signed)." << Qt::endl;
    return Ok;
}

int updateExportPython(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("cli", "Where to write releasedesk_update.py."));
    const QCommandLineOption force(
        QStringLiteral("force"), QCoreApplication::translate("cli", "Replace a releasedesk_update.py that differs."));
    parser.addOption(force);
    int code = Ok;
    if (!context.parse(parser,
            QCoreApplication::translate("cli",
                "releasedesk-cli update export-python DIR [--force]\nWrites releasedesk_update.py (standard "
                "library only): check, download, verify, rollout and apply for your Python app."),
            code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(QCoreApplication::translate("cli", "Give the folder to write releasedesk_update.py into."));
    }
    const QString dir = parser.positionalArguments().first();
    if (!QFileInfo(dir).isDir()) {
        return context.printError(
            Error::make(Error::Code::NotFound, QCoreApplication::translate("cli", "%1 is not a folder.").arg(dir),
                QCoreApplication::translate("cli", "Give your package's folder, e.g. src/yourapp.")),
            Usage);
    }
    const QString path = QDir(dir).filePath(PythonModule::fileName());
    const QByteArray source = PythonModule::source();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray old = existing.readAll();
        existing.close();
        if (old == source) {
            context.out << path << " is already this version." << Qt::endl;
            return Ok;
        }
        if (!parser.isSet(force)) {
            return context.printError(
                Error::make(Error::Code::Conflict, QCoreApplication::translate("cli", "%1 exists and differs.").arg(path),
                    QCoreApplication::translate("cli", "Pass --force to replace it (your changes to it are lost).")));
        }
    }
    if (auto written = writeFileAtomically(path, source); !written) {
        return context.printError(written.error());
    }
    if (context.json()) {
        return context.printJson(QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("bytes"), source.size() } });
    }
    context.out << "Written: " << path << " (" << source.size() << " bytes, standard library only).\n"
                << "Use it: from . import releasedesk_update; see its module docstring, or run "
                   "`python3 releasedesk_update.py check --help`."
                << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> updateCommands()
{
    return {
        { QStringLiteral("update"), QStringLiteral("check"),
            QCoreApplication::translate("cli", "What an installed app would be offered"), updateCheck },
        { QStringLiteral("update"), QStringLiteral("detect"),
            QCoreApplication::translate("cli", "Install type and version of an installed folder"), updateDetect },
        { QStringLiteral("update"), QStringLiteral("apply"),
            QCoreApplication::translate("cli", "Download, verify and swap in the update"), updateApply },
        { QStringLiteral("update"), QStringLiteral("keygen"),
            QCoreApplication::translate("cli", "Make an Ed25519 key pair for signed releases"), updateKeygen },
        { QStringLiteral("update"), QStringLiteral("rollout"),
            QCoreApplication::translate("cli", "Offer a release to N% of installations"), updateRollout },
        { QStringLiteral("update"), QStringLiteral("export-python"),
            QCoreApplication::translate("cli", "Write releasedesk_update.py for your app"), updateExportPython },
    };
}

} // namespace rd::cli
